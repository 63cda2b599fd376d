// Issue 13 row 7 (and the cache part of row 14): well-formed but altered bytes in .archivist-cache were served as
// verbatim excerpts (a changed name cited as if the article said it, a changed URL as the link); cache failures
// were swallowed without a word; temporary files of a killed save stayed forever.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_DIR, loadCorpusCached } from '../../src/load/cache.ts';
import { createLogger } from '../../src/log/logger.ts';
import { articleText, entry, tempDir } from './corpus-helpers.ts';

const QUOTED =
  'Work on the rail bridge will be finished before the winter storms arrive, Hilde Marrow said on Tuesday.';

async function smallCorpus(): Promise<string> {
  const dir = await tempDir('cache');
  await writeFile(join(dir, 'a.txt'), `${QUOTED}\n\n${articleText(11)}`);
  await writeFile(join(dir, 'b.txt'), articleText(12));
  await writeFile(
    join(dir, 'sources.json'),
    JSON.stringify({
      articles: [entry({ file: 'a.txt', url: 'https://herald.example/bridge' }, 1), entry({ file: 'b.txt' }, 2)],
    }),
  );
  return dir;
}

function recorder(): { lines: string[]; logger: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  return { lines, logger: createLogger('info', (line) => lines.push(line.replace(/^\S+ /u, ''))) };
}

/** Replaces every occurrence of `from` in the file with `to` (same length), as an edit of the bytes would. */
async function alter(path: string, from: string, to: string): Promise<void> {
  const bytes = await readFile(path);
  const before = Buffer.from(from);
  let at = bytes.indexOf(before);
  expect(at).toBeGreaterThanOrEqual(0);
  while (at >= 0) {
    bytes.write(to, at);
    at = bytes.indexOf(before, at + 1);
  }
  await writeFile(path, bytes);
}

describe('the corpus cache', () => {
  it('never serves a name or a link altered in the cache file: it is logged and rebuilt from the articles', async () => {
    const dir = await smallCorpus();
    const first = await loadCorpusCached(dir, { logger: createLogger('error', () => {}) });
    const path = join(dir, CACHE_DIR, `${first.key}.bin`);
    await alter(path, 'Hilde Marrow', 'Hilda Morrow');
    await alter(path, 'https://herald.example/bridge', 'https://hera1d.example/bridge');
    const { lines, logger } = recorder();
    const again = await loadCorpusCached(dir, { logger });
    expect(again.cached).toBe(false);
    expect(again.corpus.articles[0]?.text).toContain('Hilde Marrow said');
    expect(again.corpus.articles[0]?.url).toBe('https://herald.example/bridge');
    expect(again.corpus).toEqual(first.corpus);
    expect(lines).toEqual([
      `WARN cache: ${path} is not used: its contents do not match its checksum (altered or damaged); rebuilding`,
    ]);
    // The rebuilt cache is good again.
    expect((await loadCorpusCached(dir, { logger })).cached).toBe(true);
  });

  it('logs at warn, with the reason, a cache folder that cannot be written', async () => {
    const dir = await smallCorpus();
    await writeFile(join(dir, CACHE_DIR), 'not a folder');
    const { lines, logger } = recorder();
    const loaded = await loadCorpusCached(dir, { logger });
    expect(loaded.corpus.articles).toHaveLength(2);
    expect(lines).toEqual([
      `WARN cache: ${join(dir, CACHE_DIR)}/${loaded.key}.bin could not be saved (EEXIST: file already exists, mkdir '${join(dir, CACHE_DIR)}'); every start rebuilds until it can`,
    ]);
  });

  it('logs at warn, with the reason, a cache file that cannot be read', async () => {
    const dir = await smallCorpus();
    const first = await loadCorpusCached(dir, { logger: createLogger('error', () => {}) });
    const path = join(dir, CACHE_DIR, `${first.key}.bin`);
    await rm(path);
    await mkdir(path);
    const { lines, logger } = recorder();
    const again = await loadCorpusCached(dir, { logger });
    expect(again.cached).toBe(false);
    expect(again.corpus).toEqual(first.corpus);
    expect(lines[0]).toBe(`WARN cache: ${path} is a directory, not a file; rebuilding`);
  });

  it('removes the temporary file of a save whose process was killed, and keeps one of a live process', async () => {
    const dir = await smallCorpus();
    const first = await loadCorpusCached(dir, { logger: createLogger('error', () => {}) });
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(dead.stdout);
    const leftover = `${first.key}.bin.${deadPid}.tmp`;
    const running = `${first.key}.bin.${process.ppid}.tmp`;
    await writeFile(join(dir, CACHE_DIR, leftover), 'half a cache');
    await writeFile(join(dir, CACHE_DIR, running), 'a save in progress');
    const { lines, logger } = recorder();
    expect((await loadCorpusCached(dir, { logger })).cached).toBe(true);
    expect((await readdir(join(dir, CACHE_DIR))).sort()).toEqual([`${first.key}.bin`, running].sort());
    expect(lines).toEqual([
      `INFO cache: removed ${join(dir, CACHE_DIR, leftover)}, left by a save that did not finish`,
    ]);
  });
});
