// Issue 13 rows 2-4: entries that are not a regular file inside the corpus folder (a directory, a symlink to one,
// a FIFO, a symlink to /dev/zero or outside the folder, a name too long, a file over the size cap) and two files
// with one id stopped or hung start-up, or were served; check printed stack traces. Each is now a problem for that
// entry alone: the good articles load, check lists every problem, and start-up finishes.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFolder } from '../../src/load/articleFile.ts';
import { CACHE_DIR, loadCorpusCached } from '../../src/load/cache.ts';
import { checkCorpus, loadCorpus, readListedFiles } from '../../src/load/corpus.ts';
import { loadDeps } from '../../src/load/deps.ts';
import { createLogger } from '../../src/log/logger.ts';
import { articleText, entry, runCliProcess, STACK_LINE, tempDir } from './corpus-helpers.ts';

const LONG_NAME = `${'n'.repeat(300)}.txt`;
const CAP = 4096;

/** Two good articles and one of every kind of bad entry, each listed in sources.json. */
async function hostileCorpus(): Promise<{ dir: string; secret: string }> {
  const dir = await tempDir('hostile');
  const outside = await tempDir('outside');
  const secret = 'The launch codes are kept in the blue folder behind the clock, the caretaker said on Monday.';
  await writeFile(join(outside, 'secret.txt'), `${secret}\n\n${secret.replace('Monday', 'Friday')}\n`);
  await writeFile(join(dir, 'good-1.txt'), articleText(1));
  await writeFile(join(dir, 'good-2.txt'), articleText(2));
  await mkdir(join(dir, 'folder.txt'));
  await mkdir(join(dir, 'real-dir'));
  await symlink(join(dir, 'real-dir'), join(dir, 'dir-link.txt'));
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  await symlink('/dev/zero', join(dir, 'zero.txt'));
  await symlink(join(outside, 'secret.txt'), join(dir, 'outside.txt'));
  await symlink(join(dir, 'good-1.txt'), join(dir, 'inside-link.txt'));
  await writeFile(join(dir, 'huge.txt'), articleText(3, 40));
  await writeFile(join(dir, 'x.txt'), articleText(4));
  await writeFile(join(dir, 'x.html'), articleText(5));
  const files = [
    'good-1.txt',
    'folder.txt',
    'dir-link.txt',
    'pipe.txt',
    'zero.txt',
    'outside.txt',
    LONG_NAME,
    'huge.txt',
    'x.txt',
    'x.html',
    'good-2.txt',
    'inside-link.txt',
  ];
  const manifest = { articles: files.map((file, n) => entry({ file }, n)) };
  await writeFile(join(dir, 'sources.json'), JSON.stringify(manifest, null, 2));
  return { dir, secret };
}

const EXPECTED_PROBLEMS = [
  `${LONG_NAME} [file]: is a name of 304 bytes; at most 200 are allowed`,
  'x.html [file]: has the same article id "x" as x.txt (an id is the file name without its extension); rename one',
  'folder.txt [file]: is a directory, not a file',
  'dir-link.txt [file]: is a directory, not a file',
  'pipe.txt [file]: is a named pipe (FIFO), not a regular file',
  'zero.txt [file]: is a symbolic link to a file outside the corpus folder; only files inside it are read',
  'outside.txt [file]: is a symbolic link to a file outside the corpus folder; only files inside it are read',
  `huge.txt [file]: is larger than the limit of ${CAP} bytes for one file (${Buffer.byteLength(articleText(3, 40))} bytes; CORPUS_MAX_FILE_BYTES sets the limit)`,
];

