import { describe, expect, it } from 'vitest';
import { answerQuestion, decide } from '../../src/answers/answer.ts';
import { JOIN_SCORE_SHARE } from '../../src/answers/excerpts.ts';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import { createRetriever } from '../../src/search/retriever.ts';

function retrieverOf(text: string) {
  const result = ingestArticle(text, {
    file: 'f_bridge.txt',
    title: 'River bridge',
    outlet: 'City Post',
    url: 'https://city.example/bridge',
    published: '2023-05-01',
  });
  if (!result.ok) throw new Error(result.problem.message);
  return createRetriever({ articles: [result.article], passages: result.passages });
}

describe('excerpts of one article', () => {
  it('shows two sentences of one article apart when they share its words but say different things', () => {
    const retriever = retrieverOf(
      [
        'Mayor Ellen Vasquez said the river bridge would open to traffic in May.',
        'Workers laid the last section of deck on Friday.',
        'The contractor has brought in a second crane from the port.',
        'Mayor Ellen Vasquez said the river bridge would cost the city £12 million.',
      ].join('\n\n'),
    );
    const excerpts = answerQuestion('What did Mayor Vasquez say about the river bridge?', retriever).citations.map(
      (c) => c.excerpt,
    );
    expect(excerpts).toContain('Mayor Ellen Vasquez said the river bridge would open to traffic in May.');
    expect(excerpts).toContain('Mayor Ellen Vasquez said the river bridge would cost the city £12 million.');
  });

  it('joins a candidate to the excerpt beside it when it scores nearly as well, and never shows a sentence twice', () => {
    const retriever = retrieverOf(
      [
        'The ferry operator cancelled the island crossings on Monday because of the storm.',
        'The ferry operator said the island crossings would resume on Wednesday once the storm passed.',
        'Schools on the mainland stayed open.',
      ].join('\n\n'),
    );
    const question = 'When will the ferry operator resume the island crossings after the storm?';
    const [first, second] = decide(question, retriever).ranking.candidates;
    expect([first?.sentence, second?.sentence].sort()).toEqual([0, 1]);
    expect((second?.sentenceScore ?? 0) >= JOIN_SCORE_SHARE * (first?.sentenceScore ?? 0)).toBe(true);
    const excerpts = answerQuestion(question, retriever).citations.map((c) => c.excerpt);
    expect(excerpts).toEqual([
      'The ferry operator cancelled the island crossings on Monday because of the storm.\n\n' +
        'The ferry operator said the island crossings would resume on Wednesday once the storm passed.',
    ]);
  });

  it('never shows a heading inside an excerpt: sentences on either side of it stay apart', () => {
    const retriever = retrieverOf(
      [
        'The ferry operator said the island crossings would stop on Monday because of the storm.',
        'Crossings to resume',
        'The ferry operator said the island crossings would start again on Wednesday.',
      ].join('\n\n'),
    );
    const excerpts = answerQuestion(
      'What did the ferry operator say about the island crossings?',
      retriever,
    ).citations.map((c) => c.excerpt);
    expect(excerpts).toEqual([
      'The ferry operator said the island crossings would stop on Monday because of the storm.',
      'The ferry operator said the island crossings would start again on Wednesday.',
    ]);
  });
});
