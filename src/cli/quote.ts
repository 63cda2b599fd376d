// `quote --speaker NAME [--about TOPIC] [--limit N] [--json] [--data DIR]`: what a person was quoted as saying.
import { dataOption, maxFileBytesOption, parse } from './args.ts';
import type { CliCommand } from './io.ts';
import { formatProblem } from './problems.ts';
import { loadCorpus } from '../load/corpus.ts';
import { buildQuoteBook } from '../quotes/book.ts';
import { DEFAULT_QUOTE_LIMIT, findQuotes } from '../quotes/query.ts';
import { quoteResultSchema, type QuoteResult } from '../quotes/result.ts';

/** The readable listing printed without --json. */
export function formatQuoteResult(result: QuoteResult): string {
  if (result.speaker === null) {
    const hint = result.suggestions.length > 0 ? ` Did you mean: ${result.suggestions.join(', ')}?` : '';
    return `No quoted speaker matches "${result.query}".${hint}`;
  }
  const lines: string[] = [result.speaker.name];
  if (result.speaker.aliases.length > 0) lines.push(`Also referred to as: ${result.speaker.aliases.join('; ')}`);
  if (result.quotes.length === 0) lines.push('', 'No quotes found.');
  result.quotes.forEach((q, i) => {
    lines.push('', `${i + 1}. “${q.text}”${q.partial ? ' (partial)' : ''}`);
    lines.push(`   — ${q.outlet}, ${q.published ?? 'undated'}${q.title ? ` · ${q.title}` : ''}`);
    lines.push(`   ${q.link}`);
    if (q.alsoReportedBy.length > 0) lines.push(`   Also reported by: ${q.alsoReportedBy.map((r) => r.outlet).join(', ')}`);
    for (const c of q.conflicts) lines.push(`   ! ${c.outlet} gives these words to ${c.speaker}: “${c.text}”`);
  });
  return lines.join('\n');
}

export const quote: CliCommand = {
  name: 'quote',
  usage: 'quote --speaker NAME [--about TOPIC] [--limit N] [--json] [--data DIR]   what a person was quoted as saying',
  async run(args, io) {
    const parsed = parse(args, {
      ...dataOption,
      speaker: { type: 'string' },
      about: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (!parsed.ok) {
      io.err(`quote: ${parsed.message}`);
      return 2;
    }
    const { data, speaker, about, limit, json } = parsed.value.values;
    if (speaker === undefined || speaker.trim().length === 0) {
      io.err('quote: --speaker NAME is required');
      return 2;
    }
    let count = DEFAULT_QUOTE_LIMIT;
    if (limit !== undefined) {
      if (!/^\d+$/u.test(limit) || Number(limit) < 1) {
        io.err(`quote: --limit must be a whole number of at least 1, got "${limit}"`);
        return 2;
      }
      count = Number(limit);
    }
    const fileLimit = maxFileBytesOption();
    if (!fileLimit.ok) {
      io.err(`quote: ${fileLimit.message}`);
      return 2;
    }
    const corpus = await loadCorpus(data, { maxFileBytes: fileLimit.maxFileBytes });
    for (const problem of corpus.problems) io.err(formatProblem(problem));
    const book = buildQuoteBook(corpus.articles);
    const query = about !== undefined && about.trim().length > 0 ? { speaker: speaker.trim(), about, limit: count } : { speaker: speaker.trim(), limit: count };
    const result = quoteResultSchema.parse(findQuotes(book, query));
    io.out(json ? JSON.stringify(result, null, 2) : formatQuoteResult(result));
    return 0;
  },
};
