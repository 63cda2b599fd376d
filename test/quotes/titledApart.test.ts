// A lone titled surname of one article kept apart from another article's full name of that surname.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { keyTitles, titledApart } from '../../src/quotes/titledApart.ts';
import { story } from './fixtures.ts';

describe('titledApart', () => {
  const titles = keyTitles([
    { key: 'ode', role: 'Mr Justice' },
    { key: 'tara ode', role: 'singer' },
    { key: 'hale', role: 'President' },
    { key: 'ben hale', role: 'President' },
    { key: 'lund', role: 'Dr' },
    { key: 'lund', role: null },
    { key: 'ana lund', role: 'surgeon' },
  ]);

  it('keeps a surname apart when every writing of it carries a role the full name was never given', () => {
    expect(titledApart(titles, 'ode', 'tara ode')).toBe(true);
  });

  it('merges when the roles share a word, when the surname is once written bare, or when only an honorific titles it', () => {
    expect([
      titledApart(titles, 'hale', 'ben hale'),
      titledApart(titles, 'lund', 'ana lund'),
      titledApart(keyTitles([{ key: 'lund', role: 'Dr' }]), 'lund', 'ana lund'),
    ]).toEqual([false, false, false]);
  });
});

describe('a titled surname in one article and a full name in another', () => {
  const judge = story('judge', [
    'The High Court heard a dispute over leaked papers on Tuesday morning in London.',
    'Mr Justice Ode told the lawyers: “The papers were shared before the ruling, and that was wrong.”',
    'Ode said: “I expect a written apology from each firm by Friday afternoon.”',
  ]);
  const singer = story('singer', [
    'The pop star announced a world tour on Friday after her new album went to number one.',
    'Tara Ode, the singer, said: “I have never been this excited about playing live before.”',
  ]);

  it('gives the judge’s quotes to a person of their own, not to the singer of the other article', () => {
    const book = buildQuoteBook([judge, singer]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => [q.articleId, q.speaker === null ? null : names.get(q.speaker)])).toEqual([
      ['judge', 'Ode'],
      ['judge', 'Ode'],
      ['singer', 'Tara Ode'],
    ]);
  });
});
