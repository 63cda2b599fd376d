// The index built on a worker thread is the index buildIndex makes in this one, byte for byte when saved.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/corpus.ts';
import { buildIndex, serializeIndex } from '../../src/search/indexCodec.ts';
import { buildIndexOnThread, indexOnThread } from '../../src/threads/indexThread.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('buildIndexOnThread', () => {
  it('builds on a worker thread the index buildIndex builds here (the same saved bytes)', async () => {
    const corpus = await loadCorpus(join(ROOT, 'test', 'fixtures', 'ask-styles-2'));
    const reasons: string[] = [];
    const built = await buildIndexOnThread(corpus, { onFallback: (reason) => reasons.push(reason) });
    expect({ threaded: built.threaded, reasons }).toEqual({ threaded: true, reasons: [] });
    const ids = corpus.passages.map((p) => p.id);
    expect(Buffer.from(serializeIndex(built.index, ids))).toEqual(Buffer.from(serializeIndex(buildIndex(corpus), ids)));
  }, 60_000);

  it('builds the index here, and says why, when the worker fails', async () => {
    const corpus = await loadCorpus(join(ROOT, 'data'));
    const reasons: string[] = [];
    const built = await buildIndexOnThread(corpus, {
      onFallback: (reason) => reasons.push(reason),
      workerUrl: new URL('../fixtures/threads/failingWorker.ts', import.meta.url).href,
    });
    expect(built.threaded).toBe(false);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/^index worker: Error: this worker fails on purpose/u);
    expect(Buffer.from(serializeIndex(built.index))).toEqual(Buffer.from(serializeIndex(buildIndex(corpus))));
  }, 60_000);
});

describe('indexOnThread', () => {
  it('is false below the passage count, true from it (on a machine with more than one core)', () => {
    expect(indexOnThread(19_999, 20_000)).toBe(false);
    expect(indexOnThread(20_000, 20_000)).toBe(availableParallelism() > 1);
  });
});
