// The one place that reads or writes minisearch's own state, through a subclass of its protected fields: an
// upstream rename or retyping of one of them fails `tsc` here. minisearch's version is pinned exactly.
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { engineOptions, INDEXED_FIELDS, type IndexedDocument, type IndexedField } from './options.ts';
import { Bm25Ranker, type QueryTerm } from './bm25.ts';
import { countOf, PassageNumberMap, TermPostings } from './engineMaps.ts';
import type { FieldPostings } from './postings.ts';
import { buildTermTree } from './termTree.ts';

/** An index in its compact form: the terms, each field's postings by term number, and the passage ids. */
export interface IndexParts {
  terms: readonly string[];
  passageIds: readonly string[];
  fields: Record<IndexedField, FieldPostings>;
}

export interface SimilarTerm {
  term: string;
  documentFrequency: number;
  distance: number;
}

export interface EngineHit {
  id: string;
  score: number;
}

/**
 * Minisearch with archivist's options, filled from postings arrays instead of document by document or through its
 * loadJS (which makes a plain object per term and field: what makes loading large indexes slow). A test checks that
 * the result equals an engine fed document by document (test/search/search.test.ts).
 */
export class PassageEngine extends MiniSearch<IndexedDocument> {
  /** Scores queries from the postings the engine was filled from (bm25.ts), with the engine's own options. */
  #ranker: Bm25Ranker | undefined;
  #passageIds: readonly string[] = [];

  private constructor() {
    super(engineOptions());
  }

  /**
   * The engine holding exactly these postings, as minisearch would after adding the passages one by one. Each term's
   * postings stay in the arrays: the engine's term entries read them on demand (TermPostings), so loading makes no
   * Map per term and field and no entry per posting (most of a large index's load time and memory).
   */
  static fromParts(parts: IndexParts): PassageEngine | string {
    const engine = new PassageEngine();
    const n = parts.passageIds.length;
    const ids = INDEXED_FIELDS.map((field) => engine.fieldId(field));
    engine._documentCount = n;
    engine._nextId = n;
    engine._avgFieldLength = [];
    INDEXED_FIELDS.forEach((field, i) => {
      engine._avgFieldLength[ids[i] as number] = parts.fields[field].averageLength;
    });
    const fieldLengths = INDEXED_FIELDS.map((field) => parts.fields[field].lengths);
    const width = Math.max(...ids) + 1;
    engine._documentIds = new PassageNumberMap(n, (doc) => parts.passageIds[doc] as string);
    engine._fieldLength = new PassageNumberMap(n, (doc) => {
      const lengths = new Array<number>(width);
      for (let i = 0; i < ids.length; i++) lengths[ids[i] as number] = (fieldLengths[i] as Uint32Array)[doc] as number;
      return lengths;
    });
    for (let doc = 0; doc < n; doc++) engine._idToShortId.set(parts.passageIds[doc] as string, doc);
    if (engine._idToShortId.size !== n) return 'search index has a passage id twice';
    const fields = INDEXED_FIELDS.map((field) => parts.fields[field]);
    // The term tree is built in one pass over the sorted terms: inserting 78k terms one by one was about a fifth of a
    // cold start at 100k passages. The engine's map is empty here, so its cached size is unset.
    const tree = buildTermTree<Map<number, Map<number, number>>>(parts.terms, (t) => new TermPostings(ids, fields, t));
    if (tree === null) return 'search index has a term twice';
    engine._index._tree = tree as typeof engine._index._tree;
    engine.#passageIds = parts.passageIds;
    engine.#ranker = engine.rankerOf(parts);
    return engine;
  }

  /** The compact form of the postings, read back from the maps (counted first, so arrays are made once at their size). */
  toParts(): IndexParts {
    const n = this._documentCount;
    const passageIds = Array.from({ length: n }, (_, doc) => String(this._documentIds.get(doc) ?? ''));
    const ids = INDEXED_FIELDS.map((field) => this.fieldId(field));
    const terms: string[] = [];
    const totals = ids.map(() => 0);
    for (const [term, data] of this._index) {
      terms.push(term);
      ids.forEach((id, i) => {
        totals[i] = (totals[i] as number) + countOf(data, id);
      });
    }
    const fields = ids.map((id, i) => ({
      offsets: new Uint32Array(terms.length + 1),
      docs: new Uint32Array(totals[i] as number),
      freqs: new Uint32Array(totals[i] as number),
      lengths: Uint32Array.from({ length: n }, (_, doc) => this._fieldLength.get(doc)?.[id] ?? 0),
      averageLength: this._avgFieldLength[id] ?? 0,
    }));
    const at = ids.map(() => 0);
    let t = 0;
    for (const [, data] of this._index) {
      ids.forEach((id, i) => {
        const field = fields[i] as FieldPostings;
        let p = at[i] as number;
        if (data instanceof TermPostings) {
          // Straight from the arrays the engine was filled from: no pair per posting.
          const { docs, freqs } = data.slices(id);
          field.docs.set(docs, p);
          field.freqs.set(freqs, p);
          p += docs.length;
        } else {
          for (const [doc, freq] of data.get(id) ?? []) {
            field.docs[p] = doc;
            field.freqs[p] = freq;
            p++;
          }
        }
        at[i] = p;
        field.offsets[t + 1] = p;
      });
      t++;
    }
    return { terms, passageIds, fields: { text: fields[0] as FieldPostings, title: fields[1] as FieldPostings } };
  }

