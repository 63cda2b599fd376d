// Calibration of /ask on the TUNE half of a development set only (files before --split, and every other
// unanswerable question): a grid over the sentence score weights for hit@1/hit@3, then a logistic fit of the
// confidence features (answerable vs unanswerable) and the threshold that keeps answerable refusals at ≤ 5%.
//   npx tsx bench/calibrate-answers.ts --data ../shared/eval/news-dev --gold ../shared/eval/news-dev/qa-gold.json --split N21
//     [--data DIR --gold FILE --split NAME]… [--set DIR[:SPLIT]]…   (more sets, each on its own tune material;
//     a --set without SPLIT is taken whole: our own fixture sets)
//     [--keep-score] [--leave-out margin,missing]
import { loadParaphraseTable } from '../src/load/paraphrases.ts';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CALIBRATED, decide, answerQuestion, type Tuning } from '../src/answers/answer.ts';
import { VETO_WEIGHTS, type ConfidenceFeatures, type ConfidenceWeights } from '../src/answers/confidence.ts';
import {
  CANDIDATE_PASSAGES,
  RANK_FEATURES,
  rankSentences,
  type RankFeature,
  type RankFeatures,
  type ScoreWeights,
} from '../src/answers/rank.ts';
import { foldForMatch, halfOf, qaGoldSchema, type QaGold } from '../src/cli/evalGold.ts';
import { hitRankOf } from '../src/cli/eval.ts';
import { loadCorpus } from '../src/load/corpus.ts';
import { createRetriever, type Retriever } from '../src/search/retriever.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', multiple: true },
    gold: { type: 'string', multiple: true },
    split: { type: 'string', multiple: true },
    set: { type: 'string', multiple: true },
    'keep-score': { type: 'boolean', default: false },
    'leave-out': { type: 'string' },
  },
});
// Several development sets calibrate together (--data A --gold A/qa-gold.json --split N21 --data B …, or
// --set DIR[:SPLIT] with DIR/qa-gold.json, a set without SPLIT taken whole): each set's tune material alone, each
// asked of its own corpus.
const dataDirs = values.data ?? [];
const goldFiles = values.gold ?? [];
const splits = values.split ?? [];
if (goldFiles.length !== dataDirs.length || ![0, 1, dataDirs.length].includes(splits.length))
  throw new Error('usage: (--data DIR --gold FILE [--split NAME])… with one --split for all or one per set');
const specs = [
  ...dataDirs.map((dir, i) => ({ dir, gold: goldFiles[i] ?? '', split: splits[i] ?? splits[0] ?? 'N21' })),
  ...(values.set ?? []).map((spec) => {
    const [dir = '', split] = spec.split(':');
    return { dir, gold: `${dir}/qa-gold.json`, split };
  }),
];
if (specs.length === 0) throw new Error('usage: give a set with --data/--gold/--split or --set DIR[:SPLIT]');
const paraphrases = loadParaphraseTable();
const sets: { retriever: Retriever; tune: QaGold[] }[] = [];
for (const { dir, gold: goldPath, split } of specs) {
  const gold = qaGoldSchema.parse(JSON.parse(await readFile(goldPath, 'utf8'))).questions;
  let withoutFile = 0;
  const tune = gold.filter(
    (item) => split === undefined || halfOf(item.file, split, item.file === undefined ? withoutFile++ : 0) === 'tune',
  );
  sets.push({ retriever: createRetriever(await loadCorpus(dir), undefined, { paraphrases }), tune });
}
const tune: QaGold[] = sets.flatMap((set) => set.tune);
/** Every tune question with the retriever of its own set. */
const asked = sets.flatMap(({ retriever, tune: items }) => items.map((item) => ({ item, retriever })));

function hits(score: ScoreWeights): { at1: number; at3: number } {
  let at1 = 0;
  let at3 = 0;
  for (const { item, retriever } of asked) {
    if (!('any' in item)) continue;
    const rank = hitRankOf(answerQuestion(item.q, retriever, { tuning: { ...CALIBRATED, score } }), item.any);
    if (rank === 1) at1++;
    if (rank !== null && rank <= 3) at3++;
  }
  return { at1, at3 };
}

const answerable = tune.filter((item) => 'any' in item).length;
const current = hits(CALIBRATED.score);
console.log(`current weights: hit@1 ${current.at1}/${answerable}, hit@3 ${current.at3}/${answerable}`);

