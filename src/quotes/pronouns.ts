// Pronouns as attribution reads them: he/she and the gender they carry, his/her before something said ("Her
// response:"), and whether a quote speaks of a person rather than as them (first person or third).
import type { Gender } from './names.ts';
import { normalizeName } from './match.ts';
import type { Slot } from './slots.ts';
import type { Token } from './tokens.ts';
import { ASKED_ABOUT, ASKED_OPENERS, QUESTION_VERBS } from './lexicon.ts';

export const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);
/** Pronouns only ever a subject: one of them heads the clause a verb after "and" is joined to. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/** Pronouns an organisation speaks through ("The ministry said … It added: “…”", "“…,” they said"): never a person. */
export const ORGANISATION_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they']);
/** Words a speaker uses of themselves; a quote with none of them but with "he" speaks of somebody else. */
export const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);

/** Words a speaker uses of themselves alone; a body speaks of itself as "we" ("We are sorry"). */
export const FIRST_PERSON_SINGULAR: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself']);
export const OBJECT_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['him', 'male'],
  ['his', 'male'],
  ['her', 'female'],
]);
/** Possessive pronouns, read as a speaker only before something said: "Her response:", "His verdict:". */
export const POSSESSIVE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['his', 'male'],
  ['her', 'female'],
]);

/**
 * Forms of address a possessive pronoun makes a reference to one person, as courts and courts of state use them:
 * "her Honour said" is the judge speaking, "his Excellency added" the ambassador, "His Majesty said" the king.
 */
export const ADDRESS_FORMS: ReadonlySet<string> = new Set([
  'honour',
  'honor',
  'lordship',
  'ladyship',
  'excellency',
  'worship',
  'majesty',
  'highness',
]);

/** Forms of address that only a royal is called by: "His Majesty", "Her Royal Highness". */
export const ROYAL_ADDRESS_FORMS: ReadonlySet<string> = new Set(['majesty', 'highness']);

/** Titles and role words of a royal, one of which a person a royal form of address stands for must be known by. */
export const ROYAL_TITLES: ReadonlySet<string> = new Set([
  ...['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'monarch', 'sultan', 'emir', 'oba'],
]);

/** Whether one of a person's roles or titles (as written) holds a word of ROYAL_TITLES. */
export function royallyTitled(roles: readonly string[]): boolean {
  return roles.some((r) =>
    normalizeName(r)
      .split(' ')
      .some((w) => ROYAL_TITLES.has(w)),
  );
}

/** Capitalised words between the pronoun and its form of address ("Her Royal Highness", "His Imperial Majesty"). */
export const ADDRESS_FORM_MODIFIERS: ReadonlySet<string> = new Set(['royal', 'imperial', 'serene']);

/** A verb contracted onto a pronoun ("I'd", "I'm", "we've", "I'll", "we're"), as normalised words write it. */
export const CONTRACTED_VERB = /'(?:d|m|ve|ll|re)$/u;

/**
 * Whether quoted words speak of a person rather than as them: they name the person (a word of one of `names`), or
 * they say "he"/"him"/"his" ("she"/"her") fitting the person's `gender` and no "I" or "we" ("I'd", "we've" too) —
 * people speak of themselves in the first person.
 */
export function speaksOf(quoted: string, names: readonly string[], gender: Gender | null, byPronoun = true): boolean {
  const own = new Set(names.flatMap((n) => normalizeName(n).split(' ')).filter((w) => w.length > 2));
  const words = normalizeName(quoted).split(' ');
  if (words.some((w) => own.has(w))) return true;
  if (!byPronoun) return false;
  if (words.some((w) => FIRST_PERSON.has(w.replace(CONTRACTED_VERB, '')))) return false;
  return words.some((w) => {
    const third = PRONOUN_GENDER.get(w) ?? OBJECT_GENDER.get(w);
    return third !== undefined && (gender === null || gender === third);
  });
}

/**
 * Whether the sentence opens with a word of being asked (ASKED_OPENERS: "Asked", "Pressed", "Quizzed") and a word of
 * what about ("Asked about …", "Pressed on whether …": ASKED_ABOUT).
 */
export function opensAskedAbout(tokens: readonly Token[]): boolean {
  return ASKED_OPENERS.has(tokens[0]?.lower ?? '') && ASKED_ABOUT.has(tokens[1]?.lower ?? '');
}

/**
 * Where the opening clause of a sentence that opens with a word of being asked ends (its first comma), or -1 when it
 * does not open so: "Pressed on whether the players had threatened to strike, NAME was firm:" — a speech verb inside
 * it is what was asked, no one's cue.
 */
export function askedAboutEnd(tokens: readonly Token[]): number {
  return opensAskedAbout(tokens) ? tokens.findIndex((t) => t.text === ',') : -1;
}

/** Words that open a sentence before its clause: "But asked whether …". */
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'then']);

