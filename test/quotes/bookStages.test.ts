import { describe, expect, it } from 'vitest';
import { learnFrom, sameReads, sortedArticles, watchRegistry } from '../../src/quotes/bookStages.ts';
import type { Article } from '../../src/corpus/types.ts';
import type { PeopleRegistry, Person } from '../../src/quotes/people.ts';

function registryOf(...people: Person[]): PeopleRegistry {
  return {
    people: new Map(people.map((p) => [p.id, p])),
    forms: new Map(),
    deletions: new Map(),
    memo: new Map(),
    present: new Map(),
    evidenced: new Map(),
  };
}

const person = (id: string, roles: string[] = []): Person => ({
  id,
  name: id,
  aliases: [id],
  roles,
  gender: null,
  kind: 'person',
});

describe('learnFrom', () => {
  it('adds the forms and roles an article used to its people, once each, in order', () => {
    const registry = registryOf(person('ann okafor', ['coach']));
    learnFrom(registry, {
      aliases: new Map([['ann okafor', ['Okafor', 'Coach Okafor', 'okafor']]]),
      roles: new Map([
        ['ann okafor', ['Coach', 'manager']],
        ['nobody', ['mayor']],
      ]),
    });
    expect(registry.people.get('ann okafor')?.aliases).toEqual(['ann okafor', 'Okafor', 'Coach Okafor']);
    expect(registry.people.get('ann okafor')?.roles).toEqual(['coach', 'manager']);
  });
});

describe('watchRegistry and sameReads', () => {
  it('writes down the aliases and roles read, as they were when read', () => {
    const base = registryOf(person('ann okafor', ['coach']), person('tom hale'));
    const { registry, reads } = watchRegistry(base);
    expect(registry.people.get('ann okafor')?.roles).toEqual(['coach']);
    expect(registry.people.get('tom hale')?.name).toBe('tom hale');
    expect([...reads.roles]).toEqual([['ann okafor', ['coach']]]);
    expect([...reads.aliases]).toEqual([]);
    expect(sameReads(reads, base)).toBe(true);
  });

  it('tells when a list read differs from what a build in order has at that article', () => {
    const base = registryOf(person('ann okafor', ['coach']));
    const { registry, reads } = watchRegistry(base);
    void registry.people.get('ann okafor')?.aliases;
    const inOrder = registryOf(person('ann okafor', ['coach']));
    expect(sameReads(reads, inOrder)).toBe(true);
    learnFrom(inOrder, { aliases: new Map([['ann okafor', ['Okafor']]]), roles: new Map() });
    expect(sameReads(reads, inOrder)).toBe(false);
  });
});

describe('sortedArticles', () => {
  it('orders articles by id without changing the list given', () => {
    const given = [{ id: 'b' }, { id: 'a' }, { id: 'c' }] as Pick<Article, 'id'>[] as Article[];
    expect(sortedArticles(given).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(given.map((a) => a.id)).toEqual(['b', 'a', 'c']);
  });
});
