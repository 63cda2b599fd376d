// Postings of one indexed field in flat typed arrays (compressed sparse rows): for term id t, the passages that
// contain it are docs[offsets[t] .. offsets[t + 1]), ascending, with their term frequencies in the same slots.
// The compact form an index is built through and saved in; the engine's own maps are made from it (engine.ts).

export interface FieldPostings {
  /** Length terms + 1. */
  readonly offsets: Uint32Array;
  readonly docs: Uint32Array;
  /** Occurrences of the term in the passage's field. */
  readonly freqs: Uint32Array;
  /** Distinct terms of each passage's field: the field length BM25 normalises by. */
  readonly lengths: Uint32Array;
  /** Running mean of `lengths`, accumulated in passage order (as the engine keeps it). */
  readonly averageLength: number;
}

/** A growable Uint32Array. */
class U32List {
  data = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/** Collects one field's postings passage by passage, then lays them out by term. */
export class FieldPostingsBuilder {
  private readonly termIds = new U32List();
  private readonly docIds = new U32List();
  private readonly counts = new U32List();
  private readonly lengths = new U32List();
  private averageLength = 0;
  private scratch = new Uint32Array(1024);
  private readonly touched: number[] = [];

  /** Adds the next passage (passages come in number order 0, 1, 2, …) with its terms as term ids. */
  add(termIds: readonly number[]): void {
    const doc = this.lengths.length;
    for (const id of termIds) {
      if (id >= this.scratch.length) {
        const grown = new Uint32Array(Math.max(id + 1, this.scratch.length * 2));
        grown.set(this.scratch);
        this.scratch = grown;
      }
      if (this.scratch[id] === 0) this.touched.push(id);
      this.scratch[id] = (this.scratch[id] as number) + 1;
    }
    for (const id of this.touched) {
      this.termIds.push(id);
      this.docIds.push(doc);
      this.counts.push(this.scratch[id] as number);
      this.scratch[id] = 0;
    }
    const length = this.touched.length;
    this.touched.length = 0;
    // The same running mean as minisearch keeps, so scores match those of an engine fed document by document.
    this.averageLength = (this.averageLength * doc + length) / (doc + 1);
    this.lengths.push(length);
  }

  /** The postings of term ids 0 … termCount - 1. */
  finish(termCount: number): FieldPostings {
    const total = this.termIds.length;
    const offsets = new Uint32Array(termCount + 1);
    for (let k = 0; k < total; k++) {
      const next = (this.termIds.data[k] as number) + 1;
      offsets[next] = (offsets[next] as number) + 1;
    }
    for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
    const cursor = offsets.slice(0, termCount);
    const docs = new Uint32Array(total);
    const freqs = new Uint32Array(total);
    for (let k = 0; k < total; k++) {
      const t = this.termIds.data[k] as number;
      const at = cursor[t] as number;
      cursor[t] = at + 1;
      docs[at] = this.docIds.data[k] as number;
      freqs[at] = this.counts.data[k] as number;
    }
    return {
      offsets,
      docs,
      freqs,
      lengths: this.lengths.data.slice(0, this.lengths.length),
      averageLength: this.averageLength,
    };
  }
}
