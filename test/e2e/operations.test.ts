// End to end, in process: /healthz goes from 503 to 200 as the corpus loads and the gateway shard becomes ready,
// /metrics counts gateway interactions and shows shard states, and in HTTP mode a slow answer is deferred in the
// HTTP response and delivered through the interaction's webhook.
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, MENTION_ROUTE } from '../../commands/index.ts';
import { CHAT_INPUT, defineCommand, register } from '../../commands/types.ts';
import { z } from 'zod';
import { shardStates } from '../../src/discord/client.ts';
import { createMetrics } from '../../src/http/metrics.ts';
import { startHttpServer, type HttpServer } from '../../src/http/server.ts';
import { healthSources, serviceRoutes, type ServingState } from '../../src/http/service.ts';
import { publicKeyFromHex } from '../../src/http/verify.ts';
import { infoReply } from '../../src/reply/model.ts';
import { observeRouter } from '../../src/router/observe.ts';
import { createRouter } from '../../src/router/router.ts';
import { stringOption } from '../support/discord/payloads.ts';
import { recordingLogger, startBotHarness, type BotHarness } from '../support/bot.ts';
import { appKeys } from '../support/http.ts';
import { by, CALLBACK, EDIT_ORIGINAL, embedOf, newUser, requestsFor, responseMessage } from './helpers.ts';

describe('health and metrics next to the gateway', () => {
  const state: ServingState = { router: null, corpus: null, shards: () => [] };
  const metrics = createMetrics(healthSources(state), { defaultMetrics: false });
  const logger = recordingLogger();
  let server: HttpServer;
  let h: BotHarness;
  const get = async (path: string) => fetch(`http://127.0.0.1:${server.port}${path}`);

  beforeAll(async () => {
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      logger,
      routes: serviceRoutes({ state, metrics, logger }),
    });
  });
  afterAll(async () => {
    await h?.stop();
    await server?.close();
  });

  it('answers 503 until the corpus is loaded and the shard is ready, then 200', async () => {
    const before = await get('/healthz');
    expect([before.status, await before.json()]).toEqual([
      503,
      { status: 'starting', ready: false, corpus: null, gateway: { shards: [] }, waitingFor: ['corpus', 'gateway'] },
    ]);
    h = await startBotHarness();
    state.corpus = () => ({ articles: h.deps.corpus.articles.length, passages: h.deps.corpus.passages.length });
    expect((await get('/healthz')).status).toBe(503);
    state.shards = () => shardStates(h.bot.client);
    const after = await get('/healthz');
    expect([after.status, await after.json()]).toEqual([
      200,
      {
        status: 'ok',
        ready: true,
        corpus: { articles: 5, passages: 47 },
        gateway: { shards: [{ id: 0, status: 'ready' }] },
        waitingFor: [],
      },
    ]);
  });

  it('counts the gateway interactions just made, by command and outcome, and shows the shard', async () => {
    const inner = { handle: h.router.handle.bind(h.router) };
    const observed = observeRouter(inner, {
      commands: COMMANDS.map((c) => c.definition.name),
      mentionCommand: MENTION_ROUTE.command,
      observe: (handled) => metrics.observe(handled),
    });
    // The harness's router, observed as main.ts observes it.
    h.router.handle = observed.handle.bind(observed);
    for (const question of ['What did Rasmussen say about Russia?', 'Who proposed the plan?']) {
      const sent = await h.emulator.sendInteraction(
        by(newUser('m'), h.emulator.build.chatInput('ask', [stringOption('question', question)])),
      );
      await h.emulator.waitForCallback(sent.id);
    }
    const help = await h.emulator.sendInteraction(by(newUser('m2'), h.emulator.build.chatInput('help')));
    await h.emulator.waitForCallback(help.id);
    const text = await (await get('/metrics')).text();
    const asks = [
      ...text.matchAll(/^archivist_interactions_total\{kind="command",command="ask",outcome="(\w+)"\} (\d+)$/gmu),
    ];
    expect(asks.reduce((sum, m) => sum + Number(m[2]), 0)).toBe(2);
    expect(text).toContain('archivist_interactions_total{kind="command",command="help",outcome="info"} 1\n');
    expect(text).toContain('archivist_interaction_duration_seconds_count{kind="command",command="ask"} 2\n');
    expect(text).toContain('archivist_shard_ready{shard="0",status="ready"} 1\n');
    expect(text).toContain('archivist_corpus_passages 47\n');
  });
});

describe('HTTP mode: a slow answer', () => {
  it('is deferred in the HTTP response and then filled in through the webhook', async () => {
    const keys = appKeys();
    const logger = recordingLogger();
    const slow = defineCommand({
      type: CHAT_INPUT,
      name: 'slow',
      description: 'Answers after a while',
      schema: z.object({}),
      options: {},
      run: async () => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        return infoReply(['Done at last.']);
      },
    });
    const commands = [register(slow)];
    const h = await startBotHarness({ commands, deploy: false });
    const router = createRouter({ commands, deps: h.deps, logger, deferAfterMs: 20 });
    const state: ServingState = { router, corpus: () => ({ articles: 0, passages: 0 }), shards: null };
    const metrics = createMetrics(healthSources(state), { defaultMetrics: false });
    const rest = new REST({ api: h.emulator.apiBase });
    const server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      logger,
      routes: serviceRoutes({
        state,
        metrics,
        logger,
        interactions: { publicKey: publicKeyFromHex(keys.publicHex), rest },
      }),
    });
    try {
      const interaction = h.emulator.build.chatInput('slow');
      const answer = await h.emulator.postInteraction(`http://127.0.0.1:${server.port}/interactions`, interaction, {
        privateKey: keys.privateKey,
      });
      expect([answer.status, answer.body]).toEqual([200, { type: 5, data: {} }]);
      await h.emulator.waitFor(
        (r) => r.route === EDIT_ORIGINAL && r.interactionId === interaction.id && r.status === 200,
      );
      expect(requestsFor(h.emulator, interaction.id).map((r) => [r.route, r.status])).toEqual([
        [CALLBACK, 204],
        [EDIT_ORIGINAL, 200],
      ]);
      expect(embedOf(responseMessage(h.emulator, interaction.id)).description).toContain('Done at last.');
      expect(logger.errors()).toEqual([]);
    } finally {
      await server.close();
      await h.stop();
    }
  });
});
