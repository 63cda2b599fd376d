// Shared checks for the end-to-end suite: who is clicking (one fresh user per scenario, so the per-user rate limit
// only bites where a test wants it), what the bot sent, and what the channel shows afterwards.
import type { APIEmbed, APIMessage, APIUser } from 'discord.js';
import type { Article } from '../../src/corpus/types.ts';
import { markdownUrl } from '../../src/discord/escape.ts';
import { expect } from 'vitest';
import type { DiscordEmulator, RecordedRequest } from '../support/discord/emulator.ts';
import type { GuildInteraction } from '../support/discord/payloads.ts';
import { makeUser } from '../support/discord/scene.ts';
import { snowflake } from '../support/discord/snowflake.ts';

export const CALLBACK = 'POST /interactions/:interactionId/:token/callback';
export const FOLLOW_UP = 'POST /webhooks/:applicationId/:token';
export const EDIT_ORIGINAL = 'PATCH /webhooks/:applicationId/:token/messages/:messageId';
export const CHANNEL_MESSAGE = 'POST /channels/:channelId/messages';
export const EPHEMERAL = 64;

/** A new guild member, so each scenario has its own rate-limit budget. */
export function newUser(name: string): APIUser {
  return makeUser(snowflake(), name, false);
}

/** The same interaction, sent by `user` instead of the scene's default member. */
export function by<T extends GuildInteraction>(user: APIUser, payload: T): T {
  return { ...payload, member: { ...payload.member, user } };
}

