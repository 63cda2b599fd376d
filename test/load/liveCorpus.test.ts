import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addArticle } from '../../src/load/addArticle.ts';
import { loadDeps } from '../../src/load/deps.ts';
import { startLiveCorpus, type Reload } from '../../src/load/liveCorpus.ts';
import { silentLogger, type Logger } from '../../src/log/logger.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const TEXT =
  'The council of Dunmoor voted on Tuesday to repair the sea wall before the winter storms, at a cost of nine hundred thousand.\n';

async function corpus(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'archivist-live-'));
  dirs.push(dir);
  await writeFile(join(dir, 'a.txt'), TEXT);
  await writeFile(
    join(dir, 'sources.json'),
    JSON.stringify({
      articles: [{ file: 'a.txt', title: 'Sea wall', outlet: 'Herald', url: 'https://h.example/a', published: null }],
    }),
  );
  return dir;
}

function recording(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: () => {},
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
}

describe('startLiveCorpus', () => {
  it('rebuilds and swaps in the new corpus after an add, answering from the old one until then', async () => {
    const dir = await corpus();
    const initial = (await loadDeps(dir, { logger: silentLogger })).deps;
    const logger = recording();
    const reloads: Reload[] = [];
    let reloaded: () => void = () => {};
    const done = new Promise<void>((resolve) => (reloaded = resolve));
    const live = startLiveCorpus({
      dir,
      initial,
      logger,
      debounceMs: 50,
      load: () => loadDeps(dir, { logger: silentLogger }),
      onReload: (r) => (reloads.push(r), reloaded()),
    });
    try {
      const source = join(dir, '..', `harbour-${Date.now()}.txt`);
      await writeFile(
        source,
        'The harbour master of Belmead said on Friday that dredging would begin in March and last six weeks.\n',
      );
      const added = await addArticle({
        source,
        title: 'Dredging',
        outlet: 'Herald',
        url: 'https://h.example/b',
        published: null,
        dir,
      });
      expect(added.ok).toBe(true);
      expect(live.current()).toBe(initial);
      await done;
      expect(reloads.map((r) => r.outcome)).toEqual(['swapped']);
      expect(live.current().corpus.articles.map((a) => a.title)).toEqual(['Sea wall', 'Dredging']);
      expect(logger.lines).toHaveLength(1);
      expect(logger.lines[0]).toMatch(
        new RegExp(
          `^info corpus ${dir} reloaded: 2 articles \\(was 1\\), 2 passages; built in \\d+\\.\\d s, swapped in \\d+ µs$`,
          'u',
        ),
      );
    } finally {
      live.stop();
    }
  });

  it('keeps the old corpus when sources.json is broken, and logs exactly why', async () => {
    const dir = await corpus();
    const initial = (await loadDeps(dir, { logger: silentLogger })).deps;
    const logger = recording();
    const live = startLiveCorpus({ dir, initial, logger, load: () => loadDeps(dir, { logger: silentLogger }) });
    try {
      await writeFile(join(dir, 'sources.json'), '{"articles": [');
      const result = await live.reload();
      expect(result.outcome).toBe('kept');
      expect(live.current()).toBe(initial);
      expect(logger.lines).toHaveLength(1);
      expect(logger.lines[0]).toMatch(
        new RegExp(
          `^error corpus ${dir} changed but was not reloaded, still answering from the previous corpus: sources\\.json: is not valid JSON: `,
          'u',
        ),
      );
    } finally {
      live.stop();
    }
  });

  it('runs one more rebuild when a change arrives during a rebuild', async () => {
    const dir = await corpus();
    const initial = (await loadDeps(dir, { logger: silentLogger })).deps;
    let loads = 0;
    const live = startLiveCorpus({
      dir,
      initial,
      logger: silentLogger,
      load: () => (loads++, loadDeps(dir, { logger: silentLogger })),
    });
    try {
      const first = live.reload();
      const second = live.reload();
      expect(second).toBe(first);
      await first;
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(loads).toBe(2);
    } finally {
      live.stop();
    }
  });
});
