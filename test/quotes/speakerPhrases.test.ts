// The speaker phrase next to a speech verb, seen through the quotes it attributes.
import { describe, expect, it } from 'vitest';
import { AUTHORED_DOCUMENTS, FINDINGS_DOCUMENTS, OCCASIONS } from '../../src/quotes/clauses.ts';
import { SPEECH_NOUNS } from '../../src/quotes/lexicon.ts';
import { NAME_CONNECTORS, ROLE_BODY_LINKS, UNNAMED_WHO_OPENERS } from '../../src/quotes/phraseBefore.ts';
import { SEAT_ROLES } from '../../src/quotes/roleLexicon.ts';
import { SCHOOL_YEAR_WORDS } from '../../src/quotes/speakerPhrases.ts';
import {
  DOCUMENT_READING_VERBS,
  DOCUMENT_VERBS,
  OWNING_PRONOUNS_OF_DOCUMENTS,
} from '../../src/quotes/roleReference.ts';
import { attributed, quoteSpeakers } from './fixtures.ts';

describe('the speaker phrase before a speech verb', () => {
  it('gives “NAME of PLACE said” to the person, not the place', () => {
    expect(
      attributed([
        'Leaders around the world reacted on Sunday to the result of the run-off vote.',
        'Chancellor Greta Vogt of Germany said the result was “good news for Europe and for the world.”',
      ]),
    ).toEqual([['good news for', 'Greta Vogt', 'Chancellor Greta Vogt of Germany said']]);
  });

  it('reads past a reflexive pronoun between the name and the verb (“Costa himself told”)', () => {
    expect(
      attributed([
        'The defeated candidate, Rui Costa, has yet to concede the run-off vote.',
        'Costa himself told supporters on Monday: “This fight is not over, not by a long way.”',
      ]),
    ).toEqual([['This fight is', 'Rui Costa', 'Costa himself told']]);
  });
});

describe('a body or place owning the name after it (“Tidewell’s …”)', () => {
  it('gives “BODY’s Sir NAME made a speech …, declaring the town “…”” to the name', () => {
    expect(
      attributed([
        'Tidewell’s Sir Anton Marle made a short speech at the quay on Friday after the vote, declaring the town “open for business again”.',
      ]),
    ).toEqual([
      [
        'open for business',
        'Anton Marle',
        'Sir Anton Marle made a short speech at the quay on Friday after the vote, declaring',
      ],
    ]);
  });

  it('gives “BODY’s chief executive NAME spoke …, promising “…”” to the name after the role', () => {
    expect(
      attributed([
        'Tidewell’s chief executive Ann Hale spoke at the quay on Friday, promising a ferry “for every season of the year”.',
      ]),
    ).toEqual([['for every season', 'Ann Hale', 'Ann Hale spoke at the quay on Friday, promising']]);
  });
});

describe('a person owning a show or body, then a role and a name (“NAME’s Show co-star NAME …”)', () => {
  it('gives “NAME’s SHOW co-star NAME was among the first …, writing: “…”” to the name after the role', () => {
    expect(
      attributed([
        'The singer Ava Marle announced the end of her marriage in a post on Monday night.',
        'Marle’s Harbour Lights co-star Tessa Gale replied under the post within minutes, writing: “Always in your corner, friend.”',
      ]).map((row) => row.slice(0, 2)),
    ).toEqual([['Always in your', 'Tessa Gale']]);
  });
});

describe('a document owned by a he or she', () => {
  for (const document of [...AUTHORED_DOCUMENTS].sort()) {
    it(`gives “…,” his ${document} said to the person “his” stands for`, () => {
      expect(
        attributed([
          'Mayor Tomas Ilves wrote to the regional government on Monday about the flooded road.',
          `“The road has now been closed for six weeks and the town cannot wait any longer,” his ${document} said.`,
        ]),
      ).toEqual([['The road has', 'Tomas Ilves', `his ${document} said`]]);
    });
  }
});

describe('a findings document speaking for the one the article says wrote it (FINDINGS_DOCUMENTS)', () => {
  for (const document of [...FINDINGS_DOCUMENTS].sort()) {
    it(`gives “…,” the ${document} said to the one whose ${document} a possessive made it`, () => {
      expect(
        attributed([
          `Judge Ysolde Ambrell, in her nine-page ${document}, found that the garage had overcharged the driver.`,
          'The garage did not take part in the hearing.',
          `“Nothing in the invoices explains the second labour charge,” the ${document} said.`,
        ]).map(([, speaker, cue]) => [speaker, cue]),
      ).toEqual([['Ysolde Ambrell', `the ${document} said`]]);
    });

    it(`gives “…,” said the ${document} to the subject of a sentence opening “In a ${document}”`, () => {
      expect(
        attributed([
          `In a ${document} released on Monday, the examiner, Tobin Quarrie, found the ferry’s lifejackets out of date.`,
          `“Three of the four lockers had not been opened in years,” said the ${document}.`,
        ]).map(([, speaker]) => speaker),
      ).toEqual(['Tobin Quarrie']);
    });

    it(`gives “The ${document} states …” to nobody when no sentence says whose the ${document} is`, () => {
      expect(
        attributed([
          `Club secretary Tobin Quarrie said nobody had asked the members before the ${document} came out.`,
          `The ${document}, due before the cabinet next month, states that the pitch is “rarely used on weekdays”.`,
        ]).map(([, speaker]) => speaker),
      ).toEqual([null]);
    });
  }
});

