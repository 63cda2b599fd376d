import { describe, expect, it } from 'vitest';
import { isAsciiAlphanumeric } from '../../src/corpus/ascii.ts';

describe('isAsciiAlphanumeric', () => {
  it('takes exactly the 62 ASCII letters and digits', () => {
    const taken = Array.from({ length: 128 }, (_, c) => c).filter(isAsciiAlphanumeric);
    expect(String.fromCharCode(...taken)).toBe('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
  });

  it('does not take a letter beyond ASCII', () => {
    expect(isAsciiAlphanumeric('é'.charCodeAt(0))).toBe(false);
  });
});
