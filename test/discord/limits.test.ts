import { describe, expect, it } from 'vitest';
import { cutUnits, fitLimit } from '../../src/discord/limits.ts';

const LOBSTER = '\u{1F99E}';

describe('fitLimit', () => {
  it('keeps text within the limit untouched', () => {
    expect(fitLimit('Who said it?', 256)).toBe('Who said it?');
  });

  it('cuts emoji by UTF-16 units, whole characters only, with an ellipsis', () => {
    const cut = fitLimit(LOBSTER.repeat(200), 256);
    expect(cut).toBe(`${LOBSTER.repeat(127)}…`);
    expect(cut.length).toBe(255);
  });

  it('cuts at a word end when one is near', () => {
    expect(fitLimit(`alpha beta ${LOBSTER.repeat(10)}`, 16)).toBe('alpha beta…');
  });
});

describe('cutUnits', () => {
  it('never splits a surrogate pair', () => {
    expect(cutUnits(`ab${LOBSTER}`, 3)).toBe('ab');
    expect(cutUnits(`ab${LOBSTER}`, 4)).toBe(`ab${LOBSTER}`);
  });
});
