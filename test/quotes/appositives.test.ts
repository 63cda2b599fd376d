// Appositives between a name and its speech verb, seen through tokens and through the quotes they attribute.
import { describe, expect, it } from 'vitest';
import { pastLongAppositive, pastUnclosedAppositive } from '../../src/quotes/verbReach.ts';
import { ROLE_OBJECT_LINKS } from '../../src/quotes/rolePhrases.ts';
import { attributed, spacedTokens } from './fixtures.ts';

describe('pastUnclosedAppositive', () => {
  it('returns the speech verb when a role in lower case runs to it with no comma', () => {
    const tokens = spacedTokens(
      'Ann Lee , spokeswoman for the ferry operators group Tidewell yesterday said sailings would resume',
    );
    expect(pastUnclosedAppositive(tokens, 2)).toBe(11);
  });

  it('reads past an opening article before the role (“, a spokesman for …”)', () => {
    const tokens = spacedTokens('Ann Lee , a spokesman for Tidewell said talks were vital');
    expect(pastUnclosedAppositive(tokens, 2)).toBe(7);
  });

  it('reads past one lower-case word qualifying the role (“, operations manager at Tidewell said”)', () => {
    const tokens = spacedTokens('Ann Lee , operations manager at Tidewell said bookings had doubled');
    expect(pastUnclosedAppositive(tokens, 2)).toBe(7);
  });

  it('returns k when neither of the first two words is a role (“, last week at Tidewell said”)', () => {
    const tokens = spacedTokens('Ann Lee , last week at Tidewell said bookings had doubled');
    expect(pastUnclosedAppositive(tokens, 2)).toBe(2);
  });

  it('returns k when a comma closes the appositive before the verb', () => {
    const tokens = spacedTokens('Ann Lee , spokeswoman for Tidewell , said talks were vital');
    expect(pastUnclosedAppositive(tokens, 2)).toBe(2);
  });

  it('returns k when the words after the comma open no role (“, who …”)', () => {
    const tokens = spacedTokens('Ann Lee , who runs Tidewell said talks were vital');
    expect(pastUnclosedAppositive(tokens, 2)).toBe(2);
  });

  it('returns k when a quote comes before any speech verb', () => {
    const tokens = spacedTokens('Ann Lee , spokeswoman for Tidewell QUOTE said');
    expect(pastUnclosedAppositive(tokens, 2)).toBe(2);
  });
});

