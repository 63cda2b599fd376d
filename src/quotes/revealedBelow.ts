// A quote opening a feature on its own, whose speaker a paragraph under it reveals ("“…” ¶ The words came after the
// vote, from the back row. The speaker, Councilwoman NAME, had sat silent."): tried after the subject rules.
import { knownOrganisation, type Attribution, type AttributionContext, type QuotePlace } from './ruleTypes.ts';
import { paragraphStates, quotesNobody, standsAlone } from './contextRules.ts';
import { quotationOnly } from './frames.ts';
import { spanText, type SentenceState } from './clauses.ts';
import type { Slot } from './slots.ts';
import type { Token } from './tokens.ts';
import { isRoleHead } from './rolePhrases.ts';
import { speechVerbAfter } from './verbReach.ts';

/** Nouns by which the paragraph under a quote refers back to it ("The words came …", "That was the line …"). */
export const WORDS_REFERRED_BACK: ReadonlySet<string> = new Set([
  ...['words', 'remark', 'remarks', 'line', 'lines', 'question', 'praise', 'comment', 'comments', 'message'],
  ...['plea', 'warning', 'sentence', 'answer', 'verdict', 'boast', 'lament', 'admission', 'confession', 'cry'],
]);

/** Words that may stand before the noun referring back ("That was the first line", "It is the kind of line"). */
export const REFERRING_BACK_LEADS: ReadonlySet<string> = new Set([
  ...['the', 'that', 'those', 'these', 'this', 'it', 'is', 'was', 'were', 'are', 'such', 'sort', 'kind', 'of'],
  ...['first', 'last', 'opening', 'same'],
]);

/** Most words before the noun that refers back to the quote, at the opening of the paragraph under it. */
export const REFERRING_BACK_REACH = 6;

/** Nouns for the person a sentence points at as the quote's speaker ("The man saying this", "The woman behind it"). */
export const SPEAKING_PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...['man', 'woman', 'person', 'voice', 'speaker', 'boy', 'girl'],
]);

/** Words after such a noun that tie the person to the words above ("saying this", "speaking", "behind them"). */
export const SPEAKING_TIES: ReadonlySet<string> = new Set(['saying', 'speaking', 'behind', 'talking']);

/** Words that may end such a phrase, pointing at the quote above ("saying this", "behind those words"). */
export const POINTING_WORDS: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'it', 'them', 'so']);

/**
 * Whether the sentence opens by pointing at the person who spoke the quote above: "The man saying this", "The woman
 * speaking", "The voice behind those words" (SPEAKING_PERSON_NOUNS, then SPEAKING_TIES, then perhaps a pointing word).
 */
function pointsAtSpeaker(tokens: readonly Token[]): boolean {
  if (tokens[0]?.lower !== 'the' || !SPEAKING_PERSON_NOUNS.has(tokens[1]?.lower ?? '')) return false;
  if (!SPEAKING_TIES.has(tokens[2]?.lower ?? '')) return false;
  const next = tokens[3];
  return (
    next === undefined ||
    next.kind !== 'word' ||
    POINTING_WORDS.has(next.lower) ||
    next.lower === 'is' ||
    (next.lower === 'the' && WORDS_REFERRED_BACK.has(tokens[4]?.lower ?? ''))
  );
}

/**
 * Whether the sentence opens by referring back to a quote above it: lead words alone, then one of the nouns, or by
 * pointing at its speaker (pointsAtSpeaker).
 */
export function refersBackToQuote(tokens: readonly Token[]): boolean {
  if (pointsAtSpeaker(tokens)) return true;
  for (let i = 0; i <= REFERRING_BACK_REACH; i++) {
    const t = tokens[i];
    if (t === undefined || t.kind !== 'word') return false;
    if (i > 0 && WORDS_REFERRED_BACK.has(t.lower)) return true;
    if (!REFERRING_BACK_LEADS.has(t.lower)) return false;
  }
  return false;
}

/** Copulas before a name that identify it with the speaker ("The speaker was NAME", "Her name is NAME"). */
export const REVEALING_COPULAS: ReadonlySet<string> = new Set(['was', 'is']);

/** Participles before "by" that make the name after it the words' author ("written by NAME", "spoken by NAME"). */
export const AUTHORED_BY_VERBS: ReadonlySet<string> = new Set([
  ...['written', 'signed', 'spoken', 'uttered', 'delivered', 'penned', 'voiced', 'posted', 'sent', 'said'],
]);

/** Verbs before "from" that make the name after it the words' source ("The words came from NAME"). */
export const CAME_VERBS: ReadonlySet<string> = new Set(['came', 'come', 'comes']);

/** Verbs before "to" that make the name after it the words' owner ("The words belonged to NAME"). */
export const BELONGED_VERBS: ReadonlySet<string> = new Set(['belonged', 'belong', 'belongs']);

/** Most words between such a verb and its "from" ("came haltingly from"). */
const CAME_FROM_GAP = 1;

/**
 * Whether a named person stands where a paragraph reveals who spoke: right after the noun referring back ("the line
 * NAME kept returning to"), opening the sentence as its subject, after a copula (REVEALING_COPULAS), after
 * "by" that AUTHORED_BY_VERBS bring in, after "from" that CAME_VERBS bring in, after a role set off by a comma
 * ("The speaker, Councilwoman NAME", "its chief executive, NAME"), or after "when" before a speech verb ("When NAME
 * says it"). Not a name that replies, criticises or is prompted ("drew a reply from NAME", "which NAME called unfair").
 */
