import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../src/load/givenNames.ts';

describe('givenNameGender', () => {
  it('gives the gender the library lists for a given name, whatever its case', () => {
    expect(['Yvonne', 'oliver', 'LUCIA', 'Thomas', 'Ingeborg'].map(givenNameGender)).toEqual([
      'female',
      'male',
      'female',
      'male',
      'female',
    ]);
  });

  it('gives null for a name the library does not list and for an initial or a word with other characters', () => {
    expect(['Zxqwv', 'J', 'J.', 'Anne-Marie3', ''].map(givenNameGender)).toEqual([null, null, null, null, null]);
  });
});
