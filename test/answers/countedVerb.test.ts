import { describe, expect, it } from 'vitest';
import { COUNTED_VERB_PATTERNS, countedNounOf, countedVerbOf } from '../../src/answers/countedVerb.ts';
import { termOf } from '../../src/search/fold.ts';

describe('COUNTED_VERB_PATTERNS', () => {
  it('has one pattern, for a passive or perfect participle after the counted noun', () => {
    expect(COUNTED_VERB_PATTERNS).toHaveLength(1);
  });

  it.each([
    ['How many people have been killed in the storm?', 'killed'],
    ['how many homes were destroyed', 'destroyed'],
    ['How many ferry passengers had been rescued by noon?', 'rescued'],
    ['How many cars will be recalled?', 'recalled'],
    ['How many votes had been counted by midnight?', 'counted'],
  ])('finds the verb of "%s"', (question, verb) => {
    expect(countedVerbOf(question)).toBe(termOf(verb));
  });

  it.each([
    'How many tickets did the festival sell?',
    'How many people live in the valley?',
    'How many seats are there in the hall?',
    'When were the homes destroyed?',
    'How many trees has the storm taken?',
  ])('finds no verb in "%s"', (question) => {
    expect(countedVerbOf(question)).toBeNull();
  });
});

describe('countedNounOf', () => {
  it.each([
    ['How many changes did the coach make?', 'changes'],
    ['how many homes were destroyed', 'homes'],
    ['What number of seats did the party win?', 'seats'],
    ['What total of votes was cast?', 'votes'],
  ])('finds the counted noun of "%s"', (question, noun) => {
    expect(countedNounOf(question)).toBe(termOf(noun));
  });

  it('finds no counted noun when the question counts nothing', () => {
    expect(countedNounOf('When were the homes destroyed?')).toBeNull();
  });
});
