import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../../src/answers/entities.ts';
import { CURRENCY_PREFIXES } from '../../src/answers/gluedSums.ts';

/** The sums, proper nouns and people entitiesOf finds in a sentence, as "type:text". */
const sumsAndNamesIn = (sentence: string): string[] =>
  entitiesOf(sentence)
    .filter((e) => e.type === 'money' || e.type === 'proper' || e.type === 'person')
    .map((e) => `${e.type}:${e.text}`);

describe('gluedSumAt', () => {
  for (const prefix of CURRENCY_PREFIXES) {
    it(`takes "${prefix}" glued to a number and its scale for a sum, not a name`, () => {
      expect(sumsAndNamesIn(`The firm made ${prefix}57 billion last year.`)).toEqual([`money:${prefix}57 billion`]);
    });
  }

  it('takes scale letters glued after the digits and digit groups the tagger split off', () => {
    expect([
      sumsAndNamesIn('Up to KSh6bn could not be accounted for.'),
      sumsAndNamesIn('The fine was R2,000.'),
      sumsAndNamesIn('The firm said its revenue rose to N1.2trn.'),
    ]).toEqual([['money:KSh6bn'], ['money:R2,000'], ['money:N1.2trn']]);
  });

  it('leaves a one-letter prefix with two digits and no scale alone', () => {
    expect(sumsAndNamesIn('The nurses asked for N95 masks.')).toEqual(['proper:N95']);
  });

  it('reads a currency code typed apart from the number as no name', () => {
    expect(sumsAndNamesIn('He paid KSh 6 billion for the land.')).toEqual(['money:6 billion']);
  });
});
