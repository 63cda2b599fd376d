// Issue 13 row 11: "Find sources" on a message of 200 emoji, or on a long question, was refused as "420 characters
// long": the command cut the text to 300 code points, then the check counted UTF-16 units (an emoji is two).
// Lengths are now counted in code points everywhere (as Discord's API counts them), so text the command cut
// itself is never refused, and /ask accepts 300 characters of any kind. Real discord.js client, loopback Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTHING_FOUND } from '../../commands/ask.ts';
import { MAX_QUESTION_LENGTH } from '../../commands/question.ts';
import { startBotHarness, type BotHarness } from '../support/bot.ts';
import { stringOption } from '../support/discord/payloads.ts';
import {
  by,
  citationsOf,
  embedOf,
  expectWellBehaved,
  newUser,
  responseMessage,
  unescapeMarkdown,
} from '../e2e/helpers.ts';

const LOBSTER = '\u{1F99E}';

describe('question length counted the way it is cut', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  /** What holds after every scenario: nothing Discord would reject, nothing that can ping, no error logged. */
  function expectClean(): void {
    expectWellBehaved(h.emulator);
    expect(h.logs?.errors()).toEqual([]);
  }

  async function findSources(content: string) {
    const target = h.emulator.build.userMessage(content, { mentionBot: false });
    const sent = await h.emulator.sendInteraction(
      by(newUser('finder'), h.emulator.build.messageCommand('Find sources', target)),
    );
    await h.emulator.waitForCallback(sent.id);
    return responseMessage(h.emulator, sent.id);
  }

  it('looks up a message of 200 emoji (400 UTF-16 units) instead of refusing it as too long', async () => {
    const message = await findSources(LOBSTER.repeat(200));
    expect(unescapeMarkdown(message.content)).not.toMatch(/characters long/u);
    // Shown in the title cut to Discord's 256, counted in UTF-16 units so it fits however Discord counts.
    const title = embedOf(message).title ?? '';
    expect(title).toMatch(new RegExp(`^(${LOBSTER}){100,127}…$`, 'u'));
    expect(title.length).toBeLessThanOrEqual(256);
    expect(unescapeMarkdown(embedOf(message).description ?? '')).toContain(NOTHING_FOUND);
    expectClean();
  });

  it('answers a long message whose opening, cut to 300 characters, holds emoji', async () => {
    const question = `What did Rasmussen say about Russia? ${`${LOBSTER}${LOBSTER} `.repeat(140)}`;
    expect([...question].length).toBeGreaterThan(MAX_QUESTION_LENGTH);
    const message = await findSources(question);
    expect(unescapeMarkdown(message.content)).not.toMatch(/characters long/u);
    const title = embedOf(message).title ?? '';
    expect(title).toMatch(new RegExp(`^What did Rasmussen say about Russia\\?( ${LOBSTER}${LOBSTER})+…$`, 'u'));
    expect(title.length).toBeLessThanOrEqual(256);
    expect(citationsOf(embedOf(message).description ?? '').length).toBeGreaterThan(0);
    expectClean();
  });

  it('answers /ask with a question of 300 characters, emoji included', async () => {
    const question = `What did Rasmussen say about Russia? ${LOBSTER.repeat(MAX_QUESTION_LENGTH - 37)}`;
    expect([...question].length).toBe(MAX_QUESTION_LENGTH);
    const sent = await h.emulator.sendInteraction(
      by(newUser('asker'), h.emulator.build.chatInput('ask', [stringOption('question', question)])),
    );
    await h.emulator.waitForCallback(sent.id);
    const message = responseMessage(h.emulator, sent.id);
    expect(unescapeMarkdown(message.content)).not.toMatch(/characters long/u);
    expect(embedOf(message).title).toBe('What did Rasmussen say about Russia?…');
    expect(citationsOf(embedOf(message).description ?? '').length).toBeGreaterThan(0);
    expectClean();
  });

  it('still refuses /ask over 300 characters, counting each emoji once', async () => {
    const question = `${LOBSTER.repeat(MAX_QUESTION_LENGTH + 1)}`;
    const sent = await h.emulator.sendInteraction(
      by(newUser('verbose'), h.emulator.build.chatInput('ask', [stringOption('question', question)])),
    );
    await h.emulator.waitForCallback(sent.id);
    expect(unescapeMarkdown(responseMessage(h.emulator, sent.id).content)).toBe(
      `Your question is ${MAX_QUESTION_LENGTH + 1} characters long; please keep it to ${MAX_QUESTION_LENGTH} or fewer.`,
    );
    expectClean();
  });
});
