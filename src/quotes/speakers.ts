// Finding the person a typed name means: canonical name, alias, role, accents and case ignored, a typo forgiven;
// plus the speaker list and the autocomplete suggestions built on the same matching.
import type { QuoteBook } from './book.ts';
import { editDistance, normalizeName, typoAllowance } from './match.ts';
import type { Person } from './people.ts';

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|sir|dame|prof|the)\s+/u;
/** Discord rejects choice names longer than this. */
export const MAX_CHOICE_NAME = 100;

function bare(text: string): string {
  return normalizeName(text).replace(HONORIFIC, '');
}

/** Normalised names and listed quote counts, computed once per book (books are immutable). */
interface SpeakerIndex {
  names: Map<string, string[]>;
  counts: Map<string, number>;
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

function indexOf(book: QuoteBook): SpeakerIndex {
  let index = indexes.get(book);
  if (!index) {
    const names = new Map(book.people.map((p) => [p.id, [p.name, ...p.aliases].map(bare).filter((n) => n.length > 0)]));
    index = { names, counts: countListed(book) };
    indexes.set(book, index);
  }
  return index;
}

/** Quotes a speaker has in listings: one per set of same words, scare quotes left out. */
export function listedCounts(book: QuoteBook): Map<string, number> {
  return indexOf(book).counts;
}

function best(candidates: Person[], counts: Map<string, number>): Person | null {
  const sorted = [...candidates].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return sorted[0] ?? null;
}

/** The person a typed name means, or null. */
export function resolveSpeaker(book: QuoteBook, typed: string): Person | null {
  const query = bare(typed);
  if (query.length === 0) return null;
  const { names, counts } = indexOf(book);
  const namesOf = (p: Person): string[] => names.get(p.id) ?? [];
  const exact = book.people.filter((p) => namesOf(p).includes(query));
  if (exact.length > 0) return best(exact, counts);
  const words = query.split(' ');
  const partial = book.people.filter((p) => {
    const tokens = (namesOf(p)[0] ?? '').split(' ');
    return words.every((w) => tokens.includes(w));
  });
  if (partial.length > 0) return best(partial, counts);
  const byRole = book.people.filter((p) => p.roles.some((r) => bare(r) === query));
  if (byRole.length > 0) return best(byRole, counts);
  const allowance = typoAllowance(query.length);
  if (allowance === 0) return null;
  let nearest: Person[] = [];
  let nearestDistance = Infinity;
  for (const person of book.people) {
    const distance = Math.min(...namesOf(person).map((f) => editDistance(query, f, allowance)));
    if (distance > allowance) continue;
    if (distance < nearestDistance) {
      nearest = [person];
      nearestDistance = distance;
    } else if (distance === nearestDistance) nearest.push(person);
  }
  return best(nearest, counts);
}

/** How far a typed text is from a person's names: prefix 0, word prefix 1, substring 2, typo 3+, else Infinity. */
function closeness(forms: string[], query: string): number {
  if (query.length === 0) return 0;
  if (forms[0]?.startsWith(query)) return 0;
  if (forms.some((f) => f.startsWith(query) || f.split(' ').some((w) => w.startsWith(query)))) return 1;
  if (forms.some((f) => f.includes(query))) return 2;
  const allowance = typoAllowance(query.length);
  if (allowance === 0) return Infinity;
  let min = Infinity;
  for (const f of forms) {
    for (const w of [f, ...f.split(' ')]) {
      const d = Math.min(editDistance(query, w, allowance), editDistance(query, w.slice(0, query.length), allowance));
      min = Math.min(min, d);
    }
  }
  return min <= allowance ? 3 + min : Infinity;
}

interface Speaker {
  person: Person;
  forms: string[];
  quotes: number;
}

function speakersWithQuotes(book: QuoteBook): Speaker[] {
  const { names, counts } = indexOf(book);
  return book.people.filter((p) => (counts.get(p.id) ?? 0) > 0).map((person) => ({ person, forms: names.get(person.id) ?? [], quotes: counts.get(person.id) ?? 0 }));
}

function byQuotesThenName(a: Speaker, b: Speaker): number {
  return b.quotes - a.quotes || (a.person.name < b.person.name ? -1 : a.person.name > b.person.name ? 1 : 0);
}

/** Choices for Discord autocomplete: prefix and alias matches first, then typos; most quoted first. */
export function suggestSpeakers(book: QuoteBook, typed: string, limit = 25): { name: string; quotes: number }[] {
  const query = bare(typed);
  return speakersWithQuotes(book)
    .map((s) => ({ ...s, score: closeness(s.forms, query) }))
    .filter((s) => s.score !== Infinity)
    .sort((a, b) => a.score - b.score || byQuotesThenName(a, b))
    .slice(0, limit)
    .map((s) => ({ name: s.person.name.slice(0, MAX_CHOICE_NAME), quotes: s.quotes }));
}

/** Known speakers nearest to an unknown typed name, for "did you mean". */
export function closestSpeakers(book: QuoteBook, typed: string, limit = 5): string[] {
  const query = bare(typed);
  return speakersWithQuotes(book)
    .map((s) => {
      const words = s.forms.flatMap((f) => [f, ...f.split(' ')]);
      const distance = Math.min(...words.map((f) => editDistance(query, f) / Math.max(query.length, f.length, 1)));
      return { ...s, distance: closeness(s.forms, query) === Infinity ? 1 + distance : distance };
    })
    .sort((a, b) => a.distance - b.distance || byQuotesThenName(a, b))
    .slice(0, limit)
    .map((s) => s.person.name);
}

/** Every person quoted at least once, most quoted first. */
export function listSpeakers(book: QuoteBook): { name: string; aliases: string[]; quotes: number }[] {
  return speakersWithQuotes(book)
    .sort(byQuotesThenName)
    .map(({ person, quotes }) => ({ name: person.name, aliases: person.aliases.filter((a) => a !== person.name), quotes }));
}
