// One cold start through loadDeps on a corpus whose cache is in place, in this process: wall and CPU time (CPU time is
// disturbed far less by other processes on a busy machine), heap and RSS when ready. For paired old/new measurements,
// point --tree at a copy of the other code (src/, commands/, bench/ and a node_modules link) and alternate runs.
// Without a cache it is a first start: --workers N sets BUILD_WORKERS for it (code that has the setting), and the
// stages' times (ingestion, index, quote book, the rest: mostly writing the cache) are printed with it.
//   npx tsx bench/cold-start.ts --data DIR [--tree PATH] [--workers N]
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { data: { type: 'string' }, tree: { type: 'string', default: '.' }, workers: { type: 'string' } },
});
if (values.data === undefined) {
  process.stderr.write('usage: cold-start.ts --data DIR [--tree PATH]\n');
  process.exit(2);
}
const tree = resolve(values.tree);
const { loadDeps } = (await import(`${tree}/src/load/deps.ts`)) as typeof import('../src/load/deps.ts');
const cpuBefore = process.cpuUsage();
const started = performance.now();
const stages: Record<string, number> = {};
const { deps } = await loadDeps(values.data, {
  ...(values.workers === undefined ? {} : { buildWorkers: Number(values.workers) }),
  onProgress: (p) => {
    const at = Math.round(performance.now() - started);
    // CPU time (every thread of the process) when each stage ends: with one build thread, the differences are the
    // stages' CPU times.
    const used = process.cpuUsage(cpuBefore);
    stages[`${p.stage}CpuMs`] = Math.round((used.user + used.system) / 1000);
    if (p.stage === 'indexing') stages.ingestMs = at;
    if (p.stage === 'indexed') stages.indexMs = p.ms;
    if (p.stage === 'quoted') {
      stages.quoteBookMs = p.ms;
      stages.quotedAtMs = at;
      if (p.workers !== undefined) stages.workers = p.workers;
    }
  },
});
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const memory = process.memoryUsage();
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    passages: deps.corpus.passages.length,
    heapMB: Math.round(memory.heapUsed / 1e6),
    rssMB: Math.round(memory.rss / 1e6),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1e3),
    load1: Number((loadavg()[0] ?? 0).toFixed(1)),
    ...stages,
  }),
);
// The start-up warm-up (entity tagger, quote tables) is not part of a cold start: stop before it runs.
process.exit(0);
