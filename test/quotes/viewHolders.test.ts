// Whose view a sentence names without a speech verb speaks the quotation it brings in.
import { describe, expect, it } from 'vitest';
import { VIEW_LINKS, VIEW_NOUNS } from '../../src/quotes/viewHolders.ts';
import { attributed } from './fixtures.ts';

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
