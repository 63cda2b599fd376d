// Relative clauses set off by commas between a speaker and the speech verb, read on tokens.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import {
  EXPLETIVE_SUBJECTS,
  NEGATIONS,
  outerRelativeComma,
  quoteInWhoClause,
  relativeAntecedent,
  relativeCommaBefore,
} from '../../src/quotes/relativeClauses.ts';
import type { Slot } from '../../src/quotes/slots.ts';
import { quoteSpeakers, spacedTokens, story } from './fixtures.ts';

function nameSlot(from: number, to: number, text: string): Slot {
  return {
    from,
    to,
    kind: 'name',
    text,
    ids: [],
    typo: false,
    determiner: null,
    entity: null,
    subject: false,
    resolved: false,
  };
}

describe('outerRelativeComma', () => {
  it('goes back from “, which …” to the “, who …” right before it', () => {
    const tokens = spacedTokens('Ana Lee , who chairs the panel , which oversees the plan , said');
    expect(outerRelativeComma(tokens, 7)).toBe(2);
  });

  it('stays at the comma when no relative pronoun follows it', () => {
    const tokens = spacedTokens('Ana Lee , the chair , said');
    expect(outerRelativeComma(tokens, 5)).toBe(5);
  });
});

describe('relativeCommaBefore', () => {
  it('finds the comma before “who” that a list inside the clause follows', () => {
    const tokens = spacedTokens('Costa , who has been with Lazio , Porto , and Ajax , commented');
    expect(relativeCommaBefore(tokens, 11)).toBe(1);
  });

  it('stays at the comma when no “, who” stands before it in the clause', () => {
    const tokens = spacedTokens('Costa , the winger from Porto , commented');
    expect(relativeCommaBefore(tokens, 6)).toBe(6);
  });
});

describe('relativeAntecedent', () => {
  it('finds the name before the comma of “who”, past a bracket', () => {
    const tokens = spacedTokens('by Representative Dana Kolb ( D-Ohio ) , who said');
    const kolb = nameSlot(2, 4, 'Dana Kolb');
    expect(relativeAntecedent(tokens, [kolb], 8)).toBe(kolb);
  });

  it('finds the name before an age set off after it (“NAME , 72 , who”)', () => {
    const tokens = spacedTokens('was former postmistress Tom Hallam , 72 , who said');
    const hallam = nameSlot(3, 5, 'Tom Hallam');
    expect(relativeAntecedent(tokens, [hallam], 8)).toBe(hallam);
  });

  it('finds nobody past the age of a name a preposition takes (“the mother of NAME , 34 , who”)', () => {
    const tokens = spacedTokens('was the mother of Tom Hallam , 34 , who said');
    const hallam = nameSlot(4, 6, 'Tom Hallam');
    expect(relativeAntecedent(tokens, [hallam], 10)).toBeUndefined();
  });

  it('gives “… was NAME, 72, who said she had sung there “…”” to the name', () => {
    expect(
      quoteSpeakers([
        'The village choir gave its farewell concert in the old chapel on Sunday before the building is sold.',
        'Singing in the front row was former postmistress Tom Hallam, 72, who said she had sung there “every Easter for half a century”.',
      ]),
    ).toEqual(['Tom Hallam']);
  });

  it('finds the name an appositive in lower case is set off after (“NAME , a crash examiner for the police , who”)', () => {
    const tokens = spacedTokens('from PC Ada Rowe , a crash examiner for the regional police , who told');
    const rowe = nameSlot(1, 4, 'PC Ada Rowe');
    expect(relativeAntecedent(tokens, [rowe], 13)).toBe(rowe);
  });

  it('gives a later “he said” to the name before “, a ROLE …, who told the hearing”, not the man the clause names', () => {
    expect(
      quoteSpeakers([
        'Tomas Brandt, 61, a retired teacher from Lower Halden, died in the collision on the coast road last spring.',
        'The account of the crash came from PC Neil Okafor, a crash examiner for the regional police, who told the hearing that Mr Brandt had been riding well clear of the gutter.',
        '“The lorry’s nearside corner struck the rider’s elbow,” he said.',
      ]),
    ).toEqual(['Neil Okafor']);
  });

  it('finds nothing when no name ends right before the comma', () => {
    const tokens = spacedTokens('by its workers , who said');
    expect(relativeAntecedent(tokens, [], 4)).toBeUndefined();
  });
});

