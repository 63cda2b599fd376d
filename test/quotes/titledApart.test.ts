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

  it('keeps a surname apart when every writing of it carries a title of the other gender than the full name', () => {
    const gendered = keyTitles([
      { key: 'pennock', role: null, gender: 'male' },
      { key: 'ruth pennock', role: null, gender: null },
    ]);
    expect([
      titledApart(gendered, 'pennock', 'ruth pennock', 'female'),
      titledApart(gendered, 'pennock', 'ruth pennock', 'male'),
      titledApart(gendered, 'pennock', 'ruth pennock', null),
      titledApart(
        keyTitles([
          ...[true, false].map((m) => ({ key: 'pennock', role: null, gender: m ? ('male' as const) : null })),
        ]),
        'pennock',
        'ruth pennock',
        'female',
      ),
    ]).toEqual([true, false, false, false]);
  });

  it('merges when an abbreviated title is written out whole in the full name’s role (“Gov.” and “Governor”)', () => {
    const abbreviated = keyTitles([
      { key: 'cooper', role: 'Gov.' },
      { key: 'roy cooper', role: 'State Governor' },
      { key: 'scott cooper', role: 'Head coach' },
      { key: 'tan', role: 'PM' },
      { key: 'mei tan', role: 'Foreign Minister' },
      { key: 'lee', role: 'Coach' },
      { key: 'ana lee', role: 'Head of communications' },
    ]);
    expect([
      titledApart(abbreviated, 'cooper', 'roy cooper'),
      titledApart(abbreviated, 'cooper', 'scott cooper'),
      titledApart(abbreviated, 'tan', 'mei tan'),
      titledApart(abbreviated, 'lee', 'ana lee'),
    ]).toEqual([false, true, true, true]);
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

  it('gives the judge’s quotes to a person of their own when two people of the surname are written in full elsewhere', () => {
    const dancer = story('dancer', [
      'The ballet company opened its season on Saturday with a new work by its youngest choreographer.',
      'Milo Ode, a principal dancer, said: “We rehearsed this piece every night for four months.”',
    ]);
    const book = buildQuoteBook([judge, singer, dancer]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => [q.articleId, q.speaker === null ? null : names.get(q.speaker)])).toEqual([
      ['dancer', 'Milo Ode'],
      ['judge', 'Ode'],
      ['judge', 'Ode'],
      ['singer', 'Tara Ode'],
    ]);
  });
});

describe('a man titled by surname alone in one article and a woman of that surname in full in another', () => {
  const concert = story('concert', [
    'The brass band played its last concert at the old mill on Saturday night in front of a packed hall.',
    'Ruth Pennock, who has sung with the band since 1982, said she would miss the rehearsals most of all.',
    '“We met every Thursday for forty years and never once missed a week,” she said.',
  ]);
  const school = story('school', [
    'The rapper grew up on a housing estate and started writing songs when he was twelve years old.',
    'Nobody on the estate believed in him, least of all Mr Pennock, who lived next door. “Get a proper job, son,” he told him once.',
  ]);

  it('keeps her a woman apart from him, so that the she after her name still finds her', () => {
    const book = buildQuoteBook([concert, school]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.people.map((p) => [p.name, p.gender])).toEqual([
      ['Pennock', 'male'],
      ['Ruth Pennock', 'female'],
    ]);
    expect(book.quotes.map((q) => [q.articleId, q.speaker === null ? null : names.get(q.speaker)])).toEqual([
      ['concert', 'Ruth Pennock'],
      ['school', 'Pennock'],
    ]);
  });

  it('keeps them apart by her given name when no pronoun tells her gender', () => {
    const toldNothing = story('toldNothing', [
      'The brass band played its last concert at the old mill on Saturday night in front of a packed hall.',
      'Ruth Pennock, who has sung with the band since 1982, said: “We met every Thursday for forty years.”',
    ]);
    const givenNameGender = (given: string) => (given.toLowerCase() === 'ruth' ? ('female' as const) : null);
    const apart = buildQuoteBook([toldNothing, school], { givenNameGender });
    const merged = buildQuoteBook([toldNothing, school]);
    expect([apart.people.map((p) => p.name), merged.people.map((p) => p.name)]).toEqual([
      ['Pennock', 'Ruth Pennock'],
      ['Ruth Pennock'],
    ]);
  });

  it('takes the pronouns before the given name’s list, as the registry does, and then merges “Mr” into a man', () => {
    const minister = story('minister', [
      'The northern secretary announced on Monday that the old act would be repealed before the summer recess.',
      'Robin Pennock said he had met the families in the city. “We will do better this time,” he said.',
    ]);
    const reaction = story('reaction', [
      'Opposition politicians reacted angrily on Tuesday to the plans announced in the capital the day before.',
      'Mr Pennock said the new body would be independent. “It will have the powers it needs,” Mr Pennock said.',
    ]);
    const givenNameGender = (given: string) => (given.toLowerCase() === 'robin' ? ('female' as const) : null);
    const book = buildQuoteBook([minister, reaction], { givenNameGender });
    expect([book.people.map((p) => [p.name, p.gender]), book.quotes.map((q) => q.speaker)]).toEqual([
      [['Robin Pennock', 'male']],
      ['robin pennock', 'robin pennock'],
    ]);
  });
});
