// A full name that leads in to a quotation with a colon and no speech verb (colonLeadIn.ts).
import { describe, expect, it } from 'vitest';
import {
  COLON_LEAD_IN_WORDS,
  leadsInByColon,
  OTHERS_WORDS_LINKS,
  SET_OFF_ROLE_WORDS,
} from '../../src/quotes/colonLeadIn.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { givenNameGender } from '../../src/load/givenNames.ts';
import { spacedTokens, story } from './fixtures.ts';

/** Each quote's speaker by name, the book built with the given-name lists as the loader passes them. */
function bookSpeakers(lines: string[]): (string | null)[] {
  const book = buildQuoteBook([story('colon-lead-in', lines)], { givenNameGender });
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? null)));
}

const LEAD = 'The harbour board voted five to two on Tuesday night to close the old ferry slip in the spring.';

describe('leadsInByColon', () => {
  it('is true for a name opening the sentence, or set off after a definite role, before a few words and a colon', () => {
    expect([
      leadsInByColon(spacedTokens('Renata Vossberg was blunt : QUOTE'), 0, 2),
      leadsInByColon(spacedTokens('The other member , Renata Vossberg , was shorter : QUOTE'), 4, 6),
    ]).toEqual([true, true]);
  });

  it('is false with no quote after the colon, a capital or too many words before it, or a name not opening', () => {
    const words = Array.from({ length: COLON_LEAD_IN_WORDS + 1 }, () => 'very').join(' ');
    const role = Array.from({ length: SET_OFF_ROLE_WORDS }, () => 'old').join(' ');
    expect([
      leadsInByColon(spacedTokens('Renata Vossberg was blunt : the vote'), 0, 2),
      leadsInByColon(spacedTokens('Renata Vossberg told Harbour Radio : QUOTE'), 0, 2),
      leadsInByColon(spacedTokens(`Renata Vossberg was ${words} : QUOTE`), 0, 2),
      leadsInByColon(spacedTokens('Critics of Renata Vossberg were blunt : QUOTE'), 2, 4),
      leadsInByColon(
        spacedTokens(`The ${role} member , Renata Vossberg , was shorter : QUOTE`),
        2 + SET_OFF_ROLE_WORDS,
        4 + SET_OFF_ROLE_WORDS,
      ),
    ]).toEqual([false, false, false, false, false]);
  });

  it('makes a person of a name that only leads in to a quotation with a colon, when the lists know the given name', () => {
    expect([
      bookSpeakers([LEAD, 'Renata Vossberg was blunt: “This was rushed, and the board knows it.”']),
      bookSpeakers([LEAD, 'Silver Arrow was simply magnificent: “I have never had a horse like him in my yard.”']),
    ]).toEqual([['Renata Vossberg'], [null]]);
  });

  it('makes nobody of a name whose lead-in brings somebody else in (OTHERS_WORDS_LINKS)', () => {
    for (const link of [...OTHERS_WORDS_LINKS].sort())
      expect(
        bookSpeakers([LEAD, `Renata Vossberg was heckled ${link} the gallery: “Resign now, all of you!”`]),
      ).toEqual([null]);
  });
});
