import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { distinctTerms, lazyTermTree } from '../../src/search/termTree.ts';

const TERMS = ['rain', 'train', 'brain', 'rainy'];

function lazy(): { tree: SearchableMap<string>; prepare: () => void; inner: SearchableMap<string> } {
  const inner = new SearchableMap<string>();
  const numbers = distinctTerms(TERMS);
  if (numbers === null) throw new Error('fixture terms repeat');
  return { ...lazyTermTree(inner, TERMS, numbers, (t) => `entry ${t}`), inner };
}

describe('distinctTerms', () => {
  it('numbers each term by its position', () => {
    expect([...(distinctTerms(TERMS) ?? [])]).toEqual([
      ['rain', 0],
      ['train', 1],
      ['brain', 2],
      ['rainy', 3],
    ]);
  });

  it('is null when a term is listed twice', () => {
    expect(distinctTerms(['rain', 'snow', 'rain'])).toBeNull();
  });
});

describe('lazyTermTree', () => {
  it('answers exact lookups and size without filling the tree', () => {
    const { tree, inner } = lazy();
    expect(tree.get('brain')).toBe('entry 2');
    expect(tree.get('drain')).toBeUndefined();
    expect(tree.has('rainy')).toBe(true);
    expect(tree.has('rains')).toBe(false);
    expect(tree.size).toBe(4);
    expect(inner.size).toBe(0);
  });

  it('fills the tree in list order on the first fuzzy lookup', () => {
    const { tree, inner } = lazy();
    expect([...tree.fuzzyGet('rain', 1)].sort()).toEqual([
      ['brain', ['entry 2', 1]],
      ['rain', ['entry 0', 0]],
      ['rainy', ['entry 3', 1]],
      ['train', ['entry 1', 1]],
    ]);
    expect([...inner.keys()]).toEqual([...SearchableMap.from(TERMS.map((t, i) => [t, `entry ${i}`])).keys()]);
    expect(tree.get('train')).toBe('entry 1');
  });

  it('fills the tree when prepared, and lookups after a write see the write', () => {
    const { tree, prepare, inner } = lazy();
    prepare();
    expect(inner.size).toBe(4);
    tree.set('drain', 'entry 4');
    expect(tree.get('drain')).toBe('entry 4');
    expect(tree.size).toBe(5);
  });
});
