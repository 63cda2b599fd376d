import { describe, expect, it } from 'vitest';
import type { Quote, QuoteBook } from '../../src/quotes/book.ts';
import { editDistance, normalizeName, typoAllowance } from '../../src/quotes/match.ts';
import type { Person } from '../../src/quotes/people.ts';
import { closestSpeakers, listSpeakers, resolveSpeaker, suggestSpeakers } from '../../src/quotes/speakers.ts';

// The indexed lookups must answer exactly what a scan of every person answers. The reference below is that scan,
// written plainly; the book is a crowd of invented people with shared surnames, aliases, roles and equal counts.

function rng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const SYLLABLES = [
  'an',
  'ber',
  'cla',
  'dro',
  'el',
  'fin',
  'gar',
  'ho',
  'is',
  'jo',
  'kel',
  'lin',
  'mar',
  'no',
  'os',
  'pri',
  'qui',
  'ras',
  'sen',
  'tov',
  'ul',
  'vik',
  'wes',
  'yan',
  'zé',
];
const ROLES = ['finance minister', 'harbour master', 'union leader', 'chief executive', 'the mayor', 'spokeswoman'];

function crowd(size: number, seed: number): QuoteBook {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const word = (): string => {
    const parts = 1 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < parts; i++) w += pick(SYLLABLES);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const surnames = Array.from({ length: Math.ceil(size / 3) }, word);
  const people = new Map<string, Person>();
  while (people.size < size) {
    const first = word();
    const last = pick(surnames);
    const middle = random() < 0.2 ? `${word()} ` : '';
    // A few known by their surname alone, as articles that only ever write "Mr Okafor" leave them.
    const name = random() < 0.1 ? last : `${first} ${middle}${last}`;
    const id = normalizeName(name);
    if (people.has(id)) continue;
    const aliases = name === last ? [name] : [name, last];
    if (random() < 0.4) aliases.push(`${random() < 0.5 ? 'Mr' : 'Dr'} ${last}`);
    const roles = random() < 0.3 ? [pick(ROLES)] : [];
    people.set(id, { id, name, aliases, roles, gender: null, kind: 'person' });
  }
  const sorted = [...people.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const quotes: Quote[] = [];
  let group = 0;
  sorted.forEach((person, n) => {
    // Some never quoted, many with equal counts, a few scare quotes that do not count.
    const count = n % 7 === 0 ? 0 : 1 + Math.floor(random() * 4);
    for (let k = 0; k < count; k++) {
      const scare = random() < 0.1;
      quotes.push({
        id: `a${n}#q${k}`,
        articleId: `a${n}`,
        start: 0,
        end: 1,
        segments: [],
        paragraphs: [0],
        text: 'words',
        partial: scare,
        scare,
        headline: false,
        speaker: person.id,
        cue: null,
        method: 'after',
        group: group++,
        position: k,
      });
    }
  });
  return { articles: [], quotes, people: sorted };
}

// --- the reference: every person scanned for every query ---

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|sir|dame|prof|the)\s+/u;
const bare = (text: string): string => normalizeName(text).replace(HONORIFIC, '');

function counts(book: QuoteBook): Map<string, number> {
  const groups = new Map<string, Set<number>>();
  for (const q of book.quotes) {
    if (q.speaker === null || q.scare) continue;
    groups.set(q.speaker, (groups.get(q.speaker) ?? new Set()).add(q.group));
  }
  return new Map([...groups].map(([id, set]) => [id, set.size]));
}

const namesOf = (p: Person): string[] => [p.name, ...p.aliases].map(bare).filter((n) => n.length > 0);
const byName = (a: Person, b: Person): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function referenceResolve(book: QuoteBook, typed: string): string | null {
  const query = bare(typed);
  if (query.length === 0) return null;
  const c = counts(book);
  const best = (list: Person[]): string | null =>
    [...list].sort((a, b) => (c.get(b.id) ?? 0) - (c.get(a.id) ?? 0) || byName(a, b))[0]?.id ?? null;
  const exact = book.people.filter((p) => namesOf(p).includes(query));
  if (exact.length > 0) return best(exact);
  const words = query.split(' ');
  const partial = book.people.filter((p) => words.every((w) => (namesOf(p)[0] ?? '').split(' ').includes(w)));
  if (partial.length > 0) return best(partial);
  const byRole = book.people.filter((p) => p.roles.some((r) => bare(r) === query));
  if (byRole.length > 0) return best(byRole);
  const surname = words[words.length - 1] ?? '';
  const fewer = book.people.filter(
    (p) =>
      words.length > 1 &&
      namesOf(p).includes(surname) &&
      (namesOf(p)[0] ?? '').split(' ').every((w) => words.includes(w)),
  );
  if (fewer.length > 0) return best(fewer);
  const allowance = typoAllowance(query.length);
  if (allowance === 0) return null;
  const distances = book.people.map((p) => Math.min(...namesOf(p).map((f) => editDistance(query, f, allowance))));
  const nearest = Math.min(...distances);
  return nearest > allowance ? null : best(book.people.filter((_, i) => distances[i] === nearest));
}

function referenceCloseness(forms: string[], query: string): number {
  if (query.length === 0) return 0;
  if (forms[0]?.startsWith(query)) return 0;
  if (forms.some((f) => f.startsWith(query) || f.split(' ').some((w) => w.startsWith(query)))) return 1;
  if (forms.some((f) => f.includes(query))) return 2;
  const allowance = typoAllowance(query.length);
  if (allowance === 0) return Infinity;
  let min = Infinity;
  for (const f of forms)
    for (const w of [f, ...f.split(' ')])
      min = Math.min(min, editDistance(query, w, allowance), editDistance(query, w.slice(0, query.length), allowance));
  return min <= allowance ? 3 + min : Infinity;
}

