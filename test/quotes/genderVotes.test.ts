// A person's gender from votes, titles, or — for nobody's votes — the given name a table knows.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { story } from './fixtures.ts';

/** A small given-name table: only the names listed. */
const TABLE: Record<string, 'male' | 'female'> = {
  wen: 'male',
  mary: 'female',
  jane: 'female',
  jean: 'female',
  pierre: 'male',
};
const givenNameGender = (word: string): 'male' | 'female' | null => TABLE[word.toLowerCase()] ?? null;

function genderOf(name: string): 'male' | 'female' | null {
  const book = buildQuoteBook(
    [story(`given-${name}`, [`“The water was murky all week, and the bait fish were everywhere,” said ${name}.`])],
    { givenNameGender },
  );
  return book.people.find((p) => p.name === name)?.gender ?? null;
}

describe('the gender a hyphenated given name gives', () => {
  it('is the parts’ when the table knows every part and they agree, and none when a part is unknown or they differ', () => {
    expect(['Mary-Jane Okoro', 'Wen-Li Okoro', 'Jean-Pierre Okoro', 'Wen Okoro'].map(genderOf)).toEqual([
      'female',
      null,
      null,
      'male',
    ]);
  });
});

describe('the gender a name written surname first gives', () => {
  it('is none for three short words written surname first, though the table knows the first as a given name', () => {
    TABLE.lim = 'male';
    try {
      expect(['Lim Ai Ning', 'Lim Okoro'].map(genderOf)).toEqual([null, 'male']);
    } finally {
      delete TABLE.lim;
    }
  });
});

describe('a he or she speaking after a sentence that names one full name deep in it', () => {
  it('leaves the gender of a name past the subject to its given name (“… said she might yet recall Pierre Okoro”)', () => {
    const book = buildQuoteBook(
      [
        story('deep-name', [
          'The harbour inquiry heard from the ferry operator’s chief for a second day on Thursday.',
          'Whitcombe said she might yet recall Pierre Okoro before the inquiry closes in May.',
          '“We have more questions than answers about the night of the storm,” she said.',
        ]),
      ],
      { givenNameGender },
    );
    expect(book.people.find((p) => p.name === 'Pierre Okoro')?.gender).toBe('male');
  });

  it('still gives a full name opening the sentence the gender of the he or she speaking after it', () => {
    const book = buildQuoteBook([
      story('opening-name', [
        'The harbour inquiry heard from the ferry operator’s chief for a second day on Thursday.',
        'Dana Okoro left the hearing early on Thursday afternoon.',
        '“We have more questions than answers about the night of the storm,” she said.',
      ]),
    ]);
    expect(book.people.find((p) => p.name === 'Dana Okoro')?.gender).toBe('female');
  });
});