describe('a reply or other words owned by a he or she (SPEECH_NOUNS)', () => {
  for (const noun of [...SPEECH_NOUNS].filter((n) => !AUTHORED_DOCUMENTS.has(n)).sort()) {
    it(`gives “Her ${noun} said the town “…”” to the person “her” stands for`, () => {
      expect(
        attributed([
          'Mayor Tessa Ilves wrote back to the regional government on Monday about the flooded road.',
          `Her ${noun} said the town “cannot wait another six weeks for the road” and would pay for it.`,
        ]),
      ).toEqual([['cannot wait another', 'Tessa Ilves', `Her ${noun} said`]]);
    });
  }
});

describe('a reply to something a he or she owns', () => {
  for (const noun of ['reply', 'letter'])
    it(`gives “A ${noun} to her complaint said …” to nobody, not to the woman whose complaint it answers`, () => {
      expect(
        attributed([
          'A pensioner who waited eleven hours for an ambulance after a fall has had an apology from the health board.',
          `Tessa Ilves, 84, wrote to the board in March. A ${noun} to her complaint said the delay was “wholly unacceptable”.`,
        ]).map(([, speaker]) => speaker),
      ).toEqual([null]);
    });
});

describe('a document its author made with a verb', () => {
  for (const [document, verbs] of [...DOCUMENT_VERBS].sort(([a], [b]) => a.localeCompare(b))) {
    for (const verb of [...verbs].sort()) {
      it(`gives “…,” the ${document} added to the one who ${verb} it`, () => {
        expect(
          attributed([
            `Ana Ruiz, spokesperson of the Harbour Board ${verb}: "The ferry will run again from Monday morning."`,
            `"Every crossing this week is free of charge for residents," the ${document} added.`,
          ]).map(([, speaker]) => speaker),
        ).toEqual(['Ana Ruiz', 'Ana Ruiz']);
      });
    }
  }
});

describe('a document a body the subject owns issued', () => {
  it('gives “…,” the statement said to nobody, not to the role holder (“The harbourmaster’s office issued a statement”)', () => {
    expect(
      attributed([
        'Harbourmaster Ana Ruiz said on Monday that the ferry would run again once the storm passed.',
        'The harbourmaster’s office issued a statement later urging residents to stay off the sea wall.',
        '"The sea wall path will stay closed until the engineers have inspected it," the statement said.',
      ]).map(([, speaker]) => speaker),
    ).toEqual([null]);
  });
});

describe('a name after a role’s “of” or “for”', () => {
  it('is the role’s body, not the speaker (“NAME, spokesperson of Harbour MoT tweeted”)', () => {
    expect(
      attributed([
        'The ferry strike ended on Friday after two weeks of talks between the unions and the board.',
        'After the talks, Ana Ruiz, spokesperson of Harbour MoT tweeted, "The ferry will run again from Monday morning."',
      ]),
    ).toEqual([['The ferry will', 'Ana Ruiz', 'spokesperson of Harbour MoT tweeted']]);
  });
});

describe('the speaker phrase after a speech verb', () => {
  const LEAD = 'Westfield Rovers were relegated on Saturday after a heavy defeat at home to their local rivals.';
  const QUOTE = '“We will be back next season, stronger than before, and I promise our fans that,”';

  it('gives “said the BODY ROLE, NAME” to the name, not to the body whose role it is', () => {
    expect(attributed([LEAD, `${QUOTE} said the Westfield Rovers chairman, Tom Lee.`])).toEqual([
      ['We will be', 'Tom Lee', 'said the Westfield Rovers chairman, Tom Lee'],
    ]);
  });

  it('gives “said the BODY ROLE ROLE NAME” with a role of two words to the name', () => {
    expect(attributed([LEAD, `${QUOTE} said the Acme Corp chief executive Tom Lee.`])).toEqual([
      ['We will be', 'Tom Lee', 'said the Acme Corp chief executive Tom Lee'],
    ]);
  });

  it('does not read a name past a word that is no role after the body (“said the Acme Corp on Monday as NAME left”)', () => {
    expect(attributed([LEAD, `${QUOTE} said the Acme Corp on Monday as Tom Lee left.`])[0]?.[1]).not.toBe('Tom Lee');
  });

  it('gives “said a disappointed NAME” to the name after the words describing the person', () => {
    const named = 'Manager Tom Lee watched the last ten minutes from the stand after being sent off.';
    expect(attributed([LEAD, named, `${QUOTE} said a visibly shaken Tom Lee afterwards.`])).toEqual([
      ['We will be', 'Tom Lee', 'said a visibly shaken Tom Lee'],
    ]);
  });

  it('does not read a name past a stop word after the determiner (“said a few of Tom Lee’s players”)', () => {
    const named = 'Manager Tom Lee watched the last ten minutes from the stand after being sent off.';
    expect(attributed([LEAD, named, `${QUOTE} said a few of Tom Lee’s players.`])[0]?.[1]).toBeNull();
  });
});

describe('an appositive of a role and a name before the verb', () => {
  it('gives “DESCRIPTION, ROLE NAME, posted …: “…”” to the name, not to the description', () => {
    expect(
      attributed([
        'Aravia’s president, Idris Long, signed the accord on Tuesday in the lakeside town.',
        'His counterpart, Tolmark’s president Viktor Hale, posted a photograph of the signed document with four short sentences: “Twelve years. Too many graves. Never again.”',
      ]),
    ).toEqual([['Twelve years. Too', 'Viktor Hale', 'Viktor Hale, posted']]);
  });

  it('gives “OWNER’s barrister, NAME KC, said his client was “…”” to the barrister', () => {
    expect(
      attributed([
        'A builder was jailed for nine years on Friday over the death of an apprentice.',
        'Pollard’s barrister, Simon Tate KC, said his client was “a broken man who has thought of nothing else”.',
      ]),
    ).toEqual([['a broken man', 'Simon Tate', 'Simon Tate KC, said']]);
  });
});

