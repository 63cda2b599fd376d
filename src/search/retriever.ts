// A corpus ready to be searched: its index plus lookups of passages and articles by id, for the answer composer.
import type { Article, Corpus, Passage } from '../corpus/types.ts';
import { buildIndex, type SearchIndex } from './indexCodec.ts';
import { buildOutletDirectory, type OutletDirectory } from './outlets.ts';
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
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  // Made at the first question naming a word the passages lack: most questions never need it.
  let outlets: OutletDirectory | undefined;
  const outletDirectory = (): OutletDirectory => {
    outlets ??= buildOutletDirectory(corpus.articles);
    return outlets;
  };
  const passage = passageLookup(corpus.passages);
  const keepOf = (plan: QueryPlan): ((id: string) => boolean) | undefined => {
    const within = plan.fromOutlets?.articles;
    return within && ((id: string): boolean => within.has(passage(id)?.articleId ?? ''));
  };
  return {
    index,
    plan: (question) => {
      const plan = planQuery(question, index, options.paraphrases, outletDirectory);
      // An outlet whose articles share no word with the rest of the question was not its source: its words name
      // something the passages lack (a team whose name sat in a dropped heading, a country no article covers), and
      // are planned as the question's own words again.
      if (plan.fromOutlets && searchPassages(index, plan, 1, keepOf(plan)).length === 0)
        return planQuery(question, index, options.paraphrases);
      return plan;
    },
    search: (plan, limit) => searchPassages(index, plan, limit, keepOf(plan)),
    passage,
    article: (id) => articles.get(id),
  };
}

/**
 * Passages by id. The chunker names an article's passages `${articleId}#${n}` in order, so a passage is found at its
 * article's first passage plus n, and only its id is compared; no map of every id is made (100k at 100k passages,
 * about 7% of a cold start). An id that is not there is no passage when every passage is named so (checked once, at
 * the first such id: /ask counts an article's passages by asking for one past the last); otherwise a map decides.
 */
function passageLookup(passages: readonly Passage[]): (id: string) => Passage | undefined {
  const firstOf = new Map<string, number>();
  let previous: string | undefined;
  for (let i = 0; i < passages.length; i++) {
    const { articleId } = passages[i] as Passage;
    if (articleId !== previous && !firstOf.has(articleId)) firstOf.set(articleId, i);
    previous = articleId;
  }
  let allNamedInPlace: boolean | undefined;
  const namedInPlace = (): boolean =>
    passages.every((p, i) => p.id === `${p.articleId}#${i - (firstOf.get(p.articleId) ?? 0)}`);
  let byId: Map<string, Passage> | undefined;
  return (id) => {
    const hash = id.lastIndexOf('#');
    const first = hash < 0 ? undefined : firstOf.get(id.slice(0, hash));
    if (first !== undefined) {
      const candidate = passages[first + Number(id.slice(hash + 1))];
      if (candidate?.id === id) return candidate;
    }
    allNamedInPlace ??= namedInPlace();
    if (allNamedInPlace) return undefined;
    byId ??= new Map(passages.map((p) => [p.id, p]));
    return byId.get(id);
  };
}
