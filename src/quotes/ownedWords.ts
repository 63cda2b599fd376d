// Words a possessive's noun of speech brings in with "that": "her statement that “…”", "NAME's claim that “…”" are
// the owner's, whoever else the sentence names (the one rejecting the claim is not its speaker).
import { isOwnedUtterance } from './clauses.ts';
import { lowerAt } from './frames.ts';
import type { Attribution, AttributionContext, QuotePlace } from './ruleTypes.ts';

/**
 * "The court heard her statement that “the light was on”", "Okafor rejected Ruiz’s claim that “…”": a quote right
 * after the "that" of a noun of something said or written (isOwnedUtterance) goes to the noun's owner — a his or her
 * the reader resolved, or a name, role or body in the possessive. Only right after: one further on may be what the
 * sentence says of the claim ("called Ruiz’s claim that he slept through it “a fairy tale”"). Null otherwise.
 */
export function ownerOfWords(context: AttributionContext, { first }: QuotePlace): Attribution | null {
  const state = first.state;
  const tokens = state.sentence.tokens;
  const that = first.index - 1;
  if (lowerAt(tokens, that) !== 'that' || !isOwnedUtterance(lowerAt(tokens, that - 1))) return null;
  const owner = state.slots.find(
    (s) => s.to === that - 1 && s.entity !== null && (s.kind === 'pronoun' || tokens[s.to - 1]?.possessive === true),
  );
  if (owner === undefined || owner.entity === null) return null;
  // ("NAME dismissed her warning that “…”": a his or her the reader took for the sentence's own subject is somebody
  // else's words the subject answers, read too loosely to give.)
  if (owner.kind === 'pronoun' && owner.entity === state.subject?.entity) return null;
  return { speaker: owner.entity, cue: `${owner.text} ${tokens[that - 1]?.text ?? ''} that`, method: 'before' };
}
