// The action beat between two quotes of one paragraph ("“…” He stirs the tea. “…”").
import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../src/load/givenNames.ts';
import { quoteSpeakers } from './fixtures.ts';

const LEAD = [
  'Tove Solvang, 71, retired last month after nine years as the mediation chief.',
  'Her former deputy, Pavel Dussek, calls her patient. “She never raised her voice,” Dussek told me by phone.',
  'Any regrets?',
];

describe('beatBetweenQuotes', () => {
  it('gives a quote followed by a beat and another quote to the beat’s he or she, not the speaker before', () => {
    expect(
      quoteSpeakers(
        [
          ...LEAD,
          '“Some, yes, the early rounds.” She stirs the tea and looks away. “Then the spring talks, which we lost.”',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Pavel Dussek', 'Tove Solvang', 'Tove Solvang']);
  });

  it('gives it to a name opening the beat as well (BEAT_SUBJECTS)', () => {
    expect(
      quoteSpeakers([
        ...LEAD,
        '“Some, yes, the early rounds.” Solvang stirs the tea and looks away. “Then the spring talks, which we lost.”',
      ]),
    ).toEqual(['Pavel Dussek', 'Tove Solvang', 'Tove Solvang']);
  });

  it('reads no beat when no quote opens the sentence after it', () => {
    expect(
      quoteSpeakers(
        [...LEAD, '“Some, yes, the early rounds.” She stirs the tea and looks away. Then she laughs at the question.'],
        { givenNameGender },
      ),
    ).toEqual(['Pavel Dussek', 'Pavel Dussek']);
  });

  it('reads no beat after another speaker’s quote in the paragraph before (a listener’s reaction)', () => {
    expect(
      quoteSpeakers(
        [
          'Tove Solvang, 71, retired last month after nine years as the mediation chief.',
          '“The spring talks will fail again,” Solvang says, pouring the tea.',
          '“They always fail in spring.” Pavel Dussek rolls his eyes. “She said that last year too.”',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Tove Solvang', null, null]);
  });
});
