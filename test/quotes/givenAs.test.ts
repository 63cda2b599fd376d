// Somebody brought in unnamed who gave one name: "A witness, who gave her name only as Nell, said …".
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { NAME_GIVEN_LEADS, ONE_NAME_WORDS } from '../../src/quotes/givenAs.ts';
import { story } from './fixtures.ts';

const LEAD =
  'A shark bit a bodyboarder off the main beach on Sunday morning, and the council closed the beach until Tuesday.';

/** Each quote's speaker as the book names them, or null. */
function speakers(lines: string[]): (string | null)[] {
  const book = buildQuoteBook([story('given-as', lines)]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? null)));
}

const LEADS: Record<string, string> = {
  name: 'A witness, who gave her name only as Nell Darby, said the beach had been crowded.',
  identified: 'A witness, identified only as Nell Darby, said the beach had been crowded.',
  known: 'A witness, known only as Nell Darby, said the beach had been crowded.',
};

describe('a name an unnamed person gave (NAME_GIVEN_LEADS)', () => {
  for (const lead of [...NAME_GIVEN_LEADS].sort())
    it(`gives “…,” she said to the name given after “${lead} … as”`, () => {
      expect(
        speakers([
          LEAD,
          LEADS[lead] ?? '',
          '“There were children everywhere, and then the whistles started,” she said.',
        ]),
      ).toEqual(['Nell Darby']);
    });

  it('gives it to nobody when the unnamed person gave no name', () => {
    expect(
      speakers([
        LEAD,
        'A witness, who did not give her name, said the beach had been crowded.',
        '“There were children everywhere, and then the whistles started,” she said.',
      ]),
    ).toEqual([null]);
  });

  for (const word of [...ONE_NAME_WORDS].sort())
    it(`gives “…,” she said to the one name given after “only her ${word} name,” (ONE_NAME_WORDS)`, () => {
      expect(
        speakers([
          LEAD,
          `A swimmer, who gave only her ${word} name, Nell, said the beach had been crowded.`,
          '“There were children everywhere, and then the whistles started,” she said.',
        ]),
      ).toEqual(['Nell']);
    });
});
