// The one owner of the search index: how passages are analysed into it, its scoring parameters, and its saved
// form. Building, saving and loading all go through here, so a loaded index scores exactly like a fresh one.
import type { Article, Passage } from '../corpus/types.ts';
import { decodeSections, encodeSections, type SectionArray } from './binary.ts';
import { TermNumbering } from './fold.ts';
import { Lexicon } from './lexicon.ts';
import { FieldPostingsBuilder, postingCount, type FieldPostings } from './postings.ts';

/** Bump when analysis (fold.ts, spelling.ts, irregular.ts, abbreviations.ts), scoring or the saved form change. */
export const INDEX_VERSION = 4;
const INDEX_FORMAT = 'archivist-search-index';

export type IndexedField = 'text' | 'title';
export const INDEXED_FIELDS: readonly IndexedField[] = ['text', 'title'];

/** Title matches lift every passage of an article alike, so they weigh less than matches in the passage itself. */
export const FIELD_BOOST: Readonly<Record<IndexedField, number>> = { text: 1, title: 0.3 };

/** BM25+ parameters (term saturation k, length normalisation b, lower bound d): minisearch's defaults. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

export interface SearchIndex {
  readonly lexicon: Lexicon;
  /** Postings of the passage texts, and of their article titles (every passage carries its article's title). */
  readonly fields: Readonly<Record<IndexedField, FieldPostings>>;
  /** Passage id of each indexed passage; its position is the passage's number in the postings. */
  readonly passageIds: readonly string[];
  readonly documentCount: number;
}

/** Number of passages whose text contains the term: 0 for a term only titles contain, undefined for one the index lacks. */
export function documentFrequency(index: SearchIndex, term: string): number | undefined {
  const id = index.lexicon.id(term);
  return id === -1 ? undefined : postingCount(index.fields.text, id);
}

/** Postings the engine walks for a term: its text and title entries. The cost of sending it a query term. */
export function postingsOf(index: SearchIndex, term: string): number {
  const id = index.lexicon.id(term);
  return id === -1 ? 0 : postingCount(index.fields.text, id) + postingCount(index.fields.title, id);
}

