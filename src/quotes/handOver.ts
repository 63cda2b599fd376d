// A reported speech verb that hands the quote straight over: "NAME testified that NAME told her at the last trial,
// “…”" — the quote is the reported speaker's words, where "said the mayor had asked him to speak, “…”" keeps them the
// reporting speaker's.
import { lowerAt } from './frames.ts';
import type { Cue } from './clauses.ts';
import { SUBJECT_PRONOUNS } from './pronouns.ts';
import type { Token } from './tokens.ts';

/** Objects a reported speech verb may take before handing its quote over ("told him, “…”"). */
export const HANDED_OBJECTS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us']);

/** Prepositions that open an adverbial between the verb and the quote ("told her at the last trial, “…”"). */
export const HANDING_ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([
  'during',
  'at',
  'in',
  'on',
  'after',
  'before',
  'over',
]);

/** Words that give a verb a complement of its own, so the quote after is not what it says. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['that', 'to', 'if', 'whether', 'about', 'what', 'how', 'why']);

/** Most tokens of that adverbial. */
const ADVERBIAL_TOKENS = 6;

/**
 * Whether the speech verb of `inner` hands the quote at `quote` over: after it only an object pronoun, an adverbial
 * a preposition opens, and a comma or colon right before the quote, with nothing that gives the verb a complement.
 */
export function handsQuoteOver(tokens: Token[], inner: Cue, quote: number): boolean {
  let k = inner.verbEnd;
  if (HANDED_OBJECTS.has(lowerAt(tokens, k))) k++;
  if (HANDING_ADVERBIAL_OPENERS.has(lowerAt(tokens, k))) {
    const end = Math.min(quote - 1, k + ADVERBIAL_TOKENS);
    const adverbial = (t: Token | undefined): boolean =>
      t?.kind === 'word' && !CLAUSE_WORDS.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower);
    while (k < end && adverbial(tokens[k])) k++;
  }
  // (A quote opening in lower case goes on with the writer's sentence: "… told him at lunch she would quit, “and …”".)
  const opensSentence = /^[“"‘']?\p{Lu}/u.test(tokens[quote]?.text ?? '');
  return opensSentence && k === quote - 1 && (tokens[k]?.text === ',' || tokens[k]?.text === ':');
}
