import { describe, expect, it } from 'vitest';
import {
  CLEAR_MAJORITY,
  genderByFoldedName,
  givenNameGender,
  NAME_LISTS,
  unambiguousGenders,
} from '../../src/load/givenNames.ts';
import { normalizeName } from '../../src/quotes/match.ts';

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

  it('reads the six lists the library ships', () => {
    expect(NAME_LISTS).toEqual(['en', 'it', 'es', 'fr', 'de', 'tr']);
  });

  it('knows a name every list agrees on and not one a list gives both genders, nor a word that is no name', () => {
    expect([
      givenNameGender('Harriet'),
      givenNameGender('Thomas'),
      givenNameGender('Ambroise'),
      givenNameGender('J.'),
    ]).toEqual(['female', 'male', null, null]);
  });

  it('knows a name the lists give mostly one gender (Yvonne) and not one they give both without a clear majority (Robin)', () => {
    expect([givenNameGender('Yvonne'), givenNameGender('Robin')]).toEqual(['female', null]);
  });
});

describe('unambiguousGenders', () => {
  it(`gives a name the gender at least ${CLEAR_MAJORITY} times as many entries give it, and leaves out a name borne by both`, () => {
    const english = "const en = new Map([\n  ['robin', 'female'],\n  ['ottilie', 'female'],\n  ['kit', 'male'],\n]);";
    const german = "const de = new Map([\n  ['robin', 'male'],\n  ['sven', 'male'],\n  ['kit', 'male'],\n]);";
    const spanish = "const es = new Map([\n  ['robin', 'male'],\n  ['kit', 'male'],\n]);";
    const french =
      "const fr = new Map([\n  ['ambroise', 'male'],\n  ['ambroise', 'female'],\n  ['kit', 'female'],\n]);";
    // robin: two lists male, one female (no clear majority); kit: three male, one female; ambroise: one each.
    expect([...unambiguousGenders([english, german, spanish, french])].sort()).toEqual([
      ['kit', 'male'],
      ['ottilie', 'female'],
      ['sven', 'male'],
    ]);
  });
});

describe('given names written with accents the lists do not hold', () => {
  it('folds accents and case away with the names’ own normalizeName (“Áine” to “aine”, “Zoë” to “zoe”)', () => {
    expect(['Áine', 'Zoë', 'SEÁN', 'Plain'].map(normalizeName)).toEqual(['aine', 'zoe', 'sean', 'plain']);
  });

  it('gives a name the gender its form without accents has in the lists (Áine, Seán)', () => {
    expect(['Áine', 'Seán'].map(givenNameGender)).toEqual(['female', 'male']);
  });

  it('leaves out a folded form two names of different genders share', () => {
    const folded = genderByFoldedName(
      new Map([
        ['rené', 'male'],
        ['rene', 'female'],
        ['zoë', 'female'],
      ]),
    );
    expect([...folded]).toEqual([['zoe', 'female']]);
  });
});
