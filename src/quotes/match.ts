// Name matching that forgives what people type: case, accents, curly apostrophes, hyphens, titles, and a typo.
import { boundedMemo } from './memo.ts';
import { isPlainWords } from './plainWords.ts';

/** Lower-case, accent-free, straight-apostrophe, hyphen-free form of a name or phrase, single-spaced. */
export function normalizeName(text: string): string {
  // Plain words fold to their lower case alone (every step below but toLowerCase leaves them as they are).
  return isPlainWords(text) ? text.toLowerCase() : normalizedMemo(text);
}

/** normalizeName remembered by the text as written (called for every name, run and alias, many times over). */
const normalizedMemo = boundedMemo(normalizeUncached);

function normalizeUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/gu, "'")
    .replace(/'s\b/gu, '')
    .replace(/[-‐‑–—_.,;:!?"“”()[\]{}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance, stopping early once it exceeds `max` (then any value above `max` may be returned). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  // Two reused rows: this runs for every typo check of every query, so it must not allocate.
  if (previousRow.length <= n) {
    previousRow = new Int32Array(2 * n + 2);
    currentRow = new Int32Array(2 * n + 2);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const del = (previous[j] ?? 0) + 1;
      const ins = (current[j - 1] ?? 0) + 1;
      const sub = (previous[j - 1] ?? 0) + cost;
      const value = del < ins ? Math.min(del, sub) : Math.min(ins, sub);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[n] ?? 0;
}

/** Whether two strings are at most one insertion, deletion or substitution apart: editDistance(a, b, 1) <= 1. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const long = a.length >= b.length ? a : b;
  const short = long === a ? b : a;
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  // Past the first difference the rest must agree, shifted by one when the lengths differ.
  const shift = long.length - short.length;
  for (let j = i + 1 - shift; j < short.length; j++)
    if (short.charCodeAt(j) !== long.charCodeAt(j + shift)) return false;
  return true;
}

/** Per character code, the positions of the current pattern holding it (bit i for position i). */
const positions = new Int32Array(0x10000);

/**
 * The exact Levenshtein distance, as `editDistance` without a bound but in one pass of bit operations per character
 * when the longer string has at most 32 code units (Myers' bit-vector algorithm in Hyyrö's form for whole strings):
 * "did you mean" compares a typed name with every known name, so this is the hot loop of an unknown name.
 */
export function levenshtein(a: string, b: string): number {
  const long = a.length >= b.length ? a : b;
  const short = long === a ? b : a;
  if (short.length === 0) return long.length;
  if (long.length > 32) return editDistance(a, b);
  const n = long.length;
  for (let i = 0; i < n; i++) {
    const code = long.charCodeAt(i);
    positions[code] = (positions[code] ?? 0) | (1 << i);
  }
  const last = 1 << (n - 1);
  let plus = -1;
  let minus = 0;
  let score = n;
  for (let j = 0; j < short.length; j++) {
    let eq = positions[short.charCodeAt(j)] ?? 0;
    const vertical = eq | minus;
    eq |= ((eq & plus) + plus) ^ plus;
    minus |= ~(eq | plus);
    plus &= eq;
    if (minus & last) score++;
    if (plus & last) score--;
    minus = (minus << 1) | 1;
    plus = (plus << 1) | ~(vertical | minus);
    minus &= vertical;
  }
  for (let i = 0; i < n; i++) positions[long.charCodeAt(i)] = 0;
  return score;
}

/** How many typos a name of this length may carry and still be recognised. */
export function typoAllowance(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** Two aliases are the same when they differ only in case, accents, punctuation or a leading "the". */
export function aliasKey(text: string): string {
  return normalizeName(text).replace(/^the /u, '');
}
