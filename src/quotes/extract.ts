// The quotation reader: pure functions from an ingested article to its quotes, their speakers and the people
// they name. This file finds the direct quotations — spans between quotation marks — and leaves out the rest.
import type { Article, Paragraph } from '../corpus/types.ts';
import { isStopWord } from '../corpus/stopwords.ts';
import { TITLE_SMALL_WORDS } from '../corpus/blockFeatures.ts';
import { doubleQuoteSpans } from './doubleQuotes.ts';
import { WORK_NOUNS } from './lexicon.ts';
import {
  BEFORE_OPENING,
  DOUBLE,
  isMarkCode,
  isSpace,
  JAMMED_OPENING,
  PAIR_OPEN,
  SINGLE_CLOSE,
  SINGLE_OPEN,
  WORDISH,
} from './quoteMarks.ts';
import type { TranscriptTurn } from './transcriptLayout.ts';
import { transcriptQuotes } from './transcriptQuotes.ts';
import { postQuotes } from './posts.ts';

export interface Span {
  start: number;
  end: number;
}

export interface ExtractedQuote {
  /** Offsets into article.text of the whole quotation, marks included (across paragraphs when it runs on). */
  start: number;
  end: number;
  /** The quoted words in each paragraph it covers, marks excluded. */
  segments: Span[];
  /** Indices of the paragraphs it covers, in order. */
  paragraphs: number[];
  /** The quoted words without marks; continued paragraphs are joined by a space. */
  text: string;
  /** Quoted words embedded in a sentence rather than a quoted sentence of its own. */
  partial: boolean;
  /** A partial quote of one to three words: emphasis rather than a statement. */
  scare: boolean;
  headline: boolean;
  /** A transcript's turn printed without quotation marks (transcriptLayout.ts): whose label or answer it is. */
  transcript?: TranscriptTurn;
  /** The words of a post embedded from a social network: the author its signature line names (posts.ts). */
  postBy?: string;
}

/**
 * Whether offset `i` lies in one of the spans [start, end). A loop: a closure over a scan's position made the scans
 * here and in tokens.ts allocate a context for every character or word they visit.
 */
export function inSpans(spans: readonly { start: number; end: number }[], i: number): boolean {
  for (const s of spans) if (i >= s.start && i < s.end) return true;
  return false;
}

/**
 * "’Our results are strong,’ said Hale": a page that typed the closing mark for the opening one. It opens a quote
 * only after a space or at the paragraph's start and before a capital, where no apostrophe stands ("’90s", "rock
 * ’n’ roll" have none).
 */
function closerTypedAsOpener(ch: string, prev: string, next: string | undefined): boolean {
  return ch === '’' && /\s/u.test(prev) && next !== undefined && /\p{Lu}/u.test(next);
}

/**
 * What may follow a single opening mark: a letter, or an editor's bracket ("‘(Next year) will be hard,’ she said"),
 * before which no apostrophe of an elision stands.
 */
