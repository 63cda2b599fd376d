// Words of age before a surname a family shares: "the elder Patel" picks the one of the greater stated age.
import { describe, expect, it } from 'vitest';
import { bySeniority, SENIORITY_WORDS } from '../../src/quotes/seniority.ts';
import { quoteSpeakers } from './fixtures.ts';

const AGES = new Map([
  ['74', new Set(['father'])],
  ['46', new Set(['daughter'])],
]);

describe('bySeniority', () => {
  for (const [word, side] of [...SENIORITY_WORDS].sort(([a], [b]) => a.localeCompare(b)))
    it(`picks the ${side === 'older' ? 'oldest' : 'youngest'} of those given an age for “the ${word}”`, () => {
      expect(bySeniority(['father', 'daughter'], word, AGES)).toBe(side === 'older' ? 'father' : 'daughter');
    });

  it('picks nobody for a word of no age, when one of them has no age stated, or when two share the age picked', () => {
    expect([
      bySeniority(['father', 'daughter'], 'famous', AGES),
      bySeniority(['father', 'daughter', 'grandfather'], 'elder', AGES),
      bySeniority(['father', 'twin'], 'elder', new Map([['74', new Set(['father', 'twin'])]])),
    ]).toEqual([null, null, null]);
  });
});

describe('“the elder SURNAME” in an article', () => {
  it('is the one of the family the article gives the greater age', () => {
    expect(
      quoteSpeakers([
        'Ramesh Patel, 74, opened the first chemist on the high street in 1978, a year after arriving from Nairobi.',
        'His daughters, Anjali and Meera Patel, have run the business together since 2009. Anjali Patel, 46, is its chair and Meera Patel, 41, its finance director.',
        '“It is time for somebody else to stand behind the counter,” Meera Patel said.',
        'The elder Patel said he would still come in on Saturdays. “I will be the one making the tea,” he said.',
      ]),
    ).toEqual(['Meera Patel', 'Ramesh Patel']);
  });

  it('leaves the pick to nearness when a relative of that surname has no age stated (the eldest may be them)', () => {
    expect(
      quoteSpeakers([
        'Vikram Patel, 46, and his son Dev Patel, 19, now run the chemist on the high street.',
        'Vikram’s father, Ramesh Patel, opened it in 1978. “I will be the one making the tea on Saturdays,” the elder Patel said.',
      ]),
    ).toEqual(['Ramesh Patel']);
  });
});
