// Quote attribution quality on bench/eval/quotes-dev.json: per gold speaker, precision (returned quotes in the
// covered articles that are truly theirs) and recall (their non-optional gold quotes returned), plus alias lookups.
//   npx tsx bench/eval-quotes.ts [--data DIR] [--gold FILE] [--verbose] [--scale DIR]
// --scale DIR also times building the quote book and answering queries on a larger corpus (bench/generate.ts).
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadCorpus } from '../src/load/corpus.ts';
import { buildQuoteBook } from '../src/quotes/book.ts';
import { findQuotes } from '../src/quotes/query.ts';
import { resolveSpeaker } from '../src/quotes/speakers.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const goldSchema = z.object({
  articles: z.record(z.string(), z.string()),
  quotes: z.array(z.object({ a: z.string(), speaker: z.string(), frag: z.string(), optional: z.boolean().optional() })),
  speaker_aliases: z.record(z.string(), z.array(z.string())),
});

function norm(text: string): string {
  return text.replace(/[\u2018\u2019]/gu, "'").replace(/[\u201c\u201d]/gu, '"').replace(/\s+/gu, ' ').toLowerCase().trim();
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
  },
});
const gold = goldSchema.parse(JSON.parse(await readFile(values.gold, 'utf8')));
const corpus = await loadCorpus(values.data);
const started = performance.now();
const book = buildQuoteBook(corpus.articles);
const buildMs = performance.now() - started;

const articleOf = new Map<string, string>();
for (const [key, url] of Object.entries(gold.articles)) {
  const article = corpus.articles.find((a) => a.url === url);
  if (article) articleOf.set(key, article.id);
  else console.error(`gold article ${key} (${url}) is not in the corpus`);
}
const covered = new Set(articleOf.values());
const speakers = [...new Set([...gold.quotes.map((q) => q.speaker), ...Object.keys(gold.speaker_aliases)])].sort();

console.log(`quote book: ${book.quotes.length} quotes, ${book.people.length} people, built in ${buildMs.toFixed(0)} ms\n`);
console.log('speaker               resolved as              returned  correct  precision  gold  found  recall');
let allReturned = 0;
let allCorrect = 0;
let allGold = 0;
let allFound = 0;
for (const speaker of speakers) {
  const result = findQuotes(book, { speaker, limit: 10_000 });
  const items = result.quotes.flatMap((q) => [{ articleId: q.articleId, text: q.text }, ...q.alsoReportedBy.map((r) => ({ articleId: r.articleId, text: r.text }))]);
  const inCovered = items.filter((i) => covered.has(i.articleId));
  const mine = gold.quotes.filter((g) => g.speaker === speaker);
  const matches = (item: { articleId: string; text: string }, g: (typeof gold.quotes)[number]): boolean => articleOf.get(g.a) === item.articleId && norm(item.text).includes(norm(g.frag));
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
    for (const i of inCovered.filter((x) => !correct.includes(x))) console.log(`    wrong: [${i.articleId}] ${i.text.slice(0, 90)}`);
  }
  for (const g of required.filter((x) => !found.includes(x))) console.log(`    missed: [${g.a}] ${g.frag}`);
}
console.log(`${'all'.padEnd(46)} ${String(allReturned).padStart(8)} ${String(allCorrect).padStart(8)} ${pct(allCorrect, allReturned).padStart(10)} ${String(allGold).padStart(5)} ${String(allFound).padStart(6)} ${pct(allFound, allGold).padStart(7)}`);

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

if (values.scale !== undefined) {
  const big = await loadCorpus(values.scale);
  const times: number[] = [];
  let scaled = buildQuoteBook(big.articles);
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    scaled = buildQuoteBook(big.articles);
    times.push(performance.now() - t);
  }
  const best = Math.min(...times);
  console.log(`\nscale: ${big.articles.length} articles, ${scaled.quotes.length} quotes, ${scaled.people.length} people`);
  console.log(`  build: best of 3 ${best.toFixed(0)} ms (${((1000 * best) / Math.max(1, big.articles.length)).toFixed(0)} µs per article)`);
  const names = listSpeakersForTiming(scaled);
  const t = performance.now();
  for (const name of names) findQuotes(scaled, { speaker: name, about: 'security', limit: 10 });
  console.log(`  findQuotes: ${((performance.now() - t) / Math.max(1, names.length)).toFixed(2)} ms per query over ${names.length} speakers`);
}

function listSpeakersForTiming(b: ReturnType<typeof buildQuoteBook>): string[] {
  return b.people.slice(0, 50).map((p) => p.name);
}
