// A live corpus: the running bot watches sources.json (every change to it goes through the manifest lock and ends
// with a rename), rebuilds in the background after a quiet moment, and swaps the new deps in with one assignment.
// Requests take the deps once when they start, so each is answered wholly from the old corpus or wholly from the new.
// A change that breaks sources.json itself keeps the old corpus, and the log says why.
import { watch, type FSWatcher } from 'node:fs';
import type { Deps } from '../../commands/types.ts';
import { MANIFEST_FILE } from '../corpus/build.ts';
import type { Problem } from '../corpus/types.ts';
import type { Logger } from '../log/logger.ts';

/** Changes closer together than this are one change (an import renames many files, then sources.json). */
export const RELOAD_DEBOUNCE_MS = 500;

export type Reload =
  | { outcome: 'swapped'; articles: number; passages: number; buildMs: number; swapUs: number }
  | { outcome: 'kept'; reason: string };

export interface LiveCorpusOptions {
  dir: string;
  initial: Deps;
  load(): Promise<{ deps: Deps; problems: Problem[] }>;
  logger: Logger;
  debounceMs?: number;
  /** Called after each reload (tests wait on it). */
  onReload?(reload: Reload): void;
}

export interface LiveCorpus {
  /** The deps to answer the next request from. */
  current(): Deps;
  /** Rebuilds now (as a change to sources.json does after the debounce). */
  reload(): Promise<Reload>;
  stop(): void;
}

function formatProblem(p: Problem): string {
  return `${p.file}${p.field === undefined ? '' : ` [${p.field}]`}: ${p.message}`;
}

export function startLiveCorpus(options: LiveCorpusOptions): LiveCorpus {
  const { logger } = options;
  let deps = options.initial;
  let running: Promise<Reload> | null = null;
  let again = false;

  async function rebuild(): Promise<Reload> {
    const started = performance.now();
    let loaded: { deps: Deps; problems: Problem[] };
    try {
      loaded = await options.load();
    } catch (error) {
      return {
        outcome: 'kept',
        reason: `the rebuild failed: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    // Problems of sources.json itself (missing, not JSON, no article list) would empty the corpus: keep the old one.
    const broken = loaded.problems.filter((p) => p.file === MANIFEST_FILE);
    if (broken.length > 0) return { outcome: 'kept', reason: broken.map(formatProblem).join('; ') };
    for (const problem of loaded.problems) logger.warn(`corpus: ${formatProblem(problem)}`);
    const buildMs = performance.now() - started;
    const swapStarted = performance.now();
    deps = loaded.deps;
    const swapUs = (performance.now() - swapStarted) * 1000;
    return {
      outcome: 'swapped',
      articles: deps.corpus.articles.length,
      passages: deps.corpus.passages.length,
      buildMs,
      swapUs,
    };
  }

  /** One rebuild at a time; a change during a rebuild runs one more after it. */
  function reload(): Promise<Reload> {
    if (running !== null) {
      again = true;
      return running;
    }
    const before = deps.corpus.articles.length;
    running = rebuild().then((result) => {
      running = null;
      if (result.outcome === 'swapped') {
        logger.info(
          `corpus ${options.dir} reloaded: ${result.articles} articles (was ${before}), ${result.passages} passages; built in ${(result.buildMs / 1000).toFixed(1)} s, swapped in ${result.swapUs.toFixed(0)} µs`,
        );
      } else {
        logger.error(
          `corpus ${options.dir} changed but was not reloaded, still answering from the previous corpus: ${result.reason}`,
        );
      }
      options.onReload?.(result);
      if (again) {
        again = false;
        void reload();
      }
      return result;
    });
    return running;
  }

  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    // The folder, not the file: sources.json is replaced by a rename, which ends a watch on the file itself.
    watcher = watch(options.dir, { persistent: false }, (_event, name) => {
      if (name !== MANIFEST_FILE) return;
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), options.debounceMs ?? RELOAD_DEBOUNCE_MS);
      timer.unref();
    });
    watcher.on('error', (error) =>
      logger.warn(
        `corpus ${options.dir}: watching for changes stopped (${error.message}); restart the bot to see new articles`,
      ),
    );
  } catch (error) {
    logger.warn(
      `corpus ${options.dir}: cannot watch for changes (${error instanceof Error ? error.message : String(error)}); restart the bot to see new articles`,
    );
  }

  return {
    current: () => deps,
    reload,
    stop() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
