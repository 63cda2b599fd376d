import { describe, expect, it } from 'vitest';
import { answerKindOf, mentionsKind } from '../../src/answers/kind.ts';

describe('answer kinds', () => {
  it('reads a date question and a number question from their wording', () => {
    expect(answerKindOf('When was the speech?')).toBe('date');
    expect(answerKindOf('In what year did it open?')).toBe('date');
    expect(answerKindOf('How many pupils will it hold?')).toBe('number');
    expect(answerKindOf('Who chairs the committee?')).toBeNull();
  });

  it('finds dates and numbers in sentences', () => {
    expect(mentionsKind('It opened on Sept. 18 after delays.', 'date')).toBe(true);
    expect(mentionsKind('The talks resumed on Thursday.', 'date')).toBe(true);
    expect(mentionsKind('The talks resumed in 2009.', 'date')).toBe(true);
    expect(mentionsKind('The talks resumed quickly.', 'date')).toBe(false);
    expect(mentionsKind('It will hold 420 pupils.', 'number')).toBe(true);
    expect(mentionsKind('It will hold three hundred pupils.', 'number')).toBe(true);
    expect(mentionsKind('It will hold many pupils.', 'number')).toBe(false);
  });
});
