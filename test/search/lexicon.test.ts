import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/search/lexicon.ts';

const WORDS = ['rasmussen', 'rasmusen', 'rasmussens', 'rassmussen', 'ras', 'medvedev', 'medvedeva', 'medved', 'kaliningrad', 'a', 'ab', 'abc', 'b', 'zürich', 'zurich'];
const lexicon = new Lexicon([...new Set(WORDS)].sort());

/** Plain dynamic-programming edit distance, the reference the trie walk must agree with. */
function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

describe('Lexicon', () => {
  it('finds the id of a term by its sorted position, and -1 for a term it lacks', () => {
    expect(lexicon.id('a')).toBe(0);
    expect(lexicon.id('zürich')).toBe(lexicon.size - 1);
    expect(lexicon.terms[lexicon.id('medvedev')]).toBe('medvedev');
    expect(lexicon.id('medvede')).toBe(-1);
    expect(new Lexicon([]).id('a')).toBe(-1);
  });

  it('finds every term within the edit distance, with that distance, exactly as a full comparison does', () => {
    for (const query of ['rasmussen', 'rasmusen', 'medvedew', 'kalinigrad', 'zurich', 'ab', 'x', 'rasmusssen']) {
      for (const distance of [0, 1, 2]) {
        const expected = lexicon.terms
          .map((term, id) => ({ term, id, distance: levenshtein(query, term) }))
          .filter((s) => s.distance <= distance);
        expect(lexicon.similar(query, distance)).toEqual(expected);
      }
    }
  });

  it('finds nothing in an empty lexicon', () => {
    expect(new Lexicon([]).similar('rasmussen', 2)).toEqual([]);
  });
});