// Ranking: pairwise logistic regression within each question, a sentence holding a gold phrase against every other
// candidate of the question; every candidate tagged for its answer type, as the best ones are when answering.
const pairs: { better: RankFeatures; worse: RankFeatures }[] = [];
for (const { item, retriever } of asked) {
  if (!('any' in item)) continue;
  const phrases = item.any.map(foldForMatch);
  const ranking = rankSentences(item.q, retriever, CANDIDATE_PASSAGES, CALIBRATED.score, Number.POSITIVE_INFINITY);
  const holds = ranking.candidates.map((c) => {
    const article = retriever.article(c.articleId);
    const sentence = article?.sentences[c.sentence];
    const text = article && sentence ? foldForMatch(article.text.slice(sentence.start, sentence.end)) : '';
    return phrases.some((p) => text.includes(p));
  });
  const positives = ranking.candidates.filter((_, i) => holds[i]);
  const negatives = ranking.candidates.filter((_, i) => !holds[i]);
  for (const better of positives)
    for (const worse of negatives) pairs.push({ better: better.features, worse: worse.features });
}
const rankWeights: Record<RankFeature, number> = { ...CALIBRATED.score };
for (let step = 0; step < 3000; step++) {
  const grad = Object.fromEntries(RANK_FEATURES.map((f) => [f, 0])) as Record<RankFeature, number>;
  for (const { better, worse } of pairs) {
    let margin = 0;
    for (const f of RANK_FEATURES) margin += rankWeights[f] * (better[f] - worse[f]);
    const p = 1 / (1 + Math.exp(margin));
    for (const f of RANK_FEATURES) grad[f] -= p * (better[f] - worse[f]);
  }
  for (const f of RANK_FEATURES) rankWeights[f] -= 0.5 * (grad[f] / pairs.length + 0.001 * rankWeights[f]);
}
const fitted = Object.fromEntries(
  RANK_FEATURES.map((f) => [f, Math.round(rankWeights[f] * 100) / 100]),
) as ScoreWeights;
const fittedHits = hits(fitted);
console.log(
  `fitted on ${pairs.length} pairs: ${JSON.stringify(fitted)} hit@1 ${fittedHits.at1} hit@3 ${fittedHits.at3}`,
);
// --keep-score keeps the weights in use (the fit is reported, not taken) and fits only the confidence.
const best =
  !values['keep-score'] && fittedHits.at1 * 3 + fittedHits.at3 >= current.at1 * 3 + current.at3
    ? { score: fitted, ...fittedHits }
    : { score: CALIBRATED.score, ...current };

// Confidence: logistic regression, answerable (1) vs unanswerable (0), L2-regularised, by gradient descent.
const tuning: Tuning = { ...CALIBRATED, score: best.score };
const rows: { x: ConfidenceFeatures; y: number }[] = [];
for (const { item, retriever } of asked) {
  const decision = decide(item.q, retriever, 3, tuning);
  if (decision.outcome === 'nothing' || decision.features === null) continue;
  rows.push({ x: decision.features, y: 'any' in item ? 1 : 0 });
}
// --leave-out: features kept out of the fit (weight 0): with 15 unanswerable questions, fewer features overfit less.
const leftOut = (values['leave-out'] ?? '').split(',').filter((k) => k.length > 0);
// Vetoes (VETO_WEIGHTS) are not fitted either: they keep their weight and add to every row's score.
const vetoes = Object.keys(VETO_WEIGHTS) as (keyof ConfidenceFeatures)[];
const keys = (Object.keys(rows[0]?.x ?? {}) as (keyof ConfidenceFeatures)[]).filter(
  (k) => !leftOut.includes(k) && !vetoes.includes(k),
);
const vetoOf = (x: ConfidenceFeatures): number =>
  vetoes.reduce((z, k) => z + ((VETO_WEIGHTS as Partial<ConfidenceWeights>)[k] ?? 0) * x[k], 0);
const w: Record<string, number> = { bias: 0, ...Object.fromEntries(keys.map((k) => [k, 0])) };
const positives = rows.filter((r) => r.y === 1).length;
const negatives = rows.length - positives;
for (let step = 0; step < 20000; step++) {
  const grad: Record<string, number> = Object.fromEntries(Object.keys(w).map((k) => [k, 0]));
  for (const { x, y } of rows) {
    let z = (w.bias ?? 0) + vetoOf(x);
    for (const k of keys) z += (w[k] ?? 0) * x[k];
    const p = 1 / (1 + Math.exp(-z));
    // Classes weighted to balance: 15 unanswerable questions must count as much as 100 answerable ones.
    const weight = y === 1 ? rows.length / (2 * positives) : rows.length / (2 * negatives);
    grad.bias = (grad.bias ?? 0) + weight * (p - y);
    for (const k of keys) grad[k] = (grad[k] ?? 0) + weight * (p - y) * x[k];
  }
  for (const k of Object.keys(w))
    w[k] = (w[k] ?? 0) - 0.05 * ((grad[k] ?? 0) / rows.length + (k === 'bias' ? 0 : 0.01 * (w[k] ?? 0)));
}
const confidence = Object.fromEntries([
  ...leftOut.map((k) => [k, 0]),
  ...Object.entries(VETO_WEIGHTS),
  ...Object.entries(w).map(([k, v]) => [k, Math.round(v * 100) / 100]),
]) as ConfidenceWeights;
const scored = rows.map(({ x, y }) => {
  let z = confidence.bias + vetoOf(x);
  for (const k of keys) z += confidence[k] * x[k];
  return { p: 1 / (1 + Math.exp(-z)), y };
});
const answerableScores = scored
  .filter((s) => s.y === 1)
  .map((s) => s.p)
  .sort((a, b) => a - b);
// Threshold: at most 5% of the answerable questions (of all, "nothing found" included) below it.
const allowed = Math.floor(0.05 * answerable) - (answerable - answerableScores.length);
const threshold = Math.floor((answerableScores[Math.max(0, allowed)] ?? 0.5) * 1000) / 1000;
const unanswerableAnswered = scored.filter((s) => s.y === 0 && s.p >= threshold).length;
console.log(`score weights: ${JSON.stringify(best.score)}  (hit@1 ${best.at1}, hit@3 ${best.at3} of ${answerable})`);
console.log(`confidence weights: ${JSON.stringify(confidence)}`);
console.log(`threshold ${threshold}: unanswerable given (a) ${unanswerableAnswered} of ${tune.length - answerable}`);