describe('an unclosed appositive before the speech verb', () => {
  it('gives the quotes after “NAME, spokeswoman for the group BODY last night said” to the person, not the body', () => {
    expect(
      attributed([
        'Mira Castell, spokeswoman for the ferry operators’ group Westlea last night said a deal was within reach.',
        '“Nobody gains from another week of cancelled sailings,” she said.',
      ]),
    ).toEqual([['Nobody gains from', 'Mira Castell', 'she said']]);
  });

  it('gives “…,” NAME, BODY’s head of supply chains, told reporters to the person the appositive follows', () => {
    expect(
      attributed([
        'Shares in the carmaker rose on Thursday after it raised its forecast for the year.',
        '“We have cut our costs every quarter,” Noriko Hatanaka, Harlow’s head of supply chains, told reporters.',
      ]),
    ).toEqual([['We have cut', 'Noriko Hatanaka', 'Noriko Hatanaka, Harlow’s head of supply chains, told']]);
  });

  it('reads past an appositive ending in a quoted title that holds its comma, no quote (“NAME, a producer on “Title,” told”)', () => {
    expect(
      attributed([
        'The festival opened on Wednesday with a row over the jury president’s remarks about one of the films.',
        'Later, Marco Vettori, an Italian producer on “The Long Winter,” told a news agency that he was upset.',
        'He said he might “pull the film from the festival” unless the jury apologised.',
      ]),
    ).toEqual([['pull the film', 'Marco Vettori', 'He said']]);
  });

  it('does not read past a capitalised word after the comma that owns nothing (“NAME, Harlow Motors, …”)', () => {
    const tokens = spacedTokens('Ann Lee , Harlow head of supply chains , said costs fell');
    expect(pastLongAppositive(tokens, 2)).toBe(2);
  });

  it('reads past a body’s capitalised name and a role in lower case closing it (“NAME, Kestrel Ward matron, said”)', () => {
    expect([
      pastLongAppositive(spacedTokens('Ann Lee , Kestrel Ward matron , said costs fell'), 2),
      pastLongAppositive(spacedTokens('Ann Lee , Harbour Town head coach , said costs fell'), 2),
      pastLongAppositive(spacedTokens('Ann Lee , Kestrel Ward , said costs fell'), 2),
    ]).toEqual([7, 8, 2]);
  });

  it('gives the quote after “NAME, Kestrel Ward matron, said:” to the person', () => {
    expect(
      attributed([
        'The new ward at the county hospital took its first patients on Monday after a year of building work.',
        'Ann Lee, Kestrel Ward matron, said: “Every bed is full already and the staff are coping well.”',
      ]),
    ).toEqual([['Every bed is', 'Ann Lee', 'Ann Lee, Kestrel Ward matron, said']]);
  });

  it('still gives “NAME, co-founder of BODY commented” to the person', () => {
    expect(
      attributed([
        'Owen Hale, co-founder of Brewline commented that the deal was close.',
        '“We will keep talking until there is an agreement on the table,” he said.',
      ]),
    ).toEqual([['We will keep', 'Owen Hale', 'he said']]);
  });

  for (const link of [...ROLE_OBJECT_LINKS].sort()) {
    it(`gives “NAME, spokeswoman ${link} Judge OTHER, said … “…”” to NAME, not to the role's object`, () => {
      expect(
        attributed([
          'The trial of the former harbour master was put back to June on Tuesday.',
          `Ria Domanski, spokeswoman ${link} Judge Alan Verhoef, said the court would not comment “while the case is open.”`,
        ]),
      ).toEqual([['while the case', 'Ria Domanski', `Ria Domanski, spokeswoman ${link} Judge Alan Verhoef, said`]]);
    });
  }

  it('gives “…,” NAME, who lives in PLACE, WIDER PLACE, said to the name before the relative clause', () => {
    expect(
      attributed([
        'Owen Tarrant Hale turned 100 on Saturday with four generations of his family around him in the garden.',
        '“He never once complained about anything,” Hale, who has since moved to Port Arlen, Vermont, said of his father.',
      ]),
    ).toEqual([['He never once', 'Owen Tarrant Hale', 'Hale, who has since moved to Port Arlen, Vermont, said']]);
  });

  it('gives “…,” NAME, the ROLE … (no verb at all) and the “he said” after it to the name', () => {
    expect(
      attributed([
        'The storm passed over the coast on Tuesday night, bringing down power lines across three counties.',
        '“The damage to homes is heavy,” Varosh Telkari, the senior police commander for the Tarrow district worst-affected by the flood. “But nobody was hurt,” he said.',
      ]).map(([words, speaker]) => [words, speaker]),
    ).toEqual([
      ['The damage to', 'Varosh Telkari'],
      ['But nobody was', 'Varosh Telkari'],
    ]);
  });

  it('gives “NAME, who has been with A, B, and C, commented: “…”” to the name before the relative clause', () => {
    expect(
      attributed([
        'Westfield Rovers signed the winger Marco Ilves on a three-year deal last night.',
        'Ilves, who has also been with Porto, Lyon, and Ajax, commented: “I am glad to sign for this club today.”',
      ]),
    ).toEqual([['I am glad', 'Marco Ilves', 'Ilves, who has also been with Porto, Lyon, and Ajax, commented']]);
  });

  it('gives “… such as Representative NAME (D-Ohio), who said … was “…”” to the name the relative clause follows', () => {
    expect(
      attributed([
        'The closure of the plant was quickly criticised by local lawmakers like Representative Dana Kolb (D-Ohio), who said in a statement the decision was “a betrayal of the valley.”',
      ]),
    ).toEqual([['a betrayal of', 'Dana Kolb', 'Representative Dana Kolb (D-Ohio), who said']]);
  });

  it('gives nothing to a “who said” with no name before its comma (“the workers, who said …”)', () => {
    expect(
      attributed([
        'The plant’s closure was quickly criticised by its workers, who said in a statement the decision was “a betrayal of the valley.”',
      ]).map(([words, speaker]) => [words, speaker]),
    ).toEqual([['a betrayal of', null]]);
  });

  it('gives “In a statement NAME, site manager for BODY at PLACE said: “…”” to the person', () => {
    expect(
      attributed([
        'The brewery at Tarrow will close in March with the loss of 80 jobs, its owners said on Monday.',
        'In a statement Owen Hale, site manager for Brewline at Tarrow said: “We have tried every other way to keep the site open.”',
      ]),
    ).toEqual([['We have tried', 'Owen Hale', 'Owen Hale, site manager for Brewline at Tarrow said']]);
  });
});

