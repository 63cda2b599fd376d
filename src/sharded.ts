// Entry point (`npm run start:sharded`): discord.js's ShardingManager runs src/main.ts once per shard, each in its
// own process, for bots past what one process serves. SHARD_COUNT: 'auto' (Discord's recommendation) or a count.
import { REST, Routes, ShardingManager } from 'discord.js';
import { configFromEnvironment } from './config/environment.ts';
import { fileURLToPath } from 'node:url';

/** Discord allows one IDENTIFY per 5 s per concurrency bucket; the manager spaces process starts by this much. */
const SPAWN_DELAY_MS = 5500;

async function recommendedShards(token: string, apiUrl: string | undefined): Promise<number> {
  // The manager's own 'auto' asks discord.com directly; this honours DISCORD_API_URL (a proxy, or tests).
  const rest = new REST(apiUrl === undefined ? {} : { api: apiUrl }).setToken(token);
  const answer: unknown = await rest.get(Routes.gatewayBot());
  const shards = typeof answer === 'object' && answer !== null && 'shards' in answer ? answer.shards : undefined;
  if (typeof shards !== 'number' || !Number.isInteger(shards) || shards < 1)
    throw new Error('GET /gateway/bot gave no shard count');
  return shards;
}

async function main(): Promise<number> {
  const config = configFromEnvironment();
  if (config === null) return 1;
  if (config.DISCORD_TOKEN === undefined || config.GATEWAY === 'off') {
    process.stderr.write(
      'start:sharded needs DISCORD_TOKEN and the gateway (GATEWAY=on): shards are gateway connections.\n',
    );
    return 1;
  }
  const totalShards =
    config.SHARD_COUNT === 'auto'
      ? await recommendedShards(config.DISCORD_TOKEN, config.DISCORD_API_URL)
      : config.SHARD_COUNT;
  const manager = new ShardingManager(fileURLToPath(new URL('./main.ts', import.meta.url)), {
    token: config.DISCORD_TOKEN,
    totalShards,
    mode: 'process',
    execArgv: ['--import', 'tsx'],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => process.stderr.write(`shard ${shard.id} of ${totalShards}: starting\n`));
  await manager.spawn({ amount: totalShards, delay: SPAWN_DELAY_MS });
  process.stderr.write(`all ${totalShards} shards are running\n`);
  // The shard processes stop on their own when this one ends (each watches its parent), so a signal just ends it.
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
    if (code === 0) process.exit(0);
  },
  (error: unknown) => {
    process.stderr.write(
      `archivist (sharded) failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
    process.exit(1);
  },
);
