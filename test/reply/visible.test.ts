import { describe, expect, it } from 'vitest';
import { visibleExcerpt, visibleText } from '../../src/reply/visible.ts';

describe('visibleText', () => {
  it('removes whole CSI and OSC sequences, not just their ESC', () => {
    expect(visibleText('a\u001b[2J\u001b[1;31mb\u001b]0;title\u0007c')).toBe('abc');
  });

  it('removes NUL, carriage return, DEL and C1 controls, and keeps tabs and newlines', () => {
    expect(visibleText('a\u0000b\rc\u007fd\u009be\tf\ng')).toBe('abcde\tf\ng');
  });

  it('replaces lone surrogates and keeps pairs', () => {
    expect(visibleText('x\uD800y\u{1F99E}\uDC00')).toBe('x\uFFFDy\u{1F99E}\uFFFD');
  });
});

describe('visibleExcerpt', () => {
  it('moves marks past removed sequences, even a mark inside one', () => {
    const excerpt = 'lamp \u001b[2Jrepaired';
    const at = excerpt.indexOf('2J');
    const result = visibleExcerpt(excerpt, [
      { start: 0, end: 4 },
      { start: at, end: at + 2 },
      { start: excerpt.indexOf('repaired'), end: excerpt.length },
    ]);
    expect(result.excerpt).toBe('lamp repaired');
    expect(result.marks).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 5 },
      { start: 5, end: 13 },
    ]);
  });
});
