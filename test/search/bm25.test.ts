import { describe, expect, it } from 'vitest';
import { bm25Score, Bm25Ranker } from '../../src/search/bm25.ts';
import type { IndexParts } from '../../src/search/engine.ts';
import { FieldPostingsBuilder } from '../../src/search/postings.ts';
import { engineOf, smallParts } from '../support/engine.ts';

/** A tiny deterministic generator (mulberry32), so the corpus and queries below are the same on every run. */
function randomNumbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `passages` passages over `termCount` terms (term i is `t${i}`), frequent terms more often, titles shared by runs of
 * passages as an article's are, and every fifth passage a copy of the one before (so scores tie).
 */
function randomParts(seed: number, passages: number, termCount: number): IndexParts {
  const random = randomNumbers(seed);
  const text = new FieldPostingsBuilder();
  const title = new FieldPostingsBuilder();
  let previous: number[] = [];
  let titleTerms: number[] = [];
  for (let p = 0; p < passages; p++) {
    if (p % 4 === 0)
      titleTerms = Array.from({ length: Math.floor(random() * 4) }, () => Math.floor(random() ** 2 * termCount));
    const terms =
      p % 5 === 4
        ? previous
        : Array.from({ length: 1 + Math.floor(random() * 30) }, () => Math.floor(random() ** 3 * termCount));
    text.add(terms);
    title.add(titleTerms);
    previous = terms;
  }
  return {
    terms: Array.from({ length: termCount }, (_, i) => `t${i}`),
    passageIds: Array.from({ length: passages }, (_, p) => `a${Math.floor(p / 4)}#${p % 4}`),
    fields: { text: text.finish(termCount), title: title.finish(termCount) },
  };
}

describe('bm25Score', () => {
  it('scores as minisearch 7.2 does: idf times (d + tf(k+1) / (tf + k(1 - b + b·len/avg)))', () => {
    // idf = ln(1 + (10 - 2 + 0.5) / (2 + 0.5)) = ln 4.4 ≈ 1.4816; 0.5 + 3·2.2 / (3 + 1.2·(0.3 + 0.7·8/6)) ≈ 1.9732.
    expect(bm25Score(3, 2, 10, 8, 6, { k: 1.2, b: 0.7, d: 0.5 })).toBe(2.923523245930818);
  });
});

describe('Bm25Ranker', () => {
  /** The shared two-passage index (test/support/engine.ts), text boost 1 and title boost 0.3. */
  function small(): Bm25Ranker {
    const { fields } = smallParts();
    return new Bm25Ranker(
      2,
      [
        { postings: fields.text, boost: 1 },
        { postings: fields.title, boost: 0.3 },
      ],
      { k: 1.2, b: 0.7, d: 0.5 },
    );
  }

  it('sums each term’s field scores, then the terms’, times the number of terms a passage matched', () => {
    const params = { k: 1.2, b: 0.7, d: 0.5 };
    // Text lengths 2 and 1 (average 1.5); title lengths 0 and 1 (average 0.5).
    const b0 = 2 * bm25Score(2, 2, 2, 2, 1.5, params);
    const b1 = 2 * bm25Score(1, 2, 2, 1, 1.5, params);
    const c1 = 2 * 0.3 * bm25Score(1, 1, 2, 1, 0.5, params);
    expect(
      small().rank([
        { term: 1, boost: 2 },
        { term: 2, boost: 2 },
      ]),
    ).toEqual([
      { doc: 1, score: (b1 + c1) * 2 },
      { doc: 0, score: b0 },
    ]);
    // b in x#1 ≈ 2·ln 1.2·1.6458 ≈ 0.6001, c in x#1's title ≈ 0.6·ln 2·1.2237 ≈ 0.5089, b in x#0 ≈ 2·ln 1.2·1.7644.
    expect((b1 + c1) * 2).toBe(2.218115494733314);
    expect(b0).toBe(0.6433645739740697);
  });

  it('skips terms the index lacks and leaves out the passages `keep` refuses', () => {
    const ranker = small();
    expect(ranker.rank([{ term: -1, boost: 1 }])).toEqual([]);
    expect(ranker.rank([{ term: 1, boost: 1 }], (doc) => doc !== 1).map((r) => r.doc)).toEqual([0]);
    // Nothing of one query is left for the next.
    expect(ranker.rank([{ term: 0, boost: 1 }]).map((r) => r.doc)).toEqual([0]);
  });
});

describe('PassageEngine.rank', () => {
  const parts = randomParts(7, 400, 120);
  const engine = engineOf(parts);

  it('gives exactly minisearch’s results (ids, scores and the order of ties) for any query of index terms', () => {
    const random = randomNumbers(11);
    let tied = 0;
    for (let q = 0; q < 300; q++) {
      const boosts = new Map<string, number>();
      const size = 1 + Math.floor(random() * 6);
      for (let i = 0; i < size; i++) boosts.set(`t${Math.floor(random() * 130)}`, [1, 0.5, 0.8, 0.35][i % 4] as number);
      const ours = engine.rank(boosts);
      expect(ours).toEqual(engine.searchRank(boosts));
      tied += ours.filter((h, i) => i > 0 && ours[i - 1]?.score === h.score).length;
    }
    // The queries did meet passages with equal scores, whose order had to agree too.
    expect(tied).toBeGreaterThan(100);
  });

  it('keeps only the passages `keep` accepts, as minisearch’s filter does', () => {
    const keep = (id: string): boolean => id.endsWith('#1') || id.endsWith('#2');
    const boosts = new Map([
      ['t1', 1],
      ['t3', 0.5],
      ['t50', 1],
    ]);
    const ours = engine.rank(boosts, keep);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toEqual(engine.searchRank(boosts, keep));
  });

  it('leaves a query minisearch would split differently (a term with a space) to minisearch', () => {
    const boosts = new Map([['t1 t2', 1]]);
    expect(engine.rank(boosts)).toEqual(engine.searchRank(boosts));
    expect(engine.rank(boosts).length).toBeGreaterThan(0);
  });
});
