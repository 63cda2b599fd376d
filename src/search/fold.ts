// Retrieval core: text analysis, index options, query planning and passage search over a corpus's passages.
// This file turns text into search terms, folding away what differs between sources that report the same thing.
import { stemmer } from 'stemmer';
import { isStopWord } from '../corpus/stopwords.ts';
import { HONORIFICS, INITIALISMS, MONTHS, NAME_PAIRS } from './abbreviations.ts';
import { americanize } from './spelling.ts';

export interface Token {
  /** The search term: folded, spelling-normalised and stemmed. */
  term: string;
  /** The folded word before stemming (lower case, no accents, no possessive). */
  form: string;
  /** Offsets of the word in the analysed text. */
  start: number;
  end: number;
  /** A function word (or honorific): kept for offsets, never indexed or searched. */
  stop: boolean;
}

const LETTERS = '\\p{L}\\p{N}\\p{M}\\u00ad';
const APOSTROPHES = "'\\u2019\\u2018\\u02bc";
// Hyphens, including an en dash written tight between words ("NATO–Russia").
const HYPHENS = '\\-\\u2010\\u2011\\u2013';
const WORD = new RegExp(
  [
    '(?:\\p{L}\\.){2,}', // dotted initialisms: U.S., e.g.
    '\\p{N}{1,3}(?:,\\p{N}{3})+(?![\\p{N}])', // 2,000,000
    '\\p{N}+\\.\\p{N}+', // 3.5
    `[${LETTERS}]+(?:[${APOSTROPHES}${HYPHENS}][${LETTERS}]+)*`,
  ].join('|'),
  'gu',
);
const HYPHEN_SPLIT = new RegExp(`[${HYPHENS}]`, 'u');
const DOTTED = /^(?:\p{L}\.){2,}$/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const DAY_FOLLOWS = /^\.?\s*\p{N}/u;

/** Prefixes that are not words: "co-operation" is one word, "cooperation", not "co" + "operation". */
const BOUND_PREFIXES: ReadonlySet<string> = new Set(['co', 're', 'pre', 'non', 'un', 'de', 'ex', 'anti', 'pro', 'sub', 'semi', 'multi']);

/** Lower case, no accents, straight apostrophes, no soft hyphens, no thousands separators. */
export function foldCase(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\p{M}\u00ad]/gu, '')
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc]/gu, "'")
    .replace(/(\p{N}),(?=\p{N})/gu, '$1');
}

interface Word {
  term: string;
  form: string;
  stop: boolean;
}

/** One word without hyphens, as written, to its search term. */
function wordOf(raw: string): Word {
  const initialism = DOTTED.test(raw) ? raw.replace(/\./gu, '') : ALL_CAPS.test(raw) ? raw : null;
  if (initialism !== null) {
    const mapped = INITIALISMS.get(initialism.toUpperCase());
    if (mapped !== undefined && initialism === initialism.toUpperCase()) return { term: mapped, form: mapped, stop: false };
  }
  let form = foldCase(initialism ?? raw);
  if (isStopWord(form)) return { term: form, form, stop: true };
  form = form.replace(/'s$|'$/u, '').replace(/'/gu, '');
  if (form.length === 0 || isStopWord(form) || HONORIFICS.has(form)) return { term: form, form, stop: true };
  return { term: stemmer(americanize(form)), form, stop: false };
}

function pushWord(tokens: Token[], raw: string, start: number, text: string): void {
  const end = start + raw.length;
  const parts = raw.split(HYPHEN_SPLIT);
  if (parts.length === 1) {
    const word = wordOf(raw);
    const month = MONTHS.get(word.form);
    if (month !== undefined && DAY_FOLLOWS.test(text.slice(end))) {
      tokens.push({ term: stemmer(month), form: month, start, end, stop: false });
    } else {
      tokens.push({ ...word, start, end });
    }
    return;
  }
  let offset = start;
  for (const [i, part] of parts.entries()) {
    const word = wordOf(part);
    const bound = i === 0 && BOUND_PREFIXES.has(part);
    if (!bound) tokens.push({ ...word, start: offset, end: offset + part.length });
    offset += part.length + 1;
  }
  const joined = wordOf(parts.join(''));
  if (!joined.stop) tokens.push({ ...joined, start, end });
}

/** Every word of `text` with its search term and offsets, in text order (compounds: parts, then the whole). */
export function analyze(text: string): Token[] {
  const tokens: Token[] = [];
  let previous: { form: string; end: number; index: number } | null = null;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    const before = tokens.length;
    pushWord(tokens, raw, start, text);
    const single = tokens.length === before + 1 ? tokens[before] : undefined;
    if (single && previous && /^\s+$/u.test(text.slice(previous.end, start))) {
      const pair = NAME_PAIRS.get(`${previous.form} ${single.form}`);
      const first = tokens[previous.index];
      if (pair !== undefined && first) {
        tokens.splice(previous.index, 2, { term: pair, form: pair, start: first.start, end: single.end, stop: false });
        previous = null;
        continue;
      }
    }
    previous = single ? { form: single.form, end: single.end, index: before } : null;
  }
  return tokens;
}

/** The indexed terms of `text`: its non-stop-word terms in text order. */
export function indexTerms(text: string): string[] {
  return analyze(text)
    .filter((t) => !t.stop)
    .map((t) => t.term);
}
