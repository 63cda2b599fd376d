// Roles written by their initials: the one person of the article whose capitalised role they spell.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { buildRegistry, type NameEvidence } from '../../src/quotes/people.ts';
import { story } from './fixtures.ts';
import { holdersByRoleInitials, ROLE_INITIALS, roleInitialsOf } from '../../src/quotes/roleInitials.ts';
import { OTHER_POSITION_MODIFIERS } from '../../src/quotes/roleLexicon.ts';

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
      ['WC', 'tomas ilves'],
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
    expect([...holdersByRoleInitials(registry, 'a')]).toEqual([
      ['RWC', null],
      ['WC', null],
    ]);
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

describe('role initials before a surname', () => {
  it('give “DPP Ong told the court” to the one person of that surname whose role they spell', () => {
    const book = buildQuoteBook([
      story('initials-title', [
        'The High Court sentenced a former fund manager to nine years in jail on Friday for cheating investors.',
        'Deputy Public Prosecutor Nadia Ong asked the court for a term of at least five years.',
        '"Most of those who lost money were pensioners who trusted the brochures," DPP Ong told the judge.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Nadia Ong']);
  });

  it('leave a name with initials whose surname is nobody’s of that role its own person (“RSK Mehta said”)', () => {
    const book = buildQuoteBook([
      story('initials-name', [
        'The High Court sentenced a former fund manager to nine years in jail on Friday for cheating investors.',
        'Deputy Public Prosecutor Nadia Ong asked the court for a term of at least five years.',
        '"Most of those who lost money were pensioners who trusted the brochures," RSK Mehta told the judge.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['RSK Mehta']);
  });
});

describe('roleInitialsOf', () => {
  it('spells the office without the portfolio words before it (“Interior Cabinet Secretary” is CS too)', () => {
    expect(roleInitialsOf('Interior Cabinet Secretary')).toEqual(['ICS', 'CS']);
  });

  for (const kept of [...OTHER_POSITION_MODIFIERS, 'former'].sort())
    it(`never drops “${kept}” from the initials: the ${kept} prime minister is not “the PM”`, () => {
      const role = `${kept.charAt(0).toUpperCase()}${kept.slice(1)} Prime Minister`;
      expect(roleInitialsOf(role)).toEqual([`${kept.charAt(0).toUpperCase()}PM`]);
    });

  it('gives “the CS said” to the one person whose office with its portfolio is Cabinet Secretary', () => {
    const book = buildQuoteBook([
      story('initials-office', [
        'Floods forced schools across the valley to close on Monday as the river kept rising.',
        'Interior Cabinet Secretary Joseph Kemboi toured the worst-hit areas on Monday afternoon.',
        'The CS said: “No classroom opens again before the engineers sign it off.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Joseph Kemboi']);
  });

  it('keeps a word of the role written in initials already (“Transport CS” is CS, “Health CEC” is CEC)', () => {
    expect([roleInitialsOf('Transport CS'), roleInitialsOf('Health CEC'), roleInitialsOf('Transport Cs')]).toEqual([
      ['CS', 'TC'],
      ['CEC', 'HC'],
      ['TC'],
    ]);
  });

  it('gives “the CS said” to the one person the article titles “Transport CS” before a full name', () => {
    const book = buildQuoteBook([
      story('initials-written', [
        'Floods forced schools across the valley to close on Monday as the river kept rising to record levels.',
        'Transport CS Joseph Kemboi Ruto met bus owners at the ministry headquarters in the capital on Tuesday.',
        '“No bus moves on a flooded road, whatever the timetable says,” the CS said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Joseph Kemboi Ruto']);
  });

  it('spells each part of a hyphenated word and the role before its “of” (“Vice-Chancellor of Tarrow” is VC)', () => {
    expect(roleInitialsOf('Vice-Chancellor of Tarrow University')).toEqual(['VCTU', 'VC']);
  });

  it('gives the whole role’s initials once when nothing stands before an “of” of its own', () => {
    expect([roleInitialsOf('Regional Water Commissioner'), roleInitialsOf('Minister of State')]).toEqual([
      ['RWC', 'WC'],
      ['MS'],
    ]);
  });

  it('gives none for a role of one word or in lower case', () => {
    expect([roleInitialsOf('Mayor'), roleInitialsOf('harbour master')]).toEqual([[], []]);
  });
});

describe('a hyphenated role written by its initials', () => {
  it('gives “…,” the VC said to the Vice-Chancellor named before', () => {
    const book = buildQuoteBook([
      story('vc', [
        'Students at Tarrow University marched on Monday against a rise in hostel fees.',
        'The Vice-Chancellor of Tarrow University, Prof. Ade Ilori, said the fees had not been raised.',
        '“We have met the student leaders five times and the talks are going well,” the VC said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Ade Ilori']);
  });
});

describe('a body’s initials before a lower-case office', () => {
  it('are no initials of the role (“HDMA director general”), where an office’s own are (“Transport CS”)', () => {
    expect([roleInitialsOf('HDMA director general'), roleInitialsOf('Transport CS')]).toEqual([[], ['CS', 'TC']]);
  });

  it('leave the holder the speaker of “…,” she said outside the HDMA offices', () => {
    const book = buildQuoteBook([
      story('body-initials', [
        'Flood waters cut off dozens of villages in the hills overnight, officials said on Tuesday morning.',
        'Ruth Pennock was sitting on the steps of the church hall when the rescuers arrived, soaked to the knees.',
        'HDMA director general Ana Ferrant said teams had reached most villages by midday.',
        '“Our first job is to reach the people who are still cut off,” she told reporters outside the HDMA offices.',
      ]),
    ]);
    expect(book.quotes.map((q) => q.speaker)).toEqual(['ana ferrant']);
  });
});