describe('a "who" after an appositive ending on a place', () => {
  const opening = 'Drivers waited for hours at filling stations across the region again on Tuesday morning.';
  it('is the name the appositive is set off after, past an age (“NAME, 44, a nurse from Morlaix, who said”)', () => {
    expect([
      quoteSpeakers([
        opening,
        'Among them was Ines Marrec, 44, a nurse from Morlaix, who said she backed the strike “in principle” but had lost patience.',
      ]),
      quoteSpeakers([
        opening,
        'Among them was Ines Marrec, a retired nurse from Morlaix, who said she backed the strike “in principle” but had lost patience.',
      ]),
      quoteSpeakers([
        opening,
        'Among them was Ines Marrec, aged 44, a nurse from Morlaix, who said she backed the strike “in principle” but had lost patience.',
      ]),
      quoteSpeakers([
        opening,
        'Among them was Ines Marrec (44), a nurse from Morlaix, who said she backed the strike “in principle” but had lost patience.',
      ]),
    ]).toEqual([['Ines Marrec'], ['Ines Marrec'], ['Ines Marrec'], ['Ines Marrec']]);
  });

  it('is the name after “from” when that is no place of one word (“a letter from NAME, who said”)', () => {
    expect(
      quoteSpeakers([
        opening,
        'The council received a letter from Maria Lopez, who said the repairs were “long overdue and badly planned”.',
      ]),
    ).toEqual(['Maria Lopez']);
  });
});

