import { describe, expect, it } from 'vitest';
import type { Article, Passage } from '../../src/corpus/types.ts';
import { scorePassages } from '../../src/search/bm25.ts';
import { buildIndex } from '../../src/search/options.ts';

function article(id: string, title: string): Article {
  return { id, file: `${id}.txt`, title, outlet: 'Wire', url: `https://wire.example/${id}`, published: null, text: '', paragraphs: [], sentences: [] };
}

function passage(articleId: string, n: number, text: string): Passage {
  return { id: `${articleId}#${n}`, articleId, paragraph: 0, start: 0, end: text.length, text, sentences: [] };
}

const corpus = {
  articles: [article('a', 'Ferry news'), article('b', 'Harbour')],
  passages: [passage('a', 0, 'ferry ferry strike'), passage('a', 1, 'strike'), passage('b', 0, 'harbour dredging harbour harbour')],
};
const index = buildIndex(corpus);

function scores(boosts: [string, number][]): Map<string, number> {
  const out = new Map<string, number>();
  scorePassages(index, new Map(boosts), (doc, score) => out.set(index.passageIds[doc] ?? '', score));
  return out;
}

/** BM25+ with k 1.2, b 0.7, d 0.5, written out for the test. */
function bm25(tf: number, df: number, n: number, length: number, average: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5)) * (0.5 + (tf * 2.2) / (tf + 1.2 * (0.3 + (0.7 * length) / average)));
}

describe('scorePassages', () => {
  it('scores text matches by BM25+ over distinct-term field lengths, and title matches at 0.3', () => {
    const textAverage = (2 + 1 + 2) / 3;
    const titleAverage = (2 + 2 + 1) / 3;
    const got = scores([['ferri', 1]]);
    expect([...got.keys()].sort()).toEqual(['a#0', 'a#1']);
    expect(got.get('a#0')).toBeCloseTo(bm25(2, 1, 3, 2, textAverage) + 0.3 * bm25(1, 2, 3, 2, titleAverage), 12);
    expect(got.get('a#1')).toBeCloseTo(0.3 * bm25(1, 2, 3, 2, titleAverage), 12);
  });

  it('multiplies the summed score by the number of query terms matched, and applies each term boost', () => {
    const one = scores([['strike', 1]]).get('a#1') ?? 0;
    const ferry = scores([['ferri', 1]]).get('a#1') ?? 0;
    expect(scores([['strike', 0.5], ['ferri', 1]]).get('a#1')).toBeCloseTo((0.5 * one + ferry) * 2, 12);
  });

  it('skips terms the index lacks and leaves no state behind between queries', () => {
    expect(scores([['tanker', 1]]).size).toBe(0);
    expect(scores([['harbor', 1]])).toEqual(scores([['harbor', 1]]));
    expect([...scores([['harbor', 1], ['tanker', 1]]).keys()]).toEqual(['b#0']);
  });
});
