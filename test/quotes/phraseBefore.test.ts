// The speaker phrase read back from a speech verb (phraseBefore.ts), seen through the quotes it attributes.
import { describe, expect, it } from 'vitest';
import { ROLE_PLACE_LINKS } from '../../src/quotes/names.ts';
import { ROLE_MODIFIERS } from '../../src/quotes/roleLexicon.ts';
import {
  lowerRoleAppositiveComma,
  OBJECT_LINKS,
  PERCEIVED_SPEAKING,
  PERCEIVING_MODALS,
  SET_OFF_ADVERBS,
} from '../../src/quotes/phraseBefore.ts';
import type { Slot } from '../../src/quotes/slots.ts';
import { quoteSpeakers, spacedTokens } from './fixtures.ts';

describe('an adverb set off by commas before the speech verb (SET_OFF_ADVERBS)', () => {
  for (const adverb of [...SET_OFF_ADVERBS].sort()) {
    it(`gives “NAME, a long description of her, ${adverb}, said … “…”” to NAME`, () => {
      expect(
        quoteSpeakers([
          'Water Minister Tobias Renn said the tribunal must decide.',
          `Odile Renn, a regional organiser for the party and no kin of the minister, ${adverb}, said the plan was “playing politics with farmers”.`,
        ]),
      ).toEqual(['Odile Renn']);
    });
  }
});

describe('a name after a preposition before the speech verb (OBJECT_LINKS)', () => {
  for (const link of [...OBJECT_LINKS].sort()) {
    it(`gives “The ferry office ${link} Marrow Bay said … “…”” to nobody, not to the name`, () => {
      expect(
        quoteSpeakers([
          'Skipper Marrow Bay brought the last boat in before the gale closed the harbour.',
          `The ferry office ${link} Marrow Bay said on its page that “no crossing will run before Monday”.`,
        ]),
      ).toEqual([null]);
    });
  }

  it('gives “The harbour watch post in PLACE said … “…”” to nobody when the place is no name the reader knows', () => {
    expect(
      quoteSpeakers([
        'Heavy rain closed the mountain road above Vila Serrana for a third day on Tuesday, and the ferries stayed in port.',
        'The harbour watch post in Vila Serrana said on its website that “the ferries will wait for calmer water”.',
      ]),
    ).toEqual([null]);
  });
});

describe('the wider place set off after a body in an appositive before the speech verb', () => {
  const LEAD = 'Lecturers at state universities walked out on Wednesday in a row over allowances owed since 2021.';

  it('gives “…,” NAME, a professor at BODY, PLACE, told …” to the name', () => {
    expect(
      quoteSpeakers([
        LEAD,
        '"We gave the government every chance to settle," the union’s president, Chidera Anozie, a professor of physics at the University of Lagos, Yaba, told reporters.',
      ]),
    ).toEqual(['Chidera Anozie']);
  });
});

describe('a definite description with the place its holder is from, before the speech verb', () => {
  it('gives “…,” the 22-year-old from PLACE said” to the subject written about just before', () => {
    expect(
      quoteSpeakers([
        'Qiao Lanying lost the final in three sets on Saturday evening.',
        'Qiao wept at the net but was calm again when she sat down for interviews.',
        '“Losing hurts, yet this fortnight has shown me what I can do,” the 22-year-old from Harbin said through an interpreter.',
      ]),
    ).toEqual(['Qiao Lanying']);
  });
});

describe('the place a role is held in between the role and its holder’s name, before the speech verb (names.ts ROLE_PLACE_LINKS)', () => {
  const LEAD = 'Work on the new tram depot began on Monday after two years of delays over the loan.';

  for (const link of [...ROLE_PLACE_LINKS].sort())
    it(`gives “HDF Resident Representative ${link} Lisbon NAME said: “…”” to the name, not the role`, () => {
      expect(
        quoteSpeakers([
          LEAD,
          `HDF Resident Representative ${link} Lisbon Haruka Ondo said: “We expect the depot to be the cleanest our lenders have ever paid for.”`,
        ]),
      ).toEqual(['Haruka Ondo']);
    });

  it('gives “ROLE in PLACE BODY NAME said” to nobody, the body’s word no part of a name', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'The keeper in Lisbon Zoo Anna Weber said: “The new enclosure will open to visitors in May.”',
      ]),
    ).toEqual([null]);
  });
});

