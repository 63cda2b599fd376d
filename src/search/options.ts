// The one owner of the minisearch options: building, serialising and loading an index all make their engine with
// these (engine.ts), so an index loaded from a cache analyses and scores exactly like a freshly built one.
import type { Options } from 'minisearch';

export type IndexedField = 'text' | 'title';
export const INDEXED_FIELDS: readonly IndexedField[] = ['text', 'title'];

/** Title matches lift every passage of an article alike, so they weigh less than matches in the passage itself. */
export const FIELD_BOOST: Readonly<Record<IndexedField, number>> = { text: 1, title: 0.3 };

/** What the engine indexes: the already analysed terms of a passage and of its article's title, space-joined. */
export interface IndexedDocument {
  id: string;
  text: string;
  title: string;
}

const splitTerms = (text: string): string[] => (text.length === 0 ? [] : text.split(' '));
const keepTerm = (term: string): string => term;

export function engineOptions(): Options<IndexedDocument> {
  return {
    idField: 'id',
    fields: [...INDEXED_FIELDS],
    storeFields: [],
    // Documents and queries arrive as analysed terms (fold.ts); the engine only splits them.
    tokenize: splitTerms,
    processTerm: keepTerm,
    searchOptions: {
      boost: { ...FIELD_BOOST },
      combineWith: 'OR',
      prefix: false,
      fuzzy: false,
      tokenize: splitTerms,
      processTerm: keepTerm,
    },
  };
}