/**
 * Where a sentence's opening participial clause ends (its comma), or -1: "Asked whether Lund would travel, he
 * said", "Addressing Pollard directly, she said", "After meeting the mayor, he said". The clause has no subject of its
 * own: the people it names are whom the main clause's subject asked or addressed, never that subject.
 */
/**
 * "Asked", "Pressed", "Addressing": a word opening a participial clause (ASKED_OPENERS, or a word in -ing; a module
 * function: see bodyNounEnd in sentenceEvidence.ts).
 */
function isParticiple(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || SOURCE_OPENERS.has(t.lower)) return false;
  return ASKED_OPENERS.has(t.lower) || (/ing$/u.test(t.lower) && t.lower.length > 4);
}

/**
 * Words in -ing that open a clause giving the source of what the sentence says, not whom its subject acted on:
 * "According to Lund, the fund is open to anyone, a step he called overdue" — Lund may well be "he".
 */
export const SOURCE_OPENERS: ReadonlySet<string> = new Set(['according']);

export function participialOpeningEnd(tokens: readonly Token[]): number {
  let k = 0;
  while (tokens[k]?.kind === 'word' && OPENING_CONJUNCTIONS.has(tokens[k]?.lower ?? '')) k++;
  const first = tokens[k];
  if (first?.kind !== 'word') return -1;
  const opens =
    isParticiple(first) ||
    (['after', 'before', 'while', 'when', 'on', 'since'].includes(first.lower) && isParticiple(tokens[k + 1]));
  if (!opens) return -1;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t?.kind === 'quote') return -1;
    if (t?.text === ',') return appositiveEnd(tokens, j) ?? j;
  }
  return -1;
}

/** Words opening a clause of time before the sentence's subject ("When the judge asked whether …, she answered"). */
export const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'after', 'as']);

/**
 * Where a sentence's opening clause of time in which somebody asks something of a he or she ends (its comma), or -1:
 * "When Judge NAME asked whether she followed the charge, she replied" — the asker is not whom the main clause's he or
 * she stands for.
 */
export function askingOpeningEnd(tokens: readonly Token[]): number {
  let k = 0;
  while (tokens[k]?.kind === 'word' && OPENING_CONJUNCTIONS.has(tokens[k]?.lower ?? '')) k++;
  if (!TIME_CLAUSE_OPENERS.has(tokens[k]?.lower ?? '')) return -1;
  // (Only with a he or she after the question's verb, the one asked: "When Hale asked the board to resign, he said"
  // is Hale.)
  let asked = false;
  let askedOf = false;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t?.kind === 'quote') return -1;
    if (t?.kind === 'word' && QUESTION_VERBS.has(t.lower)) asked = true;
    // (A he or she after the question's verb is the one asked: "asked whether she followed".)
    else if (asked && t?.kind === 'word' && PRONOUN_GENDER.has(t.lower)) askedOf = true;
    if (t?.text === ',') return askedOf ? j : -1;
  }
  return -1;
}

/** Most words of a role and name set off after an opening clause ("…, left-back Carla Ode, the captain said"). */
const OPENING_APPOSITIVE_WORDS = 6;

/**
 * Where a name set off after the comma at `comma` ends, when it is an appositive of the opening clause's last noun:
 * a role in lower case, then the name, then a comma ("Asked about her sister, left-back Carla Ode, the captain
 * laughed"). Null for anything else ("…, the captain, Ana Ruiz, laughed" sets off the subject's name).
 */
function appositiveEnd(tokens: readonly Token[], comma: number): number | null {
  const opener = tokens[comma + 1];
  if (opener?.kind !== 'word' || !/^\p{Ll}/u.test(opener.text)) return null;
  for (let j = comma + 2; j <= comma + OPENING_APPOSITIVE_WORDS + 1 && j < tokens.length; j++) {
    const t = tokens[j];
    if (t?.text === ',') return tokens[j - 1]?.capital === true ? j : null;
    if (t?.kind !== 'word') return null;
  }
  return null;
}

/**
 * "Brindle, the oldest man on the bill, walked off soaked: “…,” he said": a sentence opening with a capitalised
 * word nobody knows, set off by an appositive of a person ("the oldest man"), is about that
 * person; a he or she later in the sentence is them, not somebody named before.
 */
export function opensWithUnknownPerson(tokens: readonly Token[], slots: readonly Slot[], before: number): boolean {
  const opener = slots.find((s) => s.from === 0);
  if (opener === undefined || opener.kind !== 'other' || opener.entity !== null || opener.to >= before) return false;
  if (tokens[opener.to]?.text !== ',') return false;
  const appositive = slots.find((s) => s.from === opener.to + 1);
  return (
    appositive !== undefined && (appositive.kind === 'desc' || appositive.kind === 'role') && appositive.to < before
  );
}
