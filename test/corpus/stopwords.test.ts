import { describe, expect, it } from 'vitest';
import { isStopWord, STOP_WORDS, TYPED_CONTRACTIONS } from '../../src/corpus/stopwords.ts';

describe('isStopWord', () => {
  it('finds a stop word in any case, with a straight, curly or modifier apostrophe', () => {
    const words = ['the', 'The', 'THE', 'themselves', 'THEMSELVES', "don't", 'don’t', 'DON’T', 'Don\u02bct', 'Don‘t'];
    expect(words.filter((w) => !isStopWord(w))).toEqual([]);
  });

  it('is false for content words, for longer ASCII words and for letters that only look alike', () => {
    const words = ['harbour', 'Harbour', 'THEMSELVESX', 'themselvess', 'ｔｈｅ', 'İt', 'café', 'wont', 'don`t', ''];
    expect(words.filter((w) => isStopWord(w))).toEqual([]);
  });

  it('answers every listed word, capitalised or not, the same way twice (the second time from what it remembers)', () => {
    const variants = [...STOP_WORDS].flatMap((w) => [w, w.toUpperCase(), w.replace("'", '’')]);
    expect(variants.filter((w) => !isStopWord(w))).toEqual([]);
    expect(variants.filter((w) => !isStopWord(w))).toEqual([]);
  });

  for (const typed of TYPED_CONTRACTIONS) {
    it(`takes "${typed}", a listed contraction typed without its apostrophe, for a stop word`, () => {
      expect(isStopWord(typed)).toBe(true);
      expect([...STOP_WORDS].filter((w) => w.includes("'") && w.replace("'", '') === typed)).toHaveLength(1);
    });
  }
});
