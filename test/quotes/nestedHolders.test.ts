// Which of several holders of a role a nested quote's speaker is (nestedHolders.ts), on plain mentions.
import { describe, expect, it } from 'vitest';
import { holdersNamedJustBefore, NAMED_JUST_BEFORE } from '../../src/quotes/nestedHolders.ts';
import type { Mention } from '../../src/quotes/slots.ts';

function mention(entity: string, sentence: number, extra: Partial<Mention> = {}): Mention {
  return { entity, sentence, token: 0, subject: false, ...extra };
}

const HOLDERS = ['marlow', 'whitcombe'];

describe('holdersNamedJustBefore', () => {
  it('finds the holder named in a sentence whose subject is the outer speaker, within NAMED_JUST_BEFORE sentences', () => {
    const mentions = [mention('bell', 4, { subject: true }), mention('marlow', 4), mention('whitcombe', 9)];
    expect([
      NAMED_JUST_BEFORE,
      holdersNamedJustBefore(HOLDERS, { mentions, quoted: [], outerSentence: 5, outerSpeaker: 'bell' }),
      holdersNamedJustBefore(HOLDERS, { mentions, quoted: [], outerSentence: 7, outerSpeaker: 'bell' }),
    ]).toEqual([2, ['marlow'], []]);
  });

  it('finds the holder speaking or quoted there, and not one the writer only wrote about', () => {
    const spoke = [mention('marlow', 3, { speaking: true })];
    const about = [mention('marlow', 3, { subject: true })];
    expect([
      holdersNamedJustBefore(HOLDERS, { mentions: spoke, quoted: [], outerSentence: 4, outerSpeaker: 'bell' }),
      holdersNamedJustBefore(HOLDERS, {
        mentions: about,
        quoted: [{ speaker: 'marlow', sentence: 3 }],
        outerSentence: 4,
        outerSpeaker: 'bell',
      }),
      holdersNamedJustBefore(HOLDERS, { mentions: about, quoted: [], outerSentence: 4, outerSpeaker: 'bell' }),
    ]).toEqual([['marlow'], ['marlow'], []]);
  });

  it('finds none when another holder is named in those sentences too', () => {
    const mentions = [mention('marlow', 3, { speaking: true }), mention('whitcombe', 4, { subject: true })];
    expect(holdersNamedJustBefore(HOLDERS, { mentions, quoted: [], outerSentence: 5, outerSpeaker: 'bell' })).toEqual(
      [],
    );
  });
});
