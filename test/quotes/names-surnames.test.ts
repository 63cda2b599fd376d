// Surnames that are also place or organisation words (SURNAME_LIKE: "Park", "Hall", "Law"), written alone where a
// person's name stands: "“…,” Park said", "said Park", "Dr Park added".
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { SURNAME_LIKE } from '../../src/quotes/lexicon.ts';
import { story } from './fixtures.ts';

function speakersFor(surname: string): (string | null)[] {
  const book = buildQuoteBook([
    story(`surname-${surname.toLowerCase()}`, [
      `Dr Lena ${surname}, the county health director, said three new cases had been confirmed on Friday.`,
      `“We are contacting every family who may have been exposed this week,” ${surname} said.`,
      `“Nobody needs to panic, but everybody should check their records,” said ${surname}.`,
      `“The clinic will stay open late all weekend,” Dr ${surname} added.`,
    ]),
  ]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? null)));
}

describe('a surname that is also a place word, written alone', () => {
  for (const word of [...SURNAME_LIKE].sort()) {
    const surname = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`gives “…,” ${surname} said / said ${surname} / Dr ${surname} added to Lena ${surname}`, () => {
      const full = `Lena ${surname}`;
      expect(speakersFor(surname)).toEqual([full, full, full]);
    });
  }
});
