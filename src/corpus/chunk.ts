// Passages: runs of whole body sentences, about 40–120 words, that retrieval indexes and answers cite.
import { countWords } from './ascii.ts';
import type { Article, Passage } from './types.ts';

export const PASSAGE_MIN_WORDS = 40;
export const PASSAGE_MAX_WORDS = 120;

/**
 * Packs an article's body sentences into passages. A passage never crosses a heading; it ends at a paragraph
 * break once it has PASSAGE_MIN_WORDS, and before a sentence that would take it past PASSAGE_MAX_WORDS.
 */
export function chunkArticle(article: Article): Passage[] {
  const passages: Passage[] = [];
  let current: number[] = [];
  let words = 0;

  const flush = (): void => {
    const first = article.sentences[current[0] ?? -1];
    const last = article.sentences[current[current.length - 1] ?? -1];
    if (first && last) {
      passages.push({
        id: `${article.id}#${passages.length}`,
        articleId: article.id,
        paragraph: first.paragraph,
        start: first.start,
        end: last.end,
        text: article.text.slice(first.start, last.end),
        sentences: current,
      });
    }
    current = [];
    words = 0;
  };

  let previousParagraph = -1;
  for (const sentence of article.sentences) {
    const count = countWords(article.text, sentence.start, sentence.end);
    if (current.length > 0 && sentence.paragraph !== previousParagraph) {
      const between = article.paragraphs.slice(previousParagraph + 1, sentence.paragraph);
      if (words >= PASSAGE_MIN_WORDS || between.some((p) => p.kind !== 'body')) flush();
    }
    if (current.length > 0 && words + count > PASSAGE_MAX_WORDS) flush();
    current.push(sentence.index);
    words += count;
    previousParagraph = sentence.paragraph;
  }
  flush();
  return passages;
}
