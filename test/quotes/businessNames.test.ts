import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import {
  BUSINESS_FOLLOWERS,
  BUSINESS_NOUNS_BEFORE,
  BUSINESS_POSSESSIONS,
  businessAppositiveAfter,
  PREMISES_NOUNS,
} from '../../src/quotes/businessNames.ts';
import { spacedTokens, story } from './fixtures.ts';

function people(lines: string[]): [string, string][] {
  return buildQuoteBook([story('business', lines)]).people.map((p) => [p.name, p.kind]);
}

function speakers(lines: string[]): (string | null)[] {
  const book = buildQuoteBook([story('business', lines)]);
  const names = new Map(book.people.map((p) => [p.id, `${p.name} (${p.kind})`]));
  return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? null)));
}

const QUOTE =
  '“Demand in the second half was stronger than any of us expected,” Harlow said in a statement on Thursday.';

describe('businesses an article names by one word', () => {
  it('gives “Harlow said” to the business the article names in full as “Harlow Motor Corp.”, with its short form', () => {
    const lines = [
      'Harlow Motor Corp. raised its full-year profit forecast on Thursday after a strong quarter.',
      QUOTE,
    ];
    expect([people(lines), speakers(lines)]).toEqual([
      [['Harlow Motor Corp', 'organisation']],
      ['Harlow Motor Corp (organisation)'],
    ]);
  });

  it('does not take the first word of a name of another kind (“Harlow Parish Council”) for a business', () => {
    const lines = ['Harlow Parish Council approved the new car park on Thursday after a long debate.', QUOTE];
    expect(people(lines)).toEqual([
      ['Harlow', 'person'],
      ['Harlow Parish Council', 'organisation'],
    ]);
  });

  for (const possession of [...BUSINESS_POSSESSIONS].sort()) {
    it(`lists “Harlow said” as an organisation when the article writes “Harlow’s ${possession}”`, () => {
      expect(people([`Harlow’s first-quarter ${possession} rose sharply on strong demand in Europe.`, QUOTE])).toEqual([
        ['Harlow', 'organisation'],
      ]);
    });
  }

  /** The followers that stand before a person's name as a role ("Harlow founder Ann Lee"). */
  const TITLED_FOLLOWERS = new Set(['ceo', 'cfo', 'coo', 'founder', 'co-founder', 'boss', 'chairman', 'chairwoman']);
  for (const word of [...BUSINESS_FOLLOWERS].sort()) {
    const follower = word.length === 3 ? word.toUpperCase() : word;
    it(`lists “Harlow said” as an organisation when the article writes “Harlow ${follower}”`, () => {
      const line = TITLED_FOLLOWERS.has(word)
        ? `Harlow ${follower} Ann Lee told staff on Thursday that the new plant would open in May.`
        : `Harlow ${follower} were told on Thursday that the new plant would open in May.`;
      expect(people([line, QUOTE]).find(([name]) => name === 'Harlow')).toEqual(['Harlow', 'organisation']);
    });
  }

  it('keeps a person known by one name a person when their possession is no business’s (“Harlow’s family”)', () => {
    expect(people(['Harlow’s family said on Thursday that they had not been told of the decision.', QUOTE])).toEqual([
      ['Harlow', 'person'],
    ]);
  });
});

describe('a business noun before a one-word name', () => {
  for (const noun of [...BUSINESS_NOUNS_BEFORE].sort()) {
    it(`lists “Harlow said” as an organisation when the article writes “the ${noun} Harlow”`, () => {
      const lines = [`Shares in the ${noun} Harlow fell on Thursday after a weak quarter in Europe.`, QUOTE];
      expect(speakers(lines)).toEqual(['Harlow (organisation)']);
    });
  }

  it('keeps “Harlow said” a person when a capitalised word follows the noun’s name (“the app Harlow Jones”)', () => {
    const lines = ['The app Harlow Jones built with friends reached a million users on Thursday.', QUOTE];
    expect(people(lines)).toEqual([['Harlow Jones', 'person']]);
  });
});

describe('businessAppositiveAfter', () => {
  for (const noun of [...PREMISES_NOUNS].sort())
    it(`reads “NAME, the little ${noun} on the square” as calling NAME a business`, () => {
      expect(businessAppositiveAfter(spacedTokens(`Casa Marisol , the little ${noun} on the square`), 2)).toBe(true);
    });

  it('reads a business kind’s noun there too, and no appositive of a person’s role or of more words', () => {
    expect([
      businessAppositiveAfter(spacedTokens('Casa Marisol , a family firm , said'), 2),
      businessAppositiveAfter(spacedTokens('Ana Marisol , the head of the bakery , said'), 2),
      businessAppositiveAfter(spacedTokens('Ana Marisol , a retired and much loved village baker , said'), 2),
      businessAppositiveAfter(spacedTokens('Ana Marisol said the bakery would close'), 2),
      businessAppositiveAfter(spacedTokens('Ana Marisol , a firm believer in sport , said'), 2),
      businessAppositiveAfter(spacedTokens('Ana Marisol , a cafe regular , said'), 2),
    ]).toEqual([true, false, false, false, false, false]);
  });
});
