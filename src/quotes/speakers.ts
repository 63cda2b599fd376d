// Finding the person a typed name means: canonical name, alias, role, accents and case ignored, a typo forgiven;
// plus the speaker list and the autocomplete suggestions built on the same matching.
import type { QuoteBook } from './book.ts';
import { editDistance, levenshtein, typoAllowance } from './match.ts';
import {
  bare,
  compareNames,
  containing,
  indexOf,
  type NameEntry,
  type SpeakerIndex,
  typoCandidates,
} from './speakerIndex.ts';

import type { Person } from './people.ts';

/** Discord rejects choice names longer than this. */
export const MAX_CHOICE_NAME = 100;

function best(candidates: Person[], counts: Map<string, number>): Person | null {
  const sorted = [...candidates].sort(
    (a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || compareNames(a, b),
  );
  return sorted[0] ?? null;
}

/**
 * The quoted people a typed name fits equally well, most quoted first, when it fits more than one ("Cooper" for
 * Roy Cooper and Scott Cooper); empty when it names one person or nobody. People never quoted are left out.
 */
export function speakersNamed(
  book: QuoteBook,
  typed: string,
): { name: string; role: string | null; kind: Person['kind']; quotes: number }[] {
  const query = bare(typed);
  if (query.length === 0) return [];
  const index = indexOf(book);
  let fits = index.exact.get(query) ?? [];
  if (fits.length === 0) {
    const words = query.split(' ');
    fits = (index.firstWords.get(words[0] ?? '') ?? []).filter((e) =>
      words.every((w) => (e.forms[0] ?? '').split(' ').includes(w)),
    );
  }
  const quoted = fits
    .filter((e) => e.quotes > 0)
    .sort((a, b) => b.quotes - a.quotes || compareNames(a.person, b.person));
  if (quoted.length < 2) return [];
  return quoted.map((e) => ({
    name: e.person.name,
    role: e.person.roles[0] ?? null,
    kind: e.person.kind,
    quotes: e.quotes,
  }));
}

/** The person a typed name means, or null. */
export function resolveSpeaker(book: QuoteBook, typed: string): Person | null {
  const query = bare(typed);
  if (query.length === 0) return null;
  const index = indexOf(book);
  const { counts } = index;
  const exact = index.exact.get(query);
  if (exact)
    return best(
      exact.map((e) => e.person),
      counts,
    );
  const words = query.split(' ');
  const partial = (index.firstWords.get(words[0] ?? '') ?? []).filter((e) => {
    const tokens = (e.forms[0] ?? '').split(' ');
    return words.every((w) => tokens.includes(w));
  });
  if (partial.length > 0)
    return best(
      partial.map((e) => e.person),
      counts,
    );
  const byRole = index.roles.get(query);
  if (byRole)
    return best(
      byRole.map((e) => e.person),
      counts,
    );
  const bySurname = fewerNames(index, words);
  if (bySurname.length > 0) return best(bySurname, counts);
  const allowance = typoAllowance(query.length);
  if (allowance === 0) return null;
  let nearest: Person[] = [];
  let nearestDistance = Infinity;
  for (const { entry } of typoCandidates(index, query, allowance)) {
    const distance = Math.min(...entry.forms.map((f) => editDistance(query, f, allowance)));
    if (distance > allowance) continue;
    if (distance < nearestDistance) {
      nearest = [entry.person];
      nearestDistance = distance;
    } else if (distance === nearestDistance) nearest.push(entry.person);
  }
  return best(nearest, counts);
}

/**
 * "Anthony Albanese" typed for somebody the articles only ever call "Mr Albanese": the people known by the typed
 * surname alone, or by fewer of its words (their name holds no word the query does not).
 */
function fewerNames(index: SpeakerIndex, words: string[]): Person[] {
  const surname = words[words.length - 1];
  if (words.length < 2 || surname === undefined) return [];
  return (index.exact.get(surname) ?? [])
    .filter((e) => (e.forms[0] ?? '').split(' ').every((w) => words.includes(w)))
    .map((e) => e.person);
}

/** How far a typed text is from a person's names: prefix 0, word prefix 1, substring 2, typo 3+, else Infinity. */
function closeness(entry: NameEntry, query: string): number {
  const { forms, words } = entry;
  if (query.length === 0) return 0;
  if (forms[0]?.startsWith(query)) return 0;
  if (words.some((w) => w.startsWith(query))) return 1;
  if (forms.some((f) => f.includes(query))) return 2;
  const allowance = typoAllowance(query.length);
  if (allowance === 0) return Infinity;
  let min = Infinity;
  for (const w of words) {
    const d = Math.min(editDistance(query, w, allowance), editDistance(query, w.slice(0, query.length), allowance));
    min = Math.min(min, d);
  }
  return min <= allowance ? 3 + min : Infinity;
}

interface Scored {
  entry: NameEntry;
  score: number;
}

function byScoreThenRank(a: Scored, b: Scored): number {
  return a.score - b.score || a.entry.rank - b.entry.rank;
}

function choice(entry: NameEntry): { name: string; quotes: number; role: string | null } {
  return {
    name: entry.person.name.slice(0, MAX_CHOICE_NAME),
    quotes: entry.quotes,
    role: entry.person.roles[0] ?? null,
  };
}

/**
 * Every quoted person a typed text is close to, with the closeness, enough to rank the first `limit`: all those
 * containing the text, then, when fewer than `limit` contain it, those within the typo allowance.
 */
function closeSpeakers(index: SpeakerIndex, query: string, limit: number): Scored[] {
  const scored: Scored[] = [];
  const allowance = typoAllowance(query.length);
  if (allowance === 0) {
    for (const entry of containing(index, query)) {
      if (entry.rank < 0) continue;
      const score = closeness(entry, query);
      if (score !== Infinity) scored.push({ entry, score });
    }
    return scored;
  }
  const candidates = typoCandidates(index, query, allowance).filter((c) => c.entry.rank >= 0);
  const later: NameEntry[] = [];
  let contained = 0;
  for (const { entry, pairs } of candidates) {
    if (pairs < query.length - 1) {
      later.push(entry);
      continue;
    }
    const score = closeness(entry, query);
    if (score <= 2) contained++;
    if (score !== Infinity) scored.push({ entry, score });
  }
  // Typos rank after every name containing the text, so they matter only when those do not fill the list.
  if (contained < limit) {
    for (const entry of later) {
      const score = closeness(entry, query);
      if (score !== Infinity) scored.push({ entry, score });
    }
  }
  return scored;
}

/** Choices for Discord autocomplete: prefix and alias matches first, then typos; most quoted first. */
export function suggestSpeakers(
  book: QuoteBook,
  typed: string,
  limit = 25,
): { name: string; quotes: number; role: string | null }[] {
  const query = bare(typed);
  const index = indexOf(book);
  if (!Number.isInteger(limit) || limit < 0) {
    return index.speakers
      .map((entry) => ({ entry, score: closeness(entry, query) }))
      .filter((s) => s.score !== Infinity)
      .sort(byScoreThenRank)
      .slice(0, limit)
      .map((s) => choice(s.entry));
  }
  if (query.length === 0) return index.speakers.slice(0, limit).map(choice);
  return closeSpeakers(index, query, limit)
    .sort(byScoreThenRank)
    .slice(0, limit)
    .map((s) => choice(s.entry));
}

/** Normalised edit distance of a typed text to the nearest of an entry's names and name words. */
function nameDistance(entry: NameEntry, query: string, below: number): number {
  let min = Infinity;
  for (const w of entry.words) {
    const length = Math.max(query.length, w.length, 1);
    // Only distances under `below` matter: a length difference alone can rule a word out.
    if (Math.abs(query.length - w.length) / length >= below) continue;
    min = Math.min(min, levenshtein(query, w) / length);
  }
  return min;
}

/** The `limit` entries of `entries` (in rank order) with the lowest base + distance, ties to the better rank. */
function nearestByRank(entries: Iterable<NameEntry>, query: string, base: number, limit: number, top: Scored[]): void {
  for (const entry of entries) {
    const full = top.length >= limit;
    const worst = full ? (top[top.length - 1]?.score ?? Infinity) : Infinity;
    const distance = nameDistance(entry, query, full ? worst - base : Infinity);
    const score = base + distance;
    if (full && !(score < worst)) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1]?.score ?? 0) > score) at--;
    top.splice(at, 0, { entry, score });
    if (top.length > limit) top.pop();
  }
}

