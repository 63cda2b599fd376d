// Retrieval core: text analysis, index options, query planning and passage search over a corpus's passages.
// This file turns text into search terms, folding away what differs between sources that report the same thing.
import { stemmer } from 'stemmer';
import { isStopWord } from '../corpus/stopwords.ts';
import { isAsciiAlphanumeric } from '../corpus/ascii.ts';
import {
  amongLowerCase,
  HONORIFICS,
  INITIALISM_PHRASES,
  INITIALISMS,
  MONTHS,
  NAME_PAIRS,
  STOP_WORD_INITIALISMS,
} from './abbreviations.ts';
import { baseForm } from './irregular.ts';
import { americanize } from './spelling.ts';
import { WordTable } from './wordTable.ts';

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

// Soft hyphens and zero-width characters (space, non-joiner, joiner, word joiner, BOM) are invisible: inside a word
// they are part of it, and folding removes them, so "Ras\u200bmussen" is found as "Rasmussen".
const INVISIBLE = '\\u00ad\\u200b-\\u200d\\u2060\\ufeff';
const BASE_LETTERS = '\\p{L}\\p{N}\\p{M}';
const LETTERS = `${BASE_LETTERS}${INVISIBLE}`;
const INVISIBLE_OR_MARK = new RegExp(`[\\p{M}${INVISIBLE}]`, 'gu');
const APOSTROPHES = "'\\u2019\\u2018\\u02bc";
// Hyphens, including an en dash written tight between words ("NATO–Russia").
const HYPHENS = '\\-\\u2010\\u2011\\u2013';
const WORD = new RegExp(
  [
    '(?:\\p{L}\\.){2,}', // dotted initialisms: U.S., e.g.
    '\\p{N}{1,3}(?:,\\p{N}{3})+(?![\\p{N}])', // 2,000,000
    '\\p{N}+\\.\\p{N}+', // 3.5
    // A word starts with a visible character: a lone zero-width character is not a word.
    `[${BASE_LETTERS}][${LETTERS}]*(?:[${APOSTROPHES}${HYPHENS}][${BASE_LETTERS}][${LETTERS}]*)*`,
  ].join('|'),
  'gu',
);
const HYPHEN_SPLIT = new RegExp(`[${HYPHENS}]`, 'u');
/** The same pattern anchored where it is tried, for scanning a text by positions. */
const WORD_AT = new RegExp(WORD.source, 'uy');
/** ASCII characters a word can start with (letters and digits): no match starts at any other ASCII character. */
const ASCII_WORD_START = Array.from({ length: 128 }, (_, c) => isAsciiAlphanumeric(c));

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

function hasHyphen(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013) return true;
  }
  return false;
}
const DOTTED = /^(?:\p{L}\.){2,}$/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const DAY_FOLLOWS = /\.?\s*\p{N}/uy;

/** Prefixes that are not words: "co-operation" is one word, "cooperation", not "co" + "operation". */
const BOUND_PREFIXES: ReadonlySet<string> = new Set([
  'co',
  're',
  'pre',
  'non',
  'un',
  'de',
  'ex',
  'anti',
  'pro',
  'sub',
  'semi',
  'multi',
]);

// Words repeat: analysing each spelling (and stemming each lower-case form) once keeps the analysis of a large
// corpus cheap; a corpus has a few hundred thousand spellings. Bounded so memory stays flat.
const CACHE_LIMIT = 400_000;
const words = new WordTable<Word>(CACHE_LIMIT, (raw) => analyzeWord(raw));
const termCache = new Map<string, string>();

const PLAIN_ASCII = /^[A-Za-z0-9']+$/u;

/** Lower case, no accents, straight apostrophes, no soft hyphens or zero-width characters, no thousands separators. */
export function foldCase(raw: string): string {
  // Most words are plain ASCII, for which the full folding below is just lower-casing.
  if (PLAIN_ASCII.test(raw)) return raw.toLowerCase();
  return raw
    .normalize('NFKD')
    .replace(INVISIBLE_OR_MARK, '')
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc]/gu, "'")
    .replace(/(\p{N}),(?=\p{N})/gu, '$1');
}

