// Issue 13 row 12: a public deferred answer that turns out private ("nothing found") used to delete the public
// "thinking…" message before sending the private follow-up; with 500s on the follow-up the asker saw nothing at all.
// Now the private follow-up goes first (after the thinking message is filled with a short note, since Discord makes
// the first follow-up after a deferral the deferred message itself), the note is deleted only once it arrived, and
// if it fails the reply is shown in the original message. Real discord.js client against the loopback Discord.
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { NOTHING_FOUND } from '../../commands/ask.ts';
import type { Command } from '../../commands/types.ts';
import { startBotHarness, type BotHarness } from '../support/bot.ts';
import { stringOption } from '../support/discord/payloads.ts';
import {
  by,
  CALLBACK,
  EDIT_ORIGINAL,
  embedOf,
  EPHEMERAL,
  FOLLOW_UP,
  newUser,
  unescapeMarkdown,
} from '../e2e/helpers.ts';

const DELETE_ORIGINAL = 'DELETE /webhooks/:applicationId/:token/messages/:messageId';
const LOADING = 1 << 7;
const UNANSWERABLE = 'What is the best recipe for sourdough bread?';

/** The real command with its answer held back, so the router defers it publicly before it turns out private. */
function heldBack<I>(command: Command<I>, ms: number): Command<I> {
  return {
    ...command,
    run: async (input, deps, context) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return command.run(input, deps, context);
    },
  };
}

async function eventually<T>(probe: () => T | undefined, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('a private reply after a public deferral', () => {
  let h: BotHarness;
  beforeAll(async () => {
    const commands = COMMANDS.map((c) => heldBack(c as Command<unknown>, 60)) as unknown as readonly Command<never>[];
    h = await startBotHarness({ commands, deferAfterMs: 5 });
  });
  afterAll(async () => {
    await h?.stop();
  });

  function requestsWithToken(token: string) {
    return h.emulator.requests.filter((r) => r.url.includes(token));
  }

  it('sends the private note first and deletes the public thinking message only after it arrived', async () => {
    const sent = await h.emulator.sendInteraction(
      by(newUser('a'), h.emulator.build.chatInput('ask', [stringOption('question', UNANSWERABLE)])),
    );
    await eventually(() => requestsWithToken(sent.token).find((r) => r.route === DELETE_ORIGINAL), 5000, 'the delete');
    expect(requestsWithToken(sent.token).map((r) => [r.route, r.status])).toEqual([
      [CALLBACK, 204],
      [EDIT_ORIGINAL, 200],
      [FOLLOW_UP, 200],
      [DELETE_ORIGINAL, 204],
    ]);
    const original = h.emulator.interactions.get(sent.id)?.originalMessageId ?? '';
    expect(h.emulator.messages.has(original)).toBe(false);
    const note = [...h.emulator.messages.values()].find((m) => m.interaction_metadata?.id === sent.id);
    expect((note?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(unescapeMarkdown(embedOf(note as APIMessage).description ?? '')).toContain(NOTHING_FOUND);
    expect(h.emulator.violations).toEqual([]);
  });

  it('shows the reply in the original message when the private follow-up keeps failing with 500', async () => {
    // 1 try + 3 retries of @discordjs/rest, twice: the answer's follow-up and any apology after it both fail.
    h.emulator.failRequests({ method: 'POST', route: '/webhooks/:applicationId/:token', times: 8, status: 500 });
    const sent = await h.emulator.sendInteraction(
      by(newUser('b'), h.emulator.build.chatInput('ask', [stringOption('question', UNANSWERABLE)])),
    );
    const original = await eventually(
      () => {
        const id = h.emulator.interactions.get(sent.id)?.originalMessageId;
        const message = id === null || id === undefined ? undefined : h.emulator.messages.get(id);
        return message !== undefined && unescapeMarkdown(message.embeds[0]?.description ?? '').includes(NOTHING_FOUND)
          ? message
          : undefined;
      },
      8000,
      'the reply in the original message',
    );
    expect((original.flags ?? 0) & LOADING).toBe(0);
    expect(original.embeds[0]?.title).toBe(UNANSWERABLE);
    const followUps = requestsWithToken(sent.token).filter((r) => r.route === FOLLOW_UP);
    expect(followUps.map((r) => r.status)).toEqual([500, 500, 500, 500]);
    expect(requestsWithToken(sent.token).some((r) => r.route === DELETE_ORIGINAL)).toBe(false);
    expect(
      h.logs?.errors().some((line) => line.startsWith(`interaction ${sent.id}: the private follow-up failed`)),
    ).toBe(true);
    expect(h.emulator.violations).toEqual([]);
  }, 20_000);
});
