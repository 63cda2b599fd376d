import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { BUDGET_PROMISE, PRIMARY_NIGHT } from './fixtures.ts';

function attributed(...articles: Parameters<typeof buildQuoteBook>[0]): [string, string | null][] {
  const book = buildQuoteBook(articles);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => [q.text.split(' ').slice(0, 4).join(' '), q.speaker === null ? null : (names.get(q.speaker) ?? '?')]);
}

describe('attribution across house styles', () => {
  it('reads US wire style: abbreviated titles, ages, "asked X", split quotes, campaign staff', () => {
    expect(attributed(PRIMARY_NIGHT)).toEqual([
      ['We lost a battle', 'Margaret Holloway'],
      ['This was a victory', 'Daniel Cho'],
      ['Now the hard work', 'Daniel Cho'],
      ['Why should anyone trust', 'Linda Park'],
      ['We will work together', null],
      ['a clear choice by', null],
      ['We are ready', 'Margaret Holloway'],
      ['to do whatever it', 'Margaret Holloway'],
      ['no regrets at all', null],
      ['She is not going', 'Eric Stone'],
      ['She ran a clean', 'Eric Stone'],
    ]);
  });

  it('reads British style: single quotes, appositive roles, "according to" an institute, unnamed sources', () => {
    expect(attributed(BUDGET_PROMISE)).toEqual([
      ['We will not raise', 'Rachel Smith'],
      ['Working people have paid', 'Rachel Smith'],
      ['not worth the paper', 'Peter Grant'],
      ['The Chancellor knows the', 'Peter Grant'],
      ['the gap in the', null],
      ['We do not comment', null],
      ['It is a gamble', null],
      ['But it might just', null],
    ]);
  });
});
