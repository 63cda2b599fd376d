// Renders a reply model as a Discord message payload (plain API JSON), within every Discord limit:
// one embed holding the numbered citations, paging buttons whose custom id carries the page state, and link
// buttons to the sources. Nothing here can ping: allowed_mentions allows nothing, and echoed text is inert.
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord.js';
import type { CitationCard, Reply } from '../reply/model.ts';
import { splitMarks, sourceLabel } from '../reply/format.ts';
import { encodePage } from '../reply/pager.ts';
import { truncateText } from '../reply/truncate.ts';
import { defuseTitle, inert, markdownUrl } from './escape.ts';
import { visibleCard, visibleText } from '../reply/visible.ts';
import { EPHEMERAL_FLAG, fitLimit, LIMITS } from './limits.ts';

export type ApiButton = APIButtonComponent;

export interface ApiMessage {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  flags?: number;
  allowed_mentions: { parse: []; replied_user: false };
}

const COLORS = { answer: 0x2f6f9f, info: 0x5f6b7a, error: 0xb03a2e } as const;
/** Room kept for the "more on the next page" line when citations are cut. */
const RESERVE = 120;

function markedExcerpt(card: CitationCard, max: number): string {
  const excerpt = card.excerpt.length > max ? truncateText(card.excerpt, max) : card.excerpt;
  // Marks past a cut are clipped by splitMarks; the ellipsis stays plain.
  return splitMarks(excerpt, card.marks)
    .map((piece) => (piece.marked && piece.text.trim().length > 0 ? `**${inert(piece.text)}**` : inert(piece.text)))
    .join('');
}

/** A markdown link to the source. Long article URLs keep their link here even when too long for a link button. */
function link(label: string, url: string): string {
  const target = markdownUrl(url);
  return /^https?:\/\//u.test(url) && target.length <= LIMITS.markdownUrl
    ? `[${inert(label)}](${target})`
    : inert(label);
}

/** How much of a citation's source line is shown: all of it, without the article title, or without links. */
type Detail = 'full' | 'untitled' | 'unlinked';
const DETAILS: readonly Detail[] = ['full', 'untitled', 'unlinked'];
/** A citation is not cut shorter than this: a few words out of context are no evidence. */
const MIN_EXCERPT = 80;

function citationBlock(card: CitationCard, excerptRoom: number, detail: Detail = 'full'): string {
  const ref = (label: string, url: string) => (detail === 'unlinked' ? inert(label) : link(label, url));
  // A quotation is shown in marks after its speaker; an excerpt is shown as it stands in the article.
  const text = markedExcerpt(card, excerptRoom);
  const lines = [
    card.speaker === undefined ? `**${card.n}.** ${text}` : `**${card.n}.** **${inert(card.speaker)}**: “${text}”`,
  ];
  const title = card.source.title === null || detail !== 'full' ? '' : ` · *${inert(card.source.title)}*`;
  lines.push(`— ${ref(sourceLabel(card.source), card.source.link)}${title}`);
  if (card.alsoReportedBy.length > 0) {
    lines.push(`Also reported by ${card.alsoReportedBy.map((s) => ref(s.outlet, s.link)).join(', ')}`);
  }
  for (const conflict of card.conflicts) {
    lines.push(
      `⚠️ ${ref(conflict.source.outlet, conflict.source.link)} attributes these words to ${inert(conflict.speaker)}`,
    );
  }
  return lines.join('\n');
}

/**
 * The citation in at most `room` characters: whole if it fits, else with its excerpt shortened at a sentence or
 * word boundary (not below MIN_EXCERPT), then without the article title, then without links (long article URLs can
 * take hundreds of characters each). Null when even that does not fit.
 */
function fitCitation(card: CitationCard, room: number): string | null {
  for (const detail of DETAILS) {
    const whole = citationBlock(card, card.excerpt.length, detail);
    if (whole.length <= room) return whole;
    const overhead = whole.length - markedExcerpt(card, card.excerpt.length).length;
    let excerptRoom = Math.min(card.excerpt.length - 1, room - overhead - card.marks.length * 4);
    // Escaping lengthens text unevenly, so shrink until the block really fits.
    while (excerptRoom >= MIN_EXCERPT) {
      const block = citationBlock(card, excerptRoom, detail);
      if (block.length <= room) return block;
      excerptRoom = Math.floor(excerptRoom * 0.8);
    }
  }
  return null;
}

