// Renders a reply model for a terminal: numbered citations with their full links, query terms in bold when the
// output is a terminal (plain, verbatim text when it is a pipe, so scripts see the excerpt exactly). Text from users
// and articles passes through visibleText first: an escape sequence in a question or an article cannot reach the
// terminal, and the only escapes written are the renderer's own bold.
import type { CitationCard, Reply, SourceRef } from '../reply/model.ts';
import { sourceLabel, splitMarks } from '../reply/format.ts';
import { visibleCard, visibleText as safe } from '../reply/visible.ts';

export interface ConsoleStyle {
  bold(text: string): string;
}

export const ANSI: ConsoleStyle = { bold: (t) => `\u001b[1m${t}\u001b[22m` };
export const PLAIN: ConsoleStyle = { bold: (t) => t };

function label(source: SourceRef): string {
  return safe(sourceLabel(source));
}

function citation(card: CitationCard, style: ConsoleStyle): string[] {
  const excerpt = splitMarks(card.excerpt, card.marks)
    .map((p) => (p.marked ? style.bold(safe(p.text)) : safe(p.text)))
    .join('');
  // A quotation is shown in marks after its speaker; an excerpt is shown as it stands in the article.
  const lines = [
    card.speaker === undefined ? `[${card.n}] ${excerpt}` : `[${card.n}] ${safe(card.speaker)}: “${excerpt}”`,
  ];
  const title = card.source.title === null ? '' : ` · ${safe(card.source.title)}`;
  lines.push(`    — ${label(card.source)}${title}`, `      ${safe(card.source.link)}`);
  for (const other of card.alsoReportedBy) lines.push(`    also reported by ${label(other)}: ${safe(other.link)}`);
  for (const conflict of card.conflicts) {
    lines.push(
      `    ! ${label(conflict.source)} attributes these words to ${safe(conflict.speaker)}: ${safe(conflict.source.link)}`,
    );
  }
  return lines;
}

export function renderForConsole(reply: Reply, style: ConsoleStyle = PLAIN): string {
  const out: string[] = [];
  if (reply.kind === 'error') return reply.lines.map((l) => `! ${safe(l)}`).join('\n');
  if (reply.heading !== undefined) out.push(style.bold(safe(reply.heading)));
  out.push(...reply.lines.map(safe));
  for (const entry of reply.entries ?? [])
    out.push(`- ${safe(entry.label)} — ${safe(entry.detail)}`, `  ${safe(entry.link)}`);
  for (const card of reply.citations) out.push(...citation(visibleCard(card), style));
  const footer = [
    reply.footer,
    reply.pager && reply.pager.pages > 1
      ? `page ${reply.pager.page + 1} of ${reply.pager.pages} (type "next" or "prev")`
      : undefined,
  ].filter((f): f is string => f !== undefined);
  if (footer.length > 0) out.push(`(${safe(footer.join(' · '))})`);
  return out.join('\n');
}
