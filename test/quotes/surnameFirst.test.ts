// Names written surname first: the first word is the surname used alone.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import {
  isKoreanGivenName,
  isRomanisedGivenName,
  SURNAMES_WRITTEN_FIRST,
  surnameBeforeRomanisedGivenName,
  surnameWrittenFirst,
} from '../../src/quotes/surnameFirst.ts';
import { quoteSpeakers, story } from './fixtures.ts';

describe('surnameWrittenFirst', () => {
  it('gives the first word of a two-word name it opens, hyphenated given name or not', () => {
    expect([surnameWrittenFirst(['wang', 'qiming']), surnameWrittenFirst(['moon', 'jae-in'])]).toEqual([
      'wang',
      'moon',
    ]);
  });

  it('gives the first word of three when the given name is two short syllables (“Lim Kai Wen”)', () => {
    expect([surnameWrittenFirst(['wang', 'qi', 'ming']), surnameWrittenFirst(['lim', 'kai', 'wen'])]).toEqual([
      'wang',
      'lim',
    ]);
  });

  it('gives none for a name of other length, a long third word, or opened by another word', () => {
    expect([
      surnameWrittenFirst(['kim', 'carla', 'westbrook']),
      surnameWrittenFirst(['wang', 'qi', 'ming', 'li']),
      surnameWrittenFirst(['anna', 'wang']),
      surnameWrittenFirst(['wang']),
    ]).toEqual([null, null, null, null]);
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

describe('isRomanisedGivenName', () => {
  it('is true for a hyphenated given name with its second syllable in lower case', () => {
    expect([isRomanisedGivenName('Ji-ho'), isRomanisedGivenName('Jae-in')]).toEqual([true, true]);
  });

  it('is false for a hyphenated Western name, a hyphenated surname and a plain word', () => {
    expect([
      isRomanisedGivenName('Jean-Pierre'),
      isRomanisedGivenName('Asare-Lewis'),
      isRomanisedGivenName('Minseo'),
    ]).toEqual([false, false, false]);
  });
});

describe('surnameBeforeRomanisedGivenName', () => {
  it('gives the first word of a two-word name closed by a romanised given name, in lower case', () => {
    expect([surnameBeforeRomanisedGivenName('Park Ji-ho'), surnameBeforeRomanisedGivenName('Lee Hyun-woo')]).toEqual([
      'park',
      'lee',
    ]);
  });

  it('gives the middle word when a Western given name opens the name (“Victor Lau Ka-ming”)', () => {
    expect([
      surnameBeforeRomanisedGivenName('Victor Lau Ka-ming'),
      surnameBeforeRomanisedGivenName('Ji-ho Park Min-su'),
      surnameBeforeRomanisedGivenName('Anna Maria Lau Ka-ming'),
    ]).toEqual(['lau', null, null]);
  });

  it('gives none for a Western name or a name of other length', () => {
    expect([
      surnameBeforeRomanisedGivenName('Linda Park'),
      surnameBeforeRomanisedGivenName('Park Ji-ho Kim'),
      surnameBeforeRomanisedGivenName('Jean-Pierre Dubois'),
    ]).toEqual([null, null, null]);
  });
});

describe('a romanised Korean name whose surname is also a place word', () => {
  it('gives “…,” Park said to Park Ji-ho, not to a Park of another article', () => {
    const book = buildQuoteBook([
      story('romanised-other', [
        'Council leader Tom Park opened the new library on Saturday morning.',
        '“Books are for everyone,” Park said.',
      ]),
      story('romanised-director', [
        'Director Park Ji-ho’s first feature won the top prize at the festival on Saturday night.',
        '“This picture belongs to the women of my village,” Park said on stage.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => [q.articleId, names.get(q.speaker ?? '') ?? null])).toEqual(
      expect.arrayContaining([
        ['romanised-other', 'Tom Park'],
        ['romanised-director', 'Park Ji-ho'],
      ]),
    );
  });
});

describe('isKoreanGivenName', () => {
  it('reads two romanised Korean syllables joined by a hyphen, the second in lower case, as a given name', () => {
    const names = [
      'Ji-ho',
      'Seo-yeon',
      'Hyun-woo',
      'Min-jun',
      'Jae-in',
      'Eun-ji',
      'Ji-young',
      'Mi-hee',
      'Seo-ah',
      'Hyun-shik',
    ];
    expect(names.filter((w) => !isKoreanGivenName(w))).toEqual([]);
  });

  it('reads no English compound, nor a hyphenated name with a capital after the hyphen, so', () => {
    const words = ['Two-goal', 'Hat-trick', 'Cash-strapped', 'Big-time', 'Co-op', 'Jean-Pierre'];
    expect(words.filter((w) => isKoreanGivenName(w))).toEqual([]);
  });

  it('keeps a Korean given name opening a name in the name (“Ji-ho Park”), and drops a compound (“Two-goal Park”)', () => {
    const lines = (opener: string) => [
      `${opener} Park shot a 65 on Friday to lead the harbour open by two strokes at the halfway stage.`,
      '“The eagle on the twelfth was a bonus,” Park said.',
    ];
    expect([quoteSpeakers(lines('Ji-ho')), quoteSpeakers(lines('Two-goal'))]).toEqual([['Ji-ho Park'], [null]]);
  });
});