describe('a name set off after a role with a place’s possessive before it', () => {
  it('speaks for the role (“That coach, Velmir’s Ana Ruiz, said …”), not for the holder of the role named before', () => {
    expect(
      attributed([
        'Harbour coach Tom Reed said his side had run out of legs, and that the other coach had smiled at the end.',
        'That coach, Velmir’s Ana Ruiz, said the point was “fair on the day for both clubs”.',
      ]),
    ).toEqual([['fair on the', 'Ana Ruiz', 'Ana Ruiz, said']]);
  });
});

describe('a bracket between a role and the name set off after it', () => {
  it('gives a later “he said” to a one-word name after “the regional secretary of Solidar (North West),”', () => {
    expect(
      attributed([
        'In a radio interview, the regional secretary of Solidar (North West), Obiorah, rejected claims that members had shut the market.',
        '“Our members were at home when the gates were locked,” he said.',
      ]),
    ).toEqual([['Our members were', 'Obiorah', 'he said']]);
  });

  it('leaves “he said” unattributed when a bracket too long for an acronym stands before the name', () => {
    expect(
      attributed([
        'In a radio interview, the regional secretary of Solidar (which was set up in the town in 1962 by stallholders), Obiorah, rejected claims that members had shut the market.',
        '“Our members were at home when the gates were locked,” he said.',
      ]),
    ).toEqual([['Our members were', null, 'he said']]);
  });
});

describe('an address or a stray comma between a name and its verb', () => {
  const LEAD = 'Staff at the biscuit bakery learned on Tuesday that the ovens would go cold by spring.';

  it('gives “NAME, 41, of Orchard Close, Fenby, said: “…”” to the name, not the street', () => {
    expect(
      attributed([
        LEAD,
        'Night-shift supervisor Priya Lal, 41, of Orchard Close, Fenby, said: “We only heard about it from a text message.”',
      ]),
    ).toEqual([['We only heard', 'Priya Lal', 'Priya Lal, 41, of Orchard Close, Fenby, said']]);
  });

  it('gives “NAME of PLACE, WIDER PLACE, said” to the name without an age', () => {
    expect(
      attributed([LEAD, 'Priya Lal from Upper Dell, Fenby, said: “Half this street works at the bakery.”']),
    ).toEqual([['Half this street', 'Priya Lal', 'Priya Lal from Upper Dell, Fenby, said']]);
  });

  it('gives “ROLE NAME, said: “…”” with a stray comma to the name', () => {
    expect(
      attributed([
        LEAD,
        'Longtime neighbour and fellow allotment holder Rosa Quint, said: “She grew the best marrows in the county.”',
      ]),
    ).toEqual([['She grew the', 'Rosa Quint', 'holder Rosa Quint, said']]);
  });

  it('gives “…,” NAME — an aside with commas — told the group to the name before the aside', () => {
    expect(
      attributed([
        'Hundreds of miners’ families walked from the pithead to the town hall on Sunday.',
        '“We will keep walking until they listen,” Esme Hartigan — the widow of a miner, killed at the pit in 1990 — told the group.',
      ]),
    ).toEqual([
      ['We will keep', 'Esme Hartigan', 'Esme Hartigan — the widow of a miner, killed at the pit in 1990 — told'],
    ]);
  });
});

