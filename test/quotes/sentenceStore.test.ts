import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/corpus.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { articleSentences } from '../../src/quotes/frames.ts';
import { SentenceStore } from '../../src/quotes/sentenceStore.ts';
import { article } from './fixtures.ts';

const STYLES = join(import.meta.dirname, '..', 'fixtures', 'quote-styles');

const sample = article(
  [
    'Council votes on the budget',
    'The allies’ votes came late on Tuesday, Mr. Smith’s aides said.',
    '“We will not wait,” said George W. Bush. Dr. Ann Okafor-Reyes, the coach, added: “It’s done.”',
    'Minister for Water Resources Khalid Mahmood of the Ministry of Health said the plan works.',
  ],
  { id: 'store-sample', title: null },
);

describe('SentenceStore', () => {
  it('gives back the sentences articleSentences makes when an article was kept', () => {
    const quotes = extractQuotes(sample);
    const store = new SentenceStore();
    store.keep(sample, quotes, articleSentences(sample, quotes));
    expect(store.take(sample, quotes)).toStrictEqual(articleSentences(sample, quotes));
  });

  it('gives back every fixture article’s sentences when the house-style set is kept', async () => {
    const { articles } = await loadCorpus(STYLES);
    const store = new SentenceStore();
    for (const a of articles) store.keep(a, extractQuotes(a), articleSentences(a, extractQuotes(a)));
    expect(store.size).toBe(14);
    for (const a of articles)
      expect(store.take(a, extractQuotes(a))).toStrictEqual(articleSentences(a, extractQuotes(a)));
    expect(store.size).toBe(0);
  });

  it('gives a word whose text is not the article’s the text it was kept with', () => {
    const quotes = extractQuotes(sample);
    const sentences = articleSentences(sample, quotes);
    const first = sentences[1]?.tokens[0];
    if (first === undefined) throw new Error('the sample has no second sentence');
    first.text = 'Altered';
    const store = new SentenceStore();
    store.keep(sample, quotes, sentences);
    expect(store.take(sample, quotes)?.[1]?.tokens[0]?.text).toBe('Altered');
  });

  it('gives nothing when the article was not kept, or was taken already', () => {
    const quotes = extractQuotes(sample);
    const store = new SentenceStore();
    expect(store.take(sample, quotes)).toBeUndefined();
    store.keep(sample, quotes, articleSentences(sample, quotes));
    store.take(sample, quotes);
    expect(store.take(sample, quotes)).toBeUndefined();
  });
});
