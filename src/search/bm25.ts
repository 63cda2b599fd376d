// BM25+ scoring of passages for weighted query terms, summed over the text and title fields and multiplied by the
// number of query terms a passage matches (the same arithmetic, in the same order, as the minisearch engine it replaced).
import { BM25, FIELD_BOOST, INDEXED_FIELDS, type SearchIndex } from './options.ts';

/** One slot per passage, zero between queries; allocated on an index's first query and reused (queries run one at a time). */
interface Scratch {
  score: Float64Array;
  termScore: Float64Array;
  matched: Uint16Array;
  touched: Uint32Array;
  termTouched: Uint32Array;
}

const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchOf(index: SearchIndex): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    const n = index.documentCount;
    scratch = { score: new Float64Array(n), termScore: new Float64Array(n), matched: new Uint16Array(n), touched: new Uint32Array(n), termTouched: new Uint32Array(n) };
    scratches.set(index, scratch);
  }
  return scratch;
}

/**
 * Calls `visit(passage, score)` once for every passage matching at least one of the terms (term → boost, in the
 * map's order), in no particular order. Terms the index lacks are skipped.
 */
export function scorePassages(index: SearchIndex, boosts: ReadonlyMap<string, number>, visit: (passage: number, score: number) => void): void {
  const { score, termScore, matched, touched, termTouched } = scratchOf(index);
  const n = index.documentCount;
  const { k, b, d } = BM25;
  let touchedCount = 0;
  for (const [term, boost] of boosts) {
    const id = index.lexicon.id(term);
    if (id === -1) continue;
    let termCount = 0;
    for (const field of INDEXED_FIELDS) {
      const { offsets, docs, freqs, lengths, averageLength } = index.fields[field];
      const from = offsets[id] as number;
      const to = offsets[id + 1] as number;
      if (from === to) continue;
      const matching = to - from;
      const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
      const weight = boost * FIELD_BOOST[field];
      for (let p = from; p < to; p++) {
        const doc = docs[p] as number;
        const tf = freqs[p] as number;
        const raw = idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * (lengths[doc] as number)) / averageLength)));
        if (termScore[doc] === 0) termTouched[termCount++] = doc;
        termScore[doc] = (termScore[doc] as number) + weight * raw;
      }
    }
    for (let i = 0; i < termCount; i++) {
      const doc = termTouched[i] as number;
      if (score[doc] === 0) touched[touchedCount++] = doc;
      score[doc] = (score[doc] as number) + (termScore[doc] as number);
      matched[doc] = (matched[doc] as number) + 1;
      termScore[doc] = 0;
    }
  }
  for (let i = 0; i < touchedCount; i++) {
    const doc = touched[i] as number;
    visit(doc, (score[doc] as number) * (matched[doc] as number));
    score[doc] = 0;
    matched[doc] = 0;
  }
}