describe('a body closing the appositive between a name and its verb', () => {
  const LEAD = 'The quarry firm was fined on Tuesday for years of dust blowing over the village school next door.';
  it('gives “NAME, founder of the group BODY, said the fine was “…”” to the name, not the body', () => {
    expect(
      attributed([
        LEAD,
        'Mairead Coyle, founder of the group Clear Air Dunmore, said the fine was "pocket change for a quarry that size".',
      ]),
    ).toEqual([['pocket change for', 'Mairead Coyle', 'Mairead Coyle, founder of the group Clear Air Dunmore, said']]);
  });

  it('gives “NAME, an analyst at BODY, a think tank, said” to the name, and “BODY, a think tank, said” to the body', () => {
    expect([
      attributed([
        LEAD,
        'Oisin Tarrant, a policy analyst at the Dunmore-based Harbour Institute, a think tank, said the fine was "pocket change for a quarry that size".',
      ]),
      attributed([
        LEAD,
        'The Harbour Institute, a think tank, said the fine was "pocket change for a quarry that size".',
      ]),
      attributed([
        LEAD,
        'In a letter to Oisin Tarrant, the Harbour Institute, a think tank, said the fine was "pocket change for a quarry that size".',
      ]),
    ]).toEqual([
      [
        [
          'pocket change for',
          'Oisin Tarrant',
          'Oisin Tarrant, a policy analyst at the Dunmore-based Harbour Institute, a think tank, said',
        ],
      ],
      [['pocket change for', 'Harbour Institute', 'Harbour Institute, a think tank, said']],
      [['pocket change for', 'Harbour Institute', 'Harbour Institute, a think tank, said']],
    ]);
  });

  it('gives “Sen. NAME (D-Ore.), ROLE, has … but told X that … “…”” to the senator', () => {
    expect(
      attributed([
        LEAD,
        'Sen. Ailbhe Corrigan (D-Ore.), the committee’s senior Democrat, has long opposed new rules but told the firm that its reports were "plainly not good enough".',
      ]).map(([words, speaker]) => [words, speaker]),
    ).toEqual([['plainly not good', 'Ailbhe Corrigan']]);
  });

  it('gives “NAME, Leader of the Council, BODY Council, said” to the name', () => {
    expect(
      attributed([
        LEAD,
        'Ann Brodie, chair of the committee, Dunmore Parish Council, said it was "far too little, far too late".',
      ]),
    ).toEqual([['far too little,', 'Ann Brodie', 'Ann Brodie, chair of the committee, Dunmore Parish Council, said']]);
  });
});

describe('a body written in lower case after the name', () => {
  it('gives “NAME of the social welfare department said” to the name, not to the body', () => {
    expect(
      attributed([
        'A state audit of storm relief found that a third of the food packs bought last year could not be traced.',
        'Usec. Liza Marano of the social welfare department said the findings were "deeply concerning to all of us".',
      ]),
    ).toEqual([['deeply concerning to', 'Liza Marano', 'Usec. Liza Marano of the social welfare department said']]);
  });

  it('leaves the quote to nobody when no name stands before “of the” (“Officials of the welfare department said”)', () => {
    expect(
      attributed([
        'A state audit of storm relief found that a third of the food packs bought last year could not be traced.',
        'Officials of the social welfare department said the findings were "deeply concerning to all of us".',
      ]),
    ).toEqual([['deeply concerning to', null, 'the social welfare department said']]);
  });
});

describe('a body in lower case and the place it is in, between a name and its verb', () => {
  it('gives “NAME of the state university in PLACE said “…”” to the name, not the place', () => {
    expect(
      attributed([
        'A strong earthquake shook the southern highlands on Tuesday, damaging hundreds of adobe homes in three towns.',
        'Geologist Marisol Quenta of the state university in Quito said the fault had been "asleep since long before the railway came".',
      ]),
    ).toEqual([
      ['asleep since long', 'Marisol Quenta', 'Geologist Marisol Quenta of the state university in Quito said'],
    ]);
  });
});
