import { describe, expect, it } from 'vitest';
import { PASSAGE_MAX_WORDS, PASSAGE_MIN_WORDS } from '../../src/corpus/chunk.ts';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import { annotatedFiles, readAnnotated } from '../support/annotated.ts';

const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;

describe('chunkArticle', () => {
  const all = annotatedFiles().flatMap((file) => {
    const result = ingestArticle(readAnnotated(file).raw, {
      file,
      title: null,
      outlet: 'T',
      url: 'https://t.example/',
      published: null,
    });
    return result.ok ? [result] : [];
  });

  it('makes passages of whole sentences that stay within the word budget unless one sentence is longer', () => {
    for (const { article, passages } of all) {
      for (const passage of passages) {
        const longest = Math.max(
          ...passage.sentences.map((i) => {
            const s = article.sentences[i];
            return s ? words(article.text.slice(s.start, s.end)) : 0;
          }),
        );
        expect(
          words(passage.text) <= PASSAGE_MAX_WORDS || passage.sentences.length === 1 || longest > PASSAGE_MAX_WORDS,
        ).toBe(true);
        const first = article.sentences[passage.sentences[0] ?? -1];
        const last = article.sentences[passage.sentences.at(-1) ?? -1];
        expect([first?.start, last?.end]).toEqual([passage.start, passage.end]);
      }
    }
  });

  it('covers every body sentence exactly once, in order', () => {
    for (const { article, passages } of all) {
      expect(passages.flatMap((p) => p.sentences)).toEqual(article.sentences.map((s) => s.index));
    }
  });

  it('reaches the minimum size except where a heading or the article end cuts a passage short', () => {
    for (const { article, passages } of all) {
      passages.forEach((passage, n) => {
        if (words(passage.text) >= PASSAGE_MIN_WORDS || n === passages.length - 1) return;
        const next = passages[n + 1];
        const between = article.paragraphs.slice(passage.paragraph, next?.paragraph ?? article.paragraphs.length);
        expect(
          between.some((p) => p.kind !== 'body') || words(passage.text) + words(next?.text ?? '') > PASSAGE_MAX_WORDS,
        ).toBe(true);
      });
    }
  });
});