const OPENS_SINGLE_QUOTE = /[\p{L}([]/u;

/**
 * Whether the typographic opening mark at `at` opens a quotation that starts with a figure ("‘340 hours of …’"), not
 * a year or decade cut short ("‘90s", "‘24"), which a straight or left mark may stand for.
 */
function opensWithFigure(text: string, at: number): boolean {
  return text[at] === '‘' && /^\d/u.test(text[at + 1] ?? '') && !SHORT_YEAR.test(text.slice(at + 1, at + 5));
}

/** Two figures standing alone or with an "s" after a mark: a year or decade cut short ("‘90s", "‘24"). */
const SHORT_YEAR = /^\d{2}(?:s)?(?!\p{N}|\p{L})/u;

/** Plural nouns of a span of time whose possessive a quotation holds ("two weeks’ notice", "ten years’ work"). */
export const PLURAL_MEASURE_NOUNS: ReadonlySet<string> = new Set([
  ...['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades'],
]);

/** A single closing mark after the words of a sentence ("…,’" "…?’"), not a lone apostrophe. */
const CLOSES_SENTENCE = /[,.!?]['’](?![\p{L}\p{N}])/u;

/** Whether the single mark at `i` (of a scan from `start`) opens a quoted span. */
function opensSingleSpan(text: string, i: number, start: number): boolean {
  const ch = text[i] ?? '';
  const prev = i === start ? ' ' : (text[i - 1] ?? ' ');
  const next = text[i + 1];
  return (
    (SINGLE_OPEN.has(ch) &&
      (BEFORE_OPENING.test(prev) || JAMMED_OPENING.test(prev)) &&
      next !== undefined &&
      (OPENS_SINGLE_QUOTE.test(next) || opensWithFigure(text, i))) ||
    closerTypedAsOpener(ch, prev, next)
  );
}

/**
 * Whether the mark at `i` is a plural's possessive inside a single-quoted span, not its close — a span of time's ("two
 * weeks’ notice") or a lower-case plural's before a word of content ("the twins’ piano lessons") — with the span closed
 * after punctuation later in the paragraph ("‘Most got two weeks’ notice, some got none,’ the organiser said"), before
 * anything opens another span. A scare quote ending so ("the ‘two minutes’ rule. ‘It works,’ she said") closes there.
 */
function measurePossessiveInside(text: string, i: number, end: number): boolean {
  if (!/^['’] \p{Ll}/u.test(text.slice(i, i + 3))) return false;
  const written = /\p{L}+$/u.exec(text.slice(Math.max(0, i - 12), i))?.[0] ?? '';
  const word = written.toLowerCase();
  // ("‘We cancelled the twins’ piano lessons, we never eat out,’ he said": so is a plural noun in lower case before a
  // word of content, not "the ‘courts’ and …" nor a place, "the ‘Midlands’ and".)
  const following = /^\p{L}+/u.exec(text.slice(i + 2, i + 30))?.[0] ?? '';
  const plural = written === word && /[^s']s$/u.test(word) && !isStopWord(following);
  if (!PLURAL_MEASURE_NOUNS.has(word) && !plural) return false;
  const close = text.slice(i + 1, end).search(CLOSES_SENTENCE);
  if (close === -1) return false;
  for (let k = i + 1; k <= i + 1 + close; k++)
    if (isMarkCode(text.charCodeAt(k)) && opensSingleSpan(text, k, i + 1)) return false;
  return true;
}

/** Single-quoted spans that close within [start, end), outside the `taken` spans; apostrophes never open or close one. */
function closedSingleSpans(
  text: string,
  start: number,
  end: number,
  taken: readonly Span[],
): { spans: Span[]; open: number } {
  const spans: Span[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    // Only a quotation mark can open or close a span.
    if (!isMarkCode(text.charCodeAt(i))) continue;
    const ch = text[i] ?? '';
    if (inSpans(taken, i)) continue;
    const prev = i === start ? ' ' : (text[i - 1] ?? ' ');
    const next = text[i + 1];
    if (open === -1) {
      if (opensSingleSpan(text, i, start)) open = i;
    } else if (
      SINGLE_CLOSE.has(ch) &&
      !isSpace(prev) &&
      (next === undefined || !WORDISH.test(next)) &&
      i < end &&
      !measurePossessiveInside(text, i, end)
    ) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return { spans, open };
}

/**
 * The writer's words before a quotation a speech verb brings in: the verb (or "according to" someone) and then a
 * comma or colon right before the mark ("Okoro said after the meeting, ", "According to Okoro, ").
 */
const INTRODUCED_BY =
  /\b(?:said|says|told|tells|added|adds|declared|wrote|writes|stated|explained|according to)\b[^.!?"“”]*[,:]\s*$/iu;

/** Fewest words of a single-quoted paragraph that runs on unclosed with no reopened paragraph after it. */
const RUN_ON_WORDS = 8;

/** Single-quoted spans inside one paragraph, outside double quotes; apostrophes never open or close one. */
function singleQuoteSpans(article: Article, paragraph: Paragraph, taken: Span[]): (Span & { openEnded?: true })[] {
  const { text } = article;
  const closed = closedSingleSpans(text, paragraph.start, paragraph.end, taken);
  const spans: (Span & { openEnded?: true })[] = closed.spans;
  const open = closed.open;
  // A quotation running on into the next paragraph is left open and reopened there (‘… ¶ ‘…’), as with double
  // marks: it ends with its paragraph.
  // A paragraph that opens with the mark and runs on without closing it is quotation too, though a caption or
  // the end of the stored text comes before the next paragraph reopens it.
  const words = open === -1 ? 0 : wordsOf(text.slice(open, paragraph.end)).length;
  const opensParagraph = open !== -1 && text.slice(paragraph.start, open).trim() === '';
  // So is one a speech verb brings in ("Okoro said after the meeting, ‘Nobody …"), left unclosed to the paragraph's end.
  const introduced = open !== -1 && INTRODUCED_BY.test(text.slice(sentenceStartBefore(article, paragraph, open), open));
  if (
    open !== -1 &&
    ((SINGLE_OPEN.has(text.slice(paragraph.end).trimStart().charAt(0)) && words >= 4) ||
      ((opensParagraph || introduced) && words >= RUN_ON_WORDS))
  ) {
    spans.push({ start: open, end: paragraph.end, openEnded: true });
  }
  return spans;
}

function innerText(text: string, segments: Span[]): string {
  return segments
    .map((s) => text.slice(s.start, s.end).trim())
    .filter((s) => s.length > 0)
    .join(' ')
    .replace(/\s+/gu, ' ')
    .replace(/[,;:\s]+$/u, '');
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** Words right before a quoted name of a thing, with a lower-case noun after it ("a monthly “Sails & Strings” night"). */
export const NAMED_THING_OPENERS: ReadonlySet<string> = new Set([
  ...['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'monthly', 'weekly', 'annual', 'new'],
]);

/** Nouns of a named thing after its quoted name ("a “Sails & Strings” night", "the “Save Our Quay” campaign"). */
export const NAMED_THING_NOUNS: ReadonlySet<string> = new Set([
  ...['night', 'nights', 'evening', 'campaign', 'banner', 'banners', 'slogan', 'scheme', 'policy', 'programme'],
  ...['program', 'festival', 'initiative', 'project', 'brand', 'label', 'sign', 'placard', 'placards', 'motto'],
  ...['logo', 'series', 'tour', 'fund', 'award', 'awards', 'competition', 'contest', 'challenge', 'movement'],
]);

/** Prepositions right before a quoted show's or programme's name ("appeared on “Harbour Tonight”"). */
export const MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set(['on']);

/** Most words of a show's name after such a preposition. */
const MEDIUM_TITLE_WORDS = 4;

/** A quoted title of a book, film, report or nickname: title-cased and named by the words around it. */
function isTitleOfWork(article: Article, span: Span, inner: string): boolean {
  const words = wordsOf(inner);
  if (words.length === 0 || words.length > 10) return false;
  const text = article.text;
  const before = wordsOf(text.slice(Math.max(0, span.start - 60), span.start))
    .slice(-3)
    .map((w) => w.toLowerCase());
  // ("told host Ana Ruiz on “Harbour Tonight.”": a short name of a show or a programme right after "on", every word
  // of it capitalised, even with the sentence's stop inside the marks.)
  // (The preposition stands in the quote's own sentence and line: "… came on. ¶ “Stop the Car,” she said" is a quote.)
  const wordBefore = /([\p{L}]+)[^\S\n]+$/u.exec(text.slice(Math.max(0, span.start - 20), span.start))?.[1];
  const medium =
    MEDIUM_PREPOSITIONS.has(wordBefore?.toLowerCase() ?? '') &&
    words.length <= MEDIUM_TITLE_WORDS &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    !/[!?,]$/u.test(inner);
  if (medium) return true;
  if (/[.!?,]$/u.test(inner)) return false;
  const long = words.filter((w) => w.length >= 4);
  const titleCased = /^\p{Lu}/u.test(words[0] ?? '') && long.every((w) => /^\p{Lu}/u.test(w));
  if (!titleCased) return false;
  if (before.some((w) => WORK_NOUNS.has(w))) return true;
  // ("a monthly “Sails & Strings” night", "its “Save Our Quay” banner": a name, every word capitalised (small words
  // aside), between a determiner of its own sentence and a noun of a named thing, names that thing; nobody said it.)
  const sentenceStart = text.lastIndexOf('.', span.start);
  const opener = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(sentenceStart + 1, span.start - 20), span.start))?.[1];
  const nounAfter = /^\s+(\p{Ll}+)\b/u.exec(text.slice(span.end, span.end + 20))?.[1];
  const capitalised = words.every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w));
  if (NAMED_THING_OPENERS.has(opener?.toLowerCase() ?? '') && NAMED_THING_NOUNS.has(nounAfter ?? '') && capitalised)
    return true;
  // A nickname inside a name: Vladimir "The Tsar" Putin, Jose "Boy" dela Rosa, Ana "Malou" de la Cruz (one or two
  // particles before the surname).
  // ("J.R. 'Jock' Whitlock": initials joined by stops are a name word too.)
  const lead = text.slice(Math.max(0, span.start - 30), span.start);
  const capitalBefore = /\p{Lu}[\p{L}'’-]*\s+$/u.test(lead) || /\p{Lu}(?:\.\p{Lu})*\.[^\S\n]+$/u.test(lead);
  const capitalAfter = /^\s+(?:\p{Ll}{1,5}\s+){0,2}\p{Lu}/u.test(text.slice(span.end, span.end + 15));
  return capitalBefore && capitalAfter;
}

const CREDIT = /^[[(][^\])]*[\])]$/u;

function sentenceStartBefore(article: Article, paragraph: Paragraph, offset: number): number {
  let start = paragraph.start;
  for (const s of article.sentences) {
    if (s.paragraph !== paragraph.index) continue;
    if (s.start <= offset) start = s.start;
  }
  return start;
}

const INTRODUCING_VERB =
  /\b(?:said|says|say|told|tells|added|adds|asked|replied|declared|wrote|writes|stated|warned|insisted|explained|continued|answered)\s*,?\s*$/iu;

/** Whether the quote stands as a sentence of its own rather than words embedded in the writer's sentence. */
function isPartial(article: Article, paragraph: Paragraph, start: number, text: string): boolean {
  if (/^[\p{Ll}]/u.test(text)) return true;
  const before = article.text.slice(sentenceStartBefore(article, paragraph, start), start).trimEnd();
  if (before.length === 0) return false;
  if (/[:]$/u.test(before) || INTRODUCING_VERB.test(before)) return false;
  // After another quotation in the same sentence ("“A,” he said, “B.”") the quote is still a sentence of its own.
  if (/["”’]\s*$/u.test(before)) return false;
  return true;
}

/** Every direct quotation of the article, in text order. */
export function extractQuotes(article: Article): ExtractedQuote[] {
  const spans = doubleQuoteSpans(article);
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind === 'heading') continue;
    const taken = spans.filter((s) => s.end > paragraph.start && s.start < paragraph.end);
    for (const single of singleQuoteSpans(article, paragraph, taken)) {
      const end = single.openEnded === true ? paragraph.end : single.end;
      spans.push({
        start: single.start,
        end,
        segments: [{ start: single.start + 1, end: single.openEnded === true ? paragraph.end : single.end - 1 }],
        paragraphs: [paragraph.index],
      });
    }
  }
  // A quotation inside a double-quoted one ("… to say, 'I am not able to play'."): its own words, perhaps somebody
  // else's. Only spans closed within the segment count.
  for (const outer of [...spans]) {
    if (
      !DOUBLE.has(article.text[outer.start] ?? '') &&
      !PAIR_OPEN.test(article.text.slice(outer.start, outer.start + 2))
    )
      continue;
    outer.segments.forEach((segment, k) => {
      const paragraph = outer.paragraphs[k];
      if (paragraph === undefined) return;
      for (const inner of closedSingleSpans(article.text, segment.start, segment.end, []).spans) {
        spans.push({
          start: inner.start,
          end: inner.end,
          segments: [{ start: inner.start + 1, end: inner.end - 1 }],
          paragraphs: [paragraph],
        });
      }
    });
  }
  spans.sort((a, b) => a.start - b.start);
  const quotes: ExtractedQuote[] = [];
  for (const span of spans) {
    const text = innerText(article.text, span.segments);
    if (!/\p{L}/u.test(text) || CREDIT.test(text)) continue;
    const first = article.paragraphs[span.paragraphs[0] ?? -1];
    if (!first) continue;
    if (isTitleOfWork(article, span, text)) continue;
    const headline = first.kind === 'title';
    const partial = isPartial(article, first, span.start, text);
    const scare = partial && wordsOf(text).length <= 3;
    // Fields written out rather than spread: the spread copy was a sixth of the extraction's time.
    const { start, end, segments, paragraphs } = span;
    quotes.push({ start, end, segments, paragraphs, text, partial, scare, headline });
  }
  const turns = transcriptQuotes(article, quotes);
  const posts = postQuotes(article, quotes);
  if (turns.length === 0 && posts.length === 0) return quotes;
  // A turn holding a quotation comes before it: the longer first where both start at one offset.
  return [...quotes, ...turns, ...posts].sort((a, b) => a.start - b.start || b.end - a.end);
}
