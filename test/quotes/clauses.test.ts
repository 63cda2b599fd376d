// The small readers of the writer's words: wire datelines and "a statement from".
import { describe, expect, it } from 'vitest';
import {
  AUTHORING_PARTICIPLES,
  dashedAsideOpening,
  IDENTIFIED_QUALIFIERS,
  identifiedAs,
  datelineEnd,
  documentFromLength,
  issuedBy,
  pastDashedAside,
  pastOpeningOccasion,
  CLAUSE_OPENING,
} from '../../src/quotes/clauses.ts';
import { attributed, quoteSpeakers, spacedTokens } from './fixtures.ts';
import { WRITER_SUBJECTS } from '../../src/quotes/lexicon.ts';

const tokens = spacedTokens;

describe('datelineEnd', () => {
  it('ends after the agency of “PLACE , Mon D ( AGENCY )”', () => {
    expect(datelineEnd(tokens('New Delhi , Feb 3 ( PTI ) Party leader Arvind Kumar said'))).toBe(8);
  });

  it('ends after the dash of “CITY — …”', () => {
    expect(datelineEnd(tokens('DENVER — The museum opened on Thursday'))).toBe(2);
  });

  it('is 0 when the sentence opens with its subject', () => {
    expect(datelineEnd(tokens('Party leader Arvind Kumar said on Saturday'))).toBe(0);
  });

  it('is 0 when a lower-case word follows the bracket, and ends after a dash or before a capital', () => {
    expect([
      datelineEnd(tokens('Tamsin Oduya ( Harbour Town ) was full of praise')),
      datelineEnd(tokens('Port Aurel ( Corvane Wire ) - the bank cut its rate')),
      datelineEnd(tokens('Port Aurel ( Corvane Wire ) The bank cut its rate')),
    ]).toEqual([0, 7, 6]);
  });

  it('is 0 when a bracket holds more than an agency name', () => {
    expect(datelineEnd(tokens('Kumar ( who leads the party in the state ) said'))).toBe(0);
  });
});

describe('documentFromLength', () => {
  it('counts “a statement from” as three tokens', () => {
    expect(documentFromLength(tokens('a statement from Anna Volkova'), 0)).toBe(3);
  });

  it('counts “the joint statement by” as four tokens', () => {
    expect(documentFromLength(tokens('the joint statement by Anna Volkova'), 0)).toBe(4);
  });

  for (const participle of [...AUTHORING_PARTICIPLES].sort())
    it(`counts “a letter ${participle} by” as four tokens (AUTHORING_PARTICIPLES)`, () => {
      expect(documentFromLength(tokens(`a letter ${participle} by Anna Volkova`), 0)).toBe(4);
      expect(
        attributed([
          'The residents of the estate met on Monday night to plan their campaign against the new parking charges.',
          `"We will be back next month with twice as many names," according to a letter ${participle} by Anna Volkova, the residents' chair.`,
        ]),
      ).toEqual([['We will be', 'Anna Volkova', `according to a letter ${participle} by Anna Volkova`]]);
    });

  it('is 0 for a participle not followed by “by”', () => {
    expect(documentFromLength(tokens('a letter signed yesterday'), 0)).toBe(0);
  });

  it('is 0 for a person after “according to”', () => {
    expect(documentFromLength(tokens('Anna Volkova'), 0)).toBe(0);
  });
});

describe('issuedBy', () => {
  it('says a name is a document’s issuer after “a statement from” or “the written statement by”, not after “a spokesman for”', () => {
    expect(issuedBy(tokens('A statement from Riverbend Trust said'), 3)).toBe(true);
    expect(issuedBy(tokens('The written statement by Riverbend Trust said'), 4)).toBe(true);
    expect(issuedBy(tokens('A spokesman for Riverbend Trust said'), 3)).toBe(false);
  });
});

describe('dashedAsideOpening', () => {
  it('returns the opening dash of an aside the dash at close ends', () => {
    expect(dashedAsideOpening(tokens('Ada Vale — the widow of a miner , killed in 1990 — told the crowd'), 12)).toBe(2);
  });

  it('is -1 when a quote stands between the two dashes', () => {
    expect(dashedAsideOpening(tokens('Ada Vale — in her words QUOTE again — told the crowd'), 8)).toBe(-1);
  });

  it('is -1 when the token at close is not a dash', () => {
    expect(dashedAsideOpening(tokens('Ada Vale , a teacher , told the crowd'), 5)).toBe(-1);
  });

  it('returns the opening dash after a bracket closing the name before it (“NAME ( Ward ) - no relation - said”)', () => {
    expect(dashedAsideOpening(tokens('Ivo Marsh ( Westbay ) - no relation - said'), 8)).toBe(5);
  });

  it('gives “Cllr NAME (Ward) - no relation - said the council had “…”” to the name, not to “the council”', () => {
    expect(
      attributed([
        'The budget vote split the chamber on Tuesday night after a long and bitter debate.',
        'Group leader Cllr Ivo Marsh (Westbay) - no relation - said the council had "lost its grip on spending".',
      ]),
    ).toEqual([['lost its grip', 'Ivo Marsh', 'Group leader Cllr Ivo Marsh (Westbay) - no relation - said']]);
  });

  it('is -1 when no word comes before the opening dash', () => {
    expect(dashedAsideOpening(tokens('— the widow of a miner — told the crowd'), 6)).toBe(-1);
  });
});