describe('lowerRoleAppositiveComma', () => {
  /** A name slot over tokens [from, to). */
  const name = (from: number, to: number): Slot => ({
    from,
    to,
    kind: 'name',
    text: 'Ann Hale',
    ids: ['ann hale'],
    typo: false,
    determiner: null,
    entity: 'ann hale',
    subject: true,
    resolved: true,
  });
  it('finds the comma before a lower-case role after a name, up to the comma closing it', () => {
    const tokens = spacedTokens('Ann Hale , the firm’s director of quality , who came over in 2019 , said');
    expect([lowerRoleAppositiveComma(tokens, [name(0, 2)], 8), lowerRoleAppositiveComma(tokens, [], 8)]).toEqual([
      2, -1,
    ]);
  });

  it('is -1 with no role noun, a capital inside or over eight tokens between the commas', () => {
    expect([
      lowerRoleAppositiveComma(
        spacedTokens('Ann Hale , the oldest of five , who grew up here , said'),
        [name(0, 2)],
        7,
      ),
      lowerRoleAppositiveComma(
        spacedTokens('Ann Hale , the Harbour head of sales , who joined , said'),
        [name(0, 2)],
        8,
      ),
      lowerRoleAppositiveComma(
        spacedTokens(
          'Ann Hale , the company’s newly appointed and very long serving head of sales , who joined , said',
        ),
        [name(0, 2)],
        15,
      ),
    ]).toEqual([-1, -1, -1]);
  });

  it('leaves the phrase before the name speaking (“A lawyer for NAME, the club’s head of security, who …, said”)', () => {
    expect(
      quoteSpeakers([
        'The club lost its appeal against the tribunal’s ruling on Friday afternoon.',
        'A lawyer for Tamsin Oduya, the club’s former head of security, who was dismissed in May, said the ruling was “a complete vindication”.',
      ]),
    ).toEqual([null]);
  });

  it('gives the quote of “NAME, the firm’s director of quality, who …, said” to NAME', () => {
    expect(
      quoteSpeakers([
        'The brewery will switch to a new hop variety for its pale ale from next spring.',
        'Tamsin Oduya, the firm’s director of quality, who came over from a rival brewer in 2019, said the new hops would be “the biggest gamble of the season”.',
      ]),
    ).toEqual(['Tamsin Oduya']);
  });
});

describe('the place a person is from set off after the name, before a relative clause and the speech verb', () => {
  const LEAD = 'Water bills across the valley rose again this spring, the third rise in three years.';

  it('gives the quote to the name before “from PLACE, who …, said”, with or without an age', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Pensioner Edwina Trusslove, 78, from Cardwick, who saw her bill rise by £64, said: “I have been turning the heating off at night to pay them.”',
        'Odell Quarmby, from Cardwick, who runs the post office, said: “Half my customers are asking me how to complain.”',
      ]),
    ).toEqual(['Edwina Trusslove', 'Odell Quarmby']);
  });

  it('still gives nobody the quote of “A nurse from PLACE, who would not give her name, said”', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'A nurse from Cardwick, who would not give her name, said: “We were never told the rise was coming.”',
      ]),
    ).toEqual([null]);
  });
});

describe('a restrictive “who” clause after somebody unnamed, before the speech verb (describedBeforeWho)', () => {
  const LEAD = 'A ferry skipper was hurt when a crane collapsed on the quay at Port Hallam on Sunday evening.';
  const REVEAL = 'The man, Ivo Marrack, 61, a retired docker, said he helped carry the skipper to a van.';
  const QUOTE = '“I heard the crash and I thought it was thunder,”';

  it('gives the quote to the person the next sentence names with “The man, NAME”, past the clause’s own nouns', () => {
    expect([
      quoteSpeakers([LEAD, `${QUOTE} a man who keeps a boat at the quay told this newspaper.`, REVEAL])[0],
      quoteSpeakers([LEAD, `${QUOTE} a man who keeps a boat at the quay said.`, REVEAL])[0],
    ]).toEqual(['Ivo Marrack', 'Ivo Marrack']);
  });

  it('leaves “NAME, 71, a former postwoman who said she had …” to the name the description is set off after', () => {
    expect(
      quoteSpeakers([
        LEAD,
        '“It is the only proper shop at this end of the harbour,” said Edda Voll, 71, a former postwoman who said she had bought her bread there “since the week it opened”.',
      ]),
    ).toEqual(['Edda Voll', 'Edda Voll']);
  });

  it('reads the description set off after a role in lower case (“The crane driver, a man who begged … said”)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Harbour master Ivo Marrack opened an inquiry into the collapse on Monday morning.',
        'The crane driver, a man who begged me to keep his name out of it because of the inquiry said the cable had snapped.',
        '“It went like a gunshot,” he said.',
      ]),
    ).toEqual([null]);
  });

  it('reads no clause whose words run past RESTRICTIVE_CLAUSE_WORDS or hold a capital', () => {
    expect([
      quoteSpeakers([
        LEAD,
        `${QUOTE} a man who has lived beside the quay with his wife and four dogs since the war told us.`,
        REVEAL,
      ])[0],
      quoteSpeakers([LEAD, `${QUOTE} a man who keeps a boat at Hallam Quay said.`, REVEAL])[0],
    ]).toEqual([null, null]);
  });
});

