// Shared fixtures for the corpus reliability suite: invented articles (never dev-set text), corpus folders, and the
// CLI run in-process or as a real process, the way an operator runs it.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { CliIo } from '../../src/cli/io.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

const PLACES = [
  'Tarrow',
  'Belmead',
  'Oskvik',
  'Carranford',
  'Lunde',
  'Pellam',
  'Straith',
  'Vennick',
  'Dunmoor',
  'Harlsey',
];
const THINGS = [
  'ferry terminal',
  'water works',
  'tram depot',
  'grain store',
  'sea wall',
  'rail bridge',
  'fish market',
  'library',
];

/** An invented two-paragraph article, different for every n (no two share a text); `extra` more paragraphs. */
export function articleText(n: number, extra = 0): string {
  const place = PLACES[n % PLACES.length] ?? 'Tarrow';
  const thing = THINGS[Math.floor(n / PLACES.length) % THINGS.length] ?? 'library';
  return (
    `Work on the ${thing} in ${place} will finish in week ${n} of the programme, the council said on Tuesday after a long review of the costs.\n\n` +
    `Officials in ${place} said the ${thing} had been closed for repairs since the spring and that the budget of ${1000 + n} thousand had not been exceeded.\n` +
    Array.from(
      { length: extra },
      (_, k) =>
        `\nA resident of ${place} said in interview ${k} that the work on the ${thing} had been loud but that the result was worth the wait.\n`,
    ).join('')
  );
}

export interface EntryInput {
  file: string;
  title?: string | null;
  outlet?: string;
  url?: string;
  published?: string | null;
}

export function entry(input: EntryInput, n: number): Record<string, unknown> {
  return {
    file: input.file,
    title: input.title ?? null,
    outlet: input.outlet ?? 'Coast Herald',
    url: input.url ?? `https://herald.example/a/${n}`,
    published: input.published ?? '2024-03-01',
  };
}

const created: string[] = [];
// Registered in each test file that imports this module: its folders (one holds 1,000 articles) go when it ends.
afterAll(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `archivist-rel-${prefix}-`));
  created.push(dir);
  return dir;
}

/** A corpus folder with `count` listed articles a0000.txt… (each with `extra` more paragraphs) and sources.json. */
export async function corpusOf(count: number, prefix = 'corpus', extra = 0): Promise<string> {
  const dir = await tempDir(prefix);
  const entries: Record<string, unknown>[] = [];
  for (let n = 0; n < count; n++) {
    const file = `a${String(n).padStart(4, '0')}.txt`;
    await writeFile(join(dir, file), articleText(n, extra));
    entries.push(entry({ file }, n));
  }
  await writeFile(join(dir, 'sources.json'), JSON.stringify({ articles: entries }, null, 2));
  return dir;
}

export function captureIo(): CliIo & { output: string[]; errors: string[] } {
  const output: string[] = [];
  const errors: string[] = [];
  return { output, errors, out: (t) => output.push(t), err: (t) => errors.push(t), lines: async function* () {} };
}

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI as its own process, as `npx tsx src/cli/main.ts ARGS` would (node with tsx's import hook, without
 * npx's own second of start-up), killed after `timeoutMs`.
 */
export function runCliProcess(
  args: readonly string[],
  timeoutMs = 60_000,
  env: Record<string, string> = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A stack trace line, as node prints one: what an operator must never see for a bad corpus. */
export const STACK_LINE = /^\s+at .+\(?.+:\d+:\d+\)?$/mu;