function referenceSpeakers(book: QuoteBook): { person: Person; quotes: number }[] {
  const c = counts(book);
  return book.people
    .filter((p) => (c.get(p.id) ?? 0) > 0)
    .map((person) => ({ person, quotes: c.get(person.id) ?? 0 }))
    .sort((a, b) => b.quotes - a.quotes || byName(a.person, b.person));
}

/** Every quoted person close to the typed text, best first. */
function referenceSuggest(book: QuoteBook, typed: string): { name: string; quotes: number; role: string | null }[] {
  const query = bare(typed);
  return referenceSpeakers(book)
    .map((s, rank) => ({ ...s, rank, score: referenceCloseness(namesOf(s.person), query) }))
    .filter((s) => s.score !== Infinity)
    .sort((a, b) => a.score - b.score || a.rank - b.rank)
    .map((s) => ({ name: s.person.name, quotes: s.quotes, role: s.person.roles[0] ?? null }));
}

/** Every quoted person, nearest first. */
function referenceClosest(book: QuoteBook, typed: string): string[] {
  const query = bare(typed);
  return referenceSpeakers(book)
    .map((s, rank) => {
      const words = namesOf(s.person).flatMap((f) => [f, ...f.split(' ')]);
      const distance = Math.min(...words.map((w) => editDistance(query, w) / Math.max(query.length, w.length, 1)));
      return { s, rank, distance: referenceCloseness(namesOf(s.person), query) === Infinity ? 1 + distance : distance };
    })
    .sort((a, b) => a.distance - b.distance || a.rank - b.rank)
    .map((x) => x.s.person.name);
}

/** What people type: prefixes of every name word, typos of several kinds, substrings, roles, noise. */
function typedTexts(book: QuoteBook, seed: number): string[] {
  const random = rng(seed);
  const texts = new Set<string>(['', 'x', 'zq', 'mr', 'the', 'Mr Nobody', 'qqqqqqqqqqq', 'an an', ...ROLES]);
  for (const person of book.people.slice(0, 40)) {
    const words = person.name.toLowerCase().split(' ');
    for (const w of [...words, person.name.toLowerCase()]) {
      for (let n = 1; n <= Math.min(w.length, 10); n++) texts.add(w.slice(0, n));
      const at = 1 + Math.floor(random() * Math.max(1, w.length - 2));
      texts.add(w.slice(0, at) + w.slice(at + 1));
      texts.add(`${w.slice(0, at)}q${w.slice(at)}`);
      texts.add(w.slice(0, at) + (w[at + 1] ?? '') + (w[at] ?? '') + w.slice(at + 2));
      texts.add(w.slice(1, 6));
    }
    texts.add(`Dr ${words[words.length - 1] ?? ''}`);
    // A full name typed for somebody known by the surname alone (or for nobody of that first name).
    texts.add(`Anna ${words[words.length - 1] ?? ''}`);
    texts.add(person.name.toUpperCase());
  }
  return [...texts];
}

const book = crowd(240, 7);
const typed = typedTexts(book, 11);

describe('speaker lookups on a crowd', () => {
  it('resolve every typed text to the person a scan of everyone finds', () => {
    const got = typed.map((t) => [t, resolveSpeaker(book, t)?.id ?? null]);
    expect(got).toEqual(typed.map((t) => [t, referenceResolve(book, t)]));
    expect(got.filter(([, id]) => id !== null).length).toBeGreaterThan(typed.length / 3);
  });

  it('suggest exactly the scan’s choices for every typed text and limit', () => {
    const close = typed.map((t) => referenceSuggest(book, t));
    for (const limit of [25, 3, 1, 0, 240]) {
      expect(typed.map((t) => [t, suggestSpeakers(book, t, limit)])).toEqual(
        typed.map((t, i) => [t, (close[i] ?? []).slice(0, limit)]),
      );
    }
  });

  it('offers the scan’s closest names for every typed text', () => {
    const sample = typed.filter((_, i) => i % 3 === 0);
    const nearest = sample.map((t) => referenceClosest(book, t));
    for (const limit of [5, 1, 12]) {
      expect(sample.map((t) => [t, closestSpeakers(book, t, limit)])).toEqual(
        sample.map((t, i) => [t, (nearest[i] ?? []).slice(0, limit)]),
      );
    }
  });

  it('lists the quoted people in the scan’s order', () => {
    expect(listSpeakers(book).map((s) => [s.name, s.quotes])).toEqual(
      referenceSpeakers(book).map((s) => [s.person.name, s.quotes]),
    );
  });
});

describe('a full name typed for somebody the articles call by surname only', () => {
  const person = (name: string, aliases: string[]): Person => ({
    id: normalizeName(name),
    name,
    aliases,
    roles: [],
    gender: null,
    kind: 'person',
  });
  const book: QuoteBook = {
    articles: [],
    quotes: [],
    people: [person('Okafor', ['Okafor', 'Mr Okafor', 'PM Okafor']), person('Ruth Vance', ['Ruth Vance', 'Vance'])],
  };

  it('finds the surname-only person under the full name', () => {
    expect(resolveSpeaker(book, 'Daniel Okafor')?.name).toBe('Okafor');
  });

  it('does not give the full name to somebody of that surname with another first name', () => {
    expect(resolveSpeaker(book, 'Paul Varga')).toBeNull();
  });
});
