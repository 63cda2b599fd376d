import { describe, expect, it } from 'vitest';
import { FAR_ENTITY, rankSentences, RANK_FEATURES, SCORE_WEIGHTS, scoreOf } from '../../src/answers/rank.ts';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import { createRetriever } from '../../src/search/retriever.ts';

const text = [
  'A federal judge on Tuesday blocked the city council from selling the old harbour warehouse to a private developer, a spokesman for Mayor Linda Hart said.',
  'District Judge Aaron Pell wrote that the council had not consulted the public before agreeing to the sale.',
  'The council has thirty days to appeal the ruling.',
].join(' ');
const ingested = ingestArticle(text, {
  file: 'r_ruling.txt',
  title: null,
  outlet: 'Harbour Gazette',
  url: 'https://gazette.example/ruling',
  published: '2024-02-06',
});
if (!ingested.ok) throw new Error(ingested.problem.message);
const retriever = createRetriever({ articles: [ingested.article], passages: ingested.passages });

describe('rankSentences', () => {
  it('scores each candidate as the weighted sum of its named features', () => {
    const { candidates } = rankSentences('Which judge blocked the warehouse sale?', retriever);
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) {
      expect(Object.keys(c.features).sort()).toEqual([...RANK_FEATURES].sort());
      expect(c.score).toBeCloseTo(scoreOf(SCORE_WEIGHTS, c.features), 10);
    }
  });

  it('gives full answer-type credit to a name next to a question word and less to a name far from every one', () => {
    const { candidates } = rankSentences('Which judge blocked the warehouse sale?', retriever);
    const bySentence = new Map(candidates.map((c) => [c.sentence, c]));
    expect(bySentence.get(1)?.answerType).toBe(1);
    expect(bySentence.get(0)?.answerType).toBe(FAR_ENTITY);
  });

  it('ranks the sentence naming the judge first', () => {
    expect(rankSentences('Which judge blocked the warehouse sale?', retriever).candidates[0]?.sentence).toBe(1);
  });

  it('leaves the answer type unset when the question asks for nothing in particular', () => {
    expect(
      rankSentences('What happened to the warehouse?', retriever).candidates.every((c) => c.answerType === null),
    ).toBe(true);
  });
});