function revealsSpeaker(state: SentenceState, slot: Slot): boolean {
  const { tokens } = state.sentence;
  const before = tokens[slot.from - 1];
  // (The sentence's subject opening it, or after an opening phrase's comma: "Speaking to reporters, NAME said".)
  const opensAsSubject = state.subject?.from === slot.from && (before === undefined || before.text === ',');
  if (before === undefined || opensAsSubject) return opensAsSubject;
  if (WORDS_REFERRED_BACK.has(before.lower)) return true;
  if (REVEALING_COPULAS.has(before.lower)) return true;
  if (before.lower === 'by') return AUTHORED_BY_VERBS.has(tokens[slot.from - 2]?.lower ?? '');
  if (before.lower === 'from')
    return [2, 2 + CAME_FROM_GAP].some((back) => CAME_VERBS.has(tokens[slot.from - back]?.lower ?? ''));
  if (before.lower === 'to') return BELONGED_VERBS.has(tokens[slot.from - 2]?.lower ?? '');
  const comma = roleWordsStart(tokens, slot.from) - 1;
  if (tokens[comma]?.text === ',') return isRoleHead(tokens[comma - 1]?.lower ?? '');
  if (before.lower === 'when') return speechVerbAfter(tokens, slot.to);
  return false;
}

/** Most lower-case role words between the comma and a name ("The speaker, lighthouse keeper NAME"). */
const SET_OFF_ROLE_WORDS = 3;

/** Where the lower-case words of a role right before the name at `from` start; `from` when there are none. */
function roleWordsStart(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k > from - SET_OFF_ROLE_WORDS && tokens[k - 1]?.kind === 'word' && tokens[k - 1]?.capital === false) k--;
  return k;
}

/**
 * “…” standing alone as its own paragraph of quotation, with no cue, then a paragraph opening with a noun that refers
 * back to it or pointing at its speaker: the quote is the first person that paragraph names, when that person stands
 * where a speaker is revealed (revealsSpeaker); nobody's when the first person named stands anywhere else ("drew a sharp
 * reply from NAME"). A paragraph that names, quotes and speaks of nobody passes the reveal to the one under it, within
 * REVEALING_PARAGRAPHS, when that one opens by referring back too.
 */
export function speakerRevealedBelow(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const paragraph = place.first.state.sentence.paragraph;
  if (!paragraphStates(context, paragraph).every((s) => quotationOnly(s.sentence))) return null;
  // ("X said: ¶ “…” ¶ The words …": a speaker going on from the paragraph above is the continuation rule's.)
  if ((context.paragraphSpeaker.get(paragraph - 1) ?? null) !== null) return null;
  // ("The trust issued a notice, which is worth giving whole: ¶ “…”": whoever the paragraph above brings the
  // quote in with, even a body no cue names, it is not revealed below.)
  if (endsInColon(paragraphStates(context, paragraph - 1))) return null;
  const below = paragraphStates(context, paragraph + 1);
  const opening = below[0];
  if (opening === undefined || opening.sentence.kind !== 'body' || !refersBackToQuote(opening.sentence.tokens))
    return null;
  for (let p = paragraph + 1; p <= paragraph + REVEALING_PARAGRAPHS; p++) {
    const states = paragraphStates(context, p);
    // (Farther down, the paragraph must itself open by referring back: "The words belonged to NAME", not "NAME, who
    // runs the shop on her street, has signed too".)
    const first = states[0];
    if (p > paragraph + 1 && (first === undefined || !refersBackToQuote(first.sentence.tokens))) return null;
    for (const state of states) {
      const named = firstPersonNamed(context, state);
      if (named === null) continue;
      // (Not "Not everyone agrees. NAME posted: “…”": a person with a quote of their own is revealed as its speaker.)
      if (!revealsSpeaker(state, named) || !quotesNobody(state)) return null;
      return {
        speaker: named.entity,
        cue: spanText(context.article, state.sentence.tokens, 0, named.to),
        method: 'credit',
      };
    }
    // ("“…” ¶ The remark won the longest cheer of the evening. ¶ The words belonged to NAME": a paragraph of the
    // writer's that quotes nobody and speaks of no person, by role or pronoun, passes the reveal on to the one under
    // it; not "The words were aimed at the council leader, who …", the target of the words.)
    if (!states.every((s) => s.sentence.kind === 'body' && quotesNobody(s) && speaksOfNobody(s))) return null;
  }
  return null;
}

/** Whether a sentence speaks of no person: no he or she, and no role or description a person's role heads. */
function speaksOfNobody(state: SentenceState): boolean {
  return state.slots.every(
    (s) =>
      s.kind !== 'pronoun' &&
      ((s.kind !== 'role' && s.kind !== 'desc') || !isRoleHead(s.text.toLowerCase().split(/\s+/u).at(-1) ?? '')),
  );
}

/** Whether the last sentence of a paragraph ends in a colon, bringing in what comes under it. */
function endsInColon(states: readonly SentenceState[]): boolean {
  return states.at(-1)?.sentence.tokens.at(-1)?.text === ':';
}

/** Most paragraphs under the quote within which its speaker is revealed. */
export const REVEALING_PARAGRAPHS = 2;

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
