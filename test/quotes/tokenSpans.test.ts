// Spans of tokens left out of the writer's words.
import { describe, expect, it } from 'vitest';
import { withoutSpans } from '../../src/quotes/tokenSpans.ts';
import { spacedTokens } from './fixtures.ts';

describe('withoutSpans', () => {
  const bracketEnd = (tokens: readonly { text: string }[], i: number): number =>
    tokens[i]?.text === '(' && tokens[i + 2]?.text === ')' ? i + 3 : -1;

  it('leaves out every span the reader finds, keeping the tokens around it', () => {
    const tokens = spacedTokens('Ann ( x ) Hale met Tom ( y ) Berg');
    expect(withoutSpans(tokens, bracketEnd).map((t) => t.text)).toEqual(['Ann', 'Hale', 'met', 'Tom', 'Berg']);
  });

  it('gives back the same array when no span opens', () => {
    const tokens = spacedTokens('Ann Hale met Tom Berg');
    expect(withoutSpans(tokens, bracketEnd)).toBe(tokens);
  });
});
