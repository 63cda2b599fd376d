import { describe, expect, it } from 'vitest';
import { pickExcerpts, REPEAT_PENALTY, repeatedShare, shownTerms } from '../../src/answers/citationOrder.ts';
import { rankSentences, type Candidate } from '../../src/answers/rank.ts';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import { createRetriever } from '../../src/search/retriever.ts';

const retriever = (() => {
  const result = ingestArticle(
    [
      'Harwick council voted on Monday night to close the old river bridge to all traffic from next week.',
      'Shops on the high street stayed open late.',
      'Harwick council members called the old river bridge a landmark of the town.',
      'Its deck has rusted through in three places, an inspection found.',
      'A bus service will run while the work goes on.',
      'Engineers will take it down in May and build a wider crossing beside it.',
    ].join('\n\n'),
    {
      file: 'f_bridge.txt',
      title: 'Town news',
      outlet: 'City Post',
      url: 'https://city.example/bridge',
      published: null,
    },
  );
  if (!result.ok) throw new Error(result.problem.message);
  return createRetriever({ articles: [result.article], passages: result.passages });
})();

const ranking = rankSentences('What will engineers do with the old river bridge in Harwick?', retriever);

/** The candidate for a sentence, at a score of the test's choosing. */
function at(sentence: number, score: number): Candidate {
  const candidate = ranking.candidates.find((c) => c.sentence === sentence);
  if (!candidate) throw new Error(`sentence ${sentence} is no candidate`);
  return { ...candidate, score, sentenceScore: score };
}

const sentencesOf = (candidates: Candidate[], penalty?: number): number[] =>
  pickExcerpts(candidates, 0, retriever, ranking.scorer, (chosen) => chosen.length >= 2, penalty).map(
    (e) => e.candidate.sentence,
  );

describe('pickExcerpts', () => {
  it('gives the second citation to a sentence saying something new when the next best repeats the question words the first shows', () => {
    const candidates = [at(0, 1), at(2, 0.9), at(5, 0.8)];
    expect(sentencesOf(candidates, 0)).toEqual([0, 2]);
    expect(sentencesOf(candidates)).toEqual([0, 5]);
  });

  it('keeps the order of the scores when the repeating sentence leads by more than the penalty', () => {
    expect(sentencesOf([at(0, 1), at(2, 0.9), at(5, 0.9 - REPEAT_PENALTY)])).toEqual([0, 2]);
  });

  it('always cites the best candidate first', () => {
    expect(sentencesOf([at(2, 1), at(0, 0.99), at(5, 0.5)])[0]).toBe(2);
  });
});

describe('repeatedShare', () => {
  it('is 0 before any excerpt, and 0 for a sentence next to a shown excerpt (it would join it)', () => {
    const [first] = pickExcerpts([at(2, 1)], 0, retriever, ranking.scorer, (chosen) => chosen.length >= 1);
    if (!first) throw new Error('no excerpt');
    expect(repeatedShare(at(0, 1), [], new Map(), retriever, ranking.scorer)).toBe(0);
    const shown = shownTerms([first], ranking.scorer);
    expect(repeatedShare(at(3, 1), [first], shown, retriever, ranking.scorer)).toBe(0);
    expect(repeatedShare(at(0, 1), [first], shown, retriever, ranking.scorer)).toBeGreaterThan(0.5);
    expect(repeatedShare(at(5, 1), [first], shown, retriever, ranking.scorer)).toBe(0);
  });
});