/** Known speakers nearest to an unknown typed name, for "did you mean". */
export function closestSpeakers(book: QuoteBook, typed: string, limit = 5): string[] {
  const query = bare(typed);
  const index = indexOf(book);
  if (query.length === 0 || !Number.isInteger(limit) || limit < 0) {
    return index.speakers
      .map((entry) => {
        const distance = Math.min(
          ...entry.words.map((f) => editDistance(query, f) / Math.max(query.length, f.length, 1)),
        );
        return { entry, score: closeness(entry, query) === Infinity ? 1 + distance : distance };
      })
      .sort(byScoreThenRank)
      .slice(0, limit)
      .map((s) => s.entry.person.name);
  }
  if (limit === 0) return [];
  // Names close to the text (closeness finite) are at most 1 away, all others more: look at those first.
  const close = closeSpeakers(index, query, Infinity)
    .map((s) => s.entry)
    .sort((a, b) => a.rank - b.rank);
  const top: Scored[] = [];
  nearestByRank(close, query, 0, limit, top);
  if (top.length < limit) {
    const isClose = new Set(close);
    nearestByRank(
      index.speakers.filter((e) => !isClose.has(e)),
      query,
      1,
      limit,
      top,
    );
  }
  return top.map((s) => s.entry.person.name);
}

/** Every person quoted at least once, most quoted first. */
export function listSpeakers(
  book: QuoteBook,
): { name: string; aliases: string[]; quotes: number; kind: 'person' | 'organisation'; role: string | null }[] {
  return indexOf(book).speakers.map(({ person, quotes }) => ({
    name: person.name,
    aliases: person.aliases.filter((a) => a !== person.name),
    quotes,
    kind: person.kind,
    role: person.roles[0] ?? null,
  }));
}
