// End to end: a bot started with a token and no deployed commands registers them itself, once — a restart finds
// Discord's copy equal to its own and does not overwrite it again.
import { COMMANDS } from '../../commands/index.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { stringOption } from '../support/discord/payloads.ts';
import { startBotHarness, TEST_TOKEN, type BotHarness } from '../support/bot.ts';
import { by, embedOf, newUser, responseMessage } from './helpers.ts';

const GUILD_PUT = 'PUT /applications/:applicationId/guilds/:guildId/commands';
const GUILD_GET = 'GET /applications/:applicationId/guilds/:guildId/commands';
const GLOBAL_PUT = 'PUT /applications/:applicationId/commands';
const GLOBAL_GET = 'GET /applications/:applicationId/commands';

describe('the bot registers its commands on ready', () => {
  let h: BotHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('registers the six commands in the guild when none are deployed, and not again on a restart', async () => {
    h = await startBotHarness({ deploy: false });
    const routes = () => h?.emulator.requests.map((r) => r.route).filter((r) => r === GUILD_GET || r === GUILD_PUT);
    expect(routes()).toEqual([GUILD_GET, GUILD_PUT]);
    expect(h.emulator.guildCommands().map((c) => (c as { name: string }).name)).toEqual([
      'ask',
      'quote',
      'sources',
      'help',
      'Find sources',
      'archive',
    ]);
    expect(h.emulator.globalCommands).toEqual([]);
    expect(h.logs?.lines.map((l) => l.message)).toContain(
      `registered ${COMMANDS.length} commands in guild ${h.emulator.scene.guild.id}`,
    );

    await h.restart();
    expect(routes()).toEqual([GUILD_GET, GUILD_PUT, GUILD_GET]);
    expect(h.logs?.lines.map((l) => l.message)).toContain(
      `the ${COMMANDS.length} commands in guild ${h.emulator.scene.guild.id} are up to date`,
    );

    const sent = await h.emulator.sendInteraction(
      by(newUser('first'), h.emulator.build.chatInput('quote', [stringOption('speaker', 'Rasmussen')])),
    );
    await h.emulator.waitForCallback(sent.id);
    expect(embedOf(responseMessage(h.emulator, sent.id)).description?.length ?? 0).toBeGreaterThan(0);
    expect(h.logs?.errors()).toEqual([]);
  });

  it('registers globally without a guild, once across a restart', async () => {
    h = await startBotHarness({ deploy: false, registerIn: 'global' });
    await h.restart();
    const routes = h.emulator.requests.map((r) => r.route).filter((r) => r?.includes('/commands'));
    expect(routes).toEqual([GLOBAL_GET, GLOBAL_PUT, GLOBAL_GET]);
    expect(h.emulator.globalCommands).toHaveLength(COMMANDS.length);
    expect(h.emulator.guildCommands()).toEqual([]);
  });

  it('overwrites commands that differ from its own, and logs a registration failure without stopping', async () => {
    h = await startBotHarness({ deploy: false });
    // Someone deployed an older /help description meanwhile.
    const stale = h.emulator.guildCommands().map((c) => {
      const { id: _id, application_id: _app, version: _v, guild_id: _g, ...rest } = c as Record<string, unknown>;
      return rest.name === 'help' ? { ...rest, description: 'Old text' } : rest;
    });
    const put = await fetch(
      `${h.emulator.apiBase}/v10/applications/${h.emulator.scene.application.id}/guilds/${h.emulator.scene.guild.id}/commands`,
      {
        method: 'PUT',
        headers: { authorization: `Bot ${TEST_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(stale),
      },
    );
    expect(put.status).toBe(200);
    await h.restart();
    const puts = h.emulator.requests.filter((r) => r.route === GUILD_PUT);
    expect(puts).toHaveLength(3);
    expect(
      (h.emulator.guildCommands().find((c) => (c as { name: string }).name === 'help') as { description: string })
        .description,
    ).not.toBe('Old text');

    h.emulator.failRequests({
      method: 'GET',
      route: '/applications/:applicationId/guilds/:guildId/commands',
      times: 4,
    });
    await h.restart();
    expect(h.logs?.errors().at(-1)).toMatch(
      new RegExp(`^could not register the commands in guild ${h.emulator.scene.guild.id}: `, 'u'),
    );
    const sent = await h.emulator.sendInteraction(by(newUser('after'), h.emulator.build.chatInput('help')));
    await h.emulator.waitForCallback(sent.id);
  });
});
