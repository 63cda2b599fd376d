// Letters of an honour or a rank at the bar written after a name (POST_NOMINALS: "KC", "OBE") close the name's run
// but are no part of the name: "Simon Tate KC said" is Simon Tate speaking.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { POST_NOMINALS } from '../../src/quotes/lexicon.ts';
import { isPartyAndState, partyPlaceStart, STATE_DISTRICT } from '../../src/quotes/names.ts';
import { relativeAntecedent } from '../../src/quotes/relativeClauses.ts';
import type { Slot } from '../../src/quotes/slots.ts';
import { spacedTokens, story } from './fixtures.ts';

describe('a name followed by post-nominal letters', () => {
  for (const letters of [...POST_NOMINALS].sort()) {
    const written = letters.toUpperCase();
    it(`reads “Nadia Farouk ${written}” as Nadia Farouk, whom a later “Ms Farouk” means`, () => {
      const book = buildQuoteBook([
        story(`post-nominal-${letters}`, [
          `Prosecutor Nadia Farouk ${written} told the court: “The scaffold had no guard rails at all that week.”`,
          '“It was the predictable result of putting speed ahead of safety,” Ms Farouk said.',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect([
        book.people.map((p) => p.name),
        book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker))),
      ]).toEqual([['Nadia Farouk'], ['Nadia Farouk', 'Nadia Farouk']]);
    });
  }
});

describe('a legislator’s credit ending in a US state and district', () => {
  for (const code of ['MS-4', 'NY-14', 'WY-AL']) {
    it(`reads “– Rep. Nadia Farouk ${code}” under a quote as Nadia Farouk`, () => {
      const book = buildQuoteBook([
        story(`state-district-${code}`, [
          'Lawmakers reacted on Friday to the ruling on the new district maps.',
          '“This ruling takes the map out of the hands of the voters who elected us.”',
          `– Rep. Nadia Farouk ${code}`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect([book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)]).toEqual([
        ['Nadia Farouk'],
        ['Nadia Farouk'],
      ]);
    });
  }

  it('keeps the letters when they are no state and district (“MS4”, “Mss-4”)', () => {
    expect(['MS-4', 'MS4', 'Mss-4', 'M-4'].map((c) => STATE_DISTRICT.test(c))).toEqual([true, false, false, false]);
  });
});

describe('a legislator’s party and state after the name', () => {
  it('reads “R-Ariz.”, “D-Calif.”, “D-N.Y.” and “I-Vt.” as a party and state, and “O-Neill” or “D-day” not', () => {
    expect(
      ['R-Ariz', 'D-Calif', 'D-N.Y.', 'I-Vt', 'O-Neill', 'D-day'].map((text) =>
        isPartyAndState({ kind: 'word', text, start: 0, end: text.length, lower: text.toLowerCase(), capital: true }),
      ),
    ).toEqual([true, true, true, true, false, false]);
  });

  it('makes no person of the party and state set off after a name, and gives the quote to the legislator', () => {
    const book = buildQuoteBook([
      story('party-state', [
        'Lawmakers reacted on Friday to the budget bill and its cuts to rural hospitals.',
        '“No one will lose the care they rely on while I hold this seat,” Rep. Nadia Farouk, R-Ariz., told reporters.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)]).toEqual([
      ['Nadia Farouk'],
      ['Nadia Farouk'],
    ]);
  });
});

describe('a legislator’s party and a hometown of more words after the name (“D-Brent Mills”)', () => {
  const farouk: Slot = {
    ...{ from: 2, to: 4, kind: 'name', text: 'Nadia Farouk', ids: [], typo: false, determiner: null },
    ...{ entity: null, subject: false, resolved: false },
  };
  it('finds where the party and place that end before a token start, set off by a comma (partyPlaceStart)', () => {
    const tokens = spacedTokens('State Rep. Nadia Farouk , D-Brent Mills , who said');
    expect([partyPlaceStart(tokens, 7), partyPlaceStart(tokens, 6), partyPlaceStart(tokens, 4)]).toEqual([5, -1, -1]);
  });

  it('reads the name before the party and place as whom the “who” after them is (relativeAntecedent)', () => {
    const tokens = spacedTokens('State Rep. Nadia Farouk , D-Brent Mills , who said');
    expect(relativeAntecedent(tokens, [farouk], 8)).toBe(farouk);
  });

  it('makes no person of the hometown, and gives “NAME, D-Brent Mills, who …, called “…”” to the legislator', () => {
    const book = buildQuoteBook([
      story('party-place', [
        'Nurses at the county hospital walked off the job on Tuesday after talks over staffing broke down.',
        'State Rep. Nadia Farouk, D-Brent Mills, who stood with the strikers for an hour, called the staffing “a danger nobody wants to name” on Tuesday.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)]).toEqual([
      ['Nadia Farouk'],
      ['Nadia Farouk'],
    ]);
  });
});