describe('a corpus with one bad entry of every kind', () => {
  it('check lists every problem, one line each, without a stack trace, and loads the good articles', async () => {
    const { dir } = await hostileCorpus();
    const result = await runCliProcess(['check', '--data', dir], 30_000, { CORPUS_MAX_FILE_BYTES: String(CAP) });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr.trim().split('\n')).toEqual([
      ...EXPECTED_PROBLEMS,
      'real-dir: is in the corpus folder but no entry in sources.json lists it (add it with `add`, or remove it)',
      `${dir}: 4 article(s), 4 passage(s), 9 problem(s)`,
    ]);
  });

  it('starts (loadDeps, as npm start does) with the good articles, never serving the file outside the folder', async () => {
    const { dir, secret } = await hostileCorpus();
    const warnings: string[] = [];
    const started = Date.now();
    const { deps, problems } = await loadDeps(dir, {
      maxFileBytes: CAP,
      logger: createLogger('warn', (line) => warnings.push(line)),
    });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(deps.corpus.articles.map((a) => a.file)).toEqual(['good-1.txt', 'x.txt', 'good-2.txt', 'inside-link.txt']);
    expect(problems.map((p) => `${p.file} [${p.field}]: ${p.message}`)).toEqual(EXPECTED_PROBLEMS);
    expect(deps.corpus.articles.some((a) => a.text.includes(secret.slice(0, 30)))).toBe(false);
    expect(warnings).toEqual([]);
    // The second start restores the same result from the cache.
    const again = await loadCorpusCached(dir, { maxFileBytes: CAP });
    expect(again.cached).toBe(true);
    expect(again.corpus.problems).toEqual(problems);
  });

  it('rebuilds when the size cap changes, loading the file that now fits', async () => {
    const { dir } = await hostileCorpus();
    const small = await loadCorpusCached(dir, { maxFileBytes: CAP });
    const large = await loadCorpusCached(dir, { maxFileBytes: 64 * 1024 });
    expect(small.corpus.articles.some((a) => a.file === 'huge.txt')).toBe(false);
    expect(large.cached).toBe(false);
    expect(large.corpus.articles.some((a) => a.file === 'huge.txt')).toBe(true);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file and loads the others', async () => {
    const dir = await tempDir('unreadable');
    await writeFile(join(dir, 'good.txt'), articleText(1));
    await writeFile(join(dir, 'locked.txt'), articleText(2));
    await chmod(join(dir, 'locked.txt'), 0o000);
    await writeFile(
      join(dir, 'sources.json'),
      JSON.stringify({ articles: [entry({ file: 'good.txt' }, 1), entry({ file: 'locked.txt' }, 2)] }),
    );
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.file)).toEqual(['good.txt']);
    expect(corpus.problems).toEqual([
      { file: 'locked.txt', field: 'file', message: 'cannot be read: permission denied (EACCES)' },
    ]);
  });

  it('keeps the cache folder out of the problems check lists', async () => {
    const { dir } = await hostileCorpus();
    await loadCorpusCached(dir, { maxFileBytes: CAP, logger: createLogger('error', () => {}) });
    const corpus = await checkCorpus(dir, { maxFileBytes: CAP });
    expect(corpus.problems.map((p) => p.file)).not.toContain(CACHE_DIR);
    expect(corpus.problems).toHaveLength(9);
  });
});

/** One good article and one bad entry made by `make`; loading must keep the good one and name the bad one. */
const ONE_BAD_ENTRY: ReadonlyArray<[string, (dir: string) => Promise<void>, string]> = [
  ['a directory', (dir) => mkdir(join(dir, 'bad.txt')), 'is a directory, not a file'],
  [
    'a symlink to a directory',
    async (dir) => {
      await mkdir(join(dir, 'sub'));
      await symlink(join(dir, 'sub'), join(dir, 'bad.txt'));
    },
    'is a directory, not a file',
  ],
  [
    'a FIFO',
    async (dir) => {
      execFileSync('mkfifo', [join(dir, 'bad.txt')]);
    },
    'is a named pipe (FIFO), not a regular file',
  ],
  [
    'a symlink to /dev/zero',
    (dir) => symlink('/dev/zero', join(dir, 'bad.txt')),
    'is a symbolic link to a file outside the corpus folder; only files inside it are read',
  ],
  [
    'a symlink to a file outside the folder',
    async (dir) => {
      const outside = await tempDir('outside-one');
      await writeFile(join(outside, 'o.txt'), articleText(9));
      await symlink(join(outside, 'o.txt'), join(dir, 'bad.txt'));
    },
    'is a symbolic link to a file outside the corpus folder; only files inside it are read',
  ],
  [
    'a dangling symlink',
    (dir) => symlink(join(dir, 'nowhere.txt'), join(dir, 'bad.txt')),
    'is a symbolic link to nothing (its target is missing)',
  ],
  [
    'a file over the size cap',
    (dir) => writeFile(join(dir, 'bad.txt'), articleText(9, 40)),
    `is larger than the limit of ${CAP} bytes for one file (${Buffer.byteLength(articleText(9, 40))} bytes; CORPUS_MAX_FILE_BYTES sets the limit)`,
  ],
];

describe('one bad entry beside a good article', () => {
  it.each(ONE_BAD_ENTRY)(
    'loads the good article and reports %s as a problem of that entry',
    async (_kind, make, message) => {
      const dir = await tempDir('one-bad');
      await writeFile(join(dir, 'good.txt'), articleText(1));
      await make(dir);
      await writeFile(
        join(dir, 'sources.json'),
        JSON.stringify({ articles: [entry({ file: 'bad.txt' }, 0), entry({ file: 'good.txt' }, 1)] }),
      );
      const corpus = await loadCorpus(dir, { maxFileBytes: CAP });
      expect(corpus.articles.map((a) => a.file)).toEqual(['good.txt']);
      expect(corpus.problems).toEqual([{ file: 'bad.txt', field: 'file', message }]);
    },
    10_000,
  );

  it('reports a name too long for the file system as a problem of that entry', async () => {
    const dir = await tempDir('long-name');
    await writeFile(join(dir, 'good.txt'), articleText(1));
    await writeFile(join(dir, 'sources.json'), JSON.stringify({ articles: [entry({ file: 'good.txt' }, 1)] }));
    const opened = openFolder(dir);
    expect(opened.ok).toBe(true);
    // sources.json refuses such a name (see above); a reader given one still reports it rather than throwing.
    const { files, unreadable } = readListedFiles(opened.ok ? opened.folder : null, [LONG_NAME, 'good.txt'], CAP);
    expect([...files.keys()]).toEqual(['good.txt']);
    expect([...unreadable]).toEqual([[LONG_NAME, 'has a name too long for the file system (ENAMETOOLONG)']]);
  });
});