/** Index terms within `maxDistance` edits of `term` (itself included), with their text document frequency. */
export function similarTerms(index: SearchIndex, term: string, maxDistance: number): { term: string; documentFrequency: number; distance: number }[] {
  return index.lexicon.similar(term, maxDistance).map((s) => ({ term: s.term, documentFrequency: postingCount(index.fields.text, s.id), distance: s.distance }));
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
  const passageIds: string[] = [];
  const ids: number[] = [];
  for (const passage of corpus.passages) {
    ids.length = 0;
    numbering.addTerms(passage.text, ids);
    text.add(ids);
    title.add(titles.get(passage.articleId) ?? []);
    passageIds.push(passage.id);
  }
  const provisional = numbering.terms;
  const order = provisional.map((_, id) => id).sort((a, b) => {
    const x = provisional[a] as string;
    const y = provisional[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const finalId = new Uint32Array(order.length);
  order.forEach((id, i) => {
    finalId[id] = i;
  });
  const sorted = order.map((id) => provisional[id] as string);
  return {
    lexicon: new Lexicon(sorted),
    fields: { text: text.finish(finalId, sorted.length), title: title.finish(finalId, sorted.length) },
    passageIds,
    documentCount: passageIds.length,
  };
}

/** What a saved index says about itself besides its arrays. */
interface SavedHeader {
  format: string;
  version: number;
  termCount: number;
  documentCount: number;
  averageLength: Record<IndexedField, number>;
}

const FIELD_ARRAYS = ['offsets', 'docs', 'freqs', 'lengths'] as const;

/**
 * The index as a header and named arrays (the sorted terms newline-separated as UTF-8, each field's postings), for
 * a container that stores them; the passage ids are left to the container (a corpus cache has them already).
 */
export function indexParts(index: SearchIndex): { header: SavedHeader; sections: Map<string, SectionArray> } {
  const header: SavedHeader = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    termCount: index.lexicon.size,
    documentCount: index.documentCount,
    averageLength: { text: index.fields.text.averageLength, title: index.fields.title.averageLength },
  };
  const sections = new Map<string, SectionArray>([['terms', new TextEncoder().encode(index.lexicon.terms.join('\n'))]]);
  for (const field of INDEXED_FIELDS) for (const name of FIELD_ARRAYS) sections.set(`${field}.${name}`, index.fields[field][name]);
  return { header, sections };
}

/** The index as bytes: its parts and passage ids in one container (see binary.ts). */
export function serializeIndex(index: SearchIndex): Uint8Array {
  const { header, sections } = indexParts(index);
  return encodeSections({ ...header, passageIds: index.passageIds }, sections);
}

export type LoadIndexResult = { ok: true; index: SearchIndex } | { ok: false; message: string };

function isHeader(value: unknown): value is SavedHeader {
  const h = value as Partial<SavedHeader> | null;
  return (
    typeof h === 'object' &&
    h !== null &&
    typeof h.termCount === 'number' &&
    typeof h.documentCount === 'number' &&
    typeof h.averageLength?.text === 'number' &&
    typeof h.averageLength.title === 'number'
  );
}

function readField(sections: ReadonlyMap<string, SectionArray>, field: IndexedField, header: SavedHeader): FieldPostings | string {
  const offsets = sections.get(`${field}.offsets`);
  const docs = sections.get(`${field}.docs`);
  const freqs = sections.get(`${field}.freqs`);
  const lengths = sections.get(`${field}.lengths`);
  if (!(offsets instanceof Uint32Array) || !(docs instanceof Uint32Array) || !(freqs instanceof Uint16Array) || !(lengths instanceof Uint32Array)) {
    return `search index lacks the ${field} postings`;
  }
  const n = header.documentCount;
  const inconsistent = `search index has inconsistent ${field} postings`;
  if (offsets.length !== header.termCount + 1 || offsets[0] !== 0 || offsets[header.termCount] !== docs.length || freqs.length !== docs.length || lengths.length !== n) {
    return inconsistent;
  }
  for (let t = 0; t < header.termCount; t++) if ((offsets[t] as number) > (offsets[t + 1] as number)) return inconsistent;
  for (const doc of docs) if (doc >= n) return inconsistent;
  return { offsets, docs, freqs, lengths, averageLength: header.averageLength[field] };
}

/**
 * The index from what indexParts gave (the arrays are used as they are, not copied); a malformed or stale (other
 * INDEX_VERSION) index is an error value, not a throw.
 */
export function indexFromParts(header: unknown, sections: ReadonlyMap<string, SectionArray>, passageIds: readonly string[]): LoadIndexResult {
  const base = header as { format?: unknown; version?: unknown } | null;
  if (typeof base !== 'object' || base === null || base.format !== INDEX_FORMAT) return { ok: false, message: 'search index has an unknown format' };
  if (base.version !== INDEX_VERSION) {
    return { ok: false, message: `search index version ${String(base.version)} is stale (current: ${INDEX_VERSION})` };
  }
  if (!isHeader(header) || header.documentCount !== passageIds.length) return { ok: false, message: 'search index has a malformed header' };
  const termBytes = sections.get('terms');
  if (!(termBytes instanceof Uint8Array)) return { ok: false, message: 'search index lacks its terms' };
  const terms = header.termCount === 0 ? [] : new TextDecoder().decode(termBytes).split('\n');
  if (terms.length !== header.termCount) return { ok: false, message: 'search index has a malformed term list' };
  for (let i = 1; i < terms.length; i++) {
    if (!((terms[i - 1] as string) < (terms[i] as string))) return { ok: false, message: 'search index has a malformed term list' };
  }
  const text = readField(sections, 'text', header);
  if (typeof text === 'string') return { ok: false, message: text };
  const title = readField(sections, 'title', header);
  if (typeof title === 'string') return { ok: false, message: title };
  return { ok: true, index: { lexicon: new Lexicon(terms), fields: { text, title }, passageIds, documentCount: passageIds.length } };
}

/** Reads what serializeIndex wrote; unreadable, malformed or stale bytes are an error value, not a throw. */
export function loadIndex(bytes: Uint8Array): LoadIndexResult {
  const decoded = decodeSections(bytes);
  if (!decoded.ok) return { ok: false, message: `search index is unreadable: ${decoded.message}` };
  const { header, sections } = decoded.value;
  const passageIds = (header as { passageIds?: unknown } | null)?.passageIds;
  const ids = Array.isArray(passageIds) && passageIds.every((id) => typeof id === 'string') ? (passageIds as string[]) : null;
  return indexFromParts(header, sections, ids ?? []);
}
