// `passages [--article ID] [--json] [--data DIR]`: prints what was ingested, for operators checking a corpus.
import { dataOption, maxFileBytesOption, parse } from './args.ts';
import type { CliCommand } from './io.ts';
import { formatProblem } from './problems.ts';
import { loadCorpus } from '../load/corpus.ts';

export const passages: CliCommand = {
  name: 'passages',
  usage: 'passages [--article ID] [--json] [--data DIR]   print the ingested passages',
  async run(args, io) {
    const parsed = parse(args, {
      ...dataOption,
      article: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (!parsed.ok) {
      io.err(`passages: ${parsed.message}`);
      return 2;
    }
    const { data, article, json } = parsed.value.values;
    const limit = maxFileBytesOption();
    if (!limit.ok) {
      io.err(`passages: ${limit.message}`);
      return 2;
    }
    const corpus = await loadCorpus(data, { maxFileBytes: limit.maxFileBytes });
    for (const problem of corpus.problems) io.err(formatProblem(problem));
    if (article !== undefined && !corpus.articles.some((a) => a.id === article)) {
      io.err(`passages: no article "${article}" (known: ${corpus.articles.map((a) => a.id).join(', ') || 'none'})`);
      return 1;
    }
    const selected = corpus.passages.filter((p) => article === undefined || p.articleId === article);
    for (const p of selected) {
      if (json) {
        io.out(
          JSON.stringify({
            id: p.id,
            articleId: p.articleId,
            paragraph: p.paragraph,
            start: p.start,
            end: p.end,
            text: p.text,
          }),
        );
      } else {
        io.out(`[${p.id}] paragraph ${p.paragraph}, chars ${p.start}-${p.end}\n${p.text}\n`);
      }
    }
    return 0;
  },
};
