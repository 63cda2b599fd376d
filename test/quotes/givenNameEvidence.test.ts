// People known by their given name: a full name written once with nothing else to say it is a person's, whose
// surname the article then uses alone beside a quotation.
import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../src/load/givenNames.ts';
import { NAMED_EVENT_HEADS } from '../../src/quotes/givenNameEvidence.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { story } from './fixtures.ts';

const LEAD = 'After twenty years of guiding ships into the bay of Kestwick, Mabel Tarrow is retiring this spring.';

/** Each quote of a book built from `lines` (with the given-name lists, or without) as [speaker's name, method]. */
function given(id: string, lines: string[], withNames = true): [string | null, string][] {
  const book = buildQuoteBook([story(id, lines)], withNames ? { givenNameGender } : {});
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => [q.speaker === null ? null : (names.get(q.speaker) ?? q.speaker), q.method]);
}

describe('surnameReusedEvidence', () => {
  it('takes a full name opening with a known given name for a person when its surname alone speaks by a colon', () => {
    expect(
      given('reused', [LEAD, 'Tarrow: “No two tides in this bay are ever the same, and the sandbanks move.”']),
    ).toEqual([['Mabel Tarrow', 'colon']]);
  });

  it('takes a name written surname first whose given name the writer uses alone, owning a show after “at”', () => {
    const lead =
      'Buyers queued round the block for the first rail of coats at Zhou Meiling’s show in the old market hall this afternoon.';
    expect(
      given('surname-first', [
        lead,
        'I found Meiling in the loading bay, a tape measure round her neck.',
        '"Every scrap from the cutting table went into these coats, so nothing is wasted," she told me.',
      ]),
    ).toEqual([['Zhou Meiling', 'after']]);
  });

  it('takes a name written surname first whose surname a colon label uses alone (“Zhou: “…””)', () => {
    expect(
      given('surname-first-label', [
        'The players spoke to the press after the second-round matches on Thursday night at the harbour hall.',
        'Zhou Minghao (CHN) beat Owen Tarrant (WAL) 5-2',
        'Zhou: "My cue arm felt heavy early on, then the long reds started to drop for me."',
      ]),
    ).toEqual([['Zhou Minghao', 'colon']]);
  });

  it('takes no person without the given-name lists, or when the first word is no given name they know', () => {
    const quote = 'Tarrow: “No two tides in this bay are ever the same, and the sandbanks move.”';
    expect(given('reused-none', [LEAD, quote], false)).toEqual([[null, 'none']]);
    const place = 'Harbour pilots of Qzvrak Tarrow have guided ships into the bay for twenty years.';
    expect(given('reused-unknown', [place, quote])[0]?.[0]).not.toBe('Qzvrak Tarrow');
  });

  it('takes the full name a heading writes when its surname alone speaks in the paragraph under it', () => {
    const lead = 'The parties set out their plans for the coast on Tuesday, a month before the vote.';
    expect(
      given('reused-heading', [
        lead,
        'Harbour Greens – Mabel Tarrow and Ivo Kinsella, co-leaders',
        'Tarrow said the party hoped to win three wards. Kinsella was sharper: “The minister promised a sea wall and built a press release.”',
      ]),
    ).toEqual([['Ivo Kinsella', 'colon']]);
  });

  it('takes no person from a surname written alone only far from any quotation', () => {
    const book = buildQuoteBook(
      [story('reused-far', [LEAD, 'Tarrow retired in the spring and now lives on the island with her two dogs.'])],
      { givenNameGender },
    );
    expect(book.people.map((p) => p.name)).toEqual([]);
  });
});

describe('surnameReusedEvidence, the given name reused', () => {
  it('takes a full name for a person when the article writes its known given name alone before a quotation', () => {
    const lines = [
      'The language rules for shop signs have been tightened again, and the street had plenty to say on Monday.',
      'Two doors down, at the tailor’s, Idrissa Fall was less amused. Idrissa came from Thiès twenty years ago and runs the shop alone.',
      '"Every sign I have is already in French. Every one of them," he said.',
    ];
    expect([given('given-reused', lines), given('given-reused-unknown', lines, false)]).toEqual([
      [['Idrissa Fall', 'after']],
      [[null, 'after']],
    ]);
  });
});

describe('surnameReusedEvidence, a city that is also a given name', () => {
  it('takes no team for a person when the city is written alone only after a preposition (“the exit for Austin”)', () => {
    expect(
      given('city-team', [
        'The Comets’ season ended on Sunday with a heavy defeat in the first round of the play-offs.',
        'Coach Tomas Lindqvist said his team had been outplayed from the opening whistle.',
        'Austin Comets fans booed as the players left the field at half-time.',
        'It was the third straight play-off exit for Austin. “It hurts, and it should hurt,” he said.',
      ]),
    ).toEqual([['Tomas Lindqvist', 'after']]);
  });
});

