// Whom roles, ages and possessive descriptions stand for, seen through the quotes they attribute.
import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../src/load/givenNames.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import {
  AFFILIATION_PREPOSITIONS,
  ASKED_NAME_QUESTIONS,
  COURT_NOUNS,
  JUDICIAL_HEADS,
  KINSHIP_NOUNS,
  NATIONALITY_NOUNS,
  QUESTION_VERBS,
  PUT_TO_PHRASES,
  REPLY_VERBS,
  SUBORDINATING_CONJUNCTIONS,
} from '../../src/quotes/lexicon.ts';
import { quoteSpeakers, story } from './fixtures.ts';
import { BARRED_NAMING_WORDS } from '../../src/quotes/givenAs.ts';
import { CLAUSE_OPENERS } from '../../src/quotes/clauseWords.ts';
import { GROUP_OWNERS } from '../../src/quotes/rolePhrases.ts';
import { DESCRIPTION_LINKS, NESTED_QUOTATION, OWNING_PRONOUNS } from '../../src/quotes/coreference.ts';

function speakers(lines: string[]): [string, string | null][] {
  const book = buildQuoteBook([story('coref', lines)]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => [
    q.text.split(' ').slice(0, 3).join(' '),
    q.speaker === null ? null : (names.get(q.speaker) ?? '?'),
  ]);
}

describe('coreference of descriptions', () => {
  it('never gives “his spokesman” to the person named before, whatever his role', () => {
    expect(
      speakers([
        'The ministry spokesman, Li Wen, told a regular briefing on Monday that talks would go on.',
        'The defeated candidate, Rui Costa, has yet to concede. His spokesman said Costa would “study the figures carefully.”',
      ]),
    ).toEqual([['study the figures', null]]);
  });

  it('never gives “she”/“he” after an opening participial clause to the person that clause names', () => {
    expect(
      speakers([
        'Judge Helen Morrow told the court the case was among the most serious of its kind.',
        'Addressing Pollard directly, she said: “You were told, and told again, and you chose to do nothing.”',
        'Spokesperson Farid Castellanos said Secretary-General Ingeborg Lund had spoken to both sides by phone.',
        '“The Secretary-General calls on all parties to show restraint,” Castellanos told the briefing.',
        'Asked whether Lund would travel to the region, he said: “Nothing is ruled out at this stage.”',
      ]),
    ).toEqual([
      ['You were told,', 'Helen Morrow'],
      ['The Secretary-General calls', 'Farid Castellanos'],
      ['Nothing is ruled', 'Farid Castellanos'],
    ]);
  });

  it('gives “he added” to the subject of the sentence before it when the given name is borne by women more often', () => {
    const book = buildQuoteBook(
      [
        story('coref-given', [
          'Health Minister Bryn Talbot said the figures were not good enough and promised more beds by April.',
          'The minister said the winter had been hard. “I will not pretend this is acceptable,” he added.',
        ]),
      ],
      { givenNameGender },
    );
    const names = new Map(book.people.map((p) => [p.id, [p.name, p.gender]]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
      ['Bryn Talbot', 'female'],
    ]);
  });

  it('gives “the safety chief” to the person known as head of product safety, not to the man named last', () => {
    expect(
      speakers([
        'Ivo Marsh, Harbridge’s head of product safety, told reporters the firm had acted as soon as it knew.',
        'Karl Brenner, who studies batteries at the Westbrook Institute, said cheap cells were a common cause.',
        'The safety chief declined to give a cost. “We will spend whatever it takes,” he said.',
      ]),
    ).toEqual([['We will spend', 'Ivo Marsh']]);
  });

  it('gives “she said” after “X said the minister had promised …” to X, not to the minister her clause reports', () => {
    expect(
      speakers([
        'Transport Minister Alex Morgan said the new timetable would start in May.',
        'Councillor Jane Pryce said the minister had promised faster trains for years. “Commuters cannot ride on a press release,” she said.',
        'The minister said the delays had been “regrettable”. “We will not pretend this is good enough,” he added.',
      ]),
    ).toEqual([
      ['Commuters cannot ride', 'Jane Pryce'],
      ['regrettable', 'Alex Morgan'],
      ['We will not', 'Alex Morgan'],
    ]);
  });

  it('gives “the singer says” to the person a definite role of a “, and” clause was first used of', () => {
    expect(
      speakers([
        'Nora Vance, 41, orders a pot of mint tea and apologises for whispering in the café near the docks.',
        'It is eleven in the morning, and the singer is saving her voice for a rehearsal at two.',
        'Her mother, June Vance, a church organist, taught her to sing harmony at six.',
        '“She used to sing to the washing machines downstairs,” June Vance remembers.',
        '“People keep asking if this is a comeback record,” the singer says, turning her cup.',
      ]),
    ).toEqual([
      ['She used to', 'June Vance'],
      ['People keep asking', 'Nora Vance'],
    ]);
  });

  it('gives “the 29-year-old said” to the one person the article gave that age, not to the last one named', () => {
    expect(
      speakers([
        'Maya Bird, 29, a marine biologist with the campaign group, led about 200 protesters to the port gate.',
        'Dale Kittering, 61, who has fished the bay for forty years, stood at the gate. “No grass, no fish, no me,” he said.',
        'Asked how long the blockade would last, the 29-year-old said: “For as long as it takes.”',
      ]),
    ).toEqual([
      ['No grass, no', 'Dale Kittering'],
      ['For as long', 'Maya Bird'],
    ]);
  });

  it('reads an age opening the sentence before a relative clause (“The 54-year-old, who …, said”) as referring back', () => {
    expect(
      speakers([
        '“I care what you do in the next ninety minutes of training,” head coach Jorun Halvorsen said on Thursday.',
        'The 54-year-old, who coached the under-20 side to a title in 2019, said leaving out the captain had been “the hardest phone call I have made”.',
      ]),
    ).toEqual([
      ['I care what', 'Jorun Halvorsen'],
      ['the hardest phone', 'Jorun Halvorsen'],
    ]);
  });

  it('gives “the 71-year-old said” to the subject of the last clause that named a person', () => {
    expect(
      speakers([
        'The outgoing president, Paulo Mendes, who leaves office in January, said he would ensure a smooth transition.',
        '“The country must come first, before any party,” the 71-year-old said.',
      ]),
    ).toEqual([['The country must', 'Paulo Mendes']]);
  });

  it('gives “The mum-of-two wrote: “…”” to the subject of the last clause that named a person, as an age', () => {
    expect(
      speakers([
        'Presenter Maura Ward is leaving the breakfast programme after eight seasons, she told viewers on Monday.',
        'The mum-of-two wrote: “Eight seasons and more costume changes than anyone could list. Thank you all so much.”',
      ]),
    ).toEqual([['Eight seasons and', 'Maura Ward']]);
  });

  it('gives “Asked whether NAME would play, the Swede grinned: “…”” to the person before, not the one asked about', () => {
    expect(
      speakers([
        'Mateo Ferro, 21, scored on his debut for the club last weekend and trained with the first team on Tuesday.',
        'Coach Sven Ode was full of praise for the forward at his news conference on Thursday afternoon.',
        '“He is hungry and he listens, and you do not find that so often,” said Ode.',
        'Asked whether Ferro would play in the derby, the Swede grinned: “Come to the ground and find out like everyone.”',
      ]),
    ).toEqual([
      ['He is hungry', 'Sven Ode'],
      ['Come to the', 'Sven Ode'],
    ]);
  });

  it('gives “X responded to striker NAME after the forward said …” to the one person of the sentence whose role fits', () => {
    expect(
      speakers([
        'Harbour Town manager Ben Ode has responded to striker Kofi Ruiz after the forward said the club had “forgotten its own players” in a post.',
      ]),
    ).toEqual([['forgotten its own', 'Kofi Ruiz']]);
  });

  it('gives “said the 34-year-old, who …” to the subject named before, the relative clause describing them', () => {
    expect(
      speakers([
        'The outgoing president, Paulo Mendes, who leaves office in January, said he would ensure a smooth transition.',
        '“I am proud of what the team has done,” said the 34-year-old, who joined the talks late.',
      ]),
    ).toEqual([['I am proud', 'Paulo Mendes']]);
  });

  it('gives “said the 30-year-old, who …” to nobody when the article gave the subject another age', () => {
    expect(
      speakers([
        'Sam Ridley, 27, beat the veteran Carl Moss, 34, on points at the city hall on Saturday night.',
        '“The judges got it badly wrong tonight,” said the 30-year-old, who travelled from the coast to watch.',
      ]),
    ).toEqual([['The judges got', null]]);
  });

  it('gives “said the 61-year-old, who coaches NAME at the club” to nobody, not to NAME', () => {
    expect(
      speakers([
        'Sam Ridley beat the veteran Carl Moss on points at the city hall on Saturday night.',
        '“The judges got it badly wrong tonight,” said the 61-year-old, who coaches Moss at the club.',
      ]),
    ).toEqual([['The judges got', null]]);
  });

  it('leaves “said a 34-year-old, who …” unattributed: somebody brought in unnamed', () => {
    expect(
      speakers([
        'The outgoing president, Paulo Mendes, who leaves office in January, said he would ensure a smooth transition.',
        '“I am proud of what the team has done,” said a 34-year-old, who joined the talks late.',
      ]),
    ).toEqual([['I am proud', null]]);
  });
});

