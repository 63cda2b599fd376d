// The one person a sentence of the writer's names, in any place, for a paragraph of quotation right under it
// ("The radiogram belongs to NAME, who was left it by an uncle." ¶ "“…”").
import { ISSUED_DOCUMENTS, isOwnedUtterance, reportsWords, type SentenceState } from './clauses.ts';
import { ARTICLES } from './lexicon.ts';
import type { Attribution, AttributionContext, QuotePlace } from './ruleTypes.ts';
import { lowerAt } from './frames.ts';
import { isOrganisationName } from './organisations.ts';
import { isPlaceName, LOCATIVE_PREPOSITIONS } from './places.ts';
import { isTermQuoted, quotedWords, sentenceAboveQuotation } from './contextRules.ts';
import { normalizeName } from './match.ts';
import { PASSIVE_BE } from './cues.ts';
import type { Slot } from './slots.ts';
import type { Token } from './tokens.ts';

/**
 * The one person a sentence with no speech verb and no quote refers to, by name or by a he or she the reader
 * resolved ("… This is her first restaurant."), when it refers to nobody else: no other person, no name it does not
 * know, and no role or description ("Her lawyer was blunt"). Null otherwise.
 */
function onlyPersonOf(before: SentenceState, context: AttributionContext): Attribution | null {
  const { tokens } = before.sentence;
  if (reportsWords(before) || tokens.some((t) => t.kind === 'quote' && !isTermQuoted(t.text))) return null;
  const subject = before.subject;
  // ("– NAME borrows a film's tagline." ¶ "“…”": a list item a dash opens may quote anything.)
  if (subject === null && tokens[0]?.kind !== 'word') return null;
  // ("Sentencing NAME, the judge was scathing.", "The report, commissioned by NAME when he became mayor, …": a role
  // or description anywhere in the sentence may be whose words follow.)
  if (before.slots.some((s) => s.kind === 'role' || s.kind === 'desc')) return null;
  // ("The report, commissioned by NAME, runs to 400 pages." ¶ "“…”": a document the sentence opens with speaks.)
  if (opensWithDocument(tokens)) return null;
  const person = (id: string): boolean => context.people?.people.get(id)?.kind === 'person';
  const people = new Set<string>();
  for (const slot of before.slots) {
    if (mayBeUnknownPerson(slot, tokens)) return null;
    if (slot.entity !== null && person(slot.entity)) people.add(slot.entity);
  }
  const [only] = people;
  if (people.size !== 1 || only === undefined) return null;
  const mention = before.slots.find((s) => s.entity === only);
  return { speaker: only, cue: mention?.text ?? null, method: 'subject-before' };
}

/**
 * Whether a slot may be somebody the corpus does not know: a name it could not resolve, or a capitalised run of
 * several words ("bought it from Tom Ode") — not a place after a preposition of place ("cooking in Da Nang and
 * Singapore"), a run after "the", a place or an organisation's name.
 */
export function mayBeUnknownPerson(slot: Slot, tokens: Token[]): boolean {
  const words = slot.text.split(' ');
  return (
    (slot.kind === 'other' || (slot.kind === 'name' && slot.entity === null)) &&
    (words.length > 1 || slot.kind === 'name') &&
    lowerAt(tokens, slot.from - 1) !== 'the' &&
    !LOCATIVE_PREPOSITIONS.has(lowerAt(tokens, slot.from - 1)) &&
    !(lowerAt(tokens, slot.from - 1) === 'and' && LOCATIVE_PREPOSITIONS.has(lowerAt(tokens, slot.from - 3))) &&
    !isPlaceName(slot.text) &&
    !isOrganisationName(words)
  );
}

/**
 * Passive verbs by whose agent a study or survey is run, not written ("The study is led by NAME"): whose words a
 * paragraph of quotation under the sentence is.
 */
export const STUDY_LEADING_VERBS: ReadonlySet<string> = new Set([
  ...['led', 'run', 'headed', 'coordinated', 'overseen', 'supervised'],
]);

/** He, she and their other forms, by which a sentence goes on with somebody it does not name. */
const THIRD_PERSON_WORDS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him', 'hers']);

/**
 * Whether a sentence refers to people only by a he or she and their forms, naming nobody and holding no slot of a
 * person: "This is her first restaurant."
 */
function onlyPronouns(state: SentenceState): boolean {
  const { tokens } = state.sentence;
  return state.slots.every((s) => s.kind === 'pronoun') && tokens.some((t) => THIRD_PERSON_WORDS.has(t.lower));
}

/** Words of the quote that speak of a person of each gender rather than as them ("She was the heart of …"). */
const SPOKEN_OF: Readonly<Record<'male' | 'female', ReadonlySet<string>>> = {
  male: new Set(['he', 'him', 'his']),
  female: new Set(['she', 'her', 'hers']),
};

/**
 * “The radiogram belongs to NAME, who was left it by an uncle.” ¶ “…”: a paragraph that is quotation only, right
 * under a writer's sentence that refers to one person only (onlyPersonOf) — or under one that goes on with that
 * person's he or she only ("This is her first restaurant.") — goes to that person; not when the quote calls them by
 * a word of their name ("My dearest Ella, …", a banner's "Shame on you, NAME") or speaks of them as he or she ("She
 * was the heart of this village" under "The funeral of NAME took place"). Tried after the rules that carry an earlier
 * speaker on past the sentence.
 */
export function onlyPersonAbove(context: AttributionContext, place: QuotePlace): Attribution | null {
  const before = sentenceAboveQuotation(context, place);
  if (before === null) return null;
  const earlier = context.states[before.sentence.index - 1];
  const goesOn = earlier?.sentence.paragraph === before.sentence.paragraph && onlyPronouns(before);
  const found =
    onlyPersonOf(before, context) ?? (goesOn && earlier !== undefined ? onlyPersonOf(earlier, context) : null);
  if (found === null || found.speaker === null) return null;
  return spokenOfInQuote(context, found.speaker, quotedWords(context, place)) ? null : found;
}

/**
 * Whether the quote calls the person `id` by a word of their name or speaks of them as he or she — words about them,
 * not theirs.
 */
export function spokenOfInQuote(context: AttributionContext, id: string, quoted: ReadonlySet<string>): boolean {
  const person = context.people?.people.get(id);
  const named = normalizeName(person?.name ?? '')
    .split(' ')
    .some((w) => w.length > 1 && quoted.has(w));
  const gender = person?.gender;
  return (
    named || (gender === 'male' || gender === 'female' ? [...SPOKEN_OF[gender]].some((w) => quoted.has(w)) : false)
  );
}

/**
 * Whether a sentence opens with a document that may speak for itself ("The report, commissioned by NAME, runs to 400
 * pages.") or with somebody's words ("Her reply came within the hour."), not with one that its leader runs ("The
 * study is led by NAME.").
 */
export function opensWithDocument(tokens: Token[]): boolean {
  const at = ARTICLES.has(lowerAt(tokens, 0)) ? 1 : 0;
  const opening = lowerAt(tokens, at);
  const led = PASSIVE_BE.has(lowerAt(tokens, at + 1)) && STUDY_LEADING_VERBS.has(lowerAt(tokens, at + 2));
  return (ISSUED_DOCUMENTS.has(opening) && !(led && lowerAt(tokens, at + 3) === 'by')) || isOwnedUtterance(opening);
}
