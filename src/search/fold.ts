// Retrieval core: text analysis, index options, query planning and passage search over a corpus's passages.
// This file turns text into search terms, folding away what differs between sources that report the same thing.
import { stemmer } from 'stemmer';
import { isStopWord } from '../corpus/stopwords.ts';
import { HONORIFICS, INITIALISMS, MONTHS, NAME_PAIRS } from './abbreviations.ts';
import { baseForm } from './irregular.ts';
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
const HYPHEN_TEST = /[-\u2010\u2011\u2013]/;
const DOTTED = /^(?:\p{L}\.){2,}$/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const DAY_FOLLOWS = /\.?\s*\p{N}/uy;

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

/** The search term of a lower-case word that is not a stop word. */
export function termOf(form: string): string {
  return stemmer(americanize(baseForm(form)));
}

/** One word without hyphens, as written, to its search term. */
function analyzeWord(raw: string): Word {
  const initialism = DOTTED.test(raw) ? raw.replace(/\./gu, '') : ALL_CAPS.test(raw) ? raw : null;
  if (initialism !== null) {
    const mapped = INITIALISMS.get(initialism.toUpperCase());
    if (mapped !== undefined && initialism === initialism.toUpperCase()) return { term: mapped, form: mapped, stop: false };
  }
  let form = foldCase(initialism ?? raw);
  if (isStopWord(form)) return { term: form, form, stop: true };
  form = form.replace(/'s$|'$/u, '').replace(/'/gu, '');
  if (form.length === 0 || isStopWord(form) || HONORIFICS.has(form)) return { term: form, form, stop: true };
  return { term: termOf(form), form, stop: false };
}

// Words repeat: analysing each spelling once keeps analysis of long texts cheap. Bounded so memory stays flat.
const WORD_CACHE_LIMIT = 100_000;
const wordCache = new Map<string, Word>();

function wordOf(raw: string): Word {
  let word = wordCache.get(raw);
  if (word === undefined) {
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    word = analyzeWord(raw);
    wordCache.set(raw, word);
  }
  return word;
}

function dayFollows(text: string, at: number): boolean {
  DAY_FOLLOWS.lastIndex = at;
  return DAY_FOLLOWS.test(text);
}

function pushWord(tokens: Token[], raw: string, start: number, text: string): void {
  const end = start + raw.length;
  const parts = HYPHEN_TEST.test(raw) ? raw.split(HYPHEN_SPLIT) : [raw];
  if (parts.length === 1) {
    const word = wordOf(raw);
    const month = MONTHS.get(word.form);
    if (month !== undefined && dayFollows(text, end)) {
      tokens.push({ term: stemmer(month), form: month, start, end, stop: false });
    } else {
      tokens.push({ term: word.term, form: word.form, start, end, stop: word.stop });
    }
    return;
  }
  let offset = start;
  for (const [i, part] of parts.entries()) {
    const word = wordOf(part);
    const bound = i === 0 && BOUND_PREFIXES.has(part);
    if (!bound) tokens.push({ term: word.term, form: word.form, start: offset, end: offset + part.length, stop: word.stop });
    offset += part.length + 1;
  }
  const joined = wordOf(parts.join(''));
  if (!joined.stop) tokens.push({ term: joined.term, form: joined.form, start, end, stop: false });
}

const PAIR_STARTS = new Set([...NAME_PAIRS.keys()].map((pair) => pair.split(' ')[0]));

/** Every word of `text` with its search term and offsets, in text order (compounds: parts, then the whole). */
export function analyze(text: string): Token[] {
  const tokens: Token[] = [];
  // Index of the previous token when it was a whole word (not part of a compound), else -1.
  let previous = -1;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const before = tokens.length;
    pushWord(tokens, raw, start, text);
    const single = tokens.length === before + 1 ? tokens[before] : undefined;
    const first = previous === -1 ? undefined : tokens[previous];
    if (single && first && PAIR_STARTS.has(first.form) && /^\s+$/u.test(text.slice(first.end, start))) {
      const pair = NAME_PAIRS.get(`${first.form} ${single.form}`);
      if (pair !== undefined) {
        tokens.splice(previous, 2, { term: pair, form: pair, start: first.start, end: single.end, stop: false });
        previous = -1;
        continue;
      }
    }
    previous = single ? before : -1;
  }
  return tokens;
}

/** The indexed terms of `text`: its non-stop-word terms in text order. */
export function indexTerms(text: string): string[] {
  return analyze(text)
    .filter((t) => !t.stop)
    .map((t) => t.term);
}
