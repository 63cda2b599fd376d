// End to end: /quote with speaker autocomplete and paging buttons, through the real discord.js client. Paging state
// lives in the button's custom id, so a button still works after the bot restarts with a brand-new client.
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUOTES_PER_PAGE } from '../../commands/quote.ts';
import { findQuotes } from '../../src/quotes/query.ts';
import type { QuoteItem } from '../../src/quotes/result.ts';
import { stringOption, typedOption } from '../support/discord/payloads.ts';
import { startBotHarness, type BotHarness } from '../support/bot.ts';
import {
  buttonsOf,
  by,
  citationsOf,
  embedOf,
  EPHEMERAL,
  expectWellBehaved,
  newUser,
  responseMessage,
  squash,
  unescapeMarkdown,
  type Button,
} from './helpers.ts';

describe('/quote with autocomplete and paging', () => {
  let h: BotHarness;
  let quotes: QuoteItem[];
  let pages: number;

  beforeAll(async () => {
    h = await startBotHarness();
    quotes = findQuotes(h.deps.quotes, { speaker: 'Rasmussen', limit: 200 }).quotes;
    pages = Math.ceil(quotes.length / QUOTES_PER_PAGE);
  });
  afterAll(async () => {
    await h?.stop();
  });

  const reader = newUser('reader');
  let pageOne: APIMessage;

  function pager(message: APIMessage): { previous: Button; page: Button; next: Button } {
    const [previous, page, next] = buttonsOf(message).filter((b) => b.style !== 5);
    if (previous === undefined || page === undefined || next === undefined)
      throw new Error(`no pager on ${message.id}`);
    return { previous, page, next };
  }

  /** The page shows quotes `page*5+1…` verbatim, in the order the quote book gives them, numbered continuously. */
  function expectPage(message: APIMessage, page: number): void {
    const embed = embedOf(message);
    expect(embed.title).toBe('Anders Fogh Rasmussen');
    expect(embed.footer?.text).toBe(`${quotes.length} quotes, newest first · Page ${page + 1} of ${pages}`);
    const shown = citationsOf(embed.description ?? '');
    const expected = quotes.slice(page * QUOTES_PER_PAGE, (page + 1) * QUOTES_PER_PAGE);
    expect(shown.map((c) => c.n)).toEqual(expected.map((_, i) => page * QUOTES_PER_PAGE + i + 1));
    expect(shown.map((c) => squash(c.excerpt))).toEqual(expected.map((q) => squash(q.text)));
    expect(shown.map((c) => c.speaker)).toEqual(expected.map(() => 'Anders Fogh Rasmussen'));
    const { previous, page: label, next } = pager(message);
    expect(label).toMatchObject({ label: `Page ${page + 1} of ${pages}`, disabled: true });
    expect(previous.disabled).toBe(page === 0);
    expect(next.disabled).toBe(page === pages - 1);
    if (page > 0) expect(previous.custom_id).toBe(`quote:${page - 1}:Anders Fogh Rasmussen|`);
    if (page < pages - 1) expect(next.custom_id).toBe(`quote:${page + 1}:Anders Fogh Rasmussen|`);
  }

  async function click(customId: string, message: APIMessage) {
    const sent = await h.emulator.sendInteraction(by(reader, h.emulator.build.button(customId, message)));
    const callback = await h.emulator.waitForCallback(sent.id);
    return { sent, callback };
  }

  it('suggests "Anders Fogh Rasmussen" while "Ras" is typed, within the choice limits', async () => {
    const sent = await h.emulator.sendInteraction(
      by(reader, h.emulator.build.autocomplete('quote', [typedOption('speaker', 'Ras', true)])),
    );
    const callback = await h.emulator.waitForCallback(sent.id);
    const body = callback.body as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(body.type).toBe(8);
    expect(body.data.choices.map((c) => c.value)).toContain('Anders Fogh Rasmussen');
    expect(body.data.choices.length).toBeGreaterThan(0);
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
    for (const choice of body.data.choices) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    // The role tells apart people who share a name: "NAME — role (N quotes)".
    const role = findQuotes(h.deps.quotes, { speaker: 'Rasmussen' }).speaker?.role ?? null;
    expect(role).not.toBe(null);
    expect(body.data.choices.find((c) => c.value === 'Anders Fogh Rasmussen')?.name).toBe(
      `Anders Fogh Rasmussen — ${role ?? ''} (${quotes.length} quotes)`,
    );
  });

  it('suggests speakers before anything is typed', async () => {
    const sent = await h.emulator.sendInteraction(
      by(reader, h.emulator.build.autocomplete('quote', [typedOption('speaker', '', true)])),
    );
    const body = (await h.emulator.waitForCallback(sent.id)).body as { data: { choices: unknown[] } };
    expect(body.data.choices.length).toBeGreaterThan(1);
  });

  it('shows page 1 of the speaker’s quotes publicly with Previous disabled and Next carrying the state', async () => {
    expect(pages).toBeGreaterThan(2);
    const sent = await h.emulator.sendInteraction(
      by(reader, h.emulator.build.chatInput('quote', [stringOption('speaker', 'Rasmussen')])),
    );
    const callback = await h.emulator.waitForCallback(sent.id);
    expect((callback.body as { type: number }).type).toBe(4);
    expect(h.emulator.responseLatency(sent.id)).toBeLessThan(3000);
    pageOne = responseMessage(h.emulator, sent.id);
    expect((pageOne.flags ?? 0) & EPHEMERAL).toBe(0);
    expectPage(pageOne, 0);
    const links = buttonsOf(pageOne).filter((b) => b.style === 5);
    expect(links).toHaveLength(QUOTES_PER_PAGE);
    expect(links.map((b) => b.label)).toEqual(
      citationsOf(embedOf(pageOne).description ?? '').map((c) => `${c.n} · ${c.outlet}`),
    );
  });

  it('updates the same message to page 2 when Next is clicked, and back to page 1 with Previous', async () => {
    const next = await click(pager(pageOne).next.custom_id ?? '', pageOne);
    expect((next.callback.body as { type: number }).type).toBe(7);
    const pageTwo = h.emulator.messages.get(pageOne.id);
    if (pageTwo === undefined) throw new Error('the message disappeared');
    expectPage(pageTwo, 1);
    expect(h.emulator.interactions.get(next.sent.id)?.originalMessageId).toBe(pageOne.id);

    const previous = await click(pager(pageTwo).previous.custom_id ?? '', pageTwo);
    expect((previous.callback.body as { type: number }).type).toBe(7);
    const back = h.emulator.messages.get(pageOne.id);
    if (back === undefined) throw new Error('the message disappeared');
    expectPage(back, 0);
    expect(embedOf(back).description).toBe(embedOf(pageOne).description);
  });

  it('still pages from an old button after the bot restarts with a new client and router', async () => {
    await h.restart();
    expect(h.emulator.identifies).toHaveLength(2);
    const { callback } = await click(pager(pageOne).next.custom_id ?? '', pageOne);
    expect((callback.body as { type: number }).type).toBe(7);
    const updated = h.emulator.messages.get(pageOne.id);
    if (updated === undefined) throw new Error('the message disappeared');
    expectPage(updated, 1);
  });

  it('answers a button it no longer understands with a private note and leaves the message alone', async () => {
    const before = h.emulator.messages.get(pageOne.id);
    const message = {
      ...pageOne,
      components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Next', custom_id: 'quote:next' }] }],
    } as APIMessage;
    const { sent, callback } = await click('quote:next', message);
    expect(callback.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(responseMessage(h.emulator, sent.id).content).toBe(
      'That button is no longer valid. Please run the command again.',
    );
    expect(h.emulator.messages.get(pageOne.id)).toEqual(before);
  });

  it('orders quotes by relevance to a topic, keeping the topic in the paging state', async () => {
    const about = 'Russia';
    const sent = await h.emulator.sendInteraction(
      by(
        reader,
        h.emulator.build.chatInput('quote', [stringOption('speaker', 'Rasmussen'), stringOption('about', about)]),
      ),
    );
    await h.emulator.waitForCallback(sent.id);
    const message = responseMessage(h.emulator, sent.id);
    const expected = findQuotes(h.deps.quotes, { speaker: 'Rasmussen', about, limit: 200 }).quotes;
    const embed = embedOf(message);
    expect(embed.title).toBe(`Anders Fogh Rasmussen about “${about}”`);
    expect(citationsOf(embed.description ?? '').map((c) => squash(c.excerpt))).toEqual(
      expected.slice(0, QUOTES_PER_PAGE).map((q) => squash(q.text)),
    );
    if (expected.length > QUOTES_PER_PAGE)
      expect(pager(message).next.custom_id).toBe(`quote:1:Anders Fogh Rasmussen|${about}`);
  });

  it('answers an unknown speaker privately with the closest known speakers', async () => {
    const speaker = 'Zbigniew Brzezinski';
    const suggestions = findQuotes(h.deps.quotes, { speaker, limit: 200 }).suggestions;
    expect(suggestions.length).toBeGreaterThan(0);
    const sent = await h.emulator.sendInteraction(
      by(newUser('curious'), h.emulator.build.chatInput('quote', [stringOption('speaker', speaker)])),
    );
    const callback = await h.emulator.waitForCallback(sent.id);
    expect(callback.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    const message = responseMessage(h.emulator, sent.id);
    expect(unescapeMarkdown(message.content)).toBe(
      `No quotes from ${speaker}. Closest known speakers: ${suggestions.join(', ')}.`,
    );
    expect(message.embeds).toEqual([]);
  });

  it('sent nothing Discord would reject, nothing that can ping, everything within limits, and logged no error', () => {
    expectWellBehaved(h.emulator);
    for (const { ms } of h.emulator.responseLatencies()) expect(ms).toBeLessThan(3000);
    expect(h.logs?.errors()).toEqual([]);
  });
});
