// A corpus ready to be searched: its index plus lookups of passages and articles by id, for the answer composer.
import type { Article, Corpus, Passage } from '../corpus/types.ts';
import { buildIndex, type SearchIndex } from './indexCodec.ts';
import type { ParaphraseTable } from './paraphrase.ts';
import { planQuery, type QueryPlan } from './query.ts';
import { searchPassages, type PassageHit } from './search.ts';

export interface Retriever {
  readonly index: SearchIndex;
  plan(question: string): QueryPlan;
  search(plan: QueryPlan, limit: number): PassageHit[];
  passage(id: string): Passage | undefined;
  article(id: string): Article | undefined;
}

/** Wraps a corpus and its index (built here when not given, e.g. when no cached index was loaded). */
export interface RetrieverOptions {
  /** Other words for a question's words (WordNet); without it a question meets only its own words' forms. */
  paraphrases?: ParaphraseTable;
}

export function createRetriever(
  corpus: Pick<Corpus, 'articles' | 'passages'>,
  index: SearchIndex = buildIndex(corpus),
  options: RetrieverOptions = {},
): Retriever {
  const passages = new Map(corpus.passages.map((p) => [p.id, p]));
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  return {
    index,
    plan: (question) => planQuery(question, index, options.paraphrases),
    search: (plan, limit) => searchPassages(index, plan, limit),
    passage: (id) => passages.get(id),
    article: (id) => articles.get(id),
  };
}
