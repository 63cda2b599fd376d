// `quote --speaker NAME [--about TOPIC] [--limit N] [--json] [--data DIR]`: what a person was quoted as saying.
// The readable listing is the bot's: the /quote command run on the deps the bot loads (the cached quote book), every
// page of it (or the first --limit quotes) in one listing, rendered as the console renders it.
import { quote as quoteCommand, type QuoteInput } from '../../commands/quote.ts';
import type { Deps } from '../../commands/types.ts';
import { DEFAULT_QUOTE_LIMIT, findQuotes } from '../quotes/query.ts';
import { quoteResultSchema } from '../quotes/result.ts';
import type { Reply } from '../reply/model.ts';
import { dataOption, parse } from './args.ts';
import { loadCliDeps, renderReply } from './deps.ts';
import type { CliCommand } from './io.ts';

/** /quote's reply with all its pages joined (a terminal has no buttons), cut to `limit` quotes when given. */
export async function allQuotePages(input: QuoteInput, deps: Deps, limit: number | undefined): Promise<Reply> {
  const first = await quoteCommand.run(input, deps, { page: 0 });
  const pages = [first];
  for (let page = 1; page < (first.pager?.pages ?? 1); page += 1)
    pages.push(await quoteCommand.run(input, deps, { page }));
  const citations = pages.flatMap((p) => p.citations).slice(0, limit);
  const links = pages.flatMap((p) => p.links).slice(0, limit);
  const { pager: _pager, ...rest } = first;
  return { ...rest, citations, links };
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
    let count: number | undefined;
    if (limit !== undefined) {
      if (!/^\d+$/u.test(limit) || Number(limit) < 1) {
        io.err(`quote: --limit must be a whole number of at least 1, got "${limit}"`);
        return 2;
      }
      count = Number(limit);
    }
    // The readable listing takes /quote's own checks of the speaker and topic, before any loading.
    const input = json ? null : quoteCommand.parse({ speaker, ...(about === undefined ? {} : { about }) });
    if (input !== null && !input.ok) {
      io.err(`quote: ${input.error}`);
      return 2;
    }
    const loaded = await loadCliDeps(data, io);
    if (!loaded.ok) {
      io.err(`quote: ${loaded.message}`);
      return 2;
    }
    if (input !== null) {
      io.out(renderReply(await allQuotePages(input.value, loaded.deps, count), io));
      return 0;
    }
    const query = {
      speaker: speaker.trim(),
      limit: count ?? DEFAULT_QUOTE_LIMIT,
      ...(about !== undefined && about.trim().length > 0 ? { about } : {}),
    };
    io.out(JSON.stringify(quoteResultSchema.parse(findQuotes(loaded.deps.quotes, query)), null, 2));
    return 0;
  },
};
