// GET /metrics: Prometheus text from prom-client. Interactions by command and outcome, their latency, problems
// logged, corpus size and gateway shard states, plus prom-client's default process metrics (RSS, event loop lag).
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from '../log/logger.ts';
import type { Handled } from '../router/observe.ts';
import type { HealthSources } from './health.ts';
import type { HttpAnswer } from './server.ts';

/** From a cached autocomplete (a few ms) to a deferred answer near Discord's 3 s and beyond. */
export const LATENCY_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface Metrics {
  observe(handled: Handled): void;
  /** The logger, counting each warning and error it passes on. */
  countingLogger(logger: Logger): Logger;
  answer(): Promise<HttpAnswer>;
}

export function createMetrics(sources: HealthSources, options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'archivist_' });
  const interactions = new Counter({
    name: 'archivist_interactions_total',
    help: 'Events handled (commands, autocomplete, paging buttons, mentions), by command and outcome',
    labelNames: ['kind', 'command', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'archivist_interaction_duration_seconds',
    help: 'Time from receiving an event to the last reply sent for it',
    labelNames: ['kind', 'command'] as const,
    buckets: LATENCY_BUCKETS_S,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'archivist_errors_total',
    help: 'Problems logged, by level (failed requests, lost replies, gateway trouble)',
    labelNames: ['level'] as const,
    registers: [registry],
  });
  const corpus = (name: string, help: string, pick: (c: { articles: number; passages: number }) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const counts = sources.corpus();
        this.set(counts === null ? 0 : pick(counts));
      },
    });
  corpus('archivist_corpus_articles', 'Articles in the loaded corpus', (c) => c.articles);
  corpus('archivist_corpus_passages', 'Passages in the loaded corpus', (c) => c.passages);
  new Gauge({
    name: 'archivist_shard_ready',
    help: 'Whether each gateway shard is ready (1) or not (0); absent when the gateway is off',
    labelNames: ['shard', 'status'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const shard of sources.shards() ?? [])
        this.set({ shard: String(shard.id), status: shard.status }, shard.status === 'ready' ? 1 : 0);
    },
  });
  // Zero series for both levels, so a rate() over them works before the first problem.
  errors.inc({ level: 'warn' }, 0);
  errors.inc({ level: 'error' }, 0);
  return {
    observe(handled) {
      interactions.inc({ kind: handled.kind, command: handled.command, outcome: handled.outcome });
      latency.observe({ kind: handled.kind, command: handled.command }, handled.seconds);
    },
    countingLogger(logger) {
      return {
        debug: (message) => logger.debug(message),
        info: (message) => logger.info(message),
        warn: (message) => {
          errors.inc({ level: 'warn' });
          logger.warn(message);
        },
        error: (message) => {
          errors.inc({ level: 'error' });
          logger.error(message);
        },
      };
    },
    async answer() {
      return { status: 200, contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
