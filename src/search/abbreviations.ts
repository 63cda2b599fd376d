// Abbreviations news sources write in several ways ("U.S.", "US", "United States"; "Sept. 18"), folded onto one
// search term each so sources reporting the same thing match each other.

/** Capitalised initialisms (dots removed) whose search term differs from their lower-case letters: "US" is not "us". */
export const INITIALISMS: ReadonlyMap<string, string> = new Map([
  ['US', 'usa'],
  ['USA', 'usa'],
  ['UK', 'uk'],
  ['UN', 'un'],
  ['EU', 'eu'],
]);

/**
 * Initialisms spelt like a function word: "the WHO said", "its IT division". Written in capitals inside text that
 * is not itself in capitals they name a body or a field, and are searched under these terms; in a capitals-only
 * line ("WHO WE ARE", "IT IS OVER") or typed in lower case they stay function words (see fold.ts).
 */
export const STOP_WORD_INITIALISMS: ReadonlyMap<string, string> = new Map([
  ['WHO', 'who'],
  ['IT', 'it'],
]);

/** Two-word names with a usual initialism, keyed by their lower-case words. */
export const NAME_PAIRS: ReadonlyMap<string, string> = new Map([
  ['united states', 'usa'],
  ['united kingdom', 'uk'],
  ['united nations', 'un'],
  ['european union', 'eu'],
]);

/**
 * Two words that business and news copy also write as an initialism: "chief executive" / "CEO", "third quarter" /
 * "Q3". Unlike NAME_PAIRS the two words stay terms of their own ("who is the chief?" still meets "chief executive")
 * and the initialism's term is added over both, so a question saying one form meets a text saying the other. Keyed
 * by the lower-case words; "chief financial" stands for "chief financial officer", whose "officer" is a term anyway.
 */
export const INITIALISM_PHRASES: ReadonlyMap<string, string> = new Map([
  ['chief executive', 'ceo'],
  ['chief financial', 'cfo'],
  ['chief operating', 'coo'],
  ['chief technology', 'cto'],
  ['first quarter', 'q1'],
  ['second quarter', 'q2'],
  ['third quarter', 'q3'],
  ['fourth quarter', 'q4'],
]);

/** Month abbreviations, expanded only before a day number ("Sept. 18") since "Jan" and "mar" are also words. */
export const MONTHS: ReadonlyMap<string, string> = new Map([
  ['jan', 'january'],
  ['feb', 'february'],
  ['mar', 'march'],
  ['apr', 'april'],
  ['jun', 'june'],
  ['jul', 'july'],
  ['aug', 'august'],
  ['sep', 'september'],
  ['sept', 'september'],
  ['oct', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
]);

/** Honorifics carry no topic: "Mr Rasmussen" and "Rasmussen" are the same query. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'messrs']);

// The nearest word on each side within the same sentence and line.
const WORD_BEFORE = /(\p{L}+)[^\p{L}.!?\n]*$/u;
const WORD_AFTER = /^[^\p{L}.!?\n]*(\p{L}+)/u;
/** How far to look on each side of a word for its neighbours. */
const NEIGHBOUR_REACH = 40;

/**
 * Whether a word at [start, end) is written in capitals among words that are not: the word before or after it in its
 * sentence has a lower-case letter ("the WHO said", "WHO warns"), unlike a headline or menu line in capitals ("WHO
 * WE ARE") or a shout after a sentence in lower case ("Was it over? IT IS OVER").
 */
export function amongLowerCase(text: string, start: number, end: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - NEIGHBOUR_REACH), start))?.[1];
  const after = WORD_AFTER.exec(text.slice(end, end + NEIGHBOUR_REACH))?.[1];
  return [before, after].some((w) => w !== undefined && w !== w.toUpperCase());
}
