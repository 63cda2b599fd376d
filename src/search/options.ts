// The one owner of the minisearch options: building, serialising and loading an index all go through here,
// so an index loaded from a cache analyses and scores exactly like a freshly built one.
import MiniSearch, { type Options } from 'minisearch';
import type SearchableMap from 'minisearch/SearchableMap';
import type { Article, Passage } from '../corpus/types.ts';
import { decodeSections, encodeSections, type SectionArray } from './binary.ts';
import { TermNumbering } from './fold.ts';
import { FieldPostingsBuilder, type FieldPostings } from './postings.ts';

/** Bump when analysis (fold.ts, spelling.ts, irregular.ts, abbreviations.ts), these options or the saved form change. */
export const INDEX_VERSION = 5;
const INDEX_FORMAT = 'archivist-search-index';

type IndexedField = 'text' | 'title';
const INDEXED_FIELDS: readonly IndexedField[] = ['text', 'title'];

/** Title matches lift every passage of an article alike, so they weigh less than matches in the passage itself. */
export const FIELD_BOOST: Readonly<Record<IndexedField, number>> = { text: 1, title: 0.3 };

/** What the engine indexes: the already analysed terms of a passage and of its article's title, space-joined. */
interface IndexedDocument {
  id: string;
  text: string;
  title: string;
}

export interface SearchIndex {
  readonly engine: MiniSearch<IndexedDocument>;
  readonly documentCount: number;
}

const splitTerms = (text: string): string[] => (text.length === 0 ? [] : text.split(' '));
const keepTerm = (term: string): string => term;