  /**
   * The scorer over these postings, with the BM25 parameters and field boosts (and field order) this engine's search
   * would use, read from its own options so the two cannot differ.
   */
  private rankerOf(parts: IndexParts): Bm25Ranker {
    const options = this._options.searchOptions;
    const fields = (options.fields ?? this._options.fields) as IndexedField[];
    return new Bm25Ranker(
      parts.passageIds.length,
      fields.map((field) => ({ postings: parts.fields[field], boost: options.boost?.[field] || 1 })),
      options.bm25,
    );
  }

  private fieldId(field: IndexedField): number {
    return this._fieldIds[field] ?? -1;
  }

  /** Number of passages whose text contains the term: 0 for a term only titles contain, undefined for one the index lacks. */
  documentFrequency(term: string): number | undefined {
    const data = this._index.get(term);
    return data === undefined ? undefined : countOf(data, this.fieldId('text'));
  }

  /** Postings the engine walks for a term: its text and title entries. The cost of sending it a query term. */
  postingsOf(term: string): number {
    const data = this._index.get(term);
    if (data === undefined) return 0;
    return countOf(data, this.fieldId('text')) + countOf(data, this.fieldId('title'));
  }

  /** Whether any of the passages holds the term in its text or title (unknown passages or terms hold nothing). */
  containsAny(term: string, passageIds: readonly string[]): boolean {
    const data = this._index.get(term);
    if (data === undefined) return false;
    const docs = passageIds.flatMap((id) => this._idToShortId.get(id) ?? []);
    for (const postings of data.values()) if (docs.some((doc) => postings.has(doc))) return true;
    return false;
  }

  /** Whether the index holds a term that starts with `prefix` and is longer ("democrat" for "dem"). */
  extendsPrefix(prefix: string): boolean {
    for (const [term] of this._index.atPrefix(prefix)) if (term.length > prefix.length) return true;
    return false;
  }

  /** Index terms within `maxDistance` edits of `term` (itself included), with their text document frequency. */
  similarTerms(term: string, maxDistance: number): SimilarTerm[] {
    const text = this.fieldId('text');
    return [...this._index.fuzzyGet(term, maxDistance)].map(([match, [data, distance]]) => ({
      term: match,
      documentFrequency: countOf(data, text),
      distance,
    }));
  }

  /**
   * Passages matching any of the terms (and kept by `keep`), best first by BM25+ score, each term's score multiplied
   * by its boost.
   */
  rank(boosts: ReadonlyMap<string, number>, keep?: (passageId: string) => boolean): EngineHit[] {
    const terms = this.queryTerms(boosts);
    if (terms !== null && this.#ranker !== undefined) {
      const ids = this.#passageIds;
      const kept = keep && ((doc: number): boolean => keep(ids[doc] as string));
      return this.#ranker.rank(terms, kept).map((r) => ({ id: ids[r.doc] as string, score: r.score }));
    }
    return this.searchRank(boosts, keep);
  }

  /**
   * The query's terms by number in the postings (-1 for a term the index lacks), each with its boost, as minisearch
   * would read them from the space-joined query; null when minisearch would read the query otherwise (a term that is
   * empty or holds a space) or a term's entry is not read from postings arrays: then minisearch itself ranks.
   */
  private queryTerms(boosts: ReadonlyMap<string, number>): QueryTerm[] | null {
    const terms: QueryTerm[] = [];
    for (const [term, boost] of boosts) {
      if (term.length === 0 || term.includes(' ')) return null;
      const data = this._index.get(term);
      if (data === undefined) terms.push({ term: -1, boost });
      else if (data instanceof TermPostings) terms.push({ term: data.termNumber, boost });
      else return null;
    }
    return terms;
  }

  /**
   * The same ranking by minisearch's own search: what rank gives when the query is not a list of index terms, and
   * what the ranker is checked against (test/search/bm25.test.ts).
   */
  searchRank(boosts: ReadonlyMap<string, number>, keep?: (passageId: string) => boolean): EngineHit[] {
    const boostTerm = (term: string): number => boosts.get(term) ?? 1;
    const options = keep ? { boostTerm, filter: (r: { id: unknown }) => keep(String(r.id)) } : { boostTerm };
    return this.search([...boosts.keys()].join(' '), options).map((r) => ({
      id: String(r.id),
      score: r.score,
    }));
  }

  /** minisearch's own plain-object form of the state, to check it against an engine fed document by document. */
  snapshot(): AsPlainObject {
    return this.toJSON();
  }
}