describe('a body named after the role of a person before the verb', () => {
  it('gives “NAME, ROLE, BODY, said: “…”” to the person, not to the body of the role', () => {
    expect(
      attributed([
        'The council lost its case against the housing plan at the High Court on Tuesday.',
        'Cllr Mara Quint, Leader of the Council, Harwick Borough Council, said: “We regret the ruling and will read it with care.”',
      ]),
    ).toEqual([
      ['We regret the', 'Mara Quint', 'Cllr Mara Quint, Leader of the Council, Harwick Borough Council, said'],
    ]);
  });
});

describe('a source a report quotes before the verb', () => {
  it('does not give “REPORT, quoting ROLE NAME, said: “…”” to the name the report quotes', () => {
    expect(
      attributed([
        'The weekly paper ran a long story about the harbour dispute on Friday.',
        'The story, quoting union organiser Declan Hurst, said: “The port has been run for the owners and nobody else.”',
      ]),
    ).toEqual([['The port has', null, 'The story, quoting union organiser Declan Hurst, said']]);
  });
});

describe('a name with an age and a "who" clause before the verb', () => {
  it('gives “…,” NAME, 54, who …, told X to the name, not to the age and clause', () => {
    expect(
      attributed([
        'Councillor Ana Ortiz voted for the new housing plan for the eastern districts on Tuesday night.',
        '“It is a good day for the city and for everyone in it,” Ortiz, 54, who represents the east side, told the Herald.',
      ]),
    ).toEqual([['It is a', 'Ana Ortiz', 'Ortiz, 54, who represents the east side, told']]);
  });
});

describe('relative clauses nested between a name and its verb', () => {
  it('gives NAME, who … ROLE NOUN, which …, said: “…” to the name, not to the noun the inner clause is about', () => {
    expect(
      attributed([
        'The city council met on Monday night to approve the annual budget and a new parking plan.',
        'Councillor Ruth Adeyemi, who has represented the ward since 2011 and chairs the housing committee, which oversees the plan, said: “This is the worst budget I have seen.”',
      ]),
    ).toEqual([
      [
        'This is the',
        'Ruth Adeyemi',
        'Councillor Ruth Adeyemi, who has represented the ward since 2011 and chairs the housing committee, which oversees the plan, said',
      ],
    ]);
  });
});

describe('a role written as a title between a name and the body a “which” is of', () => {
  it('gives NAME, Managing Director of BODY, which …, said: “…” to the name', () => {
    expect(
      attributed([
        'Repair shops have been getting ready for the brake recall for several weeks.',
        'Ingrid Tarrance, Managing Director of WheelWorks, which runs 64 repair shops, said: “Every mechanic has been trained on the new part.”',
      ]),
    ).toEqual([
      [
        'Every mechanic has',
        'Ingrid Tarrance',
        'Ingrid Tarrance, Managing Director of WheelWorks, which runs 64 repair shops, said',
      ],
    ]);
  });
});

describe('a name that is the object of a preposition before the verb', () => {
  const LEAD = 'Senator Joan Pryce criticised the decision at the Capitol on Tuesday.';

  for (const phrase of ['A spokesman for Pryce', 'Officials close to Pryce', 'Opponents of Pryce']) {
    it(`gives “${phrase} said: “…”” to nobody, not to Pryce`, () => {
      expect(attributed([LEAD, `${phrase} said: “The senator will vote against the bill next week.”`])).toEqual([
        ['The senator will', null, `${phrase} said`],
      ]);
    });
  }

  for (const phrase of ['A source close to the senator', 'The husband of the senator']) {
    it(`gives “${phrase} said: “…”” to nobody, not to the person the role stands for`, () => {
      expect(
        attributed([LEAD, `${phrase} said: “She will vote against the bill next week, whatever happens.”`]),
      ).toEqual([['She will vote', null, `${phrase} said`]]);
    });
  }

  for (const body of ['the Lisbon Institute for Peace', 'the Bank of Portugal']) {
    it(`gives “Dr NAME of ${body} said” to the person, the body's name running over its connectors`, () => {
      expect(
        attributed([
          'World leaders reacted on Sunday to the result of the election, which surprised many observers abroad.',
          `Dr. Maria Santos of ${body} said the result was "a clear message to every capital in Europe."`,
        ]),
      ).toEqual([['a clear message', 'Maria Santos', `Dr. Maria Santos of ${body} said`]]);
    });
  }

  for (const connector of [...NAME_CONNECTORS].sort()) {
    it(`gives “Dr NAME of the Institut Aldo ${connector} la Recherche in PLACE said” to the person, over “${connector}” and two connectors together (NAME_CONNECTORS)`, () => {
      const body = `the Institut Aldo ${connector} la Recherche in Porto`;
      expect(
        attributed([
          'World leaders reacted on Sunday to the result of the election, which surprised many observers abroad.',
          `Dr. Maria Santos of ${body} said the result was "a clear message to every capital in Europe."`,
        ]),
      ).toEqual([['a clear message', 'Maria Santos', `Dr. Maria Santos of ${body} said`]]);
    });
  }

  for (const link of ['in', 'at']) {
    it(`gives “Dr NAME of BODY ${link} PLACE said” to the person, past the place the body is ${link} (BODY_PLACE_LINKS)`, () => {
      const body = `the Lisbon Institute for Peace ${link} Porto`;
      expect(
        attributed([
          'World leaders reacted on Sunday to the result of the election, which surprised many observers abroad.',
          `Dr. Maria Santos of ${body} said the result was "a clear message to every capital in Europe."`,
        ]),
      ).toEqual([['a clear message', 'Maria Santos', `Dr. Maria Santos of ${body} said`]]);
    });
  }

  for (const link of ['of the conservation group', 'from the youth charity', 'of a local residents association']) {
    it(`gives “NAME ${link} BODY praised …” and the “he said” after it to the person, not the body`, () => {
      expect(
        attributed([
          'The count of river otters took four weeks and covered every stretch of the valley, officials said.',
          `Biologist Tomas Kerrel ${link} Riverkeep praised the figures but doubted the method.`,
          '“The numbers are encouraging, but one count every four years is far from enough,” he said.',
        ]),
      ).toEqual([['The numbers are', 'Tomas Kerrel', 'he said']]);
    });
  }

  it('gives “Revenue and Disaster Management Minister NAME told” to the one minister, not to nobody as two speakers', () => {
    expect(
      attributed([
        'The flood toll in the state rose to 159 on Sunday as the river stayed above the danger mark.',
        'State Revenue and Disaster Management Minister Anil Barua told reporters: “Every family will get help within a week.”',
      ]),
    ).toEqual([['Every family will', 'Anil Barua', 'Disaster Management Minister Anil Barua told']]);
  });

  it('gives “NAME of ORGANISATION said” to the person, not the organisation', () => {
    expect(
      attributed([
        'Nordbank said on Monday that it would cut its forecast for the year.',
        'Hugo Lind of Nordbank said: “We expect prices to keep rising through the summer.”',
      ]),
    ).toEqual([['We expect prices', 'Hugo Lind', 'Hugo Lind of Nordbank said']]);
  });

  it('gives “…,” NAME of PLACE, WIDER PLACE, said to the person named nowhere else', () => {
    expect(
      attributed([
        'Farmers on the outer islands counted their losses a week after the cyclone passed.',
        '“The storm took half my crop and the rest will not be ready before spring,” Tomasi Vula of Nairai, Lomaiviti, said.',
      ]),
    ).toEqual([['The storm took', 'Tomasi Vula', 'Tomasi Vula of Nairai, Lomaiviti, said']]);
  });
});

