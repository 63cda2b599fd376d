// The role nouns added for wire copy from other countries: each heads a role before a name in a dateline lede.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { ROLE_NOUNS } from '../../src/quotes/lexicon.ts';
import { story } from './fixtures.ts';

const ADDED = [
  'convener',
  'convenor',
  'councilor',
  'alderman',
  'alderwoman',
  'dean',
  'provost',
  'rector',
  'comptroller',
  'constable',
];

describe('role nouns of wire copy', () => {
  for (const role of ADDED) {
    it(`reads "AAP national ${role} NAME …, saying “…”" as NAME speaking`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('role', [
          `New Delhi, Feb 3 (PTI) The party's national ${role} Arvind Kumar on Saturday hit out at the government over fuel prices, saying families were “suffering badly every single day”.`,
          '“Who is responsible for this?” Kumar asked reporters outside the party office on Saturday.',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
        'Arvind Kumar',
        'Arvind Kumar',
      ]);
    });
  }
});

describe('a wire dateline before the subject', () => {
  it('reads the subject after “PLACE, Mon D (AGENCY)” so a participle clause speaks for it', () => {
    const book = buildQuoteBook([
      story('dateline', [
        'New Delhi, Feb 3 (PTI) Party leader Arvind Kumar on Saturday hit out at the government over fuel prices, saying families were “suffering badly every single day”.',
        '“Who is responsible for this?” Kumar asked reporters outside the party office on Saturday.',
      ]),
    ]);
    expect(book.quotes.map((q) => q.cue)).toEqual([
      'Arvind Kumar on Saturday hit out at the government over fuel prices, saying',
      'Kumar asked',
    ]);
  });
});