describe('a "who" after an appositive ending on the body a role is held at', () => {
  const opening = 'Talks to free the two engineers ended on Friday after eleven weeks of quiet mediation by elders.';
  it('is the name the appositive is set off after (“NAME, an adviser at the Institute of X, who told”)', () => {
    expect(
      quoteSpeakers([
        opening,
        'That is the reading of Dr Amara Keane-Obi, a hostage-talks adviser at the Institute of Tarrow, who told the Courier that such releases usually rest on “many quiet favours”.',
      ]),
    ).toEqual(['Amara Keane-Obi']);
  });

  it('is the name an appositive opening with a role word is set off after, the name opening the sentence (“NAME, head of the X group at Y University, who …, called”)', () => {
    expect(
      quoteSpeakers([
        opening,
        'Professor Yaw Ansomah, head of the virology unit at Trevanion University, who has long urged caution on new jabs, called the licence “a fair call made on sound evidence”.',
      ]),
    ).toEqual(['Yaw Ansomah']);
  });

  it('is nobody when the name is the object of the phrase opening the sentence (“Critics of NAME, head of …, who …, called”)', () => {
    expect(
      quoteSpeakers([
        opening,
        'Critics of Professor Yaw Ansomah, head of the virology unit at Trevanion University, who has long backed new jabs, called the licence “reckless and rushed”.',
      ]),
    ).toEqual([null]);
  });

  it('is not a place closing an appositive, which is no body: the name before “from PLACE” speaks (“NAME, 29, from PLACE, who …, said”)', () => {
    const book = buildQuoteBook([
      story('who-place', [
        opening,
        'Ilona Brekkestad, 29, from Leeds, who was visiting her sister at the resort, said the corridor was “like a river by two in the morning”.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Ilona Brekkestad']);
  });
});

describe('an appositive inside a relative clause set off after the speaker', () => {
  const opening = 'Care homes across the county have struggled through a third week of the heatwave.';
  it('is the clause’s object’s, so the name before the clause speaks (“NAME, who runs X, a care home, told”)', () => {
    expect(
      quoteSpeakers([
        opening,
        'Greta Lindahl, who runs Hollins Grange, a care home in Ardley, told the Gazette that the upstairs rooms had reached 30C.',
        '“We have fans in every room and it is still not enough,” she said.',
      ]),
    ).toEqual(['Greta Lindahl']);
  });

  it('is the speaker’s own when the clause closes before the name (“After meeting NAME, who …, NAME2, a nurse, said”)', () => {
    expect(
      quoteSpeakers([
        opening,
        'After meeting Ana Ruiz, who chairs the board, Tom Hale, a nurse, said: “It went well, all things considered.”',
      ]),
    ).toEqual(['Tom Hale']);
  });
});

describe('a "who" after a role written as a title (“NAME, Director of Music, who”)', () => {
  it('is the name the title is set off after, not the portfolio the title is of', () => {
    expect(
      quoteSpeakers([
        'The prize-giving at Harwick Grammar ran late into the evening on Friday.',
        'The evening closed with the choir singing “Evensong”, conducted by Mr Tobias Lund, Director of Music, who called the piece “a song every year group can sing”.',
      ]),
    ).toEqual([null, 'Tobias Lund']);
  });

  it('is the name closing a role in lower case (“Ann Berg, a friend of Tom Hale, who said”)', () => {
    expect(
      quoteSpeakers([
        'The prize-giving at Harwick Grammar ran late into the evening on Friday.',
        'The prize was presented by Ann Berg, a friend of Tom Hale, who said the school had been “his whole life”.',
      ]),
    ).toEqual(['Tom Hale']);
  });
});

describe('a relative clause closed by a dashed aside before the speech verb', () => {
  it('gives the verb to the name before the clause (“NAME, who … — more than anyone — said”)', () => {
    expect(
      quoteSpeakers([
        'The kindest tribute came from the visiting dressing room.',
        'Tom Reed, who fell to the spinner in nine of their matches — a record for any opener — said he would “not miss those deliveries at all”.',
      ]),
    ).toEqual(['Tom Reed']);
  });

  it('leaves the verb to the phrase before an aside that closes no relative clause (“The spinner’s captain — a friend — said”)', () => {
    expect(
      quoteSpeakers([
        'The kindest tribute came from the visiting dressing room.',
        'Tom Reed fell to the spinner in nine matches. His old captain, Ana Ruiz — a friend of both men — said she would “not miss those deliveries at all”.',
      ]),
    ).toEqual(['Ana Ruiz']);
  });
});

describe('quoteInWhoClause', () => {
  it('is true for a quote in a “who” clause set off after the subject, false for one opening the sentence or after another comma', () => {
    expect([
      quoteInWhoClause(spacedTokens('NAME , who called the plan QUOTE welcomed the ruling .'), 6),
      quoteInWhoClause(spacedTokens('QUOTE said NAME .'), 0),
      quoteInWhoClause(spacedTokens('NAME , the minister , called it QUOTE and left .'), 7),
      quoteInWhoClause(spacedTokens('NAME , which runs the park , called it QUOTE today .'), 9),
    ]).toEqual([true, false, false, false]);
  });

  it('gives a partial quote in a “who” clause to the name before it, not to the object of the verb after the clause', () => {
    expect(
      quoteSpeakers([
        'The river festival will move to a new valley next year after a court ruling on Friday afternoon.',
        'Culture Minister Tenzin Lhadrup, who had once called the fair “the pride of the hill towns,” welcomed the ruling.',
      ]),
    ).toEqual(['Tenzin Lhadrup']);
  });
});

describe('a quote closing a "who" clause whose own speech verb it follows (relativeOwnSpeaker)', () => {
  const STRIKE = 'Ward staff ended their strike on Friday after a late pay offer from the regional health board.';

  it('gives the quote to the name the "who" refers back to, past fillers (“who had insisted all winter that …”)', () => {
    expect(
      quoteSpeakers([
        STRIKE,
        'Health Minister Orla Pennick, who had insisted all winter that there was "not a penny more in the pot", conceded on Friday that the offer had gone beyond the budget.',
        'Board chair Femi Adeyinka, who had called the first offer "an insult to every nurse", welcomed the deal.',
      ]),
    ).toEqual(['Orla Pennick', 'Femi Adeyinka']);
  });

  it('gives it to her in the progressive (“who was telling reporters that …”)', () => {
    expect(
      quoteSpeakers([
        STRIKE,
        'Health Minister Orla Pennick, who was telling reporters only last week that there was "not a penny more in the pot", conceded on Friday that the offer had gone beyond the budget.',
      ]),
    ).toEqual(['Orla Pennick']);
  });

  it('gives nobody the words of a passive in the clause (“who was described by union leaders as …”)', () => {
    expect(
      quoteSpeakers([
        STRIKE,
        'Health Minister Orla Pennick, who was described by union leaders as "the iron lady of the wards", conceded on Friday that the offer had gone beyond the budget.',
      ]),
    ).toEqual([null]);
  });

  for (const negation of [...NEGATIONS].sort())
    it(`gives nobody the words a negation says were not spoken (“who has ${negation} once called it “…””)`, () => {
      expect(
        quoteSpeakers([
          STRIKE,
          `Health Minister Orla Pennick, who has ${negation} once called the wards "safe", conceded on Friday that staff were exhausted.`,
        ]),
      ).toEqual([null]);
    });

  it('gives nobody words the clause reports another saying (“who accused the board of calling nurses “…””)', () => {
    expect(
      quoteSpeakers([
        STRIKE,
        'Union steward Bryn Coldwell, who accused the board of calling nurses "a cost line", demanded an apology.',
        'Union steward Bryn Coldwell, who told the panel the chief nurse had described the rota as "unworkable", demanded an apology.',
        'Union steward Bryn Coldwell, who described hearing a patient shout "nurse" all night, demanded an apology.',
      ]),
    ).toEqual([null, null, null]);
  });

  for (const subject of [...EXPLETIVE_SUBJECTS].sort())
    it(`still gives the words to the "who" past “that ${subject} was “…””`, () => {
      expect(
        quoteSpeakers([
          STRIKE,
          `Health Minister Orla Pennick, who had insisted all winter that ${subject} was "not a penny more in the pot", conceded on Friday that the offer had gone beyond the budget.`,
        ]),
      ).toEqual(['Orla Pennick']);
    });

  it('gives nobody the words when the name before the "who" follows "of" (“The mother of NAME, who had called her son …”)', () => {
    expect(
      quoteSpeakers([
        STRIKE,
        'The mother of Hal Greenway, who had called her son "a gentle giant", pleaded with the judge for mercy.',
      ]),
    ).toEqual([null]);
  });
});
