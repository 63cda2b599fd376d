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
