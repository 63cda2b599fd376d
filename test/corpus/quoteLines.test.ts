import { describe, expect, it } from 'vitest';
import { features } from '../../src/corpus/blockFeatures.ts';
import { MIN_OTHER_TURNS, quotesLabel, signsQuote, transcriptTurnBlocks } from '../../src/corpus/quoteLines.ts';

const quote = features('“We will be far better off on our own, and I am not sorry to say it.”');

describe('quotesLabel', () => {
  it('is true when a short line ending in a colon stands over a quotation', () => {
    expect(quotesLabel(features('Mira Kaldor, harbour master:'), quote)).toBe(true);
  });

  it('is true when a name and team in headline case with no colon stand over a whole quotation', () => {
    expect(quotesLabel(features('Mira Kaldor, Harbour City'), quote)).toBe(true);
  });

  it('is true when a full name set off by a bracket, comma or dash opens the label, its role in lower case', () => {
    expect([
      quotesLabel(features('MIRA KALDOR (Harbour Velo) – youngest finisher'), quote),
      quotesLabel(features('Mira Kaldor (Harbour Velo) – third on the day'), quote),
      quotesLabel(features('Mira Kaldor, third on the day'), quote),
      quotesLabel(features('Mira went third on the day'), quote),
    ]).toEqual([true, true, true, false]);
  });

  it('is true for a label closed by a colon up to 120 characters long, and false past it or without the colon', () => {
    const label = 'Cllr Mira Kaldor, chair, Westbury council committee on harbour services';
    expect([
      quotesLabel(features(`${label}:`), quote),
      quotesLabel(features(`${label}, ferries, piers, moorings, slipways and the island bus routes:`), quote),
      quotesLabel(features(label), quote),
    ]).toEqual([true, false, false]);
  });

  it('is true for a “What NAME said” label over a quotation, and false for one with no speech verb closing it', () => {
    expect([
      quotesLabel(features('What Kaldorin said'), quote),
      quotesLabel(features('What the Harbour coach says'), quote),
      quotesLabel(features('What Kaldorin wants'), quote),
    ]).toEqual([true, true, false]);
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

describe('transcriptTurnBlocks', () => {
  const turns = [
    'Mara Quint caught up with the founder, Olek Brandvold, before the last night.',
    'MQ: How are you holding up?',
    'OB: Tired, but proud of what the crew built out of a muddy field in nine summers.',
    'MQ: So what went wrong this year?',
    'OB: Tickets. We had sold half of what we had sold by this time last year, and costs doubled.',
    'MQ: Will Harbour Fest Be Back In 2026?',
  ].map(features);

  it('holds each block opening with a label that opens MIN_OTHER_TURNS other blocks or more', () => {
    expect(MIN_OTHER_TURNS).toBe(2);
    expect([...transcriptTurnBlocks(turns)]).toEqual([1, 3, 5]);
  });

  it('holds no block when its label opens fewer other blocks', () => {
    expect([...transcriptTurnBlocks(turns.slice(0, 5))]).toEqual([]);
  });
});
