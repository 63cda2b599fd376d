// The writer's words around the quotations: each paragraph as tokens in which every quotation is one opaque
// token, split into sentences, so attribution patterns never look inside quoted words.
import { isAsciiAlphanumeric } from '../corpus/ascii.ts';
import { saintAfterHyphen } from '../corpus/segment.ts';
import type { Article, Paragraph } from '../corpus/types.ts';
import { type ExtractedQuote, inSpans } from './extract.ts';
import {
  ARTICLES,
  DAYS_MONTHS,
  HEAD_TITLES,
  INVERTING_SPEECH_VERBS,
  NAME_PREFIXES,
  OPINION_VERBS,
  REPORTED_SPEECH_OPENERS,
  SPEECH_VERBS,
  SUBORDINATING_CONJUNCTIONS,
} from './lexicon.ts';
import { withoutNicknames } from './nicknames.ts';
import { NAME_PARTICLES } from './particles.ts';
import { withoutRetiredMarks } from './retiredMarks.ts';

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
  /** For a word of a name: the nickname written in quote marks right after it, left out of the tokens ("Wilhelmina
   * “Mina” van Ost": Mina on "Wilhelmina"). */
  nickname?: string;
}

export interface FrameSentence {
  paragraph: number;
  tokens: Token[];
}

// A stop joins the parts of a word ("U.S.", "bbc.co.uk") except where a copied page jammed a sentence's stop against
// the next one's first word ("closed.Crews"): two lower-case letters before it, a capital and a lower-case
// letter after it.
const WORD =
  /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’-](?=[\p{L}\p{N}])|\.(?=[\p{L}\p{N}])(?<!\p{Ll}\p{Ll}\.(?=\p{Lu}\p{Ll})))*/uy;
// ("RICE'S DREAM DEBUT": a word set in capitals writes its possessive ending in capitals too.)
const POSSESSIVE = /^(.*\p{L})['’]s$|^(\p{Lu}+)['’]S$/u;

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
  'hon',
  'coun',
  'cllr',
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

/**
 * Given names written short with a stop before the rest of the name: "Ma. Teresa Cruz" (María, as Philippine papers
 * write it), "Md. Abdul Karim" (Mohammad), "Wm.", "Chas.", "Thos.". The stop is the word's, not the sentence's.
 */
export const GIVEN_NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['ma', 'md', 'mohd', 'wm', 'chas', 'thos', 'jas']);

/**
 * Letters written with stops that stand for a place or a body, not a person's initials: "in the U.S. The plan …"
 * may end its sentence there.
 */
export const DOTTED_PLACE_LETTERS: ReadonlySet<string> = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'u.a.e']);

/**
 * Words that after a place's letters go on with the same name, so that the letters' stop ends no sentence: an office
 * or a body of that place that seldom opens a sentence ("U.S. Attorney Ann Hale", "the U.S. Embassy"). A head title
 * does too (HEAD_TITLES: "U.N. Secretary-General", "U.S. Ambassador"); not other role nouns ("in the U.S. Officials
 * said") nor words that open sentences as often ("from the U.S. Defense lawyer NAME said", "Court papers show").
 */
export const PLACE_LETTERS_BODIES: ReadonlySet<string> = new Set([
  ...['attorney', 'army', 'navy', 'embassy', 'consulate', 'congress', 'senate', 'treasury', 'marshals'],
  // ("said U.S. District Judge NAME", "the U.S. Supreme Court", "the U.S. Coast Guard"; not "Court", see above.)
  ...['district', 'magistrate', 'circuit', 'bankruptcy', 'supreme', 'department', 'coast', 'customs'],
]);

/** Whether the word after `at` (past spaces) is capitalised and goes on with a place's letters before it. */
function goesOnAfterPlaceLetters(text: string, at: number): boolean {
  const word = /^\s+(\p{Lu}[\p{L}-]*)/u.exec(text.slice(at, at + 40))?.[1]?.toLowerCase();
  return word !== undefined && (PLACE_LETTERS_BODIES.has(word) || HEAD_TITLES.has(word));
}

/** Capitals joined by stops as the tokenizer keeps them, the last stop outside the word: "N.V", "U.S", "J.R.R". */
const DOTTED_LETTERS = /^(?:\p{Lu}\.){1,3}\p{Lu}$/u;

/** "N.V. Okoro", "J.R.R. Tolkien": initials joined by stops (the last stop outside the word), not a place's letters. */
export function isDottedInitials(raw: string): boolean {
  return DOTTED_LETTERS.test(raw) && !DOTTED_PLACE_LETTERS.has(raw.toLowerCase());
}

