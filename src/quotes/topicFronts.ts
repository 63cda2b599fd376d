// Where a sentence names the person it is about when that person is not its first words: after a topic front ("For
// shopkeeper NAME, …") or after a fronted phrase and a copula ("Among those at the meeting was NAME, …").
import { isStopWord } from '../corpus/stopwords.ts';
import { DAYS_MONTHS, TOPIC_FRONTS } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** Most lower-case words describing the person between a topic front and the name ("For shopkeeper NAME,"). */
const FRONT_DESCRIPTION_WORDS = 3;

/**
 * Where a name may start after a topic front opening the sentence ("For NAME,", "As for NAME,", "For shopkeeper
 * NAME,": past a few lower-case words that describe the person), or -1 when no front opens it. Each start is a
 * candidate; the caller checks a name stands there.
 */
export function frontedNameStarts(tokens: readonly Token[]): number[] {
  for (const front of TOPIC_FRONTS) {
    if (!front.every((word, k) => tokens[k]?.lower === word)) continue;
    const starts = [front.length];
    for (let k = front.length; k < front.length + FRONT_DESCRIPTION_WORDS; k++) {
      const t = tokens[k];
      if (t?.kind !== 'word' || t.capital || isStopWord(t.lower)) break;
      starts.push(k + 1);
    }
    return starts;
  }
  return [];
}

/** Copulas after which a fronted sentence names its subject ("Among them was NAME"). */
export const INVERTING_COPULAS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are']);

/** Most tokens of the phrase fronted before the copula ("Speaking after the meeting on Tuesday was NAME"). */
const FRONTED_PHRASE_TOKENS = 12;

/**
 * "Among those at the meeting was NAME", "Speaking after the vote was NAME": where the subject starts after a fronted
 * phrase of lower-case words (its first word capitalised as the sentence's, a day or month besides) and a copula, or
 * -1 when the sentence does not open so. The fronted phrase names nobody and holds no punctuation.
 */
export function invertedSubjectStart(tokens: readonly Token[]): number {
  for (let k = 2; k <= FRONTED_PHRASE_TOKENS && k < tokens.length - 1; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word') return -1;
    if (INVERTING_COPULAS.has(t.lower)) return tokens[k + 1]?.capital === true ? k + 1 : -1;
    // ("Speaking on Friday was NAME": a day or month is the only capitalised word the phrase may hold.)
    if (t.capital && !DAYS_MONTHS.has(t.lower)) return -1;
  }
  return -1;
}
