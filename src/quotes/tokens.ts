// The writer's words around the quotations: each paragraph as tokens in which every quotation is one opaque
// token, split into sentences, so attribution patterns never look inside quoted words.
import type { Article, Paragraph } from '../corpus/types.ts';
import type { ExtractedQuote } from './extract.ts';
import { SPEECH_VERBS } from './lexicon.ts';

export interface Token {
  kind: 'word' | 'punct' | 'quote';
  /** For a word: its text without a possessive ending; for a quote: the quoted words. */
  text: string;
  start: number;
  end: number;
  /** Index into the article's quotes, for a quote token. */
  quote?: number;
  /** A word ending in 's or s’ ("Russia’s"). */
  possessive?: boolean;
  /** The word lower-cased (empty for punctuation and quotes), computed once. */
  lower: string;
  /** A word starting with a capital letter. */
  capital: boolean;
}

export interface FrameSentence {
  paragraph: number;
  tokens: Token[];
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-.](?=[\p{L}\p{N}]))*/uy;
const POSSESSIVE = /^(.*\p{L})['’]s$/u;

const ABBREVIATIONS = new Set([
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
  'sgt',
  'sen',
  'rep',
  'gov',
  'rev',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'inc',
  'ltd',
  'co',
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
]);

const TITLE_ABBREVIATIONS = new Set([
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
  'sgt',
  'sen',
  'rep',
  'gov',
  'rev',
  'st',
  'pres',
  'supt',
  'insp',
  'det',
  'adm',
  'cmdr',
]);

/** Whether a word ends in 's or ’s, the only words POSSESSIVE can match. */
function endsInApostropheS(raw: string): boolean {
  const n = raw.length;
  if (n < 3 || raw.charCodeAt(n - 1) !== 115) return false;
  const apostrophe = raw.charCodeAt(n - 2);
  return apostrophe === 39 || apostrophe === 0x2019;
}

/** /^\p{Lu}/u, answered without the regular expression for ASCII. */
function startsUpperCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  return /^\p{Lu}/u.test(word);
}

/** /\s/u, answered without the regular expression for ASCII. */
function isSpace(code: number, ch: string): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return /\s/u.test(ch);
}

/** Tokens of one paragraph, each quotation (or the part of it in this paragraph) as one token. */
export function paragraphTokens(article: Article, paragraph: Paragraph, quotes: readonly ExtractedQuote[]): Token[] {
  const { text } = article;
  const inPara = quotes
    .map((q, index) => ({ q, index }))
    .filter(({ q }) => q.paragraphs.includes(paragraph.index))
    .map(({ q, index }) => ({
      index,
      start: Math.max(q.start, paragraph.start),
      end: Math.min(q.end, paragraph.end),
      q,
    }));
  // The first quote starting at each offset (this loop visits every character of the corpus, twice).
  const quoteAt = new Map<number, (typeof inPara)[number]>();
  for (const s of inPara) if (!quoteAt.has(s.start)) quoteAt.set(s.start, s);
  const tokens: Token[] = [];
  let i = paragraph.start;
  while (i < paragraph.end) {
    const quote = quoteAt.size > 0 ? quoteAt.get(i) : undefined;
    if (quote) {
      tokens.push({
        kind: 'quote',
        text: quote.q.text,
        start: quote.start,
        end: quote.end,
        quote: quote.index,
        lower: '',
        capital: false,
      });
      i = quote.end;
      continue;
    }
    const ch = text[i] ?? '';
    if (isSpace(text.charCodeAt(i), ch)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const match = WORD.exec(text);
    if (match && match.index === i) {
      const raw = match[0];
      let end = i + raw.length;
      const possessive = endsInApostropheS(raw) ? POSSESSIVE.exec(raw) : null;
      // A plural possessive ("allies’ votes") ends in an apostrophe outside the word.
      const pluralPossessive =
        !possessive &&
        raw.endsWith('s') &&
        /['’]/u.test(text[end] ?? '') &&
        !/[\p{L}]/u.test(text[end + 1] ?? ' ') &&
        !inPara.some((s) => s.start <= end && end < s.end);
      if (pluralPossessive) end += 1;
      // "Mr. Smith", "George W. Bush": the abbreviation's stop belongs to the word, not to the sentence.
      if (
        text[end] === '.' &&
        (TITLE_ABBREVIATIONS.has(raw.toLowerCase()) || /^\p{Lu}$/u.test(raw)) &&
        /^\s+\p{Lu}/u.test(text.slice(end + 1, end + 3))
      )
        end += 1;
      const word = possessive?.[1] ?? raw;
      const token: Token = {
        kind: 'word',
        text: word,
        start: i,
        end,
        lower: word.toLowerCase(),
        capital: startsUpperCase(word),
      };
      if (possessive || pluralPossessive) token.possessive = true;
      tokens.push(token);
      i = end;
      continue;
    }
    tokens.push({ kind: 'punct', text: ch, start: i, end: i + 1, lower: '', capital: false });
    i++;
  }
  return tokens;
}

function speakerFollows(tokens: Token[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 5); j++) {
    const t = tokens[j];
    if (t?.kind !== 'word') return false;
    if (SPEECH_VERBS.has(t.text.toLowerCase())) return true;
  }
  return false;
}

function startsUpper(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'quote' || /^\p{Lu}/u.test(token.text) || /^\p{N}/u.test(token.text));
}

/** Splits a paragraph's tokens into the writer's sentences; quotations never hide a break inside them. */
export function frameSentences(paragraph: number, tokens: Token[]): FrameSentence[] {
  const sentences: FrameSentence[] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    current.push(token);
    const next = tokens[i + 1];
    let boundary = false;
    if (token.kind === 'punct' && /[.!?]/u.test(token.text)) {
      const prev = tokens[i - 1];
      const abbreviation =
        prev?.kind === 'word' && (ABBREVIATIONS.has(prev.text.toLowerCase()) || /^\p{Lu}$/u.test(prev.text));
      boundary = next === undefined || (!abbreviation && startsUpper(next));
    } else if (token.kind === 'quote' && /[.!?]$/u.test(token.text)) {
      // “Why?” Smith asked: a capitalised speaker followed by a speech verb still belongs to the quote's sentence.
      boundary = next !== undefined && startsUpper(next) && !speakerFollows(tokens, i + 1);
    }
    if (boundary) {
      sentences.push({ paragraph, tokens: current });
      current = [];
    }
  }
  if (current.length > 0) sentences.push({ paragraph, tokens: current });
  return sentences;
}
