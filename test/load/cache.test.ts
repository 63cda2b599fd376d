import { appendFile, cp, mkdtemp, readFile, readdir, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CACHE_DIR, loadCorpusCached, pipelinePackageVersions } from '../../src/load/cache.ts';
import { STAMPS_FILE } from '../../src/load/fileStamps.ts';
import { createRetriever } from '../../src/search/retriever.ts';

async function corpusCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'archivist-cache-'));
  await cp('data', dir, { recursive: true, filter: (source) => !source.includes(CACHE_DIR) });
  return dir;
}

function topPassages(loaded: Awaited<ReturnType<typeof loadCorpusCached>>, question: string): string[] {
  const retriever = createRetriever(loaded.corpus, loaded.index);
  return retriever.search(retriever.plan(question), 5).map((h) => h.passageId);
}

/** Loads with the clock `seconds` ahead, as if the files had been written that long ago (their stamps are kept). */
async function loadLater(dir: string, seconds = 10): ReturnType<typeof loadCorpusCached> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + seconds * 1000);
  try {
    return await loadCorpusCached(dir);
  } finally {
    vi.useRealTimers();
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('loadCorpusCached', () => {
  it('saves on first load and restores the same corpus and ranking on the next', async () => {
    const dir = await corpusCopy();
    const first = await loadCorpusCached(dir);
    const second = await loadCorpusCached(dir);
    expect([first.cached, second.cached]).toEqual([false, true]);
    expect(second.key).toBe(first.key);
    expect(second.corpus).toEqual(first.corpus);
    expect(second.quotes).toEqual(first.quotes);
    expect(topPassages(second, 'missile defence shield')).toEqual(topPassages(first, 'missile defence shield'));
  });

  it('reads an article’s text from the cache file it was restored from, even once that file is gone', async () => {
    const dir = await corpusCopy();
    const first = await loadCorpusCached(dir);
    const second = await loadCorpusCached(dir);
    expect(second.cached).toBe(true);
    await rm(join(dir, CACHE_DIR), { recursive: true });
    expect(second.corpus.articles.map((a) => a.text)).toEqual(first.corpus.articles.map((a) => a.text));
    expect(second.corpus.passages.map((p) => p.text)).toEqual(first.corpus.passages.map((p) => p.text));
  });

  it('rebuilds when an article changes, and keeps only the current entry', async () => {
    const dir = await corpusCopy();
    const before = await loadCorpusCached(dir);
    const file = before.corpus.articles[0]?.file ?? '';
    await appendFile(
      join(dir, file),
      '\nThe ministers agreed to meet again in Vienna next spring to review the plan.\n',
    );
    const after = await loadCorpusCached(dir);
    expect(after.cached).toBe(false);
    expect(after.key).not.toBe(before.key);
    expect(after.corpus.passages.some((p) => p.text.includes('meet again in Vienna'))).toBe(true);
    expect(await readdir(join(dir, CACHE_DIR))).toEqual([`${after.key}.bin`]);
  });

  it('ignores a corrupt cache file and rebuilds', async () => {
    const dir = await corpusCopy();
    const first = await loadCorpusCached(dir);
    await writeFile(join(dir, CACHE_DIR, `${first.key}.bin`), '{"key": "truncated');
    const again = await loadCorpusCached(dir);
    expect(again.cached).toBe(false);
    expect(again.corpus.passages.length).toBe(first.corpus.passages.length);
  });

  it('rebuilds from a truncated cache file', async () => {
    const dir = await corpusCopy();
    const first = await loadCorpusCached(dir);
    const path = join(dir, CACHE_DIR, `${first.key}.bin`);
    await truncate(path, Math.floor((await stat(path)).size / 2));
    const again = await loadCorpusCached(dir);
    expect(again.cached).toBe(false);
    expect(again.corpus).toEqual(first.corpus);
  });

  it('notices an article edited in place with its size and file times kept', async () => {
    const dir = await corpusCopy();
    const before = await loadCorpusCached(dir);
    const file = join(dir, before.corpus.articles[0]?.file ?? '');
    const times = await stat(file);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('NATO', 'OTAN'));
    await utimes(file, times.atime, times.mtime);
    const after = await loadCorpusCached(dir);
    expect(after.cached).toBe(false);
    expect(after.corpus.articles[0]?.text).toContain('OTAN');
  });
});

describe('loadCorpusCached with file stamps', () => {
  it('takes the hash of an unchanged file from the stamps file instead of reading the file', async () => {
    const dir = await corpusCopy();
    const first = await loadCorpusCached(dir);
    // Files written just now are read again at the next start; from then on their stamps are kept.
    const second = await loadLater(dir);
    expect([first.cached, second.cached, second.key]).toEqual([false, true, first.key]);
    const path = join(dir, CACHE_DIR, STAMPS_FILE);
    const lines = (await readFile(path, 'utf8')).split('\n');
    const names = first.corpus.articles.map((a) => a.file).sort();
    expect(lines.slice(1, -1).map((line) => line.split('\t')[0])).toEqual(names);
    expect((await loadLater(dir)).cached).toBe(true);
    // A different remembered hash gives a different key: the file itself was not read.
    const [name, stamp, length] = (lines[1] ?? '').split('\t');
    lines[1] = [name, stamp, length, 'not the hash of the file'].join('\t');
    await writeFile(path, lines.join('\n'));
    expect((await loadLater(dir)).cached).toBe(false);
  });

  it('rebuilds when a file with a kept stamp is edited (size and modification time change)', async () => {
    const dir = await corpusCopy();
    await loadCorpusCached(dir);
    const before = await loadLater(dir);
    const file = before.corpus.articles[0]?.file ?? '';
    await appendFile(
      join(dir, file),
      '\nThe ministers agreed to meet again in Vienna next spring to review the plan.\n',
    );
    const after = await loadLater(dir);
    expect(after.cached).toBe(false);
    expect(after.corpus.passages.some((p) => p.text.includes('meet again in Vienna'))).toBe(true);
  });

  it('rebuilds when a file with a kept stamp is edited with its size and modification time kept', async () => {
    const dir = await corpusCopy();
    const file = join(dir, (await loadCorpusCached(dir)).corpus.articles[0]?.file ?? '');
    await utimes(file, 1_700_000_000, 1_700_000_000);
    await loadCorpusCached(dir);
    expect((await loadLater(dir)).cached).toBe(true);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('NATO', 'OTAN'));
    await utimes(file, 1_700_000_000, 1_700_000_000);
    const after = await loadLater(dir);
    expect(after.cached).toBe(false);
    expect(after.corpus.articles[0]?.text).toContain('OTAN');
  });
});

describe('pipelinePackageVersions', () => {
  it('names the installed version of the search engine, the stemmer and the NLP model, which the cache key hashes', async () => {
    const installed = async (name: string) =>
      `${name}@${(JSON.parse(await readFile(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version}`;
    const versions = await pipelinePackageVersions();
    for (const name of ['minisearch', 'stemmer', 'wink-nlp', 'wink-eng-lite-web-model'])
      expect(versions).toContain(await installed(name));
    expect(versions).toContain('minisearch@7.2.0');
  });
});
