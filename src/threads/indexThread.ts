// The search index built on a worker thread (indexWorker.ts) while this thread builds the quote book: on a first
// start both take seconds at 100k passages, and a machine with two cores can do them side by side. The worker sends
// back the terms and postings arrays, and this thread makes the index of them exactly as buildIndex does: the same
// index, byte for byte when saved. If the worker cannot do it, the index is built here instead.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { buildIndex, type IndexSource, indexOfTerms, type SearchIndex } from '../search/indexCodec.ts';
import { startTypeScriptWorker } from './boot.ts';
import { type FromIndexWorker, packIndexSource } from './indexProtocol.ts';

/** Fewer passages than this are indexed in this thread: starting a worker (about a second) costs more than they take. */
export const MIN_PASSAGES_FOR_INDEX_THREAD = 20_000;

const WORKER_URL = new URL('./indexWorker.ts', import.meta.url).href;

/** Whether to index `passages` passages on a worker thread: a large corpus, and another core to run it on. */
export function indexOnThread(passages: number, minPassages = MIN_PASSAGES_FOR_INDEX_THREAD): boolean {
  return passages >= minPassages && availableParallelism() > 1;
}

export interface BuiltIndex {
  index: SearchIndex;
  /** Wall milliseconds of the build itself (in the worker, from the corpus's arrival to its answer). */
  ms: number;
  threaded: boolean;
}

/**
 * Starts building the index of `corpus` on a worker thread; the promise settles once this thread is free to take the
 * answer. A worker that fails to start, fails or stops is reported to `onFallback`, and the index is built here.
 */
export interface IndexThreadOptions {
  /** Told why the worker failed, when the index is then built in this thread. */
  onFallback?: (reason: string) => void;
  /** The worker's module (indexWorker.ts when not given; tests give one that fails). */
  workerUrl?: string;
}

export function buildIndexOnThread(corpus: IndexSource, options: IndexThreadOptions = {}): Promise<BuiltIndex> {
  const here = (reason: string): BuiltIndex => {
    options.onFallback?.(reason);
    const started = performance.now();
    const index = buildIndex(corpus);
    return { index, ms: performance.now() - started, threaded: false };
  };
  let worker: Worker;
  try {
    worker = startTypeScriptWorker(options.workerUrl ?? WORKER_URL);
  } catch (error) {
    return Promise.resolve(here(reasonOf(error)));
  }
  const passageIds = corpus.passages.map((p) => p.id);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: () => BuiltIndex): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      try {
        resolve(answer());
      } catch (error) {
        resolve(here(reasonOf(error)));
      }
    };
    worker.once('message', (message: FromIndexWorker) =>
      settle(() =>
        message.type === 'built'
          ? { index: indexOfTerms(message, passageIds), ms: message.ms, threaded: true }
          : here(`index worker: ${message.message}`),
      ),
    );
    worker.once('error', (error) => settle(() => here(`index worker: ${reasonOf(error)}`)));
    worker.once('exit', (code) => settle(() => here(`index worker stopped (exit code ${code})`)));
    try {
      worker.postMessage(packIndexSource(corpus));
    } catch (error) {
      settle(() => here(`index worker: ${reasonOf(error)}`));
    }
  });
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
