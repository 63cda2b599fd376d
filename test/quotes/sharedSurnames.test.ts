// Given names sharing the surname written once after the last of them ("Jim and Mary Tolland"): full names each.
import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../src/load/givenNames.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { GIVEN_NAME_LIST_JOINS, sharedSurnameNames } from '../../src/quotes/sharedSurnames.ts';
import { articleSentences } from '../../src/quotes/frames.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { article, story } from './fixtures.ts';

/** Each quote of a one-story book (with the given-name lists) as its speaker's name or null. */
function speakers(lines: string[]): (string | null)[] {
  const book = buildQuoteBook([story('shared-surname', lines)], { givenNameGender });
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? null)));
}

/** The shared-surname names of the first body sentence of a one-paragraph article. */
function namesIn(sentence: string): string[] {
  const a = article(
    ['A quiet week on the hill farms above the village, where the sheep sales begin next month.', sentence],
    {
      id: 'shared-surname-names',
      title: null,
    },
  );
  const body = articleSentences(a, extractQuotes(a)).filter((s) => s.kind === 'body')[1];
  return body === undefined ? [] : sharedSurnameNames(body).map((n) => n.join(' '));
}

describe('sharedSurnameNames', () => {
  for (const join of [...GIVEN_NAME_LIST_JOINS].sort())
    it(`gives “said Jim” to Jim Tolland after “Jim ${join} Mary Tolland have farmed …”`, () => {
      expect(
        speakers([
          `Jim ${join} Mary Tolland have farmed the hill above Craigend for forty years and were flooded out twice this winter.`,
          '“We have never seen water like it,” Mary said.',
          '“The sheep knew before we did,” said Jim, 74.',
        ]),
      ).toEqual(['Mary Tolland', 'Jim Tolland']);
    });

  it('makes no person of a word before “and NAME” that the given-name lists do not know (“Berg and Tom Hale”)', () => {
    const book = buildQuoteBook(
      [
        story('shared-surname-not-given', [
          'Goals from Berg and Tom Hale sealed a first win of the season for the visitors on a cold night in the north.',
          '“We needed that after the month we have had,” said Berg.',
        ]),
      ],
      { givenNameGender },
    );
    expect(book.people.map((p) => p.name).filter((n) => n.startsWith('Berg '))).toEqual([]);
  });

  it('reads no place, no word of a longer name and no possessive as a given name of the list', () => {
    expect([
      namesIn('They drove to Paris and Mary Tolland stayed at home with the dogs.'),
      namesIn('Tom Hale and Mary Tolland ran the stall together for years.'),
      namesIn('Hale’s and Mary Tolland’s farms lie side by side.'),
      namesIn('Morven, Ishbel and Catriona Strachan run the harbour.'),
    ]).toEqual([[], [], [], ['Ishbel Strachan', 'Morven Strachan']]);
  });
});
