// A full name opening a sentence that a he or she after it refers to is a person's (pronounEvidence.ts).
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { ASIDE_CLOSES } from '../../src/quotes/pronounEvidence.ts';
import { story } from './fixtures.ts';

/** The aside each opening mark of ASIDE_CLOSES sets off after the name in the tests below. */
const ASIDES: ReadonlyMap<string, string> = new Map([
  [',', ', back in the side after a long lay-off,'],
  ['(', ' (Harbour Town)'],
]);

describe('a full name that her or his after an aside refers to', () => {
  it('has an aside written for each opening mark', () => {
    expect([...ASIDES.keys()].sort()).toEqual([...ASIDE_CLOSES.keys()].sort());
  });

  for (const [open, aside] of ASIDES) {
    it(`reads the name as a person's past an aside opened by “${open}”, before another full name`, () => {
      const book = buildQuoteBook([
        story('pronoun-aside', [
          'The derby ended level at the harbour ground on Saturday after a late penalty was saved.',
          `Tamsin Oduya${aside} could not stop smiling about her keeper, Petra Lind, who stopped a spot kick late on. “Petra has been our best player since August,” she said.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Tamsin Oduya']);
    });
  }
});
