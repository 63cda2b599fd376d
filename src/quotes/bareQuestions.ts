// Bare question lines alternating with answers, after a lede naming the one interviewee ("What went wrong in the second
// half?" ¶ "We stopped pressing. …"): which paragraphs are the answers. Part of the transcript layout
// (transcriptLayout.ts); pure, over an article's paragraphs.
import { INTERVIEW_LEDE_WORDS } from './lexicon.ts';
import type { LayoutParagraph, TranscriptTurn } from './transcriptLayout.ts';

/** Fewest question-and-answer pairs for bare questions to make a transcript. */
export const MIN_BARE_PAIRS = 3;
/** Fewest pairs when the paragraph right before the first question speaks of asking ("We caught up with NAME"). */
export const MIN_LEDE_PAIRS = 2;
/** Most words of a bare question line. */
export const MAX_QUESTION_WORDS = 30;
/** Most paragraphs of one bare answer: more, and the questions were the writer's, not an interview. */
export const MAX_ANSWER_PARAGRAPHS = 3;

const QUOTE_MARKS = /["“”„«»]/u;
/** A paragraph that is one quotation in double marks and nothing else: an answer printed in marks. */
const WHOLE_QUOTATION = /^["“][^"“”]*["”]$/u;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A short label and a colon opening a line ("Q&A:", "Analysis:"): a section's heading that asks, no question put. */
const OPENING_LABEL = /^[^\s:]+(?:\s[^\s:]+){0,2}:\s/u;

/**
 * A bare question line: a short paragraph with no quotation marks and no label opening it, ending in a question —
 * one sentence, or a short statement and a question in the answers' marked layout ("Your husband is on strike too.
 * How are evenings at home?").
 */
function isQuestionLine(paragraph: LayoutParagraph | undefined, quotedAnswers = false): boolean {
  if (paragraph?.kind !== 'body') return false;
  const text = paragraph.text.trim();
  return (
    text.endsWith('?') &&
    !QUOTE_MARKS.test(text) &&
    !OPENING_LABEL.test(text) &&
    wordCount(text) <= MAX_QUESTION_WORDS &&
    (quotedAnswers || !/[.!?]\s/u.test(text.slice(0, -1)))
  );
}

/** Whether a paragraph is an answer printed whole in double marks. */
function isQuotedAnswer(paragraph: LayoutParagraph | undefined): boolean {
  return paragraph?.kind === 'body' && WHOLE_QUOTATION.test(paragraph.text.trim());
}

/**
 * A prompt of an interview whose answers are printed whole in marks, or null: a question line ('question'), or a
 * short statement put to the interviewee with no quotation marks, between two such answers ('statement': "“…” ¶ The
 * councils say your demand would cost two billion. ¶ “…”").
 */
function promptAt(paragraphs: readonly LayoutParagraph[], i: number): 'question' | 'statement' | null {
  const p = paragraphs[i];
  const quoted = isQuotedAnswer(paragraphs[i + 1]);
  if (isQuestionLine(p, quoted)) return 'question';
  if (!quoted || !isQuotedAnswer(paragraphs[i - 1]) || p?.kind !== 'body') return null;
  const text = p.text.trim();
  // ("Her neighbour Tom Berg, 34, sees it differently. ¶ “…”": a paragraph bringing in somebody by name is the writer's.)
  const statement =
    !QUOTE_MARKS.test(text) &&
    !OPENING_LABEL.test(text) &&
    wordCount(text) <= MAX_QUESTION_WORDS &&
    !FULL_NAME.test(text);
  return statement ? 'statement' : null;
}

/** Two capitalised words in a row: somebody's full name, as a prompt put to the interviewee does not write one. */
const FULL_NAME = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/**
 * Answers of bare questions: the paragraphs after each question line up to the next one. Where no question follows
 * (a heading, a paragraph with quotation marks, the end) the transcript ends and only the first paragraph answers;
 * a question followed by more prose than an answer runs to was the writer's, and nobody answers it.
 */
export function bareTurns(paragraphs: readonly LayoutParagraph[]): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  let opens = -1;
  let pairs = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const prompt = promptAt(paragraphs, i);
    // (A statement prompt goes on a transcript a question opened.)
    if (prompt === null || (prompt === 'statement' && opens === -1)) continue;
    const answers: number[] = [];
    let j = i + 1;
    while (j < paragraphs.length && promptAt(paragraphs, j) === null) {
      const p = paragraphs[j];
      const marked = p !== undefined && QUOTE_MARKS.test(p.text) && !WHOLE_QUOTATION.test(p.text.trim());
      if (p?.kind !== 'body' || marked || answers.length > MAX_ANSWER_PARAGRAPHS) break;
      answers.push(j);
      j++;
    }
    if (answers.length === 0 || answers.length > MAX_ANSWER_PARAGRAPHS) continue;
    const ends = promptAt(paragraphs, j) === null;
    if (opens === -1) opens = i;
    pairs++;
    const own = ends ? answers.slice(0, 1) : answers;
    turns.push({
      paragraphs: own,
      answer: true,
      question: false,
      form: 'bare',
      label: null,
      names: [],
      from: 0,
      opens,
    });
  }
  // (Fewer only when every answer is printed whole in marks: "Police caught NAME … ¶ How did he get in? ¶ He climbed
  // on to the roof, officers said." is the writer's prose.)
  const quoted = turns.every((t) => t.paragraphs.every((p) => isQuotedAnswer(paragraphs[p])));
  const fewest = quoted && introducesQuestions(paragraphs[opens - 1]) ? MIN_LEDE_PAIRS : MIN_BARE_PAIRS;
  return pairs >= fewest ? turns : [];
}

/** Whether a prose paragraph speaks of asking the questions below it (INTERVIEW_LEDE_WORDS: "We spoke to NAME"). */
function introducesQuestions(paragraph: LayoutParagraph | undefined): boolean {
  if (paragraph?.kind !== 'body' || QUOTE_MARKS.test(paragraph.text)) return false;
  return paragraph.text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => INTERVIEW_LEDE_WORDS.has(w));
}
