// Names in a question typed without capitals ("who is the president of france"): the planner cannot tell them from
// case, but the passages retrieved for it can: a word they write capitalised mid-sentence is a name there.
import { analyze } from '../search/fold.ts';
import type { QueryPlan } from '../search/query.ts';
import { PERSON_NOUNS } from './questionWords.ts';

/** Nouns for people, which passages capitalise as titles before names ("Sergeant Ann Hale"): never names here. */
const TITLE_NOUNS: ReadonlySet<string> = new Set(PERSON_NOUNS);

/** A term is a name when at least this share of its mid-sentence occurrences in the passages is capitalised. */
export const CAPITALISED_SHARE = 0.75;

/** Whether the question has no capital letter after its first word (chat users often type so). */
export function isUncased(question: string): boolean {
  const rest = question.replace(/^\W*\p{L}/u, '');
  return !/\p{Lu}/u.test(rest);
}

/**
 * The plan with its terms marked as names where the passages (asked for only then) write them capitalised
 * mid-sentence, for a question without capitals; any other plan as it is. Sentence-initial words say nothing and
 * are not counted. Words are counted by their form, not their stem: a name is not inflected, so the capitalised
 * "Hands" of a group's name says nothing of the question's "hand".
 */
export function withNamesFromPassages(plan: QueryPlan, passages: () => readonly string[]): QueryPlan {
  if (!isUncased(plan.question) || plan.terms.some((t) => t.name)) return plan;
  const counts = new Map<string, { capitalised: number; all: number }>();
  // Read only now: most questions have capitals, and their passages' texts are not needed here.
  for (const text of passages()) {
    for (const token of analyze(text)) {
      if (token.stop) continue;
      const before = text.slice(Math.max(0, token.start - 3), token.start);
      // After a sentence's end, an opening quote or at the very start, a capital is the sentence's, not the word's.
      if (token.start === 0 || /[.!?:"\u201c\u2018(]\s*$/u.test(before)) continue;
      const count = counts.get(token.form) ?? { capitalised: 0, all: 0 };
      count.all++;
      if (/^\p{Lu}/u.test(text.slice(token.start, token.end))) count.capitalised++;
      counts.set(token.form, count);
    }
  }
  let changed = false;
  const terms = plan.terms.map((term) => {
    const count = counts.get(term.form);
    const name =
      !TITLE_NOUNS.has(term.form) &&
      count !== undefined &&
      count.all > 0 &&
      count.capitalised >= CAPITALISED_SHARE * count.all;
    if (name) changed = true;
    return name ? { ...term, name } : term;
  });
  return changed ? { ...plan, terms } : plan;
}
