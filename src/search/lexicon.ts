// The index's terms, sorted: a term's position is its id. The sorted array doubles as an implicit trie, so
// finding the terms within an edit distance needs no tree of objects to build or keep in memory.

export interface SimilarTerm {
  term: string;
  id: number;
  distance: number;
}

export class Lexicon {
  /** Sorted by UTF-16 code units (the default sort and `<`), without duplicates. */
  readonly terms: readonly string[];

  constructor(sortedTerms: readonly string[]) {
    this.terms = sortedTerms;
  }

  get size(): number {
    return this.terms.length;
  }

  /** The id of a term, or -1 when the index lacks it. */
  id(term: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const t = this.terms[mid] as string;
      if (t < term) lo = mid + 1;
      else if (t > term) hi = mid;
      else return mid;
    }
    return -1;
  }

  /**
   * Every term within `maxDistance` Levenshtein edits of `query` (the query itself included, at distance 0), in
   * term order. A depth-first walk over shared prefixes that keeps one matrix row per prefix character and stops
   * where every cell of the row exceeds the distance (as a radix-tree walk would).
   */
  similar(query: string, maxDistance: number): SimilarTerm[] {
    const results: SimilarTerm[] = [];
    if (this.terms.length === 0) return results;
    const n = query.length + 1;
    // Terms longer than the query by more than maxDistance can never match.
    const m = n + maxDistance;
    const matrix = new Uint8Array(m * n).fill(maxDistance + 1);
    for (let j = 0; j < n; j++) matrix[j] = j;
    for (let i = 1; i < m; i++) matrix[i * n] = Math.min(i, 255);
    const queryCodes = Array.from({ length: query.length }, (_, j) => query.charCodeAt(j));
    const terms = this.terms;

    // Terms in [lo, hi) share their first `depth` characters, whose matrix rows 1..depth are filled.
    const walk = (lo: number, hi: number, depth: number): void => {
      let i = lo;
      if ((terms[i] as string).length === depth) {
        const distance = matrix[depth * n + n - 1] as number;
        if (distance <= maxDistance) results.push({ term: terms[i] as string, id: i, distance });
        i++;
      }
      const row = depth + 1;
      while (i < hi) {
        const code = (terms[i] as string).charCodeAt(depth);
        const end = this.groupEnd(i, hi, depth, code);
        if (row < m && fillRow(matrix, queryCodes, n, row, code, maxDistance) <= maxDistance) walk(i, end, row);
        i = end;
      }
    };
    walk(0, terms.length, 0);
    return results;
  }

  /** The first index in (from, hi) whose character at `depth` is past `code` (terms there share the prefix). */
  private groupEnd(from: number, hi: number, depth: number, code: number): number {
    let lo = from + 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.terms[mid] as string).charCodeAt(depth) <= code) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Fills matrix row `row` for the term character `code` within the band of reachable cells; returns the row minimum. */
function fillRow(matrix: Uint8Array, query: readonly number[], n: number, row: number, code: number, maxDistance: number): number {
  const current = n * row;
  const previous = current - n;
  let min = matrix[current] as number;
  const jmin = Math.max(0, row - maxDistance - 1);
  const jmax = Math.min(n - 1, row + maxDistance);
  for (let j = jmin; j < jmax; j++) {
    const replace = (matrix[previous + j] as number) + (code === query[j] ? 0 : 1);
    const remove = (matrix[previous + j + 1] as number) + 1;
    const insert = (matrix[current + j] as number) + 1;
    const distance = Math.min(replace, remove, insert);
    matrix[current + j + 1] = distance;
    if (distance < min) min = distance;
  }
  return min;
}