/**
 * Lines, list entries, then citations: whole parts only, so nothing is cut mid-word or mid-link. A citation that
 * does not fit whole is shortened (fitCitation); past that, a note says what is left.
 */
function description(reply: Reply): string {
  const parts: string[] = [];
  let used = 0;
  const budget = LIMITS.embedDescription - RESERVE;
  const room = () => budget - used - 2;
  const push = (block: string) => {
    parts.push(block);
    used += block.length + 2;
  };
  for (const line of reply.lines) {
    const block = inert(truncateText(line, 1000));
    if (block.length <= room()) push(block);
  }
  const entries = reply.entries ?? [];
  for (const [i, entry] of entries.entries()) {
    const block = `• ${link(truncateText(entry.label, 200), entry.link)} — ${inert(entry.detail)}`;
    if (block.length > room()) {
      push(`*…and ${entries.length - i} more.*`);
      break;
    }
    push(block);
  }
  for (const [i, card] of reply.citations.entries()) {
    const block = fitCitation(card, room());
    if (block === null) {
      const below = linkRow(reply) === null ? '' : ': open the sources below';
      push(`*…${reply.citations.length - i} more not shown${below}.*`);
      break;
    }
    push(block);
  }
  return parts.join('\n\n');
}

function pagerRow(reply: Reply): ApiMessage['components'][number] | null {
  const pager = reply.pager;
  if (!pager || pager.pages <= 1) return null;
  const previous = encodePage({ command: pager.command, page: pager.page - 1, state: pager.state });
  const next = encodePage({ command: pager.command, page: pager.page + 1, state: pager.state });
  if (previous === null && next === null) return null;
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: '◀ Previous',
        custom_id: previous ?? 'noop:previous',
        disabled: pager.page <= 0 || previous === null,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: `Page ${pager.page + 1} of ${pager.pages}`,
        custom_id: 'noop:page',
        disabled: true,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: 'Next ▶',
        custom_id: next ?? 'noop:next',
        disabled: pager.page >= pager.pages - 1 || next === null,
      },
    ],
  };
}

function linkRow(reply: Reply): ApiMessage['components'][number] | null {
  const buttons = reply.links
    .filter((l) => /^https?:\/\//u.test(l.url) && l.url.length <= LIMITS.linkUrl)
    .slice(0, LIMITS.buttonsPerRow)
    .map(
      (l): ApiButton => ({
        type: ComponentType.Button,
        style: ButtonStyle.Link,
        label: fitLimit(visibleText(l.label), LIMITS.buttonLabel),
        url: l.url,
      }),
    );
  return buttons.length > 0 ? { type: ComponentType.ActionRow, components: buttons } : null;
}

export function renderForDiscord(shown: Reply): ApiMessage {
  // Excerpts are cleaned whole, before they are cut and split at their marks.
  const reply: Reply = { ...shown, citations: shown.citations.map(visibleCard) };
  const message: ApiMessage = {
    content: '',
    embeds: [],
    components: [],
    allowed_mentions: { parse: [], replied_user: false },
  };
  if (reply.ephemeral) message.flags = EPHEMERAL_FLAG;
  if (reply.kind === 'error') {
    message.content = fitLimit(reply.lines.map((l) => inert(l)).join('\n'), LIMITS.content);
    return message;
  }
  const embed: ApiMessage['embeds'][number] = { color: COLORS[reply.kind] };
  if (reply.heading !== undefined) embed.title = fitLimit(defuseTitle(reply.heading), LIMITS.embedTitle);
  const text = description(reply);
  if (text.length > 0) embed.description = text;
  const pager = pagerRow(reply);
  const footer = [reply.footer, pageNote(reply, pager !== null)]
    .filter((f): f is string => f !== undefined)
    .join(' · ');
  if (footer.length > 0) embed.footer = { text: fitLimit(visibleText(footer), 300) };
  message.embeds.push(embed);
  for (const row of [pager, linkRow(reply)]) if (row) message.components.push(row);
  return message;
}

/**
 * "Page 2 of 5". A button's custom id (100 characters) must hold the whole request; when it cannot, there are no
 * paging buttons, and the footer says why instead of promising pages nobody can reach.
 */
function pageNote(reply: Reply, hasButtons: boolean): string | undefined {
  const pager = reply.pager;
  if (!pager || pager.pages <= 1) return undefined;
  const at = `Page ${pager.page + 1} of ${pager.pages}`;
  return hasButtons ? at : `${at} (this request is too long for page buttons: shorten it to see the rest)`;
}
