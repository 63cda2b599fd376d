import { describe, expect, it } from 'vitest';
import { scoreQuotes } from '../../src/cli/evalQuotes.ts';
import { areHalves } from '../../src/cli/quoteHalves.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { story } from '../quotes/fixtures.ts';

const HARBOUR = story('halves', [
  '“The tide gauge has been broken since March,” port engineer Ines Dalby said. “Nobody has come to fix it.”',
  '“We wrote to the council twice,” Dalby added, “and we heard nothing back from them at all.”',
  '“Repairs start on Monday,” a council officer said. Asked when they would finish, Dalby said: “Ask the council.”',
  '“The boats are waiting.”',
]);

function quotesOf(): ReturnType<typeof buildQuoteBook>['quotes'] {
  return buildQuoteBook([HARBOUR]).quotes;
}

function pair(a: number, b: number): boolean {
  const quotes = quotesOf();
  const first = quotes[a];
  const second = quotes[b];
  if (!first || !second) throw new Error(`no quotes ${a} and ${b}`);
  return areHalves(HARBOUR, first, second);
}

describe('areHalves', () => {
  it('pairs a quotation split by "X said." into two sentences when the second half opens the next sentence', () => {
    expect(quotesOf().map((q) => q.text.split(' ').slice(0, 3).join(' '))).toEqual([
      'The tide gauge',
      'Nobody has come',
      'We wrote to',
      'and we heard',
      'Repairs start on',
      'Ask the council.',
      'The boats are',
    ]);
    expect([pair(0, 1), pair(1, 0)]).toEqual([true, true]);
  });

  it('pairs a quotation split inside one sentence ("“A,” X added, “B.”")', () => {
    expect(pair(2, 3)).toEqual(true);
  });

  it('does not pair quotes of different paragraphs, nor ones apart by more than one attribution', () => {
    expect([pair(1, 2), pair(5, 6), pair(4, 5), pair(0, 2)]).toEqual([false, false, false, false]);
  });
});

describe('eval --quotes precision with split quotations', () => {
  it('counts the half without the gold words right when the other half is a gold quote of the asked speaker', () => {
    const book = buildQuoteBook([HARBOUR]);
    const gold = [
      { file: 'halves.txt', speaker: 'Ines Dalby', frag: 'tide gauge has been broken', optional: false },
      { file: 'halves.txt', speaker: 'Ines Dalby', frag: 'we heard nothing back from them', optional: false },
    ];
    const listed = scoreQuotes(book, gold, undefined).listed.map((l) => [
      l.text.split(' ').slice(0, 3).join(' '),
      l.correct,
    ]);
    expect(listed).toEqual([
      ['The tide gauge', true],
      ['Nobody has come', true],
      ['We wrote to', true],
      ['and we heard', true],
      ['Ask the council.', false],
      ['The boats are', false],
    ]);
  });
});
