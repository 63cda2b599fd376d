import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '../../src/answers/evidence.ts';
import { memoOf, sentenceTokens } from '../../src/answers/sentenceMemo.ts';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import { createRetriever } from '../../src/search/retriever.ts';

function story() {
  const result = ingestArticle(
    [
      'The harbour master of Kelmouth said on Monday that the ferry’s new timetable starts in April.',
      'Fishing crews asked for a meeting before the vote.',
    ].join(' '),
    { file: 'm_story.txt', title: null, outlet: 'City Post', url: 'https://city.example/m', published: null },
  );
  if (!result.ok) throw new Error(result.problem.message);
  return {
    article: result.article,
    retriever: createRetriever({ articles: [result.article], passages: result.passages }),
  };
}

describe('sentenceTokens', () => {
  it('gives the analyser’s tokens (terms, forms, offsets, stop words), fresh each time, remembered or not', () => {
    const { article, retriever } = story();
    const memo = memoOf(retriever);
    const expected = analyzeSentence(article, 0);
    expect(expected?.some((t) => t.stop)).toBe(true);
    const first = sentenceTokens(memo, article, 0);
    const again = sentenceTokens(memo, article, 0);
    expect(first).toEqual(expected);
    expect(again).toEqual(expected);
    expect(again).not.toBe(first);
    expect(memo.tokens.size).toBe(1);
  });

  it('gives null for a sentence the article does not have, and remembers nothing for it', () => {
    const { article, retriever } = story();
    const memo = memoOf(retriever);
    expect(sentenceTokens(memo, article, 9)).toBeNull();
    expect(sentenceTokens(memo, article, 9)).toBeNull();
    expect(memo.tokens.size).toBe(0);
  });

  it('gives each remembered sentence its own tokens back, with their offsets', () => {
    const { article, retriever } = story();
    const memo = memoOf(retriever);
    sentenceTokens(memo, article, 1);
    sentenceTokens(memo, article, 0);
    expect(memo.tokens.size).toBe(2);
    expect(sentenceTokens(memo, article, 0)).toEqual(analyzeSentence(article, 0));
    expect(sentenceTokens(memo, article, 1)).toEqual(analyzeSentence(article, 1));
    expect(sentenceTokens(memo, article, 1)?.slice(0, 3)).toEqual([
      { term: 'fish', form: 'fishing', start: 94, end: 101, stop: false },
      { term: 'crew', form: 'crews', start: 102, end: 107, stop: false },
      { term: 'ask', form: 'asked', start: 108, end: 113, stop: false },
    ]);
  });

  it('starts afresh when it holds its limit of sentences, and still answers right', () => {
    const { article, retriever } = story();
    const memo = memoOf(retriever);
    for (let i = 0; i < 100_000; i++) memo.tokens.set(article, 0, []);
    expect(memo.tokens.size).toBe(100_000);
    expect(sentenceTokens(memo, article, 1)).toEqual(analyzeSentence(article, 1));
    expect(memo.tokens.size).toBe(1);
    expect(sentenceTokens(memo, article, 0)).toEqual(analyzeSentence(article, 0));
  });
});
