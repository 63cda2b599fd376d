// Seeded generator of scaled news corpora: writes a corpus directory (raw scraped-looking .txt files plus a
// sources.json like data/sources.json) so that ingestion is measured with the rest. Same seed, same bytes.
//   tsx bench/generate.ts --passages 10000 --out /tmp/corpus-10k [--seed 1]
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MANIFEST_FILE } from '../src/corpus/build.ts';
import type { SourceEntry } from '../src/corpus/manifest.ts';
import { loadCorpus } from '../src/load/corpus.ts';
import { createLexicon, type Lexicon } from './scale/lexicon.ts';
import { createProseWriter, type ProseWriter } from './scale/text.ts';

export const DEFAULT_SEED = 20090918;

export interface GeneratedArticle {
  file: string;
  raw: string;
  entry: SourceEntry;
  /** Passages the chunker should cut from it (same rule: break at a paragraph once ≥40 words, never past 120). */
  estimatedPassages: number;
}

/** The seed corpus, read once: its raw files (copied verbatim into every scaled corpus) and its body sentences. */
export interface RealMaterial {
  articles: { file: string; raw: string; entry: SourceEntry }[];
  sentences: string[];
}

export async function readRealMaterial(dir: string): Promise<RealMaterial> {
  const manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as { articles: SourceEntry[] };
  const articles = await Promise.all(
    manifest.articles.map(async (entry) => ({
      file: entry.file,
      raw: await readFile(join(dir, entry.file), 'utf8'),
      entry,
    })),
  );
  const corpus = await loadCorpus(dir);
  const sentences = corpus.articles.flatMap((a) => a.sentences.map((s) => a.text.slice(s.start, s.end)));
  return { articles, sentences };
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => w.length > 0).length;
}

function estimatePassages(paragraphs: string[][]): number {
  let passages = 0;
  let words = 0;
  for (const sentences of paragraphs) {
    if (words >= 40) {
      passages++;
      words = 0;
    }
    for (const s of sentences) {
      const count = wordCount(s);
      if (words > 0 && words + count > 120) {
        passages++;
        words = 0;
      }
      words += count;
    }
  }
  return passages + (words > 0 ? 1 : 0);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function chromeLines(writer: ProseWriter, outlet: string, date: string): { before: string[]; after: string[] } {
  const { rng } = writer;
  const before = [
    `${rng.pick(['Home', 'World', 'Politics', 'Business', 'Europe'])} | ${rng.pick(['News', 'Analysis', 'Opinion'])}`,
    `Published ${pad(rng.int(0, 23), 2)}:${pad(rng.int(0, 59), 2)} GMT, ${date}`,
  ];
  if (rng.chance(0.5)) before.push('Share this article on Facebook Twitter Email');
  const after = [
    rng.pick(['Related Articles', 'Read more', 'Check Also', 'Most Popular']),
    `${writer.personName(writer.person(), true)} ${writer.word()} ${writer.word()} as ${writer.place()} ${writer.word()}\u2026`,
    `Subscribe to our newsletter for the latest news from ${outlet}.`,
    `Copyright ${date.slice(0, 4)} ${outlet}. All rights reserved.`,
  ];
  return { before, after };
}

function generateArticle(index: number, writer: ProseWriter, lexicon: Lexicon): GeneratedArticle {
  const { rng } = writer;
  const outlet = rng.pick(lexicon.outlets);
  const year = rng.int(2005, 2020);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const iso = `${year}-${pad(month, 2)}-${pad(day, 2)}`;
  const lead = writer.person();
  const place = writer.place();
  const titleWords = [
    writer.personName(lead, false),
    writer.word(),
    writer.word(),
    'in',
    place,
    writer.word(),
    writer.word(),
  ];
  const title = titleWords.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

  const paragraphs: string[][] = [];
  const count = rng.int(6, 22);
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    const n = rng.int(1, 3);
    for (let s = 0; s < n; s++) sentences.push(writer.sentence());
    paragraphs.push(sentences);
  }
  // The lead paragraph names the article's main person in full, as news leads do.
  paragraphs[0]?.unshift(
    `${writer.personName(lead, true)} ${rng.pick(['said', 'announced', 'warned'])} on ${rng.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])} that the ${writer.word()} of ${place} would ${writer.word()} the ${writer.word()}.`,
  );

  const chrome = chromeLines(writer, outlet.name, iso);
  const raw = `${[
    title,
    '',
    ...chrome.before,
    '',
    ...paragraphs
      .map((s) => s.join(' '))
      .join('\n\n')
      .split('\n'),
    '',
    ...chrome.after,
  ].join('\n')}\n`;
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
  const file = `gen_${pad(index, 7)}.txt`;
  const entry: SourceEntry = {
    file,
    title: rng.chance(0.9) ? title : null,
    outlet: outlet.name,
    url: `https://${outlet.host}/${year}/${pad(month, 2)}/${pad(day, 2)}/${slug}-${index}`,
    published: rng.chance(0.9) ? iso : null,
  };
  return { file, raw, entry, estimatedPassages: estimatePassages(paragraphs) };
}