describe('words between a name and its speech verb that do not change who speaks', () => {
  const LEAD = 'The prime minister faced questions in parliament on Wednesday about the rising cost of energy.';
  const QUOTE = '"too little and far too late for millions of families."';

  for (const between of ['(Labour)', 'on Monday', 'earlier this week']) {
    it(`gives “NAME ${between} said X was “…”” to the name, known as a person by it`, () => {
      expect(attributed([LEAD, `Tom Hale ${between} said the plan was ${QUOTE}`])).toEqual([
        ['too little and', 'Tom Hale', `Tom Hale ${between} said`],
      ]);
    });
  }

  for (const occasion of [...OCCASIONS].sort()) {
    const article = /^[aeiou]/u.test(occasion) ? 'an' : 'a';
    it(`gives “NAME in ${article} ${occasion} said X was “…”” to the name, not to the ${occasion}`, () => {
      expect(attributed([LEAD, `Tom Hale in ${article} ${occasion} said the plan was ${QUOTE}`])).toEqual([
        ['too little and', 'Tom Hale', `Tom Hale in ${article} ${occasion} said`],
      ]);
    });
  }
});

describe('a speaker phrase its writer left incomplete or titled with "the"', () => {
  it('gives “NAME, ROLE of BODY commented: “…”” (no comma closing the role) to the name, not the body', () => {
    expect(
      attributed([
        'Brewline opened a fourth bar in the city on Friday.',
        'Owen Hale, co-founder of Brewline commented: “Five years ago we had one tank and a van.”',
      ]),
    ).toEqual([['Five years ago', 'Owen Hale', 'Owen Hale, co-founder of Brewline commented']]);
  });

  it('gives “ROLE of BODY commented” without a name before it to nobody', () => {
    expect(
      attributed([
        'Brewline opened a fourth bar in the city on Friday.',
        'A co-founder of Brewline commented: “Five years ago we had one tank and a van.”',
      ]),
    ).toEqual([['Five years ago', null, 'A co-founder of Brewline commented']]);
  });

  it('gives ““…,” noted the Rev. NAME of PLACE” to the titled name after "the"', () => {
    expect(
      attributed([
        'Flooding reached the church hall in Dover on Monday.',
        '"This kind of storm has never come to the valley before," noted the Rev. Ann Berg of Grace Church in Dover.',
      ]),
    ).toEqual([['This kind of', 'Ann Berg', 'noted the Rev. Ann Berg']]);
  });
});

describe('a description set off between a quote and its speaker phrase', () => {
  for (const [description, phrase] of [
    ['his friend', 'former senator Jim Orr'],
    ["Hale's neighbour", 'former mayor and confidant Jim Orr'],
    ['his old friend', 'Jim Orr'],
    ['her long-time confidante', 'former senator Jim Orr'],
  ] as const) {
    it(`gives ““…,” ${description}, ${phrase}, said” to the name after the description`, () => {
      expect(
        attributed([
          'The old harbour master retired on Friday after forty years at the quay.',
          `"He knew every boat and every tide," ${description}, ${phrase}, said on Monday.`,
        ]),
      ).toEqual([['He knew every', 'Jim Orr', 'Jim Orr, said']]);
    });
  }

  it('does not pass over a capitalised name set off before the speaker phrase', () => {
    expect(
      attributed([
        'The old harbour master retired on Friday after forty years at the quay.',
        '"He knew every boat and every tide," Premier Ann Lee, former senator Jim Orr, said on Monday.',
      ]),
    ).toEqual([['He knew every', null, null]]);
  });
});

