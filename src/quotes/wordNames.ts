// Words that are names only where they stand: a month that is a given name or a surname ("June Cook", "“…,” May
// said"), a title that is a surname ("Mr Major", "“…,” Bishop said") and an occupation that is one ("Baker said",
// but "Baker Sarah Jones lost her shop"); elsewhere a date, an office or a description.
import { lower } from './capitals.ts';
import {
  DATE_LEADS,
  DAYS_MONTHS,
  GIVEN_NAME_MONTHS,
  OCCUPATION_OPENERS,
  SPEECH_VERBS,
  TITLE_SURNAMES,
} from './lexicon.ts';
import type { Token } from './tokens.ts';

/**
 * "Her mother, June Cook,": a month that is also a given name opens the name when a capitalised word follows it in the
 * run and nothing before it makes a date ("in June", "on 4 June").
 */
export function givenNameMonth(tokens: readonly Token[], at: number, runEnd: number): boolean {
  if (monthBeforeInitial(tokens, at, runEnd)) return true;
  if (!GIVEN_NAME_MONTHS.has(lower(tokens[at])) || at + 1 >= runEnd) return false;
  return !makesDate(tokens[at - 1]);
}

/**
 * "Coach Sunday Adewale", "Chief Monday Ezeh": a day's name after a title, opening a name of more words, is a given
 * name (as West African names often are); no date stands between a title and a surname.
 */
export function dayGivenNameAfterTitle(tokens: readonly Token[], from: number, at: number, runEnd: number): boolean {
  const w = lower(tokens[at]);
  // (Not "Chairman Friday Tom Berg": one surname after the day, closing the run.)
  return at > from && DAYS_MONTHS.has(w) && w.endsWith('day') && at + 2 === runEnd && tokens[at + 1]?.capital === true;
}

/**
 * "Chairman Mar S. Ode": a month's word (or its short form) followed by an initial and a capitalised word is a
 * given name, whatever the month — no date has an initial after its month.
 */
export function monthBeforeInitial(tokens: readonly Token[], at: number, runEnd: number): boolean {
  const w = lower(tokens[at]);
  if (!DAYS_MONTHS.has(w) || w.endsWith('day') || at + 2 >= runEnd) return false;
  return /^\p{Lu}$/u.test(tokens[at + 1]?.text ?? '') && tokens[at + 2]?.capital === true;
}

/** Whether the word before a month makes it a date: a date's lead ("in", "since") or a day's number ("4 June"). */
function makesDate(before: Token | undefined): boolean {
  return before !== undefined && (DATE_LEADS.has(before.lower) || /^\d/u.test(before.text));
}

/** Whether a speech verb stands right after tokens [from, to) or right before them, where a speaker's name stands. */
export function besideSpeechVerb(tokens: readonly Token[], from: number, to: number): boolean {
  return SPEECH_VERBS.has(lower(tokens[to])) || SPEECH_VERBS.has(lower(tokens[from - 1]));
}

/** Honorifics that make a title after them a surname ("Mr Major"). */
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lady', 'lord']);

/** Words before a lone title that keep it a title ("the King said", "a judge said"). */
const ARTICLE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'our', 'its']);

/**
 * "“…,” May said", "said April": a month's name alone (no weekday's) right before or after a speech verb, nothing
 * before it making a date ("in May", "on 4 June"), is a name where a speaker stands (a Ms May, an April).
 */
export function speakingMonth(tokens: readonly Token[], at: number, runEnd: number): boolean {
  const w = lower(tokens[at]);
  if (at !== runEnd - 1 || w.endsWith('day') || makesDate(tokens[at - 1])) return false;
  return besideSpeechVerb(tokens, at, runEnd);
}

/** "Mr Major", "Ms Bishop": whether the title at `at` is a surname (TITLE_SURNAMES) after an honorific. */
export function honorificSurname(tokens: readonly Token[], at: number): boolean {
  return TITLE_SURNAMES.has(lower(tokens[at])) && HONORIFICS.has(lower(tokens[at - 1]));
}

/**
 * "Julie Bishop’s win", "John Major’s memoir": whether the title at `at`, closing a run after other words, is a
 * surname owning what follows (TITLE_SURNAMES): a title owns nothing before the name it heads.
 */
export function possessedTitleSurname(tokens: readonly Token[], from: number, at: number): boolean {
  return at > from && tokens[at]?.possessive === true && TITLE_SURNAMES.has(lower(tokens[at]));
}

/** "Said, who lives nearby, told …": whether a relative clause about a person opens right after token `at`. */
export function beforeRelativeClause(tokens: readonly Token[], at: number): boolean {
  return tokens[at + 1]?.text === ',' && lower(tokens[at + 2]) === 'who';
}

/** "“…,” Bishop said": whether the title at `at` is a surname alone where a speaker stands, no article before it. */
export function speakingTitleSurname(tokens: readonly Token[], at: number): boolean {
  return (
    TITLE_SURNAMES.has(lower(tokens[at])) &&
    !ARTICLE_WORDS.has(lower(tokens[at - 1])) &&
    besideSpeechVerb(tokens, at, at + 1)
  );
}

/** A family description written as one word ("mother-of-two", "father-of-three", "grandmother-of-six"). */
const FAMILY_DESCRIPTION = /^\p{L}+-of-\p{L}+$/u;

/** Whether a word is a family description written as one word ("mum-of-two", "grandfather-of-six"). */
export function isFamilyDescription(word: string): boolean {
  // The infix first: the expression ran for every word read as a possible role head.
  return word.includes('-of-') && FAMILY_DESCRIPTION.test(word);
}

/**
 * Whether a capitalised word opening a run before a full name describes the person rather than starting the name:
 * an occupation (OCCUPATION_OPENERS: "Baker Sarah Jones") or a family description ("Mother-of-two Sarah Jones").
 */
export function describesPerson(word: string): boolean {
  return OCCUPATION_OPENERS.has(word) || STANDING_OPENERS.has(word) || isFamilyDescription(word);
}

/** A candidate's standing written before a full name ("Independent Ann Hale topped the poll"): no part of it. */
export const STANDING_OPENERS: ReadonlySet<string> = new Set(['independent']);

/** Two or three capitals written as one word: initials without stops ("RS"), or a body's letters ("NHS"). */
export function isStoplessInitials(word: string): boolean {
  return /^\p{Lu}{2,3}$/u.test(word);
}

/**
 * "RS Mehta said", "Gen KP Okafor": initials written without stops (two or three capitals) opening a name of two words,
 * where a speech verb stands beside it or a title or role opens its run (`from` < `at`). Elsewhere two or three
 * capitals before a word are a body's letters ("BBC Scotland"); the article's evidence drops initials it also writes
 * alone (evidence.ts).
 */
export function initialsBeforeSurname(tokens: readonly Token[], from: number, at: number, runEnd: number): boolean {
  const surname = tokens[at + 1];
  if (runEnd - at !== 2 || !isStoplessInitials(tokens[at]?.text ?? '') || surname === undefined) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(surname.text) || surname.possessive === true) return false;
  return from < at || besideSpeechVerb(tokens, at, runEnd);
}
