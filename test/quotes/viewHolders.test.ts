// Whose view a sentence names without a speech verb speaks the quotation it brings in.
import { describe, expect, it } from 'vitest';
import { capitalRuns } from '../../src/quotes/names.ts';
import { forViewRun, VIEW_LINKS, VIEW_NOUNS } from '../../src/quotes/viewHolders.ts';
import { attributed, spacedTokens } from './fixtures.ts';

const LEAD =
  'Three more shops on the high street closed for the last time on Saturday, leaving a row of empty units behind them.';
const EARLIER = '"They have had ten years of plans and not one of them worked," said trader Dermot Quayle.';
const QUOTE = '"When the bank went, everything else followed it out of the door."';

describe('viewHolder', () => {
  for (const noun of [...VIEW_NOUNS].sort())
    it(`gives the quote under “The ${noun} of NAME, a nurse, …” to NAME, not to the speaker before`, () => {
      expect(
        attributed([
          LEAD,
          EARLIER,
          `The ${noun} of Fiona Achter, a nurse who has lived here all her life, is plain.`,
          QUOTE,
        ]),
      ).toEqual([
        ['They have had', 'Dermot Quayle', 'said trader Dermot Quayle'],
        ['When the bank', 'Fiona Achter', 'Fiona Achter'],
      ]);
    });

  for (const link of VIEW_LINKS)
    it(`reads the holder after “${link.join(' ')}”, and a name set off after a role there`, () => {
      expect(
        attributed([LEAD, EARLIER, `It is a sentiment ${link.join(' ')} Fiona Achter, a nurse.`, QUOTE])[1],
      ).toEqual(['When the bank', 'Fiona Achter', 'Fiona Achter']);
      expect(
        attributed([
          LEAD,
          EARLIER,
          `The reaction ${link.join(' ')} the council leader, Ravi Menon, was swift.`,
          QUOTE,
        ])[1],
      ).toEqual(['When the bank', 'Ravi Menon', 'Ravi Menon']);
    });

  it('gives a quote after a colon to the holder (“That is the view of NAME, who …: “…””)', () => {
    expect(
      attributed([LEAD, `That is the view of Agnes Rusk, who runs the bakery on the corner: ${QUOTE}`])[0],
    ).toEqual(['When the bank', 'Agnes Rusk', 'Agnes Rusk']);
  });

  it('names no holder after a noun that is no view’s (“The owner of the shop next to NAME …”)', () => {
    expect(attributed([LEAD, 'The owner of the shop next to Fiona Achter was not there on Saturday.', QUOTE])).toEqual([
      ['When the bank', null, null],
    ]);
  });
});

describe('forViewRun', () => {
  const run = (text: string): string[] | null => {
    const tokens = spacedTokens(text);
    return forViewRun(tokens, capitalRuns(tokens))?.name ?? null;
  };

  it('reads the full name after “For” and its role, set off by a comma, before a quotation with no speech verb', () => {
    expect([
      run('For Oskar Lindfors , who coached the side , the season was QUOTE'),
      run('For graduate student Oskar Lindfors , 24 , who built the rig , the find was QUOTE'),
    ]).toEqual([
      ['Oskar', 'Lindfors'],
      ['Oskar', 'Lindfors'],
    ]);
  });

  it('reads no name with a speech verb anywhere, no quotation after it, no comma after it or no “For” opening it', () => {
    expect([
      run('For Oskar Lindfors , the season was QUOTE , his coach said'),
      run('For Oskar Lindfors , the season was long'),
      run('For Oskar Lindfors the season was QUOTE'),
      run('Oskar Lindfors , the season was QUOTE'),
    ]).toEqual([null, null, null, null]);
  });

  it('reads no name for a body, or a name with neither a role before it nor an age or “who” after it', () => {
    expect([
      run('For Castle Ferries , which has run the route since 1987 , the breakdown is QUOTE'),
      run('For Harbour Mutual , the news was QUOTE'),
      run('For Oskar Lindfors , 24 , the season was QUOTE'),
    ]).toEqual([null, null, ['Oskar', 'Lindfors']]);
  });

  it('makes a person of a name brought in only so, and gives them the quote past a relative clause with a verb in it', () => {
    expect(
      attributed([
        LEAD,
        'For shop owner Oskar Lindfors, 61, who wrote to the council twice last year, the closures have been “a slow-motion disaster for the whole street.”',
      ]),
    ).toEqual([['a slow-motion disaster', 'Oskar Lindfors', 'For Oskar Lindfors']]);
  });
});
