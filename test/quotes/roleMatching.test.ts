// Whether a role phrase ("the Kingsbridge boss") fits one of a person's known roles ("Kingsbridge manager").
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import {
  HOLDING_MODIFIERS,
  NATIONALITIES_WITHIN,
  NATIONALITY_NOUN_ADJECTIVES,
  OTHER_POSITION_MODIFIERS,
} from '../../src/quotes/roleLexicon.ts';
import {
  fitsRoles,
  GOVERNMENT_HEAD_OFFICES,
  LEADER_WORDS,
  nationalitiesIn,
  roleMatches,
  significantTokens,
} from '../../src/quotes/roleMatching.ts';
import { story } from './fixtures.ts';

const fits = (phrase: string, role: string): boolean => roleMatches(significantTokens(phrase), role);

describe('roleMatches', () => {
  it('matches a role of three words or more written as its initials (“the CTO” of a “Chief technology officer”)', () => {
    expect([
      roleMatches(['cto'], 'Chief technology officer'),
      roleMatches(['cfo'], 'Chief technology officer'),
      roleMatches(['hos'], 'head of state'),
      roleMatches(['md'], 'managing director'),
    ]).toEqual([true, false, false, false]);
  });

  it('fits a description’s head only to the role’s own words after a possessive, not to its owner’s', () => {
    expect([
      fits('the coach', 'The coach’s wife'),
      fits('the wife', 'The coach’s wife'),
      fits('the coach’s wife', 'The coach’s wife'),
      fits('the Eastport chairman', 'Eastport’s chairman'),
    ]).toEqual([false, true, true, true]);
  });

  it('gives “the coach said” to the coach named before, not to the coach’s wife set off later', async () => {
    const { attributed } = await import('./fixtures.ts');
    expect(
      attributed([
        'The rain held off at the valley ground on Saturday, and the home side took the cup with a late try.',
        '“We kept our heads when it mattered,” said coach Tom Vardell, who won the cup as a player too.',
        'The coach’s wife, Ann Lisle, was less calm. “I could not watch the last ten minutes,” she said.',
        '“We will not be one of those sides that fade in spring,” the coach said.',
      ]).map(([, speaker]) => speaker),
    ).toEqual(['Tom Vardell', 'Ann Lisle', 'Tom Vardell']);
  });

  it('fits a role whose head names the same position in other words (boss for manager)', () => {
    expect(fits('the Eastport boss', 'Eastport manager')).toBe(true);
  });

  for (const word of [...LEADER_WORDS].sort())
    for (const office of GOVERNMENT_HEAD_OFFICES)
      it(`fits “the Velmir ${word}” to a “Velmir ${office}”, not a bare “the ${word}” nor a deputy’s office`, () => {
        expect([
          fits(`the Velmir ${word}`, `Velmir ${office}`),
          fits(`the ${word}`, `Velmir ${office}`),
          fits(`the Velmir ${word}`, `Velmir deputy ${office}`),
          fits(`the Tarsk ${word}`, `Velmir ${office}`),
        ]).toEqual([true, false, false, false]);
      });

  it('gives “the Velmir leader said” to the Velmir prime minister named before another head of government', () => {
    const a = story('two-leaders', [
      'Leaders of the island states agreed a storm fund at the close of their summit in Port Elvin on Friday.',
      'Velmir Prime Minister Oren Talask welcomed the fund, adding that only its speed of payment would matter.',
      'Prime Minister Hana Oduya of Kestria pledged the largest share, and she took questions for an hour afterwards.',
      'The Velmir leader later described the village he grew up in. “Every child there can swim by the age of four,” he said.',
    ]);
    const book = buildQuoteBook([a]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Oren Talask']);
  });

  it('does not fit a bare synonym head with nothing before it to say whose ("the boss" is not any manager)', () => {
    expect(fits('the boss', 'rival manager')).toBe(false);
  });

  it('does not take a synonym for a word before the head ("the head coach" is not a "chief coach")', () => {
    expect(fits('the head coach', 'chief coach')).toBe(false);
  });

  it('does not fit a synonym head when the words before it name another club', () => {
    expect(fits('the Westfield boss', 'Eastport manager')).toBe(false);
  });

  it('fits an abbreviation spelt out against the role written in full', () => {
    expect(fits('the CFO', 'Chief financial officer')).toBe(true);
  });

  it('does not take a word before the role’s head for a synonym of the head ("the CEO" is no chief financial officer)', () => {
    expect(fits('the CEO', 'Chief Financial Officer')).toBe(false);
  });

  it('fits an abbreviation against the role it spells out ("the CEO" for Chief Executive)', () => {
    expect(fits('the CEO', 'Chief Executive')).toBe(true);
  });

  it('does not fit a people’s adjective to a role another place’s possessive owns ("the Danish minister")', () => {
    expect([
      fits('the Danish minister', 'Norway’s trade minister'),
      fits('the Norwegian minister', 'Norway’s trade minister'),
      fits('the French minister', "France's foreign minister"),
      fits('the German minister', 'France’s foreign minister'),
      fits('the minister', 'Norway’s trade minister'),
    ]).toEqual([false, true, true, false, true]);
  });

  it('reads no nationality into the possessive of a club, a firm or a person ("the Italian manager")', () => {
    expect([
      fits('the Italian manager', 'Chelsea’s manager'),
      fits('the Japanese executive', 'Toyota’s chief executive'),
    ]).toEqual([true, true]);
  });

  for (const modifier of [...OTHER_POSITION_MODIFIERS].filter((m) => !HOLDING_MODIFIERS.has(m)).sort()) {
    it(`does not fit "the housing secretary" to the ${modifier} housing secretary, but fits "the ${modifier} housing secretary"`, () => {
      expect([
        fits('the housing secretary', `${modifier} housing secretary`),
        fits(`the ${modifier} housing secretary`, `${modifier} housing secretary`),
      ]).toEqual([false, true]);
    });
  }

  for (const modifier of [...HOLDING_MODIFIERS].sort()) {
    it(`fits "the housing secretary" to the ${modifier} housing secretary, who holds the office (HOLDING_MODIFIERS)`, () => {
      expect([
        fits('the housing secretary', `${modifier} housing secretary`),
        fits(`the ${modifier} housing secretary`, `${modifier} housing secretary`),
      ]).toEqual([true, true]);
    });
  }
});

describe('NATIONALITY_NOUN_ADJECTIVES', () => {
  it.each([...NATIONALITY_NOUN_ADJECTIVES])('reads "%s" as the nationality "%s"', (noun, adjective) => {
    expect([...nationalitiesIn([noun])]).toEqual([adjective]);
  });
});

describe('nationalitiesIn', () => {
  it('reads nouns that are their own adjective and adjectives, and nothing else', () => {
    expect([...nationalitiesIn(['the', 'brazilian', 'turkish', 'coach', 'turk'])]).toEqual(['brazilian', 'turkish']);
  });
});

describe('fitsRoles', () => {
  it('does not fit a role phrase giving a nationality to a person known only by another', () => {
    expect([
      fitsRoles(['turkish', 'coach'], ['head coach'], ['irish']),
      fitsRoles(['turkish', 'coach'], ['irish head coach']),
      fitsRoles(['turkish', 'coach'], ['head coach'], ['turkish']),
      fitsRoles(['turkish', 'coach'], ['head coach']),
      fitsRoles(['coach'], ['head coach'], ['irish']),
      fitsRoles(['turkish', 'coach'], ['chairman'], ['turkish']),
    ]).toEqual([false, false, true, true, true, false]);
  });
});

describe('a role phrase giving a nationality after another person was called by theirs', () => {
  it('goes to the subject before it, not to the person of that role called by another nationality', () => {
    const a = story('two-coaches', [
      'Rovers head coach Liam Fennelly was furious after a late penalty decided the derby on Saturday.',
      '“The referee had a poor afternoon, and everyone in the ground could see it,” the Irishman said.',
      'His opposite number Emre Kocabaş, 52, smiled through his own press conference an hour later.',
      '“Penalties are part of football and my players were braver in the last ten minutes,” the Turkish coach said.',
    ]);
    const book = buildQuoteBook([a]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
      'Liam Fennelly',
      'Emre Kocabaş',
    ]);
  });
});