/** "U.S", "U.N": a place's letters joined by stops (DOTTED_PLACE_LETTERS), written in capitals. */
function isDottedPlaceLetters(raw: string): boolean {
  return DOTTED_LETTERS.test(raw) && DOTTED_PLACE_LETTERS.has(raw.toLowerCase());
}

/**
 * Results' abbreviations before the next player's or side's name: "NAME (GER) d. NAME 6-3 7-5" (defeated), "def.",
 * "bt." (beat), "v." and "vs." (versus): their stop ends no sentence.
 */
export const RESULT_ABBREVIATIONS: ReadonlySet<string> = new Set(['d', 'def', 'bt', 'v', 'vs']);

/** "a.m", "p.m" as the tokenizer joins them (the last stop outside the word). */
const CLOCK_ABBREVIATIONS: ReadonlySet<string> = new Set(['a.m', 'p.m']);

/** Words that go on with a time in the same sentence: a day, a month or a time zone ("p.m. Monday", "a.m. ET"). */
export const TIME_GOES_ON_WORDS: ReadonlySet<string> = new Set([
  ...DAYS_MONTHS,
  ...[
    'et',
    'est',
    'edt',
    'pt',
    'pst',
    'pdt',
    'ct',
    'cst',
    'cdt',
    'mt',
    'mst',
    'mdt',
    'gmt',
    'bst',
    'utc',
    'ist',
    'aest',
  ],
]);

/** Whether the word after the stop at `at - 1` is one a time goes on with (TIME_GOES_ON_WORDS). */
function timeGoesOn(text: string, at: number): boolean {
  const next = /^\s+(\p{L}+)/u.exec(text.slice(at, at + 12));
  return next !== null && TIME_GOES_ON_WORDS.has((next[1] ?? '').toLowerCase());
}

/** "J.R. “Jock” Whitlock": a nickname of one or two capitalised words in quote marks, then the surname. */
const NICKNAME_AFTER = /^\s+["'\u201c\u2018]\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*)?["'\u201d\u2019]\s+\p{Lu}/u;

/**
 * "Mr. de Alwis", "Dr. van der Berg": whether the text at `at` is a surname opening with particles written small,
 * then a capital; a title's stop before it is the title's.
 */
function particleNameAfter(text: string, at: number): boolean {
  const words = /^\s+((?:\p{Ll}+\s+){1,3})\p{Lu}/u.exec(text.slice(at, at + 40));
  return (
    words?.[1] !== undefined &&
    words[1]
      .trim()
      .split(/\s+/u)
      .every((w) => NAME_PARTICLES.has(w))
  );
}

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
  'hon',
  'st',
  'pres',
  'supt',
  'comm',
  'asst',
  'insp',
  'det',
  'gda',
  'adm',
  'cmdr',
  'coun',
  'cllr',
  'engr',
  'barr',
  'eng',
  'adv',
  'atty',
  'sec',
  'usec',
]);

/** "No1", "No.4": a ranking written short, whose capital opens no name ("the world No4 seed"). */
const RANK_NUMBER = /^No\.?\d+$/u;

/** A plural possessive written with its apostrophe alone ("allies’ votes"): the token ends one past the word. */
export function isPluralPossessive(token: Token): boolean {
  return token.possessive === true && token.end - token.start === token.text.length + 1;
}

/** A word as written with its possessive ending: "Russia’s" for "Russia’s", "allies’", never "allies’s". */
export function withPossessive(token: Token): string {
  if (token.possessive !== true) return token.text;
  return isPluralPossessive(token) ? `${token.text}’` : `${token.text}’s`;
}

/** Whether a quote's text closes on a question mark ("“Will you stay?”"), before any trailing space. */
export function closesOnQuestion(text: string): boolean {
  return /\?\s*$/u.test(text);
}

/** The index of the "(" opening the bracket that the ")" at token `close` closes, no quote inside; -1 when none does. */
export function openingBracketOf(tokens: readonly Token[], close: number): number {
  let open = close - 1;
  while (open >= 0 && tokens[open]?.text !== '(' && tokens[open]?.kind !== 'quote') open--;
  return tokens[open]?.text === '(' ? open : -1;
}

/** "71-year-old": an age that stands for a person ("the 71-year-old said"), fitting anyone of that age. */
export function isAgeWord(word: string): boolean {
  // The ending first: the expression ran for every word read as a possible role head.
  return word.endsWith('-year-old') && /^\d{1,3}-year-old$/u.test(word);
}

export function isRankNumber(word: string): boolean {
  return word.charCodeAt(0) === 78 && RANK_NUMBER.test(word);
}

