// Double-quoted spans of an article: “…”, "…", ‘‘…’’, ``…'' and the loose ways copied pages type them, following a
// quotation that runs on into the next paragraph when the page reopens it there.
import type { Article, Paragraph } from '../corpus/types.ts';
import type { Span } from './extract.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import {
  BEFORE_OPENING,
  CLOSE_DOUBLE,
  DOUBLE,
  isMarkCode,
  isSpace,
  JAMMED_OPENING,
  OPEN_DOUBLE,
  PAIR_CLOSERS,
  PAIR_OPENERS,
  WORDISH,
} from './quoteMarks.ts';

/** A space and an ellipsis after an opening mark: a quotation that picks up mid-speech (“ … They’re going to …”). */
const SPACED_ELLIPSIS = /^\s(?:…|\.\.\.)/u;

function canOpenDouble(text: string, i: number, paraStart: number): boolean {
  const ch = text[i] ?? '';
  const next = text[i + 1];
  const prev = text[i - 1] ?? ' ';
  // A straight mark typed with a space after it (", " Nobody …") opens when a capital follows: no closing mark stands
  // after a space.
  if (isSpace(next))
    return (
      (OPEN_DOUBLE.has(ch) && SPACED_ELLIPSIS.test(text.slice(i + 1, i + 5))) ||
      // ("« C'était de l'eau »": French type sets a space inside guillemets.)
      (ch === '«' && /^\s\p{L}/u.test(text.slice(i + 1, i + 3))) ||
      (ch === '"' && (i === paraStart || isSpace(prev)) && /^ \p{Lu}/u.test(text.slice(i + 1, i + 3)))
    );
  if (OPEN_DOUBLE.has(ch)) return true;
  return (
    i === paraStart ||
    BEFORE_OPENING.test(prev) ||
    (JAMMED_OPENING.test(prev) && WORDISH.test(next ?? '')) ||
    // "… at the opening."Every child …": a page that lost its spaces jams a new quote against the stop before it; with no
    // quote open, a straight mark there before a capital can only open one.
    // (`said."‘Every …`: a stray single mark may stand between the jammed mark and the capital.)
    (JAMMED_STOP.test(prev) && /^[‘']?\p{Lu}/u.test(text.slice(i + 1, i + 3)))
  );
}

/** Sentence stops a copied page may jam an opening mark against ("opening."Every child"). */
const JAMMED_STOP = /[.!?]/u;

function canCloseDouble(text: string, i: number, segStart: number): boolean {
  if (i === segStart) return false;
  // A closing curly mark closes even typed after a space ("Monday, ” said …"): it opens nothing.
  if (CLOSE_DOUBLE.has(text[i] ?? '')) return true;
  const prev = text[i - 1];
  if (isSpace(prev)) return false;
  const next = text[i + 1];
  // ("… upon my life."He went on …": with a quote open, a mark after a stop closes it, though the page jammed the
  // next word against it.)
  return next === undefined || !WORDISH.test(next) || (text[i] === '"' && JAMMED_CLOSE.test(prev ?? ''));
}

/** Marks a quotation's last words end with, which a straight mark jammed against a word after them still closes. */
const JAMMED_CLOSE = /[.!?,]/u;

/**
 * “… tonight.”Nobody slept … others.”: the page typed a closing mark, jammed between a stop and a capital, where one
 * quotation closes and the next opens. The mark at `i`, closing a quote, opens the next one too when the paragraph's
 * next double mark after it closes (after a stop or comma) rather than opens. The next quote starts after the mark, so
 * no character stands in two quotes.
 */
function reopensJammed(text: string, i: number, end: number): boolean {
  if (!JAMMED_STOP.test(text[i - 1] ?? '') || !/\p{Lu}/u.test(text[i + 1] ?? '')) return false;
  for (let j = i + 1; j < end; j++) {
    const ch = text[j] ?? '';
    if (!DOUBLE.has(ch)) continue;
    return !OPEN_DOUBLE.has(ch) && JAMMED_CLOSE.test(text[j - 1] ?? '') && canCloseDouble(text, j, i + 1);
  }
  return false;
}

/**
 * “The crew was exhausted. ¶ Nobody slept that night. We just waited.”: a paragraph that goes on with an open
 * quotation though the page lost its opening mark — its first mark a closing one, after a stop and before a space or
 * the paragraph's end (“… worn out.” Another added, “…”: the rest of the paragraph is read as usual).
 */
function closesWithoutReopening(text: string, paragraph: Paragraph): boolean {
  const body = text.slice(paragraph.start, paragraph.end).trimEnd();
  let first = 0;
  while (first < body.length && !DOUBLE.has(body[first] ?? '')) first++;
  if (first === body.length || !/[.!?]/u.test(body[first - 1] ?? '')) return false;
  return first === body.length - 1 || /\s/u.test(body[first + 1] ?? '');
}

/**
 * The paragraph's credit of a quote left open (“… to everyone, Minister Ann Lee responded.): a comma, then a speaker
 * phrase opening with a capital or a he or she (at most CREDIT_PHRASE_CHARS, no comma or mark), then a speech verb and
 * the paragraph's final stop. Where the quote ends (the comma's offset), or -1.
 */
function creditLeftOpen(text: string, from: number, end: number): number {
  const tail = text.slice(Math.max(from, end - CREDIT_TAIL_CHARS), end);
  const match = CREDIT_LEFT_OPEN.exec(tail);
  if (match === null || !SPEECH_VERBS.has((match[2] ?? '').toLowerCase())) return -1;
  return end - tail.length + match.index;
}

/** Most characters of the credit phrase before its verb in creditLeftOpen. */
const CREDIT_PHRASE_CHARS = 60;
const CREDIT_TAIL_CHARS = CREDIT_PHRASE_CHARS + 30;
const CREDIT_LEFT_OPEN = new RegExp(
  `,\\s+((?:\\p{Lu}|(?:he|she|they)\\b)[^,"“”‘’]{0,${CREDIT_PHRASE_CHARS}}?)\\s+(\\p{Ll}+)\\.\\s*$`,
  'u',
);

interface Pending {
  start: number;
  segStart: number;
  segments: Span[];
  paragraphs: number[];
  /** Where a quote left open at its paragraph's end closes before a credit (creditLeftOpen); -1 for none. */
  creditAt: number;
}

/** Spans of double-quoted text, following a quote that stays open into the next paragraph when it reopens there. */
export function doubleQuoteSpans(
  article: Article,
): { start: number; end: number; segments: Span[]; paragraphs: number[] }[] {
  const { text } = article;
  const found: { start: number; end: number; segments: Span[]; paragraphs: number[] }[] = [];
  let pending: Pending | null = null;
  let previous: Paragraph | null = null;
  const closeUnterminated = (): void => {
    if (pending && previous) {
      const last = pending.segments[pending.segments.length - 1];
      if (last !== undefined && pending.creditAt !== -1) last.end = pending.creditAt;
      found.push({
        start: pending.start,
        end: last?.end ?? previous.end,
        segments: pending.segments,
        paragraphs: pending.paragraphs,
      });
    }
    pending = null;
  };
  // A crosshead the page set between the paragraphs of a quote left open ("“… in recent years. ¶ Plans for the site ¶
  // “We call upon …"): the quote goes on past it when the next paragraph reopens it. Not past a label ending in a
  // colon ("Ann Hale added:"), which brings in somebody else's words.
  let pastCrosshead = false;
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind === 'heading') {
      if (pending !== null && !pastCrosshead && !text.slice(paragraph.start, paragraph.end).trimEnd().endsWith(':'))
        pastCrosshead = true;
      else closeUnterminated();
      continue;
    }
    let i = paragraph.start;
    const reopens = DOUBLE.has(text[i] ?? '') && canOpenDouble(text, i, paragraph.start);
    if (pending !== null && pastCrosshead && !reopens) closeUnterminated();
    pastCrosshead = false;
    if (pending !== null) {
      const p: Pending = pending;
      if (reopens) {
        p.creditAt = -1;
        p.paragraphs.push(paragraph.index);
        p.segStart = i + 1;
        i += 1;
      } else if (closesWithoutReopening(text, paragraph)) {
        p.creditAt = -1;
        p.paragraphs.push(paragraph.index);
        p.segStart = i;
      } else {
        closeUnterminated();
      }
    }
    for (; i < paragraph.end; i++) {
      if (!isMarkCode(text.charCodeAt(i))) continue;
      const ch = text[i] ?? '';
      // Two single marks typed for a double one: ‘‘…’’, ''…'' (or “…’’).
      const pairOpen = PAIR_OPENERS.has(ch) && text[i + 1] === ch;
      const pairClose = PAIR_CLOSERS.has(ch) && text[i + 1] === ch;
      if (!DOUBLE.has(ch) && !pairOpen && !pairClose) continue;
      if (pending !== null) {
        const p: Pending = pending;
        const closes = pairClose
          ? i > p.segStart && !isSpace(text[i - 1]) && !WORDISH.test(text[i + 2] ?? ' ')
          : DOUBLE.has(ch) && canCloseDouble(text, i, p.segStart);
        if (closes) {
          const width = pairClose ? 2 : 1;
          p.segments.push({ start: p.segStart, end: i });
          found.push({ start: p.start, end: i + width, segments: p.segments, paragraphs: p.paragraphs });
          pending = null;
          if (!pairClose && reopensJammed(text, i, paragraph.end))
            pending = { start: i + 1, segStart: i + 1, segments: [], paragraphs: [paragraph.index], creditAt: -1 };
          i += width - 1;
        }
      } else if (
        pairOpen
          ? !isSpace(text[i + 2]) && (i === paragraph.start || BEFORE_OPENING.test(text[i - 1] ?? ' '))
          : DOUBLE.has(ch) && canOpenDouble(text, i, paragraph.start)
      ) {
        const width = pairOpen ? 2 : 1;
        pending = { start: i, segStart: i + width, segments: [], paragraphs: [paragraph.index], creditAt: -1 };
        i += width - 1;
      }
    }
    if (pending !== null) {
      const p: Pending = pending;
      p.segments.push({ start: p.segStart, end: paragraph.end });
      // “… to everyone, Minister Ann Lee responded.": the page left out the closing mark before the credit (unless
      // the next paragraph reopens the quote).
      p.creditAt = creditLeftOpen(text, p.segStart, paragraph.end);
    }
    previous = paragraph;
  }
  closeUnterminated();
  return found;
}
