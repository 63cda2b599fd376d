import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { findQuotes } from '../../src/quotes/query.ts';
import { quoteResultSchema } from '../../src/quotes/result.ts';
import { listSpeakers, suggestSpeakers } from '../../src/quotes/speakers.ts';
import {
  INFLATION_A,
  INFLATION_B,
  INFLATION_C,
  NURSES_STRIKE,
  TAX_PLEDGE,
  WATER_PLAN,
  WIND_FARMS,
  story,
} from './fixtures.ts';

const book = buildQuoteBook([INFLATION_A, INFLATION_B, INFLATION_C, WATER_PLAN, NURSES_STRIKE, TAX_PLEDGE, WIND_FARMS]);

describe('findQuotes', () => {
  it('lists a speaker’s quotes newest first, undated last, with the exact CLI contract', () => {
    const result = findQuotes(book, { speaker: 'lindqvist' });
    expect(quoteResultSchema.parse(result)).toEqual(result);
    expect(result.speaker).toEqual({
      name: 'Olaf Lindqvist',
      aliases: ['Lindqvist', 'Mr Lindqvist', 'Lindqvst'],
      kind: 'person',
      role: 'Finance Minister',
    });
    expect(result.quotes.map((q) => [q.articleId, q.published])).toEqual([
      ['tax', '2024-06-01'],
      ['inflation-a', '2024-05-10'],
      ['wind', null],
    ]);
    expect(result.quotes[0]).toEqual({
      text: 'Taxes will not rise this year, whatever the opposition claims about our plans for the budget',
      speaker: 'Olaf Lindqvist',
      partial: false,
      articleId: 'tax',
      title: 'Minister rules out tax rises',
      outlet: 'Radio North',
      url: 'https://news.example.com/tax',
      link: 'https://news.example.com/tax#:~:text=Taxes%20will%20not%20rise%20this,our%20plans%20for%20the%20budget',
      published: '2024-06-01',
      context:
        '“Taxes will not rise this year, whatever the opposition claims about our plans for the budget,” Lindqvist said.',
      alsoReportedBy: [],
      conflicts: [],
    });
    expect(result.suggestions).toEqual([]);
  });

  it('shows the same words reported by several outlets once, with the others in alsoReportedBy', () => {
    const inflation = findQuotes(book, { speaker: 'Olaf Lindqvist' }).quotes.find((q) => q.articleId === 'inflation-a');
    expect(inflation?.alsoReportedBy).toEqual([
      {
        articleId: 'inflation-b',
        outlet: 'Evening Post',
        url: 'https://news.example.com/inflation-b',
        link: 'https://news.example.com/inflation-b#:~:text=Inflation%20is%20the%20enemy%20of,and%20we%20will%20defeat%20it.',
        text: 'Inflation is the enemy of every family and we will defeat it.',
      },
    ]);
  });

  it('lists a partial quote once, under the same speaker’s longer quote of the article that holds its words', () => {
    const partOfLonger = buildQuoteBook([
      story('owned', [
        'The club announced on Friday that its captain would miss the final because of a knee injury.',
        'Manager Pablo Reyes said the decision was “the hardest … of my career”.',
        '“It was the hardest decision of my career, but it was the right one for the club,” Reyes said.',
      ]),
    ]);
    expect(findQuotes(partOfLonger, { speaker: 'Pablo Reyes' }).quotes.map((q) => q.text)).toEqual([
      'It was the hardest decision of my career, but it was the right one for the club',
    ]);
  });

  it('lists a partial quote of other words apart from the same speaker’s longer quote of the same terms', () => {
    const otherWords = buildQuoteBook([
      story('apart', [
        'The carmaker told staff on Friday that the quarter could still end with record sales.',
        'Chief executive Lena Voss said the firm had “every chance of a best-ever quarter for van sales” this year.',
        '“We have every chance of a best-ever quarter for sales, but every van counts now,” Voss wrote.',
      ]),
    ]);
    expect(findQuotes(otherWords, { speaker: 'Lena Voss' }).quotes.map((q) => q.text)).toEqual([
      'every chance of a best-ever quarter for van sales',
      'We have every chance of a best-ever quarter for sales, but every van counts now',
    ]);
  });

  it('flags outlets that give the same words to somebody else, on both speakers’ quotes', () => {
    const lindqvist = findQuotes(book, { speaker: 'Olaf Lindqvist' }).quotes.find((q) => q.articleId === 'inflation-a');
    expect(lindqvist?.conflicts).toEqual([
      {
        speaker: 'Anna Berg',
        articleId: 'inflation-c',
        outlet: 'Market Wire',
        url: 'https://news.example.com/inflation-c',
        text: 'Inflation is the enemy of every family, and we will defeat it',
      },
    ]);
    const berg = findQuotes(book, { speaker: 'Anna Berg' }).quotes;
    expect(berg.map((q) => [q.articleId, q.conflicts.map((c) => [c.speaker, c.articleId])])).toEqual([
      [
        'inflation-c',
        [
          ['Olaf Lindqvist', 'inflation-a'],
          ['Olaf Lindqvist', 'inflation-b'],
        ],
      ],
    ]);
  });

  it('ranks by relevance to a topic and leaves out quotes that do not touch it', () => {
    const result = findQuotes(book, { speaker: 'Lindqvist', about: 'energy bills' });
    expect(result.quotes.map((q) => q.text)).toEqual([
      'Every turbine we build here brings energy bills down for families across the whole country',
    ]);
    const taxes = findQuotes(book, { speaker: 'Lindqvist', about: 'tax' });
    expect(taxes.quotes.map((q) => q.articleId)).toEqual(['tax']);
  });

  it('matches names regardless of case and accents, forgives a typo, and honours the limit', () => {
    expect(findQuotes(book, { speaker: 'OLAF LINDQVÍST', limit: 1 }).quotes.map((q) => q.articleId)).toEqual(['tax']);
    expect(findQuotes(book, { speaker: 'Lindqvits' }).speaker?.name).toBe('Olaf Lindqvist');
    expect(findQuotes(book, { speaker: 'the opposition leader' }).speaker?.name).toBe('Tom Brady');
  });

  it('leaves scare quotes out of listings', () => {
    expect(findQuotes(book, { speaker: 'Sarah Klein' })).toEqual({
      query: 'Sarah Klein',
      speaker: { name: 'Sarah Klein', aliases: [], kind: 'person', role: 'Health Minister' },
      quotes: [],
      suggestions: [],
      alsoNamed: [],
    });
    expect(findQuotes(book, { speaker: 'Tom Brady' }).quotes.map((q) => q.text)).not.toContain('a fantasy');
    expect(
      findQuotes(book, { speaker: 'Sarah Klein', includeScare: true }).quotes.map((q) => [q.text, q.partial]),
    ).toEqual([['fair and final', true]]);
  });

  it('answers an unknown name with no speaker and the closest known speakers', () => {
    const result = findQuotes(book, { speaker: 'Lindgren' });
    expect(result.speaker).toBeNull();
    expect(result.quotes).toEqual([]);
    expect(result.suggestions[0]).toBe('Olaf Lindqvist');
    expect(result.suggestions).toHaveLength(5);
  });
});

