import { describe, expect, it } from 'vitest';
import { isNearDuplicate } from '../../src/answers/duplicates.ts';
import { indexTerms } from '../../src/search/fold.ts';

describe('isNearDuplicate', () => {
  it('recognises the same quote written with other punctuation, spelling and attribution', () => {
    expect(
      isNearDuplicate(
        indexTerms('“We should explore linking the US, NATO and Russia missile defense systems,” he said.'),
        indexTerms('"We should explore linking the US, Nato and Russia missile defence systems," said Rasmussen.'),
      ),
    ).toBe(true);
  });

  it('recognises a short report contained in a longer one', () => {
    expect(
      isNearDuplicate(
        indexTerms('The council approved the dredging programme.'),
        indexTerms('On Tuesday the town council approved the harbour dredging programme after two years of debate.'),
      ),
    ).toBe(true);
  });

  it('keeps apart two sentences that only share their topic', () => {
    expect(
      isNearDuplicate(
        indexTerms('The council approved the harbour dredging programme on Tuesday.'),
        indexTerms('Opponents said the council should spend the money on flood defences instead of the harbour.'),
      ),
    ).toBe(false);
  });

  it('does not call a sentence with no search terms a duplicate', () => {
    expect(isNearDuplicate([], indexTerms('It was.'))).toBe(false);
  });
});
