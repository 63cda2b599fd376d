// The quote book built on worker threads is the book built in one thread, byte for byte: on the seed articles and
// the quote-style fixture sets, and on a generated corpus whose people recur across articles (so that articles of a
// later share read roles and aliases an earlier share taught, and are attributed again in order).
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRealMaterial, writeCorpus } from '../../bench/generate.ts';
import type { Article } from '../../src/corpus/types.ts';
import { givenNameGender } from '../../src/load/givenNames.ts';
import { loadCorpus } from '../../src/load/corpus.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { buildQuoteBookThreaded, resolveBuildWorkers, shareOut } from '../../src/threads/bookWorkers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function articlesOf(...folders: string[]): Promise<Article[]> {
  const all: Article[] = [];
  for (const folder of folders) all.push(...(await loadCorpus(folder)).articles);
  return all;
}

describe('buildQuoteBookThreaded', () => {
  it('builds the same book on 2 and 3 worker threads as buildQuoteBook in one thread', async () => {
    const articles = await articlesOf(
      join(ROOT, 'data'),
      join(ROOT, 'test', 'fixtures', 'quote-styles'),
      join(ROOT, 'test', 'fixtures', 'quote-styles-2'),
    );
    expect(new Set(articles.map((a) => a.id)).size).toBe(33);
    const one = JSON.stringify(buildQuoteBook(articles, { givenNameGender }));
    for (const workers of [2, 3]) {
      const threaded = await buildQuoteBookThreaded(articles, { givenNameGender, workers, minArticlesPerWorker: 1 });
      expect(threaded.report.workers).toBe(workers);
      expect(JSON.stringify(threaded.book)).toBe(one);
    }
  }, 120_000);

  it('attributes again, in order, the articles that read what an earlier share taught, and still builds the same book', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'archivist-book-workers-'));
    dirs.push(dir);
    await writeCorpus(join(dir, 'c'), 4000, 20090918, await readRealMaterial(join(ROOT, 'data')));
    const { articles } = await loadCorpus(join(dir, 'c'));
    const one = JSON.stringify(buildQuoteBook(articles, { givenNameGender }));
    const threaded = await buildQuoteBookThreaded(articles, { givenNameGender, workers: 3, minArticlesPerWorker: 1 });
    expect(threaded.report.workers).toBe(3);
    expect(threaded.report.reattributed).toBeGreaterThan(0);
    expect(JSON.stringify(threaded.book)).toBe(one);
  }, 240_000);

  it('builds in this thread with 1 worker, or when each worker would get fewer articles than the minimum', async () => {
    const articles = await articlesOf(join(ROOT, 'data'));
    const one = JSON.stringify(buildQuoteBook(articles, { givenNameGender }));
    const single = await buildQuoteBookThreaded(articles, { givenNameGender, workers: 1 });
    expect(single.report).toEqual({ workers: 1, reattributed: 0 });
    expect(JSON.stringify(single.book)).toBe(one);
    const small = await buildQuoteBookThreaded(articles, { givenNameGender, workers: 4, minArticlesPerWorker: 3 });
    expect(small.report).toEqual({ workers: 1, reattributed: 0 });
    expect(JSON.stringify(small.book)).toBe(one);
  });
});

describe('shareOut', () => {
  const article = (id: string, length: number): Article =>
    ({ id, text: 'x'.repeat(length) }) as Pick<Article, 'id' | 'text'> as Article;

  it('cuts the articles, in order, into contiguous shares of about equal text', () => {
    const articles = [article('a', 10), article('b', 10), article('c', 10), article('d', 10), article('e', 40)];
    expect(shareOut(articles, 2).map((s) => s.map((a) => a.id))).toEqual([['a', 'b', 'c', 'd'], ['e']]);
    expect(shareOut(articles, 3).map((s) => s.map((a) => a.id))).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('never makes an empty share', () => {
    expect(shareOut([article('a', 5)], 4).map((s) => s.map((a) => a.id))).toEqual([['a']]);
  });
});

describe('resolveBuildWorkers', () => {
  it("takes a number as given and 'auto' as one thread per core but one, at least one", () => {
    expect(resolveBuildWorkers(3)).toBe(3);
    expect(resolveBuildWorkers('auto')).toBe(Math.max(1, availableParallelism() - 1));
  });
});
