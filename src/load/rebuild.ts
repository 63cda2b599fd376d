// What a start without a usable cache builds from the ingested corpus: the search index and the quote book. With
// BUILD_WORKERS above 1 the book is built on worker threads while this thread builds the index; otherwise the book
// is built in this thread, and a large corpus's index on a worker thread meanwhile (src/threads/indexThread.ts). The
// index and the book are the same whichever threads build them.
import type { Corpus } from '../corpus/types.ts';
import type { Logger } from '../log/logger.ts';
import type { QuoteBook } from '../quotes/book.ts';
import { buildIndex, type SearchIndex } from '../search/indexCodec.ts';
import { buildQuoteBookThreaded, resolveBuildWorkers } from '../threads/bookWorkers.ts';
import { buildIndexOnThread, indexOnThread, MIN_PASSAGES_FOR_INDEX_THREAD } from '../threads/indexThread.ts';
import { givenNameGender } from './givenNames.ts';
import type { OnProgress } from './progress.ts';

export interface RebuildOptions {
  logger: Logger;
  onProgress?: OnProgress | undefined;
  /** Threads that build the quote book (BUILD_WORKERS). */
  buildWorkers: number | 'auto';
  /** Corpora with fewer passages index in this thread (MIN_PASSAGES_FOR_INDEX_THREAD when not given). */
  indexThreadMinPassages?: number | undefined;
}

/**
 * The index and quote book of `corpus`. Progress: 'indexing', 'indexed', 'quoting', 'quoted' in that order when one
 * thread builds both; 'indexing', 'quoting', 'quoted', 'indexed' when the index is built on its own thread.
 */
export async function buildIndexAndBook(
  corpus: Corpus,
  options: RebuildOptions,
): Promise<{ index: SearchIndex; quotes: QuoteBook }> {
  const { logger, onProgress } = options;
  const passages = corpus.passages.length;
  let started = Date.now();
  const workers = resolveBuildWorkers(options.buildWorkers);
  const quoteBook = () =>
    buildQuoteBookThreaded(corpus.articles, {
      givenNameGender,
      workers,
      onFallback: (reason) => logger.warn(`quote book: worker threads failed (${reason}); built in the main thread`),
    });
  // On worker threads the quote book is built while this thread builds the index.
  const quoting = workers > 1 ? quoteBook() : null;
  const quotingStarted = started;
  onProgress?.({ stage: 'indexing', passages });
  const threaded =
    quoting === null && indexOnThread(passages, options.indexThreadMinPassages ?? MIN_PASSAGES_FOR_INDEX_THREAD);
  const indexing = threaded
    ? buildIndexOnThread(corpus, {
        onFallback: (reason) =>
          logger.warn(`search index: its worker thread failed (${reason}); built in the main thread`),
      })
    : null;
  let index: SearchIndex | null = null;
  if (indexing === null) {
    index = buildIndex(corpus);
    onProgress?.({ stage: 'indexed', passages, ms: Date.now() - started });
  }
  started = quoting === null ? Date.now() : quotingStarted;
  onProgress?.({ stage: 'quoting', articles: corpus.articles.length });
  const { book: quotes, report } = await (quoting ?? quoteBook());
  onProgress?.({
    stage: 'quoted',
    articles: corpus.articles.length,
    ms: Date.now() - started,
    workers: report.workers,
  });
  if (indexing !== null) {
    const built = await indexing;
    index = built.index;
    onProgress?.({ stage: 'indexed', passages, ms: Math.round(built.ms) });
  }
  if (index === null) throw new Error('the search index was not built');
  return { index, quotes };
}
