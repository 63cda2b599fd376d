import { describe, expect, it } from 'vitest';
import { answerQuestion, CLIPPED_NAME_LETTERS, namesSomethingUnknown } from '../../src/answers/answer.ts';
import { textFragmentLink } from '../../src/answers/fragment.ts';
import { answerJsonSchema, answerSchema, toAnswerJson } from '../../src/answers/schema.ts';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import { createRetriever } from '../../src/search/retriever.ts';
import { fixtureCorpus } from '../search/fixture-corpus.ts';

const corpus = fixtureCorpus();
const retriever = createRetriever(corpus);

function marked(excerpt: string, marks: { start: number; end: number }[]): string[] {
  return marks.map((m) => excerpt.slice(m.start, m.end));
}

describe('answerQuestion', () => {
  it('cites the one sentence that answers, verbatim, with the question terms marked', () => {
    const answer = answerQuestion('Who chairs the harbor committee?', retriever);
    expect(answer.answered).toBe(true);
    const first = answer.citations[0];
    expect(first).toMatchObject({
      rank: 1,
      passageId: 'b_harbor#0',
      articleId: 'b_harbor',
      outlet: 'Valley Herald',
      title: 'Council backs harbor plan',
      url: 'https://valley.example/2023/03/harbor#top',
      published: null,
      excerpt:
        '“We cannot let the fishing fleet leave for deeper ports,” said Maria Okonkwo, who chairs the harbor committee.',
    });
    expect(first && marked(first.excerpt, first.marks)).toEqual(['chairs', 'harbor', 'committee']);
    expect(first?.link).toBe(textFragmentLink('https://valley.example/2023/03/harbor#top', first?.excerpt ?? ''));
  });

  it('joins adjacent sentences when each adds question terms the other lacks', () => {
    const answer = answerQuestion('When will the dredging begin?', retriever);
    expect(answer.citations[0]?.excerpt).toBe(
      'The town council approved a £4 million programme to dredge the harbour on Tuesday, ending two years of debate over the silted channel.\n\n' +
        'Councillor Maria Okonkwo said the work would begin in the spring and take about eight months to complete.',
    );
  });

  it('takes every excerpt verbatim from its article', () => {
    for (const question of ['council harbor dredging', 'What did the crews accept?', 'flood defences']) {
      for (const citation of answerQuestion(question, retriever, { k: 5 }).citations) {
        const article = corpus.articles.find((a) => a.id === citation.articleId);
        expect(article?.text).toContain(citation.excerpt);
        expect(citation.marks.every((m) => m.start >= 0 && m.end <= citation.excerpt.length && m.start < m.end)).toBe(
          true,
        );
      }
    }
  });

  it('shows a sentence reported by two outlets once and lists the other outlet', () => {
    const answer = answerQuestion('What did Okonkwo say about the fishing fleet?', retriever);
    expect(answer.citations.filter((c) => c.excerpt.includes('fishing fleet'))).toHaveLength(1);
    expect(answer.citations[0]?.excerpt).toBe(
      '“We cannot let the fishing fleet leave for deeper ports,” Okonkwo said.',
    );
    expect(answer.citations[0]?.alsoReportedBy).toEqual([
      {
        articleId: 'b_harbor',
        outlet: 'Valley Herald',
        url: 'https://valley.example/2023/03/harbor#top',
        link: textFragmentLink(
          'https://valley.example/2023/03/harbor#top',
          '“We cannot let the fishing fleet leave for deeper ports,” said Maria Okonkwo, who chairs the harbor committee.',
        ),
        excerpt:
          '“We cannot let the fishing fleet leave for deeper ports,” said Maria Okonkwo, who chairs the harbor committee.',
      },
    ]);
  });

  it('gives k citations counted after folding the same report from two outlets into one', () => {
    const answer = answerQuestion('What did Okonkwo say about the fishing fleet?', retriever, { k: 2 });
    expect(answer.citations.map((c) => [c.articleId, c.alsoReportedBy.map((r) => r.articleId)])).toEqual([
      [answer.citations[0]?.articleId, ['b_harbor']],
      [answer.citations[1]?.articleId, []],
    ]);
    expect(answer.citations[1]?.excerpt).not.toContain('fishing fleet');
  });

  it('finds nothing when the question names something no article mentions', () => {
    expect(answerQuestion('How tall is the Eiffel Tower?', retriever)).toEqual({
      question: 'How tall is the Eiffel Tower?',
      answered: false,
      confidence: 0,
      citations: [],
    });
  });

  it(`takes an unknown name of words up to ${CLIPPED_NAME_LETTERS} letters that begin longer corpus words as known`, () => {
    const plan = retriever.plan('What did the Zog Quals say about the harbor?');
    expect(namesSomethingUnknown(plan, () => false)).toBe(true);
    expect(namesSomethingUnknown(plan, () => true)).toBe(false);
    // A longer unknown word is no clipped form, whatever the corpus holds.
    expect(namesSomethingUnknown(retriever.plan('How tall is the Eiffel Tower?'), () => true)).toBe(true);
  });

  it('answers about a party named by its clipped form ("Lib Dems" for the Liberal Democrats)', () => {
    const text =
      'The Liberal Democrats said the new towns would overload sewage works that already spill into rivers.\n\n' +
      'Ministers said the first homes would be finished by 2029.';
    const result = ingestArticle(text, {
      file: 'c_towns.txt',
      title: null,
      outlet: 'Shire Post',
      url: 'https://shire.example/towns',
      published: null,
    });
    if (!result.ok) throw new Error(result.problem.message);
    const towns = createRetriever({ articles: [result.article], passages: result.passages });
    const answer = answerQuestion('What did the Lib Dems say about sewage and the new towns?', towns);
    expect(answer.citations[0]?.excerpt).toContain('sewage works');
  });

  it('refuses when only a common word matches and the name the question is about is absent', () => {
    expect(answerQuestion('What did the council in Lisbon decide?', retriever).answered).toBe(false);
    expect(answerQuestion('Who is the chair of the Lisbon committee?', retriever).answered).toBe(false);
  });

  it('gives at most k citations, numbered from 1', () => {
    const three = answerQuestion('council harbor dredging', retriever, { k: 3 });
    expect(three.citations.map((c) => c.rank)).toEqual(three.citations.map((_, i) => i + 1));
    expect(answerQuestion('council harbor dredging', retriever, { k: 1 }).citations).toHaveLength(1);
  });

  it('shows the sentence before with a "she said" sentence whose subject is named only there', () => {
    const text =
      'Mayor Ellen Vasquez opened the new river bridge on Monday morning after three years of building work.\n\n' +
      'She said the crossing would cut journeys between the two districts by half.';
    const result = ingestArticle(text, {
      file: 'e_bridge.txt',
      title: 'Bridge opens',
      outlet: 'City Post',
      url: 'https://city.example/bridge',
      published: '2023-05-01',
    });
    if (!result.ok) throw new Error(result.problem.message);
    const bridge = createRetriever({ articles: [result.article], passages: result.passages });
    const answer = answerQuestion('What did Vasquez say about journeys?', bridge);
    expect(answer.answered).toBe(true);
    expect(answer.citations.map((c) => c.excerpt)).toEqual([
      'Mayor Ellen Vasquez opened the new river bridge on Monday morning after three years of building work.\n\nShe said the crossing would cut journeys between the two districts by half.',
    ]);
  });

  it('produces answers that match the schema, and JSON lines without marks', () => {
    const answer = answerQuestion('What did Okonkwo say about the fishing fleet?', retriever);
    expect(answerSchema.parse(answer)).toEqual(answer);
    const json = toAnswerJson(answer);
    expect(answerJsonSchema.parse(json)).toEqual(json);
    expect(Object.keys(json.citations[0] ?? {}).sort()).toEqual(
      [
        'alsoReportedBy',
        'articleId',
        'excerpt',
        'link',
        'outlet',
        'passageId',
        'published',
        'rank',
        'score',
        'title',
        'url',
      ].sort(),
    );
  });
});
