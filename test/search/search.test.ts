import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import type { Article, Passage } from '../../src/corpus/types.ts';
import { createRetriever, type Retriever } from '../../src/search/retriever.ts';
import { comparePassageIds } from '../../src/search/search.ts';
import { fixtureCorpus, RAW } from './fixture-corpus.ts';

function ids(retriever: Retriever, question: string, limit = 10): string[] {
  return retriever.search(retriever.plan(question), limit).map((h) => h.passageId);
}

describe('passage search', () => {
  const retriever = createRetriever(fixtureCorpus());

  it('ranks passages by how well they match, best first', () => {
    expect(ids(retriever, 'council harbor dredging')).toEqual(['b_harbor#0', 'a_harbour#0', 'b_harbor#1']);
  });

  it('matches British and American spellings of the same word', () => {
    expect(ids(retriever, 'harbour programme')).toEqual(ids(retriever, 'harbor program'));
    expect(ids(retriever, 'harbour programme').slice(0, 2).sort()).toEqual(['a_harbour#0', 'b_harbor#0']);
  });

  it('lets question and stop words change nothing', () => {
    expect(ids(retriever, 'What is it that the ferry did?')).toEqual(ids(retriever, 'ferry'));
    expect(retriever.plan('Tell me what happened to the ferry').terms.map((t) => t.term)).toEqual(['ferri']);
  });

  it('finds a misspelt long name through its correct spelling', () => {
    expect(ids(retriever, 'Wierzbiki')).toEqual(['c_ferry#0']);
    const term = retriever.plan('Wierzbiki').terms[0];
    expect(term && [...term.matches]).toEqual([
      ['wierzbiki', 1],
      ['wierzbicki', 0.8],
    ]);
  });

  it('does not correct a short word to a neighbour one letter away (France is not frank)', () => {
    const text = 'The talks were frank and open, the minister said after the meeting in the capital on Monday.';
    const result = ingestArticle(text, {
      file: 'e_talks.txt',
      title: 'Talks',
      outlet: 'Wire',
      url: 'https://wire.example/talks',
      published: null,
    });
    if (!result.ok) throw new Error(result.problem.message);
    const talks = createRetriever({ articles: [result.article], passages: result.passages });
    expect(talks.search(talks.plan('France'), 10)).toEqual([]);
    expect(talks.search(talks.plan('frank'), 10).map((h) => h.passageId)).toEqual(['e_talks#0']);
  });

  it('finds nothing when no question term is in the corpus', () => {
    expect(ids(retriever, 'Eiffel Tower height')).toEqual([]);
  });
});

describe('tie-breaking', () => {
  function twin(file: string): { article: Article; passages: Passage[] } {
    const raw = RAW.ferry;
    if (!raw) throw new Error('fixture');
    const result = ingestArticle(raw.text, { ...raw.entry, file, url: `https://example.org/${file}` });
    if (!result.ok) throw new Error(result.problem.message);
    return result;
  }

  it('orders passages with equal scores by passage id, whatever the indexing order', () => {
    const later = twin('z_copy.txt');
    const earlier = twin('m_copy.txt');
    const corpus = { articles: [later.article, earlier.article], passages: [...later.passages, ...earlier.passages] };
    const hits = createRetriever(corpus).search(createRetriever(corpus).plan('ferry strike'), 10);
    expect(hits.map((h) => h.passageId)).toEqual(['m_copy#0', 'z_copy#0']);
    expect(hits[0]?.score).toBe(hits[1]?.score);
  });

  it('compares passage numbers as numbers', () => {
    expect(['a#10', 'b#0', 'a#2'].sort(comparePassageIds)).toEqual(['a#2', 'a#10', 'b#0']);
  });
});
