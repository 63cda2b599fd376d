// A lower-case noun of a trade speaking stands for the one body of that trade its article names.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { articleSentences } from '../../src/quotes/frames.ts';
import { TRADE_MODIFIERS, tradeEvidence } from '../../src/quotes/trades.ts';
import { story } from './fixtures.ts';

const LEAD = 'Commuters faced long waits on Monday morning after a signal failure outside the main station.';

/** The names tradeEvidence lists for a story of LEAD and `lines`. */
function listed(lines: string[]): string[][] {
  const a = story('trades', [LEAD, ...lines]);
  return tradeEvidence('trades', articleSentences(a, extractQuotes(a))).map((e) => e.name);
}

describe('tradeEvidence', () => {
  it('lists the one body of the trade whose noun speaks, after "the" and up to TRADE_MODIFIERS words', () => {
    expect(TRADE_MODIFIERS).toBe(2);
    expect(
      listed([
        'Services run by Harbour Line Railway were cut back for the day.',
        '“We are sorry for the delays,” the regional train operator said.',
      ]),
    ).toEqual([['Harbour', 'Line', 'Railway']]);
    expect(
      listed([
        'Services run by Harbour Line Railway were cut back for the day.',
        '“We are sorry for the delays,” said the operator.',
      ]),
    ).toEqual([['Harbour', 'Line', 'Railway']]);
  });

  it('lists nothing when the noun does not speak, has more words before it, or two bodies of its trade are named', () => {
    expect(
      listed([
        'Services run by Harbour Line Railway were cut back for the day.',
        'The operator has run the line since the spring.',
      ]),
    ).toEqual([]);
    expect(
      listed([
        'Services run by Harbour Line Railway were cut back for the day.',
        '“We are sorry for the delays,” the busy regional train operator said.',
      ]),
    ).toEqual([]);
    expect(
      listed([
        'Services run by Harbour Line Railway and Kestrel Valley Buses were cut back for the day.',
        '“We are sorry for the delays,” the operator said.',
      ]),
    ).toEqual([]);
  });

  it('counts only the bodies named up to the sentence where the noun speaks', () => {
    expect(
      listed([
        'Services run by Harbour Line Railway were cut back for the day.',
        '“We are sorry for the delays,” the operator said.',
        'Kestrel Valley Buses said it would add extra coaches.',
      ]),
    ).toEqual([['Harbour', 'Line', 'Railway']]);
  });
});
