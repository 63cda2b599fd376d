// Initials written without stops before a surname ("RS Mehta said"): a person's name beside a speech verb or after a
// title, unless the article also writes the capitals alone, as a body's letters.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { initialsBeforeSurname } from '../../src/quotes/wordNames.ts';
import { spacedTokens, story } from './fixtures.ts';

/** Each quote's speaker as the name the book shows, or null. */
function speakers(lines: string[]): (string | null)[] {
  const book = buildQuoteBook([story('initials', lines)]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? null)));
}

describe('initialsBeforeSurname', () => {
  it('takes two or three capitals opening a two-word name beside a speech verb or after a title', () => {
    expect(initialsBeforeSurname(spacedTokens('RS Mehta said the plan'), 0, 0, 2)).toBe(true);
    expect(initialsBeforeSurname(spacedTokens('said RSK Mehta'), 1, 1, 3)).toBe(true);
    expect(initialsBeforeSurname(spacedTokens('Minister RS Mehta visited'), 0, 1, 3)).toBe(true);
  });

  it('takes no capitals where no verb or title stands by, nor one letter, four, or a surname in capitals', () => {
    expect(initialsBeforeSurname(spacedTokens('RS Mehta visited the site'), 0, 0, 2)).toBe(false);
    expect(initialsBeforeSurname(spacedTokens('R Mehta said'), 0, 0, 2)).toBe(false);
    expect(initialsBeforeSurname(spacedTokens('RSKM Mehta said'), 0, 0, 2)).toBe(false);
    expect(initialsBeforeSurname(spacedTokens('RS MEHTA said'), 0, 0, 2)).toBe(false);
  });
});

describe('a person named with initials without stops', () => {
  it('gives the quotes to the person and a he after the name to them too', () => {
    expect(
      speakers([
        'Union minister RS Mehta on Saturday rejected the charge that the new rail timetable had been rushed.',
        'Speaking at a forum in the capital, RS Mehta said the ministry took a “careful and measured” decision.',
        '“Most of the lines are running on time again, and the rest will follow within a month,” he said.',
      ]),
    ).toEqual(['RS Mehta', 'RS Mehta']);
  });

  it('takes no person when the article writes the capitals alone as a body’s letters', () => {
    expect(
      speakers([
        'The NHS trust in the town has asked for more money to keep its wards open through the winter.',
        '“We cannot keep every ward open without more staff and more beds,” NHS Harwick said.',
      ]),
    ).toEqual([null]);
  });
});

describe('a person’s initials joined by stops after a title', () => {
  it('reads “Chief Minister R.K. Anbu Selvan” as the person, no office’s letters, whom “the Chief Minister” means', () => {
    const book = buildQuoteBook([
      story('dotted-after-title', [
        'Chief Minister R.K. Anbu Selvan moved a resolution to record only the text approved by the State government.',
        '“The Governor may hold any view he likes, but he may not redraft our policy,” the Chief Minister said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['R.K Anbu Selvan']);
  });
});