/** Whether a word ends in 's or ’s, the only words POSSESSIVE can match. */
function endsInApostropheS(raw: string): boolean {
  const n = raw.length;
  const last = raw.charCodeAt(n - 1);
  if (n < 3 || (last !== 115 && last !== 83)) return false;
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

/** "al-Hashimi", "el-Sisi": a lower-case prefix joined by a hyphen to a capitalised name is written as a name. */
export function isPrefixedName(word: string): boolean {
  const hyphen = word.indexOf('-');
  return (
    hyphen >= 2 && hyphen <= 3 && NAME_PREFIXES.has(word.slice(0, hyphen)) && startsUpperCase(word.slice(hyphen + 1))
  );
}

/** /\s/u, answered without the regular expression for ASCII. */
function isSpace(code: number, ch: string): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return /\s/u.test(ch);
}

/** Marks that join two parts of one word when a letter or digit follows them: ' ’ - . */
function isWordJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 46;
}

/** Whether a character code is an ASCII lower-case or capital letter (module functions: no closure per call). */
function lowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

function upperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Whether the stop at `at` is a sentence's jammed against the next one's word (WORD's exception, for ASCII). */
function jammedStop(text: string, at: number): boolean {
  return (
    lowerAscii(text.charCodeAt(at - 1)) &&
    lowerAscii(text.charCodeAt(at - 2)) &&
    upperAscii(text.charCodeAt(at + 1)) &&
    lowerAscii(text.charCodeAt(at + 2))
  );
}

/** "&" in ASCII: between capitals it joins one body's initials ("AT&T"). */
const AMPERSAND = 38;

function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * The end of the word WORD matches at `at`, or -1 when none starts there. ASCII words are scanned by hand (WORD's
 * match array was most of a first start's tokenising); at any other character the expression itself decides, so the
 * result is WORD's. WORD never backtracks (each step takes one character), so a scan that stops where it does agrees.
 */
function wordEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first < 128) {
    if (!isAsciiAlphanumeric(first)) return -1;
    let end = at + 1;
    for (;;) {
      const code = text.charCodeAt(end);
      if (isAsciiAlphanumeric(code)) end++;
      else if (code >= 128) break;
      // "AT&T", "OG&E": an ampersand between capitals joins one body's initials.
      else if (code === AMPERSAND && isAsciiUpper(text.charCodeAt(end - 1)) && isAsciiUpper(text.charCodeAt(end + 1)))
        end += 2;
      else if (isWordJoiner(code)) {
        const next = text.charCodeAt(end + 1);
        if (code === 46 && jammedStop(text, end)) return end;
        if (isAsciiAlphanumeric(next)) end += 2;
        else if (next >= 128) break;
        else return end;
      } else return end;
    }
  }
  WORD.lastIndex = at;
  const match = WORD.exec(text);
  return match !== null && match.index === at ? at + match[0].length : -1;
}

