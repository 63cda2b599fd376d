// Whether quoted words speak of a person rather than as them.
import { describe, expect, it } from 'vitest';
import { speaksOf } from '../../src/quotes/pronouns.ts';

describe('speaksOf', () => {
  it('is true when the words name the person', () => {
    expect(speaksOf('Ellison knew what the papers meant', ['Mark Ellison'], 'male')).toBe(true);
  });

  it('is true for “he” of a man when no first-person word is said', () => {
    expect(speaksOf('He knew exactly what he was doing', ['Mark Ellison'], 'male')).toBe(true);
  });

  it('is false for “he” when the person is a woman', () => {
    expect(speaksOf('He knew exactly what he was doing', ['Rita Alvarez'], 'female')).toBe(false);
  });

  it('is false when the words are in the first person', () => {
    expect(speaksOf('I never signed those papers and he knows it', ['Mark Ellison'], 'male')).toBe(false);
  });
});
