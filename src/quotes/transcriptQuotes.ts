// The turns of a transcript (transcriptLayout.ts) as quotations: each answer's and each interviewer's question's
// words, from after the label to the end of the turn's last paragraph, marked as a transcript's. Quotation marks
// inside an answer stay quotes of their own, nested in it; those inside a question, or inside a turn whose label
// names nobody, are marked as a turn that is nobody's, so that no rule gives them to a speaker.
import type { Article } from '../corpus/types.ts';
import type { ExtractedQuote, Span } from './extract.ts';
import { mayHoldTranscript, transcriptTurns } from './transcriptLayout.ts';

/** The words of paragraph `index` from `from` on, without the spaces around them. */
export function trimmed(article: Article, index: number, from: number): Span | null {
  const paragraph = article.paragraphs[index];
  if (paragraph === undefined) return null;
  const words = article.text.slice(paragraph.start + from, paragraph.end);
  const start = paragraph.start + from + (words.length - words.trimStart().length);
  const end = paragraph.end - (words.length - words.trimEnd().length);
  return end > start ? { start, end } : null;
}

/**
 * The answers and questions of an article's transcript as quotes, leaving out a turn that a quotation in marks
 * already covers or runs out of; `marked` (the quotations in marks) get a mark that is nobody's turn when they sit
 * in a question ("Q: You said “never”. Why?": the quoted words are somebody's, not the interviewer's).
 */
export function transcriptQuotes(article: Article, marked: readonly ExtractedQuote[]): ExtractedQuote[] {
  const { text } = article;
  if (!mayHoldTranscript(text, article.paragraphs)) return [];
  const layout = article.paragraphs.map((p) => ({ kind: p.kind, text: text.slice(p.start, p.end) }));
  const quotes: ExtractedQuote[] = [];
  for (const turn of transcriptTurns(layout)) {
    if (!turn.answer) {
      const nobodys = { ...turn, question: false };
      for (const q of marked) if (turn.paragraphs.includes(q.paragraphs[0] ?? -1)) q.transcript = nobodys;
      if (!turn.question) continue;
    }
    const segments = turn.paragraphs.flatMap((p, k) => trimmed(article, p, k === 0 ? turn.from : 0) ?? []);
    const first = segments[0];
    const last = segments[segments.length - 1];
    if (first === undefined || last === undefined) continue;
    const { start } = first;
    const { end } = last;
    const crossed = marked.some(
      (m) => m.end > start && m.start < end && !(m.start >= start && m.end <= end && m.end - m.start < end - start),
    );
    // ("What is the timeline? ¶ “We expect …”": a bare answer in marks is the interviewee's all the same; the
    // quotation in marks stands for the answer.)
    const whole = marked.find((m) => m.start === start && m.end === end);
    if (whole !== undefined && turn.form === 'bare') whole.transcript = turn;
    if (crossed || segments.length !== turn.paragraphs.length) continue;
    quotes.push({
      start,
      end,
      segments,
      paragraphs: turn.paragraphs,
      text: segments.map((s) => text.slice(s.start, s.end).replace(/\s+/gu, ' ')).join(' '),
      partial: false,
      scare: false,
      headline: false,
      transcript: turn,
    });
  }
  return quotes;
}
