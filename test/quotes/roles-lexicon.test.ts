// The role nouns added for wire copy from other countries: each heads a role before a name in a dateline lede.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import {
  AFFILIATION_NOUNS,
  BARE_DEFINITE_ROLES,
  PORTFOLIO_WORDS,
  EPITHET_NOUNS,
  ROLE_COMPOUND_HEADS,
  FIRM_MAKERS,
  GENERAL_ROLE_WORDS,
  ROLE_NOUNS,
  ROLE_SUFFIXES,
} from '../../src/quotes/lexicon.ts';
import { isRoleHead, ROLE_HELD_SUFFIXES, ROLE_PREFIXES, ROLE_TURNS } from '../../src/quotes/rolePhrases.ts';
import { quoteSpeakers, story } from './fixtures.ts';
import { OFFICE_JURISDICTIONS } from '../../src/quotes/portfolios.ts';
import { FULL_NAME_CALLINGS, HONORIFIC_CALLINGS } from '../../src/quotes/sentenceEvidence.ts';

const ADDED = [
  'convener',
  'convenor',
  'councilor',
  'alderman',
  'alderwoman',
  'dean',
  'provost',
  'rector',
  'comptroller',
  'constable',
];

describe('role nouns of wire copy', () => {
  for (const role of ADDED) {
    it(`reads "AAP national ${role} NAME …, saying “…”" as NAME speaking`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('role', [
          `New Delhi, Feb 3 (PTI) The party's national ${role} Arvind Kumar on Saturday hit out at the government over fuel prices, saying families were “suffering badly every single day”.`,
          '“Who is responsible for this?” Kumar asked reporters outside the party office on Saturday.',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
        'Arvind Kumar',
        'Arvind Kumar',
      ]);
    });
  }
});

const COMPETITION_ROLES = ['qualifier', 'wildcard', 'semi-finalist', 'runner-up', 'titleholder', 'paceman', 'seamer'];

describe('roles of competitors', () => {
  for (const role of COMPETITION_ROLES) {
    it(`reads "Irish ${role} NAME beat …" as the role, so "the ${role} added" is NAME speaking`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('competitor', [
          `Irish ${role} Cian O'Dowd beat the eighth seed Piotr Kowal in five sets on Wednesday to reach the third round.`,
          'Kowal, 31, was gracious in defeat and said the better player had won on the day.',
          `"I have watched him on television since I was a kid," the ${role} added.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(["Cian O'Dowd"]);
    });
  }
});

const POSITION_ROLES = ['lock', 'prop', 'hooker', 'guard'];

describe('roles of players’ positions', () => {
  for (const role of POSITION_ROLES) {
    it(`reads a roundup heading "Harbour ${role} NAME" over a quote as NAME speaking`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      expect(
        quoteSpeakers([
          'Both camps had their say after the derby at the harbour ground on Saturday night.',
          `Harbour ${role} Tevita Lolo`,
          '“We were second to every loose ball in the first half, and you cannot win a derby like that.”',
        ]),
      ).toEqual(['Tevita Lolo']);
    });
  }
});

const CREW_ROLES = ['coxswain', 'helmsman', 'bosun', 'harbourmaster', 'navigator'];

describe('roles of a boat’s crew', () => {
  for (const role of CREW_ROLES) {
    const opening = `${role.charAt(0).toUpperCase()}${role.slice(1)}`;
    it(`reads "${opening} NAME has served …" as the role before the name, not part of it`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('crew', [
          'The volunteer crew of the harbour lifeboat were honoured on Saturday for a night rescue last winter.',
          `${opening} Nuala Breen has served on the boat for twenty-two years.`,
          '"You stop being afraid after the first big wave, because there is no time for it," she said.',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Nuala Breen']);
    });
  }
});

const PLAYING_POSITIONS =
  'kicker punter linebacker receiver shortstop catcher outfielder infielder reliever fullback halfback wicketkeeper all-rounder setter libero'.split(
    ' ',
  );

describe('playing positions as roles', () => {
  for (const role of PLAYING_POSITIONS) {
    it(`reads "the Rovers ${role} said" as the player the sentence before was about`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('position', [
          'Rovers won 27-24 in overtime on Sunday after a late score by Andrés Vell settled a tense game.',
          'Vell said afterwards that he had kept his eyes on the turf the whole time.',
          `“The noise told me it was good, so I never looked up,” the Rovers ${role} said.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Andrés Vell']);
    });
  }
});

const OCCUPATIONS =
  `curator critic composer novelist poet playwright sculptor dancer musician comedian producer conductor
  archaeologist astronomer biologist physicist chemist geologist ecologist climatologist meteorologist forecaster
  sociologist anthropologist philosopher librarian pharmacist dentist veterinarian therapist counsellor counselor
  mechanic electrician plumber contractor planner supervisor publisher broadcaster trainer instructor chaplain`
    .split(/\s+/u)
    .filter((w) => w.length > 0);

describe('occupations as titles', () => {
  for (const role of OCCUPATIONS) {
    const title = `${role.charAt(0).toUpperCase()}${role.slice(1)}`;
    it(`leaves "${title}" out of the name when it opens the sentence before a full name`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('occupation', [
          `${title} Dakota Hoska said the new exhibit at the museum would open to the public on Friday.`,
          '“We wanted to challenge the idea that this art belongs to the past,” Hoska said.',
        ]),
      ]);
      expect(book.people.map((p) => p.name)).toEqual(['Dakota Hoska']);
    });
  }
});

describe('a role inside a capitalised title', () => {
  it('reads “City Manager Edward Broussard” as the person Edward Broussard with the title City Manager', () => {
    const book = buildQuoteBook([
      story('city-manager', [
        'The project is expected to cost about $4.2 million. City Manager Edward Broussard said work could begin in spring.',
        '“We want to get shovels in the ground as quickly as possible,” Broussard said.',
      ]),
    ]);
    expect(book.people.map((p) => [p.name, p.roles])).toEqual([['Edward Broussard', ['City Manager']]]);
  });
});

describe('a wire dateline before the subject', () => {
  it('reads the subject after “PLACE, Mon D (AGENCY)” so a participle clause speaks for it', () => {
    const book = buildQuoteBook([
      story('dateline', [
        'New Delhi, Feb 3 (PTI) Party leader Arvind Kumar on Saturday hit out at the government over fuel prices, saying families were “suffering badly every single day”.',
        '“Who is responsible for this?” Kumar asked reporters outside the party office on Saturday.',
      ]),
    ]);
    expect(book.quotes.map((q) => q.cue)).toEqual([
      'Arvind Kumar on Saturday hit out at the government over fuel prices, saying',
      'Kumar asked',
    ]);
  });
});

