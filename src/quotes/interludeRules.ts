// A quote paragraph after a stretch of the writer's own narrative: the last speaker goes on when the stretch
// reports nobody's words and brings nobody else in ("“…,” Ruiz said. ¶ The crew reached the ridge at dawn. ¶ “…”").
import { paragraphStates, reportsNobody, standsAlone } from './contextRules.ts';
import { DASHES, type SentenceState } from './clauses.ts';
import { type Attribution, type AttributionContext, knownOrganisation, type QuotePlace } from './ruleTypes.ts';
import { normalizeName } from './match.ts';
import { FIRST_PERSON, FIRST_PERSON_SINGULAR } from './pronouns.ts';
import { plainlySpokenUnderName } from './plainSpeech.ts';
import type { Token } from './tokens.ts';
import type { Slot } from './slots.ts';
import { OBJECT_PREPOSITIONS } from './pronounEvidence.ts';
import { LOCATIVE_PREPOSITIONS } from './places.ts';

/** Most paragraphs of the writer's own between a speaker's last words and a quote paragraph that goes on with them. */
export const INTERLUDE_PARAGRAPHS = 3;

/**
 * The people a sentence of the writer's brings in as its subject: a name, a he or she or role resolved to someone,
 * or a capitalised phrase of two words nobody knows yet opening the sentence ("Tomas Brandt closed the port"), or a
 * name presented (inFocusAt) and introduced by a "who" clause or an age set off after it (introducedAt), whether or
 * not they speak later. People named only in passing as objects ("helped ashore by Tomas Brandt") bring nobody in.
 */
function peopleBroughtIn(state: SentenceState): string[] {
  const { tokens } = state.sentence;
  // (One the sentence presents: not "opened in 1921 by NAME, who ran it until her death", somebody of the story's
  // past, nor "a late goal from substitute NAME, 19, who …", named in passing.)
  const introduced = (x: Slot): boolean => x.kind === 'name' && introducedAt(tokens, x.to) && inFocusAt(tokens, x.from);
  return state.slots.flatMap((x) => {
    if (!x.subject && x.from > 0 && !introduced(x)) return [];
    if (x.kind === 'name' || (x.kind === 'other' && x.text.includes(' '))) return [x.entity ?? x.text];
    return x.kind !== 'other' && x.entity !== null ? [x.entity] : [];
  });
}

/** Words opening what a comma sets off after a name to introduce the person ("NAME, who …", "NAME, 44, …"). */
export const INTRODUCING_WORDS: ReadonlySet<string> = new Set(['who', 'whose']);

/**
 * Whether the name ending at token `to` is introduced, not named in passing: a comma then a "who" clause or an age
 * ("The old radio belongs to NAME, who was left it by a sailor", "Next at the microphone: NAME, 44, a volunteer").
 */
function introducedAt(tokens: readonly Token[], to: number): boolean {
  if (tokens[to]?.text !== ',') return false;
  const next = tokens[to + 1];
  return INTRODUCING_WORDS.has(next?.lower ?? '') || /^\d{1,3}$/u.test(next?.text ?? '');
}

/**
 * Words before a name that put the person in focus, as the one the sentence presents ("Among the crowd was NAME",
 * "Beside the ramp stands NAME", "The old radio belongs to NAME"); a colon does too ("Next at the microphone: NAME").
 */
export const PRESENTING_WORDS: ReadonlySet<string> = new Set([
  ...['is', 'was', 'are', 'were', 'stands', 'stood', 'sits', 'sat', 'comes', 'came'],
]);

/** Verbs of belonging whose "to" presents the owner ("belongs to NAME"). */
export const BELONGING_VERBS: ReadonlySet<string> = new Set(['belongs', 'belonged']);

/** Most words of a role before a name that the presenting word stands before ("was Fairmont police officer NAME"). */
const PRESENTED_ROLE_WORDS = 4;

/**
 * Whether the name at token `from` is presented, not named in passing ("a late goal from substitute NAME", "built by
 * NAME"): a colon or a PRESENTING_WORDS word before it, or "to" after a verb of belonging, past up to
 * PRESENTED_ROLE_WORDS words (a role, and the comma setting the name off after it) with no preposition among them.
 */
function inFocusAt(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  const presents = (j: number): boolean =>
    tokens[j]?.text === ':' ||
    PRESENTING_WORDS.has(tokens[j]?.lower ?? '') ||
    (tokens[j]?.lower === 'to' && BELONGING_VERBS.has(tokens[j - 1]?.lower ?? ''));
  for (let n = 0; n < PRESENTED_ROLE_WORDS && !presents(k); n++, k--) {
    const t = tokens[k];
    // (Not past a preposition taking the name as its object: "a late goal from substitute NAME", "built by NAME".)
    // (A comma may set the name off after its role: "was the skipper, NAME, who …".)
    if (t?.text === ',') continue;
    if (t?.kind !== 'word' || OBJECT_PREPOSITIONS.has(t.lower) || LOCATIVE_PREPOSITIONS.has(t.lower)) return false;
  }
  return presents(k);
}

/**
 * Whether a quote standing alone may go on with `speaker`: any quote with a person, and with an organisation only
 * when it does not speak as one person ("I need answers") without ever saying "we" — a body's voice is plural.
 */
function speaksAsBody(context: AttributionContext, speaker: string, place: QuotePlace): boolean {
  if (!knownOrganisation(context, speaker)) return true;
  const quote = place.first.state.sentence.tokens[place.first.index];
  const words = normalizeName(quote?.text ?? '').split(' ');
  return (
    !words.some((w) => FIRST_PERSON_SINGULAR.has(w)) ||
    words.some((w) => FIRST_PERSON.has(w) && !FIRST_PERSON_SINGULAR.has(w))
  );
}

/**
 * “…,” Ruiz said. ¶ The crew reached the ridge at dawn. ¶ “We knew the risk.”: a paragraph that is a quote standing
 * alone, after up to INTERLUDE_PARAGRAPHS paragraphs of the writer's that report nobody's words and name nobody but
 * the speaker, goes on with the speaker of the paragraph before them. A heading between them ends the speaker's turn.
 */
export function speakerPastInterlude(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const { first } = place;
  const paragraph = first.state.sentence.paragraph;
  const own = paragraphStates(context, paragraph);
  if (own[0] !== first.state || first.index !== 0 || own.some((s) => s.cues.length > 0)) return null;
  const brought = new Set<string>();
  let interludes = 0;
  for (let p = paragraph - 1; p >= 0 && interludes <= INTERLUDE_PARAGRAPHS; p--) {
    // ("Ana Ruiz (Rovers)" ¶ "“…”" ¶ "We think the pitch will turn." ¶ "“…”": under a name heading, a paragraph in
    // the first person without quotation marks is the speaker's own words printed plain.)
    if (plainlySpokenUnderName(context, p)) {
      interludes++;
      continue;
    }
    if (context.paragraphSpeaker.has(p)) {
      const speaker = context.paragraphSpeaker.get(p) ?? null;
      if (interludes === 0 || speaker === null) return null;
      if (!speaksAsBody(context, speaker, place)) return null;
      return [...brought].every((e) => e === speaker) ? { speaker, cue: null, method: 'continuation' } : null;
    }
    const states = paragraphStates(context, p);
    if (states.length === 0) continue;
    // (Nor past a credit line opening with a dash, "– Ruiz on the climb": it says whose the quote above is.)
    if (!states.every(reportsNobody) || DASHES.has(states[0]?.sentence.tokens[0]?.text ?? '')) return null;
    for (const s of states) for (const e of peopleBroughtIn(s)) brought.add(e);
    interludes++;
  }
  return null;
}
