import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import {
  isAcronymName,
  isOrganisationName,
  ORGANISATION_CUES,
  ORGANISATION_NOUNS,
} from '../../src/quotes/organisations.ts';
import { story } from './fixtures.ts';

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Who each quote of the lines is given to, as "name (kind)", or null. */
function speakers(lines: string[]): (string | null)[] {
  const book = buildQuoteBook([story('org', lines)]);
  const people = new Map(book.people.map((p) => [p.id, p]));
  return book.quotes.map((q) => {
    const p = q.speaker === null ? undefined : people.get(q.speaker);
    return p === undefined ? null : `${p.name} (${p.kind})`;
  });
}

const LEAD =
  'Officials from several bodies met in the regional capital on Wednesday to discuss the flooding along the river.';

describe('organisation cue table', () => {
  it('holds lower-case single words with a kind of body', () => {
    expect(ORGANISATION_CUES.size).toBeGreaterThanOrEqual(60);
    for (const [word, kind] of ORGANISATION_CUES) {
      expect(word).toMatch(/^[a-z]+$/u);
      expect(kind.length).toBeGreaterThan(0);
    }
  });

  for (const cue of [...ORGANISATION_CUES.keys()].sort()) {
    it(`lists "Northvale ${capitalised(cue)}" speaking as an organisation, never as a person`, () => {
      expect(isOrganisationName(['Northvale', capitalised(cue)])).toBe(true);
      expect(
        speakers([
          LEAD,
          `“We will publish the full figures on Friday, once every district has reported,” Northvale ${capitalised(cue)} said.`,
        ]),
      ).toEqual([`Northvale ${capitalised(cue)} (organisation)`]);
    });
  }

  it('does not take a person’s name for an organisation', () => {
    expect([isOrganisationName(['Ana', 'Berg']), isOrganisationName(['Tom', 'Reilly'])]).toEqual([false, false]);
  });

  it('reads an all-capital single word as an acronym and a name as none', () => {
    expect([
      isAcronymName(['NATO']),
      isAcronymName(['BBC']),
      isAcronymName(['Okoro']),
      isAcronymName(['Ana', 'Berg']),
    ]).toEqual([true, true, false, false]);
  });
});

describe('organisation nouns', () => {
  for (const noun of [...ORGANISATION_NOUNS].sort()) {
    it(`gives "the ${noun} said" to the organisation named before with that word`, () => {
      expect(
        speakers([
          LEAD,
          `The Northvale ${capitalised(noun)} said on Monday that forty homes had been cleared of water.`,
          `“The situation is under control and help is on its way,” the ${noun} said.`,
        ]),
      ).toEqual([`Northvale ${capitalised(noun)} (organisation)`]);
    });
  }

  it('gives "the company said" to the business named before, by the kind of its cue word', () => {
    expect(
      speakers([
        LEAD,
        'Acme Corp said on Monday that its sales had risen by a fifth over the year.',
        '“We are proud of our staff and of every one of our customers,” the company said.',
      ]),
    ).toEqual(['Acme Corp (organisation)']);
  });

  it('leaves "the ministry said" unattributed when no ministry was named', () => {
    expect(speakers([LEAD, '“The situation is under control and help is on its way,” the ministry said.'])).toEqual([
      null,
    ]);
  });

  it('never lets "he" stand for an organisation', () => {
    expect(
      speakers([
        LEAD,
        'The Northvale Council said on Monday that forty homes had been cleared of water.',
        '“The situation is under control and help is on its way,” he said.',
      ]),
    ).toEqual([null]);
  });
});

describe('organisations that speak', () => {
  it('lists a single name that speaks of itself as "it" as an organisation', () => {
    expect(
      speakers([
        LEAD,
        'Acme said it would repay every customer by the end of the month.',
        '“We are proud of our staff and of every one of our customers,” Acme said.',
      ]),
    ).toEqual(['Acme (organisation)']);
  });

  it('leaves a generic body ("Police said") unattributed', () => {
    expect(
      speakers([LEAD, 'Police said: “We are looking for two men seen near the station on Friday evening.”']),
    ).toEqual([null]);
  });

  it('gives the quote to the person named after a body, not to the body', () => {
    expect(
      speakers([
        LEAD,
        'Rights Council President Ana Berg said: “We are looking for answers from every government involved.”',
      ]),
    ).toEqual(['Ana Berg (person)']);
  });
});

describe('organisations named by one word', () => {
  const lines = [
    'Orchard said on Monday that it would delay the launch of its new headset until next year because of supply problems.',
    '“We want to get this right for our customers, and that means taking more time,” the company said in a statement.',
  ];

  it('reads “X said on Monday that it would …” as an organisation speaking of itself', () => {
    const book = buildQuoteBook([story('org', lines)]);
    expect(book.people.map((p) => [p.name, p.kind])).toEqual([['Orchard', 'organisation']]);
  });

  it('gives “the company said” to the one organisation of unstated kind named lately', () => {
    expect(speakers(lines)).toEqual(['Orchard (organisation)']);
  });

  it('does not give “the ministry said” to a company', () => {
    expect(
      speakers([
        lines[0] ?? '',
        '“We want to get this right for our customers, and that means taking more time,” the ministry said in a statement.',
      ]),
    ).toEqual([null]);
  });

  it('gives “Analyst NAME of BODY said” to the analyst, and does not take the body for a person', () => {
    const book = buildQuoteBook([
      story('org', [
        LEAD,
        'Analyst Priya Nair of Orbit Research said the delay was “a setback but not a disaster” for the headset makers.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? ''))]).toEqual([
      ['Priya Nair'],
      ['Priya Nair'],
    ]);
  });
});
