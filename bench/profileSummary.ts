// Reads a V8 .cpuprofile (from `npm run bench -- --profile`, in bench/results/profiles/) and prints the functions
// with the most self time and the most total time, so a slow figure comes with the code responsible.
//   tsx bench/profileSummary.ts bench/results/profiles/build-100k-….cpuprofile [--top 25] [--focus loadDeps]
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

function where(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^file:\/\//u, '').replace(/^.*?\/(src|bench|node_modules)\//u, '$1/');
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
}

/** `focus`: only samples with that function name somewhere on their stack (e.g. "loadDeps"). */
export function summariseProfile(profile: Profile, top: number, focus?: string): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totalHits = profile.nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0) || 1;
  const ms = (profile.endTime - profile.startTime) / 1000;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    if (hits === 0) continue;
    // Each function on the stack once, however deep its recursion.
    const onStack = new Set<string>();
    let focused = focus === undefined;
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (node) onStack.add(where(node));
      if (node?.callFrame.functionName === focus) focused = true;
    }
    if (!focused) continue;
    self.set(where(n), (self.get(where(n)) ?? 0) + hits);
    for (const key of onStack) total.set(key, (total.get(key) ?? 0) + hits);
  }
  const rows = (m: Map<string, number>): string =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([k, h]) =>
          `${((100 * h) / totalHits).toFixed(1).padStart(5)}%  ${((ms * h) / totalHits).toFixed(0).padStart(7)} ms  ${k}`,
      )
      .join('\n');
  const scope =
    focus === undefined
      ? ''
      : `, samples under ${focus}: ${((ms * (total.get([...total.keys()].find((k) => k.startsWith(`${focus} `)) ?? '') ?? 0)) / totalHits).toFixed(0)} ms`;
  return `profile of ${ms.toFixed(0)} ms${scope}\n\nself time:\n${rows(self)}\n\ntotal time (inclusive):\n${rows(total)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    options: { top: { type: 'string', default: '25' }, focus: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  for (const file of positionals) {
    const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
    process.stdout.write(`== ${file}\n${summariseProfile(profile, Number(values.top), values.focus)}\n`);
  }
}
