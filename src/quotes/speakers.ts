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

function namesOf(person: Person): string[] {
  return [person.name, ...person.aliases].map(bare).filter((n) => n.length > 0);
}

/** Quotes a speaker has in listings: one per set of same words, scare quotes left out. */
export function listedCounts(book: QuoteBook): Map<string, number> {
  const groups = new Map<string, Set<number>>();
  for (const q of book.quotes) {
    if (q.speaker === null || q.scare) continue;
    const set = groups.get(q.speaker) ?? new Set<number>();
    set.add(q.group);
    groups.set(q.speaker, set);
  }
  return new Map([...groups].map(([id, set]) => [id, set.size]));
}

function best(candidates: Person[], counts: Map<string, number>): Person | null {
  const sorted = [...candidates].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return sorted[0] ?? null;
}

/** The person a typed name means, or null. */
export function resolveSpeaker(book: QuoteBook, typed: string): Person | null {
  const query = bare(typed);
  if (query.length === 0) return null;
  const counts = listedCounts(book);
  const exact = book.people.filter((p) => namesOf(p).includes(query));
  if (exact.length > 0) return best(exact, counts);
  const words = query.split(' ');
  const partial = book.people.filter((p) => {
    const tokens = bare(p.name).split(' ');
    return words.every((w) => tokens.includes(w));
  });
  if (partial.length > 0) return best(partial, counts);
  const byRole = book.people.filter((p) => p.roles.some((r) => bare(r) === query));
  if (byRole.length > 0) return best(byRole, counts);
  let nearest: Person[] = [];
  let nearestDistance = Infinity;
  const allowance = typoAllowance(query.length);
  if (allowance === 0) return null;
  for (const person of book.people) {
    const forms = namesOf(person);
    const distance = Math.min(...forms.map((f) => editDistance(query, f, allowance)));
    if (distance > allowance) continue;
    if (distance < nearestDistance) {
      nearest = [person];
      nearestDistance = distance;
    } else if (distance === nearestDistance) nearest.push(person);
  }
  return best(nearest, counts);
}

/** How far a typed text is from a person's names: prefix 0, word prefix 1, substring 2, typo 3+, else Infinity. */
function closeness(person: Person, query: string): number {
  const forms = namesOf(person);
  if (query.length === 0) return 0;
  if (forms.some((f) => f.startsWith(query))) return forms[0]?.startsWith(query) ? 0 : 1;
  if (forms.some((f) => f.split(' ').some((w) => w.startsWith(query)))) return 1;
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

function speakersWithQuotes(book: QuoteBook): { person: Person; quotes: number }[] {
  const counts = listedCounts(book);
  return book.people.filter((p) => (counts.get(p.id) ?? 0) > 0).map((person) => ({ person, quotes: counts.get(person.id) ?? 0 }));
}

function byQuotesThenName(a: { person: Person; quotes: number }, b: { person: Person; quotes: number }): number {
  return b.quotes - a.quotes || (a.person.name < b.person.name ? -1 : a.person.name > b.person.name ? 1 : 0);
}

/** Choices for Discord autocomplete: prefix and alias matches first, then typos; most quoted first. */
export function suggestSpeakers(book: QuoteBook, typed: string, limit = 25): { name: string; quotes: number }[] {
  const query = bare(typed);
  return speakersWithQuotes(book)
    .map((s) => ({ ...s, score: closeness(s.person, query) }))
    .filter((s) => s.score !== Infinity)
    .sort((a, b) => a.score - b.score || byQuotesThenName(a, b))
    .slice(0, limit)
    .map((s) => ({ name: s.person.name.slice(0, MAX_CHOICE_NAME), quotes: s.quotes }));
}

/** Known speakers nearest to an unknown typed name, for "did you mean". */
export function closestSpeakers(book: QuoteBook, typed: string, limit = 5): string[] {
  const query = bare(typed);
  const speakers = speakersWithQuotes(book);
  const scored = speakers.map((s) => {
    const forms = namesOf(s.person).flatMap((f) => [f, ...f.split(' ')]);
    const distance = Math.min(...forms.map((f) => editDistance(query, f) / Math.max(query.length, f.length, 1)));
    return { ...s, distance: closeness(s.person, query) === Infinity ? 1 + distance : distance };
  });
  return scored
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
