// "It said", "they said" and documents speaking: an organisation's pronoun and the body whose report speaks, seen through quotes.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { ISSUED_DOCUMENTS } from '../../src/quotes/clauses.ts';
import { ORGANISATION_PRONOUNS } from '../../src/quotes/pronouns.ts';
import { story } from './fixtures.ts';

function speakers(lines: string[]): [string, string | null, string | null][] {
  const book = buildQuoteBook([story('bodies', lines)]);
  const people = new Map(book.people.map((p) => [p.id, p]));
  return book.quotes.map((q) => [
    q.text.split(' ').slice(0, 3).join(' '),
    q.speaker === null ? null : (people.get(q.speaker)?.name ?? '?'),
    q.speaker === null ? null : (people.get(q.speaker)?.kind ?? null),
  ]);
}

describe('organisations speaking through “it”', () => {
  it('lists “it” and “they” as the pronouns an organisation speaks through', () => {
    expect([...ORGANISATION_PRONOUNS]).toEqual(['it', 'they']);
  });

  it('gives “…,” they said to the council that spoke in the paragraph before', () => {
    expect(
      speakers([
        'Brackwell Parish Council said on Monday that the plans should be refused.',
        '“These homes would swamp a village with one road in and out,” they said.',
      ]),
    ).toEqual([['These homes would', 'Brackwell Parish Council', 'organisation']]);
  });

  it('never gives “they said” to a person, even the one named last', () => {
    expect(
      speakers([
        'Councillor Dana Whitlow said the vote had been rushed through the chamber.',
        '“The figures were never shown to the public before the meeting,” they said.',
      ]),
    ).toEqual([['The figures were', null, null]]);
  });

  it('gives “It added:” to the organisation that spoke in the paragraph before', () => {
    expect(
      speakers([
        'The Coastal Licensing Agency said on Tuesday that the operator had breached its permit eleven times.',
        'It added: “These failures were avoidable and the penalty reflects how serious they were.”',
      ]),
    ).toEqual([['These failures were', 'Coastal Licensing Agency', 'organisation']]);
  });

  it('gives “…,” it said to the organisation that is the subject of the sentence before', () => {
    expect(
      speakers([
        'Marsh Valley Water said in a statement that it accepted the ruling.',
        '“We are sorry for the harm caused to the river and its wildlife,” it said.',
      ]),
    ).toEqual([['We are sorry', 'Marsh Valley Water', 'organisation']]);
  });

  it('never gives “it said” to a person, even the one named last', () => {
    expect(
      speakers([
        'Councillor Dana Whitlow said the vote had been rushed through the chamber.',
        '“The figures were never shown to the public before the meeting,” it said.',
      ]),
    ).toEqual([['The figures were', null, null]]);
  });

  it('leaves “It went on:” unattributed when an unnamed report spoke after the organisation', () => {
    expect(
      speakers([
        'The Coastal Licensing Agency said the operator had breached its permit.',
        'A separate report said the harbour had been dredged without consent.',
        'It went on: “The work was carried out at night to avoid scrutiny from residents.”',
      ]),
    ).toEqual([['The work was', null, null]]);
  });

  it('does not take “it” for a speaker when no speech verb follows it', () => {
    expect(
      speakers([
        'Marsh Valley Water said the outage would last a day.',
        'It was the third outage this year. “Nobody warned us about the water being cut off,” said one resident.',
      ]),
    ).toEqual([['Nobody warned us', null, null]]);
  });
});

describe('documents speaking for the body that issued them', () => {
  it('lists the documents that speak for their issuer', () => {
    expect([...ISSUED_DOCUMENTS]).toEqual([
      'report',
      'inspection',
      'review',
      'study',
      'survey',
      'audit',
      'assessment',
      'analysis',
      'statement',
    ]);
  });

  for (const document of ISSUED_DOCUMENTS)
    it(`gives “A 2021 BODY ${document} said: “…”” to the body as an organisation`, () => {
      expect(
        speakers([`A 2021 Harbourside Trust ${document} said: “The pier cannot stay open without urgent repairs.”`]),
      ).toEqual([['The pier cannot', 'Harbourside Trust', 'organisation']]);
    });

  it('gives “It went on:” to the body whose inspection spoke in the paragraph before', () => {
    expect(
      speakers([
        'A 2019 Schoolwatch inspection said the new head had transformed the academy within two terms.',
        'It went on: “Teaching has become calmer, clearer and far more ambitious for every pupil.”',
      ]),
    ).toEqual([['Teaching has become', 'Schoolwatch', 'organisation']]);
  });

  it('leaves a quote unattributed when the document names no issuer (“A report said”)', () => {
    expect(speakers(['A report said: “The pier cannot stay open without urgent repairs.”'])).toEqual([
      ['The pier cannot', null, null],
    ]);
  });
});

