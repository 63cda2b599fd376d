// archivist's own /ask and /quote, through the same public API the bot uses: src/load/deps.ts for a cold start
// (cached corpus + saved index + quote book), answerQuestion for /ask, findQuotes for /quote.
import type { Corpus } from '../../src/corpus/types.ts';
import { answerQuestion } from '../../src/answers/answer.ts';
import { findQuotes, type QuoteBook } from '../../src/quotes/index.ts';
import type { Retriever } from '../../src/search/retriever.ts';

/** What the timed figures cover, printed under the table. */
export const ASK_COVERS =
  '/ask = answerQuestion(question, retriever) with default k; /quote = findQuotes(book, { speaker })';

export interface Ours {
  retriever: Retriever;
  quotes: QuoteBook;
}

/** One /ask answer; returns its citation count so the work stays observable. */
export function ask(ours: Ours, question: string): number {
  return answerQuestion(question, ours.retriever).citations.length;
}

/** The excerpts /ask cites for a question, best first ([] when it declines to answer). */
export function citedExcerpts(ours: Ours, question: string): string[] {
  return answerQuestion(question, ours.retriever).citations.map((c) => c.excerpt);
}

/** One /quote answer; returns its quote count. */
export function quote(ours: Ours, speaker: string): number {
  return findQuotes(ours.quotes, { speaker }).quotes.length;
}

export type { Corpus };
