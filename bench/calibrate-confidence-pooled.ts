// Calibration of /ask's confidence on the tune material of several sets at once: each `--set DIR[:SPLIT]` gives a
// data folder with its qa-gold.json, split at SPLIT (its files before SPLIT and every other unanswerable question are
// tune material; the rest is never read by the fit) or taken whole without one. The ranking weights stay as they are;
// a logistic fit of the confidence features (answerable vs unanswerable, classes balanced), then the threshold that
// keeps at most 5% of the pooled answerable questions (nothing found included) below it. One set alone fits 15
// unanswerable questions; the pool fits several kinds of news and question writers.
//   npx tsx bench/calibrate-confidence-pooled.ts --set ../shared/eval/news-dev:N21 --set ../realdev:R21 \
//     --set test/fixtures/ask-styles --set test/fixtures/ask-styles-2 --set test/fixtures/news-styles-4 \
//     --set test/fixtures/news-styles-3 [--leave-out margin,missing]
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { decide } from '../src/answers/answer.ts';
import { VETO_WEIGHTS, type ConfidenceFeatures, type ConfidenceWeights } from '../src/answers/confidence.ts';
import { halfOf, qaGoldSchema } from '../src/cli/evalGold.ts';
import { loadCorpus } from '../src/load/corpus.ts';
import { loadParaphraseTable } from '../src/load/paraphrases.ts';
import { createRetriever } from '../src/search/retriever.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', multiple: true },
    'leave-out': { type: 'string', default: 'margin,missing' },
  },
});
if (!values.set || values.set.length === 0) throw new Error('usage: --set DIR[:SPLIT] (repeated) [--leave-out a,b]');

const paraphrases = loadParaphraseTable();
const rows: { x: ConfidenceFeatures; y: number }[] = [];
let answerable = 0;
let answerableNothing = 0;
for (const spec of values.set) {
  const [dir = '', split] = spec.split(':');
  const gold = qaGoldSchema.parse(JSON.parse(await readFile(`${dir}/qa-gold.json`, 'utf8'))).questions;
  const retriever = createRetriever(await loadCorpus(dir), undefined, { paraphrases });
  let withoutFile = 0;
  for (const item of gold) {
    const half = split ? halfOf(item.file, split, item.file === undefined ? withoutFile++ : 0) : 'tune';
    if (half !== 'tune') continue;
    const decision = decide(item.q, retriever);
    if ('any' in item) answerable++;
    if (decision.outcome === 'nothing' || decision.features === null) {
      if ('any' in item) answerableNothing++;
      continue;
    }
    rows.push({ x: decision.features, y: 'any' in item ? 1 : 0 });
  }
}

const leftOut = (values['leave-out'] ?? '').split(',').filter((k) => k.length > 0);
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
const probability = (x: ConfidenceFeatures): number => {
  let z = confidence.bias + vetoOf(x);
  for (const k of keys) z += confidence[k] * x[k];
  return 1 / (1 + Math.exp(-z));
};
const answerableScores = rows
  .filter((r) => r.y === 1)
  .map((r) => probability(r.x))
  .sort((a, b) => a - b);
const allowed = Math.floor(0.05 * answerable) - answerableNothing;
const threshold = Math.floor((answerableScores[Math.max(0, allowed)] ?? 0.5) * 1000) / 1000;
const unanswerableAnswered = rows.filter((r) => r.y === 0 && probability(r.x) >= threshold).length;
console.log(`${rows.length} questions fitted (${positives} answerable, ${negatives} unanswerable)`);
console.log(`confidence weights: ${JSON.stringify(confidence)}`);
console.log(`threshold ${threshold}: unanswerable given (a) ${unanswerableAnswered} of ${negatives}`);
