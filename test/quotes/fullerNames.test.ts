// A person named short where they speak and in full elsewhere in the article is one person, shown in full.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { story } from './fixtures.ts';

function speakersOf(lines: string[]): string[] {
  const book = buildQuoteBook([story('fuller', lines)]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => (q.speaker === null ? '-' : (names.get(q.speaker) ?? '?')));
}

const LEAD =
  'Inés Salcedo Varga moved up to second place overall after finishing third on the summit, fourteen seconds behind the stage winner, with two mountain days to come.';

describe('fullerNameEvidence', () => {
  it('gives the quotes under “What NAME said” to the three-word name the lead writes, opening with that name', () => {
    expect(
      speakersOf([
        LEAD,
        'What Inés Salcedo said',
        '“The legs were good today, finally, and I could follow every attack on the last climb.”',
      ]),
    ).toEqual(['Inés Salcedo Varga']);
  });

  it('keeps the short name when the article writes no longer one opening with it', () => {
    expect(
      speakersOf([
        LEAD.replace('Inés Salcedo Varga', 'The Basque rider'),
        'What Inés Salcedo said',
        '“The legs were good today, finally, and I could follow every attack on the last climb.”',
      ]),
    ).toEqual(['Inés Salcedo']);
  });

  it('takes no longer name that is a place’s or a body’s (“Inés Salcedo Foundation”)', () => {
    expect(
      speakersOf([
        LEAD.replace('Inés Salcedo Varga moved', 'The rider moved').replace(
          'stage winner',
          'stage winner from the Inés Salcedo Foundation',
        ),
        'What Inés Salcedo said',
        '“The legs were good today, finally, and I could follow every attack on the last climb.”',
      ]),
    ).toEqual(['Inés Salcedo']);
  });
});
