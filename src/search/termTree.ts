// The engine's term index for a loaded index: exact lookups answered from a plain Map of term numbers, and
// minisearch's radix tree (what fuzzy and prefix lookups walk) filled only when something else first needs it.

/** What the tree must offer: minisearch's SearchableMap, whose class it does not export. */
interface TermTree<V> {
  set(key: string, value: V): unknown;
}

/** The term numbers of a term list, or null when a term appears twice. */
export function distinctTerms(terms: readonly string[]): Map<string, number> | null {
  const numbers = new Map<string, number>();
  for (let t = 0; t < terms.length; t++) numbers.set(terms[t] as string, t);
  return numbers.size === terms.length ? numbers : null;
}

/**
 * The engine's empty tree, behind a proxy that answers `get`, `has` and `size` from `numbers` and fills the tree
 * (every term, in list order, so it then iterates and answers as a tree filled at load) the first time anything else
 * is read from it: fuzzyGet, atPrefix, iteration, a write. Ranking only looks terms up exactly, so a cold start no
 * longer inserts every term (78,564 at 100k passages, about a tenth of it). `prepare()` fills it ahead of need.
 */
export function lazyTermTree<V, M extends TermTree<V>>(
  tree: M,
  terms: readonly string[],
  numbers: ReadonlyMap<string, number>,
  entry: (term: number) => V,
): { tree: M; prepare: () => void } {
  let filled = false;
  const prepare = (): void => {
    if (filled) return;
    filled = true;
    for (let t = 0; t < terms.length; t++) tree.set(terms[t] as string, entry(t));
  };
  const get = (key: string): V | undefined => {
    const t = numbers.get(key);
    return t === undefined ? undefined : entry(t);
  };
  const has = (key: string): boolean => numbers.has(key);
  const proxy = new Proxy(tree, {
    get(target, property, receiver) {
      if (!filled) {
        if (property === 'get') return get;
        if (property === 'has') return has;
        if (property === 'size') return numbers.size;
        prepare();
      }
      return Reflect.get(target, property, receiver);
    },
    set(target, property, value, receiver) {
      prepare();
      return Reflect.set(target, property, value, receiver);
    },
  });
  return { tree: proxy, prepare };
}
