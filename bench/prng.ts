// Deterministic randomness for the benchmark: every generated corpus and query set is a pure function of its seed,
// so two runs (or two machines) measure the same data.

/** A seeded generator of floats in [0, 1): mulberry32, small and fast, good enough for synthetic text. */
export interface Rng {
  next(): number;
  /** An integer in [lo, hi], both ends included. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    chance: (p) => next() < p,
  };
}

/**
 * Draws ranks 0..n-1 with P(rank r) proportional to 1/(r+1+offset)^s (Zipf–Mandelbrot; offset 0 is plain Zipf), by
 * binary search over the cumulative weights. An offset flattens the head, as for content words once stop words are
 * drawn apart.
 */
export function zipfSampler(n: number, s: number, rng: Rng, offset = 0): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    total += 1 / (r + 1 + offset) ** s;
    cumulative[r] = total;
  }
  return () => {
    const target = rng.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
