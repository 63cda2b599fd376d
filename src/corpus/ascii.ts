// Character tests for the hand-written ASCII fast paths of the word scanners (cleaning, search terms, quote tokens):
// one definition, so the scanners agree on what starts and continues a word; and what /\s/u matches, without it.

/** An ASCII letter or digit: what a word starts with, and what continues it, in every scanner's ASCII path. */
export function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * Whether a UTF-16 unit is one /\s/u matches: ECMAScript's white space (tab, vertical tab, form feed, space, no-break
 * space, byte order mark, the other Zs spaces) and line terminators. Every one is a single unit.
 * ascii.test.ts checks it against the expression for every unit.
 */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The number of runs of non-space characters in text[start, end): `slice.split(/\s+/u)` without its empty strings. */
export function countWords(text: string, start = 0, end = text.length): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
