// Roundup label lines: where a label starts (after its bullets), where it goes on past a bracketed side, and labels
// set in capitals ("GARY PAYNE (Club): “…”", a tabloid's coaches' roundup), whose words are a person's name in title case.
import type { Token } from './tokens.ts';

/** Marks that open the items of a bulleted list. */
const BULLETS = new Set(['•', '·', '*', '-', '–', '—', '▪', '■']);

/** Where a label line's words start: after the bullets opening it. */
export function labelStart(tokens: readonly Token[]): number {
  let start = 0;
  while (BULLETS.has(tokens[start]?.text ?? '')) start++;
  return start;
}

/** A name word set in capitals: two or more capital letters, an apostrophe or hyphen inside ("O’NEILL"). */
const CAPS_NAME_WORD = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;

/** Most tokens of the bracketed side after a label's name ("(Castlebridge United)"). */
const LABEL_SIDE_TOKENS = 8;

/**
 * Where a label goes on after its name ends at token k: past a bracketed side ("(Castlebridge United)") when one
 * opens there, else k; null when the bracket does not close within LABEL_SIDE_TOKENS.
 */
export function afterLabelSide(tokens: readonly Token[], k: number): number | null {
  if (tokens[k]?.text !== '(') return k;
  let at = k;
  while (at < tokens.length && at < k + LABEL_SIDE_TOKENS && tokens[at]?.text !== ')') at++;
  return tokens[at]?.text === ')' ? at + 1 : null;
}

/**
 * The name of a label set in capitals, in title case, when tokens [from, to) are two or three capitalised words
 * opening the sentence (after a bullet), then perhaps a bracketed side, a colon and a quotation; else null. Only
 * that layout counts: "NEW YORK (AP) —" and "NATO ALLIES" stay what they were.
 */
export function capsLabelName(tokens: readonly Token[], from: number, to: number): string[] | null {
  if (from !== labelStart(tokens) || to - from < 2 || to - from > 3) return null;
  const words = tokens.slice(from, to);
  if (!words.every((t) => t.kind === 'word' && !t.possessive && CAPS_NAME_WORD.test(t.text))) return null;
  const k = afterLabelSide(tokens, to);
  if (k === null || tokens[k]?.text !== ':' || tokens[k + 1]?.kind !== 'quote') return null;
  return words.map((t) => titleCase(t.text));
}

/** "PAYNE" → "Payne", "O’NEILL" → "O’Neill", "SMITH-JONES" → "Smith-Jones". */
function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}
