// A reported speech verb handing its quote straight over: the reported speaker's words, not the reporting one's.
import { describe, expect, it } from 'vitest';
import { HANDED_OBJECTS, HANDING_ADVERBIAL_OPENERS } from '../../src/quotes/handOver.ts';
import { quoteSpeakers } from './fixtures.ts';

const LEAD = 'The trial of the battery maker’s founder entered its fourth week on Monday.';

describe('handsQuoteOver', () => {
  for (const object of [...HANDED_OBJECTS].sort()) {
    it(`gives “X testified that Y once told ${object}, “…”” to Y`, () => {
      expect(
        quoteSpeakers([
          LEAD,
          `Engineer Rosalind Fairweather testified that Caspar Mott once told ${object}, “Keep the cameras off the battery.”`,
        ]),
      ).toEqual(['Caspar Mott']);
    });
  }

  for (const opener of [...HANDING_ADVERBIAL_OPENERS].sort()) {
    it(`gives “X testified that Y told him ${opener} …, “…”” to Y`, () => {
      expect(
        quoteSpeakers([
          LEAD,
          `Engineer Rosalind Fairweather testified that Caspar Mott told her ${opener} the last demo, “Keep the cameras off the battery.”`,
        ]),
      ).toEqual(['Caspar Mott']);
    });
  }

  it('keeps the words the reporting speaker’s when the reported verb has a complement of its own', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Engineer Rosalind Fairweather testified that Caspar Mott never asked her to speak up, “and I never did.”',
      ]),
    ).toEqual(['Rosalind Fairweather']);
  });

  it('keeps a quote opening in lower case the reporting speaker’s (“… told him at lunch she would quit, “and …””)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Chairman Rosalind Fairweather said Caspar Mott told her at lunch she would quit, “and two weeks later she did.”',
      ]),
    ).toEqual(['Rosalind Fairweather']);
  });
});