describe('subjectBeforeQuoteEvidence', () => {
  const QUOTE = '“No two tides in this bay are ever the same, and the sandbanks move every winter.”';

  it('takes a full name opening the sentence right before a quotation standing alone for the person speaking it', () => {
    expect([
      given('subject-quote', ['Mabel Tarrow runs the pilot station at the mouth of the bay.', QUOTE]),
      given('front-quote', ['For Mabel Tarrow, the winter storms are the hardest part of the job.', QUOTE]),
    ]).toEqual([[['Mabel Tarrow', 'subject-before']], [['Mabel Tarrow', 'subject-before']]]);
  });

  it('takes the name a fronted phrase sets up, after a copula or after a description (“Among them was NAME”, “For pilot NAME”)', () => {
    expect([
      given('inverted-quote', [
        'Among the pilots on the quay that night was Mabel Tarrow, then in her first year.',
        QUOTE,
      ]),
      given('front-described', ['For pilot Mabel Tarrow, the winter storms are the hardest part of the job.', QUOTE]),
    ]).toEqual([[['Mabel Tarrow', 'subject-before']], [['Mabel Tarrow', 'subject-before']]]);
  });

  it('takes a full name for a person when a definite role of a person opens the next sentence, over a quotation', () => {
    const lines = [
      'At 68, Mabel Tarrow still takes the night watch four nights a week. The Kestwick pilot, who first steered a ship in the estuary as a girl of nineteen, will mark five decades at the station with a party next month.',
      '“No two tides in this bay are ever the same, and the sandbanks move every winter,” she said, grinning, on the quay.',
    ];
    expect([given('role-goes-on', lines), given('role-goes-on-no-list', lines, false)]).toEqual([
      [['Mabel Tarrow', 'after']],
      [[null, 'after']],
    ]);
  });

  it('takes no name for a person when the role going on with it is one a venue or a side holds too', () => {
    const lines = (goesOn: string): string[] => [
      'The town turned out in the rain on Friday night for the first concert in the old hall for eleven years.',
      `Victoria Hall reopened on Friday after a long and costly restoration. ${goesOn}`,
      '“People have waited so long for this moment, and the place has never looked better than it does tonight.”',
    ];
    expect([
      given('venue-host', lines('The host, a listed building, will stage forty concerts this year.')),
      given('venue-leader', lines('The leader, unbeaten since August, will stage forty concerts this year.')),
    ]).toEqual([[[null, 'none']], [[null, 'none']]]);
  });

  it('takes a full name opening the sentence before one that a he or she opens (“NAME runs …. She says …”)', () => {
    expect(
      given('pronoun-goes-on', [
        'The harbour board met on Monday to plan the dredging of the channel before the winter storms.',
        'Mabel Tarrow runs the pilot station at the mouth of the bay.',
        'She says the channel has moved twice since she started.',
        QUOTE,
      ]),
    ).toEqual([['Mabel Tarrow', 'continuation']]);
  });

  it('takes a full name whose given name no list knows when a he or she in the next sentence goes on with it', () => {
    const lines = (introduction: string): string[] => [
      'The harbour board met on Monday to plan the dredging of the channel before the winter storms.',
      introduction,
      'If you have sailed into the bay in the dark you will know Ngozika: she is the one who talked you in.',
      QUOTE,
    ];
    expect([
      given('pronoun-later', lines('Ngozika Traill runs the pilot station at the mouth of the bay.')),
      given('pronoun-later-no-lists', lines('Ngozika Traill runs the pilot station at the mouth of the bay.'), false),
      given('opening-phrase', lines('After twenty years, Ngozika Traill is retiring from the pilot station.')),
    ]).toEqual([
      [['Ngozika Traill', 'subject-before']],
      [['Ngozika Traill', 'subject-before']],
      [['Ngozika Traill', 'subject-before']],
    ]);
  });

  it('takes no such name when another name stands before the he or she, or a capitalised phrase opens the sentence', () => {
    const people = (introduction: string, after: string): string[] =>
      buildQuoteBook([
        story('not-gone-on', [
          'The harbour board met on Monday to plan the dredging of the channel before the winter storms.',
          introduction,
          after,
          QUOTE,
        ]),
      ]).people.map((p) => p.name);
    expect([
      people('Ngozika Traill runs the pilot station at the mouth of the bay.', 'Tom Berg says she talked him in.'),
      people('After Storm Ciara, Ngozika Traill rebuilt the pilot station.', 'She says the channel moved twice.'),
    ]).toEqual([['Tom Berg'], []]);
  });

  for (const head of [...NAMED_EVENT_HEADS].sort()) {
    const name = `${head.charAt(0).toUpperCase()}${head.slice(1)} Dudley`;
    it(`takes no person “${name}” that a he in the next sentence goes on with (a storm's name)`, () => {
      const book = buildQuoteBook([
        story(`storm-${head}`, [
          'Harbour manager Tom Pollard spent the night on the quay as the sea came over the wall, he said on Monday.',
          `${name} arrived shortly after midnight. By dawn he had flattened every fence on the front.`,
          '“We will be here as long as it takes,” Pollard said.',
        ]),
      ]);
      expect(book.people.map((p) => p.name)).toEqual(['Tom Pollard']);
    });
  }

  it('takes no person without the given-name lists, nor a name that does not open the sentence', () => {
    expect([
      given('subject-quote-none', ['Mabel Tarrow runs the pilot station at the mouth of the bay.', QUOTE], false),
      given('object-quote', ['The station was handed to Mabel Tarrow in the spring of 2004.', QUOTE]),
    ]).toEqual([[[null, 'none']], [[null, 'none']]]);
  });
});
