// Evidence one sentence gives that a name is a person's: the forms read here, on invented sentences.
import { describe, expect, it } from 'vitest';
import { invertedPastMood } from '../../src/quotes/sentenceEvidence.ts';
import { attributed, spacedTokens } from './fixtures.ts';

const FLOOD =
  'Farmers along the lower valley moved their livestock to higher ground on Friday as the river kept rising after a week of rain.';

describe('invertedPastMood', () => {
  it('finds an inverting verb before “a” or “an” and up to two words of mood right before the name', () => {
    const tokens = spacedTokens('QUOTE , said a visibly tearful Mara Ostrova outside the barn .');
    const plain = spacedTokens('QUOTE , said an exhausted Mara Ostrova .');
    expect([invertedPastMood(tokens, 6), invertedPastMood(plain, 5)]).toEqual([true, true]);
  });
  it('finds none for three words of mood, a stop word among them, or no verb before the article', () => {
    const long = spacedTokens('QUOTE , said a very visibly tearful Mara Ostrova .');
    const stop = spacedTokens('QUOTE , said a tearful and Mara Ostrova .');
    const verbless = spacedTokens('The barn of a tearful Mara Ostrova flooded .');
    expect([invertedPastMood(long, 7), invertedPastMood(stop, 6), invertedPastMood(verbless, 5)]).toEqual([
      false,
      false,
      false,
    ]);
  });
  it('credits the name after “said a tearful” as a person speaking', () => {
    expect(
      attributed([
        FLOOD,
        '"I have not seen the water this high in all my years here," said a tearful Mara Ostrova outside her barn.',
      ]),
    ).toEqual([['I have not', 'Mara Ostrova', 'said a tearful Mara Ostrova']]);
  });
});
