// The one owner of the minisearch options: building, serialising and loading an index all go through here,
// so an index loaded from a cache analyses and scores exactly like a freshly built one.
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { z } from 'zod';
import type { Article, Passage } from '../corpus/types.ts';
import { indexTerms } from './fold.ts';

/** Bump when analysis (fold.ts, spelling.ts, irregular.ts, abbreviations.ts) or these options change: cached indexes go stale. */
export const INDEX_VERSION = 3;
const INDEX_FORMAT = 'archivist-search-index';

/** Title matches lift every passage of an article alike, so they weigh less than matches in the passage itself. */
export const FIELD_BOOST: Readonly<Record<IndexedField, number>> = { text: 1, title: 0.3 };

type IndexedField = 'text' | 'title';

/** What the engine indexes: the already analysed terms of a passage and of its article's title, space-joined. */
interface IndexedDocument {
  id: string;
  text: string;
  title: string;
}

export interface SearchIndex {
  readonly engine: MiniSearch<IndexedDocument>;
  /** Every indexed term with the number of passages whose text contains it (0 for title-only terms). */
  readonly vocabulary: SearchableMap<number>;
  /** Number of passages whose article title contains the term (title terms are indexed with every passage). */
  readonly titleFrequency: ReadonlyMap<string, number>;
  readonly documentCount: number;
}

/** Postings the engine walks for a term: its text and title entries. The cost of sending it a query term. */
export function postingsOf(index: SearchIndex, term: string): number {
  return (index.vocabulary.get(term) ?? 0) + (index.titleFrequency.get(term) ?? 0);
}

const splitTerms = (text: string): string[] => (text.length === 0 ? [] : text.split(' '));
const keepTerm = (term: string): string => term;

function engineOptions(): Options<IndexedDocument> {
  return {
    idField: 'id',
    fields: ['text', 'title'],
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

/** Indexes the passages; each passage also carries its article's title terms. */
export function buildIndex(corpus: { articles: readonly Article[]; passages: readonly Passage[] }): SearchIndex {
  const titles = new Map(corpus.articles.map((a) => [a.id, indexTerms(a.title ?? '').join(' ')]));
  const documentFrequency = new Map<string, number>();
  const titleFrequency = new Map<string, number>();
  const documents: IndexedDocument[] = [];
  for (const passage of corpus.passages) {
    const terms = indexTerms(passage.text);
    for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    const title = titles.get(passage.articleId) ?? '';
    for (const term of new Set(splitTerms(title))) titleFrequency.set(term, (titleFrequency.get(term) ?? 0) + 1);
    documents.push({ id: passage.id, text: terms.join(' '), title });
  }
  const engine = new MiniSearch<IndexedDocument>(engineOptions());
  engine.addAll(documents);
  const vocabulary = new SearchableMap<number>();
  for (const title of titles.values()) for (const term of splitTerms(title)) vocabulary.set(term, 0);
  for (const [term, count] of documentFrequency) vocabulary.set(term, count);
  return { engine, vocabulary, titleFrequency, documentCount: documents.length };
}

const serializedSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  version: z.number(),
  engine: z.looseObject({
    documentCount: z.number(),
    fieldIds: z.record(z.string(), z.number()),
    // Entries are checked while the vocabulary is read: validating each one here would slow large loads.
    index: z.array(z.unknown()),
  }),
});

export function serializeIndex(index: SearchIndex): string {
  return JSON.stringify({ format: INDEX_FORMAT, version: INDEX_VERSION, engine: index.engine.toJSON() });
}

export type LoadIndexResult = { ok: true; index: SearchIndex } | { ok: false; message: string };

/** Reads what serializeIndex wrote; a malformed or stale (other INDEX_VERSION) index is an error value, not a throw. */
export function loadIndex(json: string): LoadIndexResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, message: `search index is not JSON: ${(error as Error).message}` };
  }
  const parsed = serializedSchema.safeParse(data);
  if (!parsed.success) return { ok: false, message: 'search index has an unknown format' };
  if (parsed.data.version !== INDEX_VERSION) {
    return { ok: false, message: `search index version ${parsed.data.version} is stale (current: ${INDEX_VERSION})` };
  }
  const plain = parsed.data.engine as unknown as AsPlainObject;
  const textField = String(parsed.data.engine.fieldIds['text']);
  const titleField = String(parsed.data.engine.fieldIds['title']);
  const vocabulary = new SearchableMap<number>();
  const titleFrequency = new Map<string, number>();
  const count = (postings: unknown): number => (typeof postings === 'object' && postings !== null ? Object.keys(postings).length : 0);
  for (const entry of parsed.data.engine.index) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'object' || entry[1] === null) {
      return { ok: false, message: 'search index has a malformed term entry' };
    }
    const fields = entry[1] as Record<string, unknown>;
    vocabulary.set(entry[0], count(fields[textField]));
    const inTitles = count(fields[titleField]);
    if (inTitles > 0) titleFrequency.set(entry[0], inTitles);
  }
  try {
    const engine = MiniSearch.loadJS<IndexedDocument>(plain, engineOptions());
    return { ok: true, index: { engine, vocabulary, titleFrequency, documentCount: engine.documentCount } };
  } catch (error) {
    return { ok: false, message: `search index could not be loaded: ${(error as Error).message}` };
  }
}
