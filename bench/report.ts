// Turns the workers' measurements into bench/results/latest.json (the fixed shape the lead reads), a detail file
// and a human-readable table. Every figure is rounded for reading, never invented: unmeasured values are null.
import type { EndToEndResult } from './endToEnd.ts';
import type { Latency } from './stats.ts';

export interface Memory {
  heapMB: number;
  rssMB: number;
  peakRssMB: number;
}

export interface OursMeasured {
  buildMs?: number;
  quoteBuildMs?: number;
  /** CPU time of the quote book's build (every thread of the process: garbage collection helpers too). */
  quoteBuildCpuMs?: number;
  firstStartMs?: number;
  /** --large only: loadIndex on the saved bytes, in the building process. */
  indexLoadMs?: number;
  saveMB?: number;
  saveMs?: number;
  afterBuild?: Memory;
  ask?: Latency;
  quote?: Latency | null;
  end?: Memory;
}

export interface ServeMeasured {
  loadMs?: number;
  /** The cold start found no usable cache and rebuilt: its loadMs is not a cold start. */
  cacheMiss?: boolean;
  /** Size of the corpus directory's cache folder (cached corpus, saved index, quote book). */
  cacheMB?: number;
  /** Dev questions (bench/eval/qa-dev.json) passing at k = 3 on this corpus, out of devTotal. */
  devPassed?: number;
  devTotal?: number;
  afterLoad?: Memory;
  ask?: Latency;
  quote?: Latency | null;
  end?: Memory;
}

export interface BaselineMeasured {
  buildMs: number;
  saveMB?: number;
  heapMB?: number;
  ask: Latency;
  /** Share of the questions for which the library returned no hit at all. */
  emptyShare?: number;
}

export interface SizeMeasured {
  label: string;
  target: number | null;
  passages: number;
  articles: number;
  corpusMB: number | null;
  generateMs: number | null;
  ingestMs: number;
  afterIngest?: Memory | undefined;
  ours: OursMeasured;
  serve: ServeMeasured | null;
  baselines: Partial<Record<'minisearch' | 'flexsearch', BaselineMeasured | { failed: string }>>;
}

export interface LatestJson {
  machine: string;
  sizes: {
    passages: number;
    buildMs: number | null;
    saveMB: number | null;
    loadMs: number | null;
    rssMB: number | null;
    askP50Ms: number | null;
    askP99Ms: number | null;
    quoteP99Ms: number | null;
    baselineMinisearchP99Ms: number | null;
    baselineFlexsearchP99Ms: number | null;
  }[];
  endToEnd: {
    seedP50Ms: number | null;
    seedP99Ms: number | null;
    largeP50Ms: number | null;
    largeP99Ms: number | null;
  };
}