/** Yields articles until their estimated passages reach `passages`; the real articles come first, verbatim. */
export function* generateArticles(passages: number, seed: number, real: RealMaterial): Generator<GeneratedArticle> {
  const lexicon = createLexicon(seed);
  let curlyNow = false;
  const writer = createProseWriter(lexicon, real.sentences, seed, () => curlyNow);
  let total = 0;
  for (const article of real.articles) {
    // About one passage per 75 words; only an estimate for the running total.
    const estimated = Math.max(1, Math.round(wordCount(article.raw) / 75));
    total += estimated;
    yield { ...article, estimatedPassages: estimated };
  }
  for (let index = 0; total < passages; index++) {
    curlyNow = writer.rng.chance(0.5);
    const article = generateArticle(index, writer, lexicon);
    total += article.estimatedPassages;
    yield article;
  }
}

export interface WrittenCorpus {
  dir: string;
  articles: number;
  estimatedPassages: number;
  bytes: number;
}

/** Writes the corpus directory; the files go out in batches so 100k-passage corpora don't hold every write open. */
export async function writeCorpus(
  dir: string,
  passages: number,
  seed: number,
  real: RealMaterial,
): Promise<WrittenCorpus> {
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length > 0) throw new Error(`${dir} is not empty`);
  const entries: SourceEntry[] = [];
  let estimatedPassages = 0;
  let bytes = 0;
  let batch: Promise<void>[] = [];
  for (const article of generateArticles(passages, seed, real)) {
    entries.push(article.entry);
    estimatedPassages += article.estimatedPassages;
    bytes += Buffer.byteLength(article.raw);
    batch.push(writeFile(join(dir, article.file), article.raw));
    if (batch.length >= 256) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  const about = `Synthetic corpus for benchmarks: seed ${seed}, about ${passages} passages. Generated by bench/generate.ts.`;
  await writeFile(join(dir, MANIFEST_FILE), JSON.stringify({ _about: about, articles: entries }, null, 1));
  return { dir, articles: entries.length, estimatedPassages, bytes };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      passages: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      data: { type: 'string', default: 'data' },
    },
    strict: true,
  });
  if (values.passages === undefined || values.out === undefined) {
    process.stderr.write('usage: tsx bench/generate.ts --passages N --out DIR [--seed N] [--data DIR]\n');
    process.exitCode = 2;
    return;
  }
  const real = await readRealMaterial(values.data);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  const started = performance.now();
  const written = await writeCorpus(values.out, Number(values.passages), seed, real);
  const ms = performance.now() - started;
  process.stdout.write(
    `${written.articles} articles, ~${written.estimatedPassages} passages, ${(written.bytes / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms -> ${written.dir}\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
