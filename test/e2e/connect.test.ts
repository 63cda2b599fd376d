// End to end: how the bot connects and what it registers — the IDENTIFY it sends and the commands
// `deploy-commands` puts in the guild, as the emulator recorded them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Intents } from '../support/discord/emulator.ts';
import { startBotHarness, TEST_TOKEN, type BotHarness } from '../support/bot.ts';

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
    const authed = h.emulator.requests.filter((r) => !r.route?.includes('/interactions/') && !r.route?.includes('/webhooks/'));
    expect(authed.length).toBeGreaterThan(0);
    for (const request of authed) expect(request.headers['authorization']).toBe(`Bot ${TEST_TOKEN}`);
  });

  it('deploys the five commands to the guild in one bulk overwrite with their option shapes', () => {
    const puts = h.emulator.requests.filter((r) => r.route === 'PUT /applications/:applicationId/guilds/:guildId/commands');
    expect(puts).toHaveLength(1);
    expect(puts[0]?.params).toEqual({ applicationId: h.emulator.scene.application.id, guildId: h.emulator.scene.guild.id });
    expect(puts[0]?.status).toBe(200);
    expect(h.emulator.globalCommands).toEqual([]);
    const body = puts[0]?.body as Record<string, unknown>[];
    expect(body.map((c) => [c['name'], c['type']])).toEqual([
      ['ask', 1],
      ['quote', 1],
      ['sources', 1],
      ['help', 1],
      ['Find sources', 3],
    ]);
    const byName = new Map(body.map((c) => [c['name'], c]));
    expect(byName.get('ask')?.['options']).toEqual([
      { type: 3, name: 'question', description: expect.any(String), required: true, max_length: 300 },
      { type: 5, name: 'private', description: expect.any(String) },
    ]);
    expect(byName.get('quote')?.['options']).toEqual([
      { type: 3, name: 'speaker', description: expect.any(String), required: true, autocomplete: true, max_length: 100 },
      { type: 3, name: 'about', description: expect.any(String), max_length: 100 },
    ]);
    expect(byName.get('sources')?.['options']).toBeUndefined();
    expect(byName.get('help')?.['options']).toBeUndefined();
    // Message commands take neither a description nor options.
    expect(byName.get('Find sources')).toEqual({ name: 'Find sources', type: 3 });
    for (const name of ['ask', 'quote', 'sources', 'help']) {
      const description = byName.get(name)?.['description'];
      expect(typeof description === 'string' && description.length >= 1 && description.length <= 100, name).toBe(true);
    }
    expect(h.emulator.guildCommands()).toHaveLength(5);
  });

  it('makes no request Discord would reject and calls no unknown route while connecting', () => {
    expect(h.emulator.violations).toEqual([]);
    expect(h.emulator.unknownRoutes).toEqual([]);
    expect(h.logs?.errors()).toEqual([]);
  });
});