function engineOptions(): Options<IndexedDocument> {
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

/** Term → field id → passage number → occurrences: how minisearch holds its postings. */
type TermData = Map<number, Map<number, number>>;

/**
 * Minisearch's own state, which its loadJS fills from a saved plain object. It is filled here from postings arrays
 * instead, skipping a plain object per term and field (what makes loading large indexes slow); a test checks that
 * the result equals an engine fed document by document (test/search/search.test.ts).
 */
interface EngineState {
  _index: SearchableMap<TermData>;
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
}

const stateOf = (engine: MiniSearch<IndexedDocument>): EngineState => engine as unknown as EngineState;

function fieldId(engine: MiniSearch<IndexedDocument>, field: IndexedField): number {
  return stateOf(engine)._fieldIds[field] ?? -1;
}

function termData(index: SearchIndex, term: string): TermData | undefined {
  return stateOf(index.engine)._index.get(term);
}

/** Number of passages whose text contains the term: 0 for a term only titles contain, undefined for one the index lacks. */
export function documentFrequency(index: SearchIndex, term: string): number | undefined {
  const data = termData(index, term);
  return data === undefined ? undefined : (data.get(fieldId(index.engine, 'text'))?.size ?? 0);
}

/** Postings the engine walks for a term: its text and title entries. The cost of sending it a query term. */
export function postingsOf(index: SearchIndex, term: string): number {
  const data = termData(index, term);
  if (data === undefined) return 0;
  return (data.get(fieldId(index.engine, 'text'))?.size ?? 0) + (data.get(fieldId(index.engine, 'title'))?.size ?? 0);
}

/** Index terms within `maxDistance` edits of `term` (itself included), with their text document frequency. */
export function similarTerms(index: SearchIndex, term: string, maxDistance: number): { term: string; documentFrequency: number; distance: number }[] {
  const text = fieldId(index.engine, 'text');
  return [...stateOf(index.engine)._index.fuzzyGet(term, maxDistance)].map(([match, [data, distance]]) => ({
    term: match,
    documentFrequency: data.get(text)?.size ?? 0,
    distance,
  }));
}

/** An index in its compact form: the terms, each field's postings by term number, and the passage ids. */
interface IndexParts {
  terms: readonly string[];
  passageIds: readonly string[];
  fields: Record<IndexedField, FieldPostings>;
}

/** The engine holding exactly these postings, as minisearch would after adding the passages one by one. */
function engineFromParts(parts: IndexParts): MiniSearch<IndexedDocument> | string {
  const engine = new MiniSearch<IndexedDocument>(engineOptions());
  const state = stateOf(engine);
  const n = parts.passageIds.length;
  const ids = INDEXED_FIELDS.map((field) => fieldId(engine, field));
  state._documentCount = n;
  state._nextId = n;
  state._avgFieldLength = [];
  INDEXED_FIELDS.forEach((field, i) => {
    state._avgFieldLength[ids[i] as number] = parts.fields[field].averageLength;
  });
  parts.passageIds.forEach((id, doc) => {
    state._documentIds.set(doc, id);
    state._idToShortId.set(id, doc);
    const lengths: number[] = [];
    INDEXED_FIELDS.forEach((field, i) => {
      lengths[ids[i] as number] = parts.fields[field].lengths[doc] as number;
    });
    state._fieldLength.set(doc, lengths);
  });
  if (state._idToShortId.size !== n) return 'search index has a passage id twice';
  parts.terms.forEach((term, t) => {
    const data: TermData = new Map();
    INDEXED_FIELDS.forEach((field, i) => {
      const { offsets, docs, freqs } = parts.fields[field];
      const from = offsets[t] as number;
      const to = offsets[t + 1] as number;
      if (from === to) return;
      const postings = new Map<number, number>();
      for (let p = from; p < to; p++) postings.set(docs[p] as number, freqs[p] as number);
      data.set(ids[i] as number, postings);
    });
    state._index.set(term, data);
  });
  return engine;
}

/** Indexes the passages; each passage also carries its article's title terms. */
export function buildIndex(corpus: { articles: readonly Article[]; passages: readonly Passage[] }): SearchIndex {
  const numbering = new TermNumbering();
  const titles = new Map<string, number[]>();
  for (const article of corpus.articles) {
    const ids: number[] = [];
    numbering.addTerms(article.title ?? '', ids);
    titles.set(article.id, ids);
  }
  const text = new FieldPostingsBuilder();
  const title = new FieldPostingsBuilder();
  const ids: number[] = [];
  for (const passage of corpus.passages) {
    ids.length = 0;
    numbering.addTerms(passage.text, ids);
    text.add(ids);
    title.add(titles.get(passage.articleId) ?? []);
  }
  const termCount = numbering.terms.length;
  const engine = engineFromParts({
    terms: numbering.terms,
    passageIds: corpus.passages.map((p) => p.id),
    fields: { text: text.finish(termCount), title: title.finish(termCount) },
  });
  if (typeof engine === 'string') throw new Error(engine);
  return { engine, documentCount: corpus.passages.length };
}

/** The compact form of an engine's postings, read back from its maps (counted first, so arrays are made once at their size). */
function partsOf(engine: MiniSearch<IndexedDocument>): IndexParts {
  const state = stateOf(engine);
  const n = state._documentCount;
  const passageIds = Array.from({ length: n }, (_, doc) => state._documentIds.get(doc) ?? '');
  const ids = INDEXED_FIELDS.map((field) => fieldId(engine, field));
  const terms: string[] = [];
  const totals = ids.map(() => 0);
  for (const [term, data] of state._index) {
    terms.push(term);
    ids.forEach((id, i) => {
      totals[i] = (totals[i] as number) + (data.get(id)?.size ?? 0);
    });
  }
  const fields = ids.map((id, i) => ({
    offsets: new Uint32Array(terms.length + 1),
    docs: new Uint32Array(totals[i] as number),
    freqs: new Uint32Array(totals[i] as number),
    lengths: Uint32Array.from({ length: n }, (_, doc) => state._fieldLength.get(doc)?.[id] ?? 0),
    averageLength: state._avgFieldLength[id] ?? 0,
  }));
  const at = ids.map(() => 0);
  let t = 0;
  for (const [, data] of state._index) {
    ids.forEach((id, i) => {
      const field = fields[i] as FieldPostings;
      let p = at[i] as number;
      for (const [doc, freq] of data.get(id) ?? []) {
        field.docs[p] = doc;
        field.freqs[p] = freq;
        p++;
      }
      at[i] = p;
      field.offsets[t + 1] = p;
    });
    t++;
  }
  return { terms, passageIds, fields: { text: fields[0] as FieldPostings, title: fields[1] as FieldPostings } };
}

interface SavedHeader {
  format: string;
  version: number;
  passageIds: string[];
  termCount: number;
  averageLength: Record<IndexedField, number>;
}

const FIELD_ARRAYS = ['offsets', 'docs', 'freqs', 'lengths'] as const;

/** The index as bytes: a header, the terms newline-separated, and each field's postings arrays (binary.ts). */
export function serializeIndex(index: SearchIndex): Uint8Array {
  const parts = partsOf(index.engine);
  const header: SavedHeader = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    passageIds: [...parts.passageIds],
    termCount: parts.terms.length,
    averageLength: { text: parts.fields.text.averageLength, title: parts.fields.title.averageLength },
  };
  const sections = new Map<string, SectionArray>([['terms', new TextEncoder().encode(parts.terms.join('\n'))]]);
  for (const field of INDEXED_FIELDS) for (const name of FIELD_ARRAYS) sections.set(`${field}.${name}`, parts.fields[field][name]);
  return encodeSections(header, sections);
}

