// An age set off after a name (", 45,", ", aged 45,", "(45)") and the name an appositive after it belongs to.
import { describe, expect, it } from 'vitest';
import { AGE_LEADS, statedAge, statedAgeEnd, statedAgeNumber } from '../../src/quotes/ages.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { spacedTokens, story } from './fixtures.ts';

describe('statedAgeNumber', () => {
  it('reads the number of an age set off after a name, in commas or in brackets', () => {
    expect(
      [
        'Lena Voss , 19 ,',
        'Lena Voss , now 19 ,',
        'Lena Voss ( 19 )',
        'Lena Voss , 190 ,',
        'Lena Voss , nineteen ,',
      ].map((text) => statedAgeNumber(spacedTokens(text), 2)),
    ).toEqual(['19', '19', '19', null, null]);
  });

  it('ends the age where statedAge reads one, and nowhere else', () => {
    const tokens = spacedTokens('Lena Voss , aged 19 , a student');
    expect([statedAge(tokens, 2), statedAgeEnd(tokens, 2), statedAgeEnd(tokens, 5)]).toEqual([true, 5, -1]);
  });

  for (const lead of [...AGE_LEADS].sort())
    it(`reads “, ${lead} 19,” between a name and the role that describes it`, () => {
      const book = buildQuoteBook([
        story(`age-${lead}`, [
          'The county closed the old river bridge on Monday after engineers found cracks in two of its piers.',
          `Lena Voss, ${lead} 19, a law student, said the detour added an hour to her day.`,
        ]),
      ]);
      expect(book.people.map((p) => [p.name, p.roles])).toEqual([['Lena Voss', ['law student']]]);
    });
});
