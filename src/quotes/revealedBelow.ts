// A quote opening a feature on its own, whose speaker the paragraph under it reveals ("“…” ¶ The words came near
// midnight, after four hours of comment. The speaker, Councilwoman NAME, had sat silent."): tried after every cue.
import { knownOrganisation, type Attribution, type AttributionContext, type QuotePlace } from './ruleTypes.ts';
import { paragraphStates, standsAlone } from './contextRules.ts';
import { quotationOnly } from './frames.ts';
import { spanText, type SentenceState } from './clauses.ts';
import type { Slot } from './slots.ts';
import type { Token } from './tokens.ts';

/** Nouns by which the paragraph under a quote refers back to it ("The words came …", "That was the line …"). */
export const WORDS_REFERRED_BACK: ReadonlySet<string> = new Set([
  ...['words', 'remark', 'remarks', 'line', 'lines', 'question', 'praise', 'comment', 'comments', 'message'],
  ...['plea', 'warning', 'sentence', 'answer', 'verdict', 'boast', 'lament', 'admission', 'confession', 'cry'],
]);

/** Words that may stand before the noun referring back ("That was the first line", "It is the sort of line"). */
export const REFERRING_BACK_LEADS: ReadonlySet<string> = new Set([
  ...['the', 'that', 'those', 'these', 'this', 'it', 'is', 'was', 'were', 'are', 'such', 'sort', 'kind', 'of'],
  ...['first', 'last', 'opening', 'same'],
]);

/** Most words before the noun that refers back to the quote, at the opening of the paragraph under it. */
export const REFERRING_BACK_REACH = 6;

/** Whether the sentence opens by referring back to a quote above it: lead words alone, then one of the nouns. */
export function refersBackToQuote(tokens: readonly Token[]): boolean {
  for (let i = 0; i <= REFERRING_BACK_REACH; i++) {
    const t = tokens[i];
    if (t === undefined || t.kind !== 'word') return false;
    if (i > 0 && WORDS_REFERRED_BACK.has(t.lower)) return true;
    if (!REFERRING_BACK_LEADS.has(t.lower)) return false;
  }
  return false;
}

/** Words before a name that reveal it as the one who spoke ("The speaker was NAME", "signed by NAME"). */
export const REVEALING_WORDS: ReadonlySet<string> = new Set(['was', 'is', 'by', 'from', ',', 'when']);

/** Whether a named person stands where a paragraph reveals who spoke: its clause's subject, or after REVEALING_WORDS. */
function revealsSpeaker(tokens: readonly Token[], slot: Slot): boolean {
  const before = tokens[slot.from - 1];
  // ("That was the line NAME kept returning to": the name right after the noun is its clause's subject.)
  if (before !== undefined && WORDS_REFERRED_BACK.has(before.lower)) return true;
  return slot.subject || REVEALING_WORDS.has(before?.lower || (before?.text ?? ''));
}

/**
 * “…” standing alone as its own paragraph of quotation, with no cue, then a paragraph opening with a noun that refers
 * back to it: the quote is the first person that paragraph names, when that person stands as a clause's subject or
 * is revealed (REVEALING_WORDS); nobody's when the first person named stands anywhere else ("drew a rebuke at NAME").
 */
export function speakerRevealedBelow(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const paragraph = place.first.state.sentence.paragraph;
  if (!paragraphStates(context, paragraph).every((s) => quotationOnly(s.sentence))) return null;
  // ("X said: ¶ “…” ¶ The words …": a speaker going on from the paragraph above is the continuation rule's.)
  if ((context.paragraphSpeaker.get(paragraph - 1) ?? null) !== null) return null;
  const below = paragraphStates(context, paragraph + 1);
  const opening = below[0];
  if (opening === undefined || opening.sentence.kind !== 'body' || !refersBackToQuote(opening.sentence.tokens))
    return null;
  for (const state of below) {
    const named = firstPersonNamed(context, state);
    if (named === null) continue;
    if (!revealsSpeaker(state.sentence.tokens, named)) return null;
    return {
      speaker: named.entity,
      cue: spanText(context.article, state.sentence.tokens, 0, named.to),
      method: 'credit',
    };
  }
  return null;
}

/** The first name of a person in the sentence (an organisation's is passed over); null when it names none. */
function firstPersonNamed(context: AttributionContext, state: SentenceState): (Slot & { entity: string }) | null {
  for (const slot of state.slots) {
    const { entity } = slot;
    if (slot.kind !== 'name' || entity === null || slot.mentionOnly === true) continue;
    if (knownOrganisation(context, entity)) continue;
    return { ...slot, entity };
  }
  return null;
}
