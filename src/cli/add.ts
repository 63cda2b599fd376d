// `add FILE --title T --outlet O --url U [--published YYYY-MM-DD] [--data DIR]`: validates, then adds an article.
// A page (.html/.htm) needs only --outlet and --url: its title and date come from the page unless given.
import { dataOption, maxFileBytesOption, parse } from './args.ts';
import type { CliCommand } from './io.ts';
import { addArticle } from '../load/addArticle.ts';
import { isPageFile } from '../corpus/ingest.ts';

export const add: CliCommand = {
  name: 'add',
  usage:
    'add FILE --title T --outlet O --url U [--published YYYY-MM-DD] [--data DIR]   add an article (a .html page needs no --title)',
  async run(args, io) {
    const parsed = parse(args, {
      ...dataOption,
      title: { type: 'string' },
      outlet: { type: 'string' },
      url: { type: 'string' },
      published: { type: 'string' },
    });
    if (!parsed.ok) {
      io.err(`add: ${parsed.message}`);
      return 2;
    }
    const { values, positionals } = parsed.value;
    const page = positionals.length === 1 && isPageFile(positionals[0] ?? '');
    const required = page ? (['outlet', 'url'] as const) : (['title', 'outlet', 'url'] as const);
    const missing = required.filter((k) => values[k] === undefined).map((k) => `--${k}`);
    if (positionals.length !== 1 || missing.length > 0) {
      const problems = [
        positionals.length !== 1 ? 'exactly one FILE' : '',
        missing.length > 0 ? missing.join(', ') : '',
      ].filter(Boolean);
      io.err(`add: missing ${problems.join(' and ')}\nusage: ${add.usage}`);
      return 2;
    }
    const limit = maxFileBytesOption();
    if (!limit.ok) {
      io.err(`add: ${limit.message}`);
      return 2;
    }
    const result = await addArticle(
      {
        source: positionals[0] ?? '',
        title: values.title ?? (page ? null : ''),
        outlet: values.outlet ?? '',
        url: values.url ?? '',
        published: values.published ?? null,
        dir: values.data,
      },
      { maxFileBytes: limit.maxFileBytes },
    );
    if (!result.ok) {
      for (const error of result.errors) io.err(`add: ${error}`);
      io.err('add: nothing was changed');
      return 1;
    }
    const { article } = result;
    io.out(`added ${result.entry.file} (${result.entry.outlet}, ${article.published ?? 'undated'}) to ${values.data}`);
    if (page)
      io.out(
        `  "${article.title ?? 'untitled'}"${article.byline === undefined ? '' : ` by ${article.byline}`}: ${result.passages} passage(s)`,
      );
    return 0;
  },
};
