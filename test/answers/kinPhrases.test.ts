import { describe, expect, it } from 'vitest';
import { KIN_DETERMINERS, kinPhrases, POSSESSIVE_ENDINGS } from '../../src/answers/kinPhrases.ts';
import type { TaggedToken } from '../../src/answers/numberKinds.ts';

/** Tokens from "word/POS" pairs, one space apart except before a possessive ending. */
function tokens(...pairs: string[]): TaggedToken[] {
  return pairs.map((pair) => {
    const [text = '', pos = 'NOUN'] = pair.split('/');
    return { text, pos, space: POSSESSIVE_ENDINGS.has(text) ? '' : ' ', money: false };
  });
}

describe('kinPhrases', () => {
  for (const determiner of KIN_DETERMINERS) {
    it(`takes "${determiner}" and a person noun for a person`, () => {
      expect(kinPhrases(tokens('as/SCONJ', `${determiner}/PRON`, 'mother/NOUN', 'spoke/VERB'))).toEqual([
        { type: 'person', text: `${determiner} mother` },
      ]);
    });
  }

  for (const ending of POSSESSIVE_ENDINGS) {
    it(`takes a word, the possessive ending "${ending}" and a person noun for a person`, () => {
      expect(kinPhrases(tokens('the/DET', 'victim/NOUN', `${ending}/PART`, 'father/NOUN'))).toEqual([
        { type: 'person', text: `victim${ending} father` },
      ]);
    });
  }

  it('takes one adjective between the determiner and the noun, and a plural noun', () => {
    expect(kinPhrases(tokens('her/PRON', 'former/ADJ', 'lawyer/NOUN'))).toEqual([
      { type: 'person', text: 'her former lawyer' },
    ]);
    expect(kinPhrases(tokens('their/PRON', 'lawyers/NOUN'))).toEqual([{ type: 'person', text: 'their lawyers' }]);
  });

  it('gives nothing when the noun after the determiner is not a person noun, or two adjectives stand before it', () => {
    expect(kinPhrases(tokens('his/PRON', 'car/NOUN'))).toEqual([]);
    expect(kinPhrases(tokens('his/PRON', 'old/ADJ', 'bitter/ADJ', 'rival/NOUN'))).toEqual([]);
    expect(kinPhrases(tokens('the/DET', 'council/NOUN', "'s/PART", 'budget/NOUN'))).toEqual([]);
  });
});