function round(n: number | undefined | null, digits = 2): number | null {
  if (n === undefined || n === null || !Number.isFinite(n)) return null;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function baselineP99(b: BaselineMeasured | { failed: string } | undefined): number | null {
  return b !== undefined && 'ask' in b ? round(b.ask.p99, 3) : null;
}

/** The served (cold-started) process is the bot's situation; the build process stands in while load is missing. */
function askOf(size: SizeMeasured): Latency | undefined {
  return size.serve?.ask ?? size.ours.ask;
}

function quoteOf(size: SizeMeasured): Latency | null | undefined {
  return size.serve?.quote ?? size.ours.quote;
}

function rssOf(size: SizeMeasured): number | undefined {
  return size.serve?.end?.peakRssMB ?? size.ours.end?.peakRssMB;
}

export function latestJson(machine: string, sizes: SizeMeasured[], e2e: EndToEndResult): LatestJson {
  return {
    machine,
    sizes: sizes.map((s) => ({
      passages: s.passages,
      buildMs: round(s.ours.buildMs, 1),
      saveMB: round(s.ours.saveMB, 3),
      loadMs: s.serve?.cacheMiss === true ? null : round(s.serve?.loadMs, 1),
      rssMB: round(rssOf(s), 1),
      askP50Ms: round(askOf(s)?.p50, 3),
      askP99Ms: round(askOf(s)?.p99, 3),
      quoteP99Ms: round(quoteOf(s)?.p99, 3),
      baselineMinisearchP99Ms: baselineP99(s.baselines.minisearch),
      baselineFlexsearchP99Ms: baselineP99(s.baselines.flexsearch),
    })),
    endToEnd: {
      seedP50Ms: e2e.seedP50Ms,
      seedP99Ms: e2e.seedP99Ms,
      largeP50Ms: e2e.largeP50Ms,
      largeP99Ms: e2e.largeP99Ms,
    },
  };
}

function cell(n: number | null | undefined, digits = 1): string {
  return n === null || n === undefined || !Number.isFinite(n) ? '—' : n.toFixed(digits);
}

function ratio(ours: number | null | undefined, base: number | null | undefined): string {
  if (ours === null || ours === undefined || base === null || base === undefined || base <= 0) return '';
  return ` (×${Number((ours / base).toPrecision(2))})`;
}

function table(header: string[], rows: string[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

/** Markdown: the main table (ours, with ratios to the baselines' p99), then the baselines' own figures. */
export function humanReport(machine: string, sizes: SizeMeasured[], e2e: EndToEndResult, notes: string[]): string {
  const main = table(
    [
      'corpus',
      'passages',
      'ingest s',
      'build ms',
      'save MB',
      'load ms',
      'RSS MB',
      'ask p50',
      'ask p99 (÷ mini, ÷ flex)',
      'ask max',
      'quote p50',
      'quote p99',
      'n ask',
      'no answer',
    ],
    sizes.map((s) => {
      const ask = askOf(s);
      const quote = quoteOf(s);
      const mini = baselineP99(s.baselines.minisearch);
      const flex = baselineP99(s.baselines.flexsearch);
      return [
        s.label,
        String(s.passages),
        cell(s.ingestMs / 1000, 2),
        cell(s.ours.buildMs, 0),
        cell(s.ours.saveMB, 2),
        `${cell(s.serve?.loadMs, 0)}${s.serve?.cacheMiss === true ? ' (cache miss!)' : ''}`,
        cell(rssOf(s), 0),
        cell(ask?.p50, 2),
        `${cell(ask?.p99, 2)}${ratio(ask?.p99, mini)}${ratio(ask?.p99, flex)}`,
        cell(ask?.max, 2),
        cell(quote?.p50, 2),
        cell(quote?.p99, 2),
        cell(ask?.n, 0),
        ask?.emptyShare === undefined ? '—' : `${(ask.emptyShare * 100).toFixed(0)}%`,
      ];
    }),
  );
  const detail = table(
    [
      'corpus',
      'articles',
      'corpus MB',
      'ingest s',
      'ingest peak RSS',
      'index build ms',
      'serialise ms',
      'quote book ms',
      'quote book CPU ms',
      'heap after build',
      'build peak RSS',
      'first start s',
      'cache MB',
      'cold start ms',
      'serve heap',
      'serve peak RSS',
      'dev Qs pass@3',
    ],
    sizes.map((s) => [
      s.label,
      String(s.articles),
      cell(s.corpusMB, 1),
      cell(s.ingestMs / 1000, 2),
      cell(s.afterIngest?.peakRssMB, 0),
      cell(s.ours.buildMs, 0),
      cell(s.ours.saveMs, 0),
      cell(s.ours.quoteBuildMs, 0),
      cell(s.ours.quoteBuildCpuMs, 0),
      cell(s.ours.afterBuild?.heapMB, 0),
      cell(s.ours.end?.peakRssMB, 0),
      cell((s.ours.firstStartMs ?? Number.NaN) / 1000, 1),
      cell(s.serve?.cacheMB, 1),
      cell(s.serve?.loadMs, 0),
      cell(s.serve?.end?.heapMB, 0),
      cell(s.serve?.end?.peakRssMB, 0),
      s.serve?.devPassed === undefined ? '—' : `${s.serve.devPassed}/${s.serve.devTotal ?? '?'}`,
    ]),
  );
  const baselineRows: string[][] = [];
  for (const s of sizes) {
    for (const name of ['minisearch', 'flexsearch'] as const) {
      const b = s.baselines[name];
      if (b === undefined) continue;
      if ('failed' in b) {
        baselineRows.push([s.label, name, `failed: ${b.failed}`, '', '', '', '', '', '', '']);
        continue;
      }
      baselineRows.push([
        s.label,
        name,
        cell(b.buildMs, 0),
        cell(b.saveMB, 2),
        cell(b.heapMB, 0),
        cell(b.ask.p50, 2),
        cell(b.ask.p99, 2),
        cell(b.ask.max, 2),
        String(b.ask.n),
        b.emptyShare === undefined ? '—' : `${(b.emptyShare * 100).toFixed(0)}%`,
      ]);
    }
  }
  const baselines = table(
    ['corpus', 'baseline', 'build ms', 'save MB', 'heap MB', 'p50', 'p99', 'max', 'n', 'no hit'],
    baselineRows,
  );
  const e2eRows: string[][] = [];
  for (const [name, run] of [
    ['seed', e2e.seed],
    ['large', e2e.large],
  ] as const) {
    if (run === undefined) continue;
    const types = Object.entries(run.callbackTypes)
      .map(([t, n]) => `${n}× type ${t}`)
      .join(', ');
    e2eRows.push([
      name,
      cell(run.startMs, 0),
      cell(run.firstCallback.p50, 2),
      cell(run.firstCallback.p99, 2),
      cell(run.firstCallback.max, 2),
      cell(run.answered.p50, 2),
      cell(run.answered.p99, 2),
      String(run.firstCallback.n),
      types,
    ]);
  }
  const e2eLine = e2e.available
    ? `End to end (${e2e.note}):\n\n${table(['corpus', 'bot start ms', 'first callback p50', 'p99', 'max', 'answer shown p50', 'p99', 'n', 'first callbacks'], e2eRows)}`
    : `End to end: ${e2e.note}`;
  return [
    `# archivist benchmark`,
    '',
    `Machine: ${machine}`,
    '',
    'Latencies in ms of compute (ask = /ask answer, quote = /quote answer), timed in a fresh process that cold-started',
    'through src/load/deps.ts loadDeps with its cache in place (seed: the dev questions and speakers, ≥2,000 answers each;',
    'scaled corpora: generated questions and speakers plus the dev ones). load = that cold',
    "start (cache key hashing, cached corpus + saved index, quote book); RSS = that process's peak RSS.",
    '÷ = ours / baseline p99 (the baselines only search; ours also plans, picks excerpts and builds links).',
    '',
    main,
    '',
    'Ours in detail (MB; each step in its own process: ingest+build+save, then cold start+answers):',
    '',
    detail,
    '',
    'Baselines (default options, same passages and questions; a time budget caps their sample count):',
    '',
    baselines,
    '',
    e2eLine,
    ...(notes.length > 0 ? ['', ...notes.map((n) => `- ${n}`)] : []),
    '',
  ].join('\n');
}
