// A person named short where they speak and in full elsewhere in the article is one person, shown in full.
import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakersOf } from './fixtures.ts';

const LEAD =
  'Inés Salcedo Varga climbed to third in the standings after a fast final round on the clay, two points off the lead with one round left to play.';

describe('fullerNameEvidence', () => {
  it('gives the quotes under “What NAME said” to the three-word name the lead writes, opening with that name', () => {
    expect(
      speakersOf([
        LEAD,
        'What Inés Salcedo said',
        '“My serve finally came back today, and I could attack every second ball.”',
      ]),
    ).toEqual(['Inés Salcedo Varga']);
  });

  it('keeps the short name when the article writes no longer one opening with it', () => {
    expect(
      speakersOf([
        LEAD.replace('Inés Salcedo Varga', 'The Basque player'),
        'What Inés Salcedo said',
        '“My serve finally came back today, and I could attack every second ball.”',
      ]),
    ).toEqual(['Inés Salcedo']);
  });

  it('takes no longer name that is a place’s or a body’s (“Inés Salcedo Foundation”)', () => {
    expect(
      speakersOf([
        LEAD.replace('Inés Salcedo Varga climbed', 'The player climbed').replace(
          'the lead',
          'the leader from the Inés Salcedo Foundation',
        ),
        'What Inés Salcedo said',
        '“My serve finally came back today, and I could attack every second ball.”',
      ]),
    ).toEqual(['Inés Salcedo']);
  });
});
