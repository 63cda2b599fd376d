// Asides inside a writer's sentence whose quoted words are no speaker's of that sentence (read by sentenceRules.ts).
import type { Token } from './tokens.ts';

/** Relative pronouns of a thing that open an aside ("– which …", "(which …)"): its words are no person's. */
export const THING_RELATIVES: ReadonlySet<string> = new Set(['which']);

/** The marks that open an aside and the mark that closes each. */
export const ASIDE_CLOSERS: ReadonlyMap<string, string> = new Map([
  ['–', '–'],
  ['—', '—'],
  ['(', ')'],
]);

/**
 * "Commenting on a report by the Royal Society – which calls the delays “unacceptable” – NAME said:": whether the
 * quote at token `quote` is inside an aside about a thing that closes before token `end` (the speaker phrase).
 */
export function insideThingAside(tokens: readonly Token[], quote: number, end: number): boolean {
  for (let k = quote - 1; k >= 1; k--) {
    const t = tokens[k];
    if (t?.kind === 'quote') return false;
    const closer = ASIDE_CLOSERS.get(tokens[k - 1]?.text ?? '');
    if (closer === undefined || !THING_RELATIVES.has(t?.lower ?? '')) continue;
    return tokens.slice(quote + 1, end).some((x) => x.text === closer);
  }
  return false;
}
