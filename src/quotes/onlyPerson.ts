// The one person a sentence of the writer's names, in any place, for a paragraph of quotation right under it
// ("The radiogram belongs to NAME, who inherited it from her father." ¶ "“…”").
import { mainCue, type SentenceState } from './clauses.ts';
import type { Attribution, AttributionContext } from './ruleTypes.ts';
import { lowerAt } from './frames.ts';
import { isOrganisationName } from './organisations.ts';
import { isPlaceName } from './places.ts';
import { isTermQuoted } from './contextRules.ts';

/**
 * The one person a sentence with no speech verb and no quote refers to, by name or by a he or she the reader
 * resolved ("… This is her first restaurant."), when it refers to nobody else: no other person, no name it does not
 * know, and no subject of a role or description left unresolved ("Her lawyer was blunt"). Null otherwise.
 */
export function onlyPersonOf(before: SentenceState, context: AttributionContext): Attribution | null {
  const { tokens } = before.sentence;
  if (mainCue(before) !== null || tokens.some((t) => t.kind === 'quote' && !isTermQuoted(t.text))) return null;
  const subject = before.subject;
  // ("– NAME borrows a film's tagline." ¶ "“…”": a list item a dash opens may quote anything.)
  if (subject === null && tokens[0]?.kind !== 'word') return null;
  if (subject !== null && subject.entity === null && (subject.kind === 'role' || subject.kind === 'desc')) return null;
  const person = (id: string): boolean => context.people?.people.get(id)?.kind === 'person';
  const people = new Set<string>();
  for (const slot of before.slots) {
    if (slot.kind === 'name' && slot.entity === null) return null;
    // (A capitalised run of several words the corpus does not know may be somebody else: "bought it from Tom Ode".)
    const words = slot.text.split(' ');
    const unknown =
      slot.kind === 'other' &&
      words.length > 1 &&
      lowerAt(tokens, slot.from - 1) !== 'the' &&
      !isPlaceName(slot.text) &&
      !isOrganisationName(words);
    if (unknown) return null;
    if (slot.entity !== null && person(slot.entity)) people.add(slot.entity);
  }
  const [only] = people;
  if (people.size !== 1 || only === undefined) return null;
  const mention = before.slots.find((s) => s.entity === only);
  return { speaker: only, cue: mention?.text ?? null, method: 'subject-before' };
}
