// One quote-book build in this process (on --workers threads when more than 1): wall and CPU time (of every thread), heap, and a hash of the book (to check that two codes build
// the same book). The corpus is ingested first (not timed), or read from articles saved by an earlier run (--articles).
// For paired old/new measurements point --tree at a copy of the other code and alternate runs.
//   npx tsx bench/quote-book-cpu.ts --data DIR [--tree PATH] [--articles FILE.json] [--save-articles FILE.json]
// On a busy machine one build's CPU time varies by a fifth from run to run: --reps N builds the book N times more in
// the same process (JIT warm, the first --limit articles only if given) and prints each one's CPU time and the least,
// which varies far less; compare the least of old and new, alternating processes.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Article } from '../src/corpus/types.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    tree: { type: 'string', default: '.' },
    articles: { type: 'string' },
    'save-articles': { type: 'string' },
    book: { type: 'string' },
    workers: { type: 'string', default: '1' },
    reps: { type: 'string', default: '0' },
    limit: { type: 'string' },
  },
});
const tree = resolve(values.tree);
let articles: Article[];
if (values.articles !== undefined) articles = JSON.parse(readFileSync(values.articles, 'utf8')) as Article[];
else if (values.data !== undefined) {
  const { loadCorpus } = (await import(`${tree}/src/load/corpus.ts`)) as typeof import('../src/load/corpus.ts');
  articles = (await loadCorpus(values.data)).articles;
  if (values['save-articles'] !== undefined) writeFileSync(values['save-articles'], JSON.stringify(articles));
} else {
  process.stderr.write(
    'usage: quote-book-cpu.ts (--data DIR | --articles FILE.json) [--tree PATH] [--book OUT.json]\n',
  );
  process.exit(2);
}
if (values.limit !== undefined) articles = articles.slice(0, Number(values.limit));
const { buildQuoteBook } = (await import(`${tree}/src/quotes/book.ts`)) as typeof import('../src/quotes/book.ts');
const { givenNameGender } = (await import(
  `${tree}/src/load/givenNames.ts`
)) as typeof import('../src/load/givenNames.ts');
// Milliseconds of garbage collection during the timed build, minor (scavenges) and major (mark-compact) apart.
const gcMs = { minor: 0, major: 0 };
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
    // perf_hooks.constants: NODE_PERFORMANCE_GC_MINOR = 1, MAJOR = 4, INCREMENTAL = 8, WEAKCB = 16.
    if (kind === 1) gcMs.minor += entry.duration;
    else gcMs.major += entry.duration;
  }
});
gcObserver.observe({ entryTypes: ['gc'] });
const cpuBefore = process.cpuUsage();
const started = performance.now();
const workers = Number(values.workers);
let book: ReturnType<typeof buildQuoteBook>;
let reattributed: number | null = null;
let stages: unknown = null;
if (workers > 1) {
  // Only on code that has worker threads (src/threads/bookWorkers.ts).
  const { buildQuoteBookThreaded } = (await import(
    `${tree}/src/threads/bookWorkers.ts`
  )) as typeof import('../src/threads/bookWorkers.ts');
  const built = await buildQuoteBookThreaded(articles, { givenNameGender, workers });
  book = built.book;
  reattributed = built.report.reattributed;
  stages = built.report.stages ?? null;
} else book = buildQuoteBook(articles, { givenNameGender });
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done, 10));
gcObserver.disconnect();
const repCpuMs: number[] = [];
for (let r = 0; r < Number(values.reps); r++) {
  const before = process.cpuUsage();
  buildQuoteBook(articles, { givenNameGender });
  const used = process.cpuUsage(before);
  repCpuMs.push(Math.round((used.user + used.system) / 1000));
}
const json = JSON.stringify(book);
if (values.book !== undefined) writeFileSync(values.book, json);
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    ...(repCpuMs.length > 0 ? { repCpuMs, minRepCpuMs: Math.min(...repCpuMs) } : {}),
    gcMinorMs: Math.round(gcMs.minor),
    gcMajorMs: Math.round(gcMs.major),
    workers,
    reattributed,
    stages,
    articles: articles.length,
    quotes: book.quotes.length,
    people: book.people.length,
    sha256: createHash('sha256').update(json).digest('hex').slice(0, 16),
    heapMB: Math.round(process.memoryUsage().heapUsed / 1e6),
    load1: Number((loadavg()[0] ?? 0).toFixed(1)),
  }),
);
