// Whether a role phrase fits a person's known roles: the words that say which position it is ("the former
// Danish prime minister" → danish prime minister), a country named on both sides the same, abbreviations spelt out.
import { ROLE_ABBREVIATIONS, sameRoleWord, samePositionWord } from './lexicon.ts';
import {
  HOLDING_MODIFIERS,
  isNationality,
  NATIONALITIES_WITHIN,
  NATIONALITY_NOUN_ADJECTIVES,
  OTHER_POSITION_MODIFIERS,
} from './roleLexicon.ts';
import { normalizeName } from './match.ts';
import { demonymBases, isPlaceName } from './places.ts';
import { isRoleHead } from './rolePhrases.ts';
import { irregularDemonym } from '../search/demonyms.ts';

const DESCRIPTION_NOISE = new Set([
  'former',
  'new',
  'current',
  'incoming',
  'outgoing',
  'then',
  'top',
  'late',
  'our',
  'their',
  'its',
  'his',
  'her',
  'the',
  'a',
  'an',
  'this',
  'that',
]);

/** The words of a role or description that say which position it is, abbreviations spelt out ("PM"). */
export function significantTokens(text: string): string[] {
  return normalizeName(text)
    .split(' ')
    .flatMap((t) => ROLE_ABBREVIATIONS.get(t)?.split(' ') ?? [t])
    .filter((t) => t.length > 0 && !DESCRIPTION_NOISE.has(t));
}

/** The head of a role's words: the role noun before any "of" ("secretary of state"), else the last; undefined if none. */
export function roleHeadWord(words: readonly string[]): string | undefined {
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  return head !== undefined && isRoleHead(head) ? head : undefined;
}

