// Which of several holders of a role a nested quote's speaker is ("The gaffer used to tell the squad, '…'"): the one
// the writer named just before the outer quote, speaking there or beside the outer speaker, when no other is named.
import type { Mention } from './slots.ts';

/**
 * How many of the writer's sentences before an outer quote may name, speaking or beside the outer speaker as their
 * subject, the holder of a role its nested quote's speaker is.
 */
export const NAMED_JUST_BEFORE = 2;

/** What the sentences before an outer quote hold: their mentions, and the quotes given to somebody there. */
export interface BeforeOuterQuote {
  mentions: readonly Mention[];
  quoted: readonly { speaker: string; sentence: number }[];
  /** The index of the sentence the outer quote opens in. */
  outerSentence: number;
  outerSpeaker: string | null;
}

/**
 * Those of `ids` the writer named in the NAMED_JUST_BEFORE sentences before the outer quote speaking there ("Tom Hale,
 * head coach, said: “…”" over a player's "“Coach told us, ‘…’”" in a roundup, or quoted there), or in a sentence
 * whose subject is the outer speaker ("Ruiz, who played under Harbour boss NAME, said …"); not one the writer only
 * wrote about ("Rovers manager NAME has lost three in a row"). None when another of `ids` is named in those
 * sentences too: which one is whose is unclear.
 */
export function holdersNamedJustBefore(ids: readonly string[], before: BeforeOuterQuote): string[] {
  const { mentions, quoted, outerSentence, outerSpeaker } = before;
  const justBefore = (sentence: number): boolean =>
    sentence < outerSentence && sentence >= outerSentence - NAMED_JUST_BEFORE;
  const found = ids.filter(
    (id) =>
      quoted.some((q) => q.speaker === id && justBefore(q.sentence)) ||
      mentions.some(
        (m) =>
          m.entity === id &&
          justBefore(m.sentence) &&
          (m.speaking === true ||
            mentions.some((o) => o.sentence === m.sentence && o.subject && o.entity === outerSpeaker)),
      ),
  );
  const others = ids.filter((id) => !found.includes(id));
  return others.some((id) => mentions.some((m) => m.entity === id && justBefore(m.sentence))) ? [] : found;
}
