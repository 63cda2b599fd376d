// The routes the bot serves over HTTP, over a state filled in as start-up proceeds: /healthz and /metrics always
// (with HTTP_PORT), POST /interactions when DISCORD_PUBLIC_KEY is set. Interactions get 503 until the router exists.
import type { KeyObject } from 'node:crypto';
import type { REST } from 'discord.js';
import { interactionEndpoint } from '../discord/httpInteractions.ts';
import type { Logger } from '../log/logger.ts';
import type { Router } from '../router/router.ts';
import { healthAnswer, type HealthSources, type ShardState } from './health.ts';
import type { Metrics } from './metrics.ts';
import { json, type HttpRoutes } from './server.ts';

/** Metrics that count nothing, for a bot without HTTP_PORT: prom-client (~0.1–0.25 s to import) is then not loaded. */
export const NO_METRICS: Metrics = {
  observe() {},
  countingLogger: (logger) => logger,
  answer: async () => json(404, { error: 'metrics need HTTP_PORT' }),
};

/** Under `npm run start:sharded` each process serves HTTP on HTTP_PORT + its first shard id, so they do not collide. */
export function httpPort(port: number, shards: string | undefined): number {
  const first = shards === undefined ? undefined : /\d+/u.exec(shards)?.[0];
  return first === undefined ? port : port + Number(first);
}

export interface CorpusCounts {
  articles: number;
  passages: number;
}

/** What start-up has produced so far. */
export interface ServingState {
  router: Router | null;
  /**
   * The counts of the corpus being answered from, asked at each /healthz and /metrics request (so a live swap shows at
   * once); null until the corpus is loaded.
   */
  corpus: (() => CorpusCounts) | null;
  /** The gateway's shard states; null when GATEWAY=off, empty until the client exists. */
  shards: (() => readonly ShardState[]) | null;
}

export function healthSources(state: ServingState): HealthSources {
  return {
    corpus: () => (state.corpus === null ? null : state.corpus()),
    shards: () => (state.shards === null ? null : state.shards()),
  };
}

export function serviceRoutes(options: {
  state: ServingState;
  metrics: Metrics;
  logger: Logger;
  interactions?: { publicKey: KeyObject; rest: REST; now?: () => number };
}): HttpRoutes {
  const { state, metrics, logger } = options;
  const routes: HttpRoutes = {
    'GET /healthz': () => healthAnswer(healthSources(state)),
    'GET /metrics': () => metrics.answer(),
  };
  if (options.interactions !== undefined) {
    const router: Router = {
      handle: (event, responder) => {
        if (state.router === null) throw new Error('no router yet');
        return state.router.handle(event, responder);
      },
    };
    const endpoint = interactionEndpoint({ ...options.interactions, router, logger });
    routes['POST /interactions'] = (request) =>
      state.router === null ? json(503, { error: 'starting: the corpus is not loaded yet' }) : endpoint(request);
  }
  return routes;
}
