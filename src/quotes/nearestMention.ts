// The last resort for a paragraph of quotation that no rule claims: the one person the paragraph above refers to,
// when they speak elsewhere in the article ("Credit to the visitors' coach, NAME, who kept calm." ¶ "“…”").
import type { Slot } from './slots.ts';
import type { Token } from './tokens.ts';
import { normalizeName } from './match.ts';
import { isRoleHead, roleBefore } from './rolePhrases.ts';
import { REPLY_VERBS } from './lexicon.ts';
import { DASH_MARKS } from './capsLabel.ts';
import { isTermQuoted, paragraphStates, quotedWords, quoteTextAt, sentenceAboveQuotation } from './contextRules.ts';
import { mayBeUnknownPerson, opensWithDocument, spokenOfInQuote } from './onlyPerson.ts';
import type { Attribution, AttributionContext, QuotePlace } from './ruleTypes.ts';

/**
 * Marks a quotation that is somebody's statement ends on; a comma or none leaves it a fragment or a heading, and a
 * question mark an interviewer's question as often as an answer.
 */
export const SPOKEN_SENTENCE_ENDINGS: ReadonlySet<string> = new Set(['.', '!', '…', '—', '–']);

/**
 * A paragraph of quotation only, right under a body paragraph, ending as a spoken statement does (not a fragment, a
 * subheading or a question) and with no credit line under it (DASH_MARKS), goes to the one person the paragraph above
 * refers to — by name, he or she, role or description — leaving out anyone the quote calls by name, by a word of
 * their role after "the" or as he or she ("The skipper, NAME, has seen NAME2 before." ¶ "“She is sick on my deck.”" is not
 * NAME2's), when that person speaks elsewhere in the article (a victim or a subject written about speaks none of it).
 * Nobody when two are left, when somebody there has no name ("one regular") or a name the corpus does not know, when
 * the paragraph is a lead-in or a list item, or when a sentence of it naming somebody opens with a document.
 * Tried after every other rule: the writer's habit of letting a quote stand under whoever was just spoken of.
 */
export function nearestMentionAbove(context: AttributionContext, place: QuotePlace): Attribution | null {
  const above = sentenceAboveQuotation(context, place);
  if (above === null || !endsAsStatement(context, place) || creditLineBelow(context, place)) return null;
  const paragraph = paragraphStates(context, above.sentence.paragraph);
  // ("Here are the sentencing remarks:", "– NAME borrows a film's tagline.": a lead-in or a list item is for other
  // rules to read.)
  if (above.sentence.tokens.at(-1)?.text === ':' || DASH_MARKS.has(paragraph[0]?.sentence.tokens[0]?.text ?? ''))
    return null;
  const quoted = quotedWords(context, place);
  const quoteText = quoteTextAt(context, place.first).toLowerCase();
  const people: string[] = [];
  for (const state of paragraph) {
    const { tokens } = state.sentence;
    // (A document opening a sentence that names somebody may be what speaks: "The report, commissioned by NAME, …".)
    if (opensWithDocument(tokens) && state.slots.some((x) => mentionsPerson(context, x))) return null;
    for (const slot of state.slots) {
      if (unnamedPerson(slot) || mayBeUnknownPerson(slot, tokens)) return null;
      const id = slot.entity;
      if (id === null || !mentionsPerson(context, slot) || people.includes(id)) continue;
      const byRole = roleWordsOf(context, slot, tokens).some((w) => speaksOfRole(quoteText, w));
      if (!byRole && !spokenOfInQuote(context, id, quoted)) people.push(id);
    }
  }
  const [only] = people;
  if (only === undefined || people.length !== 1 || !speaksInArticle(context, only)) return null;
  // ("“You were fifty yards away.” ¶ “I know what I saw,” NAME replied.": a question put to them, not their words.)
  if (repliesBelow(context, place, only)) return null;
  const mention = paragraph.flatMap((s) => s.slots).find((x) => x.entity === only);
  return { speaker: only, cue: mention?.text ?? null, method: 'subject-before' };
}

/** Whether the paragraph under the quotation has `id` reply (REPLY_VERBS) to it. */
function repliesBelow(context: AttributionContext, place: QuotePlace, id: string): boolean {
  const below = paragraphStates(context, place.last.state.sentence.paragraph + 1);
  return below.some((s) =>
    s.cues.some((c) => c.subject?.entity === id && REPLY_VERBS.has(s.sentence.tokens[c.verb]?.lower ?? '')),
  );
}

/**
 * The words of the roles the person a slot refers to is given, in the registry, in the slot itself (a role or a
 * description) or in a role written right before it ("Harbour master NAME", roleBefore), in lower case.
 */
function roleWordsOf(context: AttributionContext, slot: Slot, tokens: Token[]): string[] {
  const roles = [...(context.people?.people.get(slot.entity ?? '')?.roles ?? [])];
  if (slot.kind === 'role' || slot.kind === 'desc') roles.push(slot.text);
  const before = roleBefore(tokens, slot.from);
  if (before !== null) roles.push(before.text);
  return roles.flatMap((r) => normalizeName(r).split(' ')).filter((w) => isRoleHead(w));
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
  return slot.kind !== 'other' && slot.entity !== null && context.people?.people.get(slot.entity)?.kind === 'person';
}

/**
 * Whether the person is given words anywhere in the article: the subject of a speech verb in a sentence that quotes
 * somebody ("“…,” NAME said"; not "NAME did not respond when we called", "NAME denies the charge").
 */
function speaksInArticle(context: AttributionContext, id: string): boolean {
  for (const state of context.states) {
    const quotes = state.sentence.tokens.some((t) => t.kind === 'quote' && !isTermQuoted(t.text));
    if (quotes && state.cues.some((c) => c.subject?.entity === id)) return true;
  }
  return false;
}

/**
 * Whether the quote speaks of somebody by the role word `word` after "the", a word or two on ("the skipper should
 * resign", "the harbour board's skipper"); "I'm the skipper, so it's on me" calls the speaker so too, but as "I".
 */
function speaksOfRole(text: string, word: string): boolean {
  const role = word.replace(/[^\p{L}]/gu, '');
  if (role === '') return false;
  const words = "(?:[\\p{L}’'-]+ ){0,2}";
  const spokenOf = new RegExp(`\\bthe ${words}${role}\\b`, 'u');
  const ownRole = new RegExp(`\\b(?:i'm|i’m|i am) the ${words}${role}\\b`, 'u');
  return spokenOf.test(text) && !ownRole.test(text);
}

/** Whether the quotation's last piece ends on a mark of a spoken statement's end (SPOKEN_SENTENCE_ENDINGS). */
function endsAsStatement(context: AttributionContext, place: QuotePlace): boolean {
  const text = quoteTextAt(context, place.last).trimEnd();
  return SPOKEN_SENTENCE_ENDINGS.has(text.replace(/[\p{Pf}\p{Pi}"']+$/u, '').slice(-1));
}

/** Whether the paragraph under the quotation opens with a credit line's dash (DASH_MARKS). */
function creditLineBelow(context: AttributionContext, place: QuotePlace): boolean {
  const paragraph = place.last.state.sentence.paragraph;
  const below = context.states.find((s) => s.sentence.paragraph === paragraph + 1);
  return DASH_MARKS.has(below?.sentence.tokens[0]?.text ?? '');
}