const PEOPLE_IN_THE_NEWS =
  `star superstar rapper legend youngster newcomer teen frontman frontwoman singer-songwriter host celebrity
  influencer billionaire tycoon mogul magnate incumbent challenger nominee contender hopeful frontrunner
  fan parent opponent observer insider rival ally pontiff cleric preacher nun monk suspect toddler pensioner
  retiree homeowner widow widower grandmother grandfather grandson granddaughter mum mom dad keeper
  quarterback pitcher rookie olympian fighter wrestler gaffer pundit astronaut cardiologist councilmember
  assemblyman assemblywoman assemblymember taoiseach tanaiste mla mlc`
    .split(/\s+/u)
    .filter((w) => w.length > 0);

describe('nouns the news uses for the person it is about', () => {
  for (const role of PEOPLE_IN_THE_NEWS) {
    it(`gives “…,” the ${role} said to the one person named just before`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('news-noun', [
          'Tomas Varga, who turned 30 on Friday, signed a new three-year contract on Saturday morning.',
          `“I am happy here and I want to win every trophy there is to win,” the ${role} said.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Tomas Varga']);
    });
  }
});

describe('nouns of party or leaning, which fit a person whatever office they hold', () => {
  for (const noun of [...AFFILIATION_NOUNS].sort()) {
    const written = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
    it(`gives “…,” the first-term ${written} said to the councillor named just before`, () => {
      const book = buildQuoteBook([
        story('affiliation', [
          'Councillor Nora Lindgren voted against the new parking charges at Tuesday’s meeting.',
          `Lindgren did not hold back. “These charges will empty our high street within a year,” the first-term ${written} said.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Nora Lindgren']);
      expect(book.people.map((p) => p.name)).toEqual(['Nora Lindgren']);
    });
  }
});

describe('members of a body', () => {
  for (const body of ['Council', 'Board', 'Committee']) {
    it(`reads “…,” ${body} member NAME said as NAME speaking, the body's word a part of the role`, () => {
      expect(ROLE_NOUNS.has('member')).toBe(true);
      const book = buildQuoteBook([
        story('member', [
          'The city council met on Monday night to approve the annual budget and a new parking plan.',
          `"Residents have told us again and again that parking is the problem," ${body} member Rosa Ibarra said.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => [q.speaker === null ? null : names.get(q.speaker), q.method])).toEqual([
        ['Rosa Ibarra', 'after'],
      ]);
    });
  }

  it('leaves “…,” a member of the public said to nobody', () => {
    const book = buildQuoteBook([
      story('member-public', [
        'Mayor Lucy Tran opened the new parking garage on Monday morning with a short speech.',
        '"It took them ten years to build a car park," a member of the public said.',
      ]),
    ]);
    expect(book.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('a general word for a role (GENERAL_ROLE_WORDS)', () => {
  const OPENING =
    'A new clinic opened on the coast road on Monday after eleven years of delays and two public inquiries.';

  /** The speaker of “…,” the GENERAL said, after the one person named with the particular role. */
  function generalSpeaker(particular: string, general: string): (string | null)[] {
    const written = particular.length <= 3 ? particular.toUpperCase() : particular;
    const article = /^[aeiou]/i.test(written) && particular.length > 3 ? 'an' : 'a';
    const lines = [
      OPENING,
      `Dana Hollis, ${article} ${written} for the coastal district, cut the ribbon with the nurses.`,
      `“We waited eleven years for this building,” the ${general} said.`,
    ];
    return quoteSpeakers(lines);
  }

  for (const [general, particulars] of GENERAL_ROLE_WORDS)
    for (const particular of [...particulars].sort())
      it(`gives “the ${general} said” to the one ${particular} named before`, () => {
        expect(generalSpeaker(particular, general)).toEqual(['Dana Hollis']);
      });

  it('reads no “company representative” as a lawmaker (“Representative” is no particular of GENERAL_ROLE_WORDS)', () => {
    expect(
      quoteSpeakers([
        OPENING,
        'Senator Ruth Kellaway questioned Dana Hollis, a company representative, for two hours on Monday.',
        '“We have been open with the committee from the start,” Hollis said.',
        '“That is not what the nurses told us,” the lawmaker said.',
      ]),
    ).toEqual(['Dana Hollis', null]);
  });

  it('gives one particular role’s word to nobody of another under the same general word (“the pastor” is no imam)', () => {
    expect(
      quoteSpeakers([
        OPENING,
        'Imam Yusuf Adeyemi and the parish’s new minister, Ruth Kellaway, blessed the building together.',
        '“We waited eleven years for this building,” the pastor said.',
      ]),
    ).toEqual([null]);
  });
});

describe('a minister’s portfolio between the office and the name', () => {
  const RELIEF = 'The state government announced a relief package for farmers on Tuesday after weeks of heavy rain.';

  function speakers(line: string): { people: string[]; quotes: (string | null)[] } {
    const book = buildQuoteBook([story('portfolio', [RELIEF, line])]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    return {
      people: book.people.map((p) => p.name),
      quotes: book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? '?'))),
    };
  }

  for (const word of [...PORTFOLIO_WORDS].sort()) {
    const written = word.replace(/(^|-)(\p{L})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase());
    it(`reads "Minister for ${written} NAME said" as NAME speaking, "${written}" the role's`, () => {
      expect(
        speakers(`Minister for ${written} Khalid Mahmood said: "Every dam in the province will be inspected."`),
      ).toEqual({
        people: ['Khalid Mahmood'],
        quotes: ['Khalid Mahmood'],
      });
    });
  }

  it('reads a run of portfolio words before “and” as the role’s alone (“Minister for National Water Security and Research Dr NAME”), no person', () => {
    const book = buildQuoteBook([
      story('portfolio-run', [
        RELIEF,
        'Minister for National Water Security and Research Dr Tumelo Rakgase said the new dams would be ready by June.',
      ]),
    ]);
    expect(book.people.map((p) => [p.name, p.roles])).toEqual([
      ['Tumelo Rakgase', ['Minister for National Water Security and Research']],
    ]);
  });

  it('reads “Minister of Minerals and Water Dr NAME said” with the whole portfolio, so “the minister said” is NAME', () => {
    expect(
      quoteSpeakers([
        RELIEF,
        'Minister of Minerals and Water Dr Tumelo Rakgase said revenue would fall but the state still had “room to breathe”.',
        'Addressing the chamber, the minister said: “We have weathered downturns before and will again.”',
      ]),
    ).toEqual(['Tumelo Rakgase', 'Tumelo Rakgase']);
  });

  it('keeps the office and its whole portfolio as the role, so “the minister said” later is NAME', () => {
    const book = buildQuoteBook([
      story('portfolio-role', [
        RELIEF,
        'Federal Minister for Housing and Postal Services Tariq Mehmood said on Wednesday that the centre would help.',
        '“We have decided to rebuild every road the water took,” the minister said at a press conference.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([
      book.people.map((p) => [p.name, p.roles]),
      book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker))),
    ]).toEqual([
      [['Tariq Mehmood', ['Federal Minister for Housing and Postal Services', 'minister']]],
      ['Tariq Mehmood'],
    ]);
  });

  it('reads a portfolio with a title after it (“Federal Minister for Climate Change Senator NAME said that …”)', () => {
    expect(
      speakers(
        'Federal Minister for Climate Change Senator Sadia Rehman said that the floods were "a warning the world cannot ignore."',
      ),
    ).toEqual({ people: ['Sadia Rehman'], quotes: ['Sadia Rehman'] });
  });

  it('reads “Minister of State for Home Affairs NAME” as NAME', () => {
    expect(
      speakers(
        '"Central teams will reach the state by Friday," Minister of State for Home Affairs Nityanand Rao said.',
      ),
    ).toEqual({ people: ['Nityanand Rao'], quotes: ['Nityanand Rao'] });
  });

  it('reads a portfolio joined by “and” (“Minister for Information and Broadcasting NAME said:”) as NAME, not two people', () => {
    expect(
      speakers('Minister for Information and Broadcasting Anurag Mehra said: "Every channel will carry the warnings."'),
    ).toEqual({ people: ['Anurag Mehra'], quotes: ['Anurag Mehra'] });
  });

  it('reads a place joined by “and” before a role (“Lowlands and Borders MSP Dr NAME said:”) as NAME, not two people', () => {
    expect(
      speakers('Lowlands and Borders MSP Dr Ewan Strachan said: "Two buses a day is no service for a market town."'),
    ).toEqual({ people: ['Ewan Strachan'], quotes: ['Ewan Strachan'] });
  });

  it('reads a full name after an office’s portfolio as a person’s, with that role, where no speech verb follows', () => {
    const book = buildQuoteBook([
      story('portfolio-visit', [
        RELIEF,
        'Minister for Fisheries and Disaster Relief R. Thenmozhi walked the flooded quays at the river port on Monday evening.',
      ]),
    ]);
    expect(book.people.map((p) => [p.name, p.roles])).toEqual([
      ['R Thenmozhi', ['Minister for Fisheries and Disaster Relief']],
    ]);
  });

  it('reads no person in a body’s name after “Dr NAME of the”, the office no portfolio’s', () => {
    const book = buildQuoteBook([
      story('institute', [
        RELIEF,
        'Dr Ines Ouattara of the Institut de Recherche Agricole in Bouake said the trial would start in January.',
      ]),
    ]);
    expect(book.people.map((p) => p.name)).toEqual(['Ines Ouattara']);
  });

  it('keeps “Hale and Berg said” two people, no one speaker', () => {
    expect(
      speakers('Councillor Ann Hale and Tom Berg said: "Two buses a day is no service for a market town."'),
    ).toEqual({
      people: ['Ann Hale', 'Tom Berg'],
      quotes: [null],
    });
  });

  it('gives a titled name after “A spokeswoman for” its own title only, so “the spokeswoman said” is not theirs', () => {
    const book = buildQuoteBook([
      story('served', [
        RELIEF,
        'A spokeswoman for Transport Minister Rhoda Penhale said the department would look at the timetable again.',
        '"The minister wants a second look at the winter sailings before anything is signed," the spokeswoman said.',
      ]),
    ]);
    expect([book.people.map((p) => [p.name, p.roles]), book.quotes.map((q) => q.speaker)]).toEqual([
      [['Rhoda Penhale', ['Transport Minister']]],
      [null],
    ]);
  });

  it('keeps “A spokesman for Senator NAME said” the words of somebody unnamed', () => {
    expect(
      speakers('A spokesman for Senator Joan Pryce said: "The senator will vote against the bill next week."'),
    ).toEqual({ people: ['Joan Pryce'], quotes: [null] });
  });

  it('keeps a portfolio word that is a surname elsewhere in the name (“Samantha Power said”)', () => {
    expect(speakers('"We cannot wait for another winter like the last one," Samantha Power said.')).toEqual({
      people: ['Samantha Power'],
      quotes: ['Samantha Power'],
    });
  });
});

const COURT_AND_CARE_ROLES = [
  'coroner',
  'magistrate',
  'pathologist',
  'midwife',
  'vet',
  'palaeontologist',
  'paleontologist',
  'juror',
  'vendor',
];

describe('roles of courts, care and trades in an appositive', () => {
  for (const role of COURT_AND_CARE_ROLES) {
    it(`gives “He said: …” to NAME after “NAME, the acting senior ${role} for the county, held …” and “Mr SURNAME …”`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('appositive-role', [
          'The family of a fisherman lost off the harbour wall two years ago say they are still waiting for answers.',
          `Owen Pryce, 52, was pulled from the water near the lifeboat station in the spring of that year.`,
          `Neil Garvey, the acting senior ${role} for the county, held a short hearing on Thursday.`,
          'Mr Garvey offered an apology, saying he had learned of the delay only that morning.',
          'He said: “I am concerned about the time this has taken, and I have told the police so.”',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Neil Garvey']);
    });
  }
});

describe('“Regent”, a district head’s title', () => {
  it('reads “Regent NAME” as a role before a full name of three words, whom “He told reporters:” stands for', () => {
    expect(ROLE_NOUNS.has('regent')).toBe(true);
    const book = buildQuoteBook([
      story('regent-role', [
        'The volcano erupted again overnight, sending ash over villages on its western slopes.',
        'Regent Agus Wira Santoso toured the evacuation camp at the district stadium on Tuesday. He told reporters:',
        '“Families stay in the camp until the volcano monitors give the all-clear.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Agus Wira Santoso']);
  });
});

describe('ROLE_HELD_SUFFIXES', () => {
  const WRITTEN: Record<string, string> = {
    '-in-charge': 'Officer-in-Charge (OC)',
    '-in-chief': 'Officer-in-Chief (OC)',
  };
  for (const suffix of ROLE_HELD_SUFFIXES)
    it(`reads "officer${suffix}" as a role, so "the officer${suffix} said" and its initials stand for its holder`, () => {
      expect([isRoleHead(`officer${suffix}`), isRoleHead(`well${suffix}`)]).toEqual([true, false]);
      const book = buildQuoteBook([
        story('held-role', [
          'A worker died at the harbour yard on Monday when a steel plate fell from a crane.',
          `Velmir Police Station ${WRITTEN[suffix] ?? ''} Karim Alam said a case had been filed and the yard closed.`,
          `"We are checking whether the safety rules were followed," the officer${suffix} said.`,
          '"The crane operator has been questioned," the OC said.',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
        'Karim Alam',
        'Karim Alam',
      ]);
    });
});

describe('ROLE_PREFIXES', () => {
  for (const prefix of [...ROLE_PREFIXES].sort()) {
    it(`reads "${prefix}-manager NAME" as a role before a person, whom a later "he said" stands for`, () => {
      expect(isRoleHead(`${prefix}-manager`)).toBe(true);
      const book = buildQuoteBook([
        story('hyphenated-role', [
          `The side's ${prefix}-manager Colm Rudd spoke to reporters after the county final on Sunday.`,
          'The defeat a year ago still hurt and, he said, the players learned from it.',
          '“We kept the ball and we kept our heads in the last ten minutes.”',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Colm Rudd']);
    });
  }

  it('does not read a hyphenated word whose prefix is not a role prefix as a role', () => {
    expect(isRoleHead('well-manager')).toBe(false);
    expect(isRoleHead('joint-venture')).toBe(false);
  });
});

describe('an office of a body between the office and the name', () => {
  const LEAD = 'The assembly sat late on Thursday to debate the emergency budget.';
  const OFFICES: [string, string][] = [
    ['Speaker of Parliament', 'speaker'],
    ['Clerk of the Court', 'clerk'],
    ['President of the Senate', 'president'],
    ['Leader of Opposition', 'leader'],
    ['Chief of Staff', 'chief'],
  ];

  for (const [office, noun] of OFFICES)
    it(`gives "“…,” ${office} NAME said" to NAME, "${office}" the role's`, () => {
      expect(ROLE_NOUNS.has(noun)).toBe(true);
      const book = buildQuoteBook([
        story('office', [LEAD, `“The chamber will sit again on Monday,” ${office} Anne Kowalczyk said.`]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect([book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? ''))]).toEqual([
        ['Anne Kowalczyk'],
        ['Anne Kowalczyk'],
      ]);
    });

  it('gives a later “she said” to the person named after “Chief Registrar of the Judiciary”', () => {
    const book = buildQuoteBook([
      story('registrar', [
        'The Chief Registrar of the Judiciary Amara Njoki told journalists the ruling would be read out on Friday.',
        '“Copies will be available in the public gallery at noon,” she said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => names.get(q.speaker ?? ''))).toEqual(['Amara Njoki']);
  });
});

describe('an office of a place, and roles with a suffix', () => {
  const LEAD = 'The storm closed roads across the region on Monday.';

  function spoken(line: string): [string[], (string | undefined)[]] {
    const book = buildQuoteBook([story('office-place', [LEAD, line])]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    return [book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? ''))];
  }

  it('reads “Mayor of PLACE NAME said” as NAME speaking, the place the office’s', () => {
    expect(spoken('“The bridge will reopen,” Mayor of Eastport Jane Rowe said.')).toEqual([
      ['Jane Rowe'],
      ['Jane Rowe'],
    ]);
  });

  it('reads “Deputy Governor of PLACE State NAME said” as NAME speaking', () => {
    expect(spoken('“It is a sad day,” Deputy Governor of Korra State Femi Adeyemi said.')).toEqual([
      ['Femi Adeyemi'],
      ['Femi Adeyemi'],
    ]);
  });

  it('reads “Mayor of PLACE NAME Ó NAME said” with the name’s particle as the name’s, not the place’s', () => {
    expect(spoken('“The bridge will reopen,” Mayor of Eastport Siobhán Ó Ceallaigh said.')).toEqual([
      ['Siobhán Ó Ceallaigh'],
      ['Siobhán Ó Ceallaigh'],
    ]);
  });

  const jurisdictionOffices: Record<string, string> = {
    district: 'US Attorney for the Middle District of New Mexico',
  };
  for (const jurisdiction of OFFICE_JURISDICTIONS)
    it(`reads “OFFICE for the … ${jurisdiction} of PLACE NAME said” as NAME speaking, the place the office’s`, () => {
      const office = jurisdictionOffices[jurisdiction];
      expect(office).toBeDefined();
      expect(
        spoken(`${office} Marthe Quillory said the sentence was “fair, and long overdue for the families.”`),
      ).toEqual([['Marthe Quillory'], ['Marthe Quillory']]);
    });

  for (const suffix of ROLE_SUFFIXES)
    it(`reads “Governor-${suffix} NAME” as a title before the name`, () => {
      expect(isRoleHead(`governor-${suffix}`)).toBe(true);
      expect(spoken(`“We will rebuild,” said Governor-${suffix} Maria Duarte.`)).toEqual([
        ['Maria Duarte'],
        ['Maria Duarte'],
      ]);
    });

  it('does not read a suffix after a word that is no role as a role (“bike-elect”)', () => {
    expect(isRoleHead('bike-elect')).toBe(false);
  });

  it('reads “Opposition Chief Whip NAME” with the whip as a role, not a name word', () => {
    expect(ROLE_NOUNS.has('whip')).toBe(true);
    expect(spoken('“The plan will not work,” said Opposition Chief Whip Daniel Okoro.')).toEqual([
      ['Daniel Okoro'],
      ['Daniel Okoro'],
    ]);
  });
});

const WITNESS_ROLES =
  `councillor intern employee staffer batter fielder caddie trainee apprentice cadet receptionist cashier
  janitor corporal warden carer caregiver pupil graduate undergraduate waiter bartender postman courier optician
  surveyor cousin uncle aunt nephew niece stepfather stepmother stepson stepdaughter girlfriend boyfriend fiance
  fiancee commuter passenger motorist pedestrian patient hurdler spinner consul machinist steward foreman labourer
  laborer welder`
    .split(/\s+/u)
    .filter((w) => w.length > 0);

describe('roles of witnesses, workers and relatives', () => {
  for (const role of WITNESS_ROLES)
    it(`reads "“…,” said ${role} NAME, who …" as NAME speaking`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('witness-role', [
          'A fire broke out at the harbour warehouse late on Tuesday night.',
          `“The smoke reached the car park within a minute,” said ${role} Nadia Ferrand, who was parked nearby.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => names.get(q.speaker ?? ''))).toEqual(['Nadia Ferrand']);
    });

  it('leaves out of the role nouns words that are adjectives as often ("relative", "cleaner")', () => {
    expect([ROLE_NOUNS.has('relative'), ROLE_NOUNS.has('cleaner')]).toEqual([false, false]);
  });
});

const UNNAMED_PEOPLE_ROLES = [
  ...['islander', 'ranger', 'sailor', 'docker', 'householder', 'landowner', 'trucker', 'haulier', 'postwoman'],
  ...['grocer', 'farmhand', 'herder', 'fisherwoman', 'boatman', 'ferryman', 'bouncer', 'investigator', 'dealer'],
  ...['seller', 'buyer', 'client', 'mourner', 'pilgrim', 'devotee', 'headman', 'townsman', 'tourist', 'visitor'],
  ...['traveller', 'traveler', 'holidaymaker', 'backpacker', 'climber', 'hiker', 'trekker', 'nanny', 'babysitter'],
  ...['housekeeper', 'maid', 'barista', 'publican', 'stallholder', 'peddler', 'drummer', 'guitarist'],
  ...['bassist', 'pianist', 'violinist'],
  ...['eyewitness', 'rioter', 'looter', 'gunman', 'attacker', 'assailant', 'intruder', 'hostage', 'captive'],
  ...['detainee', 'prisoner', 'inmate', 'convict', 'refugee', 'migrant', 'evacuee', 'orphan', 'spouse'],
  ...[
    'fiancé',
    'fiancée',
    'acquaintance',
    'landlady',
    'shopowner',
    'storekeeper',
    'freelancer',
    'forewoman',
    'realtor',
  ],
  ...[
    'typist',
    'optometrist',
    'physiotherapist',
    'physio',
    'radiographer',
    'doula',
    'caseworker',
    'tutor',
    'schoolboy',
  ],
  ...['schoolgirl', 'postgraduate', 'notary', 'bailiff', 'policeman', 'policewoman', 'trooper', 'fireman', 'lifeguard'],
  ...[
    'rescuer',
    'serviceman',
    'servicewoman',
    'conscript',
    'copilot',
    'stewardess',
    'crewman',
    'deckhand',
    'beekeeper',
  ],
  ...[
    'vintner',
    'winemaker',
    'sommelier',
    'hotelier',
    'innkeeper',
    'restaurateur',
    'chauffeur',
    'cabbie',
    'motorcyclist',
  ],
  ...['jogger', 'marathoner', 'gymnast', 'skier', 'snowboarder', 'surfer', 'skater', 'mountaineer', 'footballer'],
  ...[
    'cricketer',
    'linesman',
    'vlogger',
    'youtuber',
    'podcaster',
    'cameraman',
    'illustrator',
    'cartoonist',
    'programmer',
  ],
  ...[
    'screenwriter',
    'lyricist',
    'songwriter',
    'vocalist',
    'bandmate',
    'ballerina',
    'choreographer',
    'magician',
    'contestant',
  ],
  ...['participant', 'finalist', 'winner', 'medallist', 'medalist', 'constituent', 'taxpayer', 'ratepayer'],
  ...['renter', 'occupant', 'squatter', 'beggar', 'passerby', 'attendee', 'unionist', 'benefactor'],
  ...[
    'philanthropist',
    'heiress',
    'beneficiary',
    'grandparent',
    'octogenarian',
    'nonagenarian',
    'centenarian',
    'evangelist',
    'missionary',
  ],
  ...['mullah', 'guru', 'swami', 'shaman', 'parishioner', 'congregant', 'churchgoer', 'settler', 'nomad'],
  ...['herdsman', 'tribesman', 'chieftain', 'immigrant', 'emigrant', 'expat'],
];

describe('people brought in unnamed by what they do or are', () => {
  for (const role of UNNAMED_PEOPLE_ROLES)
    it(`gives “One ${role}, who did not want to give a name, said … “…,” he said.” to nobody, not the man named before`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('unnamed-role', [
          'Minister Joseph Tarrow signed the harbour contract on Monday and pledged hundreds of new posts.',
          `One ${role}, who did not want to give a name, said few people still trusted such pledges.`,
          '“We have heard these pledges for years. Show us the new quay first,” he said.',
        ]),
      ]);
      expect(book.quotes.map((q) => q.speaker)).toEqual([null]);
    });
});

describe('seats written as capital letters', () => {
  for (const seat of ['msp', 'mpp', 'mla', 'mlc', 'am', 'td']) {
    it(`reads “NAME, ${seat.toUpperCase()} for PLACE, said …” as NAME speaking, and a later “He added:” as NAME`, () => {
      expect(ROLE_NOUNS.has(seat)).toBe(true);
      const book = buildQuoteBook([
        story('seat', [
          'The county council voted on Tuesday to collect household rubbish once a month from April.',
          `Callum Ferrier, ${seat.toUpperCase()} for Harrow Vale, said the plan was “a slap in the face” for families.`,
          'He added: “Rubbish will pile up in every street on the estate by the second week.”',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
        'Callum Ferrier',
        'Callum Ferrier',
      ]);
    });
  }
});

describe('roles of the courts', () => {
  for (const role of ['counsel', 'advocate']) {
    it(`gives “…,” the ${role} said to NAME, ${role} for the residents, when another person spoke between`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('court-role', [
          `Orla Brannigan, senior ${role} for the residents, told the tribunal on Monday that the plan broke the law.`,
          '“Every rule was followed to the letter,” said Petra Lindahl, a planner for the county council.',
          `“We will take this to the appeal court if we must,” the ${role} said.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
        'Petra Lindahl',
        'Orla Brannigan',
      ]);
    });
  }

  for (const role of BARE_DEFINITE_ROLES) {
    it(`gives “…,” ${role} said, with no article, to the subject of the sentence before`, () => {
      const book = buildQuoteBook([
        story('bare-role', [
          `Senior ${role} for the residents, Orla Brannigan, said the county had been “careless with the truth”.`,
          `“The county never asked a single resident what they thought,” ${role} said.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
        'Orla Brannigan',
        'Orla Brannigan',
      ]);
    });
  }

  it('learns no role for a name after “a lawyer for Mr”, which is the client’s', () => {
    const book = buildQuoteBook([
      story('client', [
        'The trial of the former bank clerk Colm Devereux went on at the High Court on Thursday.',
        'A lawyer for Mr Devereux, Orla Brannigan, said her client had been “made to carry the blame”.',
      ]),
    ]);
    expect(book.people.map((p) => [p.name, p.roles])).toEqual([
      ['Colm Devereux', ['former bank clerk']],
      ['Orla Brannigan', ['lawyer']],
    ]);
  });
});

describe('trades of the people local stories quote, as roles', () => {
  for (const role of ['rancher', 'shopper', 'waitress']) {
    const title = `${role.charAt(0).toUpperCase()}${role.slice(1)}`;
    it(`leaves “${title}” out of the name it opens a sentence before, and gives the next “he said” to that person`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story(`trade-${role}`, [
          'Dr Anil Tarrow has run the emergency room at the county hospital for twenty years.',
          '“I am not leaving yet, and I will be here on the last day if they let me,” Tarrow said.',
          `${title} Dale Okafor-Hale, 67, drove forty miles to attend the meeting on Monday night.`,
          '“My wife was treated right here, right down that hall, two winters ago,” he said.',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
        'Anil Tarrow',
        'Dale Okafor-Hale',
      ]);
    });
  }
});

describe('companions as roles', () => {
  for (const role of [
    'classmate',
    'schoolmate',
    'teammate',
    'colleague',
    'coworker',
    'flatmate',
    'housemate',
    'roommate',
  ]) {
    const title = `${role.charAt(0).toUpperCase()}${role.slice(1)}`;
    it(`leaves “${title}” out of the name it opens a sentence before, as a role`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('companion', [
          `${title} Priyanka Ramanathan said: “She worked harder than anybody I know, every single day.”`,
        ]),
      ]);
      expect(book.people.map((p) => [p.name, p.roles])).toEqual([['Priyanka Ramanathan', [title]]]);
    });
  }
});

const POSITIONS = [
  'flanker',
  'fly-half',
  'scrum-half',
  'full-back',
  'left-back',
  'right-back',
  'centre-back',
  'wing-back',
  'playmaker',
  'try-scorer',
];

describe('playing positions as role nouns', () => {
  for (const role of POSITIONS) {
    it(`gives “the former ${role} smiled” ¶ “…” to the person named before it`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story(`position-${role}`, [
          'Coach Tevita Ulufonua was blunt after the defeat at home on Saturday night.',
          '“We have been too soft, and visiting sides have enjoyed their trips here.”',
          `Asked whether his job was under pressure, the former ${role} smiled.`,
          '“Every coach is under pressure, and mine is no different from anybody else’s.”',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
        'Tevita Ulufonua',
        'Tevita Ulufonua',
      ]);
    });
  }
});

describe('a player brought on as a role noun', () => {
  for (const role of ['substitute', 'replacement'])
    it(`makes a person of “${role.charAt(0).toUpperCase()}${role.slice(1)} NAME headed in the winner”, whom “the 23-year-old said” means`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story(`bench-${role}`, [
          `${role.charAt(0).toUpperCase()}${role.slice(1)} Tevita Ulufonua headed in a late winner as the home side came from behind on Tuesday.`,
          '“I have dreamed of a night like this since I was a boy,” the 23-year-old said afterwards.',
        ]),
      ]);
      expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
        'Tevita Ulufonua',
      ]);
    });
});

describe('members of a house by where they sit', () => {
  for (const role of ['backbencher', 'frontbencher'])
    it(`reads “Harbour Party ${role} Sir NAME went further, calling it ‘…’” as NAME’s words`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story(`bench-${role}`, [
          'The minister was rebuked by the Speaker on Wednesday over the figures she gave the House.',
          `Harbour Party ${role} Sir Tevita Ulufonua went further, calling the row ‘a habit, not an accident’.`,
        ]),
      ]);
      expect(book.quotes.map((q) => book.people.find((p) => p.id === q.speaker)?.name ?? null)).toEqual([
        'Tevita Ulufonua',
      ]);
    });
});

describe('nouns describing a person by age or experience (EPITHET_NOUNS)', () => {
  for (const epithet of [...EPITHET_NOUNS].sort()) {
    it(`gives “…,” said the ${epithet} to the person who spoke before, whatever roles are known of them`, () => {
      const book = buildQuoteBook([
        story(`epithet-${epithet}`, [
          'Former deputy prime minister Tevita Ulufonua, who now sits in the upper house, told reporters the reshuffle was overdue.',
          `“Leaders need a hard edge, and the best ones have it,” said the ${epithet}.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Tevita Ulufonua']);
    });
  }
});

const PUBLIC_ROLES = ['holder', 'customer', 'spectator', 'bystander', 'onlooker', 'diner', 'worshipper'];

describe('members of the public as roles', () => {
  for (const role of PUBLIC_ROLES) {
    it(`reads "“…,” said season-ticket ${role} NAME, who …" as NAME speaking`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('public-role', [
          'The club sold its captain to a rival on Monday, two days before the window closed.',
          `“They have traded our best player for a bag of draft picks,” said season-ticket ${role} Mirela Dosen, who has come here since 1998.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Mirela Dosen']);
    });
  }
});

describe('“a user” of a service brought in unnamed', () => {
  it('gives the unnamed user’s “…,” she said to nobody, not to a woman named before', () => {
    expect(ROLE_NOUNS.has('user')).toBe(true);
    const book = buildQuoteBook([
      story('unnamed-user', [
        'Council officer Ana Berg defended the new parking charges at the hospital at a briefing on Monday.',
        'A regular user of the car park, who asked us to leave her name out, said she now took the bus instead. “The charge has doubled since March,” she said.',
      ]),
    ]);
    expect(book.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

const SPORTS_TRADE_ROLES = [
  'agent',
  'promoter',
  'matchmaker',
  'skip',
  'stablemaster',
  'rikishi',
  'yokozuna',
  'ozeki',
  'sekiwake',
  'komusubi',
  'maegashira',
  'controller',
];

describe('roles of the fight game, curling and sumo, and of emergency management', () => {
  for (const role of SPORTS_TRADE_ROLES) {
    it(`reads "“…,” said ${role} NAME after the bout" as NAME speaking`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('trade-role', [
          'The champion kept his title on Saturday night in front of a full house at the harbour arena.',
          `“We had almost four thousand people inside tonight, and more outside,” said ${role} Kwesi Larbi-Dosen after the bout.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Kwesi Larbi-Dosen']);
    });
  }
});

describe('honorifics naming a calling (HONORIFIC_CALLINGS)', () => {
  for (const [honorific, calling] of HONORIFIC_CALLINGS) {
    const written = `${honorific.charAt(0).toUpperCase()}${honorific.slice(1)}${honorific.length <= 4 ? '.' : ''}`;
    it(`reads “${written} NAME, a transport historian,” … “the ${calling} said” as NAME`, () => {
      expect(
        quoteSpeakers([
          'The city’s oldest tram route is to be scrapped next winter, transport chiefs announced on Sunday.',
          `${written} Anil Dastmalchi, a transport historian, said the trams were the quietest way to cross the city.`,
          `“A tram burns no diesel in the street. Scrapping them is backwards,” the ${calling} said.`,
        ]),
      ).toEqual(['Anil Dastmalchi']);
    });
  }
});

describe('honorifics naming a calling only before a full name (FULL_NAME_CALLINGS)', () => {
  for (const honorific of [...FULL_NAME_CALLINGS].sort()) {
    const written = `${honorific.charAt(0).toUpperCase()}${honorific.slice(1)}`;
    it(`reads no calling from “${written}” before one word (“${written} Christmas”)`, () => {
      expect(
        quoteSpeakers([
          'The children’s ward held its winter party on Sunday, with a choir and a magician.',
          `${written} Christmas handed out presents to every child on the ward, and Ann Lee, a nurse, said it was a joy.`,
          `“Every child got a gift and nobody cried,” the ${HONORIFIC_CALLINGS.get(honorific)} said.`,
        ]),
      ).toEqual([null]);
    });
  }
});

describe('a minister’s office and portfolio opening the sentence before the name', () => {
  for (const office of ['Minister of Minerals and Water Dr', 'Minister of Energy'])
    it(`reads the name after “${office}” as the subject, so “…, adding that … “…”” is the name’s`, () => {
      expect(
        quoteSpeakers([
          'Output at the state copper mine dropped sharply over six months, its owners reported on Monday.',
          `${office} Tumelo Rakgase said state income would shrink, adding that savings left “room to breathe”.`,
        ]),
      ).toEqual(['Tumelo Rakgase']);
    });
});

const AUDIENCE_ROLES = ['reader', 'viewer', 'listener'];

describe('roles of a live blog’s audience', () => {
  for (const role of AUDIENCE_ROLES) {
    const opening = `${role.charAt(0).toUpperCase()}${role.slice(1)}`;
    it(`reads "${opening} NAME from PLACE emails: “…”" as NAME speaking, the role no part of the name`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('audience', [
          'The hosts lead by nine at the break, and the stands have not stopped singing since the anthem.',
          `${opening} Oonagh from Galway emails: “Our whole street is watching this in the pub with the sound up.”`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Oonagh']);
    });
  }
});

describe('a role somebody left joined to the one they hold (ROLE_TURNS)', () => {
  for (const turn of [...ROLE_TURNS].sort())
    it(`reads "Former winger ${turn} pundit NAME made her call before kick-off: “…”" as NAME speaking`, () => {
      expect(
        quoteSpeakers([
          'The two sides meet for the third time this season, with the league title still to be settled.',
          `Former winger ${turn} pundit Greta Vos made her call before kick-off: “The hosts by six, and it will not be close.”`,
        ]),
      ).toEqual(['Greta Vos']);
    });
});

describe('a nationality’s noun before more words of a role', () => {
  it('reads “NAME, a Vietnamese data engineer who …,” as the whole role, the nationality its adjective', () => {
    const book = buildQuoteBook([
      story('nationality-adjective', [
        'Lê Văn Tâm, a Vietnamese data engineer who joined Korvik in 2019, spent a season picking fruit.',
      ]),
    ]);
    expect(book.people.map((p) => [p.name, p.roles])).toEqual([['Lê Văn Tâm', ['Vietnamese data engineer']]]);
  });
});

describe('a firm’s word of what it makes before its name (FIRM_MAKERS)', () => {
  for (const word of [...FIRM_MAKERS].sort()) {
    const written = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`reads “${written} Tarvoss said” as the firm Tarvoss speaking, the word no part of the name`, () => {
      const book = buildQuoteBook([
        story(`firm-maker-${word}`, [
          'The industry has been in court more often this year than in the ten years before, lawyers for both sides say.',
          `${written} Tarvoss said the rival’s new line was “a plain copy of our own”.`,
        ]),
      ]);
      expect([book.people.map((p) => [p.name, p.kind ?? 'person']), book.quotes.map((q) => q.speaker)]).toEqual([
        [['Tarvoss', 'organisation']],
        ['org:tarvoss'],
      ]);
    });
  }

  it('reads the word as no part of the name only when it opens the sentence', async () => {
    const { capitalRuns } = await import('../../src/quotes/names.ts');
    const { spacedTokens } = await import('./fixtures.ts');
    expect([
      capitalRuns(spacedTokens('Toymaker Tarvoss sues a rival')).map((r) => [r.from, r.to]),
      capitalRuns(spacedTokens('said Toymaker Tarvoss on Monday')).map((r) => [r.from, r.to]),
    ]).toEqual([[[1, 2]], [[1, 3]]]);
  });

  it('keeps a name of two words after it a person’s, and the name after a filmmaker, a person, too', () => {
    const book = buildQuoteBook([
      story('firm-maker-person', [
        'The industry has been in court more often this year than in the ten years before, lawyers for both sides say.',
        'Toymaker Jan Vesely said the rival’s new line was “a plain copy of our own”.',
        'Filmmaker Oduya said the cut was “not the film I made”.',
      ]),
    ]);
    expect(book.people.map((p) => [p.name, p.kind ?? 'person']).sort()).toEqual([
      ['Jan Vesely', 'person'],
      ['Oduya', 'person'],
    ]);
  });
});

describe('a closed compound ending in a role noun (ROLE_COMPOUND_HEADS)', () => {
  const COMPOUNDS: Record<string, string> = {
    teacher: 'schoolteacher',
    worker: 'steelworker',
    keeper: 'lockkeeper',
    fighter: 'bushfighter',
    goer: 'theatregoer',
    watcher: 'birdwatcher',
    minder: 'childminder',
    rider: 'horserider',
    monger: 'cheesemonger',
  };
  for (const head of ROLE_COMPOUND_HEADS) {
    const word = COMPOUNDS[head] ?? '';
    it(`reads “${word}” as a role head, and gives “…,” he said to the retired ${word} set off after a name`, () => {
      expect([word.endsWith(head), ROLE_NOUNS.has(word), isRoleHead(word)]).toEqual([true, false, true]);
      expect(
        quoteSpeakers([
          'The ferry strike went into its third week on Monday with no talks planned between the crews and the owners.',
          `On the quay in Tarrow we met Ivo Tavish, a retired ${word} who has lived on the island for forty years.`,
          '“Nobody in this town remembers a strike this long,” he said.',
        ]),
      ).toEqual(['Ivo Tavish']);
    });
  }

  it('reads no head with fewer than three letters before it as a compound role (“cokeeper”), one with three as one', () => {
    expect([isRoleHead('cokeeper'), isRoleHead('tinkeeper')]).toEqual([false, true]);
  });

  it('reads no firm’s trade word as a role (“housebuilder”, “shipowner”, “carmaker”), so the name after it is no person', () => {
    expect([isRoleHead('housebuilder'), isRoleHead('shipowner'), isRoleHead('carmaker')]).toEqual([
      false,
      false,
      false,
    ]);
  });
});

/** Trades, household roles and parties: a lower-case one heading an unnamed subject is somebody a later "she" means. */
const TRADE_ROLES = [
  ...['assistant', 'porter', 'baker', 'butcher', 'carpenter', 'decorator', 'hairdresser'],
  ...['barber', 'florist', 'jeweller', 'jeweler', 'tailor', 'gardener', 'groundsman', 'shepherd', 'crofter'],
  ...['greengrocer', 'newsagent', 'roofer', 'joiner', 'bricklayer', 'glazier', 'painter', 'handyman'],
  ...['dispatcher', 'paralegal', 'cook', 'doorman', 'concierge', 'homemaker', 'housewife', 'househusband'],
  ...['claimant', 'complainant', 'applicant', 'appellant', 'petitioner', 'respondent', 'borrower', 'subscriber'],
  ...['archivist', 'alumna', 'sibling', 'crewmember', 'attendant', 'reservist', 'airman', 'recruit', 'parolee'],
  ...['elector', 'townsperson', 'follower'],
];

/** The people of a broadcast or an interview: an unnamed one speaking is somebody too. */
const INTERVIEW_ROLES = ['guest', 'interviewee', 'caller'];

describe('trades, household roles and the people of an interview (ROLE_NOUNS)', () => {
  for (const role of [...TRADE_ROLES, ...INTERVIEW_ROLES])
    it(`gives “${/^[aeiou]/u.test(role) ? 'An' : 'A'} ${role} who did not want a name printed said … “…,” she said.” to nobody, not the owner named before`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('trade-role', [
          'The covered market in Pellow will shut for two years of repairs from March, the council confirmed.',
          'Its lease is held by Marnie Quell, who took it over from her father in 2004.',
          `${/^[aeiou]/u.test(role) ? 'An' : 'A'} ${role} who did not want a name printed said the traders had heard nothing about where they would go.`,
          '“Two years is a lifetime for a small business. Most of us will not come back,” she said.',
        ]),
      ]);
      expect(book.quotes.map((q) => q.speaker)).toEqual([null]);
    });
});

describe('trade words that are as often a thing’s or a firm’s (“caretaker”, “builder”)', () => {
  it('leaves them out of the role nouns, so “A caretaker government …” and “A builder that went bust …” bring in nobody', () => {
    expect([
      ROLE_NOUNS.has('caretaker'),
      ROLE_NOUNS.has('builder'),
      quoteSpeakers([
        'The prime minister resigned on Sunday after losing a confidence vote, leaving the country in limbo for weeks.',
        'Finance Minister Lena Vos was asked to stay on until elections in the spring.',
        'A caretaker government would run the country until May. “We will keep the lights on,” she said.',
      ]),
      quoteSpeakers([
        'Dozens of families have been left with half-finished homes on an estate outside the town, records show.',
        'Ann Hale paid a deposit on a three-bedroom house in 2021.',
        'A builder that went bust in May owes her £40,000. “I have lost my savings,” she said.',
      ]),
    ]).toEqual([false, false, ['Lena Vos'], ['Ann Hale']]);
  });
});

const SCIENCE_AND_CLINIC_ROLES = [
  'statistician',
  'mathematician',
  'demographer',
  'cartographer',
  'dietitian',
  'dietician',
  'nutritionist',
  'clinician',
  'paediatrician',
  'pediatrician',
  'obstetrician',
  'gynaecologist',
  'gynecologist',
  'neurologist',
  'oncologist',
  'dermatologist',
  'radiologist',
  'anaesthetist',
  'anesthetist',
  'immunologist',
  'toxicologist',
  'hydrologist',
  'seismologist',
  'volcanologist',
  'glaciologist',
  'oceanographer',
  'criminologist',
  'zoologist',
  'botanist',
  'ornithologist',
  'entomologist',
  'geneticist',
  'neuroscientist',
];

describe('roles of scientists and clinicians', () => {
  for (const role of SCIENCE_AND_CLINIC_ROLES) {
    const written = `${role.charAt(0).toUpperCase()}${role.slice(1)}`;
    it(`reads "${written} NAME of the … said" as NAME with the role ${written}, not a name "${written} NAME"`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('scientist', [
          'The survey of the estuary was published on Monday after three years of fieldwork.',
          `${written} Mirela Vass of the Kestrel Institute for Marine Studies said the results were “far from settled”.`,
        ]),
      ]);
      // (The institute is known as a body, no person.)
      const people = book.people.filter((p) => p.kind === 'person');
      expect(people.map((p) => [p.name, p.roles])).toEqual([['Mirela Vass', [written]]]);
      expect(book.quotes.map((q) => q.speaker)).toEqual(['mirela vass']);
    });
  }
});

describe('school years as roles', () => {
  for (const role of ['freshman', 'sophomore']) {
    it(`reads “said ${role} NAME” after a quote as NAME speaking`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('school-year', [
          'Hundreds of students gathered outside Lakeview High School on Thursday night for a candlelight vigil after the fire.',
          `“We hold each other up, that is all we can do,” said ${role} Dalia Quillon, who was in the gym when the alarm went off.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Dalia Quillon']);
    });
  }
});

const CUSTODIAL_ROLES = ['conservator', 'custodian'];

describe('roles of those who look after a place or collection', () => {
  for (const role of CUSTODIAL_ROLES) {
    it(`reads "Marsh Reserve ${capitalised(role)} NAME said the count was “…”" as NAME speaking`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      const book = buildQuoteBook([
        story('custodial', [
          `Opening the count at the reserve gate on Friday, Marsh Reserve ${capitalised(role)} Edwin Paul Tallis said the rise in nesting terns was “the result of ten years of patient work by volunteers”.`,
          'Volunteers counted more than 400 nests along the shingle this spring, twice the figure of a decade ago.',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Edwin Paul Tallis']);
    });
  }
});

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const LOCAL_OFFICE_ROLES = ['recorder', 'assessor', 'collector', 'marshal', 'bursar', 'ombudsperson'];

describe('roles of local offices and colleges', () => {
  for (const role of LOCAL_OFFICE_ROLES) {
    const office = role[0]?.toUpperCase() + role.slice(1);
    it(`reads "Quenby County ${office} NAME, one of the plaintiffs, said …" as NAME speaking, and "the ${role}" later too`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      expect(
        quoteSpeakers([
          'The state was sued on Monday over its new rules for counting postal votes in the autumn election.',
          `Officials were split. Quenby County ${office} Wenna Tregarthen-Reyes, who joined the suit, said the state had “acted far too late and with far too little care”.`,
          'The state’s lawyers have so far kept their own counsel on the matter.',
          `“We will see this through to the end,” the ${role} added.`,
        ]),
      ).toEqual(['Wenna Tregarthen-Reyes', 'Wenna Tregarthen-Reyes']);
    });
  }
});

const FELLOW_ROLES = ['workmate', 'shipmate', 'crewmate', 'clubmate'];

describe('roles of those who work or sail with somebody', () => {
  for (const role of FELLOW_ROLES) {
    it(`reads "said his friend and former ${role} NAME, 52" as NAME speaking`, () => {
      expect(ROLE_NOUNS.has(role)).toBe(true);
      expect(
        quoteSpeakers([
          'Two men died when part of the roof came down in the east section of the colliery late on Monday.',
          `“He knew every seam in that pit and showed the new lads all of it,” said his friend and former ${role} Tobiah Wrenfield, 52.`,
        ]),
      ).toEqual(['Tobiah Wrenfield']);
    });
  }
});

describe('a surname left out of the role nouns of colleges (“Proctor”)', () => {
  it('keeps “Councillor Ysolde Proctor … Proctor said” a person', () => {
    expect(ROLE_NOUNS.has('proctor')).toBe(false);
    expect(
      quoteSpeakers([
        'Councillor Ysolde Proctor, who has represented the harbour ward for twelve years, opposed the new car park.',
        '“Nobody in this ward asked for more cars,” Proctor said.',
      ]),
    ).toEqual(['Ysolde Proctor']);
  });
});
