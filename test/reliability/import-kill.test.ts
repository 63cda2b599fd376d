// `import` killed with SIGKILL at random moments: the corpus is always exactly the old one or the complete new
// one, and the next change under the lock clears whatever the killed process left (temporary files, renamed files).
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeLeftovers } from '../../src/load/leftovers.ts';
import { withManifestLock } from '../../src/load/manifestLock.ts';
import { articleText, corpusOf, ROOT, tempDir } from './corpus-helpers.ts';

const NEW_FILES = 120;

/** Every file of the folder with its text, the lock and cache left out (what "the corpus" is, byte for byte). */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).filter((n) => n !== '.sources.lock' && n !== '.archivist-cache').sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), 'utf8')] as const)),
  );
}

async function importSource(): Promise<{ folder: string; manifest: string }> {
  const folder = await tempDir('import-src');
  const rows: string[] = [];
  for (let n = 0; n < NEW_FILES; n++) {
    const file = `b${String(n).padStart(4, '0')}.txt`;
    await writeFile(join(folder, file), articleText(1000 + n));
    rows.push(
      JSON.stringify({
        file,
        title: `Works ${n}`,
        outlet: 'Coast Herald',
        url: `https://herald.example/b/${n}`,
        published: '2024-04-01',
      }),
    );
  }
  const manifest = join(await tempDir('import-manifest'), 'rows.jsonl');
  await writeFile(manifest, `${rows.join('\n')}\n`);
  return { folder, manifest };
}

/** Runs import as a real process; `killAt` decides when to SIGKILL it (after start, or after validation ended). */
function runImport(
  args: string[],
  killAt: { afterMs: number; from: 'start' | 'validated' } | null,
): Promise<{ killed: boolean; code: number | null; writeMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let validatedAt = 0;
    let killed = false;
    const kill = () => {
      killed = child.exitCode === null && child.kill('SIGKILL');
    };
    if (killAt?.from === 'start') setTimeout(kill, killAt.afterMs);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      if (validatedAt === 0 && stderr.includes(`validating ${NEW_FILES} of ${NEW_FILES} files`)) {
        validatedAt = Date.now();
        if (killAt?.from === 'validated') setTimeout(kill, killAt.afterMs);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ killed, code, writeMs: validatedAt === 0 ? 0 : Date.now() - validatedAt }));
  });
}

describe('import killed at random moments', () => {
  it('leaves the old corpus or the complete new one, every time, and the next change clears the leftovers', async () => {
    const { folder, manifest } = await importSource();
    const original = await corpusOf(30, 'import-old');
    const old = await snapshot(original);
    // The complete new corpus, from an import that runs to its end.
    const reference = await tempDir('import-ref');
    await cp(original, reference, { recursive: true });
    const full = await runImport([folder, '--manifest', manifest, '--data', reference], null);
    expect(full.code).toBe(0);
    const complete = await snapshot(reference);
    expect(Object.keys(complete)).toHaveLength(Object.keys(old).length + NEW_FILES);

    const outcomes: string[] = [];
    const moments = [
      ...Array.from({ length: 3 }, () => ({ from: 'start' as const, afterMs: 200 + Math.random() * 3000 })),
      ...Array.from({ length: 5 }, () => ({
        from: 'validated' as const,
        afterMs: Math.random() * Math.max(20, full.writeMs),
      })),
    ];
    for (const [i, killAt] of moments.entries()) {
      const dir = join(await tempDir(`import-kill-${i}`), 'corpus');
      await mkdir(dir);
      await cp(original, dir, { recursive: true });
      const run = await runImport([folder, '--manifest', manifest, '--data', dir], killAt);
      // What loads: sources.json and the files it lists are exactly the old corpus or exactly the new one.
      const after = await snapshot(dir);
      const manifestNow = after['sources.json'];
      const state =
        manifestNow === old['sources.json'] ? 'old' : manifestNow === complete['sources.json'] ? 'new' : 'neither';
      expect(state, `kill ${i} (${killAt.from} +${Math.round(killAt.afterMs)} ms)`).not.toBe('neither');
      const target = state === 'old' ? old : complete;
      for (const [name, text] of Object.entries(target)) expect(after[name], name).toBe(text);
      // The next change under the lock removes what the killed import left: then the folder is exactly one of them.
      await withManifestLock(dir, async () => removeLeftovers(dir));
      expect(await snapshot(dir)).toEqual(target);
      outcomes.push(`${run.killed ? 'killed' : 'finished'}:${state}`);
    }
    // The moments are random; this says what they covered when the test fails.
    expect(outcomes).toHaveLength(moments.length);
  }, 240_000);
});
