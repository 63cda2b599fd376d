// The weight each question term carries in a sentence's share of the question (evidence.ts): its own, except for
// the parts of a hyphenated word, which weigh together as one word.
import { analyze } from '../search/fold.ts';
import type { QueryPlan } from '../search/query.ts';

/**
 * The weight each plan term carries in a share: its own, except that a hyphenated word ("Kestrel-1", "Veloria-Ardania")
 * and its parts, each a term of the plan, weigh together as much as the heaviest of them, shared in proportion to
 * their weights. One word of the question would otherwise weigh three times, and a sentence naming it would cover
 * most of a question that asks about something else ("how deep will the Kestrel-1 drill go?").
 */
export function compoundWeights(plan: QueryPlan): number[] {
  const weights = plan.terms.map((t) => t.weight);
  const indexOf = new Map(plan.terms.map((t, i) => [t.term, i]));
  const tokens = analyze(plan.question).filter((t) => !t.stop && indexOf.has(t.term));
  const grouped = new Set<number>();
  for (const whole of tokens) {
    const group = new Set<number>();
    for (const part of tokens)
      if (part.start >= whole.start && part.end <= whole.end) group.add(indexOf.get(part.term) ?? -1);
    group.delete(-1);
    if (group.size < 2 || [...group].some((i) => grouped.has(i))) continue;
    const members = [...group];
    const sum = members.reduce((total, i) => total + (plan.terms[i]?.weight ?? 0), 0);
    const heaviest = Math.max(...members.map((i) => plan.terms[i]?.weight ?? 0));
    for (const i of members) {
      weights[i] = sum > 0 ? (heaviest * (plan.terms[i]?.weight ?? 0)) / sum : 0;
      grouped.add(i);
    }
  }
  return weights;
}
