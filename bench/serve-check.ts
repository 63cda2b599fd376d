// One serving process as the bench's serve step runs it (cold start through loadDeps, then the scaled workload: every
// question answered twice, every speaker quoted), printing peak RSS, /ask CPU time per question, and a SHA-256 of every
// /ask answer, every /quote result and the whole quote book: run it on old and new code (--tree, each with its own
// copy of the corpus) to show that a change kept every answer. --corpus also hashes every article and passage.
//   npx tsx bench/serve-check.ts --data DIR [--tree PATH] [--corpus]
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './generate.ts';
import { scaledQuestions, scaledSpeakers } from './workload.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    tree: { type: 'string', default: '.' },
    corpus: { type: 'boolean', default: false },
  },
});
if (values.data === undefined) {
  process.stderr.write('usage: serve-check.ts --data DIR [--tree PATH] [--corpus]\n');
  process.exit(2);
}
const tree = resolve(values.tree);
const { loadDeps } = (await import(`${tree}/src/load/deps.ts`)) as typeof import('../src/load/deps.ts');
const { answerQuestion } = (await import(`${tree}/src/answers/answer.ts`)) as typeof import('../src/answers/answer.ts');
const { findQuotes } = (await import(`${tree}/src/quotes/index.ts`)) as typeof import('../src/quotes/index.ts');

const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const mb = (bytes: number): number => Math.round(bytes / 1e6);

const startCpu = cpuMs();
const started = performance.now();
const { deps } = await loadDeps(values.data);
const loadMs = performance.now() - started;
const loadCpuMs = cpuMs() - startCpu;
const readyRss = process.memoryUsage().rss;
// Let the start-up warm-up (entity tagger, quote tables) run, as it does in the bot before questions arrive.
await new Promise((done) => setImmediate(done));

const questions = scaledQuestions(DEFAULT_SEED);
const answers = createHash('sha256');
const perQuestion: number[] = [];
// The bench's serve step: a warm-up pass, then the timed pass. Both passes' answers are hashed.
for (const pass of [0, 1]) {
  for (const question of questions) {
    const before = cpuMs();
    const answer = answerQuestion(question, deps.retriever);
    if (pass === 1) perQuestion.push(cpuMs() - before);
    answers.update(`${question}\0${JSON.stringify(answer)}\0`);
  }
}
const quotes = createHash('sha256');
for (const speaker of scaledSpeakers(DEFAULT_SEED))
  quotes.update(`${speaker}\0${JSON.stringify(findQuotes(deps.quotes, { speaker }))}\0`);
// Peak RSS of the workload alone, as the bench's serve step measures it: hashing the whole book below takes more.
const peakRss = process.resourceUsage().maxRSS * 1e3;
const book = createHash('sha256')
  .update(JSON.stringify({ quotes: deps.quotes.quotes, people: deps.quotes.people }))
  .digest('hex');
let corpus: string | undefined;
if (values.corpus) {
  const hash = createHash('sha256');
  for (const article of deps.corpus.articles) hash.update(`${JSON.stringify(article)}\n`);
  for (const passage of deps.corpus.passages) hash.update(`${JSON.stringify(passage)}\n`);
  hash.update(JSON.stringify(deps.corpus.problems));
  corpus = hash.digest('hex').slice(0, 16);
}
perQuestion.sort((a, b) => a - b);
const at = (p: number): number =>
  perQuestion[Math.min(perQuestion.length - 1, Math.floor(p * perQuestion.length))] ?? 0;
console.log(
  JSON.stringify({
    loadMs: Math.round(loadMs),
    loadCpuMs: Math.round(loadCpuMs),
    readyRssMB: mb(readyRss),
    peakRssMB: mb(peakRss),
    askCpuP50: Number(at(0.5).toFixed(2)),
    askCpuP99: Number(at(0.99).toFixed(2)),
    answers: answers.digest('hex').slice(0, 16),
    quotes: quotes.digest('hex').slice(0, 16),
    book: book.slice(0, 16),
    ...(corpus === undefined ? {} : { corpus }),
    load1: Number((loadavg()[0] ?? 0).toFixed(1)),
  }),
);
process.exit(0);