/** A request that puts a message on screen: a reply or update callback, a follow-up, an edit, or a channel message. */
export interface SentMessage {
  request: RecordedRequest;
  body: Record<string, unknown>;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

const MESSAGE_ROUTES = new Set([
  FOLLOW_UP,
  EDIT_ORIGINAL,
  CHANNEL_MESSAGE,
  'PATCH /channels/:channelId/messages/:messageId',
]);

export function sentMessages(emulator: DiscordEmulator): SentMessage[] {
  return emulator.requests.flatMap((request): SentMessage[] => {
    const body = record(request.body);
    if (body === null) return [];
    if (request.route === CALLBACK) {
      // 4: reply, 7: update the clicked message. 5/6 (defer) and 8 (autocomplete) carry no message.
      const data = record(body.data);
      return (body.type === 4 || body.type === 7) && data !== null ? [{ request, body: data }] : [];
    }
    return request.route !== null && MESSAGE_ROUTES.has(request.route) ? [{ request, body }] : [];
  });
}

function length(text: unknown): number {
  return typeof text === 'string' ? [...text].length : 0;
}

/** Every Discord limit the suite cares about, checked independently of the emulator's own validation. */
export function limitProblems(body: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (length(body.content) > 2000) problems.push(`content ${length(body.content)} > 2000`);
  const embeds = Array.isArray(body.embeds) ? (body.embeds as APIEmbed[]) : [];
  let total = 0;
  for (const embed of embeds) {
    if (length(embed.title) > 256) problems.push(`title ${length(embed.title)} > 256`);
    if (length(embed.description) > 4096) problems.push(`description ${length(embed.description)} > 4096`);
    total += length(embed.title) + length(embed.description) + length(embed.footer?.text) + length(embed.author?.name);
    for (const field of embed.fields ?? []) total += length(field.name) + length(field.value);
  }
  if (total > 6000) problems.push(`embeds total ${total} > 6000`);
  const rows = Array.isArray(body.components) ? (body.components as { components?: Record<string, unknown>[] }[]) : [];
  if (rows.length > 5) problems.push(`${rows.length} rows > 5`);
  for (const row of rows) {
    const buttons = row.components ?? [];
    if (buttons.length > 5) problems.push(`${buttons.length} buttons in a row > 5`);
    for (const button of buttons) {
      if (length(button.label) > 80) problems.push(`label ${length(button.label)} > 80`);
      if (length(button.custom_id) > 100) problems.push(`custom_id ${length(button.custom_id)} > 100`);
      if (length(button.url) > 512) problems.push(`url ${length(button.url)} > 512`);
    }
  }
  return problems;
}

/**
 * What holds for every message of a scenario, asserted at the end of each test file: no request Discord would
 * reject, no unknown route, nothing able to ping anyone, everything within limits.
 */
export function expectWellBehaved(emulator: DiscordEmulator): void {
  expect(emulator.violations.map((r) => `${r.method} ${r.path}: ${JSON.stringify(r.violation)}`)).toEqual([]);
  expect(emulator.unknownRoutes.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  const sent = sentMessages(emulator);
  expect(sent.length).toBeGreaterThan(0);
  for (const { request, body } of sent) {
    const where = `${request.method} ${request.path}`;
    expect(body.allowed_mentions, where).toEqual({ parse: [], replied_user: false });
    expect(limitProblems(body), where).toEqual([]);
  }
}

/** The message the user sees as the interaction's response (after any edits), as Discord stores it. */
export function responseMessage(emulator: DiscordEmulator, interactionId: string): APIMessage {
  const state = emulator.interactions.get(interactionId);
  const id = state?.originalMessageId;
  const message = id === null || id === undefined ? undefined : emulator.messages.get(id);
  if (message === undefined) throw new Error(`interaction ${interactionId} has no response message`);
  return message;
}

/** Every request made on behalf of one interaction (callbacks, edits, follow-ups), in order. */
export function requestsFor(emulator: DiscordEmulator, interactionId: string): RecordedRequest[] {
  return emulator.requests.filter((r) => r.interactionId === interactionId);
}

export function embedOf(message: APIMessage): APIEmbed {
  const embed = message.embeds[0];
  if (embed === undefined) throw new Error(`message ${message.id} has no embed: ${JSON.stringify(message)}`);
  return embed;
}

export interface Button {
  type: number;
  style: number;
  label?: string;
  custom_id?: string;
  url?: string;
  disabled?: boolean;
}

export function buttonsOf(message: APIMessage): Button[] {
  return (message.components ?? []).flatMap((row) =>
    'components' in row ? (row.components as unknown as Button[]) : [],
  );
}

/** Text as a reader sees it: Discord drops the backslash before escaped punctuation. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([^\p{L}\p{N}\s])/gu, '$1');
}

/** A citation as shown in an answer's embed: number, verbatim text, the source line and its deep link. */
export interface ShownCitation {
  n: number;
  speaker: string | null;
  /** The excerpt as read (bold marks and escapes removed). */
  excerpt: string;
  outlet: string;
  date: string;
  /** Null when the renderer had to drop the link to fit the embed. */
  link: string | null;
}

const DATE = '(\\d{1,2} [A-Z][a-z]{2} \\d{4}|undated)';
// An excerpt may span paragraphs, so blocks are found by their "**n.** … — source" frame, not by blank lines.
const CITATION = new RegExp(
  '(?:^|\\n\\n)\\*\\*(\\d+)\\.\\*\\* (?:\\*\\*([^\\n]+?)\\*\\*: “([\\s\\S]*?)”|([\\s\\S]*?))\\n— ' +
    `(?:\\[([^\\n]+?), ${DATE}\\]\\((\\S+)\\)|([^\\n]+?), ${DATE}(?= · |\\n|$))`,
  'gu',
);

export function citationsOf(description: string): ShownCitation[] {
  return [...description.matchAll(CITATION)].map((match) => {
    const [, n = '', speaker, quoted, plain, linkedOutlet, linkedDate, link, plainOutlet, plainDate] = match;
    return {
      n: Number(n),
      speaker: speaker === undefined ? null : unescapeMarkdown(speaker),
      excerpt: unescapeMarkdown((quoted ?? plain ?? '').replaceAll('**', '')),
      outlet: unescapeMarkdown(linkedOutlet ?? plainOutlet ?? ''),
      date: linkedDate ?? plainDate ?? '',
      link: link ?? null,
    };
  });
}

/** How many numbered citation blocks a description holds, parsed or not. */
export function citationCount(description: string): number {
  return (description.match(/(?:^|\n\n)\*\*\d+\.\*\* /gu) ?? []).length;
}

/** The decoded `start[,end]` terms of a URL text fragment, or null when the link has none. */
export function fragmentTerms(link: string): string[] | null {
  const at = link.indexOf('#:~:text=');
  if (at < 0) return null;
  return link
    .slice(at + '#:~:text='.length)
    .split(',')
    .map((term) => decodeURIComponent(term));
}

export function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The article a deep link points into (the link minus its fragment is the article URL). */
export function articleFor(articles: readonly Article[], link: string): Article | undefined {
  const cut = link.indexOf(':~:');
  const base = (cut < 0 ? link : link.slice(0, cut)).replace(/#$/u, '');
  // Inside markdown the renderer percent-encodes parentheses and spaces so the link cannot end early.
  return articles.find((a) => a.url === base || markdownUrl(a.url) === base);
}
