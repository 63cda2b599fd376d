// End to end: `npm run start:sharded` (discord.js's ShardingManager) runs one bot process per shard; with Discord
// recommending two, each guild's interactions are answered exactly once, by the process owning the guild's shard.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator, shardFor } from '../support/discord/emulator.ts';
import { stringOption } from '../support/discord/payloads.ts';
import { TEST_TOKEN } from '../support/bot.ts';
import { by, CALLBACK, EDIT_ORIGINAL, embedOf, newUser, requestsFor, responseMessage } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run start:sharded with two shards', () => {
  let emulator: DiscordEmulator;
  let manager: ChildProcess;
  let output = '';

  beforeAll(async () => {
    emulator = await DiscordEmulator.start({ token: TEST_TOKEN, shards: 2, guilds: 2 });
    manager = spawn(process.execPath, ['--import', 'tsx', 'src/sharded.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_APPLICATION_ID: emulator.scene.application.id,
        DISCORD_GUILD_ID: emulator.scene.guild.id,
        DISCORD_API_URL: emulator.apiBase,
        CORPUS_DIR: 'data',
        LOG_LEVEL: 'info',
        SHARD_COUNT: 'auto',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    manager.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    manager.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const deadline = Date.now() + 50_000;
    while (!output.includes('all 2 shards are running') && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
  }, 60_000);
  afterAll(async () => {
    if (manager !== undefined && manager.exitCode === null) {
      manager.kill('SIGKILL');
      await once(manager, 'exit');
    }
    await emulator?.close();
  });

  it('starts one process per shard, each identifying as its own shard', () => {
    expect(output).toContain('all 2 shards are running');
    expect(emulator.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('answers each guild’s interaction exactly once, from the shard owning the guild', async () => {
    for (const guild of emulator.guilds) {
      const payload = emulator.inGuild(
        by(
          newUser('sharded'),
          emulator.build.chatInput('ask', [stringOption('question', 'What did Rasmussen say about Russia?')]),
        ),
        guild,
      );
      const state = await emulator.sendInteraction(payload);
      await emulator.waitFor(
        (r) =>
          r.interactionId === state.id &&
          r.status < 300 &&
          (r.route === EDIT_ORIGINAL || (r.route === CALLBACK && (r.body as { type?: number }).type === 4)),
        10_000,
      );
      const delivered = emulator.deliveries.filter((d) => d.t === 'INTERACTION_CREATE' && d.guildId === guild.id);
      expect(delivered.map((d) => d.shard[0])).toEqual([shardFor(guild.id, 2)]);
      expect(requestsFor(emulator, state.id).filter((r) => r.route === CALLBACK)).toHaveLength(1);
      expect(embedOf(responseMessage(emulator, state.id)).description?.length ?? 0).toBeGreaterThan(0);
    }
    // Only the process holding shard 0 registers the commands.
    expect(
      emulator.requests.filter((r) => r.route === 'GET /applications/:applicationId/guilds/:guildId/commands'),
    ).toHaveLength(1);
    expect(emulator.violations).toEqual([]);
  });

  it('stops the shard processes when the manager is stopped', async () => {
    manager.kill('SIGTERM');
    const [code] = (await once(manager, 'exit')) as [number | null];
    expect(code).toBe(0);
    // Each shard process notices its parent is gone and disconnects (it checks every 0.5 s).
    const connected = () =>
      emulator.waitForReady(1).then(
        () => true,
        () => false,
      );
    const deadline = Date.now() + 8000;
    while ((await connected()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(
      await emulator.waitForReady(1).then(
        () => 'connected',
        () => 'none',
      ),
    ).toBe('none');
  });
});
