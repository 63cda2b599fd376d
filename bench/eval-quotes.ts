// Quote attribution quality on bench/eval/quotes-dev.json: per gold speaker, precision (returned quotes in the
// covered articles that are truly theirs) and recall (their non-optional gold quotes returned), plus alias lookups.
//   npx tsx bench/eval-quotes.ts [--data DIR] [--gold FILE] [--verbose] [--scale DIR [--runs N]]
// --scale DIR also times building the quote book (best of N runs, default 3), its memory and saved size, a cold
// start, and query latency percentiles on a larger corpus (bench/generate.ts).
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { z } from 'zod';
import { loadCorpus } from '../src/load/corpus.ts';
import { buildQuoteBook, type QuoteBook } from '../src/quotes/book.ts';
import { prepareQuoteBook } from '../src/quotes/prepare.ts';
import { findQuotes } from '../src/quotes/query.ts';
import { resolveSpeaker, suggestSpeakers } from '../src/quotes/speakers.ts';
import { DEFAULT_SEED } from './generate.ts';
import { givenNameGender } from '../src/load/givenNames.ts';
import { summarise } from './stats.ts';
import { scaledSpeakers } from './workload.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const goldSchema = z.object({
  articles: z.record(z.string(), z.string()),
  quotes: z.array(z.object({ a: z.string(), speaker: z.string(), frag: z.string(), optional: z.boolean().optional() })),
  speaker_aliases: z.record(z.string(), z.array(z.string())),
});

function norm(text: string): string {
  return text
    .replace(/[\u2018\u2019]/gu, "'")
    .replace(/[\u201c\u201d]/gu, '"')
    .replace(/\s+/gu, ' ')
    .toLowerCase()
    .trim();
}

function pct(n: number, d: number): string {
  return d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(ROOT, 'data') },
    gold: { type: 'string', default: join(ROOT, 'bench/eval/quotes-dev.json') },
    verbose: { type: 'boolean', default: false },
    scale: { type: 'string' },
    runs: { type: 'string', default: '3' },
  },
});
const gold = goldSchema.parse(JSON.parse(await readFile(values.gold, 'utf8')));
const corpus = await loadCorpus(values.data);
const started = performance.now();
const book = buildQuoteBook(corpus.articles, { givenNameGender });
const buildMs = performance.now() - started;

const articleOf = new Map<string, string>();
for (const [key, url] of Object.entries(gold.articles)) {
  const article = corpus.articles.find((a) => a.url === url);
  if (article) articleOf.set(key, article.id);
  else console.error(`gold article ${key} (${url}) is not in the corpus`);
}
const covered = new Set(articleOf.values());
const speakers = [...new Set([...gold.quotes.map((q) => q.speaker), ...Object.keys(gold.speaker_aliases)])].sort();

console.log(
  `quote book: ${book.quotes.length} quotes, ${book.people.length} people, built in ${buildMs.toFixed(0)} ms\n`,
);
console.log('speaker               resolved as              returned  correct  precision  gold  found  recall');
let allReturned = 0;
let allCorrect = 0;
let allGold = 0;
let allFound = 0;
for (const speaker of speakers) {
  const result = findQuotes(book, { speaker, limit: 10_000 });
  const items = result.quotes.flatMap((q) => [
    { articleId: q.articleId, text: q.text },
    ...q.alsoReportedBy.map((r) => ({ articleId: r.articleId, text: r.text })),
  ]);
  const inCovered = items.filter((i) => covered.has(i.articleId));
  const mine = gold.quotes.filter((g) => g.speaker === speaker);
  const matches = (item: { articleId: string; text: string }, g: (typeof gold.quotes)[number]): boolean =>
    articleOf.get(g.a) === item.articleId && norm(item.text).includes(norm(g.frag));
  const correct = inCovered.filter((i) => mine.some((g) => matches(i, g)));
  const required = mine.filter((g) => !g.optional);
  const found = required.filter((g) => inCovered.some((i) => matches(i, g)));
  allReturned += inCovered.length;
  allCorrect += correct.length;
  allGold += required.length;
  allFound += found.length;
  console.log(
    `${speaker.padEnd(21)} ${(result.speaker?.name ?? '(none)').padEnd(24)} ${String(inCovered.length).padStart(8)} ${String(correct.length).padStart(8)} ${pct(correct.length, inCovered.length).padStart(10)} ${String(required.length).padStart(5)} ${String(found.length).padStart(6)} ${pct(found.length, required.length).padStart(7)}`,
  );
  if (values.verbose || correct.length < inCovered.length) {
    for (const i of inCovered.filter((x) => !correct.includes(x)))
      console.log(`    wrong: [${i.articleId}] ${i.text.slice(0, 90)}`);
  }
  for (const g of required.filter((x) => !found.includes(x))) console.log(`    missed: [${g.a}] ${g.frag}`);
}
console.log(
  `${'all'.padEnd(46)} ${String(allReturned).padStart(8)} ${String(allCorrect).padStart(8)} ${pct(allCorrect, allReturned).padStart(10)} ${String(allGold).padStart(5)} ${String(allFound).padStart(6)} ${pct(allFound, allGold).padStart(7)}`,
);

