import { describe, expect, it } from 'vitest';
import { buildQuoteBook, type QuoteBook } from '../../src/quotes/book.ts';
import { prepareQuoteBook } from '../../src/quotes/prepare.ts';
import { findQuotes } from '../../src/quotes/query.ts';
import { listSpeakers, suggestSpeakers } from '../../src/quotes/speakers.ts';
import {
  INFLATION_A,
  INFLATION_B,
  INFLATION_C,
  NURSES_STRIKE,
  TAX_PLEDGE,
  WATER_PLAN,
  WIND_FARMS,
} from './fixtures.ts';

const articles = [INFLATION_A, INFLATION_B, INFLATION_C, WATER_PLAN, NURSES_STRIKE, TAX_PLEDGE, WIND_FARMS];
const QUERIES = [
  { speaker: 'Lindqvist' },
  { speaker: 'Lindqvist', about: 'energy bills' },
  { speaker: 'Lindqvist', limit: 1 },
  { speaker: 'Anna Berg' },
  { speaker: 'Sarah Klein', includeScare: true },
  { speaker: 'the opposition leader' },
  { speaker: 'Lindgren' },
];

function answers(book: QuoteBook): unknown[] {
  return [
    ...QUERIES.map((q) => findQuotes(book, q)),
    listSpeakers(book),
    suggestSpeakers(book, 'b'),
    suggestSpeakers(book, 'Bianci'),
  ];
}

/** The book as src/load/cache.ts saves and restores it: JSON without the articles, which are attached again. */
function restored(book: QuoteBook): QuoteBook {
  const { articles: kept, ...saved } = book;
  return { ...(JSON.parse(JSON.stringify(saved)) as Omit<QuoteBook, 'articles'>), articles: kept };
}

describe('prepareQuoteBook', () => {
  it('gives a restored book the same answers as the book it was saved from', () => {
    const book = buildQuoteBook(articles);
    const expected = answers(book);
    expect(answers(prepareQuoteBook(restored(book)))).toEqual(expected);
    // Preparing is optional: an unprepared restored book builds its indexes on first use.
    expect(answers(restored(book))).toEqual(expected);
  });

  it('keeps a speaker’s newest-first order after topic queries have ranked the same quotes', () => {
    const book = prepareQuoteBook(buildQuoteBook(articles));
    const before = findQuotes(book, { speaker: 'Lindqvist' }).quotes.map((q) => q.articleId);
    expect(
      findQuotes(book, { speaker: 'Lindqvist', about: 'wind turbines energy' }).quotes.map((q) => q.articleId),
    ).toEqual(['wind']);
    expect(findQuotes(book, { speaker: 'Lindqvist' }).quotes.map((q) => q.articleId)).toEqual(before);
    expect(before).toEqual(['tax', 'inflation-a', 'wind']);
  });
});
