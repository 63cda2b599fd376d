// The last resort for a paragraph of quotation that no rule claims: the person the paragraph above mentions last
// ("Fair play to the visitors' coach, NAME, who was gracious about it." ¶ "“We were the better side.”").
import type { Slot } from './slots.ts';
import type { SentenceState } from './clauses.ts';
import { type Attribution, type AttributionContext, knownOrganisation, type QuotePlace } from './ruleTypes.ts';
import { quotedWords, sentenceAboveQuotation } from './contextRules.ts';
import { normalizeName } from './match.ts';
import { mayBeUnknownPerson, SPOKEN_OF } from './onlyPerson.ts';

/** Marks a quotation that is somebody's whole sentence ends on; a comma or none leaves it a fragment or a heading. */
export const SPOKEN_SENTENCE_ENDINGS: ReadonlySet<string> = new Set(['.', '!', '?', '…', '—', '–']);

/** Marks opening a line that credits the quote above it ("– a listener in Fife"), whoever the line names. */
export const CREDIT_LINE_OPENERS: ReadonlySet<string> = new Set(['-', '–', '—']);

/**
 * A paragraph of quotation only, right under a body paragraph, ending as a spoken sentence does (not a fragment or a
 * subheading) and with no credit line under it, goes to the one person the paragraph above refers to — by name, he
 * or she, role or description — leaving out anyone the quote calls by a word of their name or speaks of as he or she
 * ("The skipper, NAME, has seen NAME2 before." ¶ "“She is sick on my deck.”" is not NAME2's); nobody when two are
 * left, when somebody there has no name ("one regular") or a name the corpus does not know, or when the paragraph is a lead-in or a list item. Tried
 * after every other rule: the writer's habit of letting a quote stand under whoever was just spoken of.
 */
export function nearestMentionAbove(context: AttributionContext, place: QuotePlace): Attribution | null {
  const above = sentenceAboveQuotation(context, place);
  if (above === null || !endsAsSentence(context, place) || creditLineBelow(context, place)) return null;
  const quoted = quotedWords(context, place);
  const paragraph = context.states.filter((s) => s.sentence.paragraph === above.sentence.paragraph);
  // ("Here are the sentencing remarks:", "– NAME borrows a film's tagline.": a lead-in or a list item is for other
  // rules to read.)
  if (
    above.sentence.tokens.at(-1)?.text === ':' ||
    CREDIT_LINE_OPENERS.has(paragraph[0]?.sentence.tokens[0]?.text ?? '')
  )
    return null;
  const people: Slot[] = [];
  for (const state of paragraph.reverse()) {
    for (const slot of [...state.slots].reverse()) {
      if (unnamedPerson(slot) || mayBeUnknownPerson(slot, state.sentence.tokens)) return null;
      if (!mentionsPerson(context, slot) || slot.entity === null) continue;
      if (spokenOfInQuote(context, slot.entity, quoted)) continue;
      if (!people.some((p) => p.entity === slot.entity)) people.push(slot);
    }
  }
  const [only] = people;
  if (only === undefined || only.entity === null || people.length !== 1) return null;
  return { speaker: only.entity, cue: only.text, method: 'subject-before' };
}

/**
 * Whether a slot is somebody the reader could not put a name to: a role ("one regular"), or a description the
 * sentence is about ("The portfolio holder for highways sat beside NAME").
 */
function unnamedPerson(slot: Slot): boolean {
  return slot.entity === null && (slot.kind === 'role' || (slot.kind === 'desc' && slot.subject === true));
}

/** Whether a slot refers to a person the registry knows: a name, a he or she, a role or a description, resolved. */
function mentionsPerson(context: AttributionContext, slot: Slot): boolean {
  if (slot.entity === null || knownOrganisation(context, slot.entity)) return false;
  if (context.people?.people.get(slot.entity)?.kind !== 'person') return false;
  return slot.kind === 'name' || slot.kind === 'pronoun' || slot.kind === 'role' || slot.kind === 'desc';
}

/** Whether the quote calls the person by a word of their name or speaks of them as he or she. */
function spokenOfInQuote(context: AttributionContext, id: string, quoted: ReadonlySet<string>): boolean {
  const person = context.people?.people.get(id);
  const named = normalizeName(person?.name ?? '')
    .split(' ')
    .some((w) => w.length > 1 && quoted.has(w));
  const gender = person?.gender;
  return (
    named || (gender === 'male' || gender === 'female' ? [...SPOKEN_OF[gender]].some((w) => quoted.has(w)) : false)
  );
}

/** Whether the quotation's last piece ends on a mark of a spoken sentence's end (SPOKEN_SENTENCE_ENDINGS). */
function endsAsSentence(context: AttributionContext, place: QuotePlace): boolean {
  const quote = place.last.state.sentence.tokens[place.last.index];
  const text = quote === undefined ? '' : context.article.text.slice(quote.start, quote.end).trimEnd();
  return SPOKEN_SENTENCE_ENDINGS.has(text.replace(/[\p{Pf}\p{Pi}"']+$/u, '').slice(-1));
}

/** Whether the paragraph under the quotation opens with a credit line's dash (CREDIT_LINE_OPENERS). */
function creditLineBelow(context: AttributionContext, place: QuotePlace): boolean {
  const paragraph = place.last.state.sentence.paragraph;
  const below: SentenceState | undefined = context.states.find((s) => s.sentence.paragraph === paragraph + 1);
  return CREDIT_LINE_OPENERS.has(below?.sentence.tokens[0]?.text ?? '');
}
