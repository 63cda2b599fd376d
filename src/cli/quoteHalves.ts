// A quotation interrupted by its attribution ("“A,” X said. “B.”") is one item of a quotes gold but two quotes of
// the book: the half without the gold's words is the same quotation, not an extra one for the precision count.
import type { Article } from '../corpus/types.ts';
import type { QuoteBook } from '../quotes/book.ts';
import { foldForMatch } from './evalGold.ts';

/** What the halves test needs of a book quote. */
export interface QuoteSpan {
  articleId: string;
  start: number;
  end: number;
  paragraphs: number[];
  position: number;
}

function sentenceAt(article: Article, offset: number): number {
  return article.sentences.find((s) => s.start <= offset && offset < s.end)?.index ?? -1;
}

/**
 * Whether `a` and `b` are the two halves of one quotation: next to each other among the article's quotes, in one
 * paragraph, and either in one sentence ("“A,” X added, “B.”") or the later one opening the sentence right after
 * the earlier's ("“A,” X said. “B.”"), so that only the attribution stands between them.
 */
export function areHalves(article: Article, a: QuoteSpan, b: QuoteSpan): boolean {
  if (a.articleId !== article.id || b.articleId !== article.id) return false;
  const [first, second] = a.position < b.position ? [a, b] : [b, a];
  if (second.position - first.position !== 1) return false;
  const paragraph = first.paragraphs[first.paragraphs.length - 1];
  if (paragraph === undefined || second.paragraphs[0] !== paragraph) return false;
  const ends = sentenceAt(article, first.end - 1);
  const opens = sentenceAt(article, second.start);
  if (ends < 0 || opens < 0) return false;
  if (opens === ends) return true;
  return opens === ends + 1 && article.sentences[opens]?.start === second.start;
}

function contains(haystack: string, needle: string): boolean {
  return foldForMatch(haystack).includes(foldForMatch(needle));
}

/**
 * Whether a listed quote holding none of its file's gold frags (`frags`) is the other half of a quotation whose
 * gold frag is one of `askedFrags` (those the gold gives to the asked speaker).
 */
export function isOtherHalf(
  book: QuoteBook,
  listed: { articleId: string; text: string },
  askedFrags: readonly string[],
  frags: readonly string[],
): boolean {
  if (askedFrags.length === 0 || frags.some((f) => contains(listed.text, f))) return false;
  const article = book.articles.find((a) => a.id === listed.articleId);
  const own = book.quotes.find((q) => q.articleId === listed.articleId && q.text === listed.text);
  if (!article || !own) return false;
  return book.quotes.some(
    (q) => q !== own && areHalves(article, own, q) && askedFrags.some((f) => contains(q.text, f)),
  );
}
