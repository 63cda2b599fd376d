import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/quotes/memo.ts';

describe('boundedMemo', () => {
  it('computes each key once while it is remembered, and gives the same answers', () => {
    const calls: string[] = [];
    const upper = boundedMemo((key) => {
      calls.push(key);
      return key.toUpperCase();
    });
    expect([upper('kyiv'), upper('kyiv'), upper('oslo'), upper('kyiv')]).toEqual(['KYIV', 'KYIV', 'OSLO', 'KYIV']);
    expect(calls).toEqual(['kyiv', 'oslo']);
  });

  it('starts afresh when full, so a key seen before the limit is computed again', () => {
    const calls: string[] = [];
    const length = boundedMemo((key) => {
      calls.push(key);
      return key.length;
    }, 2);
    expect([length('a'), length('bb'), length('ccc'), length('a')]).toEqual([1, 2, 3, 1]);
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a']);
  });

  it('remembers a false answer as an answer', () => {
    let calls = 0;
    const never = boundedMemo(() => {
      calls++;
      return false;
    });
    expect([never('x'), never('x')]).toEqual([false, false]);
    expect(calls).toBe(1);
  });
});
