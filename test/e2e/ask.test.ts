// End to end: /ask, "Find sources" and @mentions through the real discord.js client — what a reader sees in the
// channel: cited verbatim excerpts with outlet, date and deep links, private answers, and the short errors.
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEDGE, NOTHING_FOUND, NOTHING_FOUND_HINT } from '../../commands/ask.ts';
import { answerQuestion } from '../../src/answers/answer.ts';
import { markdownUrl } from '../../src/discord/escape.ts';
import { formatDate } from '../../src/reply/format.ts';
import { booleanOption, stringOption } from '../support/discord/payloads.ts';
import { startBotHarness, type BotHarness } from '../support/bot.ts';
import {
  articleFor,
  buttonsOf,
  by,
  CALLBACK,
  CHANNEL_MESSAGE,
  citationCount,
  citationsOf,
  embedOf,
  EPHEMERAL,
  expectWellBehaved,
  fragmentTerms,
  newUser,
  requestsFor,
  responseMessage,
  squash,
  unescapeMarkdown,
} from './helpers.ts';

/** Questions about the seed corpus that a newsroom reader might type. */
const QUESTION = 'What did Rasmussen say about Russia?';
const UNANSWERABLE = 'What is the best recipe for sourdough bread?';

describe('/ask, Find sources and @mentions', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
    // A process's first answer also loads what the bot readies just after start-up (the tagger's model, lazily
    // read tables); on a loaded machine that can pass the router's "slow last time, defer up front" mark and turn
    // later replies into deferrals. These tests are about replies within Discord's deadline, so one question is
    // answered outside Discord first, as a warm bot would have.
    answerQuestion(QUESTION, h.deps.retriever);
  });
  afterAll(async () => {
    await h?.stop();
  });

  async function ask(question: string, extra: ReturnType<typeof booleanOption>[] = []) {
    const user = newUser('asker');
    const sent = await h.emulator.sendInteraction(
      by(user, h.emulator.build.chatInput('ask', [stringOption('question', question), ...extra])),
    );
    const callback = await h.emulator.waitForCallback(sent.id);
    return { sent, callback, message: responseMessage(h.emulator, sent.id) };
  }

  /** Every citation is verbatim from the article its link opens, dated as that article, and deep-linked to the excerpt. */
  function expectCitedFromCorpus(message: APIMessage): void {
    const embed = embedOf(message);
    const shown = citationsOf(embed.description ?? '');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBe(citationCount(embed.description ?? ''));
    expect(shown.map((c) => c.n)).toEqual(shown.map((_, i) => i + 1));
    for (const citation of shown) {
      expect(citation.link).not.toBeNull();
      const link = citation.link ?? '';
      const article = articleFor(h.deps.corpus.articles, link);
      expect(article, link).toBeDefined();
      if (article === undefined) continue;
      expect(citation.outlet).toBe(article.outlet);
      expect(citation.date).toBe(formatDate(article.published));
      expect(squash(article.text)).toContain(squash(citation.excerpt));
      const terms = fragmentTerms(link);
      expect(terms, link).not.toBeNull();
      // The deep link selects the excerpt: it starts with the first term and the article holds every term.
      expect(squash(citation.excerpt).startsWith(squash(terms?.[0] ?? '\u0000'))).toBe(true);
      for (const term of terms ?? []) expect(squash(article.text)).toContain(squash(term));
    }
    // Link buttons open the same deep links, in citation order.
    const links = buttonsOf(message).filter((b) => b.style === 5);
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThanOrEqual(5);
    for (const button of links) {
      expect(button.url?.length ?? 0).toBeLessThanOrEqual(512);
      expect(button.url).toMatch(/^https?:\/\/.+#.*:~:text=/u);
      expect(button.custom_id).toBeUndefined();
    }
    expect(links.map((b) => articleFor(h.deps.corpus.articles, b.url ?? '')?.url)).toEqual(
      shown.slice(0, links.length).map((c) => articleFor(h.deps.corpus.articles, c.link ?? '')?.url),
    );
  }

  it('answers /ask publicly, within 3 s, with numbered verbatim citations, outlets, dates and deep links', async () => {
    const { sent, callback, message } = await ask(QUESTION);
    expect(h.emulator.responseLatency(sent.id)).toBeLessThan(3000);
    expect((callback.body as { type: number }).type).toBe(4);
    expect((message.flags ?? 0) & EPHEMERAL).toBe(0);
    const embed = embedOf(message);
    expect(embed.title).toBe(QUESTION);
    expect(embed.footer?.text).toBe(`${h.deps.corpus.articles.length} articles searched`);
    expect(embed.description).toContain('#:~:text=');
    expectCitedFromCorpus(message);
    expect(message.content).toBe('');
  });

  it('answers /ask private:true as an ephemeral message', async () => {
    const { callback, message } = await ask(QUESTION, [booleanOption('private', true)]);
    expect(callback.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect((message.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expectCitedFromCorpus(message);
  });

  it('shows the closest passages under the hedge line, in public, when no passage clearly answers', async () => {
    const question = 'When was Rasmussen born?';
    const { callback, message } = await ask(question);
    expect(callback.body).toMatchObject({ type: 4 });
    expect((message.flags ?? 0) & EPHEMERAL).toBe(0);
    const embed = embedOf(message);
    expect(embed.title).toBe(question);
    expect(unescapeMarkdown(embed.description ?? '').split('\n')[0]).toBe(HEDGE);
    expectCitedFromCorpus(message);
    expect(buttonsOf(message).length).toBeGreaterThan(0);
  });

  it('tells only the asker when nothing in the articles answers the question', async () => {
    const { callback, message } = await ask(UNANSWERABLE);
    expect(callback.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    const embed = embedOf(message);
    expect(embed.title).toBe(UNANSWERABLE);
    expect(unescapeMarkdown(embed.description ?? '')).toBe(`${NOTHING_FOUND}\n\n${NOTHING_FOUND_HINT}`);
    expect(buttonsOf(message)).toEqual([]);
  });

  it('refuses an over-long question with a short private error that names its length', async () => {
    const question = `Why ${'did the alliance change course '.repeat(10)}?`;
    expect(question.length).toBeGreaterThan(300);
    const { callback, message } = await ask(question);
    expect(callback.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(message.content).toBe(
      `Your question is ${question.length} characters long; please keep it to 300 or fewer.`,
    );
    expect(message.embeds).toEqual([]);
    expect(message.components).toEqual([]);
  });

  it('refuses an empty question with an example of how to ask', async () => {
    const { callback, message } = await ask('   ');
    expect(callback.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(unescapeMarkdown(message.content)).toBe(
      'Please type a question, for example: /ask question: what did Rasmussen propose?',
    );
  });

  it('cannot ping anyone when the question contains @everyone and a role mention', async () => {
    const role = '123456789012345678';
    const question = `@everyone <@&${role}> @here what did Rasmussen say about missile defence?`;
    const { callback, message } = await ask(question);
    const data = (callback.body as { data: Record<string, unknown> }).data;
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(message.mention_everyone).toBe(false);
    expect(message.mention_roles).toEqual([]);
    expect(message.mentions).toEqual([]);
    // Echoed text is defused: no live @everyone/@here anywhere, and no mention syntax where Discord renders it.
    const embed = embedOf(message);
    for (const text of [message.content, embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '']) {
      expect(text).not.toMatch(/@(everyone|here)/u);
    }
    for (const text of [message.content, embed.description ?? '']) expect(text).not.toMatch(/<@[!&]?\d+>/u);
    expect(embed.title).toContain('@\u200beveryone');
  });

  it('answers "Find sources" on a message with the cited answer to its text', async () => {
    const user = newUser('finder');
    const target = h.emulator.build.userMessage('Rasmussen wants NATO and Russia to cooperate on missile defence', {
      mentionBot: false,
    });
    const sent = await h.emulator.sendInteraction(by(user, h.emulator.build.messageCommand('Find sources', target)));
    const callback = await h.emulator.waitForCallback(sent.id);
    expect((callback.body as { type: number }).type).toBe(4);
    const message = responseMessage(h.emulator, sent.id);
    expect((message.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(embedOf(message).title).toBe(target.content);
    expectCitedFromCorpus(message);
  });

  it('answers an @mention with a reply to that message that pings nobody, not even the asker', async () => {
    const author = newUser('mentioner');
    const mention = h.emulator.build.userMessage('what did Medvedev say?', { author });
    await h.emulator.sendMessage(mention);
    const request = await h.emulator.waitFor(
      (r) =>
        r.route === CHANNEL_MESSAGE &&
        (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === mention.id,
    );
    expect(request.status).toBe(200);
    expect(request.body).toMatchObject({
      message_reference: { message_id: mention.id },
      allowed_mentions: { parse: [], replied_user: false },
    });
    const reply = h.emulator.messages.get((request.response as APIMessage).id);
    if (reply === undefined) throw new Error('the reply was not stored');
    expect(reply.type).toBe(19);
    expect(reply.mentions).toEqual([]);
    expect(embedOf(reply).title).toBe('what did Medvedev say?');
    expectCitedFromCorpus(reply);
  });

  it('does not treat a reply to its own answer as a question when the bot is only reply-pinged', async () => {
    const author = newUser('replier');
    const answer = [...h.emulator.messages.values()].find(
      (m) => m.author.id === h.emulator.scene.botUser.id && m.type === 19,
    );
    if (answer === undefined) throw new Error('no earlier bot reply to reply to');
    // Replying with "ping" on lists the bot in `mentions` although the text does not mention it.
    const thanks = h.emulator.build.userMessage('thanks, very useful', {
      author,
      mentionBot: false,
      reference: answer,
    });
    await h.emulator.sendMessage({ ...thanks, mentions: [h.emulator.scene.botUser] });
    // An explicit mention right after shows the bot is listening; only that one gets an answer.
    const explicit = h.emulator.build.userMessage('what did Rogozin say?', { author });
    await h.emulator.sendMessage(explicit);
    await h.emulator.waitFor(
      (r) =>
        r.route === CHANNEL_MESSAGE &&
        (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === explicit.id,
    );
    const repliedTo = h.emulator.requests
      .filter((r) => r.route === CHANNEL_MESSAGE)
      .map((r) => (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id);
    expect(repliedTo).not.toContain(thanks.id);
  });

  it('answers /sources with the articles, each linked, and /help privately', async () => {
    const user = newUser('browser');
    const sources = await h.emulator.sendInteraction(by(user, h.emulator.build.chatInput('sources')));
    await h.emulator.waitForCallback(sources.id);
    const list = embedOf(responseMessage(h.emulator, sources.id));
    expect(list.title).toBe(`${h.deps.corpus.articles.length} articles`);
    for (const article of h.deps.corpus.articles) expect(list.description).toContain(`](${markdownUrl(article.url)})`);

    const help = await h.emulator.sendInteraction(by(user, h.emulator.build.chatInput('help')));
    const callback = await h.emulator.waitForCallback(help.id);
    expect(callback.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(unescapeMarkdown(embedOf(responseMessage(h.emulator, help.id)).description ?? '')).toContain(
      '/ask question:',
    );
  });

  it('answers every interaction with one callback and nothing else when no deferral is needed', () => {
    for (const [id] of h.emulator.interactions) {
      expect(requestsFor(h.emulator, id).map((r) => r.route)).toEqual([CALLBACK]);
    }
  });

  it('sent nothing Discord would reject, nothing that can ping, everything within limits, and logged no error', () => {
    expectWellBehaved(h.emulator);
    const latencies = h.emulator.responseLatencies();
    expect(latencies.length).toBe(h.emulator.interactions.size);
    for (const { ms } of latencies) expect(ms).toBeLessThan(3000);
    expect(h.logs?.errors()).toEqual([]);
  });
});