/** What a spelling analyses to; one shared object per spelling, so per-word facts are computed once. */
interface Word {
  readonly term: string;
  readonly form: string;
  readonly stop: boolean;
  /** The form begins a two-word name pair ("united"). */
  readonly pairStart: boolean;
  /** The form begins a phrase with an initialism ("chief" of "chief executive"). */
  readonly phraseStart: boolean;
  /** The month this abbreviation stands for when a day number follows ("Sept. 18"). */
  readonly month: Word | null;
  /** What this function word's spelling stands for as an initialism ("WHO"), in text not all in capitals. */
  readonly initialism: Word | null;
  /** The TermNumbering that last numbered this word, and the id it gave. */
  numbering: TermNumbering | null;
  id: number;
}

function word(term: string, form: string, stop: boolean, initialism: Word | null = null): Word {
  const month = MONTHS.get(form);
  return {
    term,
    form,
    stop,
    pairStart: PAIR_STARTS.has(form),
    phraseStart: PHRASE_STARTS.has(form),
    month: month === undefined ? null : monthWord(month),
    initialism,
    numbering: null,
    id: 0,
  };
}

const PAIR_STARTS: ReadonlySet<string> = new Set([...NAME_PAIRS.keys()].map((pair) => pair.split(' ')[0] ?? ''));
const PHRASE_STARTS: ReadonlySet<string> = new Set(
  [...INITIALISM_PHRASES.keys()].map((phrase) => phrase.split(' ')[0] ?? ''),
);
const monthWords = new Map<string, Word>();
const PAIR_WORDS: ReadonlyMap<string, Word> = new Map(
  [...NAME_PAIRS].map(([pair, term]) => [pair, word(term, term, false)]),
);
const PHRASE_WORDS: ReadonlyMap<string, Word> = new Map(
  [...INITIALISM_PHRASES].map(([phrase, term]) => [phrase, word(term, term, false)]),
);

function monthWord(month: string): Word {
  let found = monthWords.get(month);
  if (!found) {
    found = { ...word(stemmer(month), month, false), month: null };
    monthWords.set(month, found);
  }
  return found;
}

/** The search term of a lower-case word that is not a stop word. */
export function termOf(form: string): string {
  let term = termCache.get(form);
  if (term === undefined) {
    if (termCache.size >= CACHE_LIMIT) termCache.clear();
    term = stemmer(americanize(baseForm(form)));
    termCache.set(form, term);
  }
  return term;
}

