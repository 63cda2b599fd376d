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

  it('remembers that a sentence does not exist', () => {
    const { article, retriever } = story();
    const memo = memoOf(retriever);
    expect(sentenceTokens(memo, article, 9)).toBeNull();
    expect(sentenceTokens(memo, article, 9)).toBeNull();
    expect([...memo.tokens.values()]).toEqual([null]);
  });
});