console.log('\nalias lookups (each alias must find the same person as the gold name):');
let aliasOk = 0;
let aliasAll = 0;
for (const [speaker, aliases] of Object.entries(gold.speaker_aliases)) {
  const expected = resolveSpeaker(book, speaker)?.id ?? null;
  for (const alias of aliases) {
    aliasAll++;
    const got = resolveSpeaker(book, alias);
    if (expected !== null && got?.id === expected) aliasOk++;
    else console.log(`    ${JSON.stringify(alias)} -> ${got?.name ?? '(none)'} (expected ${expected ?? '(none)'})`);
  }
}
console.log(`  ${aliasOk}/${aliasAll} aliases resolve to their person`);

/** Wall and CPU milliseconds of each call (CPU is less disturbed by other processes on a busy machine). */
function timeEach<T>(items: readonly T[], run: (item: T) => unknown): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const item of items) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run(item);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

function row(label: string, times: { wall: number[]; cpu: number[] }): string {
  const wall = summarise(times.wall);
  const cpu = summarise(times.cpu);
  const f = (n: number): string => n.toFixed(2).padStart(8);
  return `  ${label.padEnd(34)} ${String(wall.n).padStart(5)} ${f(wall.p50)} ${f(wall.p99)} ${f(wall.max)}   ${f(cpu.p50)} ${f(cpu.p99)}`;
}

function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

/**
 * Building the quote book and answering on a large corpus (bench/generate.ts): build time and memory, the saved
 * size, a cold start's restore (as src/load/cache.ts does it) and prepareQuoteBook, then latency percentiles of
 * /quote (the benchmark's speaker list), /quote with a topic, autocomplete (every prefix of every name, as typed)
 * and unknown names (the "did you mean" path).
 */
async function scale(dir: string, runs: number): Promise<void> {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const heap = (): number => {
    gc();
    return process.memoryUsage().heapUsed;
  };
  const big = await loadCorpus(dir);
  const before = heap();
  let t = performance.now();
  let built: QuoteBook | null = buildQuoteBook(big.articles, { givenNameGender });
  const firstMs = performance.now() - t;
  const bookHeap = heap() - before;
  const builds = [firstMs];
  for (let run = 1; run < runs; run++) {
    t = performance.now();
    buildQuoteBook(big.articles, { givenNameGender });
    builds.push(performance.now() - t);
  }
  const { articles, ...saved } = built;
  const json = JSON.stringify(saved);
  console.log(`\nscale: ${big.articles.length} articles, ${built.quotes.length} quotes, ${built.people.length} people`);
  built = null;
  const best = Math.min(...builds);
  console.log(
    `  build: first ${firstMs.toFixed(0)} ms, best of ${builds.length} ${best.toFixed(0)} ms (${((1000 * best) / Math.max(1, big.articles.length)).toFixed(0)} µs per article); book heap ${mb(bookHeap)}`,
  );
  // A cold start: the saved book parsed and its articles attached again, then prepared.
  const beforeRestore = heap();
  t = performance.now();
  const book: QuoteBook = { ...(JSON.parse(json) as Omit<QuoteBook, 'articles'>), articles };
  const parseMs = performance.now() - t;
  const restoredHeap = heap() - beforeRestore;
  t = performance.now();
  prepareQuoteBook(book);
  const prepareMs = performance.now() - t;
  const preparedHeap = heap() - beforeRestore - restoredHeap;
  console.log(
    `  saved {quotes, people}: ${mb(Buffer.byteLength(json))}; restore: parse ${parseMs.toFixed(0)} ms, heap ${mb(restoredHeap)}; prepareQuoteBook ${prepareMs.toFixed(0)} ms, +${mb(preparedHeap)}`,
  );

  const speakers = scaledSpeakers(DEFAULT_SEED);
  const unknown = speakers.filter((s) => resolveSpeaker(book, s) === null).length;
  console.log(
    `\n  latency (ms)                         n      p50      p99      max   cpu p50  cpu p99   (${speakers.length} speakers, ${unknown} unknown)`,
  );
  const first = timeEach(speakers, (speaker) => findQuotes(book, { speaker }));
  console.log(row('/quote, first pass (cold)', first));
  const warm = timeEach([...speakers, ...speakers, ...speakers], (speaker) => findQuotes(book, { speaker }));
  console.log(row('/quote, 3 more passes', warm));
  const topics = ['security talks', 'the economy and jobs', 'defence spending'];
  const about = timeEach(speakers.slice(0, 200), (speaker) =>
    findQuotes(book, { speaker, about: topics[speaker.length % topics.length] ?? '' }),
  );
  console.log(row('/quote about a topic (first)', about));
  console.log(
    row(
      '/quote about a topic (again)',
      timeEach(speakers.slice(0, 200), (speaker) =>
        findQuotes(book, { speaker, about: topics[speaker.length % topics.length] ?? '' }),
      ),
    ),
  );
  const typed = [...new Set(speakers)].flatMap((name) =>
    Array.from({ length: name.length + 1 }, (_, n) => name.slice(0, n)),
  );
  console.log(
    row(
      'autocomplete, every prefix',
      timeEach(typed, (text) => suggestSpeakers(book, text)),
    ),
  );
  console.log(
    row(
      '/quote unknown name (did you mean)',
      timeEach(speakers.slice(0, 200), (speaker) => findQuotes(book, { speaker: `${speaker}qz` })),
    ),
  );
}

if (values.scale !== undefined) await scale(values.scale, Math.max(1, Number(values.runs)));
