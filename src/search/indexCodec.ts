// The passage index behind an opaque SearchIndex: built from a corpus, saved as bytes and loaded back, all through
// the compact postings form (postings.ts), so a loaded index holds exactly what the built one held.
import type { AsPlainObject } from 'minisearch';
import type { Article, Passage } from '../corpus/types.ts';
import { decodeSections, encodeSections, type SectionArray } from './binary.ts';
import { PassageEngine, type EngineHit, type IndexParts, type SimilarTerm } from './engine.ts';
import { TermNumbering } from './fold.ts';
import { INDEXED_FIELDS, type IndexedField } from './options.ts';
import { FieldPostingsBuilder, type FieldPostings } from './postings.ts';

/** Bump when analysis (fold.ts, spelling.ts, irregular.ts, abbreviations.ts), the options or the saved form change. */
export const INDEX_VERSION = 6;
const INDEX_FORMAT = 'archivist-search-index';

let wrap: (engine: PassageEngine) => SearchIndex;
let engineOf: (index: SearchIndex) => PassageEngine;

/** A searchable passage index. Its engine is private to this module: callers see only the lookups below. */
export class SearchIndex {
  readonly #engine: PassageEngine;

  private constructor(engine: PassageEngine) {
    this.#engine = engine;
  }

  static {
    wrap = (engine) => new SearchIndex(engine);
    engineOf = (index) => index.#engine;
  }

  get documentCount(): number {
    return this.#engine.documentCount;
  }

  /** Number of passages whose text contains the term: 0 for a term only titles contain, undefined for one the index lacks. */
  documentFrequency(term: string): number | undefined {
    return this.#engine.documentFrequency(term);
  }

  /** Postings the engine walks for a term: its text and title entries. The cost of sending it a query term. */
  postingsOf(term: string): number {
    return this.#engine.postingsOf(term);
  }

  /** Whether any of the passages holds the term in its text or title (unknown passages or terms hold nothing). */
  containsAny(term: string, passageIds: readonly string[]): boolean {
    return this.#engine.containsAny(term, passageIds);
  }

  /** Whether the index holds a term that starts with `prefix` and is longer ("democrat" for "dem"). */
  extendsPrefix(prefix: string): boolean {
    return this.#engine.extendsPrefix(prefix);
  }

  /** Index terms within `maxDistance` edits of `term` (itself included), with their text document frequency. */
  similarTerms(term: string, maxDistance: number): SimilarTerm[] {
    return this.#engine.similarTerms(term, maxDistance);
  }

  /** Passages matching any of the terms (and kept by `keep`), best first by score, each term's score times its boost. */
  rank(boosts: ReadonlyMap<string, number>, keep?: (passageId: string) => boolean): EngineHit[] {
    return this.#engine.rank(boosts, keep);
  }

  /** The engine's state in minisearch's own plain-object form, to check it against an engine fed document by document. */
  engineSnapshot(): AsPlainObject {
    return this.#engine.snapshot();
  }
}

function indexFromParts(parts: IndexParts): SearchIndex | string {
  const engine = PassageEngine.fromParts(parts);
  return typeof engine === 'string' ? engine : wrap(engine);
}

/** What indexing reads of a corpus: each article's id and title, each passage's id, article and text. */
export interface IndexSource {
  articles: readonly Pick<Article, 'id' | 'title'>[];
  passages: readonly Pick<Passage, 'id' | 'articleId' | 'text'>[];
}

/** The postings of the passages' terms, term numbers in order of first appearance (titles first); no passage ids. */
export function indexTerms(corpus: IndexSource): Omit<IndexParts, 'passageIds'> {
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
  return { terms: numbering.terms, fields: { text: text.finish(termCount), title: title.finish(termCount) } };
}

/** The index of indexTerms' postings (made here or on another thread) and the passages' ids, in passage order. */
export function indexOfTerms(terms: Omit<IndexParts, 'passageIds'>, passageIds: readonly string[]): SearchIndex {
  const index = indexFromParts({ terms: terms.terms, passageIds, fields: terms.fields });
  if (typeof index === 'string') throw new Error(index);
  return index;
}

/** Indexes the passages; each passage also carries its article's title terms. */
export function buildIndex(corpus: IndexSource): SearchIndex {
  return indexOfTerms(
    indexTerms(corpus),
    corpus.passages.map((p) => p.id),
  );
}

interface SavedHeader {
  format: string;
  version: number;
  /** Null when they are the ids the loader is given (the cache's corpus names them, in the same order). */
  passageIds: string[] | null;
  passageCount: number;
  termCount: number;
  averageLength: Record<IndexedField, number>;
}

const FIELD_ARRAYS = ['offsets', 'docs', 'freqs', 'lengths'] as const;

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * The index as bytes: a header, the terms newline-separated, and each field's postings arrays (binary.ts). Its passage
 * ids are left out when they are `knownIds` (which loadIndex must then be given).
 */