describe('a surname that is also a filler word before the speech verb (insideName)', () => {
  it('gives ““…,” Ms Were said” to the one named in full with the surname', () => {
    expect(
      quoteSpeakers([
        'Union organiser Tabitha Auma Were addressed the crowd at the depot gates on Tuesday morning before the vote.',
        '“We will not go back until every shilling is paid,” Ms Were said.',
      ]),
    ).toEqual(['Tabitha Auma Were']);
  });

  it('gives ““…,” Mr Still said” to the one named in full with the surname', () => {
    expect(
      quoteSpeakers([
        'Council engineer Harold Still inspected the footbridge over the canal on Monday with two colleagues.',
        '“The cracks are older than anyone here thought,” Mr Still said.',
      ]),
    ).toEqual(['Harold Still']);
  });
});

describe('a spokesperson for a titled name after lower-case role modifiers (pastRoleModifiers)', () => {
  for (const word of [...ROLE_MODIFIERS].sort())
    it(`gives “a spokesperson for ${word} Harbours Minister NAME said … “…”” to nobody, not to the name`, () => {
      expect(
        quoteSpeakers([
          'Boats stayed in the harbour for a third day on Friday as the dispute over the winter quota dragged on.',
          `A spokesperson for ${word} Harbours Minister Oskar Lindqvist said the quota was “under close review this week”.`,
        ]),
      ).toEqual([null]);
    });

  it('gives “…, with former Premier NAME telling reporters: “…”” to the name: an absolute “with” brings in a speaker', () => {
    expect(
      quoteSpeakers([
        'Boats stayed in the harbour for a third day on Friday as the dispute over the winter quota dragged on.',
        'The quota vote passed by a single seat, with former Premier Oskar Lindqvist telling reporters: “This is a dark day for the coast.”',
      ]),
    ).toEqual(['Oskar Lindqvist']);
  });

  it('gives “Harbours Minister NAME said … “…”” to the name when no link stands before the modifiers', () => {
    expect(
      quoteSpeakers([
        'Boats stayed in the harbour for a third day on Friday as the dispute over the winter quota dragged on.',
        'Federal Harbours Minister Oskar Lindqvist said the quota was “under close review this week”.',
      ]),
    ).toEqual(['Oskar Lindqvist']);
  });
});

describe('a passive of perceiving before the speech verb’s gerund (pastPerceivedSpeaking)', () => {
  const LEAD =
    'The inquiry into the runway overrun resumed on Monday with evidence from first officer Pieter Vanlandt.';
  const WORDS = '“Too fast, shall we break off and try again?”';
  for (const participle of [...PERCEIVED_SPEAKING].sort())
    it(`gives “… in which Mr NAME was ${participle} saying: “…”” to NAME`, () => {
      expect(
        quoteSpeakers([LEAD, `The panel was shown a clip in which Mr Vanlandt was ${participle} saying: ${WORDS}`]),
      ).toEqual(['Pieter Vanlandt']);
    });
  it('gives “The man who attacked NAME can be heard shouting: “…”” to nobody, the name the object of the “who” clause', () => {
    expect(
      quoteSpeakers([LEAD, 'The man who attacked Pieter Vanlandt can be heard shouting: “Get out of my shop now.”']),
    ).toEqual([null]);
  });

  for (const modal of [...PERCEIVING_MODALS].sort())
    it(`gives “… in which Mr NAME ${modal} be heard saying: “…”” to NAME`, () => {
      expect(
        quoteSpeakers([LEAD, `The panel was shown a clip in which Mr Vanlandt ${modal} be heard saying: ${WORDS}`]),
      ).toEqual(['Pieter Vanlandt']);
    });
});
