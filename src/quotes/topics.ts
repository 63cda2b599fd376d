// Topic relevance for "what did X say about Y": each entry's quoted and surrounding terms kept as ids into one
// vocabulary shared by the book, so a topic term is compared with each distinct term once and a term costs 4 bytes.
import { quoteTerms, termMatches, type TermMemo } from './similarity.ts';

/** Every term met so far, with an id, and the ids by term length (a term only matches lengths within one). */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly byLength: number[][] = [];
  /** Words already stemmed, for reading more entries' terms. */
  readonly memo: TermMemo = new Map();

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      while (this.byLength.length <= term.length) this.byLength.push([]);
      this.byLength[term.length]?.push(id);
    }
    return id;
  }

  /** A mark per id for the terms that match `topic` (termMatches). */
  matching(topic: string): Uint8Array {
    const marks = new Uint8Array(this.terms.length);
    if (topic.length < 5) {
      const id = this.ids.get(topic);
      if (id !== undefined) marks[id] = 1;
      return marks;
    }
    for (let length = topic.length - 1; length <= topic.length + 1; length++) {
      for (const id of this.byLength[length] ?? []) if (termMatches(this.terms[id] ?? '', topic)) marks[id] = 1;
    }
    return marks;
  }
}

/** Term ids of each entry, flat: entry n's ids are ids[start[n]] up to ids[start[n + 1]]. */
interface FlatTerms {
  ids: Int32Array;
  start: Int32Array;
}

export interface EntryTerms {
  /** Terms of the quoted words. */
  quoted: FlatTerms;
  /** Terms of the sentences around them. */
  around: FlatTerms;
}

function flatten(vocabulary: Vocabulary, textsPerEntry: string[][]): FlatTerms {
  const perEntry = textsPerEntry.map((texts) =>
    [...new Set(texts.flatMap((text) => quoteTerms(text, vocabulary.memo)))].map((t) => vocabulary.id(t)),
  );
  const start = new Int32Array(perEntry.length + 1);
  for (const [n, list] of perEntry.entries()) start[n + 1] = (start[n] ?? 0) + list.length;
  const ids = new Int32Array(start[perEntry.length] ?? 0);
  for (const [n, list] of perEntry.entries()) ids.set(list, start[n] ?? 0);
  return { ids, start };
}

/** The terms of a listing's entries, given each entry's quoted texts and the texts around them. */
export function entryTerms(vocabulary: Vocabulary, entries: { quoted: string[]; around: string[] }[]): EntryTerms {
  return {
    quoted: flatten(
      vocabulary,
      entries.map((e) => e.quoted),
    ),
    around: flatten(
      vocabulary,
      entries.map((e) => e.around),
    ),
  };
}

function holds(terms: FlatTerms, n: number, marks: Uint8Array): boolean {
  for (let k = terms.start[n] ?? 0; k < (terms.start[n + 1] ?? 0); k++) if (marks[terms.ids[k] ?? 0]) return true;
  return false;
}

/** Relevance of each entry: each topic term found in the quoted words counts 2, found only around them 1. */
export function topicScores(vocabulary: Vocabulary, terms: EntryTerms, topic: string[]): number[] {
  const size = terms.quoted.start.length - 1;
  const scores = new Array<number>(size).fill(0);
  for (const term of topic) {
    const marks = vocabulary.matching(term);
    for (let n = 0; n < size; n++)
      scores[n] = (scores[n] ?? 0) + (holds(terms.quoted, n, marks) ? 2 : holds(terms.around, n, marks) ? 1 : 0);
  }
  return scores;
}