describe('a lower-case qualifier before the title opening a name run after a quote', () => {
  for (const qualifier of ['former', 'acting']) {
    it(`gives ““…,” ${qualifier} MLA NAME said” to the name`, () => {
      expect(
        attributed([
          'The old harbour master retired on Friday after forty years at the quay.',
          `"He knew every boat and every tide," ${qualifier} MLA Jim Orr said on Monday.`,
        ]),
      ).toEqual([['He knew every', 'Jim Orr', 'MLA Jim Orr said']]);
    });
  }

  it('does not pass over a lower-case word that qualifies no title', () => {
    expect(
      attributed([
        'The old harbour master retired on Friday after forty years at the quay.',
        '"He knew every boat and every tide," nearly MLA Jim Orr said on Monday.',
      ]),
    ).toEqual([['He knew every', null, null]]);
  });
});

describe('a role with a complement of plain words between the verb and the name', () => {
  it('gives ““…” said chair of the panel NAME” to the name after the complement', () => {
    expect(
      attributed([
        'The harbour board chose a design for the new lifeboat station on Tuesday.',
        '“It fits the sea wall and the old boathouse alike,” said chair of the panel Marta Ilves on the quay.',
      ]),
    ).toEqual([['It fits the', 'Marta Ilves', 'said chair of the panel Marta Ilves']]);
  });

  it('gives ““…” said head of communications NAME” to the name, the complement without “the”', () => {
    expect(
      attributed([
        'The ferry company cancelled its evening sailings because of the gales.',
        '“Safety has to come before the timetable,” said head of communications Pavel Ruud.',
      ]),
    ).toEqual([['Safety has to', 'Pavel Ruud', 'said head of communications Pavel Ruud']]);
  });

  it('gives “Minister for local government NAME, …, said: “…”” to the name after a portfolio after “for”', () => {
    expect(
      attributed([
        'The province launched a plan on Monday to take over councils that fail to collect their own rates.',
        'Provincial minister for local government Tandi Mokoena, speaking at the launch, said: "We cannot keep paying for councils that do not collect."',
      ]),
    ).toEqual([
      [
        'We cannot keep',
        'Tandi Mokoena',
        'Provincial minister for local government Tandi Mokoena, speaking at the launch, said',
      ],
    ]);
  });

  it('keeps a name after “for” and words of no portfolio a body’s (“director for applicant NAME”)', () => {
    expect(
      attributed([
        'The county refused permission on Monday for a waste incinerator on the edge of the town.',
        'Outside the chamber, Rory Quill, project director for applicant Stellan Power, told us the company would appeal.',
        '"We are disappointed, and we will take this to the planning inspector," he said.',
      ]),
    ).toEqual([['We are disappointed,', 'Rory Quill', 'he said']]);
  });

  it('leaves the quote to the role alone when more than two plain words follow its “of”', () => {
    expect(
      attributed([
        'The ferry company cancelled its evening sailings because of the gales.',
        '“Safety has to come before the timetable,” said the head of the company’s evening crews Pavel Ruud.',
      ]),
    ).toEqual([['Safety has to', null, 'said the head']]);
  });
});

describe('a document from an organisation, with an aside before its verb', () => {
  it('gives “A statement from BODY, which …, said: “…”” to the body that issued it', () => {
    expect(
      attributed([
        'The old swing bridge over the canal was closed to traffic on Monday after a crack was found.',
        'A statement from Riverbend Canal Trust, which has owned the bridge since 1990, said: “Engineers will spend the week checking every bolt.”',
      ]),
    ).toEqual([
      [
        'Engineers will spend',
        'Riverbend Canal Trust',
        'Riverbend Canal Trust, which has owned the bridge since 1990, said',
      ],
    ]);
  });

  it('leaves “A spokesman for BODY, which …, said” to nobody: the spokesman speaks, unnamed', () => {
    expect(
      attributed([
        'The old swing bridge over the canal was closed to traffic on Monday after a crack was found.',
        'A spokesman for Riverbend Canal Trust, which has owned the bridge since 1990, said: “Engineers will spend the week checking every bolt.”',
      ])[0]?.[1],
    ).toBe(null);
  });
});

describe('a possessed phrase opening a sentence', () => {
  const LEAD = 'Tributes were paid on Friday to the jockey Marc Lindqvist, who died after a fall on Thursday.';

  it('makes the person set off after “X’s old trainer at the yard,” the subject a later “he” goes on with', () => {
    expect(
      attributed([
        LEAD,
        'Lindqvist’s old trainer at the yard, Otto Brenner, could barely speak when he heard.',
        'He said: “He rode every horse as if it were his first winner.”',
      ]),
    ).toEqual([['He rode every', 'Otto Brenner', 'He said']]);
  });

  it('still gives “said X’s daughter NAME” to the name after the role', () => {
    expect(attributed([LEAD, '“He taught me to ride before I could walk,” said Lindqvist’s daughter Ebba.'])).toEqual([
      ['He taught me', 'Ebba', 'said Lindqvist’s daughter Ebba'],
    ]);
  });
});

describe('a sentence opening with a describing word, a role and a name, then a quote paragraph', () => {
  const LEAD = 'Staff at the biscuit bakery learned on Tuesday that the ovens would go cold by spring.';
  const QUOTE = '“Three generations of my family have kneaded dough in this building.”';

  for (const opening of [
    'Long-standing worker Mark Lewin, 53, of Fenwick Street, Hollowmere, has baked here since he left school.',
    'Hard-working machinist Mark Lewin has kept the ovens running for 30 years.',
    'Veteran shop steward Mark Lewin has represented the bakers since 1985.',
  ])
    it(`gives the quote paragraph to the name after “${opening.split(' ').slice(0, 3).join(' ')} …”`, () => {
      expect(attributed([LEAD, opening, QUOTE])).toEqual([['Three generations of', 'Mark Lewin', 'Mark Lewin']]);
    });

  it('still reads an opening participle clause (“Speaking to reporters, NAME said”) as no subject of its own', () => {
    expect(
      attributed([
        LEAD,
        'Speaking to reporters outside the gates, union official Ann Pole said: “We will fight this.”',
      ]),
    ).toEqual([['We will fight', 'Ann Pole', 'union official Ann Pole said']]);
  });
});

