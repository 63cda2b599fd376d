// Looking a written name up among the corpus's people: exact forms, then a one-letter slip on a long single word.
import { describe, expect, it } from 'vitest';
import { lookupName, oneDeleted, tokensOf } from '../../src/quotes/nameLookup.ts';
import { buildRegistry, type NameEvidence } from '../../src/quotes/people.ts';

const evidence = (name: string[], role: string | null = null): NameEvidence => ({
  articleId: 'a',
  name,
  role,
  gender: null,
});

describe('tokensOf', () => {
  it('folds case and accents and drops empty words', () => {
    expect(tokensOf(['Agnès', 'Lafleur-Dubois'])).toEqual(tokensOf(['agnes', 'lafleur-dubois']));
  });
});

describe('oneDeleted', () => {
  it('gives every form of the word with one letter deleted, once each', () => {
    expect([...oneDeleted('abba')].sort()).toEqual(['aba', 'abb', 'bba']);
  });
});

describe('lookupName', () => {
  const registry = buildRegistry([evidence(['Marguerite', 'Okonkwo'], 'mayor')], []);
  const id = [...registry.people.keys()][0] ?? '';

  it('finds the person by the full name and by the surname alone', () => {
    expect([lookupName(registry, ['Marguerite', 'Okonkwo']), lookupName(registry, ['Okonkwo'])]).toEqual([
      { ids: [id], typo: false },
      { ids: [id], typo: false },
    ]);
  });

  it('finds a long surname written with one letter wrong, marked as a typo', () => {
    expect(lookupName(registry, ['Okonkwoo'])).toEqual({ ids: [id], typo: true });
  });

  it('finds the person by the full name with a generational suffix the articles left out (“Marguerite Okonkwo Jr.”)', () => {
    expect(lookupName(registry, ['Marguerite', 'Okonkwo', 'Jr.'])).toEqual({ ids: [id], typo: false });
  });

  it('finds nobody for a short word one letter away, or a name of two words one letter away', () => {
    expect([lookupName(registry, ['Okonk']), lookupName(registry, ['Marguerite', 'Okonkwoo'])]).toEqual([
      { ids: [], typo: false },
      { ids: [], typo: false },
    ]);
  });
});
