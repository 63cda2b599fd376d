// A body's spokesperson speaks with the body's voice, when the article names the body right by the role.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { articleSentences } from '../../src/quotes/frames.ts';
import { BODY_VOICES, bodyOfVoice, VOICE_LINKS, voiceEvidence } from '../../src/quotes/voices.ts';
import { attributed, story } from './fixtures.ts';

const LEAD = 'A driver who gave a lift to a walker has spoken of his trouble in reaching the officers.';
const QUOTE = '“We are looking into what happened and will be contacting him directly,”';

/** The last sentence of a story whose body is LEAD and `line`. */
function lastSentence(line: string): ReturnType<typeof articleSentences>[number] {
  const a = story('voices', [LEAD, line]);
  const sentences = articleSentences(a, extractQuotes(a));
  const last = sentences[sentences.length - 1];
  if (!last) throw new Error('no sentence');
  return last;
}

/** Where the first word of `word` is in a sentence's tokens. */
function at(sentence: ReturnType<typeof lastSentence>, word: string): number {
  return sentence.tokens.findIndex((t) => t.lower === word);
}

describe('bodyOfVoice', () => {
  it.each([...BODY_VOICES].map((v) => [v]))('reads the body named right before "%s"', (voice) => {
    const s = lastSentence(`A Westbrook Police ${voice} said the force would look into the complaint.`);
    expect(bodyOfVoice(s, at(s, voice))).toEqual(['Westbrook', 'Police']);
  });

  it.each([...VOICE_LINKS].map((l) => [l]))('reads the body after "spokeswoman %s the"', (link) => {
    const s = lastSentence(`A spokeswoman ${link} the Harbour Nurses Union said the talks would go on.`);
    expect(bodyOfVoice(s, at(s, 'spokeswoman'))).toEqual(['Harbour', 'Nurses', 'Union']);
  });

  it('reads no body for a person’s spokesman or a name that is no body’s', () => {
    const owner = lastSentence('Ann Hale’s spokesman said she would look into the complaint on Monday.');
    const person = lastSentence('A spokesman for Ann Hale said she would look into the complaint on Monday.');
    expect(bodyOfVoice(owner, at(owner, 'spokesman'))).toBeNull();
    expect(bodyOfVoice(person, at(person, 'spokesman'))).toBeNull();
  });
});

describe('voiceEvidence', () => {
  it('lists the body whose spokesperson speaks, and none whose spokesperson does not', () => {
    const speaks = lastSentence('A Westbrook Police spokesman said the force would look into the complaint.');
    const silent = lastSentence('A Westbrook Police spokesman was at the scene for most of the day.');
    expect(voiceEvidence('voices', speaks).map((e) => [e.name, e.kind])).toEqual([
      [['Westbrook', 'Police'], 'organisation'],
    ]);
    expect(voiceEvidence('voices', silent)).toEqual([]);
  });
});

describe('a spokesperson speaking', () => {
  it('gives “a BODY spokesman said” and the “he said” after it to the body', () => {
    expect(
      attributed([
        LEAD,
        'A Westbrook Police spokesman said the force was “very concerned” that the driver had struggled to get through.',
        `${QUOTE} he said.`,
      ]).map(([q, who]) => [q, who]),
    ).toEqual([
      ['very concerned', 'Westbrook Police'],
      ['We are looking', 'Westbrook Police'],
    ]);
  });

  it('gives “said a spokeswoman for the BODY” to the body', () => {
    expect(
      attributed([LEAD, `${QUOTE} said a spokeswoman for the Harbour Nurses Union.`]).map(([q, who]) => [q, who]),
    ).toEqual([['We are looking', 'Harbour Nurses Union']]);
  });

  it('gives a bare “A spokesman added” to the organisation that spoke just before, past a quote-only sentence', () => {
    expect(
      attributed([
        LEAD,
        'The Westbrook Police Service said in a statement: “Officers went to the address within the hour.',
        '“Nobody was found at the house when they arrived.”',
        `A spokesman added: ${QUOTE}`,
      ]).map(([q, who]) => [q, who]),
    ).toEqual([
      ['Officers went to', 'Westbrook Police Service'],
      ['We are looking', 'Westbrook Police Service'],
    ]);
  });

  it('leaves a bare “A spokesman added” to nobody after a person spoke, or when a person is named with it', () => {
    expect(
      attributed([
        LEAD,
        'Inspector Dana Reyes said: “Officers went to the address within the hour.”',
        `A spokesman added: ${QUOTE}`,
      ]).map(([q, who]) => [q, who]),
    ).toEqual([
      ['Officers went to', 'Dana Reyes'],
      ['We are looking', null],
    ]);
    expect(
      attributed([
        LEAD,
        'The Westbrook Police Service said in a statement: “Officers went to the address within the hour.”',
        `A spokesman for Dana Reyes added: ${QUOTE}`,
      ]).map(([q, who]) => [q, who]),
    ).toEqual([
      ['Officers went to', 'Westbrook Police Service'],
      ['We are looking', null],
    ]);
  });

  it('gives a bare “the spokesperson says” to the organisation speaking just before, and to nobody after none', () => {
    expect(
      attributed([
        LEAD,
        'The Westbrook Police Service said it would review how the calls were handled.',
        `${QUOTE} the spokesperson says.`,
      ]).map(([q, who]) => [q, who]),
    ).toEqual([['We are looking', 'Westbrook Police Service']]);
    expect(attributed([LEAD, `${QUOTE} the spokesperson says.`]).map(([q, who]) => [q, who])).toEqual([
      ['We are looking', null],
    ]);
  });

  it('leaves a spokesman of no named body, and the “he said” after him, to nobody', () => {
    expect(
      attributed([LEAD, 'A spokesman said the force would look into it.', `${QUOTE} he said.`]).map(([q, who]) => [
        q,
        who,
      ]),
    ).toEqual([['We are looking', null]]);
  });
});
