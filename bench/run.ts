// `npm run bench`: the seed corpus, then generated corpora of about 1k, 10k and 100k passages (1M with --large), each
// size measured in fresh child processes, our retrieval beside minisearch and flexsearch on defaults, and the end to
// end module. Prints a table and writes bench/results/latest.json (+ latest.md, latest-detail.json).
//   npm run bench [-- --sizes 1000,10000] [--large] [--seed N] [--keep] [--profile] [--no-baselines]
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BASELINES } from './engines/baseline.ts';
import { notAvailable, type EndToEndResult, type EndToEndRun } from './endToEnd.ts';
import { ASK_COVERS } from './engines/ours.ts';
import { DEFAULT_SEED } from './generate.ts';
import { describeMachine } from './machine.ts';
import {
  humanReport,
  latestJson,
  type BaselineMeasured,
  type OursMeasured,
  type ServeMeasured,
  type SizeMeasured,
} from './report.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench', 'results');
const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const LARGE = 1_000_000;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    large: { type: 'boolean', default: false },
    seed: { type: 'string' },
    keep: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'no-baselines': { type: 'boolean', default: false },
    data: { type: 'string', default: 'data' },
  },
  strict: true,
});

const sizes = values.sizes === undefined ? [...DEFAULT_SIZES] : values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
  process.stderr.write(`bench: --sizes takes positive integers separated by commas, got "${values.sizes}"\n`);
  process.exit(2);
}
if (values.large && !sizes.includes(LARGE)) sizes.push(LARGE);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
const dataDir = resolve(ROOT, values.data);

/** Node's default heap limit, as the bot runs, except for --large, which is allowed 8 GB. */
function heapLimitFor(passages: number): number | null {
  return passages >= 500_000 ? 8_192 : null;
}