/** One word without hyphens, as written, to its search term. */
function analyzeWord(raw: string): Word {
  const initialism = DOTTED.test(raw) ? raw.replace(/\./gu, '') : ALL_CAPS.test(raw) ? raw : null;
  if (initialism !== null) {
    const mapped = INITIALISMS.get(initialism.toUpperCase());
    if (mapped !== undefined && initialism === initialism.toUpperCase()) return word(mapped, mapped, false);
  }
  let form = foldCase(initialism ?? raw);
  if (isStopWord(form)) return word(form, form, true, stopWordInitialism(raw));
  form = form.replace(/'s$|'$/u, '').replace(/'/gu, '');
  if (form.length === 0 || isStopWord(form) || HONORIFICS.has(form)) return word(form, form, true);
  return word(termOf(form), form, false);
}

/** The initialism a function word's spelling may stand for ("WHO", "WHO's"), searched as its own term. */
function stopWordInitialism(raw: string): Word | null {
  const term = STOP_WORD_INITIALISMS.get(raw.replace(/['\u2019]s$/u, ''));
  return term === undefined ? null : word(term, term, false);
}

function wordOf(raw: string): Word {
  return words.get(raw, 0, raw.length);
}

function dayFollows(text: string, at: number): boolean {
  DAY_FOLLOWS.lastIndex = at;
  return DAY_FOLLOWS.test(text);
}

/** Receives each token of a scanned text, in text order, with its offsets. */
type Visit = (word: Word, start: number, end: number) => void;

const WHITESPACE = /^\s+$/u;

/**
 * Every word of `text` in text order (compounds: their parts, then the whole); two words of a name pair with only
 * space between ("United States") become one token. The one tokenizer behind analyze and the index.
 */
function scan(text: string, visit: Visit): void {
  // A whole-word token held back until the next word shows whether the two form a name pair.
  let pending: Word | null = null;
  let pendingStart = 0;
  let pendingEnd = 0;
  // The initialism of a phrase ending in the pending word ("ceo" over "chief executive"), visited after it.
  let phrase: Word | null = null;
  let phraseStart = 0;
  const flush = (): void => {
    if (pending !== null) visit(pending, pendingStart, pendingEnd);
    if (phrase !== null) visit(phrase, phraseStart, pendingEnd);
    phrase = null;
  };
  const length = text.length;
  let at = 0;
  while (at < length) {
    // The leftmost match from `at`, as a global search would find it, without building match objects.
    const code = text.charCodeAt(at);
    if (code < 128 && !ASCII_WORD_START[code]) {
      at++;
      continue;
    }
    WORD_AT.lastIndex = at;
    if (!WORD_AT.test(text)) {
      at += code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1;
      continue;
    }
    const matchStart = at;
    let start = matchStart;
    let end = WORD_AT.lastIndex;
    at = end;
    let single: Word | null;
    let pieces: Piece[] | null = null;
    if (!hasHyphen(text, start, end)) {
      single = words.get(text, start, end);
      if (single.month !== null && dayFollows(text, end)) single = single.month;
      else if (single.initialism !== null && amongLowerCase(text, start, end)) single = single.initialism;
    } else {
      pieces = compoundPieces(text.slice(start, end), start);
      const only = pieces.length === 1 ? pieces[0] : undefined;
      single = only ? only.word : null;
      if (only) [start, end] = [only.start, only.end];
    }
    if (single && pending?.pairStart && WHITESPACE.test(text.slice(pendingEnd, matchStart))) {
      const pair = PAIR_WORDS.get(`${pending.form} ${single.form}`);
      if (pair !== undefined) {
        visit(pair, pendingStart, end);
        pending = null;
        phrase = null;
        continue;
      }
    }
    const initialism =
      single && pending?.phraseStart && WHITESPACE.test(text.slice(pendingEnd, matchStart))
        ? PHRASE_WORDS.get(`${pending.form} ${single.form}`)
        : undefined;
    const initialismStart = pendingStart;
    flush();
    pending = single;
    [pendingStart, pendingEnd] = [start, end];
    if (initialism !== undefined) [phrase, phraseStart] = [initialism, initialismStart];
    if (single === null && pieces !== null) {
      for (const p of pieces) visit(p.word, p.start, p.end);
      // "third-quarter": the phrase written as one hyphenated word.
      const [first, second] = pieces;
      const hyphenated =
        pieces.length === 3 && first?.word.phraseStart && second
          ? PHRASE_WORDS.get(`${first.word.form} ${second.word.form}`)
          : undefined;
      if (hyphenated !== undefined) visit(hyphenated, matchStart, end);
    }
  }
  flush();
}

interface Piece {
  word: Word;
  start: number;
  end: number;
}

/** A hyphenated word: its parts (a bound prefix only joined), then the joined word unless that is a stop word. */
function compoundPieces(raw: string, start: number): Piece[] {
  const pieces: Piece[] = [];
  const parts = raw.split(HYPHEN_SPLIT);
  let offset = start;
  for (const [i, part] of parts.entries()) {
    if (!(i === 0 && BOUND_PREFIXES.has(part)))
      pieces.push({ word: wordOf(part), start: offset, end: offset + part.length });
    offset += part.length + 1;
  }
  const joined = wordOf(parts.join(''));
  if (!joined.stop) pieces.push({ word: joined, start, end: start + raw.length });
  return pieces;
}

/** Every word of `text` with its search term and offsets, in text order (compounds: parts, then the whole). */
export function analyze(text: string): Token[] {
  const tokens: Token[] = [];
  scan(text, (w, start, end) => tokens.push({ term: w.term, form: w.form, start, end, stop: w.stop }));
  return tokens;
}

/** The indexed terms of `text`: its non-stop-word terms in text order. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  scan(text, (w) => {
    if (!w.stop) terms.push(w.term);
  });
  return terms;
}

/**
 * Numbers the distinct indexed terms of many texts in first-seen order, for building an index. Each analysed
 * spelling remembers its number, so a repeated word costs no term lookup.
 */
export class TermNumbering {
  /** Term of each id. */
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();

  /** Appends the id of each indexed term of `text`, in text order, to `out`. */
  addTerms(text: string, out: number[]): void {
    scan(text, (w) => {
      if (!w.stop) out.push(this.idOf(w));
    });
  }

  private idOf(w: Word): number {
    if (w.numbering === this) return w.id;
    let id = this.ids.get(w.term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(w.term);
      this.ids.set(w.term, id);
    }
    w.numbering = this;
    w.id = id;
    return id;
  }
}
