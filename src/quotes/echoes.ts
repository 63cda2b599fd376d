// Quotes that only repeat words quoted elsewhere in their article: a crosshead or pull quote standing as a paragraph
// of its own ('Is that fair?' over the section where the judge says "Is that fair? …") is the echoed quote's speaker's.
import type { Article } from '../corpus/types.ts';
import type { ExtractedQuote } from './extract.ts';

/** Fewest words an echo must have: a word or two repeated is a phrase, not the quote. */
export const ECHO_MIN_WORDS = 3;

function folded(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether the quote fills its one paragraph: nothing but marks and spaces around the quoted words. */
function fillsParagraph(article: Article, quote: ExtractedQuote): boolean {
  const index = quote.paragraphs[0];
  const paragraph = article.paragraphs.find((p) => p.index === index);
  if (quote.paragraphs.length !== 1 || paragraph === undefined) return false;
  const rest = article.text.slice(paragraph.start, quote.start) + article.text.slice(quote.end, paragraph.end);
  return folded(rest) === '';
}

/**
 * Pairs [echo, source]: a quote filling its own paragraph, of ECHO_MIN_WORDS words or more, whose words
 * another, longer quote of the article holds in order (the first such quote).
 */
export function echoedQuotes(article: Article, quotes: readonly ExtractedQuote[]): [number, number][] {
  const words = quotes.map((q) => folded(q.text));
  const texts = words.map((w) => ` ${w} `);
  const fills = quotes.map((q) => fillsParagraph(article, q));
  const pairs: [number, number][] = [];
  texts.forEach((own, i) => {
    if ((words[i] ?? '').split(' ').length < ECHO_MIN_WORDS || !fills[i]) return;
    // (The same words twice: the quote of the two that fills no paragraph of its own is the source.)
    const source = texts.findIndex((t, j) => j !== i && t.includes(own) && (t.length > own.length || !fills[j]));
    if (source !== -1) pairs.push([i, source]);
  });
  return pairs;
}
