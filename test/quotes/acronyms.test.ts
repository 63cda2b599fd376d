import { describe, expect, it } from 'vitest';
import { acronymEvidence, expansionOf, INITIALS_SKIP } from '../../src/quotes/acronyms.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { articleSentences } from '../../src/quotes/frames.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { story } from './fixtures.ts';

function sentencesOf(lines: string[]): ReturnType<typeof articleSentences> {
  const a = story('initials', lines);
  return articleSentences(a, extractQuotes(a));
}

function speakers(lines: string[]): [string, string | null, string | null][] {
  const book = buildQuoteBook([story('initials-book', lines)]);
  const people = new Map(book.people.map((p) => [p.id, p]));
  return book.quotes.map((q) => [
    q.text.split(' ').slice(0, 3).join(' '),
    q.speaker === null ? null : (people.get(q.speaker)?.name ?? '?'),
    q.speaker === null ? null : (people.get(q.speaker)?.kind ?? '?'),
  ]);
}

describe('expansionOf', () => {
  for (const skipped of [...INITIALS_SKIP].sort()) {
    it(`leaves "${skipped}" out of the initials it reads (“Union ${skipped} Harbour Workers” for UHW)`, () => {
      const s = sentencesOf([`Members of the Union ${skipped} Harbour Workers met in the town hall on Monday night.`]);
      expect(expansionOf('UHW', s)).toEqual(['Union', skipped, 'Harbour', 'Workers']);
    });
  }

  it('reads title-case initials like capitals (“Nafs” for the North Arden Fire Service)', () => {
    const s = sentencesOf(['The North Arden Fire Service (Nafs) attended 40 call-outs over the weekend.']);
    expect(expansionOf('Nafs', s)).toEqual(['North', 'Arden', 'Fire', 'Service']);
  });

  it('finds no expansion when the words the initials spell name no organisation (“Tom Okafor Ward”)', () => {
    const s = sentencesOf(['Tom Okafor Ward arrived at the harbour office on Monday with his lawyer and his son.']);
    expect(expansionOf('TOW', s)).toBeNull();
  });
  it('finds no expansion when the words the initials spell are a role (“Deputy Commissioner of Police” for DCP)', () => {
    const s = sentencesOf(['Deputy Commissioner of Police (North) Ines Calloway met traders in the market on Monday.']);
    expect([
      expansionOf('DCP', s),
      expansionOf('DCP', sentencesOf(['The Dray City Police said the road was shut.'])),
    ]).toEqual([null, ['Dray', 'City', 'Police']]);
  });
});

describe('a role known by its initials', () => {
  it('gives “the INITIALS added” to the holder of the role they spell, not to an organisation', () => {
    expect(
      speakers([
        'Deputy Commissioner of Police (North) Ines Calloway said, “Nine shops were broken into over the weekend.”',
        '“We have two people in custody and expect more arrests,” the DCP added.',
      ]),
    ).toEqual([
      ['Nine shops were', 'Ines Calloway', 'person'],
      ['We have two', 'Ines Calloway', 'person'],
    ]);
  });
});

describe('acronymEvidence', () => {
  it('gives the full name of an organisation whose initials speak (“the NHWU said”)', () => {
    const s = sentencesOf([
      'The general secretary of the National Harbour Workers Union spoke at the rally on Friday.',
      'In a statement, the NHWU said: “We will not accept the closure of the terminal without a fight.”',
    ]);
    expect(acronymEvidence('a', s)).toEqual([
      {
        articleId: 'a',
        name: ['National', 'Harbour', 'Workers', 'Union'],
        role: null,
        gender: null,
        kind: 'organisation',
        short: 'NHWU',
      },
    ]);
  });

  it('gives nothing for initials that do not speak', () => {
    const s = sentencesOf(['The National Harbour Workers Union (NHWU) held a rally at the terminal on Friday.']);
    expect(acronymEvidence('a', s)).toEqual([]);
  });
});

describe('organisations known by their initials', () => {
  it('gives a quote after “said INITIALS” to the organisation the article spelt out, not to a person', () => {
    expect(
      speakers([
        'The North Arden Fire Service (Nafs) attended 40 call-outs over the weekend across the county.',
        '“Crews are still damping down the roof of the harbour warehouse,” said Nafs.',
      ]),
    ).toEqual([['Crews are still', 'North Arden Fire Service', 'organisation']]);
  });

  it('reads title-case initials of five or six letters (“Hrasu” for the Harbour Rail Authority of South Uplands)', () => {
    expect(
      speakers([
        'A lawyer for the Harbour Rail Authority of South Uplands (Hrasu) questioned the driver on Monday.',
        'In a statement, Hrasu said: “Our staff are helping the inspectors and we will say no more for now.”',
      ]),
    ).toEqual([['Our staff are', 'Harbour Rail Authority of South Uplands', 'organisation']]);
  });

  it('gives a quote after “the INITIALS said” to the organisation named in full earlier', () => {
    expect(
      speakers([
        'The general secretary of the National Harbour Workers Union spoke at a rally on Friday evening.',
        'In a statement, the NHWU said: “The plan would cut every shift on the docks by a third.”',
      ]),
    ).toEqual([['The plan would', 'National Harbour Workers Union', 'organisation']]);
  });
});