describe('roles qualified by a nationality', () => {
  const LEAD = [
    'Chancellor Greta Vogt met Prime Minister Juan Ortiz in Berlin on Monday for talks on energy and trade.',
    'Ortiz left for Madrid in the evening after a short press conference with reporters from both countries.',
  ];

  it('gives “the German chancellor said” to the person known as chancellor, past the nationality', () => {
    expect(speakers([...LEAD, '“We agreed on far more than we disagreed on,” the German chancellor said.'])).toEqual([
      ['We agreed on', 'Greta Vogt'],
    ]);
  });

  it('does not give “the Austrian chancellor said” to the person known as German Chancellor', () => {
    const lines = [
      'German Chancellor Greta Vogt met Prime Minister Juan Ortiz in Berlin on Monday for talks on energy and trade.',
      'Ortiz left for Madrid in the evening after a short press conference with reporters from both countries.',
      '“We agreed on far more than we disagreed on,” the Austrian chancellor said.',
    ];
    expect(speakers(lines)).toEqual([['We agreed on', null]]);
    expect(speakers(lines.map((l) => l.replace('Austrian', 'German')))).toEqual([['We agreed on', 'Greta Vogt']]);
  });

  it('does not give “the German president said” to a chancellor: the head must match', () => {
    expect(speakers([...LEAD, '“We agreed on far more than we disagreed on,” the German president said.'])).toEqual([
      ['We agreed on', null],
    ]);
  });
});

describe('pronouns across paragraphs', () => {
  const lines = [
    'Governor Laura Haynes toured the flooded river towns on Thursday, and she met the families and the emergency crews who had worked through the night.',
    'The river crested at nearly nine metres overnight, the highest level recorded since 1993, the weather service said.',
    'Mayor Tom Briggs of Millford said hundreds of homes had been damaged and the only bridge was closed to traffic.',
    '“We will not leave anyone behind, whatever it costs the state,” she said after meeting the mayor.',
  ];

  it('gives “she said after meeting the mayor” to the governor named two paragraphs up, not to the mayor', () => {
    expect(speakers(lines)).toEqual([['We will not', 'Laura Haynes']]);
  });

  it('does not take the place after “Mayor Tom Briggs of” for a person', () => {
    const book = buildQuoteBook([story('coref', lines)]);
    expect(book.people.map((p) => p.name)).toEqual(['Laura Haynes', 'Tom Briggs']);
  });
});

describe('a he or she whose own quote calls somebody by given name', () => {
  it('gives ““Colin’s right. …,” he said” to somebody other than Colin', () => {
    expect(
      speakers([
        'Head brewer Simon Berg said the new ale would be ready for the summer festival.',
        'Rival brewer Colin Hale, who has judged the festival for years, told a podcast that dark beers rarely win there.',
        '“The judges drink with their eyes first,” he said.',
        'When I read Hale’s remark to Berg, he laughed. “Colin’s right. Which is why ours is pale,” he said.',
      ]),
    ).toEqual([
      ['The judges drink', 'Colin Hale'],
      ['Colin’s right. Which', 'Simon Berg'],
    ]);
  });
});

