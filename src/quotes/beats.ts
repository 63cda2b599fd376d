// The action beat: a sentence of the writer's own between two of a speaker's quotes in one paragraph, with no speech
// verb, whose subject is the one who speaks them ("“…” He stirs the tea and looks away. “…”").
import { standsAlone } from './contextRules.ts';
import type { Attribution, AttributionContext, QuotePlace } from './ruleTypes.ts';

/** Kinds of subject a beat may have: a he or she, or a name. */
const BEAT_SUBJECTS: ReadonlySet<string> = new Set(['pronoun', 'name']);

/**
 * “Some, yes.” He stirs the tea and looks away. “Then …”: a quote standing alone goes to the subject
 * opening the next sentence of its paragraph, when that sentence has no quote and no speech verb and the sentence
 * after it, in the paragraph too, opens with a quote.
 */
export function beatBetweenQuotes(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const { index, paragraph } = place.last.state.sentence;
  const beat = context.states[index + 1];
  const next = context.states[index + 2];
  if (beat?.sentence.paragraph !== paragraph || next?.sentence.paragraph !== paragraph) return null;
  if (beat.cues.length > 0 || beat.sentence.tokens.some((t) => t.kind === 'quote')) return null;
  if (next.sentence.tokens[0]?.kind !== 'quote') return null;
  const subject = beat.subject;
  if (subject === null || subject.from !== 0 || !BEAT_SUBJECTS.has(subject.kind) || subject.entity === null)
    return null;
  // ("“…,” Ann says. ¶ “…” He rolls his eyes. “…”": after another speaker's quote the first goes on with her; the beat
  // is a listener's.)
  const before = context.paragraphSpeaker.get(paragraph - 1);
  if (before !== undefined && before !== null && before !== subject.entity) return null;
  return { speaker: subject.entity, cue: subject.text, method: 'later-in-paragraph' };
}
