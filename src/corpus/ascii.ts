// Character tests for the hand-written ASCII fast paths of the word scanners (cleaning, search terms, quote tokens):
// one definition, so the scanners agree on what starts and continues a word.

/** An ASCII letter or digit: what a word starts with, and what continues it, in every scanner's ASCII path. */
export function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}
