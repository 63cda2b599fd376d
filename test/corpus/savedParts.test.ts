import { describe, expect, it } from 'vitest';
import { savedArticle, savedColumns, savedPassage } from '../../src/corpus/savedParts.ts';

const TEXTS = ['Tide high. Boats out.', 'Rain later. Roads shut.', 'Fair opens. Crowds come.'];

/** Three one-paragraph articles of two sentences each, their parts kept made for `ring` articles at most. */
function threeArticles(ring: number) {
  const encoder = new TextEncoder();
  const bytes = TEXTS.map((text) => encoder.encode(text));
  const firsts = (counts: number[]) =>
    Float64Array.from([0, ...counts.map((_, i) => counts.slice(0, i + 1).reduce((a, b) => a + b, 0))]);
  const columns = savedColumns(
    {
      texts: Uint8Array.from(bytes.flatMap((b) => [...b])),
      textFirst: firsts(bytes.map((b) => b.length)),
      textLength: Uint32Array.from(TEXTS, (t) => t.length),
      kind: Uint8Array.from([2, 2, 2]),
      paragraphStart: Uint32Array.from([0, 0, 0]),
      paragraphEnd: Uint32Array.from(TEXTS, (t) => t.length),
      paragraphFirst: firsts([1, 1, 1]),
      sentenceParagraph: Uint32Array.from([0, 0, 0, 0, 0, 0]),
      sentenceStart: Uint32Array.from(TEXTS.flatMap((t) => [0, t.indexOf('. ') + 2])),
      sentenceEnd: Uint32Array.from(TEXTS.flatMap((t) => [t.indexOf('. ') + 1, t.length])),
      sentenceFirst: firsts([2, 2, 2]),
      passageSentences: Uint32Array.from([1]),
    },
    ring,
  );
  const articles = TEXTS.map((_, n) =>
    savedArticle(
      { id: `a${n}`, file: `a${n}.txt`, title: null, outlet: 'Post', url: `https://p.example/${n}`, published: null },
      columns,
      n,
    ),
  );
  return { articles, columns };
}

describe('saved articles and passages', () => {
  it('make an article’s parts again, equal, once more articles than the ring holds were read after it', () => {
    const { articles } = threeArticles(2);
    const [first, second, third] = articles;
    if (!first || !second || !third) throw new Error('no articles');
    const sentences = first.sentences;
    expect(first.sentences).toBe(sentences);
    expect([second.text, first.text]).toEqual([TEXTS[1], TEXTS[0]]);
    expect(first.sentences).toBe(sentences);
    expect(third.paragraphs).toEqual([{ index: 0, kind: 'body', start: 0, end: (TEXTS[2] as string).length }]);
    expect(first.sentences).not.toBe(sentences);
    expect(first.sentences).toEqual(sentences);
    expect(sentences).toEqual([
      { index: 0, paragraph: 0, start: 0, end: 10 },
      { index: 1, paragraph: 0, start: 11, end: 21 },
    ]);
  });

  it('keep what was written to an article or a passage, however many articles are read after it', () => {
    const { articles } = threeArticles(1);
    const [first, second, third] = articles;
    if (!first || !second || !third) throw new Error('no articles');
    first.text = 'Written.';
    const passage = savedPassage({ id: 'a1#0', articleId: 'a1', paragraph: 0, start: 12, end: 23 }, second, 0, 1);
    expect([passage.text, passage.sentences]).toEqual(['Roads shut.', [1]]);
    passage.text = 'Replaced.';
    expect([second.text, third.text, first.text, passage.text]).toEqual([TEXTS[1], TEXTS[2], 'Written.', 'Replaced.']);
  });
});
