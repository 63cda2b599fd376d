import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { GIVEN_NAME_SHORT_FORMS, sameGivenName } from '../../src/quotes/givenNameForms.ts';
import { story } from './fixtures.ts';

const capitalised = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

function lines(short: string, full: string): string[] {
  return [
    `Chief executive ${short} Tallisker opened the new plant on the edge of the town on Thursday morning.`,
    `“We will hire two hundred people by the spring,” ${full} Tallisker said.`,
  ];
}

describe('short forms of given names', () => {
  for (const [short, fulls] of [...GIVEN_NAME_SHORT_FORMS].sort(([a], [b]) => a.localeCompare(b))) {
    for (const full of fulls) {
      it(`takes “${capitalised(short)} Tallisker” and “${capitalised(full)} Tallisker” in one article for one person, shown by the fuller name`, () => {
        const book = buildQuoteBook([story('short-form', lines(capitalised(short), capitalised(full)))]);
        expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([
          [`${capitalised(full)} Tallisker`],
          [book.people[0]?.id],
        ]);
      });
    }
  }

  it('keeps the two names apart when they are in different articles', () => {
    const [first = '', second = ''] = lines('Bill', 'William');
    const book = buildQuoteBook([story('one', [first]), story('two', [first.replace('Bill', 'Cora'), second])]);
    expect(book.people.map((p) => p.name)).toEqual(['Bill Tallisker', 'Cora Tallisker', 'William Tallisker']);
  });

  it('reads the pair either way round and nothing else as one given name', () => {
    expect([sameGivenName('les', 'leslie'), sameGivenName('leslie', 'les'), sameGivenName('les', 'lewis')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