describe('a body named after its noun, and “A statement said”', () => {
  it('lists “his club NAME” as an organisation and gives the next paragraph’s “A statement said: “…”” to it', () => {
    expect(
      speakers([
        'His club Sporting Delmare posted a tribute on its website on Friday.',
        'A statement said: “He brought laughter into our dressing room every single day.”',
      ]),
    ).toEqual([['He brought laughter', 'Sporting Delmare', 'organisation']]);
  });

  it('gives “the charity NAME said: “…”” to the charity as an organisation', () => {
    expect(speakers(['The charity Shelterwell said: “Nobody should sleep outside in this weather.”'])).toEqual([
      ['Nobody should sleep', 'Shelterwell', 'organisation'],
    ]);
  });

  it('leaves “A statement said” unattributed when a person was the subject of the sentence before', () => {
    expect(
      speakers([
        'Manager Tom Ardley was dismissed on Monday after a run of seven defeats.',
        'A statement said: “We thank him for his service and wish him well in the future.”',
      ]),
    ).toEqual([['We thank him', null, null]]);
  });
});

describe('“according to the BODY”', () => {
  it('lists the body after “According to the” as an organisation, so “the ministry said” later is it', () => {
    expect(
      speakers([
        'According to the Ministry of Harbours, the bridge will open in the spring.',
        '“All safety checks are now complete,” the ministry said.',
      ]),
    ).toEqual([['All safety checks', 'Ministry of Harbours', 'organisation']]);
  });
});

describe('a body opening a sentence as its subject before it speaks', () => {
  it('gives “The council added: “…”” to the parish council that opened an earlier sentence', () => {
    expect(
      speakers([
        'Brackwell Parish Council objected strongly to the estate planned for the old quarry.',
        'The council added in its submission: “Nobody in the parish asked for executive homes.”',
      ]),
    ).toEqual([['Nobody in the', 'Brackwell Parish Council', 'organisation']]);
  });

  it('gives “a spokesman for the school wrote: “…”” to the school named as a subject before', () => {
    expect(
      speakers([
        'Brackwell Junior School emailed families at lunchtime on Thursday about a burst pipe.',
        'In a short note, a spokesman for the school wrote: “Classes will resume once the plumbers have finished.”',
      ]),
    ).toEqual([['Classes will resume', 'Brackwell Junior School', 'organisation']]);
  });

  it('does not list a body named only in passing, after a preposition, as a speaker for “the council said”', () => {
    expect(
      speakers([
        'Residents marched to the offices of Brackwell Parish Council on Friday.',
        '“We are listening to every one of them,” the council said.',
      ]),
    ).toEqual([['We are listening', null, null]]);
  });
});

describe('a bare “the spokesperson” right after a body spoke through one', () => {
  it('gives ““…,” the spokesperson said” to the body, not to the woman the paragraph before named', () => {
    expect(
      speakers([
        'Passengers were stuck on the tarmac at the diversion airport for nine hours on Sunday night.',
        'Dr Ilka Castellino, a doctor from the town who had been on the same plane, said at least four babies were on board. “The mothers had run short of milk,” she recalled.',
        'A spokesperson for Kestrel Jet Airways said the delay was due to “operational constraints”.',
        '“Passenger safety will always come first with us,” the spokesperson said.',
      ]),
    ).toEqual([
      ['The mothers had', 'Ilka Castellino', 'person'],
      ['operational constraints', null, null],
      ['Passenger safety will', 'Kestrel Jet Airways', 'organisation'],
    ]);
  });
});
