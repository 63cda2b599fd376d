// End to end with two internal shards (SHARD_COUNT=auto, Discord recommending 2): each shard identifies with its
// own [id, 2], each guild's interactions reach only the shard owning it, and each is answered exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardStates } from '../../src/discord/client.ts';
import { shardFor } from '../support/discord/emulator.ts';
import { stringOption } from '../support/discord/payloads.ts';
import { startBotHarness, type BotHarness } from '../support/bot.ts';
import {
  by,
  CALLBACK,
  EDIT_ORIGINAL,
  embedOf,
  expectWellBehaved,
  newUser,
  requestsFor,
  responseMessage,
} from './helpers.ts';

describe('two shards in one process', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ shards: 'auto', emulator: { shards: 2, guilds: 2 } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('follows Discord’s recommendation: two shards identify, one per shard id, both ready', () => {
    expect(h.emulator.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(shardStates(h.bot.client)).toEqual([
      { id: 0, status: 'ready' },
      { id: 1, status: 'ready' },
    ]);
    // Each guild is on a different shard, and the client knows both.
    expect(h.emulator.guilds.map((g) => shardFor(g.id, 2)).sort()).toEqual([0, 1]);
    expect(h.emulator.guilds.map((g) => h.bot.client.guilds.cache.get(g.id)?.shardId)).toEqual(
      h.emulator.guilds.map((g) => shardFor(g.id, 2)),
    );
  });

  it('answers each guild’s interactions exactly once, delivered only to the shard owning the guild', async () => {
    const sent = [];
    for (const guild of h.emulator.guilds) {
      for (const question of ['What did Rasmussen say about Russia?', 'Who proposed the plan?']) {
        const payload = h.emulator.inGuild(
          by(newUser('sharded'), h.emulator.build.chatInput('ask', [stringOption('question', question)])),
          guild,
        );
        sent.push({ guild, state: await h.emulator.sendInteraction(payload) });
      }
      const quote = h.emulator.inGuild(
        by(newUser('sharded-q'), h.emulator.build.chatInput('quote', [stringOption('speaker', 'Rasmussen')])),
        guild,
      );
      sent.push({ guild, state: await h.emulator.sendInteraction(quote) });
    }
    for (const { guild, state } of sent) {
      // Answered: a reply callback, or (when the answer was slow and deferred) the edit that fills it in.
      await h.emulator.waitFor(
        (r) =>
          r.interactionId === state.id &&
          r.status < 300 &&
          (r.route === EDIT_ORIGINAL || (r.route === CALLBACK && (r.body as { type?: number }).type === 4)),
        10_000,
      );
      const deliveries = h.emulator.deliveries.filter((d) => d.t === 'INTERACTION_CREATE' && d.guildId === guild.id);
      expect(new Set(deliveries.map((d) => d.shard[0]))).toEqual(new Set([shardFor(guild.id, 2)]));
      expect(requestsFor(h.emulator, state.id).filter((r) => r.route === CALLBACK)).toHaveLength(1);
      expect(embedOf(responseMessage(h.emulator, state.id)).description?.length ?? 0).toBeGreaterThan(0);
    }
    // One delivery per interaction sent: no interaction reached both shards.
    expect(h.emulator.deliveries.filter((d) => d.t === 'INTERACTION_CREATE')).toHaveLength(sent.length);
    expectWellBehaved(h.emulator);
    expect(h.logs?.errors()).toEqual([]);
  });
});
