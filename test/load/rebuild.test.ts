// The index and quote book of a start without its cache: the same whichever threads build them, with their progress.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/corpus.ts';
import type { LoadProgress } from '../../src/load/progress.ts';
import { buildIndexAndBook } from '../../src/load/rebuild.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { serializeIndex } from '../../src/search/indexCodec.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('buildIndexAndBook', () => {
  it('indexes on a worker thread from the given passage count, with the same index and book as in one thread', async () => {
    const corpus = await loadCorpus(join(ROOT, 'test', 'fixtures', 'quote-styles'));
    const run = async (indexThreadMinPassages: number) => {
      const stages: string[] = [];
      const built = await buildIndexAndBook(corpus, {
        logger: silentLogger,
        onProgress: (p: LoadProgress) => stages.push(p.stage),
        buildWorkers: 1,
        indexThreadMinPassages,
      });
      return { stages, index: Buffer.from(serializeIndex(built.index)), book: JSON.stringify(built.quotes) };
    };
    const one = await run(Number.POSITIVE_INFINITY);
    const threaded = await run(0);
    expect(one.stages).toEqual(['indexing', 'indexed', 'quoting', 'quoted']);
    expect(threaded.stages).toEqual(['indexing', 'quoting', 'quoted', 'indexed']);
    expect(threaded.index).toEqual(one.index);
    expect(threaded.book).toBe(one.book);
  }, 60_000);
});
