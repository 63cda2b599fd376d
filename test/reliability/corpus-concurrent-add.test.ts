// Issue 13 row 1: two adds at once on a large corpus both printed "added" and one article was missing from
// sources.json; check saw nothing wrong. Also: check lists files no entry lists and entries whose ids collide.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { addArticle } from '../../src/load/addArticle.ts';
import { unlistedFiles } from '../../src/load/corpus.ts';
import { LOCK_FILE } from '../../src/load/manifestLock.ts';
import { articleText, captureIo, corpusOf, entry, runCliProcess, tempDir } from './corpus-helpers.ts';

const CORPUS_SIZE = 1000;

async function listedFiles(dir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(dir, 'sources.json'), 'utf8')) as { articles: { file: string }[] };
  return manifest.articles.map((a) => a.file);
}

describe(`two adds at once on a corpus of ${CORPUS_SIZE} files`, () => {
  it('keeps both articles when two add processes run at the same time, and leaves no file unlisted', async () => {
    // Articles of ~8 KB: each add reads them all (to refuse identical text), which is where the two used to overlap.
    const dir = await corpusOf(CORPUS_SIZE, 'race', 60);
    const sources = await tempDir('race-src');
    const names = ['new-a.txt', 'new-b.txt'];
    await Promise.all(names.map((name, i) => writeFile(join(sources, name), articleText(5000 + i))));
    const results = await Promise.all(
      names.map((name, i) =>
        runCliProcess([
          'add',
          join(sources, name),
          '--title',
          `Title ${name}`,
          '--outlet',
          'Coast Herald',
          '--url',
          `https://herald.example/new/${i}`,
          '--data',
          dir,
        ]),
      ),
    );
    expect(results.map((r) => [r.code, r.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    const listed = await listedFiles(dir);
    expect(names.filter((name) => !listed.includes(name))).toEqual([]);
    expect(listed).toHaveLength(CORPUS_SIZE + 2);
    expect(unlistedFiles(dir, await readFile(join(dir, 'sources.json'), 'utf8'))).toEqual([]);
  }, 90_000);

  it('keeps every article when ten adds race in one process', async () => {
    const dir = await corpusOf(20, 'race-async');
    const sources = await tempDir('race-async-src');
    const names = Array.from({ length: 10 }, (_, i) => `racer-${i}.txt`);
    await Promise.all(names.map((name, i) => writeFile(join(sources, name), articleText(7000 + i))));
    const results = await Promise.all(
      names.map((name, i) =>
        addArticle({
          source: join(sources, name),
          title: name,
          outlet: 'Coast Herald',
          url: `https://herald.example/racer/${i}`,
          published: null,
          dir,
        }),
      ),
    );
    expect(results.map((r) => r.ok)).toEqual(names.map(() => true));
    expect((await listedFiles(dir)).slice(20).sort()).toEqual([...names].sort());
  });

  it('gives up after the timeout with "another change is in progress" while a live process holds the lock, changing nothing', async () => {
    const dir = await corpusOf(3, 'locked');
    const before = await readFile(join(dir, 'sources.json'), 'utf8');
    const since = new Date().toISOString();
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname(), since }),
    );
    const source = join(await tempDir('locked-src'), 'late.txt');
    await writeFile(source, articleText(900));
    const result = await addArticle(
      { source, title: 'Late', outlet: 'Coast Herald', url: 'https://herald.example/late', published: null, dir },
      { lockTimeoutMs: 300 },
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        `another change to sources.json is in progress (process ${process.pid} on ${(await import('node:os')).hostname()} since ${since}); try again when it has finished (waited 0 s for ${join(dir, LOCK_FILE)})`,
      ],
    });
    expect(await readFile(join(dir, 'sources.json'), 'utf8')).toBe(before);
  });

  it('check lists a file no entry lists and an entry whose id collides with another', async () => {
    const dir = await corpusOf(2, 'unlisted');
    await writeFile(join(dir, 'orphan.txt'), articleText(77));
    await writeFile(join(dir, 'a0000.html'), articleText(78));
    const manifest = JSON.parse(await readFile(join(dir, 'sources.json'), 'utf8')) as { articles: unknown[] };
    manifest.articles.push(entry({ file: 'a0000.html' }, 78));
    await writeFile(join(dir, 'sources.json'), JSON.stringify(manifest));
    const io = captureIo();
    expect(await runCli(['check', '--data', dir], io)).toBe(1);
    expect(io.errors).toEqual([
      'a0000.html [file]: has the same article id "a0000" as a0000.txt (an id is the file name without its extension); rename one',
      'orphan.txt: is in the corpus folder but no entry in sources.json lists it (add it with `add`, or remove it)',
      `${dir}: 2 article(s), 2 passage(s), 2 problem(s)`,
    ]);
  });
});