describe('pastDashedAside', () => {
  it('returns the token after the closing dash of an aside the dash at open opens', () => {
    expect(pastDashedAside(tokens('Ada Vale — a teacher at the school — told the crowd'), 2)).toBe(9);
  });

  it('returns open when a quote comes before any closing dash', () => {
    expect(pastDashedAside(tokens('Ada Vale — in her words QUOTE again — told the crowd'), 2)).toBe(2);
  });

  it('returns open when the token at open is not a dash', () => {
    expect(pastDashedAside(tokens('Ada Vale , a teacher , told the crowd'), 2)).toBe(2);
  });
});

describe('pastOpeningOccasion', () => {
  it('is 3 after “In a statement” and 4 after “In an interview ,”', () => {
    expect(pastOpeningOccasion(tokens('In a statement Ann Lee said'))).toBe(3);
    expect(pastOpeningOccasion(tokens('In an interview , Ann Lee said'))).toBe(4);
  });

  it('is 0 when the sentence opens with anything else (“In a week”, “Ann Lee”)', () => {
    expect(pastOpeningOccasion(tokens('In a week Ann Lee said'))).toBe(0);
    expect(pastOpeningOccasion(tokens('Ann Lee said'))).toBe(0);
  });
});

describe('identifiedAs', () => {
  it('is true for a name right after “identified as”', () => {
    expect(identifiedAs(tokens('the union president , identified as Okoro , said'), 6)).toBe(true);
  });

  for (const word of [...IDENTIFIED_QUALIFIERS].sort()) {
    it(`is true for a name after “identified ${word} as”`, () => {
      expect(identifiedAs(tokens(`the union president , identified ${word} as Okoro , said`), 7)).toBe(true);
    });
  }

  it('is true for a name after a reflexive and a qualifier both (“identified herself only as”)', () => {
    expect(identifiedAs(tokens('a student , who identified herself only as Okoro , said'), 8)).toBe(true);
  });

  it('is false after three qualifiers (“identified herself only simply as”)', () => {
    expect(identifiedAs(tokens('a student , who identified herself only simply as Okoro , said'), 9)).toBe(false);
  });

  it('is false after “known as” or “as” alone', () => {
    expect([identifiedAs(tokens('the area known as Okoro'), 4), identifiedAs(tokens('he served as Okoro'), 3)]).toEqual(
      [false, false],
    );
  });
});

describe('reportsWords: the writer’s own speech verb reports nobody (WRITER_SUBJECTS)', () => {
  const LEAD = 'The hill farms above the lake lose a family a year, and the ones who stay walk everywhere.';
  const QUOTE = '“Up here a visitor is a gift. Nobody promised the gift would arrive with good lungs.”';
  for (const writer of [...WRITER_SUBJECTS].sort()) {
    const subject = writer === 'i' ? 'I' : writer;
    it(`gives the quote under “He climbs at a speed ${subject} can only describe as alarming.” to the one he stands for`, () => {
      expect(
        quoteSpeakers([
          LEAD,
          `Our guide is Temir Osmonov. He is thirty-four and climbs at a speed ${subject} can only describe as alarming.`,
          QUOTE,
        ]),
      ).toEqual(['Temir Osmonov']);
    });
  }

  it('gives the quote to the one person under the writer’s aside (“NAME, I should say, …”) and “a speed that I …”', () => {
    expect([
      quoteSpeakers([
        LEAD,
        'Temir Osmonov, 41, has guided walkers here for years. Osmonov, I should say, has never once turned a walker back.',
        QUOTE,
      ]),
      quoteSpeakers([
        LEAD,
        'Our guide is Temir Osmonov. He is thirty-four and climbs at a speed that I can only describe as alarming.',
        QUOTE,
      ]),
    ]).toEqual([['Temir Osmonov'], ['Temir Osmonov']]);
  });

  for (const opening of [...CLAUSE_OPENING].sort())
    it(`gives nobody the quote under the writer’s “${opening} I told him …”, a clause of its own (CLAUSE_OPENING)`, () => {
      expect(
        quoteSpeakers([
          LEAD,
          `Our guide is Temir Osmonov, 41. He wept quietly at the kitchen table ${opening} I told him the news about the valley.`,
          '“Nobody should have to hear news like this from a stranger on the doorstep. I am so sorry.”',
        ]),
      ).toEqual([null]);
    });

  it('gives nobody the quote under the writer’s own “…, and I said …” or a group “I interviewed said”', () => {
    expect([
      quoteSpeakers([
        LEAD,
        'Temir Osmonov began to cry at the kitchen table, and I said the only thing I could think of.',
        '“I am so sorry. Nobody should have to hear news like this from a stranger on the doorstep.”',
      ]),
      quoteSpeakers([
        LEAD,
        'Temir Osmonov kept the cooperative open through three droughts, the farmers I interviewed said.',
        '“Without that man this valley would have emptied years ago. Every family here owes him something.”',
      ]),
    ]).toEqual([[null], [null]]);
  });

  it('still gives nobody the quote under a sentence that reports somebody else describing (“his neighbours describe”)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Our guide is Temir Osmonov. He is thirty-four and climbs at a speed his neighbours describe as brisk.',
        QUOTE,
      ]),
    ).toEqual([null]);
  });
});
