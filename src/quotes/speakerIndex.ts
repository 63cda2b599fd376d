// The name indexes of a quote book, built once per book: every person's names by exact form, by word, by role and
// by their letters and letter pairs, so a typed name is compared only with the people it can match.
import type { QuoteBook } from './book.ts';
import { normalizeName } from './match.ts';
import { typedWithoutNickname } from './nicknames.ts';
import type { Person } from './people.ts';

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|sir|dame|prof|the)\s+/u;

export function bare(text: string): string {
  return normalizeName(typedWithoutNickname(text)).replace(HONORIFIC, '');
}

/** A person's names ready for matching. */
export interface NameEntry {
  person: Person;
  /** Position in book.people. */
  ordinal: number;
  /** The person's names, bare: canonical name first, then the aliases. */
  forms: string[];
  /** The forms and their words, each once: the strings a typed text is compared with for typos. */
  words: string[];
  /** Listed quotes (0 for people never quoted). */
  quotes: number;
  /** Position in the speaker list (most quoted first), or -1 for people never quoted. */
  rank: number;
}

/**
 * Everything a lookup needs, computed once per book (books are immutable) so that a query touches only the
 * people whose names can match instead of the whole book: names by exact form, by word, by role, and by the
 * one- and two-letter pieces of their forms (a text can only contain, or be a typo of, names sharing its pieces).
 */
export interface SpeakerIndex {
  entries: NameEntry[];
  /** Quoted people, most quoted first, then by name. */
  speakers: NameEntry[];
  counts: Map<string, number>;
  exact: Map<string, NameEntry[]>;
  /** Words of each person's first form. */
  firstWords: Map<string, NameEntry[]>;
  roles: Map<string, NameEntry[]>;
  /** Letters (by code) and letter pairs (by pairKey) of every form -> entries holding them, in book order, once. */
  letters: Map<number, NameEntry[]>;
  pairs: Map<number, NameEntry[]>;
  /** Per-entry scratch counters for the typo filter. */
  hits: Int32Array;
}

const indexes = new WeakMap<QuoteBook, SpeakerIndex>();

function countListed(book: QuoteBook): Map<string, number> {
  const groups = new Map<string, Set<number>>();
  for (const q of book.quotes) {
    if (q.speaker === null || q.scare) continue;
    const set = groups.get(q.speaker) ?? new Set<number>();
    set.add(q.group);
    groups.set(q.speaker, set);
  }
  return new Map([...groups].map(([id, set]) => [id, set.size]));
}

export function compareNames(a: Person, b: Person): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The letter pair at i as a number (numbers, unlike sliced strings, cost nothing to make and hash). */
export function pairKey(text: string, i: number): number {
  return text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
}

/** Adds an entry to a key's list; entries come one at a time, so a repeat is always the last one added. */
function push<K>(map: Map<K, NameEntry[]>, key: K, entry: NameEntry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (list[list.length - 1] !== entry) list.push(entry);
}

function buildIndex(book: QuoteBook): SpeakerIndex {
  const counts = countListed(book);
  const entries = book.people.map((person, ordinal): NameEntry => {
    const forms = [person.name, ...person.aliases].map(bare).filter((n) => n.length > 0);
    const words = [...new Set(forms.flatMap((f) => [f, ...f.split(' ')]))];
    return { person, ordinal, forms, words, quotes: counts.get(person.id) ?? 0, rank: -1 };
  });
  const speakers = entries
    .filter((e) => e.quotes > 0)
    .sort((a, b) => b.quotes - a.quotes || compareNames(a.person, b.person));
  for (const [rank, e] of speakers.entries()) e.rank = rank;
  const exact = new Map<string, NameEntry[]>();
  const firstWords = new Map<string, NameEntry[]>();
  const roles = new Map<string, NameEntry[]>();
  const letters = new Map<number, NameEntry[]>();
  const pairs = new Map<number, NameEntry[]>();
  for (const entry of entries) {
    for (const form of entry.forms) push(exact, form, entry);
    for (const word of (entry.forms[0] ?? '').split(' ')) push(firstWords, word, entry);
    for (const role of entry.person.roles) push(roles, bare(role), entry);
    for (const form of entry.forms) {
      for (let i = 0; i < form.length; i++) {
        push(letters, form.charCodeAt(i), entry);
        if (i + 1 < form.length) push(pairs, pairKey(form, i), entry);
      }
    }
  }
  return { entries, speakers, counts, exact, firstWords, roles, letters, pairs, hits: new Int32Array(entries.length) };
}

export function indexOf(book: QuoteBook): SpeakerIndex {
  let index = indexes.get(book);
  if (!index) {
    index = buildIndex(book);
    indexes.set(book, index);
  }
  return index;
}

/** Builds the book's name indexes now rather than on the first lookup. */
export function prepareSpeakers(book: QuoteBook): void {
  indexOf(book);
}

/** Quotes a speaker has in listings: one per set of same words, scare quotes left out. */
export function listedCounts(book: QuoteBook): Map<string, number> {
  return indexOf(book).counts;
}

/**
 * Entries that may hold `query` within `allowance` typos, in book order: by the q-gram lemma, a text within k
 * edits of a string has at least (length − 1 − 2k) of its letter pairs in that string. `pairs` reports how many of
 * the query's letter pairs each entry holds (all of them when it can contain the query).
 */
export function typoCandidates(
  index: SpeakerIndex,
  query: string,
  allowance: number,
): { entry: NameEntry; pairs: number }[] {
  const needed = query.length - 1 - 2 * allowance;
  if (needed <= 0) return index.entries.map((entry) => ({ entry, pairs: needed }));
  const { hits } = index;
  const touched: NameEntry[] = [];
  for (let i = 0; i + 1 < query.length; i++) {
    for (const entry of index.pairs.get(pairKey(query, i)) ?? []) {
      if (hits[entry.ordinal] === 0) touched.push(entry);
      hits[entry.ordinal] = (hits[entry.ordinal] ?? 0) + 1;
    }
  }
  const found: { entry: NameEntry; pairs: number }[] = [];
  for (const entry of touched) {
    const pairs = hits[entry.ordinal] ?? 0;
    hits[entry.ordinal] = 0;
    if (pairs >= needed) found.push({ entry, pairs });
  }
  return found.sort((a, b) => a.entry.ordinal - b.entry.ordinal);
}

/** Entries that may contain `query`: those holding its rarest letter pair (for one letter, that letter). */
export function containing(index: SpeakerIndex, query: string): NameEntry[] {
  if (query.length === 1) return index.letters.get(query.charCodeAt(0)) ?? [];
  let rarest: NameEntry[] | undefined;
  for (let i = 0; i + 1 < query.length; i++) {
    const list = index.pairs.get(pairKey(query, i));
    if (!list) return [];
    if (!rarest || list.length < rarest.length) rarest = list;
  }
  return rarest ?? [];
}
