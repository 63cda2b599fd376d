// End to end on a hostile little corpus (fixtures/stress): an article URL too long for a link button, markdown
// and mention syntax in outlets, titles and article text, and inputs at the edge of what Discord lets users send.
import { fileURLToPath } from 'node:url';
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownUrl } from '../../src/discord/escape.ts';
import { findQuotes } from '../../src/quotes/query.ts';
import { formatDate } from '../../src/reply/format.ts';
import { makeMessage, stringOption } from '../support/discord/payloads.ts';
import { startBotHarness, type BotHarness } from '../support/bot.ts';
import {
  articleFor,
  buttonsOf,
  by,
  CHANNEL_MESSAGE,
  citationCount,
  citationsOf,
  embedOf,
  EPHEMERAL,
  expectWellBehaved,
  newUser,
  responseMessage,
  squash,
  unescapeMarkdown,
} from './helpers.ts';

const STRESS_DIR = fileURLToPath(new URL('./fixtures/stress', import.meta.url));
const LIVE_MENTION = /@(everyone|here)|<@[!&]?\d+>/u;

describe('a corpus with long URLs, markdown and mention syntax', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ corpusDir: STRESS_DIR });
  });
  afterAll(async () => {
    await h?.stop();
  });

  async function command(name: string, options: ReturnType<typeof stringOption>[]) {
    const sent = await h.emulator.sendInteraction(by(newUser('tester'), h.emulator.build.chatInput(name, options)));
    const callback = await h.emulator.waitForCallback(sent.id);
    return { sent, callback, message: responseMessage(h.emulator, sent.id) };
  }

  it('links every citation to its source, even when the URL is too long for a link button', async () => {
    const long = h.deps.corpus.articles.find((a) => a.url.length > 512);
    expect(long).toBeDefined();
    const { message } = await command('ask', [
      stringOption('question', 'Why did the dock workers walk out over night-shift pay?'),
    ]);
    const description = embedOf(message).description ?? '';
    const shown = citationsOf(description);
    expect(shown.length).toBe(citationCount(description));
    expect(shown.map((c) => articleFor(h.deps.corpus.articles, c.link ?? '')?.url)).toContain(long?.url);
    for (const citation of shown) {
      expect(citation.link).not.toBeNull();
      const article = articleFor(h.deps.corpus.articles, citation.link ?? '');
      expect(citation.outlet).toBe(article?.outlet);
      expect(squash(article?.text ?? '')).toContain(squash(citation.excerpt));
    }
    const buttons = buttonsOf(message).filter((b) => b.style === 5);
    for (const button of buttons) expect(button.url?.length ?? 0).toBeLessThanOrEqual(512);
    expect(buttons.map((b) => b.url)).not.toContain(long?.url);
  });

  it('quotes article text holding @everyone and role mentions without any live mention', async () => {
    const { message } = await command('ask', [stringOption('question', 'What did the protesters chant at the gate?')]);
    expect(message.mention_everyone).toBe(false);
    expect(message.mention_roles).toEqual([]);
    const embed = embedOf(message);
    const description = embed.description ?? '';
    expect(description).not.toMatch(LIVE_MENTION);
    // Defused, yet readable: the reader still sees the words of the article.
    const shown = citationsOf(description);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.some((c) => c.excerpt.replaceAll('\u200b', '').includes('"@everyone out"'))).toBe(true);
    for (const button of buttonsOf(message)) expect(button.label ?? '').not.toMatch(/<@[!&]?\d+>/u);
  });

  it('shows every quote of a page, in order, even when long source links crowd the embed', async () => {
    const speaker = 'Marguerite Okonkwo-Lindqvist';
    const quotes = findQuotes(h.deps.quotes, { speaker, limit: 200 }).quotes;
    const firstPage = quotes.slice(0, 5);
    // The case that matters: the page's sources have URLs too long for link buttons, so each link costs 500+ characters.
    const longUrls = h.deps.corpus.articles.filter((a) => a.url.length > 512).map((a) => a.url);
    expect(firstPage.filter((q) => longUrls.some((url) => q.link.startsWith(url))).length).toBeGreaterThanOrEqual(4);
    const { message } = await command('quote', [stringOption('speaker', speaker)]);
    const description = embedOf(message).description ?? '';
    const shown = citationsOf(description);
    expect(shown.length).toBe(citationCount(description));
    expect(shown.map((c) => c.n)).toEqual([1, 2, 3, 4, 5]);
    expect(shown.map((c) => squash(c.excerpt))).toEqual(firstPage.map((q) => squash(q.text)));
    expect(shown.map((c) => `${c.outlet}, ${c.date}`)).toEqual(
      firstPage.map((q) => `${q.outlet}, ${formatDate(q.published)}`),
    );
    expect(description).not.toContain('more not shown');
  });

  it('refuses a topic too long to page through, and pages a long name with the longest topic allowed', async () => {
    const speaker = 'Marguerite Okonkwo-Lindqvist';
    const refused = await command('quote', [
      stringOption('speaker', speaker),
      stringOption('about', 'the pay premium, the ships and the port, the operator'),
    ]);
    expect(refused.message.content).toBe('The topic can be at most 40 characters.');
    const about = 'the pay premium and the ships in port';
    expect(about.length).toBeLessThanOrEqual(40);
    const total = findQuotes(h.deps.quotes, { speaker, about, limit: 200 }).quotes.length;
    expect(total).toBeGreaterThan(5);
    const { message } = await command('quote', [stringOption('speaker', speaker), stringOption('about', about)]);
    expect(
      buttonsOf(message)
        .filter((b) => b.style !== 5)
        .map((b) => b.label),
    ).toEqual(['◀ Previous', `Page 1 of ${Math.ceil(total / 5)}`, 'Next ▶']);
  });

  it('keeps a 300-character question full of markdown and mentions within every limit', async () => {
    const question = '**_~~`|>#[x](https://evil.example) @everyone <@&123456789012345678> <@!123456789012345678> '
      .repeat(4)
      .slice(0, 300);
    const { callback, message } = await command('ask', [stringOption('question', question)]);
    expect(callback.status).toBe(204);
    const embed = embedOf(message);
    expect([...(embed.title ?? '')].length).toBeLessThanOrEqual(256);
    expect(embed.title ?? '').not.toMatch(/@(everyone|here)/u);
    expect(message.content).not.toMatch(LIVE_MENTION);
    expect(embed.description ?? '').not.toMatch(LIVE_MENTION);
  });

  it('answers "Find sources" on a message without text with a short private note', async () => {
    const target = makeMessage({
      channelId: h.emulator.scene.channel.id,
      author: h.emulator.scene.user,
      embeds: [{ title: 'A shared link' }],
    });
    const sent = await h.emulator.sendInteraction(
      by(newUser('finder'), h.emulator.build.messageCommand('Find sources', target)),
    );
    const callback = await h.emulator.waitForCallback(sent.id);
    expect(callback.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(responseMessage(h.emulator, sent.id).content).toBe('That message has no text to look up.');
  });

  it('replies to a bare @mention with how to ask, pinging nobody', async () => {
    const mention = h.emulator.build.userMessage('', { author: newUser('bare') });
    await h.emulator.sendMessage(mention);
    const request = await h.emulator.waitFor(
      (r) =>
        r.route === CHANNEL_MESSAGE &&
        (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === mention.id,
    );
    const reply = h.emulator.messages.get((request.response as APIMessage).id);
    expect(unescapeMarkdown(reply?.content ?? '')).toBe(
      'Please type a question, for example: /ask question: what did Rasmussen propose?',
    );
    expect(reply?.mentions).toEqual([]);
  });

  it('pages /sources, newest first, with a button whose state is only the page', async () => {
    const newestFirst = [...h.deps.corpus.articles].sort(
      (a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id),
    );
    expect(newestFirst.length).toBeGreaterThan(10);
    const user = newUser('librarian');
    const first = await h.emulator.sendInteraction(by(user, h.emulator.build.chatInput('sources')));
    await h.emulator.waitForCallback(first.id);
    const message = responseMessage(h.emulator, first.id);
    const listed = (m: APIMessage) =>
      [...(embedOf(m).description ?? '').matchAll(/^• \[.*?\]\((\S+)\)/gmu)].map((match) => match[1]);
    expect(listed(message)).toEqual(newestFirst.slice(0, 10).map((a) => markdownUrl(a.url)));
    const next = buttonsOf(message).find((b) => b.label?.startsWith('Next'));
    expect(next?.custom_id).toBe('sources:1:');
    const click = await h.emulator.sendInteraction(by(user, h.emulator.build.button(next?.custom_id ?? '', message)));
    const callback = await h.emulator.waitForCallback(click.id);
    expect((callback.body as { type: number }).type).toBe(7);
    const second = h.emulator.messages.get(message.id) as APIMessage;
    expect(listed(second)).toEqual(newestFirst.slice(10).map((a) => markdownUrl(a.url)));
    expect(embedOf(second).footer?.text).toBe('Page 2 of 2');
  });

  it('sent nothing Discord would reject, nothing that can ping, everything within limits, and logged no error', () => {
    expectWellBehaved(h.emulator);
    expect(h.logs?.errors()).toEqual([]);
  });
});
