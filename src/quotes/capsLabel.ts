// Roundup labels set in capitals ("GARY PAYNE (Club): “…”", a tabloid's coaches' roundup): the label's words are a
// person's name written in capitals for layout, not an acronym, and the name is read in title case.
import type { Token } from './tokens.ts';

/** Marks that open the items of a bulleted list. */
export const BULLETS = new Set(['•', '·', '*', '-', '–', '—', '▪', '■']);

/** A name word set in capitals: two or more capital letters, an apostrophe or hyphen inside ("O’NEILL"). */
const CAPS_NAME_WORD = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;

/** Most tokens of the bracketed side after a label's name ("(Castlebridge United)"). */
const LABEL_SIDE_TOKENS = 8;

/**
 * The name of a label set in capitals, in title case, when tokens [from, to) are two or three capitalised words
 * opening the sentence (after a bullet), then perhaps a bracketed side, a colon and a quotation; else null. Only
 * that layout counts: "NEW YORK (AP) —" and "NATO ALLIES" stay what they were.
 */
export function capsLabelName(tokens: readonly Token[], from: number, to: number): string[] | null {
  let start = 0;
  while (BULLETS.has(tokens[start]?.text ?? '')) start++;
  if (from !== start || to - from < 2 || to - from > 3) return null;
  const words = tokens.slice(from, to);
  if (!words.every((t) => t.kind === 'word' && !t.possessive && CAPS_NAME_WORD.test(t.text))) return null;
  let k = to;
  if (tokens[k]?.text === '(') {
    while (k < tokens.length && k < to + LABEL_SIDE_TOKENS && tokens[k]?.text !== ')') k++;
    if (tokens[k]?.text !== ')') return null;
    k++;
  }
  if (tokens[k]?.text !== ':' || tokens[k + 1]?.kind !== 'quote') return null;
  return words.map((t) => titleCase(t.text));
}

/** "PAYNE" → "Payne", "O’NEILL" → "O’Neill", "SMITH-JONES" → "Smith-Jones". */
function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}