/** Runs one worker task in a fresh node process; its result comes back through a JSON file. */
async function worker<T>(
  task: string,
  options: Record<string, string | number | boolean>,
  scratch: string,
  heapMB: number | null,
): Promise<T> {
  const resultFile = join(scratch, `${task}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  const profile =
    values.profile && task !== 'generate'
      ? [
          '--cpu-prof',
          '--cpu-prof-dir',
          join(RESULTS, 'profiles'),
          '--cpu-prof-name',
          `${task}-${options.engine ?? ''}${String(options.label)}-${Date.now()}.cpuprofile`,
        ]
      : [];
  const heap = heapMB === null ? [] : [`--max-old-space-size=${heapMB}`];
  const args = [
    '--expose-gc',
    ...heap,
    ...profile,
    '--import',
    'tsx',
    join(tree, 'bench', 'worker.ts'),
    task,
    JSON.stringify(options),
    resultFile,
  ];
  const code = await new Promise<number>((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: tree, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (c, signal) => done(c ?? (signal ? 128 : 1)));
  });
  if (code !== 0) throw new Error(`worker ${task} exited with ${code}`);
  return JSON.parse(await readFile(resultFile, 'utf8')) as T;
}

function say(message: string): void {
  process.stderr.write(`${message}\n`);
}

interface SeedResult {
  passages: number;
  articles: number;
  ingestMs: number;
  ours: OursMeasured;
  baselines: Record<'minisearch' | 'flexsearch', BaselineMeasured>;
}

interface BuildResult {
  passages: number;
  articles: number;
  problems: number;
  ingestMs: number;
  afterIngest: SizeMeasured['afterIngest'];
  ours: OursMeasured;
}

function label(n: number): string {
  return n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1_000 ? `${n / 1_000}k` : String(n);
}

const machine = describeMachine();
// Other processes on the machine inflate every figure; the load average says how much to trust a run.
const loadAtStart = loadavg()[0] ?? 0;
say(`archivist bench — ${machine}`);
const started = performance.now();
const scratch = await mkdtemp(join(tmpdir(), 'archivist-bench-'));
/**
 * The workers run a copy of the code taken now, so every step measures the same code even while the working tree
 * changes; otherwise an edit under src/ between the first start and the cold start changes the cache key, and the
 * "cold start" silently rebuilds everything.
 */
const tree = join(scratch, 'tree');
for (const part of ['src', 'commands', 'bench', 'test/support', 'package.json', 'tsconfig.json']) {
  await cp(join(ROOT, part), join(tree, part), { recursive: true, filter: (source) => !source.startsWith(RESULTS) });
}
await symlink(join(ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir');
await mkdir(join(RESULTS, 'profiles'), { recursive: true });
const measured: SizeMeasured[] = [];
const notes: string[] = [];
let largestDir: string | null = null;
let largestTarget = 0;

say('seed corpus …');
const seedResult = await worker<SeedResult>('seed', { label: 'seed', data: dataDir }, scratch, null);
// The seed corpus is served from a copy, so the bot's cache (written beside the corpus) never lands in data/.
const seedCopy = join(scratch, 'seed-corpus');
await cp(dataDir, seedCopy, { recursive: true, filter: (source) => !source.includes('.archivist-cache') });
const seedFirst = await worker<{ firstStartMs: number }>('firstStart', { label: 'seed', dir: seedCopy }, scratch, null);
const seedServe = await worker<ServeMeasured>(
  'serve',
  { label: 'seed', dir: seedCopy, seed, questions: 'dev' },
  scratch,
  null,
);
measured.push({
  label: 'seed',
  target: null,
  passages: seedResult.passages,
  articles: seedResult.articles,
  corpusMB: null,
  generateMs: null,
  ingestMs: seedResult.ingestMs,
  ours: { ...seedResult.ours, firstStartMs: seedFirst.firstStartMs },
  serve: seedServe,
  baselines: values['no-baselines'] ? {} : seedResult.baselines,
});
notes.push(ASK_COVERS);

for (const target of sizes) {
  const dir = join(scratch, `corpus-${target}`);
  const heap = heapLimitFor(target);
  say(`${label(target)} passages: generating …`);
  const gen = await worker<{ articles: number; bytes: number; generateMs: number }>(
    'generate',
    { data: dataDir, dir, passages: target, seed },
    scratch,
    heap,
  );
  say(
    `  ${gen.articles} articles, ${(gen.bytes / 1e6).toFixed(1)} MB in ${(gen.generateMs / 1000).toFixed(1)} s; ingesting and building …`,
  );
  const passagesFile = join(scratch, `passages-${target}.json`);
  // Past the open-file limit src/load cannot read the corpus (EMFILE), so --large sizes measure in one process.
  const large = target >= 500_000;
  const build = await worker<BuildResult>(
    large ? 'large' : 'build',
    { label: label(target), dir, passagesFile, seed },
    scratch,
    heap,
  );
  let first: { firstStartMs: number | undefined } = { firstStartMs: undefined };
  let serve: ServeMeasured | null = null;
  if (large) {
    notes.push(
      `${label(target)}: ingest, build and answers measured in one process (loadCorpus opens all ${build.articles} article files at once: EMFILE past the open-file limit); index load = loadIndex on the saved bytes (${build.ours.indexLoadMs?.toFixed(0)} ms)`,
    );
    // loadDeps reads the files one at a time, so the bot's own first start and cold start can still be measured.
    try {
      say('  first start through loadDeps …');
      first = await worker<{ firstStartMs: number }>('firstStart', { label: label(target), dir }, scratch, heap);
      say('  cold start from the cache, then answers …');
      serve = await worker<ServeMeasured>('serve', { label: label(target), dir, seed }, scratch, heap);
    } catch (error) {
      notes.push(`${label(target)}: first start / cold start through loadDeps failed: ${(error as Error).message}`);
    }
  } else {
    say('  first start (no cache: ingest, index, write cache, quote book) …');
    first = await worker<{ firstStartMs: number }>('firstStart', { label: label(target), dir }, scratch, heap);
    say('  cold start from the cache (saved index), then answers …');
    serve = await worker<ServeMeasured>('serve', { label: label(target), dir, seed }, scratch, heap);
  }
  const baselines: SizeMeasured['baselines'] = {};
  if (!values['no-baselines']) {
    for (const engine of BASELINES) {
      say(`  baseline ${engine} …`);
      try {
        baselines[engine] = await worker<BaselineMeasured>(
          'baseline',
          { label: label(target), passagesFile, engine, seed, floorRuns: target >= 500_000 ? 30 : 100 },
          scratch,
          heap,
        );
      } catch (error) {
        baselines[engine] = { failed: (error as Error).message };
      }
    }
  }
  measured.push({
    label: label(target),
    target,
    passages: build.passages,
    articles: build.articles,
    corpusMB: gen.bytes / 1e6,
    generateMs: gen.generateMs,
    ingestMs: build.ingestMs,
    afterIngest: build.afterIngest,
    ours: first.firstStartMs === undefined ? build.ours : { ...build.ours, firstStartMs: first.firstStartMs },
    serve,
    baselines,
  });
  say(
    `  ingest ${(build.ingestMs / 1000).toFixed(1)} s, index build ${build.ours.buildMs?.toFixed(0)} ms, cold start ${serve?.loadMs?.toFixed(0) ?? '—'} ms, ask p99 ${(serve?.ask ?? build.ours.ask)?.p99.toFixed(2)} ms`,
  );
  await rm(passagesFile, { force: true });
  // The 100k corpus (or the largest below it) stays for the end-to-end section.
  if (target <= 100_000) {
    if (largestDir !== null && !values.keep) await rm(largestDir, { recursive: true, force: true });
    largestDir = dir;
    largestTarget = target;
  } else if (!values.keep) await rm(dir, { recursive: true, force: true });
}

/** Milliseconds rounded to 0.01 for latest.json. */
function ms2(n: number): number {
  return Math.round(n * 100) / 100;
}

async function endToEnd(): Promise<EndToEndResult> {
  say('end to end: seed corpus …');
  const seedRun = await worker<EndToEndRun>(
    'endToEnd',
    { label: 'e2e-seed', dir: seedCopy, questions: 'dev', count: 1_000, seed },
    scratch,
    null,
  );
  let largeRun: EndToEndRun | undefined;
  if (largestDir !== null) {
    say(`end to end: ${label(largestTarget)} corpus …`);
    largeRun = await worker<EndToEndRun>(
      'endToEnd',
      { label: `e2e-${label(largestTarget)}`, dir: largestDir, questions: 'scaled', count: 300, seed },
      scratch,
      null,
    );
  }
  return {
    available: true,
    note: `dispatch → first accepted callback on the loopback emulator; ${largestDir === null ? 'no large row: this run had no corpus of at most 100k passages' : `large = the ${label(largestTarget)} corpus`}`,
    seedP50Ms: ms2(seedRun.firstCallback.p50),
    seedP99Ms: ms2(seedRun.firstCallback.p99),
    largeP50Ms: largeRun === undefined ? null : ms2(largeRun.firstCallback.p50),
    largeP99Ms: largeRun === undefined ? null : ms2(largeRun.firstCallback.p99),
    seed: seedRun,
    ...(largeRun === undefined ? {} : { large: largeRun }),
  };
}

let e2e: EndToEndResult;
try {
  e2e = await endToEnd();
} catch (error) {
  e2e = notAvailable(`failed: ${(error as Error).message}`);
}
if (!values.keep) await rm(scratch, { recursive: true, force: true });
else notes.push(`generated corpora kept in ${scratch}`);
notes.push(
  `seed ${seed}; total wall time ${((performance.now() - started) / 1000).toFixed(0)} s; 1-minute load average ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end (${cpus().length} cores)`,
);

const json = latestJson(machine, measured, e2e);
const human = humanReport(machine, measured, e2e, notes);
await mkdir(RESULTS, { recursive: true });
await writeFile(join(RESULTS, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
await writeFile(
  join(RESULTS, 'latest-detail.json'),
  `${JSON.stringify({ machine, seed, sizes: measured, endToEnd: e2e }, null, 1)}\n`,
);
await writeFile(join(RESULTS, 'latest.md'), human);
process.stdout.write(human);
