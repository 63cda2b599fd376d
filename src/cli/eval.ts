// `eval --data DIR --gold FILE [--split NAME] [--json] [--explain]`: the development loop. Asks every gold question
// of a corpus and reports hit@1, hit@3 and the three outcomes; --explain shows why each question went as it did.
// `--quotes` measures /quote against a quotation gold instead (see evalQuotes.ts).
import { loadParaphraseTable } from '../load/paraphrases.ts';
import { dataOption, parse } from './args.ts';
import { foldForMatch, halfOf, qaGoldSchema, readGoldFile, type QaGold } from './evalGold.ts';
import type { CliCommand } from './io.ts';
import { formatProblem } from './problems.ts';
import { answerOf, decide, explain as explainDecision, type Explanation } from '../answers/answer.ts';
import type { Answer } from '../answers/schema.ts';
import { loadCorpus } from '../load/corpus.ts';
import { createRetriever } from '../search/retriever.ts';

export type Outcome = 'answer' | 'hedge' | 'nothing';

export interface QuestionResult {
  q: string;
  file: string | null;
  half: 'tune' | 'heldout' | null;
  answerable: boolean;
  outcome: Outcome;
  confidence: number;
  /** Rank (1-based) of the first citation holding a gold phrase, or null. */
  hitRank: number | null;
  /**
   * Words in the first citation's excerpt (0 without one): a longer excerpt holds more answers, so a change that
   * raises hit@1 by showing more text shows here.
   */
  excerptWords: number;
}

export interface Totals {
  questions: number;
  answerable: number;
  unanswerable: number;
  /** Answerable questions whose first (first three) citations hold a gold phrase, whatever the outcome. */
  hitAt1: number;
  hitAt3: number;
  /** Answerable questions answered (outcome a) with a gold phrase in the first citation. */
  answeredHitAt1: number;
  answerableHedged: number;
  answerableNothing: number;
  unanswerableAnswered: number;
  unanswerableHedged: number;
  unanswerableNothing: number;
}

export function outcomeOf(answer: Answer): Outcome {
  if (answer.answered) return 'answer';
  return answer.citations.length > 0 ? 'hedge' : 'nothing';
}

export function hitRankOf(answer: Answer, phrases: readonly string[]): number | null {
  const folded = phrases.map(foldForMatch);
  for (const citation of answer.citations) {
    const excerpts = [citation.excerpt, ...citation.alsoReportedBy.map((r) => r.excerpt)].map(foldForMatch);
    if (excerpts.some((e) => folded.some((p) => e.includes(p)))) return citation.rank;
  }
  return null;
}

