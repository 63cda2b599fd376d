// The one person a sentence of the writer's names, in any place, for a paragraph of quotation right under it
// ("The radiogram belongs to NAME, who inherited it from her father." ¶ "“…”").
import { mainCue, type SentenceState } from './clauses.ts';
import type { Attribution, AttributionContext } from './ruleTypes.ts';
import { lowerAt } from './frames.ts';
import { isOrganisationName } from './organisations.ts';
import { isPlaceName } from './places.ts';
import { isTermQuoted } from './contextRules.ts';

/**
 * Prepositions before a capitalised run that make it a place, not somebody else the sentence refers to: "cooking in
 * Da Nang and Singapore", "a stall near Old Market" (not "from", which brings in people as often: "bought it from
 * NAME").
 */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout'],
]);

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
    // (A capitalised run of several words the corpus does not know may be somebody else: "bought it from Tom Ode".)
    const words = slot.text.split(' ');
    // ("cooking in Da Nang and Singapore": nor a place after a preposition of place.)
    const unknown =
      (slot.kind === 'other' || (slot.kind === 'name' && slot.entity === null)) &&
      (words.length > 1 || slot.kind === 'name') &&
      lowerAt(tokens, slot.from - 1) !== 'the' &&
      !LOCATIVE_PREPOSITIONS.has(lowerAt(tokens, slot.from - 1)) &&
      !(lowerAt(tokens, slot.from - 1) === 'and' && LOCATIVE_PREPOSITIONS.has(lowerAt(tokens, slot.from - 3))) &&
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

/** He, she and their other forms, by which a sentence goes on with somebody it does not name. */
const THIRD_PERSON_WORDS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him', 'hers']);

/**
 * Whether a sentence refers to people only by a he or she and their forms, naming nobody and holding no slot of a
 * person: "This is her first restaurant."
 */
export function onlyPronouns(state: SentenceState): boolean {
  const { tokens } = state.sentence;
  return state.slots.every((s) => s.kind === 'pronoun') && tokens.some((t) => THIRD_PERSON_WORDS.has(t.lower));
}