describe('a role holding a seat before its speech verb', () => {
  const ABBREVIATED = new Set(['mp', 'mla', 'mlc', 'mep']);
  for (const role of [...SEAT_ROLES].sort()) {
    const written = ABBREVIATED.has(role) ? role.toUpperCase() : role;
    it(`gives “The Labour ${written} for Westbury asked” to the person asking before`, () => {
      expect(
        attributed([
          'Tom Reyes asked about the branch line closures at question time on Tuesday.',
          `The Labour ${written} for Westbury asked: "Will the minister promise to reopen the line?"`,
        ]),
      ).toEqual([['Will the minister', 'Tom Reyes', `The Labour ${written} for Westbury asked`]]);
    });
  }

  it('still gives “a spokesman for NAME said” to nobody, a spokesman holding no seat', () => {
    expect(
      attributed([
        'Tom Reyes asked about the branch line closures at question time on Tuesday.',
        '"He will not be commenting further," a spokesman for Reyes said.',
      ]),
    ).toEqual([['He will not', null, 'a spokesman for Reyes said']]);
  });
});

describe('two roles of one person joined by “and”', () => {
  it('gives “…,” co-founder and CEO NAME said to the name', () => {
    expect(
      attributed([
        'The bakery chain closed nine of its shops on Tuesday after a poor winter.',
        '“We grew far too fast,” co-founder and CEO Tomas Lindqvist said on Tuesday.',
      ]),
    ).toEqual([['We grew far', 'Tomas Lindqvist', 'co-founder and CEO Tomas Lindqvist said']]);
  });

  it('gives “President and CEO NAME said: “…”” to the name', () => {
    expect(
      attributed([
        'The bakery chain closed nine of its shops on Tuesday after a poor winter.',
        'President and CEO Mark Okafor said: “We will rebuild this company from the ground up.”',
      ]),
    ).toEqual([['We will rebuild', 'Mark Okafor', 'President and CEO Mark Okafor said']]);
  });

  it('gives “…,” said co-founder and chief executive NAME to the name after the second role', () => {
    expect(
      attributed([
        'The bakery chain closed nine of its shops on Tuesday after a poor winter.',
        '“We must change how we work,” said co-founder and chief executive Ana Ruiz.',
      ]),
    ).toEqual([['We must change', 'Ana Ruiz', 'said co-founder and chief executive Ana Ruiz']]);
  });

  it('gives nobody “the mayor and Senator NAME said”, where a determiner makes the first role a person of its own', () => {
    expect(
      attributed([
        'The bridge reopened on Tuesday after a long winter of repairs.',
        'The mayor and Senator Ana Ruiz said: “This bridge belongs to everyone in the valley.”',
      ]),
    ).toEqual([['This bridge belongs', null, 'mayor and Senator Ana Ruiz said']]);
  });
});

describe('a titled name after a role', () => {
  it('gives “…,” said co-author Professor NAME to the name, the title opening its run inside the role phrase', () => {
    expect(
      attributed([
        'The team named the new beetle after the villages that protected the valley from logging.',
        '“Those villages kept the valley alive, and the beetle with it,” said co-author Professor Tomas Lindqvist.',
      ]),
    ).toEqual([['Those villages kept', 'Tomas Lindqvist', 'said co-author Professor Tomas Lindqvist']]);
  });
});

describe('friends and pals', () => {
  it('gives nobody “Pals say …”, a group of people, and makes no person of it', () => {
    expect(
      attributed([
        'The presenter quit the Saturday night show after six years on Friday.',
        'Pals say she is already in talks about a “really special” role on a radio station.',
      ]),
    ).toEqual([['really special', null, 'Pals say']]);
  });
});

describe('a body’s letters and plain words before a role after the quote', () => {
  it('gives “…,” BODY emergency operations director NAME said to the name', () => {
    expect(
      attributed([
        'The district expanded its evacuation order on Friday to 140 more properties along the lake road.',
        '“Leave your homes today if the order covers you, and take your pets,” XYZ emergency operations director Ana Ruiz said.',
      ]),
    ).toEqual([['Leave your homes', 'Ana Ruiz', 'director Ana Ruiz said']]);
  });

  it('gives “…,” BODY PLACE centre scientist NAME told to the name, up to three capitalised words before the role', () => {
    const credit = (body: string): ReturnType<typeof attributed> =>
      attributed([
        'Heavy rain is expected to return to the hill districts in the second half of the month.',
        `"We expect two more weeks of steady showers across the hills," ${body} centre scientist Ana Ruiz told reporters.`,
      ]);
    expect([credit('XYZ Harbour'), credit('XYZ Harbour West'), credit('XYZ Harbour West Bay')]).toEqual([
      [['We expect two', 'Ana Ruiz', 'scientist Ana Ruiz told']],
      [['We expect two', 'Ana Ruiz', 'scientist Ana Ruiz told']],
      [['We expect two', null, null]],
    ]);
  });
});

describe('a comma inside a quote’s closing mark', () => {
  it('closes the relative clause it ends, so the name before the “who” speaks and the quote paragraph after goes on with them', () => {
    expect(
      quoteSpeakers([
        'Harbour Semiconductor pushed back the opening of its new plant by a year and a half, its chief told investors on Tuesday.',
        'Analyst Anil Raghavan, who has the shares at "hold," later told ChipWire the slip was expected.',
        '"Most new plants here run late. What matters is whether buyers stay patient."',
      ]),
    ).toEqual([null, 'Anil Raghavan']);
  });
});

