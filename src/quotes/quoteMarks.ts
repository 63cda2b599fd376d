// The quotation marks the reader knows, straight, curly and typed loosely, and the tests on characters around them
// that the double- and single-quote scans (doubleQuotes.ts, extract.ts) share.

export const OPEN_DOUBLE = new Set(['“', '„', '‟', '«']);
export const CLOSE_DOUBLE = new Set(['”', '»']);
export const DOUBLE = new Set(['"', ...OPEN_DOUBLE, ...CLOSE_DOUBLE]);
export const SINGLE_OPEN = new Set(["'", '‘', '‹']);
export const SINGLE_CLOSE = new Set(["'", '’', '›']);
export const BEFORE_OPENING = /[\s([{\u2014\u2013\-/]/u;
/** A colon or comma typed with no space before the mark (said:"We …", said,'We …'), as copied pages often have it. */
export const JAMMED_OPENING = /[:,]/u;
/**
 * Two single marks typed for a double one: ‘‘…’’, two apostrophes (''…'') as some house styles set them, or two grave
 * accents opening (``…'') as old wire feeds typed them.
 */
export const PAIR_OPEN = /^(?:‘‘|''|``)/u;
export const PAIR_OPENERS = new Set(['‘', "'", '`']);
export const PAIR_CLOSERS = new Set(['’', "'"]);
/** Character codes of every double and single quotation mark: the scans skip all other characters at once. */
const MARK_CODES = new Set([...DOUBLE, ...SINGLE_OPEN, ...SINGLE_CLOSE].map((m) => m.charCodeAt(0)));
/** Whether a character code is a quotation mark's (or a grave accent, which opens ``…''). */
export function isMarkCode(code: number): boolean {
  return code < 128 ? code === 34 || code === 39 || code === 96 : MARK_CODES.has(code);
}
export const WORDISH = /[\p{L}\p{N}]/u;

export function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/u.test(ch);
}
