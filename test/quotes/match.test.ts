import { describe, expect, it } from 'vitest';
import {
  aliasKey,
  editDistance,
  levenshtein,
  normalizeName,
  typoAllowance,
  withinOneEdit,
} from '../../src/quotes/match.ts';

/** The textbook dynamic programme, kept plain as the reference. */
function reference(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] ?? [];
      const up = rows[i - 1] ?? [];
      row[j] = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return rows[a.length]?.[b.length] ?? 0;
}

function randomStrings(count: number, seed: number): [string, string][] {
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const alphabet = 'aabcdeé ’-x';
  const word = (): string =>
    Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  return Array.from({ length: count }, () => {
    const a = word();
    // Half the pairs are near copies, so small distances are common too.
    const b =
      random() < 0.5
        ? word()
        : a.slice(0, Math.floor(random() * a.length)) + word().slice(0, 3) + a.slice(Math.floor(random() * a.length));
    return [a, b];
  });
}

describe('edit distances', () => {
  it('levenshtein equals the textbook distance, on both sides of 32 characters', () => {
    const pairs = randomStrings(3000, 5);
    expect(pairs.filter(([a, b]) => Math.max(a.length, b.length) > 32).length).toBeGreaterThan(100);
    expect(pairs.map(([a, b]) => levenshtein(a, b))).toEqual(pairs.map(([a, b]) => reference(a, b)));
    expect(levenshtein('rasmussen', 'rasmusen')).toBe(1);
    expect(levenshtein('', 'nato')).toBe(4);
  });

  it('withinOneEdit says whether the distance is at most one', () => {
    // Random pairs, and each first string against itself with one letter dropped, changed or added.
    const random = randomStrings(2000, 13);
    const edited = random.flatMap(([a]): [string, string][] => {
      const at = Math.floor(a.length / 2);
      return [
        [a, a.slice(0, at) + a.slice(at + 1)],
        [a, `${a.slice(0, at)}z${a.slice(at + 1)}`],
        [a, `${a.slice(0, at)}zz${a.slice(at)}`],
      ];
    });
    const pairs: [string, string][] = [
      ...random,
      ...edited,
      ['defence', 'defense'],
      ['organise', 'organised'],
      ['abc', 'bc'],
      ['abc', 'ab'],
      ['', 'a'],
      ['ab', 'ba'],
    ];
    expect(pairs.filter(([a, b]) => withinOneEdit(a, b)).length).toBeGreaterThan(2000);
    expect(pairs.map(([a, b]) => withinOneEdit(a, b))).toEqual(pairs.map(([a, b]) => reference(a, b) <= 1));
  });

  it('editDistance is exact up to its bound and above the bound past it', () => {
    for (const [a, b] of randomStrings(2000, 9)) {
      const exact = reference(a, b);
      for (const max of [0, 1, 2, 5]) {
        const bounded = editDistance(a, b, max);
        if (exact <= max) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(max);
      }
      expect(editDistance(a, b)).toBe(exact);
    }
  });
});

describe('name forms', () => {
  it('normalises case, accents, apostrophes and punctuation, and allows typos by length', () => {
    expect(normalizeName('  José  O’Brien-Smith’s ')).toBe("jose o'brien smith");
    expect(aliasKey('The Kremlin')).toBe('kremlin');
    expect([4, 5, 8, 9].map(typoAllowance)).toEqual([0, 1, 1, 2]);
  });
});
