// What a counting question says happened to what it counts: "how many people have been killed" counts the killed,
// and a sentence counting people who fled does not answer it, though "240,000 people" counts the question's noun.
import { analyze } from '../search/fold.ts';

/**
 * The shapes of a counting question that put a verb after the counted noun, the verb captured: a passive or perfect
 * participle ("how many homes were destroyed", "how many people have been killed"). Only a participle (-ed, -en):
 * "how many tickets did it sell" may be answered by "ticket sales", which says no verb.
 */
export const COUNTED_VERB_PATTERNS: readonly RegExp[] = [
  /\bhow many\s+(?:[\p{L}'’-]+\s+){1,3}?(?:have|has|had|were|was|are|is|will)\s+(?:been\s+|be\s+)?(\p{L}+(?:ed|en))\b/iu,
];

/** The search term of the verb a counting question says of what it counts, or null when it says none. */
export function countedVerbOf(question: string): string | null {
  for (const pattern of COUNTED_VERB_PATTERNS) {
    const verb = pattern.exec(question)?.[1];
    const term = verb === undefined ? undefined : analyze(verb).find((t) => !t.stop)?.term;
    if (term !== undefined) return term;
  }
  return null;
}

/** The noun a counting question counts, right after its question words: "how many changes", "what number of seats". */
export const COUNTED_NOUN_PATTERN = /\b(?:how many|what (?:number|total) of)\s+([\p{L}'’-]+)/iu;

/**
 * The search term of the noun a counting question counts ("chang" of "how many changes"), or null. A sentence may
 * say it as a verb with the count as its object ("changed ten players"), which answerType.ts reads as counting it.
 */
export function countedNounOf(question: string): string | null {
  const noun = COUNTED_NOUN_PATTERN.exec(question)?.[1];
  return (noun === undefined ? undefined : analyze(noun).find((t) => !t.stop)?.term) ?? null;
}