describe('“according to” a body’s officer', () => {
  it('gives the quote to the officer named after the body’s name and a role in lower case, not to the body', () => {
    expect(
      quoteSpeakers([
        'The city’s oldest tram route is to be scrapped next winter, transport chiefs announced on Sunday.',
        'According to Harbour Trams managing director Rina Iyer, the line “could return for weekend tourist trips” in time.',
      ]),
    ).toEqual(['Rina Iyer']);
  });
});

describe('a relative clause of the body a role set off after the name is held in (ROLE_BODY_LINKS)', () => {
  const opening = 'Thousands of tractors blocked the motorway into the city on Tuesday morning.';
  for (const link of [...ROLE_BODY_LINKS].sort())
    it(`gives “NAME, organiser ${link} the BODY, which …, told” to the name, not the body`, () => {
      expect(
        quoteSpeakers([
          opening,
          `Ann Berg, organiser ${link} the Tarrow Farmers Union, which staged the blockade, told reporters: “Our members are tired of being ignored by the ministry.”`,
        ]),
      ).toEqual(['Ann Berg']);
    });

  it('reads past a nationality describing the body’s kind (“the Dutch survey firm BODY”)', () => {
    expect(
      quoteSpeakers([
        opening,
        'Marcel Dufort, a geologist with the Dutch survey firm Veldmaat Grond, which had no part in the scheme, said the borehole logs were “thin but honest” for the valley.',
      ]),
    ).toEqual(['Marcel Dufort']);
  });

  it('reads past a possessive opening the body’s name (“the Farmers’ Defence League”)', () => {
    expect(
      quoteSpeakers([
        opening,
        'Ann Berg, leader of the Farmers’ Defence League, which staged the blockade, told reporters: “Our members are tired of being ignored by the ministry.”',
      ]),
    ).toEqual(['Ann Berg']);
  });

  it('gives the words to whoever the phrase before the role is (“A spokesman for NAME, organiser of …”)', () => {
    expect(
      quoteSpeakers([
        opening,
        'A spokesman for Ann Berg, organiser of the Tarrow Farmers Union, which staged the blockade, said: “Our members are tired of being ignored by the ministry.”',
      ]),
    ).toEqual([null]);
  });

  it('leaves the body speaking when the role runs over four words before its link', () => {
    expect(
      quoteSpeakers([
        opening,
        'Ann Berg, the longest serving regional organiser of the Tarrow Farmers Union, which staged the blockade, told reporters: “Our members are tired of being ignored by the ministry.”',
      ]),
    ).toEqual(['Tarrow Farmers Union']);
  });
});

describe('an age set off after a name before a relative clause and the speech verb', () => {
  const opening = 'The county closed the old river bridge on Monday after engineers found cracks in two of its piers.';
  it('gives the quote to the name, whichever way the age is written (“, 54,”, “, aged 54,”, “(54),”)', () => {
    expect(
      ['Ana Ortiz, 54,', 'Ana Ortiz, aged 54,', 'Ana Ortiz (54),'].map((named) =>
        quoteSpeakers([
          opening,
          `${named} who represents the district, said: “Nobody should drive over it until it is fixed.”`,
        ]),
      ),
    ).toEqual([['Ana Ortiz'], ['Ana Ortiz'], ['Ana Ortiz']]);
  });
});

describe('a document read out or received by somebody (DOCUMENT_READING_VERBS)', () => {
  for (const verb of [...DOCUMENT_READING_VERBS].sort())
    it(`gives “…,” the letter said to nobody, not to the one who ${verb} it`, () => {
      expect(
        attributed([
          'The tribunal heard evidence about the dismissal of the club secretary on Thursday morning.',
          `Counsel Ana Ruiz ${verb} part of the letter in the hearing.`,
          '"He must be gone before the summer, whatever it costs," the letter said.',
        ]).map(([, speaker]) => speaker),
      ).toEqual([null]);
    });
});

describe('words an indefinite article opens right before “who”', () => {
  for (const description of ['A winch operator', 'An old hand', 'A man'])
    it(`are somebody unnamed, whom a he after the sentence goes on with (“${description} who …”)`, () => {
      expect(
        quoteSpeakers([
          'Lindiwe Moyo, the union’s regional organiser, said the company had ignored months of warnings.',
          `${description} who was lifted out of the shaft late on Friday, and who preferred not to be identified for fear of losing his job, told of the moment the roof came down.`,
          '“It sounded like the whole hill was coming down on us,” he said.',
        ]),
      ).toEqual([null]);
    });
});

describe('words a name in the possessive owns, speaking after a quote', () => {
  for (const noun of ['statement', 'letter', 'post', 'reply'])
    it(`are the owner’s (“…,” Mrs Quill’s ${noun} said)`, () => {
      expect(
        quoteSpeakers([
          'Mara Quill, whose daughter fell ill after the camp, sent the tribunal a long account through her solicitor.',
          `“I trusted them with my child, and they let her down,” Mrs Quill’s ${noun} said.`,
        ]),
      ).toEqual(['Mara Quill']);
    });
});

describe('words a name in the possessive owns, inside a phrase of something else', () => {
  for (const phrase of ['a reply to Mrs Quill’s complaint', 'the ruling on Mrs Quill’s appeal'])
    it(`are not the owner’s (“…,” ${phrase} said)`, () => {
      expect(
        quoteSpeakers([
          'Mara Quill, whose daughter fell ill after the camp, took her complaint to the county tribunal in March.',
          `“The camp followed every rule that applied to it at the time,” ${phrase} said.`,
        ]),
      ).toEqual([null]);
    });
});