describe('a role phrase naming a country after ministers of other countries were named', () => {
  it('goes to the minister whose role no other country’s possessive owns', () => {
    const a = story('three-ministers', [
      'Trade Minister Osric Penhale of Denmark said the tariffs would stay until the subsidies ended.',
      'Norway’s trade minister, Greta Ostberg, called the tariffs “a tax on our own shoppers”.',
      'Sweden’s foreign minister, Ottilie Seck, said she had offered to host talks next week.',
      'Asked when a deal could be signed, the Danish minister was brief. “The day the subsidies go,” he said.',
    ]);
    const book = buildQuoteBook([a]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => [q.text, q.speaker === null ? null : names.get(q.speaker)])).toEqual([
      ['a tax on our own shoppers', 'Greta Ostberg'],
      ['The day the subsidies go', 'Osric Penhale'],
    ]);
  });
});

describe('NATIONALITIES_WITHIN', () => {
  for (const [broad, within] of NATIONALITIES_WITHIN)
    for (const narrow of [...within].sort())
      it(`fits “the ${broad} rider” to a person called ${narrow}, and the other way round`, () => {
        expect([
          fitsRoles([broad, 'rider'], ['team rider'], [narrow]),
          fitsRoles([narrow, 'rider'], ['team rider'], [broad]),
          fitsRoles(['turkish', 'rider'], ['team rider'], [narrow]),
        ]).toEqual([true, true, false]);
      });

  it('goes on with the rider called by a nationality that the role phrase’s holds', () => {
    const a = story('riders', [
      'Harbour Cycling rider Owain Pryce finished third on the mountain stage on Sunday, behind the leader Marek Zelinski.',
      '“My legs had nothing left on the last climb,” the Welshman said.',
      'Zelinski, the Polish rider, had attacked with five kilometres to go.',
      '“I still hope to finish on the podium in Paris,” the British rider added.',
    ]);
    const book = buildQuoteBook([a]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
      'Owain Pryce',
      'Owain Pryce',
    ]);
  });
});
