// `ask "QUESTION" [--json] [--k N] [--data DIR]`: answers a question (or one per line of standard input). The
// readable answer is the bot's: the /ask command run on the deps the bot loads, rendered as the console renders it;
// --json prints one answer object per line for other tools.
import { ask as askCommand } from '../../commands/ask.ts';
import type { Deps } from '../../commands/types.ts';
import { answerQuestion, DEFAULT_K } from '../answers/answer.ts';
import { toAnswerJson } from '../answers/schema.ts';
import { errorReply, type Reply } from '../reply/model.ts';
import { dataOption, parse } from './args.ts';
import { loadCliDeps, renderReply } from './deps.ts';
import type { CliCommand } from './io.ts';

export const MAX_K = 20;

/** The number of citations asked for, or the message explaining why the value is not one. */
export function parseK(value: string | undefined): { ok: true; k: number } | { ok: false; message: string } {
  if (value === undefined) return { ok: true, k: DEFAULT_K };
  const k = /^\d+$/u.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isInteger(k) || k < 1 || k > MAX_K)
    return { ok: false, message: `--k must be a whole number from 1 to ${MAX_K} (got "${value}")` };
  return { ok: true, k };
}

/** The /ask reply to a question, or the command's own refusal of it (an over-long question, say). */
async function askReply(question: string, deps: Deps): Promise<Reply> {
  const input = askCommand.parse({ question });
  return input.ok ? askCommand.run(input.value, deps, { page: 0 }) : errorReply(input.error);
}

export const ask: CliCommand = {
  name: 'ask',
  usage:
    'ask ["QUESTION"] [--json] [--k N] [--data DIR]   answer a question (or one per stdin line) with citations (--k: per --json answer)',
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
    // The readable answer is /ask's, with its fixed number of citations; say so rather than drop the option unseen.
    if (!json && kValue !== undefined)
      io.err('ask: --k applies to --json output; the readable answer shows the citations /ask shows');
    // The saved corpus and index (as the bot uses them): only the first run on a corpus version builds them.
    const loaded = await loadCliDeps(data, io);
    if (!loaded.ok) {
      io.err(`ask: ${loaded.message}`);
      return 2;
    }
    const { deps } = loaded;
    const answer = async (question: string): Promise<void> => {
      if (json) io.out(JSON.stringify(toAnswerJson(answerQuestion(question, deps.retriever, { k: k.k }))));
      else io.out(`${renderReply(await askReply(question, deps), io)}\n`);
    };
    const question = parsed.value.positionals.join(' ').trim();
    if (question.length > 0) {
      await answer(question);
      return 0;
    }
    for await (const line of io.lines()) {
      const q = line.trim();
      if (q.length > 0) await answer(q);
    }
    return 0;
  },
};
