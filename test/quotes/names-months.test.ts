// Months that are also given names (GIVEN_NAME_MONTHS: "June Cook") open a name unless a date is meant; any month
// before an initial and a surname ("Mar S. Ode") is a given name.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { GIVEN_NAME_MONTHS } from '../../src/quotes/lexicon.ts';
import { story } from './fixtures.ts';

describe('a month that is also a given name', () => {
  for (const month of [...GIVEN_NAME_MONTHS].sort()) {
    const given = `${month.charAt(0).toUpperCase()}${month.slice(1)}`;
    it(`reads “${given} Cook” as a person after a comma and before a speech verb`, () => {
      const book = buildQuoteBook([
        story(`month-${month}`, [
          `Her mother, ${given} Cook, a church organist, taught her to sing harmony at the age of six.`,
          `“She used to sing to the washing machines downstairs,” ${given} Cook remembers.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect([
        book.people.map((p) => p.name),
        book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker))),
      ]).toEqual([[`${given} Cook`], [`${given} Cook`]]);
    });

    it(`reads “${given}” as a date after “in” or a day’s number (“in ${given} Ann Lee said”)`, () => {
      const book = buildQuoteBook([
        story(`month-date-${month}`, [
          `In ${given} Ann Lee said the bridge would reopen, and on 4 ${given} Tom Hale told the council it would not.`,
        ]),
      ]);
      expect(book.people.map((p) => p.name)).toEqual(['Ann Lee', 'Tom Hale']);
    });
  }
});

describe('a month’s name alone where a speaker stands', () => {
  for (const [given, full] of [
    ['May', 'Ottilie May'],
    ['June', 'June Okafor'],
    ['April', 'April'],
  ]) {
    it(`reads “…,” ${given} said and said ${given} as ${full} speaking`, () => {
      const book = buildQuoteBook([
        story('month-surname', [
          `${full === given ? 'The head, known to everyone as April,' : full} spoke to members of the committee on Wednesday.`,
          `“We will publish the figures before the summer,” ${given} said.`,
          `“Nobody will be left behind,” said ${given}.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([full, full]);
    });
  }

  it('reads a month before a speech verb after “in” or a number as a date, and a weekday never as a name', () => {
    const book = buildQuoteBook([
      story('month-date-speaking', [
        'The committee met in the capital on Wednesday afternoon to discuss the figures for the year.',
        'Figures published in May said spending had risen, and those of 4 June said it had not.',
        '“We will publish the figures before the summer,” Monday said.',
      ]),
    ]);
    expect([book.people, book.quotes.map((q) => q.speaker)]).toEqual([[], [null]]);
  });
});

describe('a month before an initial and a surname', () => {
  it('reads “Chairman Mar S. Ode” as the person Mar S Ode, who speaks, and “Mar 5” as a date', () => {
    const book = buildQuoteBook([
      story('month-initial', [
        'The drivers’ union called the strike on Monday after talks with the transport ministry broke down.',
        '“We will stay off the roads for as long as it takes,” union Chairman Mar S. Ode said on Mar 5.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Mar S Ode']);
  });

  it('reads a weekday before an initial as no name (“Monday A. Ode”)', () => {
    const book = buildQuoteBook([
      story('weekday-initial', [
        'The drivers’ union called the strike after talks with the transport ministry broke down this week.',
        '“We will stay off the roads for as long as it takes,” the union said on Monday A. Ode Street.',
      ]),
    ]);
    expect(book.people.map((p) => p.name)).toEqual([]);
  });
});

describe('a day’s name that is a given name after a title (dayGivenNameAfterTitle)', () => {
  const LEAD =
    'The national trials ended in Ibadan with three new records and a crowd of more than ten thousand at the stadium.';
  /** The speaker's name of the one quote of a book of the lead and `line`. */
  const speakerOf = (line: string): string | null => {
    const book = buildQuoteBook([story('day-name', [LEAD, line])]);
    const speaker = book.quotes[0]?.speaker ?? null;
    return book.people.find((p) => p.id === speaker)?.name ?? null;
  };
  it('reads “Coach Sunday Adewale” as a person, “On Sunday Adewale said” as the day and a surname, and no “Friday Tomas Adewale”', () => {
    expect([
      speakerOf(
        'The federation’s technical director, Coach Sunday Adewale, called the final “a race nobody in this stadium will forget”.',
      ),
      speakerOf('On Sunday Adewale called the final “a race nobody in this stadium will forget”.'),
      speakerOf('Chairman Friday Tomas Adewale called the final “a race nobody in this stadium will forget”.'),
    ]).toEqual(['Sunday Adewale', 'Adewale', null]);
  });
});
