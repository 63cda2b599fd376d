// A phrase quoted inside a sentence, credited by the sentence after it to whoever used it first ("… were “a thing we
// have put behind us”. That phrase was used by NAME."): a credit rule of its own, tried before a clause's subject.
import { wordsAt } from './frames.ts';
import { creditedName } from './creditRules.ts';
import type { Attribution, AttributionContext, QuotePlace } from './ruleTypes.ts';
import type { Token } from './tokens.ts';

/** Words opening the crediting sentence before its noun ("That phrase", "The words"). */
export const USED_BY_OPENERS: ReadonlySet<string> = new Set(['that', 'the', 'this', 'those', 'these']);

/** Nouns of a quoted phrase that the crediting sentence says somebody used ("That phrase was used by"). */
export const USED_PHRASE_NOUNS: ReadonlySet<string> = new Set([
  ...['phrase', 'term', 'expression', 'words', 'word', 'line', 'description', 'label', 'slogan'],
]);

/** How somebody used a phrase, after "was" or "were" and before "by" ("was coined by", "were first used by"). */
export const USED_BY_FORMS: readonly string[][] = [
  'was used by',
  'were used by',
  'was first used by',
  'were first used by',
  'was coined by',
].map((f) => f.split(' '));

/** Where the name may start after "That phrase was used by" opening `tokens`; -1 when no such frame opens them. */
export function usedByEnd(tokens: readonly Token[]): number {
  if (!USED_BY_OPENERS.has(tokens[0]?.lower ?? '') || !USED_PHRASE_NOUNS.has(tokens[1]?.lower ?? '')) return -1;
  const form = USED_BY_FORMS.find((f) => wordsAt(tokens, 2, f));
  return form === undefined ? -1 : 2 + form.length;
}

/**
 * “…” quoted inside a sentence, then "That phrase was used by NAME …" opening the next sentence of its paragraph or
 * the first of the next paragraph: the quote is NAME's.
 */
export function usedByBelow(context: AttributionContext, place: QuotePlace): Attribution | null {
  const own = place.last.state.sentence;
  const state = context.states[own.index + 1];
  if (state === undefined || state.sentence.kind !== 'body' || state.sentence.paragraph > own.paragraph + 1)
    return null;
  const end = usedByEnd(state.sentence.tokens);
  return end === -1 ? null : creditedName(context.article, state, 0, end, true);
}
