// One measurement in a fresh Node process (so heap and RSS belong to that measurement alone), started by run.ts:
//   node --import tsx bench/worker.ts TASK '{"...options"}' RESULT.json
import { readFile, writeFile } from 'node:fs/promises';
import { loadCorpus } from '../src/load/corpus.ts';
import type { Corpus } from '../src/corpus/types.ts';
import { createBaseline, type BaselineDoc, type BaselineName } from './engines/baseline.ts';
import { loadOurEngine, type OurIndex } from './engines/ours.ts';
import { readRealMaterial, writeCorpus } from './generate.ts';
import { timeQueries, type Latency } from './stats.ts';
import { devQuestions, devSpeakers, scaledQuestions, scaledSpeakers } from './workload.ts';

const MB = 1e6;

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

/** Ours: ask and quote latency for one query list; quote is null until /quote lands. */
function measureOurs(index: OurIndex, questions: string[], speakers: string[], minRuns: number): { ask: Latency; quote: Latency | null } {
  const ask = timeQueries(questions, (q) => index.ask(q), { minRuns, budgetMs: 90_000, floorRuns: 200 });
  const quote = index.quote;
  return { ask, quote: quote === null ? null : timeQueries(speakers, (s) => quote(s), { minRuns, budgetMs: 60_000, floorRuns: 200 }) };
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
    const out: Record<string, unknown> = { passages: corpus.passages.length, articles: corpus.articles.length, ingestMs };
    const ours = await loadOurEngine();
    if (ours.ok) {
      const { value: index, ms: buildMs } = await timed(() => ours.engine.build(corpus));
      const saved = index.save();
      out.ours = { buildMs, saveMB: Buffer.byteLength(saved) / MB, ...measureOurs(index, questions, speakers, 2_000), ...memory() };
    } else out.ours = { unavailable: ours.reason };
    const baselines: Record<string, unknown> = {};
    for (const name of ['minisearch', 'flexsearch'] as const) {
      const engine = createBaseline(name);
      const { ms: buildMs } = await timed(() => engine.build(docs));
      const emptyShare = questions.filter((q) => engine.search(q) === 0).length / questions.length;
      baselines[name] = { buildMs, ask: timeQueries(questions, (q) => engine.search(q), { minRuns: 2_000 }), emptyShare };
    }
    out.baselines = baselines;
    return out;
  },

  /** Ingest a generated corpus, build and save our index, answer the scaled workload in the same process. */
  async build(o) {
    const { value: corpus, ms: ingestMs } = await timed(() => loadCorpus(String(o.dir)));
    log(`ingested ${corpus.passages.length} passages in ${ingestMs.toFixed(0)} ms`);
    const afterIngest = memory();
    // The baselines read the passages from here rather than ingesting again; not part of any figure.
    await writeFile(String(o.passagesFile), JSON.stringify(baselineDocs(corpus)));
    const out: Record<string, unknown> = {
      passages: corpus.passages.length,
      articles: corpus.articles.length,
      problems: corpus.problems.length,
      ingestMs,
      afterIngest,
    };
    const ours = await loadOurEngine();
    if (!ours.ok) return { ...out, ours: { unavailable: ours.reason } };
    const { value: index, ms: buildMs } = await timed(() => ours.engine.build(corpus));
    const afterBuild = memory();
    log(`built in ${buildMs.toFixed(0)} ms`);
    const { value: saved, ms: serialiseMs } = await timed(() => index.save());
    const { ms: writeMs } = await timed(() => writeFile(String(o.indexFile), saved));
    const seed = Number(o.seed);
    const measured = measureOurs(index, scaledQuestions(seed), scaledSpeakers(seed), 1_000);
    return {
      ...out,
      ours: { buildMs, saveMB: Buffer.byteLength(saved) / MB, saveMs: serialiseMs + writeMs, afterBuild, ...measured, end: memory() },
    };
  },

  /** Cold start from the saved index in a fresh process, then the same workload: the bot's situation. */
  async serve(o) {
    const ours = await loadOurEngine();
    if (!ours.ok) return { unavailable: ours.reason };
    const engine = ours.engine;
    const { value: corpus, ms: corpusMs } = engine.loadNeedsCorpus
      ? await timed(() => loadCorpus(String(o.dir)))
      : { value: { articles: [], passages: [], problems: [] } satisfies Corpus, ms: 0 };
    const { value: bytes, ms: readMs } = await timed(() => readFile(String(o.indexFile)));
    const { value: index, ms: deserialiseMs } = await timed(() => engine.load(bytes, corpus));
    const afterLoad = memory();
    log(`cold start ${(corpusMs + readMs + deserialiseMs).toFixed(0)} ms`);
    const seed = Number(o.seed);
    const measured = measureOurs(index, scaledQuestions(seed), scaledSpeakers(seed), 1_000);
    return { loadMs: corpusMs + readMs + deserialiseMs, corpusMs, readMs, deserialiseMs, afterLoad, ...measured, end: memory() };
  },

  /** One baseline library on the same passages and questions; slow ones get a time budget, not a stall. */
  async baseline(o) {
    const docs = JSON.parse(await readFile(String(o.passagesFile), 'utf8')) as BaselineDoc[];
    const engine = createBaseline(String(o.engine) as BaselineName);
    const before = memory();
    const { ms: buildMs } = await timed(() => engine.build(docs));
    const afterBuild = memory();
    log(`${engine.name} built in ${buildMs.toFixed(0)} ms`);
    const saveMB = Buffer.byteLength(engine.save()) / MB;
    const questions = scaledQuestions(Number(o.seed));
    const ask = timeQueries(questions, (q) => engine.search(q), { minRuns: 1_000, budgetMs: 30_000, floorRuns: 100 });
    // How often a default-configured library finds nothing at all explains part of its speed (flexsearch intersects).
    const sample = questions.slice(0, 200);
    const emptyShare = sample.filter((q) => engine.search(q) === 0).length / sample.length;
    return { buildMs, saveMB, heapMB: afterBuild.heapMB - before.heapMB, afterBuild, ask, emptyShare };
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
