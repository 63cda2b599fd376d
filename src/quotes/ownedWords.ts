// Words a possessive's noun of speech brings in with "that": "her statement that “…”", "NAME's claim that “…”" are
// the owner's, whoever else the sentence names (the one rejecting the claim is not its speaker).
import { isOwnedUtterance } from './clauses.ts';
import { lowerAt } from './frames.ts';
import { POSSESSIVE_GENDER } from './pronouns.ts';
import type { Attribution, AttributionContext, QuotePlace } from './ruleTypes.ts';

/** Most tokens from the "that" after the noun to the quote ("her claim that the light was “always on”"). */
const OWNED_CLAUSE_REACH = 12;

/** Possessive pronouns that own a noun of speech, as the owner ("their statement that …"); his and her by gender. */
export const OWNING_PRONOUNS: ReadonlySet<string> = new Set([...POSSESSIVE_GENDER.keys(), 'their']);

/**
 * “The court heard her statement that “the light was on”", "Okafor rejected Ruiz’s claim that “…”": a quote in the
 * "that" clause of a noun of something said or written (isOwnedUtterance) goes to the noun's owner — a his, her or
 * their the reader resolved, or a name, role or body in the possessive — when no speech verb and no other quote
 * stands between the "that" and the quote. Null otherwise.
 */
export function ownerOfWords(context: AttributionContext, { first }: QuotePlace): Attribution | null {
  const state = first.state;
  const tokens = state.sentence.tokens;
  for (let k = first.index - 1; k >= Math.max(0, first.index - OWNED_CLAUSE_REACH); k--) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'quote' || state.cues.some((c) => c.verb === k)) return null;
    if (t.lower !== 'that') continue;
    if (!isOwnedUtterance(lowerAt(tokens, k - 1))) return null;
    const owner = state.slots.find(
      (s) =>
        s.to === k - 1 &&
        s.entity !== null &&
        (s.kind === 'pronoun' ? OWNING_PRONOUNS.has(s.text.toLowerCase()) : tokens[s.to - 1]?.possessive === true),
    );
    if (owner === undefined || owner.entity === null) return null;
    return { speaker: owner.entity, cue: `${owner.text} ${tokens[k - 1]?.text ?? ''} that`, method: 'before' };
  }
  return null;
}
