// One measurement in a fresh Node process (so heap and RSS belong to that measurement alone), started by run.ts:
//   node --import tsx bench/worker.ts TASK '{"...options"}' RESULT.json
import { createWriteStream, readFileSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Corpus } from '../src/corpus/types.ts';
import { CACHE_DIR } from '../src/load/cache.ts';
import { loadCorpus } from '../src/load/corpus.ts';
import { loadDeps } from '../src/load/deps.ts';
import { buildQuoteBook } from '../src/quotes/index.ts';
import { givenNameGender } from '../src/load/givenNames.ts';
import { buildIndex, loadIndex, serializeIndex } from '../src/search/indexCodec.ts';
import { buildCorpus, MANIFEST_FILE, readManifest } from '../src/corpus/build.ts';
import { createRetriever } from '../src/search/retriever.ts';
import { createBaseline, type BaselineDoc, type BaselineName } from './engines/baseline.ts';
import { ask, citedExcerpts, quote, type Ours } from './engines/ours.ts';
import { endToEndLatency } from './endToEnd.ts';
import { readRealMaterial, writeCorpus } from './generate.ts';
import { timeQueries, type Latency } from './stats.ts';
import { devGold, devQuestions, devSpeakers, foldForGold, scaledQuestions, scaledSpeakers } from './workload.ts';

const MB = 1e6;

