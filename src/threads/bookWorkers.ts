// The quote book built on worker threads (node:worker_threads), BUILD_WORKERS of them: the articles are shared out
// in id order, each worker reads its share and attributes it (src/quotes/bookStages.ts), and this thread builds the
// registry between the two stages and merges the results in article order. An attribution is kept only when the
// aliases and roles it read of the registry are what a build in one pass would have read at that article; else the
// article is attributed again here, in order. So the book is the same, byte for byte, as buildQuoteBook's.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Article } from '../corpus/types.ts';
import { buildQuoteBook, type QuoteBook, type QuoteBookOptions } from '../quotes/book.ts';
import {
  type ArticleReading,
  assembleBook,
  attributeForBook,
  learnFrom,
  sameReads,
  sortedArticles,
} from '../quotes/bookStages.ts';
import type { Attribution } from '../quotes/attribute.ts';
import { buildRegistry } from '../quotes/people.ts';
import type { AttributedArticle, FromBookWorker, ToBookWorker } from './bookProtocol.ts';
import { startTypeScriptWorker } from './boot.ts';

/** Fewer articles than this per worker are built in this thread: starting a worker costs more than they take. */
export const MIN_ARTICLES_PER_WORKER = 200;

/** BUILD_WORKERS 'auto': one thread for each available core but the one this thread runs on, at least one. */
export function resolveBuildWorkers(setting: number | 'auto'): number {
  return setting === 'auto' ? Math.max(1, availableParallelism() - 1) : setting;
}

export interface ThreadedBookOptions extends QuoteBookOptions {
  /** Threads that build the book; 1 builds it in this thread. */
  workers: number;
  /** Overrides MIN_ARTICLES_PER_WORKER (tests build small fixtures on workers). */
  minArticlesPerWorker?: number;
  /** Told why the workers failed, when the book is then built in this thread instead. */
  onFallback?: (reason: string) => void;
}

/** What a threaded build did, for the log and the bench: articles attributed again in order. */
export interface ThreadedBookReport {
  workers: number;
  reattributed: number;
  /** Wall time of each stage, on worker threads only. */
  stages?: StageTimes;
}

/** Contiguous shares of the sorted articles, of about equal text length. */
export function shareOut(sorted: readonly Article[], shares: number): Article[][] {
  const total = sorted.reduce((sum, a) => sum + a.text.length, 0);
  const out: Article[][] = [];
  let current: Article[] = [];
  let done = 0;
  for (const article of sorted) {
    current.push(article);
    done += article.text.length;
    if (out.length < shares - 1 && done >= (total * (out.length + 1)) / shares) {
      out.push(current);
      current = [];
    }
  }
  out.push(current);
  return out.filter((share) => share.length > 0);
}

const WORKER_URL = new URL('./bookWorker.ts', import.meta.url).href;

class BookWorker {
  private readonly worker: Worker;
  private pending: { resolve: (m: FromBookWorker) => void; reject: (e: Error) => void } | null = null;
  /** Why the worker cannot answer (it failed to start, or stopped), once known. */
  private failure: Error | null = null;

  constructor() {
    this.worker = startTypeScriptWorker(WORKER_URL);
    this.worker.on('message', (message: FromBookWorker) => {
      if (message.type === 'failed') return this.fail(new Error(`quote book worker: ${message.message}`));
      const pending = this.pending;
      this.pending = null;
      pending?.resolve(message);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`quote book worker stopped (exit code ${code})`)));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const pending = this.pending;
    this.pending = null;
    pending?.reject(error);
  }

  ask(message: ToBookWorker): Promise<FromBookWorker> {
    return new Promise((resolve, reject) => {
      if (this.failure !== null) return reject(this.failure);
      this.pending = { resolve, reject };
      this.worker.postMessage(message);
    });
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

async function inWorkers(
  shares: Article[][],
  options: QuoteBookOptions,
): Promise<{ book: QuoteBook; redone: number; stages: StageTimes }> {
  const clock = stageClock();
  const workers = shares.map(() => new BookWorker());
  try {
    const read = await Promise.all(shares.map((articles, w) => workers[w]?.ask({ type: 'read', articles })));
    const readings: ArticleReading[] = read.flatMap((m) => (m?.type === 'read' ? m.readings : []));
    clock.lap('read');
    const registry = buildRegistry(
      readings.flatMap((r) => r.evidence),
      readings.flatMap((r) => r.cues),
      options.givenNameGender,
    );
    clock.lap('registry');
    const attributed = await Promise.all(workers.map((worker) => worker.ask({ type: 'attribute', registry })));
    const results: AttributedArticle[] = attributed.flatMap((m) => (m.type === 'attributed' ? m.results : []));
    clock.lap('attribute');
    const sorted = shares.flat();
    if (readings.length !== sorted.length || results.length !== sorted.length)
      throw new Error('quote book workers answered for the wrong number of articles');
    let redone = 0;
    const attributions: Attribution[][] = sorted.map((article, n) => {
      const result = results[n];
      let attribution = result?.attribution;
      if (result === undefined || attribution === undefined || !sameReads(result.reads, registry)) {
        attribution = attributeForBook(article, readings[n]?.quotes ?? [], registry);
        redone++;
      }
      learnFrom(registry, attribution);
      return attribution.quotes;
    });
    clock.lap('merge');
    const book = assembleBook(
      sorted,
      readings.map((r) => r.quotes),
      attributions,
      registry,
    );
    clock.lap('assemble');
    return { book, redone, stages: clock.times };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
}

/** Wall milliseconds of each stage of a threaded build, for the log and the bench. */
export type StageTimes = Partial<Record<'read' | 'registry' | 'attribute' | 'merge' | 'assemble', number>>;

function stageClock(): { times: StageTimes; lap: (stage: keyof StageTimes) => void } {
  const times: StageTimes = {};
  let last = performance.now();
  return {
    times,
    lap(stage) {
      const now = performance.now();
      times[stage] = Math.round(now - last);
      last = now;
    },
  };
}

/**
 * The quote book, built on `options.workers` threads (in this thread when that is 1 or the corpus is small): the
 * same book as buildQuoteBook(articles, options).
 */
export async function buildQuoteBookThreaded(
  articles: Article[],
  options: ThreadedBookOptions,
): Promise<{ book: QuoteBook; report: ThreadedBookReport }> {
  const sorted = sortedArticles(articles);
  const minimum = options.minArticlesPerWorker ?? MIN_ARTICLES_PER_WORKER;
  const workers = Math.min(options.workers, Math.floor(sorted.length / Math.max(1, minimum)));
  const given = options.givenNameGender === undefined ? {} : { givenNameGender: options.givenNameGender };
  if (workers <= 1) return { book: buildQuoteBook(sorted, given), report: { workers: 1, reattributed: 0 } };
  const shares = shareOut(sorted, workers);
  try {
    const { book, redone, stages } = await inWorkers(shares, given);
    return { book, report: { workers: shares.length, reattributed: redone, stages } };
  } catch (error) {
    options.onFallback?.(error instanceof Error ? error.message : String(error));
    return { book: buildQuoteBook(sorted, given), report: { workers: 1, reattributed: 0 } };
  }
}
