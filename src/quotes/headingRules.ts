// Attribution for roundups laid out under headings: a quote paragraph under a heading, credited by the paragraph
// after it; and a description of nobody known under a heading that names the speaker.
import { type Cue, cueText, mainCue, type SentenceState } from './clauses.ts';
import { lowerAt, quotationOnly } from './frames.ts';
import { paragraphStates, speakingBefore, standsAlone } from './contextRules.ts';
import { ORGANISATION_NOUNS } from './organisations.ts';
import { isRoleHead } from './rolePhrases.ts';
import type { Attribution, AttributionContext, QuotePlace } from './ruleTypes.ts';

/** Whether no body sentence before the place holds a quote or a speech verb: the article's quoting opens with it. */
function opensTheQuoting(context: AttributionContext, place: QuotePlace): boolean {
  const at = place.first.state.sentence.index;
  return context.states
    .slice(0, at)
    .every(
      (s) => s.sentence.kind !== 'body' || (s.cues.length === 0 && !s.sentence.tokens.some((t) => t.kind === 'quote')),
    );
}

/**
 * A roundup's “- France -” heading, a quote paragraph, then “French President NAME added that …”: a quote paragraph
 * right under a heading, with nobody speaking before it, goes to the speaker opening the paragraph after it.
 */
export function speakerOpensNextParagraph(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const paragraph = place.first.state.sentence.paragraph;
  const own = paragraphStates(context, paragraph);
  if (own[0] !== place.first.state || !own.every((s) => quotationOnly(s.sentence))) return null;
  // ("“…” ¶ “…” ¶ NAME, 81, was speaking to the Courier from …": so does a feature's opening quote, run over
  // paragraphs of its own before anybody in the article has spoken or been quoted.)
  const lastParagraph = place.last.state.sentence.paragraph;
  const openingMonologue = lastParagraph > paragraph && opensTheQuoting(context, place);
  if (context.article.paragraphs[paragraph - 1]?.kind !== 'heading' && !openingMonologue) return null;
  const next = context.states.find((s) => s.sentence.paragraph === lastParagraph + 1);
  const cue = next ? mainCue(next) : null;
  if (!next || !cue || cue.subject?.entity == null || cue.subject.kind !== 'name') return null;
  if (cue.np?.from !== 0 || next.sentence.tokens.some((t) => t.kind === 'quote')) return null;
  return { speaker: cue.subject.entity, cue: cueText(context.article, next, cue), method: 'later-in-paragraph' };
}

/**
 * Whether a cue's speaker phrase is a definite description of nobody the article knows ("the Harbour boss added",
 * "said the Irish No. 2"): it opens with "the" and resolves to no one; or whether the cue has no speaker phrase,
 * its verb opening the sentence.
 */
function describesNobodyKnown(state: SentenceState, cue: Cue): boolean {
  const { tokens } = state.sentence;
  // ("NAME, ministry spokesperson" ¶ "Told a briefing that …": a speech verb opening the sentence, its subject left
  // out, and no person after it, "Said a spokesman", leaves the heading's speaker the one speaking.)
  if (cue.verb === 0 && cue.subject === null)
    return cue.np === null || !tokens.slice(cue.np.from, cue.np.to).some((t) => isRoleHead(t.lower));
  if (cue.np === null || lowerAt(tokens, cue.np.from) !== 'the') return false;
  // (A body's noun describes no person: "The coalition added" is the alliance's, "the chamber said" the chamber's.)
  if (cue.subject === null) return !ORGANISATION_NOUNS.has(lowerAt(tokens, cue.np.to - 1));
  const person = isRoleHead(lowerAt(tokens, cue.np.to - 1));
  return (cue.subject.kind === 'desc' || cue.subject.kind === 'role') && cue.subject.entity === null && person;
}

/**
 * The speaker a name heading puts over the paragraph holding `place` ("Ana Ruiz (d. Mia Ode)" ¶ "“…,” said the
 * Irish No. 2"): the nearest heading before it that names a speaker, when no paragraph between has another.
 */
function headedSpeaker(context: AttributionContext, paragraph: number): string | null {
  const between = new Set<string | null>();
  for (let p = paragraph - 1; p >= 0; p--) {
    if (context.article.paragraphs[p]?.kind !== 'heading') {
      if (context.paragraphSpeaker.has(p)) between.add(context.paragraphSpeaker.get(p) ?? null);
      continue;
    }
    // (A lead-in set as a heading, "Ana Ruiz wrote:", introduces the quotes right after it, not a section.)
    if (paragraphStates(context, p).some((s) => s.cues.length > 0)) return null;
    const speaker = context.paragraphSpeaker.get(p) ?? null;
    return [...between].every((other) => other === speaker) ? speaker : null;
  }
  return null;
}

/** The rules whose answer names the speaker by a phrase of the quote's own sentences. */
const DESCRIBED_METHODS: ReadonlySet<Attribution['method']> = new Set(['after', 'before', 'same-paragraph']);

/**
 * A speech verb's answer of nobody, when its speaker phrase is a definite description of nobody known and the quote
 * stands under a heading naming a speaker: that speaker, described ("the Harbour boss added" under "Ana Ruiz").
 */
export function describedUnderHeading(
  context: AttributionContext,
  place: QuotePlace,
  answer: Attribution,
): Attribution | null {
  if (answer.speaker !== null || !DESCRIBED_METHODS.has(answer.method)) return null;
  // ("“…,” said the Irish No. 2. “…”": a quote going on in the paragraph is described where the first was.)
  const paragraph = place.first.state.sentence.paragraph;
  const states =
    answer.method === 'same-paragraph'
      ? paragraphStates(context, paragraph).filter((s) => s.sentence.index <= place.last.state.sentence.index)
      : [place.first.state, place.last.state];
  if (!states.some((state) => state.cues.some((cue) => describesNobodyKnown(state, cue)))) return null;
  // (Somebody else speaking earlier in the paragraph is a speaker the heading does not head.)
  if ((speakingBefore(context, paragraph, place.first.state.sentence.index)?.speaker ?? null) !== null) return null;
  const speaker = headedSpeaker(context, paragraph);
  return speaker === null ? null : { ...answer, speaker };
}