describe('a student’s school year before a name (SCHOOL_YEAR_WORDS)', () => {
  for (const year of [...SCHOOL_YEAR_WORDS].sort())
    it(`gives “…,” said ${year} NAME to NAME, and nothing to “a ${year} PLACE official”`, () => {
      expect(
        quoteSpeakers([
          'Hundreds of students gathered outside Lakeview High School on Thursday night for a candlelight vigil after the fire.',
          `“We hold each other up, that is all we can do,” said ${year} Dalia Quillon, 17, who was in the gym.`,
          `“The school will stay closed until Monday,” said a ${year} Lakeview official.`,
        ]),
      ).toEqual(['Dalia Quillon', null]);
    });

  it('gives “said senior NAME’s mother, NAME2” to NAME2, not to the student owning the phrase', () => {
    expect(
      quoteSpeakers([
        'Hundreds of students gathered outside Lakeview High School on Thursday night for a candlelight vigil after the fire.',
        '“She was in there when the alarm went off and she helped others out,” said senior Dalia Quillon’s mother, Rosa Quillon.',
      ]),
    ).toEqual(['Rosa Quillon']);
  });
});

describe('a role after the verb read to the end of a name it holds (“said Leader of Opposition NAME”)', () => {
  const LEAD = 'The state board cancelled the chemistry paper on Monday after it was shared online overnight.';

  it('gives “…,” said Leader of Opposition NAME to the name, the portfolio read into the role', () => {
    expect(
      attributed([
        LEAD,
        '“Every year the papers get out and every year nobody pays for it,” said Leader of Opposition Vikramjit Dhondge, who called for a new board.',
      ]).map(([, speaker]) => speaker),
    ).toEqual(['Vikramjit Dhondge']);
  });

  it('gives “…,” said resident of PLACE NAME to no person made of the place and the name run together', () => {
    expect(
      attributed([
        LEAD,
        '“Someone could at least say when the lights will be back on,” said resident of Quenby Heath Vikramjit Dhondge.',
      ]).map(([, speaker]) => speaker),
    ).toEqual([null]);
  });

  it('gives “…,” said one resident of PLACE to nobody, not to the place a person unnamed is of', () => {
    expect(
      attributed([
        LEAD,
        '“Someone could at least say when the lights will be back on,” said one resident of Quenby Heath.',
      ]).map(([, speaker]) => speaker),
    ).toEqual([null]);
  });
});

describe('a role’s remit in brackets right before the name (“Deputy Commissioner of Police (Traffic Branch) NAME”)', () => {
  const LEAD = 'Police arrested nine people on Monday over a call-centre fraud that cheated hundreds of pensioners.';
  const quote = '“They had fake uniforms and a script for every kind of caller,”';

  it('gives the quote to the name after the bracketed remit', () => {
    expect(
      attributed([LEAD, `${quote} Deputy Commissioner of Police (Traffic Branch) Sugandha Vaidyanathan said.`]).map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['Sugandha Vaidyanathan']);
  });

  it('reads no remit from a bracket in lower case, or one of more than four words', () => {
    expect(
      [
        ...attributed([LEAD, `${quote} Deputy Commissioner of Police (on leave) Sugandha Vaidyanathan said.`]),
        ...attributed([
          LEAD,
          `${quote} Deputy Commissioner of Police (Traffic Branch Wing North Zone) Sugandha Vaidyanathan said.`,
        ]),
      ].map(([, speaker]) => speaker),
    ).toEqual([null, null]);
  });
});

describe('a findings document is the speaker’s only when written “in her ruling” between the speaker and the verb', () => {
  const LATER = (noun: string) => `“Nothing in the invoices explains the second labour charge,” the ${noun} said.`;

  for (const owner of [...OWNING_PRONOUNS_OF_DOCUMENTS].sort()) {
    it(`gives “…,” the ruling said to the one who, “in ${owner} ruling”, found (OWNING_PRONOUNS_OF_DOCUMENTS)`, () => {
      expect(
        attributed([
          `Judge Ysolde Ambrell, in ${owner} nine-page ruling, found that the garage had overcharged the driver.`,
          LATER('ruling'),
        ]).map(([, speaker]) => speaker),
      ).toEqual(['Ysolde Ambrell']);
    });
  }

  it('gives it to nobody when the speaker criticises, overturns or names somebody else’s report after the verb', () => {
    expect(
      [
        'Councillor Tobin Quarrie sharply criticised the examiner’s report at Monday’s meeting of the full council.',
        'The Harbour Trust published its annual report, and finance director Ysolde Ambrell said she had not read it.',
        'Councillor Tobin Quarrie attacked the auditors, calling their report lazy and saying they never visited.',
      ].map((line) => attributed([line, LATER('report')])[0]?.[1] ?? null),
    ).toEqual([null, null, null]);
  });
});

describe('a “who” after somebody brought in unnamed speaks for nobody named (UNNAMED_WHO_OPENERS)', () => {
  for (const opener of [...UNNAMED_WHO_OPENERS].sort()) {
    const official = opener === 'an' ? 'an angry official' : `${opener} official`;
    it(`gives a quote after “${official}, who said” to nobody, not to the sentence’s subject`, () => {
      expect(
        attributed([
          'Professor Nandini Kulkarani has become one of the louder voices on the national entrance test this year.',
          `At a meeting of university heads she told the hall the test was “tidier but no kinder”, a remark that angered ${official}, who said her comments were “unfair to the board”.`,
        ]).map(([, speaker]) => speaker),
      ).toEqual(['Nandini Kulkarani', null]);
    });
  }
});
