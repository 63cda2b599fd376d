// A roundup's speaker printed without quotation marks: under a heading naming them ("Ana Ruiz (Rovers captain)"), a
// paragraph in the first person ("We think the pitch will turn.") is their own words, not the writer's.
import type { SentenceState } from './clauses.ts';
import type { Sentence } from './frames.ts';
import { FIRST_PERSON } from './pronouns.ts';
import type { AttributionContext } from './ruleTypes.ts';

/**
 * Whether a body sentence speaks in the first person without quotation marks, one of `persons` among its words ("It
 * was a hard day for me.", "We think the pitch will turn.").
 */
export function speaksUnmarked(sentence: Sentence, persons: ReadonlySet<string>): boolean {
  const { tokens } = sentence;
  return (
    sentence.kind === 'body' && tokens.every((t) => t.kind !== 'quote') && tokens.some((t) => persons.has(t.lower))
  );
}

/**
 * Whether a sentence speaks in the first person without quotation marks, any speech verb in it the speaker's own ("We
 * think the pitch will turn"): no name (nor capitals of two words), no quote, and every pronoun a first-person one.
 */
export function speaksPlainly(state: SentenceState): boolean {
  return (
    speaksUnmarked(state.sentence, FIRST_PERSON) &&
    state.slots.every(
      (x) =>
        x.kind !== 'name' &&
        !(x.kind === 'other' && x.text.includes(' ')) &&
        (x.kind !== 'pronoun' || FIRST_PERSON.has(x.text.toLowerCase())),
    )
  );
}

/** Whether the nearest heading above `paragraph` names a speaker (a roundup's "Ana Ruiz (Rovers captain)"). */
function underNameHeading(context: AttributionContext, paragraph: number): boolean {
  for (let p = paragraph - 1; p >= 0; p--)
    if (context.article.paragraphs[p]?.kind === 'heading') return (context.paragraphSpeaker.get(p) ?? null) !== null;
  return false;
}

/**
 * Whether `paragraph` is a named speaker's own words printed plain under their heading: it opens speaking plainly
 * (speaksPlainly), and no sentence of it quotes anybody or reports anybody else's words ("I gave it everything. Ana
 * just never let me in. Fair play to her.").
 */
export function plainlySpokenUnderName(context: AttributionContext, paragraph: number): boolean {
  const states = context.states.filter((s) => s.sentence.paragraph === paragraph);
  const [opening] = states;
  return (
    opening !== undefined &&
    speaksPlainly(opening) &&
    states.every((s) => s.sentence.kind === 'body' && !s.sentence.tokens.some((t) => t.kind === 'quote')) &&
    states.every((s) => s.cues.every((c) => c.subject === null || FIRST_PERSON.has(c.subject.text.toLowerCase()))) &&
    underNameHeading(context, paragraph)
  );
}
