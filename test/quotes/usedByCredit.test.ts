// A phrase quoted inside a sentence, credited by the next sentence to whoever used it ("That phrase was used by NAME").
import { describe, expect, it } from 'vitest';
import { USED_BY_FORMS, USED_BY_OPENERS, USED_PHRASE_NOUNS, usedByEnd } from '../../src/quotes/usedByCredit.ts';
import { quoteSpeakers, spacedTokens } from './fixtures.ts';

const LEAD = 'The national grid operator expects two damaged power stations to return to service before the weekend.';
const QUOTED =
  'At the briefing its chief executive declined to discuss the pledge that outages were “a thing we have put behind us” this year.';

function speakerUnder(credit: string): (string | null)[] {
  return quoteSpeakers([LEAD, `${QUOTED} ${credit}`]);
}

describe('usedByBelow', () => {
  for (const opener of [...USED_BY_OPENERS].sort()) {
    const written = (opener[0]?.toUpperCase() ?? '') + opener.slice(1);
    it(`credits the phrase to the name after “${written} phrase was used by” (USED_BY_OPENERS)`, () => {
      expect(speakerUnder(`${written} phrase was used by Energy Minister Thandeka Mvelase-Ruiz in April.`)).toEqual([
        'Thandeka Mvelase-Ruiz',
      ]);
    });
  }

  for (const noun of [...USED_PHRASE_NOUNS].sort()) {
    it(`credits the phrase to the name after “That ${noun} was used by” (USED_PHRASE_NOUNS)`, () => {
      expect(speakerUnder(`That ${noun} was used by Energy Minister Thandeka Mvelase-Ruiz in April.`)).toEqual([
        'Thandeka Mvelase-Ruiz',
      ]);
    });
  }

  for (const form of USED_BY_FORMS.map((f) => f.join(' '))) {
    it(`credits the phrase to the name after “The words ${form}” (USED_BY_FORMS)`, () => {
      expect(speakerUnder(`The words ${form} Energy Minister Thandeka Mvelase-Ruiz in April.`)).toEqual([
        'Thandeka Mvelase-Ruiz',
      ]);
    });
  }

  it('credits nobody from a frame two paragraphs down, or from a noun that is no phrase’s (“That plan was used by”)', () => {
    expect([
      ...quoteSpeakers([
        LEAD,
        QUOTED,
        'The operator has missed every target it set itself since the winter began.',
        'That phrase was used by Energy Minister Thandeka Mvelase-Ruiz in April.',
      ]),
      ...speakerUnder('That plan was used by Energy Minister Thandeka Mvelase-Ruiz in April.'),
    ]).toEqual([null, null]);
  });

  it('finds where the name may start after the frame, and nothing without one', () => {
    expect([
      usedByEnd(spacedTokens('That phrase was coined by Ann Hale')),
      usedByEnd(spacedTokens('Ann Hale used it')),
    ]).toEqual([5, -1]);
  });
});