describe('a given name opening a quote’s sentence, a word there', () => {
  it('gives ““Mark my words, …,” he said” to the Mark the sentence before is about', () => {
    expect(
      speakers([
        'Captain Tom Vellacott said the ferry had not missed a crossing in three years despite the storms.',
        'Deckhand Mark Dunn joined the crew last spring. “Mark my words, this ferry will still be running when we are gone,” he said.',
      ]),
    ).toEqual([['Mark my words,', 'Mark Dunn']]);
  });
});

describe('subjects of subordinate clauses', () => {
  for (const conjunction of [...SUBORDINATING_CONJUNCTIONS].sort()) {
    it(`gives a later “she said” to the main clause’s subject, not to the one after “${conjunction}”`, () => {
      expect(
        speakers([
          `Ms Dana Hale told the court she was awake, ${conjunction} Ms Nia Berg was in the flat next door.`,
          'After that, she called the police from the landing and waited by the door.',
          '“The noise went on for a full minute before it stopped,” she said.',
        ]),
      ).toEqual([['The noise went', 'Dana Hale']]);
    });
  }

  it('still gives it to the subject of a later main clause joined by “but”', () => {
    expect(
      speakers([
        'Ms Dana Hale told the court she was awake, but Ms Nia Berg was in the flat next door.',
        '“The noise went on for a full minute before it stopped,” she said.',
      ]),
    ).toEqual([['The noise went', 'Nia Berg']]);
  });
});

describe('nationality nouns', () => {
  for (const noun of [...NATIONALITY_NOUNS].sort().map((n) => `${n.charAt(0).toUpperCase()}${n.slice(1)}`)) {
    it(`gives “…,” the ${noun} said to the person the sentence before is about`, () => {
      expect(
        speakers([
          'United manager Jorge Silva praised his players after a late goal gave them a 2-1 win on Saturday.',
          `“The players showed great character today, and they never stopped believing,” the ${noun} said.`,
        ]),
      ).toEqual([['The players showed', 'Jorge Silva']]);
    });
  }
});

