// Renders a reply model for a terminal: numbered citations with their full links, query terms in bold when the
// output is a terminal (plain, verbatim text when it is a pipe, so scripts see the excerpt exactly).
import type { CitationCard, Reply } from '../reply/model.ts';
import { sourceLabel, splitMarks } from '../reply/format.ts';

export interface ConsoleStyle {
  bold(text: string): string;
}

export const ANSI: ConsoleStyle = { bold: (t) => `\u001b[1m${t}\u001b[22m` };
export const PLAIN: ConsoleStyle = { bold: (t) => t };

function citation(card: CitationCard, style: ConsoleStyle): string[] {
  const excerpt = splitMarks(card.excerpt, card.marks)
    .map((p) => (p.marked ? style.bold(p.text) : p.text))
    .join('');
  // A quotation is shown in marks after its speaker; an excerpt is shown as it stands in the article.
  const lines = [card.speaker === undefined ? `[${card.n}] ${excerpt}` : `[${card.n}] ${card.speaker}: “${excerpt}”`];
  const title = card.source.title === null ? '' : ` · ${card.source.title}`;
  lines.push(`    — ${sourceLabel(card.source)}${title}`, `      ${card.source.link}`);
  for (const other of card.alsoReportedBy) lines.push(`    also reported by ${sourceLabel(other)}: ${other.link}`);
  for (const conflict of card.conflicts) {
    lines.push(`    ! ${sourceLabel(conflict.source)} attributes these words to ${conflict.speaker}: ${conflict.source.link}`);
  }
  return lines;
}

export function renderForConsole(reply: Reply, style: ConsoleStyle = PLAIN): string {
  const out: string[] = [];
  if (reply.kind === 'error') return reply.lines.map((l) => `! ${l}`).join('\n');
  if (reply.heading !== undefined) out.push(style.bold(reply.heading));
  out.push(...reply.lines);
  for (const entry of reply.entries ?? []) out.push(`- ${entry.label} — ${entry.detail}`, `  ${entry.link}`);
  for (const card of reply.citations) out.push(...citation(card, style));
  const footer = [reply.footer, reply.pager && reply.pager.pages > 1 ? `page ${reply.pager.page + 1} of ${reply.pager.pages} (type "next" or "prev")` : undefined]
    .filter((f): f is string => f !== undefined);
  if (footer.length > 0) out.push(`(${footer.join(' · ')})`);
  return out.join('\n');
}
