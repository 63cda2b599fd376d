// A retired mark in brackets between a title and a name leaves the name whole.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { RETIRED_MARKS, withoutRetiredMarks } from '../../src/quotes/retiredMarks.ts';
import { spacedTokens, story } from './fixtures.ts';

const LEAD = 'The inquiry into the port concession opened on Monday with a full public gallery in the capital.';

function texts(line: string): string[] {
  return withoutRetiredMarks(spacedTokens(line)).map((t) => t.text);
}

describe('withoutRetiredMarks', () => {
  for (const mark of [...RETIRED_MARKS].sort()) {
    it(`leaves out “(${mark})” between a title and a name, so “Justice (${mark}) NAME said” credits the name`, () => {
      expect(texts(`Justice ( ${mark} ) Ana Mwale said`)).toEqual(['Justice', 'Ana', 'Mwale', 'said']);
      const book = buildQuoteBook([
        story('retired', [
          LEAD,
          `Justice (${mark}) Ana Mwale said: "A concession of that length needs a vote of the house."`,
        ]),
      ]);
      expect(book.people.map((p) => [p.name, p.roles])).toEqual([['Ana Mwale', ['Justice']]]);
    });
  }

  it('leaves out a mark with a stop (“(retd.)”)', () => {
    expect(texts('Maj Gen ( retd . ) Tom Hale said')).toEqual(['Maj', 'Gen', 'Tom', 'Hale', 'said']);
  });

  it('keeps the bracket when no capitalised word stands on both sides, or it holds other words', () => {
    expect([
      texts('the judge ( rtd ) said'),
      texts('Justice ( rtd ) said'),
      texts('Justice ( now retired ) Ana Mwale said'),
    ]).toEqual([
      ['the', 'judge', '(', 'rtd', ')', 'said'],
      ['Justice', '(', 'rtd', ')', 'said'],
      ['Justice', '(', 'now', 'retired', ')', 'Ana', 'Mwale', 'said'],
    ]);
  });
});
