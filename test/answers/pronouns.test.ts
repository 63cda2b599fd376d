import { describe, expect, it } from 'vitest';
import { earlyPronoun, PRONOUN_REACH, REFERRING_PRONOUNS } from '../../src/answers/pronouns.ts';
import { analyze } from '../../src/search/fold.ts';

const pronounOf = (sentence: string): string | null => earlyPronoun(sentence, 0, analyze(sentence))?.form ?? null;

describe('earlyPronoun', () => {
  it.each([...REFERRING_PRONOUNS])('finds "%s" opening a sentence', (pronoun) => {
    const sentence = `${pronoun[0]?.toUpperCase()}${pronoun.slice(1)} was seen at the harbour on Monday.`;
    expect(pronounOf(sentence)).toBe(pronoun);
  });

  it('finds a pronoun after a short opening phrase', () => {
    expect(pronounOf('On current trends it will vanish by 2060.')).toBe('it');
  });

  it(`finds none past the first ${PRONOUN_REACH} words`, () => {
    expect(pronounOf('Officials at the harbour office said it would reopen.')).toBeNull();
  });

  it('finds none in a sentence opening with a quotation mark', () => {
    expect(pronounOf('"It will not reopen soon," the harbour master said.')).toBeNull();
    expect(pronounOf('\u201cThey were never told,\u201d she said.')).toBeNull();
  });

  it('finds none in a sentence without a third-person pronoun', () => {
    expect(pronounOf('We will judge the deal by what happens next.')).toBeNull();
  });
});
