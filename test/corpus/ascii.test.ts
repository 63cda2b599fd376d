import { describe, expect, it } from 'vitest';
import { countWords, isAsciiAlphanumeric, isSpaceCode } from '../../src/corpus/ascii.ts';

describe('isAsciiAlphanumeric', () => {
  it('takes exactly the 62 ASCII letters and digits', () => {
    const taken = Array.from({ length: 128 }, (_, c) => c).filter(isAsciiAlphanumeric);
    expect(String.fromCharCode(...taken)).toBe('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
  });

  it('does not take a letter beyond ASCII', () => {
    expect(isAsciiAlphanumeric('é'.charCodeAt(0))).toBe(false);
  });
});

describe('isSpaceCode', () => {
  it('takes exactly the UTF-16 units /\\s/u matches', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isSpaceCode(code) !== /\s/u.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });
});

describe('countWords', () => {
  it('counts what split(/\\s+/u) keeps, within the range given', () => {
    const text = ' \u00a0Harbour\u2003cranes,\tarrived\n\n“on” Monday\u3000 ';
    expect(countWords(text)).toBe(text.split(/\s+/u).filter((w) => w.length > 0).length);
    expect(countWords(text)).toBe(5);
    expect(countWords(text, 3, 14)).toBe(2);
    expect(countWords('')).toBe(0);
  });
});