/** Words of a text: its runs of letters or digits. */
export function wordsIn(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

export function totalsOf(results: readonly QuestionResult[]): Totals {
  const answerable = results.filter((r) => r.answerable);
  const unanswerable = results.filter((r) => !r.answerable);
  const count = (list: readonly QuestionResult[], test: (r: QuestionResult) => boolean): number =>
    list.filter(test).length;
  return {
    questions: results.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    hitAt1: count(answerable, (r) => r.hitRank === 1),
    hitAt3: count(answerable, (r) => r.hitRank !== null && r.hitRank <= 3),
    answeredHitAt1: count(answerable, (r) => r.hitRank === 1 && r.outcome === 'answer'),
    answerableHedged: count(answerable, (r) => r.outcome === 'hedge'),
    answerableNothing: count(answerable, (r) => r.outcome === 'nothing'),
    unanswerableAnswered: count(unanswerable, (r) => r.outcome === 'answer'),
    unanswerableHedged: count(unanswerable, (r) => r.outcome === 'hedge'),
    unanswerableNothing: count(unanswerable, (r) => r.outcome === 'nothing'),
  };
}

function percent(n: number, of: number): string {
  return of === 0 ? '—' : `${((100 * n) / of).toFixed(1)}%`;
}

export function formatTotals(label: string, t: Totals): string {
  return [
    `${label}: ${t.answerable} answerable, ${t.unanswerable} unanswerable`,
    `  hit@1 ${t.hitAt1}/${t.answerable} (${percent(t.hitAt1, t.answerable)})  hit@3 ${t.hitAt3}/${t.answerable} (${percent(t.hitAt3, t.answerable)})  answered and hit@1 ${t.answeredHitAt1}`,
    `  answerable given (b) or (c): ${t.answerableHedged + t.answerableNothing} (${percent(t.answerableHedged + t.answerableNothing, t.answerable)}; hedged ${t.answerableHedged}, nothing found ${t.answerableNothing})`,
    `  unanswerable given (a): ${t.unanswerableAnswered} (${percent(t.unanswerableAnswered, t.unanswerable)}; hedged ${t.unanswerableHedged}, nothing found ${t.unanswerableNothing})`,
  ].join('\n');
}

export function formatExplanation(result: QuestionResult, explanation: Explanation, gold: QaGold): string {
  const lines = [
    `Q: ${result.q}${result.file === null ? '' : `  [${result.file}]`}  → ${result.outcome} (confidence ${result.confidence.toFixed(3)}), ${result.answerable ? `hit at ${result.hitRank ?? '—'}` : 'unanswerable'}`,
  ];
  if ('any' in gold) lines.push(`  gold: ${gold.any.map((a) => JSON.stringify(a)).join(' | ')}`);
  lines.push(...explanation.lines.map((l) => `  ${l}`));
  return lines.join('\n');
}

export const evaluate: CliCommand = {
  name: 'eval',
  usage:
    'eval --gold FILE [--data DIR] [--split NAME] [--json] [--explain] [--quotes]   measure answers (or quotes) against a gold file',
  async run(args, io) {
    const parsed = parse(args, {
      ...dataOption,
      gold: { type: 'string' },
      split: { type: 'string' },
      json: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      quotes: { type: 'boolean', default: false },
    });
    if (!parsed.ok) {
      io.err(`eval: ${parsed.message}`);
      return 2;
    }
    const { data, gold: goldPath, split, json, explain, quotes } = parsed.value.values;
    if (goldPath === undefined) {
      io.err('eval: --gold FILE is required (for example ../shared/eval/news-dev/qa-gold.json)');
      return 2;
    }
    if (quotes) {
      const { evaluateQuotes } = await import('./evalQuotes.ts');
      return evaluateQuotes({ data, goldPath, split, json, explain }, io);
    }
    const gold = (await readGoldFile(goldPath, qaGoldSchema, 'question', io))?.questions;
    if (gold === undefined) return 2;
    // Read without the cache: the development corpus is someone else's folder and is never written to.
    const corpus = await loadCorpus(data);
    for (const problem of corpus.problems) io.err(formatProblem(problem));
    const retriever = createRetriever(corpus, undefined, { paraphrases: loadParaphraseTable() });
    const results: QuestionResult[] = [];
    let withoutFile = 0;
    for (const item of gold) {
      const answerable = 'any' in item;
      const half = split === undefined ? null : halfOf(item.file, split, item.file === undefined ? withoutFile++ : 0);
      const decision = decide(item.q, retriever);
      const answer = answerOf(decision);
      const result: QuestionResult = {
        q: item.q,
        file: item.file ?? null,
        half,
        answerable,
        outcome: outcomeOf(answer),
        confidence: answer.confidence ?? 0,
        hitRank: answerable ? hitRankOf(answer, item.any) : null,
        excerptWords: wordsIn(answer.citations[0]?.excerpt ?? ''),
      };
      results.push(result);
      // With a split, only the tune half is explained: the held-out half is looked at as totals alone.
      if (explain && !json && half !== 'heldout')
        io.out(`${formatExplanation(result, explainDecision(decision, retriever), item)}\n`);
    }
    if (explain && !json && split !== undefined)
      io.out(`(held-out questions, ${split} and after, are not explained: totals only)\n`);
    const all = totalsOf(results);
    const halves =
      split === undefined
        ? null
        : {
            tune: totalsOf(results.filter((r) => r.half === 'tune')),
            heldout: totalsOf(results.filter((r) => r.half === 'heldout')),
          };
    if (json) {
      io.out(JSON.stringify({ ...all, ...(halves === null ? {} : { halves }), results }));
      return 0;
    }
    io.out(formatTotals('all', all));
    if (halves !== null) {
      io.out(formatTotals(`tune (files before ${split})`, halves.tune));
      io.out(formatTotals(`held out (${split} and after)`, halves.heldout));
    }
    return 0;
  },
};
