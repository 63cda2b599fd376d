import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { buildTermTree, type TermNode } from '../../src/search/termTree.ts';

/** A tree as nested sorted [edge, child] pairs (a value stays as it is): equal when the trees differ in key order only. */
function normalised(node: unknown): unknown {
  if (!(node instanceof Map)) return node;
  return [...node.entries()]
    .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1))
    .map(([edge, child]) => [edge, normalised(child)]);
}

/** The tree minisearch makes by inserting the terms one by one, each with its number as value. */
function insertedOneByOne(terms: readonly string[]): unknown {
  const map = new SearchableMap<number>();
  for (const [i, term] of terms.entries()) map.set(term, i);
  return normalised(map._tree);
}

describe('buildTermTree', () => {
  it('builds the tree minisearch builds by inserting the terms one by one, whatever their order', () => {
    const terms = [
      'team',
      'tea',
      'ten',
      'te',
      'toast',
      'a',
      'apple',
      'apples',
      'b',
      'zebra',
      'zeal',
      'ze',
      '\u00e9t\u00e9',
    ];
    expect(normalised(buildTermTree(terms, (t) => t))).toEqual(insertedOneByOne(terms));
    const reversed = [...terms].reverse();
    expect(normalised(buildTermTree(reversed, (t) => t))).toEqual(insertedOneByOne(reversed));
  });

  it('answers lookups through minisearch as the inserted tree does', () => {
    const terms = ['run', 'runs', 'running', 'rung', 'ran'];
    const map = new SearchableMap<number>();
    map._tree = buildTermTree(terms, (t) => t) as TermNode<number> as typeof map._tree;
    expect(terms.map((term) => map.get(term))).toEqual([0, 1, 2, 3, 4]);
    expect([map.get('ru'), map.get('runni'), map.size]).toEqual([undefined, undefined, 5]);
    expect([...map.fuzzyGet('rnu', 1).keys()].sort()).toEqual([]);
    expect([...map.fuzzyGet('runz', 1).keys()].sort()).toEqual(['run', 'rung', 'runs']);
  });

  it('holds one term, no term, and the empty term at the root', () => {
    expect(normalised(buildTermTree(['solo'], (t) => t))).toEqual(insertedOneByOne(['solo']));
    expect(normalised(buildTermTree([], () => 0))).toEqual([]);
    expect(normalised(buildTermTree(['', 'a'], (t) => t))).toEqual(insertedOneByOne(['', 'a']));
  });

  it('gives null when a term is listed twice', () => {
    expect(buildTermTree(['one', 'two', 'one'], (t) => t)).toBeNull();
  });
});
