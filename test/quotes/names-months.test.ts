// Months that are also given names (GIVEN_NAME_MONTHS: "June Cook") open a name unless a date is meant.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { GIVEN_NAME_MONTHS } from '../../src/quotes/lexicon.ts';
import { story } from './fixtures.ts';

describe('a month that is also a given name', () => {
  for (const month of [...GIVEN_NAME_MONTHS].sort()) {
    const given = `${month.charAt(0).toUpperCase()}${month.slice(1)}`;
    it(`reads “${given} Cook” as a person after a comma and before a speech verb`, () => {
      const book = buildQuoteBook([
        story(`month-${month}`, [
          `Her mother, ${given} Cook, a church organist, taught her to sing harmony at the age of six.`,
          `“She used to sing to the washing machines downstairs,” ${given} Cook remembers.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect([
        book.people.map((p) => p.name),
        book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker))),
      ]).toEqual([[`${given} Cook`], [`${given} Cook`]]);
    });

    it(`reads “${given}” as a date after “in” or a day’s number (“in ${given} Ann Lee said”)`, () => {
      const book = buildQuoteBook([
        story(`month-date-${month}`, [
          `In ${given} Ann Lee said the bridge would reopen, and on 4 ${given} Tom Hale told the council it would not.`,
        ]),
      ]);
      expect(book.people.map((p) => p.name)).toEqual(['Ann Lee', 'Tom Hale']);
    });
  }
});
