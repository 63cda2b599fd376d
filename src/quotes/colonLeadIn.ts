// A full name opening a sentence that leads in to a quotation with a colon and no speech verb ("NAME was blunt: “…”",
// "The other dissenter, NAME, was shorter: “…”"): evidence that the name is a person, who speaks.
import type { Token } from './tokens.ts';

/** Most lower-case words between the name and the colon ("was a little shorter"). */
export const COLON_LEAD_IN_WORDS = 5;

/** Most lower-case words of a definite role set off before the name ("The other dissenter, NAME,"). */
export const SET_OFF_ROLE_WORDS = 4;

/**
 * Whether the name at tokens [from, to) opens its sentence — or is set off by commas after a definite role of lower-case
 * words that opens it — and only lower-case words stand between it and a colon right before a quotation.
 */
export function leadsInByColon(tokens: readonly Token[], from: number, to: number): boolean {
  let at = to;
  if (from > 0) {
    const role = tokens.slice(0, from - 1);
    const setOff =
      tokens[from - 1]?.text === ',' &&
      tokens[to]?.text === ',' &&
      role.length >= 2 &&
      role.length <= SET_OFF_ROLE_WORDS &&
      role[0]?.lower === 'the' &&
      role.every((t, k) => t.kind === 'word' && (k === 0 || !t.capital));
    if (!setOff) return false;
    at = to + 1;
  }
  const colon = tokens.findIndex((t, k) => k >= at && t.text === ':');
  if (colon === -1 || tokens[colon + 1]?.kind !== 'quote') return false;
  const between = tokens.slice(at, colon);
  // ("NAME was heckled from the gallery:", "NAME got a message from residents:": words somebody else said to them.)
  if (between.some((t) => OTHERS_WORDS_LINKS.has(t.lower))) return false;
  return (
    between.length > 0 && between.length <= COLON_LEAD_IN_WORDS && between.every((t) => t.kind === 'word' && !t.capital)
  );
}

/** Links in a lead-in that bring in somebody else, whose words the quotation may be ("was heckled from the floor"). */
export const OTHERS_WORDS_LINKS: ReadonlySet<string> = new Set(['from', 'by', 'with', 'at', 'to']);