/** Tokens of one paragraph, each quotation (or the part of it in this paragraph) as one token. */
export function paragraphTokens(article: Article, paragraph: Paragraph, quotes: readonly ExtractedQuote[]): Token[] {
  const { text } = article;
  // An interviewer's question is read as prose: the people it brings in ("Your co-star, Ann Hale, is 70.") are named
  // for the sentences after it, as the prose of an interview names them. (Its own rule gives it to the interviewer.)
  const inPara = quotes
    .map((q, index) => ({ q, index }))
    .filter(({ q }) => q.paragraphs.includes(paragraph.index) && q.transcript?.question !== true)
    .map(({ q, index }) => ({
      index,
      start: Math.max(q.start, paragraph.start),
      end: Math.min(q.end, paragraph.end),
      q,
    }));
  // The first quote starting at each offset, by offset: the loop below visits every character of the corpus (twice),
  // and its offsets only grow, so one cursor into the starts replaces a lookup per character.
  const byStart = inPara
    .map((s, order) => ({ s, order }))
    .sort((a, b) => a.s.start - b.s.start || a.order - b.order)
    .map(({ s }) => s);
  let nextQuote = 0;
  const tokens: Token[] = [];
  let i = paragraph.start;
  while (i < paragraph.end) {
    while (nextQuote < byStart.length && (byStart[nextQuote] as (typeof inPara)[number]).start < i) nextQuote++;
    const quote = byStart[nextQuote];
    if (quote !== undefined && quote.start === i) {
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
    const code = text.charCodeAt(i);
    if (isSpace(code, text[i] ?? '')) {
      i++;
      continue;
    }
    const matched = wordEnd(text, i);
    if (matched > i) {
      const raw = text.slice(i, matched);
      let end = matched;
      const possessive = endsInApostropheS(raw) ? POSSESSIVE.exec(raw) : null;
      // A plural possessive ("allies’ votes") ends in an apostrophe outside the word.
      const after = text.charCodeAt(end);
      const pluralPossessive =
        !possessive &&
        raw.endsWith('s') &&
        (after === 39 || after === 0x2019) &&
        !/[\p{L}]/u.test(text[end + 1] ?? ' ') &&
        !inSpans(inPara, end);
      if (pluralPossessive) end += 1;
      // "Mr. Smith", "George W. Bush": the abbreviation's stop belongs to the word, not to the sentence.
      // ("U.S. Attorney Ann Hale": so does a place's letters' before an office or body of that place.)
      if (text[end] === '.' && isDottedPlaceLetters(raw) && goesOnAfterPlaceLetters(text, end + 1)) end += 1;
      else if (
        text[end] === '.' &&
        (TITLE_ABBREVIATIONS.has(raw.toLowerCase()) ||
          saintAfterHyphen(raw) ||
          RESULT_ABBREVIATIONS.has(raw) ||
          GIVEN_NAME_ABBREVIATIONS.has(raw.toLowerCase()) ||
          /^\p{Lu}$/u.test(raw) ||
          isDottedInitials(raw)) &&
        (/^\s+\p{Lu}/u.test(text.slice(end + 1, end + 3)) ||
          NICKNAME_AFTER.test(text.slice(end + 1, end + 40)) ||
          (TITLE_ABBREVIATIONS.has(raw.toLowerCase()) && particleNameAfter(text, end + 1)))
      )
        end += 1;
      // "just after 11 p.m. Monday", "at 9 a.m. ET": a time's stop before the day or zone it goes on with.
      else if (text[end] === '.' && CLOCK_ABBREVIATIONS.has(raw.toLowerCase()) && timeGoesOn(text, end + 1)) end += 1;
      // ("He'd flown over", "She'll stay": a pronoun with a verb's ending joined is the pronoun, as a reader takes it.)
      const contracted = possessive ? null : contractedPronoun(raw);
      const word = possessive?.[1] ?? possessive?.[2] ?? contracted ?? raw;
      const token: Token = {
        kind: 'word',
        text: word,
        start: i,
        end,
        lower: word.toLowerCase(),
        capital: (startsUpperCase(word) && !isRankNumber(word)) || isPrefixedName(word),
      };
      if (possessive || pluralPossessive) token.possessive = true;
      tokens.push(token);
      i = end;
      continue;
    }
    tokens.push({ kind: 'punct', text: text[i] ?? '', start: i, end: i + 1, lower: '', capital: false });
    i++;
  }
  return withoutRetiredMarks(withoutNicknames(tokens));
}

/** Pronouns a verb's ending is written onto ("he'd", "they'll", "I've"): the token is the pronoun. */
export const CONTRACTED_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/** Verb endings joined to a pronoun by an apostrophe ("'d", "'ll", "'ve", "'re", "'m"). */
export const CONTRACTION_ENDINGS: ReadonlySet<string> = new Set(['d', 'll', 've', 're', 'm']);

/** The pronoun of "He'd", "they’ll" (CONTRACTED_PRONOUNS, CONTRACTION_ENDINGS), as written; null for other words. */
function contractedPronoun(raw: string): string | null {
  const apostrophe = Math.max(raw.indexOf("'"), raw.indexOf('\u2019'));
  if (apostrophe <= 0) return null;
  const stem = raw.slice(0, apostrophe);
  const ending = raw.slice(apostrophe + 1).toLowerCase();
  return CONTRACTED_PRONOUNS.has(stem.toLowerCase()) && CONTRACTION_ENDINGS.has(ending) ? stem : null;
}

/**
 * Whether an article stands right before token i, making the word there a noun ("the warning", "a reply"): in lower
 * case, or opening the sentence at `opening` — not a letter naming somebody ("Officer A told", "Witness A said").
 */
export function afterArticle(tokens: readonly Token[], i: number, opening = 0): boolean {
  const before = tokens[i - 1];
  return before?.kind === 'word' && ARTICLES.has(before.lower) && (!before.capital || i - 1 === opening);
}

/**
 * Where the speech verb of a speaker right after a quote closing on a stop stands ("“Why?” Smith asked"), within five
 * words; -1 when the words after open a sentence of their own.
 */
function speakerVerbAfter(tokens: Token[], from: number): number {
  for (let j = from; j < Math.min(tokens.length, from + 5); j++) {
    const t = tokens[j];
    if (t?.kind !== 'word') return -1;
    // “…” The minister added that …: reported speech of its own opens a new sentence.
    // ("“…” That was the warning from NAME": after an article the word is a noun, no verb.)
    // (The words after a quote closing on a stop may open a sentence: "“…” The claims were …".)
    if (SPEECH_VERBS.has(t.text.toLowerCase()) && !afterArticle(tokens, j, from))
      return !REPORTED_SPEECH_OPENERS.has(tokens[j + 1]?.lower ?? '') && !OPINION_VERBS.has(t.lower) ? j : -1;
  }
  return -1;
}

function startsUpper(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'quote' || /^\p{Lu}/u.test(token.text) || /^\p{N}/u.test(token.text));
}