export function serializeIndex(index: SearchIndex, knownIds?: readonly string[]): Uint8Array {
  const parts = engineOf(index).toParts();
  const header: SavedHeader = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    passageIds: knownIds !== undefined && sameIds(parts.passageIds, knownIds) ? null : [...parts.passageIds],
    passageCount: parts.passageIds.length,
    termCount: parts.terms.length,
    averageLength: { text: parts.fields.text.averageLength, title: parts.fields.title.averageLength },
  };
  const sections = new Map<string, SectionArray>([['terms', new TextEncoder().encode(parts.terms.join('\n'))]]);
  for (const field of INDEXED_FIELDS)
    for (const name of FIELD_ARRAYS) sections.set(`${field}.${name}`, parts.fields[field][name]);
  return encodeSections(header, sections);
}

export type LoadIndexResult = { ok: true; index: SearchIndex } | { ok: false; message: string };

function isHeader(value: unknown): value is SavedHeader {
  const h = value as Partial<SavedHeader> | null;
  return (
    typeof h === 'object' &&
    h !== null &&
    typeof h.termCount === 'number' &&
    typeof h.passageCount === 'number' &&
    (h.passageIds === null ||
      (Array.isArray(h.passageIds) &&
        h.passageIds.length === h.passageCount &&
        h.passageIds.every((id) => typeof id === 'string'))) &&
    typeof h.averageLength?.text === 'number' &&
    typeof h.averageLength.title === 'number'
  );
}

function readField(
  sections: ReadonlyMap<string, SectionArray>,
  field: IndexedField,
  header: SavedHeader,
): FieldPostings | string {
  const offsets = sections.get(`${field}.offsets`);
  const docs = sections.get(`${field}.docs`);
  const freqs = sections.get(`${field}.freqs`);
  const lengths = sections.get(`${field}.lengths`);
  if (
    !(offsets instanceof Uint32Array) ||
    !(docs instanceof Uint32Array) ||
    !(freqs instanceof Uint32Array) ||
    !(lengths instanceof Uint32Array)
  ) {
    return `search index lacks the ${field} postings`;
  }
  const n = header.passageCount;
  const inconsistent = `search index has inconsistent ${field} postings`;
  if (
    offsets.length !== header.termCount + 1 ||
    offsets[0] !== 0 ||
    offsets[header.termCount] !== docs.length ||
    freqs.length !== docs.length ||
    lengths.length !== n
  ) {
    return inconsistent;
  }
  // Indexed loops: for…of over millions of postings costs several times as much at start-up.
  for (let t = 0; t < header.termCount; t++)
    if ((offsets[t] as number) > (offsets[t + 1] as number)) return inconsistent;
  for (let p = 0; p < docs.length; p++) if ((docs[p] as number) >= n) return inconsistent;
  return { offsets, docs, freqs, lengths, averageLength: header.averageLength[field] };
}

/**
 * Reads what serializeIndex wrote; unreadable, malformed or stale (other INDEX_VERSION) bytes are an error value.
 * `knownIds` are the passage ids serializeIndex was given, for an index saved without its own.
 */
export function loadIndex(bytes: Uint8Array, knownIds?: readonly string[]): LoadIndexResult {
  const decoded = decodeSections(bytes);
  if (!decoded.ok) return { ok: false, message: `search index is unreadable: ${decoded.message}` };
  const { header, sections } = decoded.value;
  const base = header as { format?: unknown; version?: unknown } | null;
  if (typeof base !== 'object' || base === null || base.format !== INDEX_FORMAT)
    return { ok: false, message: 'search index has an unknown format' };
  if (base.version !== INDEX_VERSION) {
    return { ok: false, message: `search index version ${String(base.version)} is stale (current: ${INDEX_VERSION})` };
  }
  if (!isHeader(header)) return { ok: false, message: 'search index has a malformed header' };
  const passageIds = header.passageIds ?? knownIds;
  if (passageIds === undefined) return { ok: false, message: 'search index lacks its passage ids' };
  if (passageIds.length !== header.passageCount)
    return { ok: false, message: `search index has ${header.passageCount} passages, not ${passageIds.length}` };
  const termBytes = sections.get('terms');
  if (!(termBytes instanceof Uint8Array)) return { ok: false, message: 'search index lacks its terms' };
  const terms = header.termCount === 0 ? [] : new TextDecoder().decode(termBytes).split('\n');
  // A term listed twice is refused when the term tree is built (engine.ts), which sorts them anyway.
  if (terms.length !== header.termCount) return { ok: false, message: 'search index has a malformed term list' };
  const text = readField(sections, 'text', header);
  if (typeof text === 'string') return { ok: false, message: text };
  const title = readField(sections, 'title', header);
  if (typeof title === 'string') return { ok: false, message: title };
  const index = indexFromParts({ terms, passageIds, fields: { text, title } });
  if (typeof index === 'string') return { ok: false, message: index };
  return { ok: true, index };
}
