// Progress of long loads (first start, rebuilds, imports): the loaders report stages and counts through a
// callback; the entry point turns them into log lines, at most one count line per interval.
import type { Logger } from '../log/logger.ts';

export type LoadProgress =
  | { stage: 'cache'; articles: number; passages: number }
  | { stage: 'reading'; files: number }
  | { stage: 'ingesting'; done: number; total: number }
  | { stage: 'indexing'; passages: number }
  | { stage: 'indexed'; passages: number; ms: number }
  | { stage: 'quoting'; articles: number }
  | { stage: 'quoted'; articles: number; ms: number; workers?: number };

export type OnProgress = (progress: LoadProgress) => void;

/** A count line at most this often: "at least every few seconds" on a large corpus, quiet on a small one. */
export const PROGRESS_INTERVAL_MS = 2000;

function describe(p: LoadProgress): string {
  switch (p.stage) {
    case 'cache':
      return `corpus loaded from its cache: ${p.articles} articles, ${p.passages} passages`;
    case 'reading':
      return `reading ${p.files} article files`;
    case 'ingesting':
      return `articles ingested: ${p.done} of ${p.total} (${Math.floor((p.done / Math.max(1, p.total)) * 100)}%)`;
    case 'indexing':
      return `building the search index over ${p.passages} passages`;
    case 'indexed':
      return `search index built: ${p.passages} passages in ${(p.ms / 1000).toFixed(1)} s`;
    case 'quoting':
      return `building the quote book over ${p.articles} articles`;
    case 'quoted':
      return `quote book built: ${p.articles} articles in ${(p.ms / 1000).toFixed(1)} s${(p.workers ?? 1) > 1 ? ` on ${p.workers} worker threads` : ''}`;
  }
}

/**
 * Logs every stage change, and counts within a stage at most every `intervalMs` (plus the last one), prefixed
 * with `label` ("corpus data: ").
 */
export function logProgress(
  logger: Logger,
  label: string,
  intervalMs = PROGRESS_INTERVAL_MS,
  now: () => number = Date.now,
): OnProgress {
  let last = Number.NEGATIVE_INFINITY;
  return (p) => {
    if (p.stage === 'ingesting') {
      const t = now();
      if (p.done !== p.total && t - last < intervalMs) return;
      last = t;
    }
    logger.info(`${label}${describe(p)}`);
  };
}
