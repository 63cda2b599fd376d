// The messages between the quote book's build (bookWorkers.ts) and its worker threads (bookWorker.ts): plain data
// only, as structured clone carries it (Maps and arrays; no functions).
import type { Article } from '../corpus/types.ts';
import type { ArticleAttribution } from '../quotes/attribute.ts';
import type { ArticleReading, RegistryReads } from '../quotes/bookStages.ts';
import type { PeopleRegistry } from '../quotes/people.ts';

/** To a worker: read these articles (stage 1), then attribute them against the registry (stage 3). */
export type ToBookWorker = { type: 'read'; articles: Article[] } | { type: 'attribute'; registry: PeopleRegistry };

/** One article's stage 3 result, with the aliases and roles it read (to check against a run in order). */
export interface AttributedArticle {
  attribution: ArticleAttribution;
  reads: RegistryReads;
}

export type FromBookWorker =
  | { type: 'read'; readings: ArticleReading[] }
  | { type: 'attributed'; results: AttributedArticle[] }
  | { type: 'failed'; message: string };