/** Names, sizes and times of the files in a corpus's cache folder, to tell whether a start wrote it. */
async function cacheState(dir: string): Promise<string> {
  const folder = join(dir, CACHE_DIR);
  const names = await readdir(folder).catch(() => [] as string[]);
  const stats = await Promise.all(names.sort().map(async (n) => `${n}:${(await stat(join(folder, n))).mtimeMs}`));
  return stats.join('|');
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function memory(): { heapMB: number; rssMB: number; peakRssMB: number } {
  gc();
  const m = process.memoryUsage();
  return { heapMB: m.heapUsed / MB, rssMB: m.rss / MB, peakRssMB: (process.resourceUsage().maxRSS * 1024) / MB };
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await work();
  return { value, ms: performance.now() - t0 };
}

function log(message: string): void {
  process.stderr.write(`  [${process.argv[2]}] ${message}\n`);
}

function baselineDocs(corpus: Corpus): BaselineDoc[] {
  const titles = new Map(corpus.articles.map((a) => [a.id, a.title ?? '']));
  return corpus.passages.map((p, n) => ({ n, id: p.id, title: titles.get(p.articleId) ?? '', text: p.text }));
}

/** One passage per line: a 1M-passage corpus is longer than the longest string JSON.stringify can make. */
async function writePassages(file: string, corpus: Corpus): Promise<void> {
  const out = createWriteStream(file);
  for (const doc of baselineDocs(corpus)) {
    if (!out.write(`${JSON.stringify(doc)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Ours: /ask and /quote latency over one workload. */
function measureOurs(
  ours: Ours,
  questions: string[],
  speakers: string[],
  minRuns: number,
): { ask: Latency; quote: Latency } {
  return {
    ask: timeQueries(questions, (q) => ask(ours, q), { minRuns, budgetMs: 40_000, floorRuns: 200 }),
    quote: timeQueries(speakers, (s) => quote(ours, s), { minRuns, budgetMs: 15_000, floorRuns: 100 }),
  };
}

type Options = Record<string, string | number | boolean>;

const tasks: Record<string, (o: Options) => Promise<unknown>> = {
  async generate(o) {
    const real = await readRealMaterial(String(o.data));
    const { value, ms } = await timed(() => writeCorpus(String(o.dir), Number(o.passages), Number(o.seed), real));
    return { ...value, generateMs: ms };
  },

  /** The seed corpus: load, build, and /ask, /quote over the dev questions and speakers repeated to ≥2,000 answers. */
  async seed(o) {
    const { value: corpus, ms: ingestMs } = await timed(() => loadCorpus(String(o.data)));
    const docs = baselineDocs(corpus);
    const questions = devQuestions();
    const speakers = devSpeakers();
    const out: Record<string, unknown> = {
      passages: corpus.passages.length,
      articles: corpus.articles.length,
      ingestMs,
    };
    const { value: index, ms: buildMs } = await timed(() => buildIndex(corpus));
    const { value: quotes, ms: quoteBuildMs } = await timed(() => buildQuoteBook(corpus.articles, { givenNameGender }));
    const saveMB = Buffer.byteLength(serializeIndex(index)) / MB;
    const ours: Ours = { retriever: createRetriever(corpus, index), quotes };
    out.ours = { buildMs, quoteBuildMs, saveMB, ...measureOurs(ours, questions, speakers, 2_000), end: memory() };
    const baselines: Record<string, unknown> = {};
    for (const name of ['minisearch', 'flexsearch'] as const) {
      const engine = createBaseline(name);
      const { ms: buildMs } = await timed(() => engine.build(docs));
      const ask = timeQueries(questions, (q) => engine.search(q), { minRuns: 2_000 });
      baselines[name] = { buildMs, ask, emptyShare: ask.emptyShare };
    }
    out.baselines = baselines;
    return out;
  },

  /** Ingest a generated corpus, then build, serialise and measure the index and the quote book, each step timed. */
  async build(o) {
    const { value: corpus, ms: ingestMs } = await timed(() => loadCorpus(String(o.dir)));
    log(`ingested ${corpus.passages.length} passages in ${ingestMs.toFixed(0)} ms`);
    const afterIngest = memory();
    // The baselines read the passages from here rather than ingesting again; not part of any figure.
    await writePassages(String(o.passagesFile), corpus);
    const { value: index, ms: buildMs } = await timed(() => buildIndex(corpus));
    const afterBuild = memory();
    log(`index built in ${buildMs.toFixed(0)} ms`);
    const { value: saved, ms: saveMs } = await timed(() => serializeIndex(index));
    // CPU time next to wall time: on the shared machine the wall time of one build varies with the load.
    const cpuBefore = process.cpuUsage();
    const { ms: quoteBuildMs } = await timed(() => buildQuoteBook(corpus.articles, { givenNameGender }));
    const cpu = process.cpuUsage(cpuBefore);
    const quoteBuildCpuMs = (cpu.user + cpu.system) / 1000;
    log(`quote book built in ${quoteBuildMs.toFixed(0)} ms (CPU ${quoteBuildCpuMs.toFixed(0)} ms)`);
    return {
      passages: corpus.passages.length,
      articles: corpus.articles.length,
      problems: corpus.problems.length,
      ingestMs,
      afterIngest,
      ours: {
        buildMs,
        saveMB: Buffer.byteLength(saved) / MB,
        saveMs,
        quoteBuildMs,
        quoteBuildCpuMs,
        afterBuild,
        end: memory(),
      },
    };
  },

  /**
   * --large (1M passages, ~100k article files): src/load reads every article at once and fails with EMFILE past the
   * open-file limit, so this task reads the files one by one, ingests with the same pure buildCorpus, and measures
   * build, index load (loadIndex on the saved bytes) and answers in one process; its peak RSS answers "within 8 GB".
   */
  async large(o) {
    const dir = String(o.dir);
    const { value: corpus, ms: ingestMs } = await timed(() => {
      const manifestText = readFileSync(join(dir, MANIFEST_FILE), 'utf8');
      const files = new Map<string, Uint8Array>();
      for (const entry of readManifest(manifestText).entries)
        files.set(entry.file, readFileSync(join(dir, entry.file)));
      return buildCorpus(manifestText, files);
    });
    log(`ingested ${corpus.passages.length} passages in ${ingestMs.toFixed(0)} ms`);
    const afterIngest = memory();
    await writePassages(String(o.passagesFile), corpus);
    const { value: built, ms: buildMs } = await timed(() => buildIndex(corpus));
    const afterBuild = memory();
    log(`index built in ${buildMs.toFixed(0)} ms`);
    const { value: saved, ms: saveMs } = await timed(() => serializeIndex(built));
    const { value: loaded, ms: indexLoadMs } = await timed(() => loadIndex(saved));
    if (!loaded.ok) throw new Error(loaded.message);
    const { value: quotes, ms: quoteBuildMs } = await timed(() => buildQuoteBook(corpus.articles, { givenNameGender }));
    log(`quote book built in ${quoteBuildMs.toFixed(0)} ms`);
    const seed = Number(o.seed);
    const ours: Ours = { retriever: createRetriever(corpus, loaded.index), quotes };
    const measured = measureOurs(ours, scaledQuestions(seed), scaledSpeakers(seed), 1_000);
    return {
      passages: corpus.passages.length,
      articles: corpus.articles.length,
      problems: corpus.problems.length,
      ingestMs,
      afterIngest,
      ours: {
        buildMs,
        saveMB: Buffer.byteLength(saved, 'utf8') / MB,
        saveMs,
        quoteBuildMs,
        indexLoadMs,
        afterBuild,
        ...measured,
        end: memory(),
      },
    };
  },

  /** The bot's first start on a corpus: no cache yet, so loadDeps ingests, indexes, writes the cache, builds quotes. */
  async firstStart(o) {
    const { ms } = await timed(() => loadDeps(String(o.dir)));
    return { firstStartMs: ms, end: memory() };
  },

  /** Cold start in a fresh process through loadDeps with the cache in place (saved index), then the workload. */
  async serve(o) {
    const before = await cacheState(String(o.dir));
    const { value: loaded, ms: loadMs } = await timed(() => loadDeps(String(o.dir)));
    // A cache written now means the cold start missed it and rebuilt everything: that is not a cold start figure.
    const cacheMiss = (await cacheState(String(o.dir))) !== before;
    const afterLoad = memory();
    log(`cold start ${loadMs.toFixed(0)} ms`);
    const seed = Number(o.seed);
    const ours: Ours = { retriever: loaded.deps.retriever, quotes: loaded.deps.quotes };
    const measured =
      o.questions === 'dev'
        ? measureOurs(ours, devQuestions(), devSpeakers(), 2_000)
        : measureOurs(ours, scaledQuestions(seed), scaledSpeakers(seed), 1_000);
    // Do the real questions still find their gold excerpts among the generated passages? (pass at k = 3)
    const gold = devGold();
    const devPassed = gold.filter((g) => {
      const cited = citedExcerpts(ours, g.q).slice(0, 3).map(foldForGold);
      if (g.unanswerable === true) return cited.length === 0;
      return (g.any ?? []).some((a) => cited.some((c) => c.includes(foldForGold(a))));
    }).length;
    const folder = join(String(o.dir), CACHE_DIR);
    const files = await readdir(folder).catch(() => [] as string[]);
    const cacheMB =
      (await Promise.all(files.map(async (f) => (await stat(join(folder, f))).size))).reduce((a, b) => a + b, 0) / MB;
    return { loadMs, cacheMiss, cacheMB, devPassed, devTotal: gold.length, afterLoad, ...measured, end: memory() };
  },

  /** The bot on the loopback Discord emulator: /ask dispatch → first callback, one question at a time. */
  async endToEnd(o) {
    const questions = o.questions === 'dev' ? devQuestions() : scaledQuestions(Number(o.seed));
    return endToEndLatency(String(o.dir), questions, Number(o.count));
  },

  /** One baseline library on the same passages and questions; slow ones get a time budget, not a stall. */
  async baseline(o) {
    const docs = (await readFile(String(o.passagesFile), 'utf8'))
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line) as BaselineDoc);
    const engine = createBaseline(String(o.engine) as BaselineName);
    const before = memory();
    const { ms: buildMs } = await timed(() => engine.build(docs));
    const afterBuild = memory();
    log(`${engine.name} built in ${buildMs.toFixed(0)} ms`);
    const saveMB = Buffer.byteLength(engine.save()) / MB;
    const ask = timeQueries(scaledQuestions(Number(o.seed)), (q) => engine.search(q), {
      minRuns: 1_000,
      budgetMs: 15_000,
      floorRuns: Number(o.floorRuns ?? 100),
    });
    // How often a library finds nothing at all explains part of its speed (flexsearch's default search intersects).
    return { buildMs, saveMB, heapMB: afterBuild.heapMB - before.heapMB, afterBuild, ask, emptyShare: ask.emptyShare };
  },
};

const [task, optionsJson, resultFile] = process.argv.slice(2);
const run = task === undefined ? undefined : tasks[task];
if (run === undefined || optionsJson === undefined || resultFile === undefined) {
  process.stderr.write(`usage: worker.ts ${Object.keys(tasks).join('|')} OPTIONS_JSON RESULT_FILE\n`);
  process.exit(2);
}
const result = await run(JSON.parse(optionsJson) as Options);
await writeFile(resultFile, JSON.stringify(result, null, 1));
