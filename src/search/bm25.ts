// BM25+ scores of an OR query of exact terms, computed from the postings arrays (postings.ts) the engine is filled
// from, exactly as minisearch 7.2 computes them (the same operations in the same order, so the same doubles) but
// without its per-query maps and per-passage result objects: a query at 100k passages touched tens of thousands of
// postings through Map lookups and made an object, two arrays and a match record for every passage it found.
// engine.ts decides when this is the engine's ranking and passes it the engine's own options; a test checks the
// results against minisearch's search (test/search/bm25.test.ts).
import type { FieldPostings } from './postings.ts';

/** minisearch's BM25+ parameters (its `searchOptions.bm25`). */
export interface Bm25Params {
  readonly k: number;
  readonly b: number;
  readonly d: number;
}

/** One field the query is scored over, with its boost, in the order the engine scores fields. */
export interface ScoredField {
  readonly postings: FieldPostings;
  readonly boost: number;
}

/** A query term: its number in the postings (-1 when the index lacks it) and its boost. */
export interface QueryTerm {
  readonly term: number;
  readonly boost: number;
}

/** A passage (by number) and its score. */
export interface PassageScore {
  doc: number;
  score: number;
}

/** minisearch's calcBM25Score, operation for operation. */
export function bm25Score(
  termFreq: number,
  matchingCount: number,
  totalCount: number,
  fieldLength: number,
  avgFieldLength: number,
  { k, b, d }: Bm25Params,
): number {
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

/** A list of passage numbers that grows, kept between queries. */
class DocList {
  items = new Uint32Array(256);
  length = 0;
  push(doc: number): void {
    if (this.length === this.items.length) {
      const grown = new Uint32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = doc;
  }
}

/**
 * Scores queries over `documentCount` passages. Its scratch arrays (a few bytes per passage) are made at the first
 * query and reused, so a query allocates only its results.
 */
export class Bm25Ranker {
  readonly #documentCount: number;
  readonly #fields: readonly ScoredField[];
  readonly #params: Bm25Params;
  #total: Float64Array | undefined;
  #termScore = new Float64Array(0);
  /** How many query terms matched each passage (minisearch's "quality"); 0 = not yet found by this query. */
  #matched = new Uint32Array(0);
  /** The query term (a running number) that last touched each passage. */
  #stamp = new Uint32Array(0);
  #nextStamp = 1;
  /** Passages in the order minisearch's result map would hold them: by first matching term, text before title. */
  readonly #found = new DocList();
  readonly #inTerm = new DocList();

  constructor(documentCount: number, fields: readonly ScoredField[], params: Bm25Params) {
    this.#documentCount = documentCount;
    this.#fields = fields;
    this.#params = params;
  }

  #scratch(): Float64Array {
    if (this.#total === undefined) {
      const n = this.#documentCount;
      this.#total = new Float64Array(n);
      this.#termScore = new Float64Array(n);
      this.#matched = new Uint32Array(n);
      this.#stamp = new Uint32Array(n);
    }
    return this.#total;
  }

  /**
   * The passages matching any term, best first, each scored as minisearch scores an OR query of these terms in this
   * order (each term's field scores summed, then the terms', times the number of terms matched); equal scores in the
   * order minisearch would list them. `keep` drops passages from the results only.
   */
  rank(terms: readonly QueryTerm[], keep?: (doc: number) => boolean): PassageScore[] {
    const total = this.#scratch();
    const termScore = this.#termScore;
    const matched = this.#matched;
    const stamp = this.#stamp;
    const found = this.#found;
    const inTerm = this.#inTerm;
    const n = this.#documentCount;
    found.length = 0;
    for (const { term, boost } of terms) {
      if (term < 0) continue;
      if (this.#nextStamp === 0xffffffff) {
        stamp.fill(0);
        this.#nextStamp = 1;
      }
      const mark = this.#nextStamp++;
      inTerm.length = 0;
      for (const { postings, boost: fieldBoost } of this.#fields) {
        const from = postings.offsets[term] as number;
        const to = postings.offsets[term + 1] as number;
        if (from === to) continue;
        const matchingCount = to - from;
        const { docs, freqs, lengths, averageLength } = postings;
        const weight = boost * fieldBoost;
        for (let p = from; p < to; p++) {
          const doc = docs[p] as number;
          const weighted =
            weight *
            bm25Score(freqs[p] as number, matchingCount, n, lengths[doc] as number, averageLength, this.#params);
          if (stamp[doc] === mark) termScore[doc] = (termScore[doc] as number) + weighted;
          else {
            stamp[doc] = mark;
            termScore[doc] = weighted;
            inTerm.push(doc);
          }
        }
      }
      for (let i = 0; i < inTerm.length; i++) {
        const doc = inTerm.items[i] as number;
        const count = matched[doc] as number;
        if (count === 0) {
          total[doc] = termScore[doc] as number;
          found.push(doc);
        } else total[doc] = (total[doc] as number) + (termScore[doc] as number);
        matched[doc] = count + 1;
      }
    }
    const results: PassageScore[] = [];
    for (let i = 0; i < found.length; i++) {
      const doc = found.items[i] as number;
      const score = (total[doc] as number) * (matched[doc] as number);
      matched[doc] = 0;
      if (keep === undefined || keep(doc)) results.push({ doc, score });
    }
    // Stable: equal scores keep the order above, as minisearch's sort of its result list keeps its map's order.
    return results.sort((x, y) => y.score - x.score);
  }
}