describe('a title that tells a man from a woman before a given name the lists give the other gender', () => {
  it('gives “…,” he said to “Alhaji NAME” named last, whose given name the lists give women, not to the man before', () => {
    expect(
      quoteSpeakers(
        [
          'Mr Ikenna Obiora, counsel to the accused, asked the magistrate to release his clients “on the easiest terms possible”.',
          'The magistrate put the hearing off for three weeks.',
          'Alhaji Dele Tanko said the street had twice raised money this year for new power lines.',
          '“We keep paying for power that never reaches our homes, and the thieves come back every month,” he said.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Ikenna Obiora', 'Dele Tanko']);
  });
});

describe('nationality nouns of two words', () => {
  for (const noun of ['South African', 'Sri Lankan', 'Costa Rican', 'Papua New Guinean'])
    it(`gives “…,” the ${noun} said to the person the sentence before is about`, () => {
      expect(
        speakers([
          'United manager Jorge Silva praised his players after a late goal gave them a 2-1 win on Saturday.',
          `Asked about the referee, the ${noun} said: “The league will hear from me in writing, not here.”`,
        ]),
      ).toEqual([['The league will', 'Jorge Silva']]);
    });
});

describe('coreference of “the latter” and “the former”', () => {
  it('gives “the latter” to the last and “the former” to the first of the people just named together', () => {
    expect(
      speakers([
        'Coach Tomas Varga and striker Leon Abara spoke to reporters after the match on Saturday.',
        'The latter said: “We deserved to win this game and everybody knows it.”',
        '“I am proud of every one of them,” the former said.',
      ]),
    ).toEqual([
      ['We deserved to', 'Leon Abara'],
      ['I am proud', 'Tomas Varga'],
    ]);
  });

  it('leaves “the latter” unattributed when only one person was named lately', () => {
    expect(
      speakers([
        'Coach Tomas Varga spoke to reporters after the match on Saturday.',
        'The latter said: “We deserved to win this game and everybody knows it.”',
      ]),
    ).toEqual([['We deserved to', null]]);
  });

  it('still reads “the former Olympic champion” as a role', () => {
    expect(
      speakers([
        'Coach Tomas Varga spoke to reporters after the match on Saturday.',
        'The former Olympic champion said: “We deserved to win this game.”',
      ]),
    ).toEqual([['We deserved to', 'Tomas Varga']]);
  });
});

describe('coreference of a document (“the statement said”)', () => {
  it('gives “…,” the statement said to whoever the sentence that spoke of the statement has speaking', () => {
    expect(
      speakers([
        'Singer Mia Torres said in a long statement on Instagram that she would take a break from touring.',
        'Her fans reacted within minutes, and thousands of messages of support followed.',
        '“I need time with my family and I hope you understand,” the statement said.',
      ]),
    ).toEqual([['I need time', 'Mia Torres']]);
  });

  it('leaves it unattributed when no recent sentence spoke of such a document', () => {
    expect(
      speakers([
        'Singer Mia Torres said on Instagram that she would take a break from touring.',
        'Her fans reacted within minutes, and thousands of messages of support followed.',
        '“I need time with my family and I hope you understand,” the statement said.',
      ]),
    ).toEqual([['I need time', null]]);
  });
});

describe('the subject of the latest clause', () => {
  it('gives “he said” to the subject of a later clause of the sentence before (“…, but opposition leader X was …”)', () => {
    expect(
      speakers([
        'Health Minister Jana Novak defended the plan in parliament on Monday, but opposition leader Tom Hale was not convinced.',
        '“This plan is a fantasy and everyone in this house knows it,” he said.',
      ]),
    ).toEqual([['This plan is', 'Tom Hale']]);
  });
});

describe('people left unnamed', () => {
  const LEAD = 'Interior Minister Karl Berger visited the flooded district on Monday with the regional governor.';

  for (const opener of ['A', 'An', 'One', 'Another']) {
    const officer = opener === 'An' ? 'officer' : 'police officer';
    it(`gives “he said” after “${opener} ${officer} … said” to nobody, not to the person named before`, () => {
      expect(
        speakers([
          LEAD,
          `${opener} ${officer} at the scene, who declined to give his name, said the road would stay closed for days.`,
          '“Nobody is getting through here before Friday at the earliest,” he said.',
        ]),
      ).toEqual([['Nobody is getting', null]]);
    });
  }

  it('gives “she said” to the witness who brought “she” in, not to the person named before', () => {
    expect(
      speakers([
        LEAD,
        'A witness said she had seen the car speed away from the junction just after midnight.',
        '“It did not even slow down when it hit the barrier,” she said.',
      ]),
    ).toEqual([['It did not', null]]);
  });

  it('gives a quote to the person named before when the sentence above reports on somebody unnamed with “…, she said”', () => {
    expect(
      speakers([
        'Rosa Ilinca, 68, waited at the rest centre in the school gym with a bag of her late husband’s letters.',
        'A volunteer had driven her there at dawn and found her a blanket and a chair by the radiator, she said.',
        '“I packed the letters before my own medicine. That tells you what matters at my age,” she said.',
      ]),
    ).toEqual([['I packed the', 'Rosa Ilinca']]);
  });

  for (const aside of [
    'asked not to be named for fear of losing his job',
    'could not be named because he worried for his job',
  ])
    it(`still gives the quote to a source kept anonymous (“who ${aside}”) whose account the sentence above reports`, () => {
      expect(
        speakers([
          'Transport minister Karl Berger said on Friday that every haulage firm would be paid what it was owed.',
          `One driver, who ${aside}, had not been paid since March, he said.`,
          '“I have two children and a mortgage, and I am driving for nothing,” he said.',
        ]),
      ).toEqual([['I have two', null]]);
    });

  it('keeps a source kept anonymous in an earlier sentence for a later “The driver had …, he said” and the quote', () => {
    expect(
      speakers([
        'One driver, who asked not to be named for fear of losing his job, waited outside the depot gates at dawn.',
        'Transport minister Karl Berger said later in the day that every haulage firm would be paid what it was owed.',
        'The driver had not been paid since March and had two children to feed at home, he said.',
        '“I have two children and a mortgage, and I am driving for nothing,” he said.',
      ]),
    ).toEqual([['I have two', null]]);
  });

  for (const word of [...BARRED_NAMING_WORDS].sort())
    it(`passes over somebody whose anonymity aside names the law with “${word}”`, () => {
      const reason =
        {
          legal: 'for legal reasons',
          legally: 'as he legally may not be',
          law: 'under the law',
          court: 'by order of the court',
        }[word] ?? word;
      expect(
        speakers([
          'Detective Inspector Karl Berger said on Sunday that a man had been arrested after the attack near the station.',
          `A 15-year-old boy, who could not be named ${reason}, was stabbed twice in the back, he said.`,
          '“This was a senseless attack on a child walking home from school, and we will not rest,” he said.',
        ]),
      ).toEqual([['This was a', 'Karl Berger']]);
    });

  it('still gives the quote to the unnamed person who heads the sentence above as its speaker (“A volunteer said she …”)', () => {
    expect(
      speakers([
        'Rosa Ilinca, 68, waited at the rest centre in the school gym with a bag of her late husband’s letters.',
        'A volunteer said she had driven people there since dawn and found each of them a blanket and a chair.',
        '“I packed the letters before my own medicine. That tells you what matters at my age,” she said.',
      ]),
    ).toEqual([['I packed the', null]]);
  });

  it('still gives “he said” to the named subject when the unnamed person is only an object', () => {
    expect(
      speakers([
        LEAD,
        'Berger spoke briefly with a police officer at the scene before leaving for the capital.',
        '“Nobody is getting through here before Friday at the earliest,” he said.',
      ]),
    ).toEqual([['Nobody is getting', 'Karl Berger']]);
  });
});

describe('a role with nothing known to fit it, and a quote about the person named before', () => {
  const HEARING = 'Mark Ellison, 42, denied all charges at the hearing in the county court on Monday.';

  it('gives “…,” the prosecutor said to nobody when the quote speaks of the person as “he”', () => {
    expect(
      speakers([HEARING, '“He knew exactly what he was doing when he signed those papers,” the prosecutor said.']),
    ).toEqual([['He knew exactly', null]]);
  });

  it('gives it to nobody when the quote names the person', () => {
    expect(
      speakers([HEARING, '“Ellison knew exactly what the papers meant when they were signed,” the judge said.']),
    ).toEqual([['Ellison knew exactly', null]]);
  });

  it('still gives it to the person when the quote speaks in the first person', () => {
    expect(
      speakers([HEARING, '“I never signed those papers and he knows it, whatever he says,” the rapper said.']),
    ).toEqual([['I never signed', 'Mark Ellison']]);
  });

  it('gives it to the speaker before when somebody else the “he” may be was named since (“counsel said”)', () => {
    expect(
      speakers([
        'Cathal Brennock, 31, was jailed for two years at the circuit court on Tuesday for a string of shop thefts.',
        'Defending, Fergal Ardagh BL said his client had struggled with addiction since his teens. He said Brennock had been clean for a year.',
        '“He regrets every one of those thefts and means to make amends,” counsel said.',
      ]),
    ).toEqual([['He regrets every', 'Fergal Ardagh']]);
  });

  it('still gives it to nobody when the one named since is of the other gender', () => {
    expect(
      quoteSpeakers(
        [
          'Ann Colville told the tribunal on Monday that she had been bullied by her manager, Tom Berridge, for a year.',
          '“She was never treated differently from anyone else on the team,” the company’s lawyer said.',
        ],
        { givenNameGender },
      ),
    ).toEqual([null]);
  });
});

describe('a pronoun replying to a question', () => {
  const LEAD = 'World leaders reacted on Sunday to the result of the election, which surprised many observers abroad.';

  for (const reply of [...REPLY_VERBS].sort()) {
    it(`gives “…,” she ${reply} to the person the sentence before asked, not to the one asking`, () => {
      expect(
        speakers([
          LEAD,
          `"Will you work with the new government?" a reporter asked Ana Duarte. "Of course we will, from the first day," she ${reply}.`,
        ]),
      ).toEqual([
        ['Will you work', null],
        ['Of course we', 'Ana Duarte'],
      ]);
    });
  }

  for (const phrase of PUT_TO_PHRASES.map((p) => p.join(' '))) {
    it(`gives “…,” he replied to the one counsel ${phrase} by role, not to counsel (“${phrase} the sergeant that …”)`, () => {
      expect(
        speakers([
          'Sergeant Piet Vanstone, on duty at the station that evening, told the court the log showed checks every half hour.',
          `Counsel for the family, Tom Garrow, ${phrase} the sergeant that the cell door stayed shut for an hour.`,
          '“That is what the log shows, and I trust the log,” he replied.',
        ]),
      ).toEqual([['That is what', 'Piet Vanstone']]);
    });
  }

  it('gives “…,” she replied to nobody the pronoun does not fit when a question was put to a sergeant named as a man', () => {
    expect(
      speakers([
        'Sergeant Piet Vanstone was on duty that evening. He told the court the log showed checks every half hour.',
        'Counsel for the family, Mr Garrow, put it to the sergeant on Tuesday that the cell door stayed shut.',
        '“That is what the log shows, and I trust the log,” she replied.',
      ]),
    ).toEqual([['That is what', null]]);
  });

  it('gives “…,” the witness replied to the person the sentence before asked, and “the witness said” to nobody', () => {
    const asking =
      'Lawyer Dorcas Mwangi, who represents the families, asked Ms Ana Duarte whether she could divert it.';
    expect([
      speakers([LEAD, asking, '"No. I may advise, but the call is the captain’s alone," the witness replied.']),
      speakers([LEAD, asking, '"No. I may advise, but the call is the captain’s alone," the witness said.']),
    ]).toEqual([[['No. I may', 'Ana Duarte']], [['No. I may', null]]]);
  });

  for (const asked of [...QUESTION_VERBS].sort()) {
    it(`reads "a reporter ${asked} NAME" as NAME being asked`, () => {
      expect(
        speakers([
          LEAD,
          `At the briefing a reporter ${asked} Ana Duarte about the coalition talks. "We will talk to everyone," she replied.`,
        ]),
      ).toEqual([['We will talk', 'Ana Duarte']]);
    });
  }
});

describe('a he or she speaking right after a question put to somebody (ASKED_NAME_QUESTIONS)', () => {
  const QUESTION_LEAD = 'Counting went on through the night in the coastal seats as the opposition closed the gap.';
  for (const about of [...ASKED_NAME_QUESTIONS].sort())
    it(`gives “We asked the ROLE Dr. NAME ${about} … ¶ “…,” she said” to NAME, whose given name the lists guess male`, () => {
      expect([
        givenNameGender('Femi'),
        quoteSpeakers(
          [
            QUESTION_LEAD,
            'The returning officer, Rana Joseph, told reporters the margin was eleven votes. “We will recount every box,” Joseph said.',
            `We asked the political scientist Dr. Femi Adewale ${about} the swing along the coast meant anything.`,
            '“This result is about rent and wages, not party loyalty,” she said.',
          ],
          { givenNameGender },
        ),
      ]).toEqual(['male', ['Rana Joseph', 'Femi Adewale']]);
    });

  it('keeps it with a named asker the pronoun fits (“Chair NAME asked chief executive NAME why …”)', () => {
    expect(
      quoteSpeakers(
        [
          'A committee of MPs questioned the head of the water company for three hours on Tuesday over sewage spills.',
          'Committee chair Ann Berg asked chief executive Femi Hale why bonuses had gone up. “Your customers are swimming in sewage,” she said.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Ann Berg']);
  });

  it('reads no question in “asked NAME on Monday night to …”', () => {
    expect([
      ASKED_NAME_QUESTIONS.has('on'),
      quoteSpeakers(
        [
          QUESTION_LEAD,
          'Returning officer Ann Joseph asked candidate Femi Adewale on Monday night to leave the counting hall.',
          '“Nobody is above the rules in this room,” she said.',
        ],
        { givenNameGender },
      ),
    ]).toEqual([false, ['Ann Joseph']]);
  });

  it('gives it to nobody asked when the sentence before asks somebody to do something, not a question', () => {
    expect(
      quoteSpeakers(
        [
          QUESTION_LEAD,
          'The returning officer, Rana Joseph, asked Dr. Femi Adewale to leave the counting hall on Monday night.',
          '“Nobody is above the rules in this room,” she said.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Rana Joseph']);
  });
});

describe('what a role tells of the person it stands for', () => {
  it('learns the role and alias of “the coach said”, and nothing of “the latter said”', () => {
    const book = buildQuoteBook([
      story('learn', [
        'Coach Ana Ruiz and striker Tom Hale spoke to reporters after the game at the stadium on Saturday evening.',
        '"We were the better side for most of the game," the coach said.',
        'Ana Ruiz met Tom Hale after the game. "I owe the team a goal," the latter said.',
      ]),
    ]);
    expect(book.people.map((p) => [p.name, p.roles, p.aliases])).toEqual([
      ['Ana Ruiz', ['Coach'], ['Ana Ruiz', 'Coach Ana Ruiz', 'the coach']],
      ['Tom Hale', ['striker'], ['Tom Hale']],
    ]);
  });
});

describe('a possessive relative introduced by name', () => {
  for (const relative of [...KINSHIP_NOUNS].sort()) {
    it(`gives “his ${relative} told reporters” to the one person introduced as “his ${relative}, NAME,”`, () => {
      expect(
        speakers([
          `The mayor, Tom Reddan, was joined by his ${relative}, Alex Ferriter, at the ceremony on Friday.`,
          `Later his ${relative} told reporters: “We are so proud of the town and everyone in it today.”`,
        ]),
      ).toEqual([['We are so', 'Alex Ferriter']]);
    });
  }

  it('gives “his wife” to nobody when the article introduced no wife by name', () => {
    expect(
      speakers([
        'The mayor, Tom Reddan, thanked the volunteers at the ceremony on Friday.',
        'Later his wife told reporters: “We are so proud of the town and everyone in it today.”',
      ]),
    ).toEqual([['We are so', null]]);
  });
});

describe('the owner of a subject the pronoun cannot be', () => {
  const speakers = (lines: string[]): (string | null)[] => quoteSpeakers(lines, { givenNameGender });

  it('gives “she said” to the woman whose father, named, is the subject of the sentence before', () => {
    expect(
      speakers([
        'Families of residents at the Elm Lodge care home were told on Monday that it will close in six weeks.',
        'Meera Castell’s father, Anand, 91, moved into the home after a fall two winters ago.',
        '“He forgets the date, yet he still greets every nurse by name,” she said.',
      ]),
    ).toEqual(['Meera Castell']);
  });

  it('still gives “she added” to the subject, not the owner of her role, when the subject can be “she”', () => {
    expect(
      speakers([
        'The appeal against the closure of the Elm Lodge care home was heard in the high court on Monday.',
        'Tom Castell’s lawyer, Ruth Ambrose-Hale, argued that the families had not been consulted at all.',
        '“Nobody asked the people who live there,” she added.',
      ]),
    ).toEqual(['Ruth Ambrose-Hale']);
  });
});

describe('a family description that tells a gender (“the grandmother-of-four”)', () => {
  const speakers = (lines: string[]): (string | null)[] => quoteSpeakers(lines, { givenNameGender });

  it('stands for nobody when the people named lately are all men', () => {
    expect(
      speakers([
        'An amateur astronomer has found a comet from her back garden, the astronomers’ union confirmed on Wednesday.',
        'Professor Tobias Lindqvist, who confirmed the find, said few professionals would have seen it.',
        '“Look for another one, of course,” the grandmother-of-four laughed.',
      ]),
    ).toEqual([null]);
  });
});

describe('an indefinite description set off right after a name', () => {
  it('stands for that person, so a later “she said” goes on with them (“According to NAME, a compliance adviser who …,”)', () => {
    expect(
      quoteSpeakers([
        'The regulator struck off two solicitors last year for faking documents in their clients’ files.',
        'According to Priya Halvorsen, a compliance adviser who trains small practices, most cases follow one pattern.',
        '“Almost every time it comes down to a forgotten filing and an exhausted paralegal,” she said.',
      ]),
    ).toEqual(['Priya Halvorsen']);
  });
});

describe('a sentence opening with the place its scene is set in (CLAUSE_OPENERS)', () => {
  const PLACES: Record<string, string> = {
    outside: 'Outside court',
    inside: 'Inside the hall',
    across: 'Across town',
    around: 'Around the corner',
  };
  for (const [opener, phrase] of Object.entries(PLACES))
    it(`reads the subject past “${phrase},”, so an unnamed one who said something is whom a later “she said” means`, () => {
      expect(CLAUSE_OPENERS.has(opener)).toBe(true);
      expect(
        quoteSpeakers([
          'Eimear Walsh, who spoke for the family, said they were relieved. “It has been a long two years,” she said.',
          `${phrase}, a villager who had driven over for the afternoon said the entire village was still rattled.`,
          '“Some folk back home still cannot bring themselves to mention it,” she said.',
        ]),
      ).toEqual(['Eimear Walsh', null]);
    });
});

/** A lede naming a man who cannot be speaking later, so a later “he said” must find somebody else. */
const MAST_LEAD = 'Ahmad Rahimi, 34, died after falling from the mast in March, and his employer was fined on Monday.';

describe('somebody unnamed related by their role to a person named (“A former colleague of NAME said”)', () => {
  it('is whom a later “he said” means, not the person the role relates them to; a body’s voice stays the body’s', () => {
    expect([
      quoteSpeakers([
        MAST_LEAD,
        'A former colleague of Mr Rahimi said he had left the firm a month before the fall.',
        '“I warned them this would happen one day,” he said.',
      ]),
      quoteSpeakers([
        'Floods swept through the sports ground on Sunday night and left the courts under a metre of water.',
        'A spokesperson for the region’s Office of Recreation said grants were available to clubs.',
        '“Any club that was hit should contact us straight away,” the spokesperson said.',
      ]),
    ]).toEqual([[null], ['Office of Recreation']]);
  });
});

describe('one person of a group somebody has (“One of his former colleagues said”, GROUP_OWNERS)', () => {
  const LINES = (owner: string): string[] => [
    MAST_LEAD,
    `One of ${owner} former colleagues said he had left the firm a month before the fall.`,
    '“I warned them this would happen one day,” he said.',
  ];
  for (const owner of [...GROUP_OWNERS, 'the', 'Mr Rahimi’s'].sort())
    it(`is whom a later “he said” means after “One of ${owner} former colleagues said”, not the person named before`, () => {
      expect(quoteSpeakers(LINES(owner))).toEqual([null]);
    });

  it('gives “…,” said one of the founders, NAME, 49, to the name set off after the group’s one', () => {
    expect(
      quoteSpeakers([
        'The sewing workshop opened a year after the earthquake in a tent on the edge of the old town.',
        '“We grieved for a year. After that we wanted work to do,” said one of the founders, Nurten Kavakli, 49, whose son was killed.',
      ]),
    ).toEqual(['Nurten Kavakli']);
  });
});

describe('the limits of the rules for unnamed and appositive people', () => {
  it('keeps a source’s anonymity to its own aside (“The mayor told reporters a worker who spoke on condition of anonymity …”)', () => {
    expect(
      quoteSpeakers([
        'Mayor Ann Hale visited the flooded depot on Tuesday morning with two engineers from the county.',
        'The mayor told reporters a worker who spoke on condition of anonymity had complained. “We will look into it,” she said.',
      ]),
    ).toEqual(['Ann Hale']);
  });

  it('gives no name to a description that speaks itself (“run by Tom Hale, a club spokeswoman confirmed”)', () => {
    expect(
      quoteSpeakers([
        'The harbour café will reopen in May under new owners after a year of repairs to the sea wall.',
        'It will be run by Tom Hale, a club spokeswoman confirmed on Monday. “He starts next week,” she said.',
      ]),
    ).toEqual([null]);
  });

  for (const link of [...DESCRIPTION_LINKS].sort())
    it(`names a description set off after a name that goes on “${link}” a body before its “who” (“NAME, a historian ${link} …, who”)`, () => {
      expect(
        quoteSpeakers([
          `According to Ana Ruiz, a historian ${link} the Velmir Harbour Institute who studies port towns, such feuds are “very rare”.`,
          '“Here every family has a cousin on the other side,” she said.',
        ]),
      ).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    });

  it('reads “called NAME on Friday” as a telephoning, not a naming (“A council officer called Ann Hale on Friday and said”)', () => {
    expect(
      quoteSpeakers([
        'Residents of the estate waited nine days for their bins to be emptied after the strike ended.',
        'A council officer called Ann Hale on Friday and said: “The bins will be collected on Monday.”',
      ]),
    ).toEqual([null]);
  });

  it('reads “One of his former coaches said” as one person of a group whatever the plural’s ending', () => {
    expect(
      quoteSpeakers([
        MAST_LEAD,
        'One of his former coaches said he had left the firm a month before the fall. “I warned them,” he said.',
      ]),
    ).toEqual([null]);
  });

  it('makes no person of a body’s plural before “from PLACE said” (“Gardaí from Cork said”)', () => {
    const book = buildQuoteBook([
      story('from-place-body', [
        'The coast road was shut for six hours on Sunday after a lorry shed its load near the harbour.',
        'Gardaí from Cork said: “The road is now closed to all traffic.”',
      ]),
    ]);
    expect(book.people.map((p) => p.name)).toEqual([]);
  });
});

describe('words relating a role’s holder to somebody or something (AFFILIATION_PREPOSITIONS)', () => {
  for (const word of [...AFFILIATION_PREPOSITIONS].sort())
    it(`reads the head before “${word}” (“A former colleague ${word} the yard said”), somebody unnamed`, () => {
      expect(
        quoteSpeakers([
          MAST_LEAD,
          `A former colleague ${word} the yard said he had left a month before the fall. “I warned them,” he said.`,
        ]),
      ).toEqual([null]);
    });
});

describe('a court speaking in an article that names one judge (COURT_NOUNS, JUDICIAL_HEADS)', () => {
  const ruling = (noun: string, title: string, second = ''): [string, string | null][] =>
    speakers([
      `District ${title} Arvind Kesavan also fined the former manager 10 lakh rupees.${second}`,
      `“Paying back a part after being caught is not genuine remorse,” the ${noun} said.`,
    ]);

  for (const noun of [...COURT_NOUNS].sort()) {
    it(`gives “the ${noun} said” to the one judge the article names`, () => {
      expect(ruling(noun, 'Judge')).toEqual([['Paying back a', 'Arvind Kesavan']]);
    });
  }

  for (const head of [...JUDICIAL_HEADS].sort()) {
    it(`reads a ${head} as the one sitting`, () => {
      expect(ruling('court', head[0]?.toUpperCase() + head.slice(1))).toEqual([['Paying back a', 'Arvind Kesavan']]);
    });
  }

  it('gives it to nobody when the article names two judges', () => {
    expect(ruling('court', 'Judge', ' Judge Sindhu Kuttan had heard the bail plea.')).toEqual([
      ['Paying back a', null],
    ]);
  });
});

describe('sittingJudge', () => {
  const heard = (first: string): [string, string | null][] =>
    speakers([first, '“Paying back a part after being caught is not genuine remorse,” the court said.']);

  it('reads no former judge and no minister of justice as the one sitting', () => {
    expect([
      heard('Former judge Arvind Kesavan, now a law professor, watched from the gallery.'),
      heard('Minister of Justice Sindhu Kuttan said the sentence would be reviewed.'),
    ]).toEqual([[['Paying back a', null]], [['Paying back a', null]]]);
  });
});

describe('a name set off after a role a he or she owns, opening its sentence (“Her coach, NAME,”)', () => {
  const speakers = (lines: string[]): (string | null)[] => quoteSpeakers(lines, { givenNameGender });

  it('is not the “she” of the next sentence when its gender is unknown, and speaks on as “he”', () => {
    expect(
      speakers([
        'Ruth Alemayehu, 26, won the city marathon on Sunday in the second-fastest time of the year.',
        'Her coach, Tesfamariam Worku, spotted her at a school meeting in 2015. She came ninth. He has not forgotten the day.',
        '“She lost her footing on the bend and still caught the whole field,” he recalls.',
      ]),
    ).toEqual(['Tesfamariam Worku']);
  });

  it('is the “she” below when the name speaks in its sentence (“Her colleague, NAME, said …”)', () => {
    expect(
      speakers([
        'The architect Elzbieta Feher, who has died aged 88, designed four of the city’s bridges.',
        'Her colleague, Wubit Okafor-Ebo, said the architect had kept working until last year.',
        '“She would ring me at night to describe a staircase,” she said.',
      ]),
    ).toEqual(['Wubit Okafor-Ebo']);
  });

  it('is the “he” below when the given name says he is a man (“His lawyer, Tom Berridge, lodged …”)', () => {
    expect(
      speakers([
        'Mark Ellingham, 34, was jailed for six years at the crown court on Friday.',
        'His lawyer, Tom Berridge, lodged an appeal on Monday.',
        '“The sentence was manifestly excessive for a first offence,” he said.',
      ]),
    ).toEqual(['Tom Berridge']);
  });
});

describe('a gender a given name only guessed, overruled by the article’s own she', () => {
  it('lets “…,” NOA said. She added … give the next paragraph’s she to her, past a speaker of no known gender', () => {
    expect(
      quoteSpeakers(
        [
          '“From today the two halves of the city are one ride apart,” said Obiora Bamidele, the project’s director.',
          'Noa Havel, who runs the city’s buses, said the line would change how people got to work.',
          '“Every morning the ring road turns into a car park,” Noa said. She added that buses would be timed to meet every train.',
          '“Nobody should step off a train and stand in the rain for half an hour,” she stressed.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Obiora Bamidele', 'Noa Havel', 'Noa Havel']);
  });
});

describe('a she that does not overrule a guessed gender', () => {
  it('leaves a guessed he when the she after the quote’s speaker does not speak, or the sentence names somebody else', () => {
    const silent = quoteSpeakers(
      [
        '“We will appeal this ruling,” Tom Baird said. She had worked on the children’s ward for twenty years.',
        '“The tribunal made basic errors of law,” he said.',
      ],
      { givenNameGender },
    );
    const another = quoteSpeakers(
      [
        '“We will appeal this ruling,” said Tom Baird, the lawyer representing Ann Hale. She said she was devastated.',
        '“I gave that hospital twenty years of my life,” she said.',
        '“The tribunal made basic errors of law,” he added.',
      ],
      { givenNameGender },
    );
    expect([silent, another[2]]).toEqual([['Tom Baird', 'Tom Baird'], 'Tom Baird']);
  });
});

describe('a definite role with an age before it', () => {
  const QUOTE =
    '“We need four more volunteers before the winter storms, not speeches,” the 52-year-old medical officer said.';
  it('stands for the one holder of the role the article gave no age', () => {
    expect(
      speakers([
        'Gareth Holm opened the new lifeboat station at Penmarrow on Saturday morning.',
        'Wenna Tresize, the station’s medical officer, who trained the volunteer crews, said the boat would save lives.',
        `Holm praised the crews at length. ${QUOTE}`,
      ]),
    ).toEqual([['We need four', 'Wenna Tresize']]);
  });

  it('passes over a holder of the role the article gave another age', () => {
    expect(
      speakers([
        'Dr Ros Pender, the station’s medical officer, trained the volunteer crews over the winter.',
        'Wenna Tresize, 38, the lifeboat’s medical officer, said the new boat would save lives.',
        QUOTE,
      ]),
    ).toEqual([['We need four', 'Ros Pender']]);
  });
});

describe('a definite role a body or another person owns (ownedByName)', () => {
  it('leaves “the Harbour Board’s spokesman added” unnamed, not the subject before, unless someone holds that role', () => {
    const lines = (board: string): string[] => [
      `${board}Dr Imke Sorrel, a doctor at the Kestwick clinic, said the smoke had filled her waiting room all week.`,
      'The Harbour Board’s spokesman added that the wind would stay “very low, under five kilometres an hour” until Friday.',
    ];
    expect([
      speakers(lines('')),
      speakers(lines('Harbour Board spokesman Piet Varga said the port would stay open. ')),
    ]).toEqual([[['very low, under', null]], [['very low, under', 'Piet Varga']]]);
  });

  it('still reads another owned role back to its holder (“its chairman, NAME,” … “the Harbour Board’s chairman said”)', () => {
    expect(
      speakers([
        'The Harbour Board met on Tuesday, and its chairman, Piet Varga, told members the dues would have to rise.',
        '“We have our own debts to pay, and the harbour dues have not risen in nine years,” the Harbour Board’s chairman said.',
      ]),
    ).toEqual([['We have our', 'Piet Varga']]);
  });
});

describe('a name set off after a role an owning pronoun opens inside the sentence (OWNING_PRONOUNS)', () => {
  const people: Record<string, [string, string, string]> = {
    female: ['she', 'Margit Ellory', 'Alba Rennick'],
    male: ['he', 'Tobias Ellory', 'Aldo Rennick'],
  };
  for (const [owner, gender] of [...OWNING_PRONOUNS].sort(([a], [b]) => a.localeCompare(b))) {
    const [pronoun, writer, cousin] = people[gender] ?? ['she', 'Margit Ellory', 'Alba Rennick'];
    it(`gives “In a note to ${owner} cousin, NAME2, ${pronoun} wrote: “…”” to the writer named before, not NAME2`, () => {
      expect(
        quoteSpeakers(
          [
            `${writer}, who has died aged 88, spent three winters as a volunteer cook at a mountain hut in the 1960s.`,
            `In a note to ${owner} cousin, ${cousin}, in the spring of 1964, ${pronoun} wrote: “Nobody up here minds the cold once the soup is hot.”`,
          ],
          { givenNameGender },
        ),
      ).toEqual([writer]);
    });
  }

  it('still gives “his neighbour, NAME, … because she began …” to the neighbour, whom “his” is not a she of', () => {
    expect(
      quoteSpeakers(
        [
          'The harbour board met on Monday to decide the future of the old ferry terminal.',
          'Tom Ferrand said that his neighbour, Lise Okoro, was to blame because she began shouting: “Stop the vote now!”',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Lise Okoro']);
  });

  it('still gives the he after “Her husband, NAME, gave the court a letter he …” to the name, the sentence’s subject', () => {
    expect(
      quoteSpeakers(
        [
          'Lena Voss, a primary teacher, died in the crash on the coast road in July, the court heard on Thursday.',
          'Her husband, Piet Voss, gave the court a letter he told reporters he had redrafted “thirty or forty times” since May.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Piet Voss']);
  });
});

describe('a given name called inside a quote nested in the speaker’s own (NESTED_QUOTATION)', () => {
  it('finds quotations in single, double and straight marks, and no apostrophe inside a word', () => {
    const text =
      '“He told me, ‘You don’t need to be the old Nell,’ and then: “Go on.” Or "Fine." Or \'Off you go.\' Mine’s done.”';
    expect([...text.matchAll(NESTED_QUOTATION)].map((m) => m[0])).toEqual([
      '‘You don’t need to be the old Nell,’',
      '“Go on.”',
      '"Fine."',
      "'Off you go.'",
    ]);
  });

  it('still rules out the one the speaker’s own nested words call by name (“I said to her, ‘NAME, …’”)', () => {
    expect(
      quoteSpeakers(
        [
          'Eira Colfer has run the bakery on the harbour front since 2009. Her sister Nell Colfer-Hayes joined her later.',
          '“I said to her, ‘Nell, you will hate the early starts,’ and she laughed,” she said.',
        ],
        { givenNameGender },
      ),
    ).toEqual([null, null]);
  });

  it('gives “…,” she recalled to the one a quote nested in hers calls by given name', () => {
    expect(
      quoteSpeakers(
        [
          'Striker Nell Ocampo-Reyes has signed for the coastal club after six seasons inland.',
          'The club’s general manager, Dorothy Wainright, said the fee was a record.',
          'Ocampo-Reyes said she had spoken to the new coach twice. “He told me, ‘Nobody wants the old Nell here. We want the next one,’” she recalled.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Nell Ocampo-Reyes', null]);
  });
});
