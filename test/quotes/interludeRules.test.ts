import { describe, expect, it } from 'vitest';
import {
  BELONGING_VERBS,
  INTERLUDE_PARAGRAPHS,
  INTRODUCING_WORDS,
  PRESENTING_WORDS,
  speakerPastInterlude,
} from '../../src/quotes/interludeRules.ts';
import { story } from './fixtures.ts';
import { read, type Reading } from './ruleHarness.ts';

const SPOKE = 'Ferry captain Ines Varga said the crossing had been the roughest of her twenty years at sea.';
const QUOTE = '“We lost the radar twice before midnight and the deck cargo shifted.”';

/** The paragraph of the quote `quote` in reading `r`. */
function quoteParagraph(r: Reading): number {
  const state = r.context.states.find((s) => s.sentence.tokens.some((t) => t.kind === 'quote'));
  return state?.sentence.paragraph ?? -1;
}

/** Reads `body` with the speaker of the paragraph `back` above the quote's set to `name`. */
function readWithSpeaker(id: string, body: string[], back: number, name: string): Reading {
  const r = read(story(id, body));
  r.context.paragraphSpeaker.set(quoteParagraph(r) - back, r.idOf(name));
  return r;
}

describe('speakerPastInterlude', () => {
  it('does not go on with an organisation when the quote speaks as one person and never as "we"', () => {
    const body = [
      'Harbour Ferries Group said the crossing would stay closed until the storm had passed.',
      'Meanwhile, a letter signed by island traders is doing the rounds in the port.',
    ];
    const single = readWithSpeaker(
      'interlude-body-i',
      [...body, '“I have lost a week of trade and nobody has told me why.”'],
      2,
      'Harbour Ferries Group',
    );
    single.context.people = single.registry;
    expect(single.run(speakerPastInterlude, 0)).toBeNull();
    const plural = readWithSpeaker(
      'interlude-body-we',
      [...body, '“We will run extra sailings as soon as the wind drops.”'],
      2,
      'Harbour Ferries Group',
    );
    plural.context.people = plural.registry;
    expect(plural.run(speakerPastInterlude, 0)).toEqual(['Harbour Ferries Group', null, 'continuation']);
  });

  it('gives a quote paragraph to the last speaker when a paragraph of the writer’s between names nobody', () => {
    const r = readWithSpeaker(
      'interlude-1',
      [SPOKE, 'The storm reached the strait shortly after ten and the harbour was closed until morning.', QUOTE],
      2,
      'Ines Varga',
    );
    expect(r.run(speakerPastInterlude, 0)).toEqual(['Ines Varga', null, 'continuation']);
  });

  it('passes over a person the paragraph between names only as an object (“rescued by NAME”)', () => {
    const r = readWithSpeaker(
      'interlude-object',
      [SPOKE, 'The crew was later helped ashore by lifeboat volunteer Tomas Brandt and two coastguards.', QUOTE],
      2,
      'Ines Varga',
    );
    expect(r.run(speakerPastInterlude, 0)).toEqual(['Ines Varga', null, 'continuation']);
  });

  it('stops at a person the paragraph between introduces, object or not (“belongs to NAME, who …”, “NAME, 44, …”)', () => {
    const introductions = [
      ...[...INTRODUCING_WORDS].map(
        (w) =>
          `The old radio belongs to Tomas Brandt, ${w === 'who' ? 'who was left it by a sailor' : 'whose uncle left it to him'}.`,
      ),
      'Next at the microphone: Tomas Brandt, 44, a lifeboat volunteer.',
    ];
    const later = '“We got every one of them off before the tide turned,” Brandt said.';
    expect(
      introductions.map((between, k) =>
        readWithSpeaker(`interlude-introduced-${k}`, [SPOKE, between, QUOTE, later], 2, 'Ines Varga').run(
          speakerPastInterlude,
          0,
        ),
      ),
    ).toEqual(introductions.map(() => null));
  });

  it('still passes over one introduced after a preposition (“opened in 1921 by NAME, who …”)', () => {
    const r = readWithSpeaker(
      'interlude-introduced-silent',
      [SPOKE, 'The harbour office was opened in 1921 by Tomas Brandt, who ran it until his death.', QUOTE],
      2,
      'Ines Varga',
    );
    expect(r.run(speakerPastInterlude, 0)).toEqual(['Ines Varga', null, 'continuation']);
  });

  it('stops at one the paragraph between presents with each of PRESENTING_WORDS and BELONGING_VERBS', () => {
    const later = '“We got every one of them off before the tide turned,” Brandt said.';
    const presented = [
      ...[...PRESENTING_WORDS].map(
        (w) => `Among the crowd on the quay ${w} lifeboat volunteer Tomas Brandt, who helped them ashore.`,
      ),
      ...[...BELONGING_VERBS].map((w) => `The old radio ${w} to Tomas Brandt, who was left it by a sailor.`),
    ];
    expect(
      presented.map((between, k) =>
        readWithSpeaker(`interlude-presented-${k}`, [SPOKE, between, QUOTE, later], 2, 'Ines Varga').run(
          speakerPastInterlude,
          0,
        ),
      ),
    ).toEqual(presented.map(() => null));
    expect([[...PRESENTING_WORDS].sort(), [...BELONGING_VERBS].sort()]).toEqual([
      ['are', 'came', 'comes', 'is', 'sat', 'sits', 'stands', 'stood', 'was', 'were'],
      ['belonged', 'belongs'],
    ]);
  });

  it('stops at one presented past a role set off by a comma (“was the lifeboat’s coxswain, NAME, who …”)', () => {
    const r = readWithSpeaker(
      'interlude-presented-comma',
      [
        SPOKE,
        'First on the quay that night was the lifeboat’s coxswain, Tomas Brandt, who helped them ashore.',
        QUOTE,
        '“We got every one of them off before the tide turned,” Brandt said.',
      ],
      2,
      'Ines Varga',
    );
    expect(r.run(speakerPastInterlude, 0)).toBeNull();
  });

  it('still passes over one introduced in passing, not presented (“a late goal from substitute NAME, 19, who …”)', () => {
    const r = readWithSpeaker(
      'interlude-in-passing',
      [
        SPOKE,
        'The only bright spot was a late catch landed by deckhand Tomas Brandt, 19, who has been on loan from Stromsay.',
        QUOTE,
        '“We got every one of them off before the tide turned,” Brandt said.',
      ],
      2,
      'Ines Varga',
    );
    expect(r.run(speakerPastInterlude, 0)).toEqual(['Ines Varga', null, 'continuation']);
  });

  it('reads the words that open what a comma sets off to introduce a name (INTRODUCING_WORDS)', () => {
    expect([...INTRODUCING_WORDS].sort()).toEqual(['who', 'whose']);
  });

  it('goes back over as many as INTERLUDE_PARAGRAPHS paragraphs of the writer’s', () => {
    const between = [
      'The storm reached the strait shortly after ten.',
      'The harbour was closed until morning.',
      'Two smaller boats stayed at anchor off the point.',
    ];
    expect(between).toHaveLength(INTERLUDE_PARAGRAPHS);
    const r = readWithSpeaker('interlude-3', [SPOKE, ...between, QUOTE], INTERLUDE_PARAGRAPHS + 1, 'Ines Varga');
    expect(r.run(speakerPastInterlude, 0)).toEqual(['Ines Varga', null, 'continuation']);
    const far = readWithSpeaker(
      'interlude-4',
      [SPOKE, ...between, 'The ferry sailed again at noon.', QUOTE],
      INTERLUDE_PARAGRAPHS + 2,
      'Ines Varga',
    );
    expect(far.run(speakerPastInterlude, 0)).toBeNull();
  });

  it('does not answer when another person is the subject of the paragraph between', () => {
    const r = readWithSpeaker(
      'interlude-subject',
      [SPOKE, 'Tomas Brandt, the harbour master, closed the port to all traffic shortly after ten.', QUOTE],
      2,
      'Ines Varga',
    );
    expect(r.run(speakerPastInterlude, 0)).toBeNull();
  });

  it('does not answer when the paragraph between reports somebody’s words', () => {
    const r = readWithSpeaker(
      'interlude-verb',
      [SPOKE, 'Forecasters said the storm would reach the strait shortly after ten.', QUOTE],
      2,
      'Ines Varga',
    );
    expect(r.run(speakerPastInterlude, 0)).toBeNull();
  });

  it('does not answer past a credit line opening with a dash', () => {
    const r = readWithSpeaker(
      'interlude-credit',
      [
        SPOKE,
        '– Ines Varga, ferry captain, on the night the radar failed off the point near the harbour mouth.',
        QUOTE,
      ],
      2,
      'Ines Varga',
    );
    expect(r.run(speakerPastInterlude, 0)).toBeNull();
  });

  it('leaves a quote paragraph right under its speaker’s paragraph to the continuation rule', () => {
    const r = readWithSpeaker('interlude-none', [SPOKE, QUOTE], 1, 'Ines Varga');
    expect(r.run(speakerPastInterlude, 0)).toBeNull();
  });

  it('does not answer when nobody was speaking before the paragraph between', () => {
    const r = read(
      story('interlude-nobody', [
        'The storm reached the strait shortly after ten.',
        'The harbour was closed until morning.',
        QUOTE,
      ]),
    );
    expect(r.run(speakerPastInterlude, 0)).toBeNull();
  });
});
