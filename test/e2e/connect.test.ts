// End to end: how the bot connects and what it registers — the IDENTIFY it sends and the commands
// `deploy-commands` puts in the guild, as the emulator recorded them.
import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import type { Deps } from '../../commands/types.ts';
import { startDiscordBot } from '../../src/discord/client.ts';
import { createRouter } from '../../src/router/router.ts';
import { DiscordEmulator, Intents } from '../support/discord/emulator.ts';
import { stringOption } from '../support/discord/payloads.ts';
import { recordingLogger, startBotHarness, TEST_TOKEN, type BotHarness } from '../support/bot.ts';
import { by, embedOf, newUser, responseMessage } from './helpers.ts';

const PRIVILEGED = Intents.GuildMembers | Intents.GuildPresences | Intents.MessageContent;

describe('connecting and deploying commands', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('identifies once with exactly Guilds and GuildMessages, and no privileged intent', () => {
    expect(h.emulator.identifies).toHaveLength(1);
    const identify = h.emulator.identifies[0];
    expect(identify?.intents).toBe(Intents.Guilds | Intents.GuildMessages);
    expect((identify?.intents ?? 0) & PRIVILEGED).toBe(0);
    expect(identify?.token).toBe(TEST_TOKEN);
    expect(h.bot.client.user?.id).toBe(h.emulator.scene.botUser.id);
  });

  it('authenticates every REST call that needs it with the bot token', () => {
    const authed = h.emulator.requests.filter(
      (r) => !r.route?.includes('/interactions/') && !r.route?.includes('/webhooks/'),
    );
    expect(authed.length).toBeGreaterThan(0);
    for (const request of authed) expect(request.headers.authorization).toBe(`Bot ${TEST_TOKEN}`);
  });

  it('deploys the six commands to the guild in one bulk overwrite with their option shapes', () => {
    const puts = h.emulator.requests.filter(
      (r) => r.route === 'PUT /applications/:applicationId/guilds/:guildId/commands',
    );
    expect(puts).toHaveLength(1);
    expect(puts[0]?.params).toEqual({
      applicationId: h.emulator.scene.application.id,
      guildId: h.emulator.scene.guild.id,
    });
    expect(puts[0]?.status).toBe(200);
    expect(h.emulator.globalCommands).toEqual([]);
    const body = puts[0]?.body as Record<string, unknown>[];
    expect(body.map((c) => [c.name, c.type])).toEqual([
      ['ask', 1],
      ['quote', 1],
      ['sources', 1],
      ['help', 1],
      ['Find sources', 3],
      ['archive', 1],
    ]);
    const byName = new Map(body.map((c) => [c.name, c]));
    expect(byName.get('ask')?.options).toEqual([
      { type: 3, name: 'question', description: expect.any(String), required: true, max_length: 300 },
      { type: 5, name: 'private', description: expect.any(String) },
    ]);
    expect(byName.get('quote')?.options).toEqual([
      {
        type: 3,
        name: 'speaker',
        description: expect.any(String),
        required: true,
        autocomplete: true,
        max_length: 100,
      },
      { type: 3, name: 'about', description: expect.any(String), max_length: 40 },
    ]);
    expect(byName.get('sources')?.options).toBeUndefined();
    expect(byName.get('help')?.options).toBeUndefined();
    // Message commands take neither a description nor options.
    expect(byName.get('Find sources')).toEqual({ name: 'Find sources', type: 3 });
    // Moderators only (Manage Server); two subcommands, the first taking an attachment.
    expect(byName.get('archive')?.default_member_permissions).toBe('32');
    expect(
      (
        (byName.get('archive')?.options ?? []) as {
          type: number;
          name: string;
          options: { type: number; name: string }[];
        }[]
      ).map((o) => [o.type, o.name, o.options.map((p) => `${p.type}:${p.name}`)]),
    ).toEqual([
      [1, 'add', ['11:file', '3:url', '3:outlet', '3:title', '3:published']],
      [1, 'remove', ['3:url']],
    ]);
    for (const name of ['ask', 'quote', 'sources', 'help']) {
      const description = byName.get(name)?.description;
      expect(typeof description === 'string' && description.length >= 1 && description.length <= 100, name).toBe(true);
    }
    expect(h.emulator.guildCommands()).toHaveLength(6);
  });

  it('resumes after the gateway drops and answers the next command', async () => {
    const resumed = new Promise((resolve) => h.bot.client.once(Events.ShardResume, resolve));
    h.emulator.dropGateway(4000);
    await resumed;
    expect(h.emulator.resumes).toBe(1);
    expect(h.emulator.identifies).toHaveLength(1);
    const sent = await h.emulator.sendInteraction(
      by(newUser('after'), h.emulator.build.chatInput('quote', [stringOption('speaker', 'Rasmussen')])),
    );
    await h.emulator.waitForCallback(sent.id);
    expect(embedOf(responseMessage(h.emulator, sent.id)).title).toBe('Anders Fogh Rasmussen');
  });

  it('makes no request Discord would reject and calls no unknown route while connecting', () => {
    expect(h.emulator.violations).toEqual([]);
    expect(h.emulator.unknownRoutes).toEqual([]);
    expect(h.logs?.errors()).toEqual([]);
  });
});

describe('starting with a wrong token', () => {
  it('rejects with Discord’s reason instead of hanging', async () => {
    const emulator = await DiscordEmulator.start({ token: TEST_TOKEN });
    try {
      const logger = recordingLogger();
      // Login fails before the router is ever used, so it needs no corpus.
      const router = createRouter({ commands: COMMANDS, deps: {} as Deps, logger });
      await expect(
        startDiscordBot({ token: `${TEST_TOKEN}x`, apiUrl: emulator.apiBase, router, logger }),
      ).rejects.toThrow('An invalid token was provided.');
      expect(emulator.identifies).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});
