import { describe, expect, it } from 'vitest';
import { features } from '../../src/corpus/blockFeatures.ts';
import { quotesLabel, signsQuote } from '../../src/corpus/quoteLines.ts';

const quote = features('“We will be far better off on our own, and I am not sorry to say it.”');

describe('quotesLabel', () => {
  it('is true when a short line ending in a colon stands over a quotation', () => {
    expect(quotesLabel(features('Mira Kaldor, harbour master:'), quote)).toBe(true);
  });

  it('is true when a name and team in headline case with no colon stand over a whole quotation', () => {
    expect(quotesLabel(features('Mira Kaldor, Harbour City'), quote)).toBe(true);
  });

  it('is false when the line under the label does not open a quotation', () => {
    expect(quotesLabel(features('Mira Kaldor, harbour master:'), features('The harbour reopened on Monday.'))).toBe(
      false,
    );
  });
});

describe('signsQuote', () => {
  it('is true when a dash and a capital open the line under a closed quotation', () => {
    expect(signsQuote(quote, features('– A grumpy Ray Dunmore sounds off about the new rules in March'))).toBe(true);
    expect(signsQuote(quote, features('— Ray Dunmore, Harbour City manager'))).toBe(true);
  });

  it('is false when the line above is not a closed quotation', () => {
    const open = features('“We will be far better off on our own, and I am not sorry to say it,');
    expect(signsQuote(open, features('– Ray Dunmore, Harbour City manager'))).toBe(false);
    expect(signsQuote(features('The harbour reopened.'), features('– Ray Dunmore'))).toBe(false);
  });

  it('is false when the line under the quotation does not open with a dash and a capital', () => {
    expect(signsQuote(quote, features('Ray Dunmore, Harbour City manager'))).toBe(false);
    expect(signsQuote(quote, features('– more from the league'))).toBe(false);
  });
});
