// Baseline search engines, used exactly as their documentation's first example does (default options), on the same
// passages and queries as ours, so each of our figures can be shown as a ratio to an off-the-shelf library.
import { Document } from 'flexsearch';
import MiniSearch from 'minisearch';

/** A passage as the baselines index it: the article title travels with the text, as a second field. */
// A type alias, not an interface: flexsearch wants an index-signature-compatible document type.
export type BaselineDoc = {
  n: number;
  id: string;
  title: string;
  text: string;
};

export interface BaselineEngine {
  readonly name: BaselineName;
  build(docs: readonly BaselineDoc[]): void;
  /** Runs one query; returns the number of hits so the work cannot be optimised away. */
  search(query: string): number;
  /** The serialised index, for its size. */
  save(): string;
}

export type BaselineName = 'minisearch' | 'flexsearch';
export const BASELINES: readonly BaselineName[] = ['minisearch', 'flexsearch'];

/** minisearch with only `fields` set; default tokenizer, no stemming, default search (OR, no prefix, no fuzzy). */
function minisearchEngine(): BaselineEngine {
  let index = new MiniSearch<BaselineDoc>({ fields: ['text', 'title'] });
  return {
    name: 'minisearch',
    build(docs) {
      index = new MiniSearch<BaselineDoc>({ fields: ['text', 'title'] });
      index.addAll(docs);
    },
    search: (query) => index.search(query).length,
    save: () => JSON.stringify(index),
  };
}

/**
 * flexsearch's Document index over the same two fields, default encoder and tokenizer. Its default search intersects
 * every query word, so a natural question (one word missing anywhere) finds nothing and returns at once; `suggest`,
 * its documented switch for partial matches, makes it rank passages matching some of the words, as /ask must.
 */
function flexsearchEngine(): BaselineEngine {
  const create = () => new Document<BaselineDoc>({ document: { id: 'n', index: ['title', 'text'] } });
  let index = create();
  return {
    name: 'flexsearch',
    build(docs) {
      index = create();
      for (const doc of docs) index.add(doc);
    },
    search: (query) => index.search(query, { suggest: true }).reduce((sum, field) => sum + field.result.length, 0),
    save() {
      // export() calls back synchronously for an in-memory index.
      const parts: string[] = [];
      index.export((key, data) => {
        parts.push(String(key), data ?? '');
      });
      return parts.join('\n');
    },
  };
}

export function createBaseline(name: BaselineName): BaselineEngine {
  return name === 'minisearch' ? minisearchEngine() : flexsearchEngine();
}
