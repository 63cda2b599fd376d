// The plural of a title ("Justices", "Senators") opening a list of names is the title of each, not a name's word.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { isPluralTitle } from '../../src/quotes/names.ts';
import { story } from './fixtures.ts';

describe('isPluralTitle', () => {
  it('reads the plural of a title that stands before names, and nothing else', () => {
    expect(['justices', 'senators', 'judges', 'goals', 'mrs'].map(isPluralTitle)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
describe('the plural of a title before a list of names', () => {
  it('reads “Justices Ode and Hale” as the titles of two people, each known by the surname', () => {
    const book = buildQuoteBook([
      story('plural-title', [
        'A bench of Justices Ode and Hale heard the appeal over the flat on Tuesday in the capital.',
        '“The appeal will be heard again in the spring,” Justice Ode said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Ode']);
  });

  it('keeps a capitalised plural that no list follows as a name’s word (“Kings Ode said”)', () => {
    const book = buildQuoteBook([
      story('plural-no-list', [
        'The club confirmed the signing of the striker on Tuesday after a long week of talks.',
        '“He will score goals for us,” Kings Ode said.',
      ]),
    ]);
    expect(book.people.map((p) => p.name)).toEqual(['Kings Ode']);
  });
});
