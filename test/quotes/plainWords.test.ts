import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/quotes/match.ts';
import { isPlaceName } from '../../src/quotes/places.ts';
import { isPlainWords } from '../../src/quotes/plainWords.ts';

describe('isPlainWords', () => {
  it('is true when the text is ASCII letters and digits in words one space apart', () => {
    expect([isPlainWords('Ann Okafor'), isPlainWords('G7'), isPlainWords('The Hague')]).toEqual([true, true, true]);
  });

  it('is false when a space doubles, opens or closes the text, or any other character is in it', () => {
    expect(
      ['', ' Ann', 'Ann ', 'Ann  Okafor', 'O’Brien', "O'Brien", 'Okafor-Reyes', 'José', 'Ann\tOkafor', 'St.'].map(
        isPlainWords,
      ),
    ).toEqual([false, false, false, false, false, false, false, false, false, false]);
  });
});

describe('the plain-words paths of normalizeName and isPlaceName', () => {
  it('folds plain words to their lower case alone', () => {
    expect(['Ann Okafor', 'THE HAGUE', 'g7 Summit'].map(normalizeName)).toEqual([
      'ann okafor',
      'the hague',
      'g7 summit',
    ]);
  });

  it('reads a place after "the", a place modifier and a listed place when the name is plain words', () => {
    expect(
      ['The Netherlands', 'THE Gambia', 'Nearby Tavria', 'Nearby', 'New York', 'The', 'Roy Cooper', 'The Hague'].map(
        isPlaceName,
      ),
    ).toEqual([true, true, true, false, true, false, false, false]);
  });
});