describe('suggestSpeakers', () => {
  it('offers prefix matches on any name word, most quoted first', () => {
    expect(suggestSpeakers(book, 'li')).toEqual([{ name: 'Olaf Lindqvist', quotes: 3, role: 'Finance Minister' }]);
    expect(suggestSpeakers(book, 'b')).toEqual([
      { name: 'Marco Bianchi', quotes: 3, role: 'Union leader' },
      { name: 'Tom Brady', quotes: 2, role: 'Opposition leader' },
      { name: 'Anna Berg', quotes: 1, role: 'central bank governor' },
    ]);
  });

  it('offers near misses and lists everybody for an empty string, within the limit', () => {
    expect(suggestSpeakers(book, 'Bianci')).toEqual([{ name: 'Marco Bianchi', quotes: 3, role: 'Union leader' }]);
    expect(suggestSpeakers(book, '', 2)).toEqual([
      { name: 'Helen Clarke', quotes: 3, role: 'Mayor' },
      { name: 'Marco Bianchi', quotes: 3, role: 'Union leader' },
    ]);
  });
});

describe('listSpeakers', () => {
  it('lists everyone quoted with aliases and listed quote counts', () => {
    expect(listSpeakers(book)).toEqual([
      {
        name: 'Helen Clarke',
        aliases: ['Clarke', 'Mayor Helen Clarke', 'Ms Clarke'],
        quotes: 3,
        kind: 'person',
        role: 'Mayor',
      },
      { name: 'Marco Bianchi', aliases: ['Bianchi'], quotes: 3, kind: 'person', role: 'Union leader' },
      {
        name: 'Olaf Lindqvist',
        aliases: ['Lindqvist', 'Mr Lindqvist', 'Lindqvst'],
        quotes: 3,
        kind: 'person',
        role: 'Finance Minister',
      },
      { name: 'Priya Raman', aliases: ['Raman'], quotes: 2, kind: 'person', role: 'council’s chief engineer' },
      { name: 'Tom Brady', aliases: ['the opposition leader'], quotes: 2, kind: 'person', role: 'Opposition leader' },
      { name: 'Anna Berg', aliases: ['Berg'], quotes: 1, kind: 'person', role: 'central bank governor' },
    ]);
  });
});
