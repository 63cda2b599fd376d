import { describe, expect, it } from 'vitest';
import { characterCount, MAX_QUESTION_LENGTH, questionSchema } from '../../commands/question.ts';

const schema = questionSchema({ empty: 'Empty.', noun: 'Your question' });

describe('characterCount', () => {
  it('counts an emoji as one character, as Discord does', () => {
    expect(characterCount('\u{1F99E}\u{1F99E}a')).toBe(3);
  });
});

describe('questionSchema', () => {
  it('accepts 300 emoji, 600 UTF-16 units', () => {
    expect(schema.safeParse('\u{1F99E}'.repeat(MAX_QUESTION_LENGTH)).success).toBe(true);
  });

  it('refuses 301 emoji, naming 301 characters', () => {
    const result = schema.safeParse('\u{1F99E}'.repeat(MAX_QUESTION_LENGTH + 1));
    expect(result.error?.issues[0]?.message).toBe(
      'Your question is 301 characters long; please keep it to 300 or fewer.',
    );
  });
});
