// Latency summaries: nearest-rank percentiles over measured samples, in milliseconds.

export interface Latency {
  n: number;
  /** Share of the timed runs whose `run` returned 0 (no hit), when it returns a count. */
  emptyShare?: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

export function summarise(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.length === 0 ? Number.NaN : sum / sorted.length,
  };
}

/**
 * Times `run` once per query, cycling through `queries` until `minRuns` runs are done (and at least one pass), or
 * `budgetMs` has passed after at least `floorRuns` runs: slow baselines get fewer samples instead of stalling the run.
 * A first warm-up pass over up to 50 queries is not counted (JIT).
 */
export function timeQueries<T>(
  queries: readonly T[],
  run: (q: T) => unknown,
  opts: { minRuns: number; budgetMs?: number; floorRuns?: number; warmup?: number },
): Latency {
  if (queries.length === 0) return summarise([]);
  const warmup = Math.min(opts.warmup ?? 50, queries.length);
  const warmStart = performance.now();
  for (let i = 0; i < warmup; i++) {
    run(queries[i] as T);
    // Slow engines (seconds a query on 1M passages) warm up for at most a quarter of their budget.
    if (opts.budgetMs !== undefined && performance.now() - warmStart > opts.budgetMs / 4) break;
  }
  const samples: number[] = [];
  let empty = 0;
  let counted = 0;
  const started = performance.now();
  const target = Math.max(opts.minRuns, queries.length);
  for (let i = 0; i < target; i++) {
    const q = queries[i % queries.length] as T;
    const t0 = performance.now();
    const result = run(q);
    samples.push(performance.now() - t0);
    if (typeof result === 'number') {
      counted++;
      if (result === 0) empty++;
    }
    if (
      opts.budgetMs !== undefined &&
      samples.length >= (opts.floorRuns ?? 100) &&
      performance.now() - started > opts.budgetMs
    )
      break;
  }
  const latency = summarise(samples);
  return counted > 0 ? { ...latency, emptyShare: empty / counted } : latency;
}
