// The engine's maps over postings arrays: read-only objects with Map's interface that answer minisearch's reads (get,
// has, size, keys, iteration) from the compact arrays of postings.ts, so a loaded index makes no Map entry per passage
// or posting. They are not Map subclasses: a Map subclass carries a hash table of its own, never used here, made for
// each of the 78k terms at load and for each term's field at every lookup.
import type { FieldPostings } from './postings.ts';

/**
 * What every read-only map here shares: Map's interface (so minisearch, which only calls its methods, takes it where
 * it expects a Map), writes refused, iteration, forEach and the spread from `entries()`.
 */
abstract class ReadOnlyMap<K, V> implements Map<K, V> {
  abstract get size(): number;
  abstract get(key: K): V | undefined;
  abstract has(key: K): boolean;
  abstract entries(): MapIterator<[K, V]>;

  get [Symbol.toStringTag](): string {
    return 'Map';
  }

  set(): this {
    throw new Error('a loaded index is read-only');
  }

  delete(): boolean {
    throw new Error('a loaded index is read-only');
  }

  clear(): void {
    throw new Error('a loaded index is read-only');
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: Map<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

/**
 * A read-only Map over the passage numbers 0 … n - 1 whose values are computed from arrays when asked for: the engine's
 * per-passage maps (ids, field lengths) without a hash table or an entry object per passage.
 */
export class PassageNumberMap<V> extends ReadOnlyMap<number, V> {
  readonly #count: number;
  readonly #value: (doc: number) => V;

  constructor(count: number, value: (doc: number) => V) {
    super();
    this.#count = count;
    this.#value = value;
  }

  override get size(): number {
    return this.#count;
  }

  override has(doc: number): boolean {
    return doc >>> 0 === doc && doc < this.#count;
  }

  override get(doc: number): V | undefined {
    return this.has(doc) ? this.#value(doc) : undefined;
  }

  override *entries(): MapIterator<[number, V]> {
    for (let doc = 0; doc < this.#count; doc++) yield [doc, this.#value(doc)];
  }

  override *keys(): MapIterator<number> {
    for (let doc = 0; doc < this.#count; doc++) yield doc;
  }

  override *values(): MapIterator<V> {
    for (let doc = 0; doc < this.#count; doc++) yield this.#value(doc);
  }

  override [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }

  override forEach(callback: (value: V, key: number, map: Map<number, V>) => void): void {
    for (let doc = 0; doc < this.#count; doc++) callback(this.#value(doc), doc, this);
  }
}

/**
 * One term's postings in one field, read straight from the postings arrays: minisearch reads them through size,
 * keys() and get() (docs ascending, as it would have inserted them), and a snapshot through iteration.
 */
export class FieldPostingsView extends ReadOnlyMap<number, number> {
  readonly #docs: Uint32Array;
  readonly #freqs: Uint32Array;

  constructor(postings: FieldPostings, from: number, to: number) {
    super();
    this.#docs = postings.docs.subarray(from, to);
    this.#freqs = postings.freqs.subarray(from, to);
  }

  override get size(): number {
    return this.#docs.length;
  }

  /** Binary search: the docs are ascending. */
  #find(doc: number): number {
    let low = 0;
    let high = this.#docs.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const at = this.#docs[mid] as number;
      if (at === doc) return mid;
      if (at < doc) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  override get(doc: number): number | undefined {
    const at = this.#find(doc);
    return at < 0 ? undefined : this.#freqs[at];
  }

  override has(doc: number): boolean {
    return this.#find(doc) >= 0;
  }

  override keys(): MapIterator<number> {
    return this.#docs.values();
  }

  override values(): MapIterator<number> {
    return this.#freqs.values();
  }

  override *entries(): MapIterator<[number, number]> {
    for (let i = 0; i < this.#docs.length; i++) yield [this.#docs[i] as number, this.#freqs[i] as number];
  }

  override [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }

  override forEach(callback: (value: number, key: number, map: Map<number, number>) => void): void {
    for (const [doc, freq] of this.entries()) callback(freq, doc, this);
  }
}

/** A term's entry in the engine: field id → its postings, made when asked for (fields without postings are absent). */
export class TermPostings extends ReadOnlyMap<number, Map<number, number>> {
  readonly #fieldIds: readonly number[];
  readonly #fields: readonly FieldPostings[];
  readonly #term: number;

  constructor(fieldIds: readonly number[], fields: readonly FieldPostings[], term: number) {
    super();
    this.#fieldIds = fieldIds;
    this.#fields = fields;
    this.#term = term;
  }

  /** The term's number in the postings arrays. */
  get termNumber(): number {
    return this.#term;
  }

  /** Postings of field `i` (in INDEXED_FIELDS order), or undefined when it has none. */
  #view(i: number): FieldPostingsView | undefined {
    const field = this.#fields[i] as FieldPostings;
    const from = field.offsets[this.#term] as number;
    const to = field.offsets[this.#term + 1] as number;
    return from === to ? undefined : new FieldPostingsView(field, from, to);
  }

  override get(fieldId: number): Map<number, number> | undefined {
    const i = this.#fieldIds.indexOf(fieldId);
    return i < 0 ? undefined : this.#view(i);
  }

  /** How many passages the field's postings name, without making a view of them. */
  count(fieldId: number): number {
    const field = this.#fields[this.#fieldIds.indexOf(fieldId)];
    return field === undefined ? 0 : (field.offsets[this.#term + 1] as number) - (field.offsets[this.#term] as number);
  }

  /** The field's postings as views into the arrays (empty when it has none). */
  slices(fieldId: number): { docs: Uint32Array; freqs: Uint32Array } {
    const field = this.#fields[this.#fieldIds.indexOf(fieldId)];
    if (field === undefined) return { docs: new Uint32Array(0), freqs: new Uint32Array(0) };
    const from = field.offsets[this.#term] as number;
    const to = field.offsets[this.#term + 1] as number;
    return { docs: field.docs.subarray(from, to), freqs: field.freqs.subarray(from, to) };
  }

  override has(fieldId: number): boolean {
    return this.get(fieldId) !== undefined;
  }

  override get size(): number {
    let size = 0;
    for (let i = 0; i < this.#fields.length; i++) if (this.#view(i) !== undefined) size++;
    return size;
  }

  override *entries(): MapIterator<[number, Map<number, number>]> {
    for (let i = 0; i < this.#fields.length; i++) {
      const view = this.#view(i);
      if (view !== undefined) yield [this.#fieldIds[i] as number, view];
    }
  }

  override *keys(): MapIterator<number> {
    for (const [fieldId] of this.entries()) yield fieldId;
  }

  override *values(): MapIterator<Map<number, number>> {
    for (const [, view] of this.entries()) yield view;
  }

  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.entries();
  }

  override forEach(
    callback: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void,
  ): void {
    for (const [fieldId, view] of this.entries()) callback(view, fieldId, this);
  }
}

/** Passages in a term's postings for one field (without making a view when the entry is a TermPostings). */
export function countOf(data: Map<number, Map<number, number>>, fieldId: number): number {
  return data instanceof TermPostings ? data.count(fieldId) : (data.get(fieldId)?.size ?? 0);
}
