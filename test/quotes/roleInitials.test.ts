// Roles written by their initials: the one person of the article whose capitalised role they spell.
import { describe, expect, it } from 'vitest';
import { buildRegistry, type NameEvidence } from '../../src/quotes/people.ts';
import { holdersByRoleInitials, ROLE_INITIALS } from '../../src/quotes/roleInitials.ts';

const evidence = (name: string[], role: string | null, articleId = 'a'): NameEvidence => ({
  articleId,
  name,
  role,
  gender: null,
});

describe('holdersByRoleInitials', () => {
  it('maps the initials of each capitalised role of two words or more to its holder, past “of” and “for”', () => {
    const registry = buildRegistry(
      [
        evidence(['Tomas', 'Ilves'], 'Regional Water Commissioner'),
        evidence(['Ana', 'Quinteiro'], 'Minister for Fisheries'),
        evidence(['Ben', 'Ruiz'], 'harbour master'),
        evidence(['Lea', 'Marr'], 'Mayor'),
      ],
      [],
    );
    expect([...holdersByRoleInitials(registry, 'a')].sort()).toEqual([
      ['MF', 'ana quinteiro'],
      ['RWC', 'tomas ilves'],
    ]);
  });

  it('maps initials two people of the article share to nobody, and knows only the article’s own people', () => {
    const registry = buildRegistry(
      [
        evidence(['Tomas', 'Ilves'], 'Regional Water Commissioner'),
        evidence(['Rita', 'Wend'], 'Rural Welfare Coordinator'),
        evidence(['Ana', 'Quinteiro'], 'Minister for Fisheries', 'b'),
      ],
      [],
    );
    expect([...holdersByRoleInitials(registry, 'a')]).toEqual([['RWC', null]]);
  });

  it('reads two to five capitals as initials, not a word in title case or a longer run', () => {
    expect(['EAM', 'RWC', 'CJ', 'Eam', 'ABCDEF', 'E'].map((w) => ROLE_INITIALS.test(w))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
