// Sentence segmentation for news prose: Intl.Segmenter proposes breaks, and we undo the ones that fall after
// abbreviations, initials, or before a lower-case continuation (`"Why?" he asked`).
import { isSpaceCode } from './ascii.ts';

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations that never end a sentence: titles before names, months before days. */
const NEVER_FINAL = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'pvt',
  'sen',
  'rep',
  'gov',
  'pres',
  'rev',
  'hon',
  'coun',
  'cllr',
  'supt',
  'insp',
  'det',
  'st',
  'mt',
  'ft',
  'fr',
  'sr',
  'jr',
  'messrs',
  'mme',
  'mlle',
  'no',
  'nos',
  'vs',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'cf',
  'ca',
  'fig',
  'dept',
  'est',
  'vol',
  'pp',
]);

/** Words that usually open a sentence; after an initialism such as "U.S." they signal a real break. */
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'this',
  'that',
  'these',
  'those',
  'there',
  'his',
  'her',
  'its',
  'their',
  'our',
  'as',
  'for',
  'if',
  'when',
  'while',
  'after',
  'before',
  'however',
  'meanwhile',
  'although',
  'since',
  'then',
  'mr',
  'mrs',
  'ms',
  'dr',
  'what',
  'who',
  'why',
  'how',
  'where',
  'some',
  'many',
  'most',
  'all',
  'both',
  'one',
  'no',
  'not',
  'asked',
  'still',
  'also',
  'last',
  'earlier',
]);

/** A short capitalised abbreviation after a comma, as a dateline writes a state or country: ", Calif.", ", Fla.". */
const DATELINE_ABBREVIATION = /,\s*\p{Lu}[\p{L}.]{0,5}\.$/u;

/**
 * The last run of non-space characters, what /(\S+)\s*$/u finds: scanned from the end, since that expression is tried
 * at every character and costs time quadratic in the text's length (trimEnd drops exactly the characters of \s).
 */
function lastToken(text: string): string {
  const trimmed = text.trimEnd();
  let start = trimmed.length;
  while (start > 0 && !isSpaceCode(trimmed.charCodeAt(start - 1))) start--;
  return trimmed.slice(start);
}

function firstWord(text: string): string {
  const match = /^[\s"'“‘([]*([\p{L}\p{N}]+)/u.exec(text);
  return match?.[1] ?? '';
}

/** Saints' abbreviations that open the second part of a double-barrelled surname: "Quill-St. John", "Roy-Ste. Marie". */
export const SAINT_ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'ste']);

/** Whether a hyphenated word ends in a saint's abbreviation ("Quill-St"), whose stop then belongs to the name. */
export function saintAfterHyphen(word: string): boolean {
  const hyphen = word.lastIndexOf('-');
  return hyphen > 0 && SAINT_ABBREVIATIONS.has(word.slice(hyphen + 1).toLowerCase());
}

/** Whether the break between `before` and `after` is a false one. */
function isFalseBreak(before: string, after: string): boolean {
  const trimmedAfter = after.trimStart();
  if (trimmedAfter.length === 0) return false;
  // A continuation in lower case, a number ("Sept. 18") or closing punctuation never starts a sentence.
  if (/^[\p{Ll}\p{N},;:)\]\u2019\u201d%]/u.test(trimmedAfter)) return true;
  const token = lastToken(before).replace(/^[("'“‘[]+/u, '');
  if (!token.endsWith('.')) return false;
  // A dateline's place abbreviated after a comma, then its credit or dash: "SAN JOSE, Calif. (Reuters) —".
  if (DATELINE_ABBREVIATION.test(before.trimEnd()) && /^[([\u2013\u2014-]/u.test(trimmedAfter)) return true;
  const bare = token.slice(0, -1).toLowerCase();
  if (NEVER_FINAL.has(bare) || saintAfterHyphen(bare)) return true;
  // A single capital initial ("George W. Bush", "J. K. Rowling").
  if (/^\p{Lu}$/u.test(token.slice(0, -1))) return true;
  // An initialism ("U.S.", "U.N."): a break only when the next word looks like a sentence opener.
  if (/^(?:\p{L}\.){1,}\p{L}$/u.test(bare)) {
    return !SENTENCE_OPENERS.has(firstWord(trimmedAfter).toLowerCase());
  }
  return false;
}

/** Creating a segmenter loads ICU data: one serves every call. */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * "…, the harbour was closed.Crews went home, …": a stop a copied page jammed against the next sentence's
 * first word, which Intl.Segmenter reads as one word. A stop after two lower-case letters, before a capital and a
 * lower-case letter, inside a run with no "/", "@" or other stop (a web or e-mail address), and after no
 * abbreviation (NEVER_FINAL).
 */
const JAMMED_STOP = /(?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll})/gu;

/** The offsets just past each jammed stop in [start, end) of `text` (JAMMED_STOP), where a sentence may start. */
function jammedBreaks(text: string, start: number, end: number): number[] {
  const breaks: number[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(JAMMED_STOP)) {
    const at = match.index;
    let from = at;
    while (from > 0 && !isSpaceCode(slice.charCodeAt(from - 1))) from--;
    let to = at + 1;
    while (to < slice.length && !isSpaceCode(slice.charCodeAt(to))) to++;
    const run = slice.slice(from, to);
    const word = slice
      .slice(from, at)
      .replace(/^[("'“‘[]+/u, '')
      .toLowerCase();
    if (/[/@]/u.test(run) || /[.!?]/u.test(slice.slice(from, at)) || NEVER_FINAL.has(word)) continue;
    breaks.push(start + at + 1);
  }
  return breaks;
}

/** Sentence spans of `text` (one paragraph), trimmed of surrounding whitespace, offsets relative to `text`. */
export function splitSentences(text: string): Span[] {
  const raw: Span[] = [];
  for (const part of segmenter.segment(text)) {
    const start = part.index;
    const end = part.index + part.segment.length;
    let from = start;
    for (const at of jammedBreaks(text, start, end)) {
      raw.push({ start: from, end: at });
      from = at;
    }
    raw.push({ start: from, end });
  }
  const merged: Span[] = [];
  for (const span of raw) {
    const previous = merged[merged.length - 1];
    if (previous && isFalseBreak(text.slice(previous.start, previous.end), text.slice(span.start, span.end))) {
      previous.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  const trimmed: Span[] = [];
  for (const span of merged) {
    const slice = text.slice(span.start, span.end);
    const lead = slice.length - slice.trimStart().length;
    const trail = slice.length - slice.trimEnd().length;
    if (span.end - trail > span.start + lead) trimmed.push({ start: span.start + lead, end: span.end - trail });
  }
  return trimmed;
}
