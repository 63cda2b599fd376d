// End to end in HTTP mode: `npm start`'s entry point with GATEWAY=off, HTTP_PORT and DISCORD_PUBLIC_KEY, receiving
// interactions as signed POSTs from the emulator acting as Discord; /healthz and /metrics on the same port.
import { COMMANDS } from '../../commands/index.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../support/discord/emulator.ts';
import { stringOption } from '../support/discord/payloads.ts';
import { TEST_TOKEN } from '../support/bot.ts';
import { appKeys, freePort, ping } from '../support/http.ts';
import { by, citationsOf, embedOf, expectWellBehaved, newUser, responseMessage } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('GATEWAY=off: HTTP interactions only', () => {
  const keys = appKeys();
  let emulator: DiscordEmulator;
  let bot: ChildProcess;
  let output = '';
  let base = '';
  let endpoint = '';
  const healthStatuses: number[] = [];

  beforeAll(async () => {
    emulator = await DiscordEmulator.start({ token: TEST_TOKEN });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    endpoint = `${base}/interactions`;
    bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_APPLICATION_ID: emulator.scene.application.id,
        DISCORD_GUILD_ID: emulator.scene.guild.id,
        DISCORD_API_URL: emulator.apiBase,
        DISCORD_PUBLIC_KEY: keys.publicHex,
        HTTP_PORT: String(port),
        GATEWAY: 'off',
        CORPUS_DIR: 'data',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    bot.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    bot.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const status = await fetch(`${base}/healthz`).then(
        (r) => r.status,
        () => 0,
      );
      if (status !== 0) healthStatuses.push(status);
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }, 40_000);
  afterAll(async () => {
    if (bot !== undefined && bot.exitCode === null) {
      bot.kill('SIGKILL');
      await once(bot, 'exit');
    }
    await emulator?.close();
  });

  it('reports healthy once the corpus is loaded, without any gateway connection', async () => {
    expect(healthStatuses.at(-1), output).toBe(200);
    // Every answer before the last was "starting".
    expect(healthStatuses.slice(0, -1).every((status) => status === 503)).toBe(true);
    const health = await (await fetch(`${base}/healthz`)).json();
    expect(health).toEqual({
      status: 'ok',
      ready: true,
      corpus: { articles: 5, passages: 47 },
      gateway: 'off',
      waitingFor: [],
    });
    expect(emulator.identifies).toEqual([]);
  });

  it('registers the commands over REST, as a gateway bot does on ready', async () => {
    await emulator.waitFor((r) => r.route === 'PUT /applications/:applicationId/guilds/:guildId/commands', 5000);
    expect(emulator.guildCommands()).toHaveLength(COMMANDS.length);
  });

  it('answers a signed PING with PONG', async () => {
    const answer = await emulator.postInteraction(endpoint, ping(emulator.scene.application.id), {
      privateKey: keys.privateKey,
    });
    expect([answer.status, answer.body]).toEqual([200, { type: 1 }]);
  });

  it('answers 401 to a missing, bad or stale signature, and 413 to an oversized body', async () => {
    const payload = ping(emulator.scene.application.id);
    const missing = await emulator.postInteraction(endpoint, payload, { privateKey: keys.privateKey, signature: null });
    const forged = await emulator.postInteraction(endpoint, payload, { privateKey: appKeys().privateKey });
    const stale = await emulator.postInteraction(endpoint, payload, {
      privateKey: keys.privateKey,
      timestamp: String(Math.floor(Date.now() / 1000) - 6 * 60),
    });
    const tampered = await emulator.postInteraction(endpoint, payload, {
      privateKey: keys.privateKey,
      body: JSON.stringify({ ...payload, id: '1' }),
    });
    expect([missing.status, forged.status, stale.status, tampered.status]).toEqual([401, 401, 401, 401]);
    const huge = await emulator.postInteraction(endpoint, payload, {
      privateKey: keys.privateKey,
      body: 'x'.repeat(300 * 1024),
    });
    expect(huge.status).toBe(413);
  });

  it('answers a signed /ask with cited excerpts in the HTTP response', async () => {
    const interaction = by(
      newUser('http-reader'),
      emulator.build.chatInput('ask', [stringOption('question', 'What did Rasmussen say about Russia?')]),
    );
    const answer = await emulator.postInteraction(endpoint, interaction, { privateKey: keys.privateKey });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ type: 4 });
    const cited = citationsOf(embedOf(responseMessage(emulator, interaction.id)).description ?? '');
    expect(cited.length).toBeGreaterThan(0);
    const quoted = by(
      newUser('http-quoter'),
      emulator.build.chatInput('quote', [stringOption('speaker', 'Rasmussen')]),
    );
    expect((await emulator.postInteraction(endpoint, quoted, { privateKey: keys.privateKey })).status).toBe(200);
    expectWellBehaved(emulator);
  });

  it('counts the interactions just made in /metrics', async () => {
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/u);
    const text = await response.text();
    expect(text).toContain('archivist_interactions_total{kind="command",command="ask",outcome="answer"} 1\n');
    expect(text).toMatch(/archivist_interactions_total\{kind="command",command="quote",outcome="(answer|info)"\} 1\n/u);
    expect(text).toContain('archivist_interaction_duration_seconds_count{kind="command",command="ask"} 1\n');
    expect(text).toContain('archivist_corpus_articles 5\n');
    expect(text).toContain('archivist_corpus_passages 47\n');
    expect(text).not.toContain('archivist_shard_ready{');
  });

  it('stops cleanly on SIGTERM', async () => {
    bot.kill('SIGTERM');
    const [code] = (await once(bot, 'exit')) as [number | null];
    expect(code, output).toBe(0);
    expect(output).toContain('SIGTERM: stopping');
    expect(output).not.toContain(TEST_TOKEN);
  });
});
