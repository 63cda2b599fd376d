// Bodies whose names run over "of" or "for" after their cue word ("Ministry of External Affairs", "Department of
// Health and Social Care"): one organisation speaking, in each place a speaker stands.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { opensBodyName } from '../../src/quotes/organisations.ts';
import { BODY_LINKS, capitalRuns, runWords } from '../../src/quotes/names.ts';
import { spacedTokens, story } from './fixtures.ts';

function speakers(lines: string[]): (string | null)[] {
  const book = buildQuoteBook([story('org-of', lines)]);
  const people = new Map(book.people.map((p) => [p.id, p]));
  return book.quotes.map((q) => {
    const p = q.speaker === null ? undefined : people.get(q.speaker);
    return p === undefined ? null : `${p.name} (${p.kind})`;
  });
}

const LEAD = 'The government on Monday rejected the remarks made by its neighbour about the disputed border.';

describe('bodies named over "of" and "for"', () => {
  it('opens a body name with a cue word and its link', () => {
    expect([
      opensBodyName(['Ministry', 'of', 'External', 'Affairs']),
      opensBodyName(['Institute', 'for', 'Fiscal', 'Studies']),
      opensBodyName(['Secretary', 'of', 'State']),
      opensBodyName(['Health', 'Ministry']),
    ]).toEqual([true, true, false, false]);
  });

  it('opens a body name with one word before the cue word and its link (“Royal Commission on Water”)', () => {
    expect([
      opensBodyName(['Royal', 'Commission', 'on', 'Water']),
      opensBodyName(['Governors’', 'Council', 'for', 'Rural', 'Health']),
      opensBodyName(['Ann', 'Hale', 'Council', 'of', 'Tarn']),
    ]).toEqual([true, true, false]);
  });

  for (const link of [...BODY_LINKS].sort())
    it(`gives “The Commission ${link} Coastal Rights said: “…”” to the body, not to its last words`, () => {
      expect(
        speakers([LEAD, `The Commission ${link} Coastal Rights said: "Every family on the border must be heard."`]),
      ).toEqual([`Commission ${link} Coastal Rights (organisation)`]);
    });

  it('reads no body name over “on” before a day or a month (“the Council on Monday”)', () => {
    const names = (text: string): string[] => {
      const tokens = spacedTokens(text);
      return capitalRuns(tokens).map((r) => runWords(tokens, r).join(' '));
    };
    expect([names('the Council on Monday said it'), names('the Council on March 3 said it')]).toEqual([
      ['Council'],
      ['Council'],
    ]);
  });

  it('reads the body’s name over "and" once "of" has joined it', () => {
    expect(
      speakers([LEAD, 'The Department of Health and Social Care said: "Every hospital will get the money this year."']),
    ).toEqual(['Department of Health and Social Care (organisation)']);
  });

  it('reads the body’s name over the commas of a list that an "and" closes, keeping them as written', () => {
    expect(
      speakers([
        LEAD,
        'A spokesperson for the Department for Farming, Forests and Coastal Affairs said: "Every boat will get its licence by March."',
        'In a statement, the Ministry of Parks, Heritage and Sport said: "Officials will meet the town next week."',
      ]),
    ).toEqual([
      'Department for Farming, Forests and Coastal Affairs (organisation)',
      'Ministry of Parks, Heritage and Sport (organisation)',
    ]);
  });

  it('joins capitals an ampersand links into one body (“Quent & Marrow”), and a body’s list an ampersand closes', () => {
    const names = (text: string): string[] => {
      const tokens = spacedTokens(text);
      return capitalRuns(tokens).map((r) => `${runWords(tokens, r).join(' ')}:${r.kind}`);
    };
    expect([
      names('Ana Quent of Quent & Marrow said it'),
      names('the Ministry of Parks , Culture & Sport said it'),
    ]).toEqual([['Ana Quent:name', 'Quent & Marrow:other'], ['Ministry of Parks, Culture & Sport:other']]);
  });

  it('gives “NAME of A & B said” to the name, not to the last word of the firm', () => {
    expect(speakers([LEAD, 'Importer Ana Quent of Quent & Marrow said: “Buy the older wines now.”'])).toEqual([
      'Ana Quent (person)',
    ]);
  });

  it('stops the body’s name at a comma before a list of names of more than one word or no "and"', () => {
    const names = (text: string): string[] => {
      const tokens = spacedTokens(text);
      return capitalRuns(tokens).map((r) => runWords(tokens, r).join(' '));
    };
    expect([
      names('the Ministry of Health , Tom Hale and Ann Berg signed it'),
      names('the Ministry of Health , Kelso said'),
    ]).toEqual([
      ['Ministry of Health', 'Tom Hale', 'Ann Berg'],
      ['Ministry of Health', 'Kelso'],
    ]);
  });

  it('reads a body’s name opening with its cue and link as no person’s, its last word besides (“… and Regional Cooperation”)', () => {
    expect(
      speakers([
        LEAD,
        'In a statement, the Ministry of Foreign Affairs and Regional Cooperation said: "The new bridge will open to trucks in June."',
        'Ministry of Health Permanent Secretary Ann Lukwago said: "The clinics will open on Monday."',
      ]),
    ).toEqual(['Ministry of Foreign Affairs and Regional Cooperation (organisation)', 'Ann Lukwago (person)']);
  });

  it('gives “NAME of X said: “…”” to the body', () => {
    expect(
      speakers([LEAD, 'The Ministry of External Affairs said: "These remarks are baseless and wholly unacceptable."']),
    ).toEqual(['Ministry of External Affairs (organisation)']);
  });

  it('gives “…,” the NAME of X said to the body', () => {
    expect(
      speakers([LEAD, '"Parents should check that their children are vaccinated," the Department of Health said.']),
    ).toEqual(['Department of Health (organisation)']);
  });

  it('gives “According to a statement from the NAME of X, “…”” to the body', () => {
    expect(
      speakers([
        LEAD,
        'According to a statement from the Ministry of Health, "the outbreak is now under control in every district."',
      ]),
    ).toEqual(['Ministry of Health (organisation)']);
  });
});
