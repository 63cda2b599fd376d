// A company's or body's office written in capitals between a title and its role noun ("Chief Operating Officer"):
// the whole run is the role, no name of its own.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { capitalRuns } from '../../src/quotes/names.ts';
import { OFFICE_FIELD_WORDS } from '../../src/quotes/roleLexicon.ts';
import { spacedTokens, story } from './fixtures.ts';

const runs = (text: string): [string, string, string][] =>
  capitalRuns(spacedTokens(text)).map((r) => [r.name.join(' '), r.kind, r.title]);

describe('OFFICE_FIELD_WORDS', () => {
  for (const word of [...OFFICE_FIELD_WORDS].sort()) {
    const field = `${word[0]?.toUpperCase()}${word.slice(1)}`;
    it(`reads “Chief ${field} Officer” after a name as a role, and before one as the name's title`, () => {
      expect([runs(`Ann Berg , Chief ${field} Officer , said`), runs(`Chief ${field} Officer Ann Berg said`)]).toEqual([
        [
          ['Ann Berg', 'name', ''],
          ['', 'role', `Chief ${field} Officer`],
        ],
        [['Ann Berg', 'name', `Chief ${field} Officer`]],
      ]);
    });
  }
});

describe('an office field between a title and a role noun', () => {
  it('reads several field words and a title before the title ("Deputy Chief Medical Officer")', () => {
    expect([
      runs('Ann Berg , Deputy Chief Medical Officer , said'),
      runs('Ann Berg , Chief Data Risk Officer , said'),
    ]).toEqual([
      [
        ['Ann Berg', 'name', ''],
        ['', 'role', 'Deputy Chief Medical Officer'],
      ],
      [
        ['Ann Berg', 'name', ''],
        ['', 'role', 'Chief Data Risk Officer'],
      ],
    ]);
  });

  it('leaves a run alone when no title opens it, no role noun closes it, or a word between is no field', () => {
    expect([
      runs('Medical Officer Ann Berg said'),
      runs('the Chief Harbour Board said'),
      runs('Chief Inspector Ann Officer said'),
    ]).toEqual([
      [['Ann Berg', 'name', 'Medical Officer']],
      [['Harbour Board', 'name', 'Chief']],
      [['Ann Officer', 'name', 'Chief Inspector']],
    ]);
  });

  it('gives the quote to the person named before the office, not to a person called “Operating Officer”', () => {
    const book = buildQuoteBook([
      story('office', [
        'The ferry operator added two sailings on Saturday after a strike left hundreds of passengers stranded.',
        'Ilse Marrow, Chief Operating Officer of Tarrow Ferries, said: “Both vessels will sail twice a day until the queue is gone.”',
      ]),
    ]);
    expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([
      ['Ilse Marrow'],
      ['ilse marrow'],
    ]);
  });
});

describe('a double-barrelled surname with a saint (“Quill-St. John”)', () => {
  it('reads the whole name as one person, whose is the quote after it', () => {
    const book = buildQuoteBook([
      story('saint', [
        'The board met on Friday after several players complained about late payments from the federation.',
        'Speaking for the board, Mara Quill-St. John told reporters: “No player will lose a dollar because of this delay.”',
      ]),
    ]);
    expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([
      ['Mara Quill-St John'],
      ['mara quill st john'],
    ]);
  });
});

describe('a title before a name with a body after its “of”', () => {
  it('is no office of the body, so the words after the body’s “for” are no person (“Dr NAME of the X Institute for Y”)', () => {
    const book = buildQuoteBook([
      story('titled-of-body', [
        'The survey of the estuary was published on Monday after three years of fieldwork.',
        'Dr Mirela Vass of the Kestrel Institute for Marine Studies said the results were “far from settled”.',
      ]),
    ]);
    expect(book.people.map((p) => [p.name, p.kind, p.roles])).toEqual([
      ['Kestrel Institute for Marine Studies', 'organisation', []],
      ['Mirela Vass', 'person', []],
    ]);
  });
});
