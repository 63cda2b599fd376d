// An article's paragraphs as the writer's sentences (quotes opaque) with their capitalised runs, computed once
// and shared by person detection and attribution.
import type { Article } from '../corpus/types.ts';
import type { ExtractedQuote } from './extract.ts';
import { capitalisedWords, capitaliseSurnames, titleCaseOpening } from './honorificCase.ts';
import { headingRuns } from './headingLabels.ts';
import { capitalRuns, type CapitalRun } from './names.ts';
import { frameSentences, paragraphTokens, type Token } from './tokens.ts';

export interface Sentence {
  /** Index of this sentence among the article's frame sentences. */
  index: number;
  paragraph: number;
  kind: 'title' | 'heading' | 'body';
  tokens: Token[];
  runs: CapitalRun[];
}

export function articleSentences(article: Article, quotes: readonly ExtractedQuote[]): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphs = article.paragraphs.map((paragraph) => paragraphTokens(article, paragraph, quotes));
  const capitalised = capitalisedWords(paragraphs);
  for (const paragraph of article.paragraphs) {
    const written = capitaliseSurnames(paragraphs[paragraph.index] ?? [], capitalised);
    const tokens = paragraph.kind === 'body' ? titleCaseOpening(written, paragraphs) : written;
    for (const s of frameSentences(paragraph.index, tokens)) {
      sentences.push({
        index: sentences.length,
        paragraph: paragraph.index,
        kind: paragraph.kind,
        tokens: s.tokens,
        // ("Ana Ruiz Reaction": a heading's label word is no part of the name before it.)
        runs: paragraph.kind === 'heading' ? headingRuns(s.tokens, capitalRuns(s.tokens)) : capitalRuns(s.tokens),
      });
    }
  }
  return sentences;
}

export function lowerAt(tokens: Token[], i: number): string {
  return tokens[i]?.lower ?? '';
}

/** Whether `words` (lower case) stand in the tokens from `at` on, one word a token: a frame or lead of a table. */
export function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((w, i) => tokens[at + i]?.lower === w);
}

/** Whether a sentence is quotation only: quotes and marks, no word of the writer's. */
export function quotationOnly(sentence: Sentence): boolean {
  return sentence.tokens.every((t) => t.kind !== 'word');
}
