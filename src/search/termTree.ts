// minisearch's term tree (a radix tree of Maps keyed by edge labels, each term's value under the key '') built in one
// pass over the sorted terms, instead of inserting them one by one (most of loading a large index's time).

/** The shape of minisearch's radix tree: edge label → child node, and '' → the value of the term ending here. */
export type TermNode<T> = Map<string, T | TermNode<T>>;

/** The key of a term's value in its node (minisearch's LEAF). */
const LEAF = '';

/** Length of the common prefix of `a` and `b` from `from` on (both are known to share their first `from` units). */
function commonPrefix(a: string, b: string, from: number): number {
  const end = Math.min(a.length, b.length);
  let at = from;
  while (at < end && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/**
 * The node for `order[from … to)`: terms sorted by UTF-16 code units, sharing their first `depth` units. A term
 * that ends at `depth` sorts first and is the node's value; the others are grouped by their next unit, each group
 * under the edge of its common prefix: a compressed tree, as inserting the terms one by one leaves it (the keys of a
 * node may come in another order, which no lookup reads).
 */
function nodeOf<T>(
  terms: readonly string[],
  order: Uint32Array,
  values: (term: number) => T,
  from: number,
  to: number,
  depth: number,
): TermNode<T> {
  const node: TermNode<T> = new Map();
  let i = from;
  const first = order[i] as number;
  if ((terms[first] as string).length === depth) {
    node.set(LEAF, values(first));
    i++;
  }
  // The children, each with its first term in the list: a lookup tries a node's keys in order, so they are set in
  // the order their first term comes in the list (for a built index, the order words first occur in the corpus,
  // frequent words early), close to the order inserting the terms one by one leaves.
  const children: { from: number; to: number; first: number }[] = [];
  while (i < to) {
    const unit = (terms[order[i] as number] as string).charCodeAt(depth);
    let first = order[i] as number;
    let j = i + 1;
    for (; j < to && (terms[order[j] as number] as string).charCodeAt(depth) === unit; j++)
      first = Math.min(first, order[j] as number);
    children.push({ from: i, to: j, first });
    i = j;
  }
  children.sort((a, b) => a.first - b.first);
  for (const child of children) {
    const term = terms[order[child.from] as number] as string;
    if (child.to === child.from + 1) {
      const leaf: TermNode<T> = new Map();
      leaf.set(LEAF, values(order[child.from] as number));
      node.set(term.slice(depth), leaf);
    } else {
      const shared = commonPrefix(term, terms[order[child.to - 1] as number] as string, depth + 1);
      node.set(term.slice(depth, shared), nodeOf(terms, order, values, child.from, child.to, shared));
    }
  }
  return node;
}

/**
 * The radix tree of the terms, each term's value made by `values(termNumber)`; or null when a term is there twice
 * (then no tree could hold them all).
 */
export function buildTermTree<T>(terms: readonly string[], values: (term: number) => T): TermNode<T> | null {
  const order = Uint32Array.from(terms, (_, i) => i);
  order.sort((a, b) => {
    const x = terms[a] as string;
    const y = terms[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  for (let i = 1; i < order.length; i++) if (terms[order[i] as number] === terms[order[i - 1] as number]) return null;
  return order.length === 0 ? new Map() : nodeOf(terms, order, values, 0, order.length, 0);
}
