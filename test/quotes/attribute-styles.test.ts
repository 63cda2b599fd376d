import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { BUDGET_PROMISE, PRIMARY_NIGHT, story } from './fixtures.ts';

function attributed(...articles: Parameters<typeof buildQuoteBook>[0]): [string, string | null][] {
  const book = buildQuoteBook(articles);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => [
    q.text.split(' ').slice(0, 4).join(' '),
    q.speaker === null ? null : (names.get(q.speaker) ?? '?'),
  ]);
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
      ['the gap in the', 'Institute for Fiscal Studies'],
      ['We do not comment', 'Treasury'],
      ['It is a gamble', null],
      ['But it might just', null],
    ]);
  });

  it('keeps two people apart by the pronouns already used of them, and resolves "the president" and possessive roles', () => {
    const a = story('summit', [
      'Prime Minister Anna Kowalski met President Marc Dupont in Warsaw on Monday to discuss energy and defence.',
      '“We agreed to work together on energy security for the coming winter,” she said after the talks.',
      '“France stands with Poland, today and tomorrow, whatever happens in the east,” he said.',
      'Dupont praised the deal as a model for the rest of the union and its neighbours.',
      '“It is a good day for Europe and for all of our citizens,” he added, before flying to Berlin.',
      '“I am very proud of what our teams have achieved here,” said a 34-year-old aide, who joined the talks late.',
      '“We will meet again in Paris before the end of the year,” the president said.',
      '“The deal is done and the money is on the table,” Kowalski’s spokesman, Piotr Nowak, said.',
      'Asked whether she would resign over the leak, Kowalski said: “Absolutely not, and I never will.”',
      'She told the radio station that the opposition’s plan was “dead in the water” and would never pass.',
      '“The talks were tense at times,” a source close to the delegation said on condition of anonymity.',
    ]);
    expect(attributed(a)).toEqual([
      ['We agreed to work', 'Anna Kowalski'],
      ['France stands with Poland,', 'Marc Dupont'],
      ['It is a good', 'Marc Dupont'],
      ['I am very proud', null],
      ['We will meet again', 'Marc Dupont'],
      ['The deal is done', 'Piotr Nowak'],
      ['Absolutely not, and I', 'Anna Kowalski'],
      ['dead in the water', 'Anna Kowalski'],
      ['The talks were tense', null],
    ]);
  });
});
