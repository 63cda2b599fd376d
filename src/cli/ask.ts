// `ask "QUESTION" [--json] [--k N] [--data DIR]`: answers a question (or one per line of standard input) with
// numbered verbatim citations; --json prints one answer object per line for other tools.
import { loadParaphraseTable } from '../load/paraphrases.ts';
import { HEDGE } from '../../commands/ask.ts';
import { dataOption, maxFileBytesOption, parse } from './args.ts';
import type { CliCommand, CliIo } from './io.ts';
import { formatProblem } from './problems.ts';
import { answerQuestion, DEFAULT_K } from '../answers/answer.ts';
import { toAnswerJson, type Answer } from '../answers/schema.ts';
import { loadCorpusCached } from '../load/cache.ts';
import { createLogger } from '../log/logger.ts';
import { createRetriever, type Retriever } from '../search/retriever.ts';

export const MAX_K = 20;
export const NOTHING_IN_CORPUS = 'Nothing in the corpus answers this question. Try other words, or `quote SPEAKER` for what someone said.';


/** The number of citations asked for, or the message explaining why the value is not one. */
export function parseK(value: string | undefined): { ok: true; k: number } | { ok: false; message: string } {
  if (value === undefined) return { ok: true, k: DEFAULT_K };
  const k = /^\d+$/u.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isInteger(k) || k < 1 || k > MAX_K) return { ok: false, message: `--k must be a whole number from 1 to ${MAX_K} (got "${value}")` };
  return { ok: true, k };
}

/** The readable listing: the question, then each numbered citation with outlet, date, title, excerpt and link. */
export function formatAnswer(answer: Answer): string {
  const lines = [`Q: ${answer.question}`];
  if (!answer.answered && answer.citations.length === 0) {
    lines.push(NOTHING_IN_CORPUS);
    return lines.join('\n');
  }
  if (!answer.answered) lines.push(HEDGE);
  for (const c of answer.citations) {
    lines.push(`${c.rank}. ${c.outlet}, ${c.published ?? 'undated'}${c.title === null ? '' : ` — ${c.title}`}`);
    lines.push(`   “${c.excerpt.replace(/\s*\n\s*/gu, ' ')}”`);
    lines.push(`   ${c.link}`);
    for (const other of c.alsoReportedBy) lines.push(`   also reported by ${other.outlet}: ${other.link}`);
  }
  return lines.join('\n');
}

function print(io: CliIo, answer: Answer, json: boolean): void {
  io.out(json ? JSON.stringify(toAnswerJson(answer)) : `${formatAnswer(answer)}\n`);
}

export const ask: CliCommand = {
  name: 'ask',
  usage: 'ask ["QUESTION"] [--json] [--k N] [--data DIR]   answer a question (or one per stdin line) with citations',
  async run(args, io) {
    const parsed = parse(args, { ...dataOption, json: { type: 'boolean', default: false }, k: { type: 'string' } });
    if (!parsed.ok) {
      io.err(`ask: ${parsed.message}`);
      return 2;
    }
    const { data, json, k: kValue } = parsed.value.values;
    const k = parseK(kValue);
    if (!k.ok) {
      io.err(`ask: ${k.message}`);
      return 2;
    }
    const limit = maxFileBytesOption();
    if (!limit.ok) {
      io.err(`ask: ${limit.message}`);
      return 2;
    }
    // The saved corpus and index (as the bot uses them): only the first run on a corpus version builds them.
    const logger = createLogger('warn', (line) => io.err(line));
    const { corpus, index } = await loadCorpusCached(data, { maxFileBytes: limit.maxFileBytes, logger });
    for (const problem of corpus.problems) io.err(formatProblem(problem));
    const retriever: Retriever = createRetriever(corpus, index, { paraphrases: loadParaphraseTable() });
    const question = parsed.value.positionals.join(' ').trim();
    if (question.length > 0) {
      print(io, answerQuestion(question, retriever, { k: k.k }), json);
      return 0;
    }
    for await (const line of io.lines()) {
      const q = line.trim();
      if (q.length > 0) print(io, answerQuestion(q, retriever, { k: k.k }), json);
    }
    return 0;
  },
};