export type LoadIndexResult = { ok: true; index: SearchIndex } | { ok: false; message: string };

function isHeader(value: unknown): value is SavedHeader {
  const h = value as Partial<SavedHeader> | null;
  return (
    typeof h === 'object' &&
    h !== null &&
    typeof h.termCount === 'number' &&
    Array.isArray(h.passageIds) &&
    h.passageIds.every((id) => typeof id === 'string') &&
    typeof h.averageLength?.text === 'number' &&
    typeof h.averageLength.title === 'number'
  );
}

function readField(sections: ReadonlyMap<string, SectionArray>, field: IndexedField, header: SavedHeader): FieldPostings | string {
  const offsets = sections.get(`${field}.offsets`);
  const docs = sections.get(`${field}.docs`);
  const freqs = sections.get(`${field}.freqs`);
  const lengths = sections.get(`${field}.lengths`);
  if (!(offsets instanceof Uint32Array) || !(docs instanceof Uint32Array) || !(freqs instanceof Uint32Array) || !(lengths instanceof Uint32Array)) {
    return `search index lacks the ${field} postings`;
  }
  const n = header.passageIds.length;
  const inconsistent = `search index has inconsistent ${field} postings`;
  if (offsets.length !== header.termCount + 1 || offsets[0] !== 0 || offsets[header.termCount] !== docs.length || freqs.length !== docs.length || lengths.length !== n) {
    return inconsistent;
  }
  for (let t = 0; t < header.termCount; t++) if ((offsets[t] as number) > (offsets[t + 1] as number)) return inconsistent;
  for (const doc of docs) if (doc >= n) return inconsistent;
  return { offsets, docs, freqs, lengths, averageLength: header.averageLength[field] };
}

/** Reads what serializeIndex wrote; unreadable, malformed or stale (other INDEX_VERSION) bytes are an error value. */
export function loadIndex(bytes: Uint8Array): LoadIndexResult {
  const decoded = decodeSections(bytes);
  if (!decoded.ok) return { ok: false, message: `search index is unreadable: ${decoded.message}` };
  const { header, sections } = decoded.value;
  const base = header as { format?: unknown; version?: unknown } | null;
  if (typeof base !== 'object' || base === null || base.format !== INDEX_FORMAT) return { ok: false, message: 'search index has an unknown format' };
  if (base.version !== INDEX_VERSION) {
    return { ok: false, message: `search index version ${String(base.version)} is stale (current: ${INDEX_VERSION})` };
  }
  if (!isHeader(header)) return { ok: false, message: 'search index has a malformed header' };
  const termBytes = sections.get('terms');
  if (!(termBytes instanceof Uint8Array)) return { ok: false, message: 'search index lacks its terms' };
  const terms = header.termCount === 0 ? [] : new TextDecoder().decode(termBytes).split('\n');
  if (terms.length !== header.termCount || new Set(terms).size !== terms.length) return { ok: false, message: 'search index has a malformed term list' };
  const text = readField(sections, 'text', header);
  if (typeof text === 'string') return { ok: false, message: text };
  const title = readField(sections, 'title', header);
  if (typeof title === 'string') return { ok: false, message: title };
  const engine = engineFromParts({ terms, passageIds: header.passageIds, fields: { text, title } });
  if (typeof engine === 'string') return { ok: false, message: engine };
  return { ok: true, index: { engine, documentCount: header.passageIds.length } };
}