export function tokenMatches(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/** Country abbreviations that qualify a role ("the US president") without saying which position it is. */
const COUNTRY_ABBREVIATIONS = new Set(['us', 'uk', 'eu', 'un', 'uae']);

/**
 * Whether a word before a role's head only says whose country it is ("the German chancellor", "the US
 * president"): a nationality, a country or its abbreviation. The head itself always counts.
 */
export function nationalQualifier(word: string): boolean {
  return (
    COUNTRY_ABBREVIATIONS.has(word) || isPlaceName(word) || /(?:an|ese|ish|ch|i)$/u.test(word) || isNationality(word)
  );
}

export function roleMatches(description: string[], role: string): boolean {
  // ("the CTO said" of a "Chief technology officer": a role written as its initials.)
  if (description.length === 1 && initialsOf(role) === description[0]) return true;
  const roleTokens = significantTokens(role);
  // "the housing secretary" is not the person known as "shadow housing secretary".
  if (roleTokens.some((r) => OTHER_POSITION_MODIFIERS.has(r) && !HOLDING_MODIFIERS.has(r) && !description.includes(r)))
    return false;
  const last = description.length - 1;
  // "the British prime minister" is not the person known as "Australian Prime Minister": a country named on both
  // sides must be the same one.
  const countries = (words: string[], end: number): string[] => words.filter((w, i) => i < end && nationalQualifier(w));
  const own = countries(roleTokens, roleTokens.length - 1);
  const asked = countries(description, last);
  if (own.length > 0 && asked.some((d) => !own.some((r) => isPeopleOf(d, r)))) return false;
  // "the Danish minister" is not "Norway's trade minister": a place's possessive owning the role is its country.
  const owner = possessiveOwner(role);
  if (owner !== null && asked.some((d) => !isPeopleOf(d, owner))) return false;
  // The head may name the position in other words when words before it say whose ("the Kingsbridge boss" for the
  // Kingsbridge manager); a bare "the boss" is left to the subject it follows (coreference's compatibleSubject).
  // Only the role's own head may be named in other words: "the CEO" (chief executive) is not the chief financial
  // officer, whose "chief" is no head.
  // "head of product safety": a remit after "of" or "for" follows the role's head.
  const written = normalizeName(role).split(' ');
  const remit = written.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const head = remit > 0 ? written[remit - 1] : roleTokens[roleTokens.length - 1];
  // ("The coach's wife, NAME, …": the head of the description must be the role's own, not its owner's; "the coach
  // said" is not the coach's wife. Words before the head may name the owner: "the Acme chief executive".)
  const heldTokens = significantTokens(heldPart(role));
  const fits = (d: string, i: number): boolean =>
    (i === last ? heldTokens : roleTokens).some((r) => tokenMatches(d, r)) ||
    (i === last && head !== undefined && (last > 0 ? sameRoleWord(d, head) : samePositionWord(d, head))) ||
    (i === last && last > 0 && LEADER_WORDS.has(d) && leadsGovernment(written));
  return description.length > 0 && description.every((d, i) => fits(d, i) || (i < last && nationalQualifier(d)));
}

/** Words a qualified description calls a head of government by ("the Velmir leader", "the French leader"). */
export const LEADER_WORDS: ReadonlySet<string> = new Set(['leader']);

/** Offices of a head of government or state, in lower case, that a qualified "leader" may stand for. */
export const GOVERNMENT_HEAD_OFFICES: readonly string[] = [
  ...['prime minister', 'premier', 'president', 'chief minister', 'first minister', 'chancellor', 'taoiseach'],
];

/**
 * Whether a role's words (normalised) hold one of GOVERNMENT_HEAD_OFFICES. (A deputy's or a vice's office is no
 * head's: roleMatches turns those away before, OTHER_POSITION_MODIFIERS.)
 */
function leadsGovernment(written: readonly string[]): boolean {
  const text = ` ${written.join(' ')} `;
  return GOVERNMENT_HEAD_OFFICES.some((office) => text.includes(` ${office} `));
}

/** A role's own words, after the last possessive in it, its owner's ("wife" of "The coach's wife"); else the role. */
function heldPart(role: string): string {
  const owned = /^.*['’]s\s+(.+)$/su.exec(role);
  return owned?.[1] ?? role;
}

/**
 * The place whose possessive opens a role ("Norway" of "Norway's trade minister"), lower-cased, or null: a club's,
 * a firm's or a person's possessive ("Chelsea's manager", "Hale's spokesman") says nothing of nationality.
 */
function possessiveOwner(role: string): string | null {
  const owner = /^(?:the\s+)?(\p{Lu}[\p{L}-]*)['’]s\s/u.exec(role)?.[1];
  return owner === undefined || !isPlaceName(owner) ? null : owner.toLowerCase();
}

/** Whether a people's adjective or a country's name ("estravan", "french", "us") is of the place `place` names. */
function isPeopleOf(word: string, place: string): boolean {
  return (
    tokenMatches(word, place) ||
    demonymBases([word]).has(place) ||
    irregularDemonym(word) === place ||
    irregularDemonym(place) === word
  );
}

/** The nationalities words say (as adjectives): "irishman" and "irish" are both Irish. */
export function nationalitiesIn(words: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const word of words) {
    const adjective = NATIONALITY_NOUN_ADJECTIVES.get(word);
    if (adjective !== undefined) found.add(adjective);
    else if (isNationality(word)) found.add(word);
  }
  return found;
}

/**
 * Whether a role phrase fits a person with these roles and nationalities (as adjectives): one of the roles matches it
 * (roleMatches), and the phrase gives no nationality when the person is known by others only ("the Turkish coach" is
 * not the head coach called "the Irishman", nor the "Irish head coach").
 */
export function fitsRoles(
  description: string[],
  roles: readonly string[],
  nationalities: readonly string[] = [],
): boolean {
  if (!roles.some((r) => roleMatches(description, r))) return false;
  const asked = nationalitiesIn(description);
  if (asked.size === 0) return true;
  const known = nationalitiesIn([...roles.flatMap((r) => significantTokens(r)), ...nationalities]);
  return known.size === 0 || [...asked].some((n) => [...known].some((k) => sameNationality(n, k)));
}

/** Whether two nationalities can be one person's: the same, or one holding the other (NATIONALITIES_WITHIN). */
function sameNationality(a: string, b: string): boolean {
  return a === b || NATIONALITIES_WITHIN.get(a)?.has(b) === true || NATIONALITIES_WITHIN.get(b)?.has(a) === true;
}

/** Fewest words of a role whose initials may stand for it ("CTO"; not "MD" for any "managing director"). */
const INITIALLED_ROLE_WORDS = 3;

/** The initials of a role's words, in lower case ("cto" of "Chief technology officer"), or "" when it is short. */
function initialsOf(role: string): string {
  const words = normalizeName(role)
    .split(' ')
    .filter((w) => w.length > 0 && w !== 'of' && w !== 'the' && w !== 'and');
  return words.length >= INITIALLED_ROLE_WORDS ? words.map((w) => w[0]).join('') : '';
}

export function isPlural(head: string): boolean {
  return /[^s]s$/u.test(head) && !['ambassador', 'chief'].includes(head);
}
