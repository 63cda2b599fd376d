// Names written surname first: the first word is the surname used alone.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { SURNAMES_WRITTEN_FIRST, surnameWrittenFirst } from '../../src/quotes/surnameFirst.ts';
import { story } from './fixtures.ts';

describe('surnameWrittenFirst', () => {
  it('gives the first word of a two-word name it opens, hyphenated given name or not', () => {
    expect([surnameWrittenFirst(['wang', 'qiming']), surnameWrittenFirst(['moon', 'jae-in'])]).toEqual([
      'wang',
      'moon',
    ]);
  });

  it('gives none for a name of other length or opened by another word', () => {
    expect([
      surnameWrittenFirst(['wang', 'qi', 'ming']),
      surnameWrittenFirst(['anna', 'wang']),
      surnameWrittenFirst(['wang']),
    ]).toEqual([null, null, null]);
  });
});

describe('a name written surname first, its surname then used alone', () => {
  for (const word of [...SURNAMES_WRITTEN_FIRST].sort()) {
    const surname = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`gives “…,” ${surname} told reporters to ${surname} Qiming`, () => {
      const book = buildQuoteBook([
        story(`first-${word}`, [
          `Provincial governor ${surname} Qiming visited the flooded villages on Sunday with a team of engineers.`,
          `“Every family will have a roof over its head before the winter,” ${surname} told reporters at the dam.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual([`${surname} Qiming`]);
    });
  }

  it('gives an ambiguous surname to the latest of the two people it may stand for', () => {
    const book = buildQuoteBook([
      story('first-two', [
        'Premier Wang Qiming toured the flooded province on Sunday and met rescue teams at the dam.',
        'In the village below it, farmer Wang Lihua, 35, waited for news of her missing mother.',
        '“We heard her voice until Saturday morning,” said Wang.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Wang Lihua']);
  });
});
