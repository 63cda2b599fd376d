// GET /healthz: ready (200) once the corpus is loaded and, when the bot uses the gateway, every shard is ready;
// 503 with what is still missing before that (and again if a shard drops), so a load balancer or supervisor waits.
import { json, type HttpAnswer } from './server.ts';

export interface ShardState {
  id: number;
  /** 'ready', or what the shard is doing instead (connecting, resuming, …). */
  status: string;
}

export interface HealthSources {
  /** Counts once the corpus is loaded, else null. */
  corpus(): { articles: number; passages: number } | null;
  /** The gateway shards (empty until the client exists), or null when the bot runs without the gateway. */
  shards(): readonly ShardState[] | null;
}

export interface Health {
  ready: boolean;
  corpus: { articles: number; passages: number } | null;
  gateway: 'off' | { shards: readonly ShardState[] };
  waitingFor: string[];
}

export function checkHealth(sources: HealthSources): Health {
  const corpus = sources.corpus();
  const shards = sources.shards();
  const waitingFor: string[] = [];
  if (corpus === null) waitingFor.push('corpus');
  if (shards !== null) {
    if (shards.length === 0) waitingFor.push('gateway');
    for (const shard of shards) if (shard.status !== 'ready') waitingFor.push(`shard ${shard.id} (${shard.status})`);
  }
  return { ready: waitingFor.length === 0, corpus, gateway: shards === null ? 'off' : { shards }, waitingFor };
}

export function healthAnswer(sources: HealthSources): HttpAnswer {
  const health = checkHealth(sources);
  return json(health.ready ? 200 : 503, { status: health.ready ? 'ok' : 'starting', ...health });
}
