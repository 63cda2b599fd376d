import { describe, expect, it } from 'vitest';
import {
  AGE_BEFORE,
  AGE_STATEMENTS,
  AGE_UNITS,
  CURRENCY_CODES,
  LENGTH_UNITS,
  MASS_UNITS,
  RESULT_VERBS,
  TALLY_UNITS,
} from '../../src/answers/numberKinds.ts';
import { entitiesOf } from '../../src/answers/entities.ts';

/** The ages and scores entitiesOf finds in a sentence, as "type:text". */
const agesAndScoresIn = (sentence: string): string[] =>
  entitiesOf(sentence)
    .filter((e) => e.type === 'age' || e.type === 'score')
    .map((e) => `${e.type}:${e.text}`);
/** The sums of money entitiesOf finds in a sentence. */
const sumsIn = (sentence: string): string[] =>
  entitiesOf(sentence)
    .filter((e) => e.type === 'money')
    .map((e) => e.text);
/** The lengths and masses entitiesOf finds in a sentence, as "type:text". */
const measuresIn = (sentence: string): string[] =>
  entitiesOf(sentence)
    .filter((e) => e.type === 'length' || e.type === 'mass')
    .map((e) => `${e.type}:${e.text}`);

describe('numberKinds', () => {
  it('takes a number before "-year-old" or "years old" for an age', () => {
    expect(agesAndScoresIn('The 23-year-old pulled away at the halfway mark.')).toEqual(['age:23']);
    expect(agesAndScoresIn('The driver, who is 40 years old, was unhurt.')).toEqual(['age:40']);
  });

  for (const unit of AGE_UNITS) {
    it(`takes "N-${unit}-old" for an age`, () => {
      expect(agesAndScoresIn(`A 6-${unit}-old was found.`)).toEqual(['age:6']);
    });
  }

  for (const word of AGE_BEFORE) {
    it(`takes a number after "${word}" for an age`, () => {
      expect(agesAndScoresIn(`Children ${word} 7 were sent home.`)).toEqual(['age:7']);
    });
  }

  for (const word of AGE_BEFORE) {
    it(`takes a number after "${word} of" for an age`, () => {
      expect(agesAndScoresIn(`The founder died at the ${word} of 73 on Monday.`)).toEqual(['age:73']);
    });
  }

  it('does not take a number after "of" alone for an age', () => {
    expect(agesAndScoresIn('The founder was one of 73 people honoured on Monday.')).toEqual([]);
  });

  for (const [first, second] of AGE_STATEMENTS) {
    it(`takes a number closing the clause after "${first} ${second}" for an age`, () => {
      const sentence = first.startsWith('die')
        ? `The poet ${first} ${second} 56.`
        : `Friends said ${first} ${second} 56.`;
      expect(agesAndScoresIn(sentence)).toEqual(['age:56']);
    });
  }

  it('takes a number after a pronoun and verb for an age only when it closes the clause', () => {
    expect(agesAndScoresIn('He was 3 of 10 from the field.')).toEqual([]);
    expect(agesAndScoresIn('She turned 40, and the party went on all night.')).toEqual(['age:40']);
  });

  it('takes a number set off by commas or brackets after a name for an age', () => {
    expect(agesAndScoresIn('Dennis Varga, 58, had betrayed the town.')).toEqual(['age:58']);
    expect(agesAndScoresIn('Ann Lee (34) was charged.')).toEqual(['age:34']);
  });

  it('takes no other number or duration for an age', () => {
    expect(agesAndScoresIn('It was the second break-in in a year.')).toEqual([]);
    expect(agesAndScoresIn('The plan, 58 pages long, was approved.')).toEqual([]);
    expect(agesAndScoresIn('He is 19 and plays like a veteran.')).toEqual([]);
  });

  it('takes two numbers joined by a dash for a score, written as one word or three', () => {
    expect(agesAndScoresIn('We lost 4-0.')).toEqual(['score:4-0']);
    expect(agesAndScoresIn('Arsenal won 2 – 1 at home.')).toEqual(['score:2 – 1']);
  });

  it('does not take a season or a range of years for a score', () => {
    expect(agesAndScoresIn('The 2019-20 season was cut short.')).toEqual([]);
  });

  for (const unit of TALLY_UNITS) {
    it(`takes "N ${unit} to M" for a score`, () => {
      expect(agesAndScoresIn(`The motion passed by 12 ${unit} to 9.`)).toEqual([`score:12 ${unit} to 9`]);
    });
  }

  it('does not take a range for a score', () => {
    expect(agesAndScoresIn('Prices rose from 5 to 7 dollars.')).toEqual([]);
  });

  it('takes a number after a currency sign for a sum, with its scale, written as the sentence writes it', () => {
    expect(sumsIn('The firm was fined £2m for the leak.')).toEqual(['2m']);
    expect(sumsIn('The mission cost €1.1 billion.')).toEqual(['1.1 billion']);
    expect(sumsIn('It cost ₦500 in 2020.')).toEqual(['500']);
  });

  for (const code of CURRENCY_CODES) {
    it(`takes a number after "${code}" for a sum (or leaves it to the tagger, which knows some codes)`, () => {
      const sums = sumsIn(`The bridge cost ${code.toUpperCase()} 500 million.`);
      expect(sums).toHaveLength(1);
      expect(sums[0]).toMatch(/500 million$/u);
    });
  }

  it('takes no number without a currency for a sum', () => {
    expect(sumsIn('About 500 million people watched.')).toEqual([]);
  });

  for (const unit of LENGTH_UNITS) {
    it(`takes "N ${unit}" for a length`, () => {
      expect(measuresIn(`The crack was 12 ${unit} long.`)).toEqual([`length:12 ${unit}`]);
    });
  }

  for (const unit of MASS_UNITS) {
    it(`takes "N ${unit}" for a mass`, () => {
      expect(measuresIn(`The bell weighs 12 ${unit} in all.`)).toEqual([`mass:12 ${unit}`]);
    });
  }

  it('takes a number joined to its unit by a hyphen, or a number word, for a measure', () => {
    expect(measuresIn('A 10-metre pole fell.')).toEqual(['length:10-metre']);
    expect(measuresIn('The drill will reach one metre below the surface.')).toEqual(['length:one metre']);
  });

  it('takes no sum and no bare number for a measure', () => {
    expect(measuresIn('The firm was fined £2m for the leak.')).toEqual([]);
    expect(measuresIn('About 500 people watched.')).toEqual([]);
  });
});

describe('margins', () => {
  for (const verb of RESULT_VERBS) {
    it(`takes "by N" after "${verb}" and its object for a margin (a score)`, () => {
      expect(agesAndScoresIn(`The visitors ${verb} the county final by seven on Sunday.`)).toEqual(['score:seven']);
    });
  }

  it('does not take "by N" without a result verb before it, or past a comma, for a margin', () => {
    expect(agesAndScoresIn('The river rose by seven inches overnight.')).toEqual([]);
    expect(agesAndScoresIn('They won the toss, and the rain fell by seven.')).toEqual([]);
  });
});
