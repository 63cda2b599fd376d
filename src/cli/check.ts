// `check [--data DIR]`: validates a corpus directory and lists every problem with its file and field, including
// files no entry lists; never a stack trace.
import { formatProblem } from './problems.ts';
import { dataOption, maxFileBytesOption, parse } from './args.ts';
import type { CliCommand } from './io.ts';
import { checkCorpus } from '../load/corpus.ts';

export const check: CliCommand = {
  name: 'check',
  usage: 'check [--data DIR]                      validate the corpus; exit 1 on any problem',
  async run(args, io) {
    const parsed = parse(args, dataOption);
    if (!parsed.ok) {
      io.err(`check: ${parsed.message}`);
      return 2;
    }
    const limit = maxFileBytesOption();
    if (!limit.ok) {
      io.err(`check: ${limit.message}`);
      return 2;
    }
    const dir = parsed.value.values.data;
    const corpus = await checkCorpus(dir, { maxFileBytes: limit.maxFileBytes });
    for (const problem of corpus.problems) io.err(formatProblem(problem));
    const summary = `${dir}: ${corpus.articles.length} article(s), ${corpus.passages.length} passage(s), ${corpus.problems.length} problem(s)`;
    if (corpus.problems.length > 0) {
      io.err(summary);
      return 1;
    }
    io.out(summary);
    return 0;
  },
};
