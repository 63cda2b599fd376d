import { describe, expect, it } from 'vitest';
import { formatDate, splitMarks } from '../../src/reply/format.ts';
import { decodePage, encodePage } from '../../src/reply/pager.ts';
import { truncateText } from '../../src/reply/truncate.ts';

describe('splitMarks', () => {
  it('merges marks a space apart and overlapping marks, and clips marks outside the excerpt', () => {
    const excerpt = 'a joint missile defence system';
    expect(
      splitMarks(excerpt, [
        { start: 8, end: 15 },
        { start: 16, end: 23 },
        { start: 2, end: 9 },
        { start: 26, end: 99 },
      ]),
    ).toEqual([
      { text: 'a ', marked: false },
      { text: 'joint missile defence', marked: true },
      { text: ' sy', marked: false },
      { text: 'stem', marked: true },
    ]);
  });

  it('shows an excerpt that spans paragraphs as one line', () => {
    expect(splitMarks('First paragraph.\n\nSecond one.', [])).toEqual([
      { text: 'First paragraph. Second one.', marked: false },
    ]);
  });
});

describe('formatDate', () => {
  it('writes dates without depending on the locale, and "undated" for null', () => {
    expect(formatDate('2009-09-18')).toBe('18 Sep 2009');
    expect(formatDate(null)).toBe('undated');
  });
});

describe('truncateText', () => {
  it('cuts at a sentence end when one is near, else at a word boundary with an ellipsis', () => {
    expect(truncateText('One two three four. Five six seven eight.', 30)).toBe('One two three four.');
    expect(truncateText('Alpha beta gamma delta epsilon', 20)).toBe('Alpha beta gamma…');
    expect(truncateText('short', 20)).toBe('short');
  });
});

describe('page custom ids', () => {
  it('round-trips command, page and state, and refuses state that would pass 100 characters', () => {
    const id = encodePage({ command: 'quote', page: 3, state: ['Carmen Romero', 'piracy | drugs'] });
    expect(id).toBe('quote:3:Carmen Romero|piracy   drugs');
    expect(decodePage(id ?? '')).toEqual({ command: 'quote', page: 3, state: ['Carmen Romero', 'piracy   drugs'] });
    expect(encodePage({ command: 'quote', page: 0, state: ['x'.repeat(95)] })).toBeNull();
    expect(decodePage('quote:x:y')).toBeNull();
  });
});
