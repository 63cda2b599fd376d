// An attribution rule for roundups laid out under headings: a quote paragraph under a heading, credited by the
// paragraph after it.
import { cueText, mainCue } from './clauses.ts';
import { paragraphStates, standsAlone } from './contextRules.ts';
import type { Attribution, AttributionContext, QuotePlace } from './ruleTypes.ts';

/**
 * A roundup's “- France -” heading, a quote paragraph, then “French President NAME added that …”: a quote paragraph
 * right under a heading, with nobody speaking before it, goes to the speaker opening the paragraph after it.
 */
export function speakerOpensNextParagraph(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const paragraph = place.first.state.sentence.paragraph;
  const own = paragraphStates(context, paragraph);
  if (own[0] !== place.first.state || own.some((s) => s.sentence.tokens.some((t) => t.kind === 'word'))) return null;
  if (context.article.paragraphs[paragraph - 1]?.kind !== 'heading') return null;
  const next = context.states.find((s) => s.sentence.paragraph === paragraph + 1);
  const cue = next ? mainCue(next) : null;
  if (!next || !cue || cue.subject?.entity == null || cue.subject.kind !== 'name') return null;
  if (cue.np?.from !== 0 || next.sentence.tokens.some((t) => t.kind === 'quote')) return null;
  return { speaker: cue.subject.entity, cue: cueText(context.article, next, cue), method: 'later-in-paragraph' };
}