/** Most tokens after a stop within which a bracket opened before it closes, for the stop to stay inside it. */
const BRACKET_CLOSE_TOKENS = 12;

/**
 * "Ana Ruiz (d. Mia Ode 6-4, 6-2)": a stop inside a bracket that opened in the sentence and closes a few tokens
 * later is an abbreviation's (a result's "d." for defeated), not a sentence's end.
 */
function insideShortBracket(tokens: readonly Token[], stop: number): boolean {
  let open = -1;
  for (let k = stop - 1; k >= 0 && open === -1; k--) {
    const text = tokens[k]?.text;
    if (text === ')') return false;
    if (text === '(') open = k;
  }
  if (open === -1) return false;
  for (let k = stop + 1; k < tokens.length && k <= stop + BRACKET_CLOSE_TOKENS; k++) {
    const t = tokens[k];
    if (t?.text === ')') return true;
    if (t?.text === '(' || t?.kind === 'quote' || (t?.kind === 'punct' && /[.!?]/u.test(t.text))) return false;
  }
  return false;
}

/**
 * Whether the writer's sentence read so far (`current`, a quote closing on a stop last) already brought its quote in
 * with a speech verb, and the speech verb after the quote does not close the sentence as a bare credit ("“…” NAME
 * said."): the words after are a sentence of their own ("NAME told supporters the order was “…” Spokesperson NAME said
 * the board would …", "One listener wrote: “…” Another texted simply: “…”").
 */
function speaksAgainAfterCuedQuote(current: readonly Token[], tokens: readonly Token[], verb: number): boolean {
  const next = tokens[verb + 1];
  // (A credit crediting words, "said" and the like: "… Her rival NAME disagreed." is a sentence of its own.)
  const bareCredit =
    INVERTING_SPEECH_VERBS.has(tokens[verb]?.lower ?? '') &&
    (next === undefined || (next.kind === 'punct' && /^[.!?]$/u.test(next.text)));
  // ("Asked whether …, “…” NAME told", "Later, when asked about it, “…” NAME told": a speech verb of an adverbial
  // clause closed by a comma before the quote — opening on the verb itself or on a conjunction — brought nothing in.)
  const opening = (k: number): boolean => {
    const from = current.findLastIndex((t, j) => j < k && t.text === ',') + 1;
    const closed = current.some((t, j) => j > k && t.text === ',');
    return closed && (from === k || SUBORDINATING_CONJUNCTIONS.has(current[from]?.lower ?? ''));
  };
  const cued = current
    .slice(0, -1)
    .some((t, k) => t.kind === 'word' && SPEECH_VERBS.has(t.lower) && !afterArticle(current, k) && !opening(k));
  return cued && !bareCredit;
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
        prev?.kind === 'word' &&
        (ABBREVIATIONS.has(prev.text.toLowerCase()) ||
          saintAfterHyphen(prev.text) ||
          GIVEN_NAME_ABBREVIATIONS.has(prev.text.toLowerCase()) ||
          /^\p{Lu}$/u.test(prev.text));
      boundary = next === undefined || (!abbreviation && startsUpper(next) && !insideShortBracket(tokens, i));
    } else if (token.kind === 'quote' && /[.!?]$/u.test(token.text)) {
      // “Why?” Smith asked: a capitalised speaker followed by a speech verb still belongs to the quote's sentence —
      // unless the writer's sentence already brought the quote in (speaksAgainAfterCuedQuote).
      const verb = speakerVerbAfter(tokens, i + 1);
      boundary =
        next !== undefined && startsUpper(next) && (verb === -1 || speaksAgainAfterCuedQuote(current, tokens, verb));
    }
    if (boundary) {
      sentences.push({ paragraph, tokens: current });
      current = [];
    }
  }
  if (current.length > 0) sentences.push({ paragraph, tokens: current });
  return sentences;
}
