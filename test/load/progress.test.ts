import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpusCached } from '../../src/load/cache.ts';
import { logProgress, type LoadProgress } from '../../src/load/progress.ts';
import { createLogger, silentLogger } from '../../src/log/logger.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

function lines(): { logger: ReturnType<typeof createLogger>; written: string[] } {
  const written: string[] = [];
  return { logger: createLogger('info', (line) => written.push(line.replace(/^\S+ /u, '')), []), written };
}

describe('logProgress', () => {
  it('logs counts at most once per interval, the last count, and every stage', () => {
    const { logger, written } = lines();
    let now = 0;
    const progress = logProgress(logger, 'corpus: ', 2000, () => now);
    for (let done = 1; done <= 5; done++) {
      now += 900;
      progress({ stage: 'ingesting', done, total: 5 });
    }
    progress({ stage: 'indexing', passages: 12 });
    progress({ stage: 'indexed', passages: 12, ms: 1500 });
    expect(written).toEqual([
      'INFO corpus: articles ingested: 1 of 5 (20%)',
      'INFO corpus: articles ingested: 4 of 5 (80%)',
      'INFO corpus: articles ingested: 5 of 5 (100%)',
      'INFO corpus: building the search index over 12 passages',
      'INFO corpus: search index built: 12 passages in 1.5 s',
    ]);
  });

  it('says how many worker threads built the quote book when more than one did', () => {
    const { logger, written } = lines();
    const progress = logProgress(logger, 'corpus: ');
    progress({ stage: 'quoted', articles: 40, ms: 2500 });
    progress({ stage: 'quoted', articles: 40, ms: 2500, workers: 1 });
    progress({ stage: 'quoted', articles: 40, ms: 1250, workers: 3 });
    expect(written).toEqual([
      'INFO corpus: quote book built: 40 articles in 2.5 s',
      'INFO corpus: quote book built: 40 articles in 2.5 s',
      'INFO corpus: quote book built: 40 articles in 1.3 s on 3 worker threads',
    ]);
  });
});

describe('loadCorpusCached progress', () => {
  it('reports reading, each article, the index and the quote book on a rebuild, and the cache on the next load', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'archivist-progress-'));
    dirs.push(dir);
    const text = (n: number) =>
      `The council of Dunmoor voted on Tuesday to repair the sea wall in section ${n}, at a cost of ${n} thousand.\n`;
    await writeFile(join(dir, 'a.txt'), text(1));
    await writeFile(join(dir, 'b.txt'), text(2));
    const entry = (file: string, n: number) => ({
      file,
      title: null,
      outlet: 'Herald',
      url: `https://h.example/${n}`,
      published: null,
    });
    await writeFile(join(dir, 'sources.json'), JSON.stringify({ articles: [entry('a.txt', 1), entry('b.txt', 2)] }));
    const seen: LoadProgress[] = [];
    await loadCorpusCached(dir, { logger: silentLogger, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => (p.stage === 'ingesting' ? `ingesting ${p.done}/${p.total}` : p.stage))).toEqual([
      'reading',
      'ingesting 1/2',
      'ingesting 2/2',
      'indexing',
      'indexed',
      'quoting',
      'quoted',
    ]);
    const again: LoadProgress[] = [];
    await loadCorpusCached(dir, { logger: silentLogger, onProgress: (p) => again.push(p) });
    expect(again).toEqual([{ stage: 'cache', articles: 2, passages: 2 }]);
  });
});
