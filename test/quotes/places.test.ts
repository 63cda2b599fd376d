import { describe, expect, it } from 'vitest';
import {
  DEMONYM_ENDINGS,
  demonymBases,
  CAPITALS,
  COUNTRIES,
  isPlaceName,
  WHERE_PREPOSITIONS,
  OFFICE_SEATS,
  PLACE_MODIFIERS,
  PLACE_OPENING_NOUNS,
  PLACES_NAMED_AFTER_PEOPLE,
  leadsToStreet,
  STREET_LEADS,
  SETTLEMENT_NOUNS,
  STREET_WORDS,
  US_STATES,
} from '../../src/quotes/places.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { quoteSpeakers, spacedTokens, story } from './fixtures.ts';
import { givenNameGender } from '../../src/load/givenNames.ts';

describe('place tables', () => {
  it('hold countries, capitals and US states, each entry lower-cased and trimmed', () => {
    expect(COUNTRIES.size).toBeGreaterThanOrEqual(190);
    expect(CAPITALS.size).toBeGreaterThanOrEqual(120);
    expect(US_STATES.size).toBe(50);
    for (const entry of [...COUNTRIES, ...CAPITALS, ...US_STATES]) expect(entry).toBe(entry.trim().toLowerCase());
  });

  it('recognise a place as written, with accents, a possessive or "the"', () => {
    expect([
      isPlaceName('Russia'),
      isPlaceName('New York'),
      isPlaceName('Brasília'),
      isPlaceName('France’s'),
      isPlaceName('the Netherlands'),
    ]).toEqual([true, true, true, true, true]);
    expect([isPlaceName('Roy Cooper'), isPlaceName('Michael Jordan'), isPlaceName('Green')]).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('place modifiers', () => {
  for (const word of PLACE_MODIFIERS) {
    const written = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`reads a run opened by "${written}" as a place, listed or not`, () => {
      expect([isPlaceName(`${written} Poland`), isPlaceName(`${written} Tavria`), isPlaceName(written)]).toEqual([
        true,
        true,
        false,
      ]);
    });
  }
});

describe('nouns opening a place’s own name (PLACE_OPENING_NOUNS)', () => {
  for (const word of PLACE_OPENING_NOUNS) {
    const written = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`reads a run opened by "${written}" as a place, and "${written}" alone as none`, () => {
      expect([isPlaceName(`${written} Yarrowby`), isPlaceName(`The ${written} Tarlin`), isPlaceName(written)]).toEqual([
        true,
        true,
        false,
      ]);
    });
  }

  it('gives a “he” after “in Kilcarragh, Co Drumvarra,” to the man named before, not to the county', () => {
    expect(
      quoteSpeakers([
        'Sales of electric cars fell sharply over the spring, new figures from the motor trade show.',
        'Eoin Maddox, who runs a family dealership in Kilcarragh, Co Drumvarra, said he had sold 11 this year.',
        '“A couple came in on Tuesday, both nurses, and they walked away over the charging,” he said.',
      ]),
    ).toEqual(['Eoin Maddox']);
  });

  it('gives a “she” after “closed its Port Wenloby campus” to the woman the paragraph before named, not the place', () => {
    const book = buildQuoteBook([
      story('place-opening-noun', [
        'Professor Ines Galloway has run the coast university for a year. In that time it has cut 190 jobs, closed its Port Wenloby campus and lost a third of its overseas students.',
        'She says she regrets none of it, though she concedes the year has been “hard on every one of us”.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Ines Galloway']);
  });
});

describe('saints’ words opening Spanish and Portuguese place names (PLACE_OPENING_NOUNS)', () => {
  it('lists no person for “San Telmo de Arriba said” or “São Bento said”, and leaves their quotes unattributed', () => {
    const book = buildQuoteBook([
      story('saint-places', [
        'The river burst its banks above the two towns on Tuesday night after four days of rain.',
        'San Telmo de Arriba said on Wednesday it had “opened every school as a shelter for the night.”',
        'São Bento said its crews had been “on duty day and night since the water first rose.”',
      ]),
    ]);
    expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([[], [null, null]]);
  });

  it('keeps “Santa” and “Santo” given names (“Santa Okuma said”, “Santo Ybarrondo said”), not places', () => {
    expect(
      quoteSpeakers([
        'The university and the city signed a new housing agreement for students on Friday afternoon.',
        '“This is the best news our students have had in years,” Santa Okuma said.',
        '“The city will build the first block before next winter,” Santo Ybarrondo said.',
      ]),
    ).toEqual(['Santa Okuma', 'Santo Ybarrondo']);
  });
});

describe('office seats', () => {
  for (const word of OFFICE_SEATS) {
    const written = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    it(`reads "CM ${written}" after a role as a building and gives the quote to the role's holder`, () => {
      const book = buildQuoteBook([
        story(`seat-${word}`, [
          `Provincial Chief Minister Ama Kessel, chairing a flood meeting at CM ${written}, ordered the evacuation of the delta.`,
          '“No family should be left behind because of carelessness,” the chief minister said after the meeting.',
        ]),
      ]);
      expect(book.quotes.map((q) => q.speaker)).toEqual(['ama kessel']);
      expect(book.people.map((p) => p.name)).toEqual(['Ama Kessel']);
    });
  }

  it('keeps a person surnamed House after a courtesy title', () => {
    const book = buildQuoteBook([
      story('seat-courtesy', [
        'Dr Orla House, who leads the clinic, met the families on Monday.',
        '“We will stay open through the winter whatever happens,” Dr House said.',
      ]),
    ]);
    expect(book.quotes.map((q) => q.speaker)).toEqual(['orla house']);
  });
});

describe('buildings named after a person', () => {
  for (const word of [...PLACES_NAMED_AFTER_PEOPLE].sort()) {
    it(`reads “the Sri Varuna ${word}” as the place, and gives the “he” after it to the man named before`, () => {
      const book = buildQuoteBook([
        story(`named-place-${word}`, [
          'Police chief Tomas Ferreira-Lund said extra buses would run all week.',
          `Thousands gathered outside the Sri Varuna ${word} on Friday for the last day of the festival.`,
          '“We have put 300 officers and ten medical teams on duty,” he told reporters.',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect([
        book.people.map((p) => p.name),
        book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker))),
      ]).toEqual([['Tomas Ferreira-Lund'], ['Tomas Ferreira-Lund']]);
    });
  }

  it('keeps a person whom “the” opens before a word that names no building', () => {
    const book = buildQuoteBook([
      story('named-place-none', [
        'Fans of the Sri Varuna film club met on Friday to choose a new chair.',
        '“We have never had so many members,” said Varuna, who founded the club.',
      ]),
    ]);
    expect(book.quotes.map((q) => q.speaker)).toEqual(['varuna']);
  });
});

describe('a name before a kind of settlement', () => {
  for (const word of [...STREET_WORDS].sort()) {
    const street = `Pham Ngoc ${word[0]?.toUpperCase()}${word.slice(1)}`;
    it(`reads “${street}” as a street, never a speaker: “A sign maker on ${street}, who …, said”`, () => {
      const book = buildQuoteBook([
        story(`street-${word}`, [
          'Inspectors began fining cafes without posted hygiene grades on Monday, and sign makers across the city are busy.',
          `A sign maker on ${street}, who would give only her first name, said orders had tripled. "Every cafe wants one by Friday," she said.`,
        ]),
      ]);
      expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([[], [null]]);
    });
  }

  for (const word of [...STREET_WORDS].sort()) {
    const street = `Kettle ${word[0]?.toUpperCase()}${word.slice(1)}`;
    it(`makes nobody of “on ${street}” for the “she” who speaks after it`, () => {
      const book = buildQuoteBook(
        [
          story(`street-antecedent-${word}`, [
            'The hardware shop that has served the valley since 1952 will close its doors before Christmas.',
            `Staff heard on Tuesday that the branch on ${street} was not part of the sale.`,
            'One long-serving till worker said the news came as a shock. “Nobody warned us at all,” she said.',
          ]),
        ],
        { givenNameGender },
      );
      expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([[], [null]]);
    });
  }

  it('still makes a person of a given name and the surname Street that a later “he said” stands for', () => {
    expect(
      quoteSpeakers(
        [
          'The rugby club confirmed on Monday that its captain will miss the rest of the season with a knee injury.',
          'Much now depends on Tom Street, who joined from Leeds last year.',
          '“I have waited a long time for this chance,” he said.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Tom Street']);
  });

  for (const word of [...SETTLEMENT_NOUNS].sort()) {
    it(`reads “Kinvara ${word}” as the place, and gives the “he” after a head of it to the man named`, () => {
      const book = buildQuoteBook([
        story(`settlement-${word}`, [
          'Flood warnings covered the whole valley by Thursday morning as the river rose.',
          `For Tomas Ferreira-Lund, the head of Kinvara ${word}, the choice that morning was an easy one.`,
          '“We lost two houses to the river in 2019, so nobody argued this time,” he said outside the hall.',
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect([
        book.people.filter((p) => p.kind === 'person').map((p) => p.name),
        book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker))),
      ]).toEqual([['Tomas Ferreira-Lund'], ['Tomas Ferreira-Lund']]);
    });
  }
});

describe('places as speakers', () => {
  it('leaves a quote a place opened by "Neighbouring" said unattributed, the place listed or not', () => {
    const book = buildQuoteBook([
      story('neighbours', [
        'Regional leaders reacted sharply on Friday to the decision to close the northern border crossing.',
        'Neighbouring Poland said the closure was “an unfriendly act that will harm ordinary families”.',
        'Neighbouring Tavria said it would “respond in kind if the crossing is not reopened within a week”.',
      ]),
    ]);
    expect(book.quotes.map((q) => q.speaker)).toEqual([null, null]);
    expect(book.people).toEqual([]);
  });

  it('gives nobody the quote of “a nurse in PLACE, who would not give her name, said”', () => {
    const book = buildQuoteBook([
      story('place-who', [
        'Nurses across the county stayed away from the wards on Monday as their pay dispute went into a second week.',
        'A nurse at the district clinic in Tarrowmere, who would not give her name, said: “We care for every patient, but we cannot work unpaid for ever.”',
      ]),
    ]);
    expect(book.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('leaves a quote a country "said" unattributed and never lists the country as a person', () => {
    const book = buildQuoteBook([
      story('country', [
        'Talks between the two governments broke down on Friday after a week of meetings in a neutral capital.',
        '“We reject these accusations completely and call for calm on all sides,” France said in a statement.',
        'Foreign Minister Claire Dubois, speaking later, said: “Our door remains open to dialogue at any time.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([null, 'Claire Dubois']);
    expect(book.people.map((p) => p.name)).not.toContain('France');
  });
});

describe('a place’s name that is a person’s surname here', () => {
  function speakers(lines: string[]): (string | null)[] {
    const book = buildQuoteBook([story('place-surname', lines)]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? null)));
  }

  it('gives “Jordan said” and “Mr Jordan said” to the person the article names in full as Alex Jordan', () => {
    expect(
      speakers([
        'Prime Minister Alex Jordan met the king of the neighbouring country on Monday afternoon.',
        '“The talks went well and will go on,” Jordan said.',
        'Mr Jordan added: “We will meet again in the spring.”',
      ]),
    ).toEqual(['Alex Jordan', 'Alex Jordan']);
  });

  it('still leaves “Jordan said” to nobody where no person of that surname is named', () => {
    expect(
      speakers([
        'Health Minister Ann Lee visited the refugee camps in the north of the country on Monday.',
        'Jordan said: “We need more help with the camps before the winter comes.”',
      ]),
    ).toEqual([null]);
  });
});

describe('one word after a preposition of where, before “whose” (WHERE_PREPOSITIONS)', () => {
  for (const preposition of [...WHERE_PREPOSITIONS].sort())
    it(`is the place, not whom a he after the sentence stands for (“the school ${preposition} Brannock, whose …”)`, () => {
      // (The he is the one man the article names.)
      expect(
        quoteSpeakers(
          [
            'Tomas Reyes opened the bakery with his wife, Ana Vega, in 1984.',
            `Ana plans to teach at the school ${preposition} Brannock, whose pupils she coached for years. Her husband is less sure.`,
            '“Maybe I will bake at home,” he said, shrugging.',
          ],
          { givenNameGender },
        ),
      ).toEqual(['Tomas Reyes']);
    });
});

describe('a place its people’s adjective names (DEMONYM_ENDINGS)', () => {
  const EXAMPLES: Record<string, [place: string, adjective: string]> = {
    '/n': ['Ostravia', 'Ostravian'],
    '/an': ['Tavre', 'Tavrean'],
    '/ian': ['Marsk', 'Marskian'],
    '/i': ['Vardistan', 'Vardistani'],
    '/ese': ['Kolvan', 'Kolvanese'],
    'a/ian': ['Velmada', 'Velmadian'],
    'a/ese': ['Tarvina', 'Tarvinese'],
    'o/an': ['Belvico', 'Belvican'],
  };

  it('has an example for each ending', () => {
    expect(DEMONYM_ENDINGS.map(([replaced, ending]) => `${replaced}/${ending}`).sort()).toEqual(
      Object.keys(EXAMPLES).sort(),
    );
  });

  for (const [replaced, ending] of DEMONYM_ENDINGS) {
    const [place, adjective] = EXAMPLES[`${replaced}/${ending}`] ?? ['', ''];
    it(`reads “${place}” off “${adjective}”, and gives “${place} warned” no person`, () => {
      expect(demonymBases([adjective]).has(place.toLowerCase())).toBe(true);
      expect(
        quoteSpeakers(
          [
            `The alliance agreed on Tuesday to station a rotating brigade near the border, and ${adjective} officials were furious.`,
            `${place} warned that the move would “not go without consequences” for the whole region.`,
          ],
          { givenNameGender },
        ),
      ).toEqual([null]);
    });
  }

  it('reads no place off a word shorter than four letters once the ending is gone (“Ian”, “Dani”)', () => {
    expect([...demonymBases(['Ian', 'Dani'])]).toEqual([]);
  });

  it('still gives the quote to a person known by one name the given-name lists know (“Mila” beside “Milan”)', () => {
    expect(
      quoteSpeakers(
        [
          'Parents at a primary school in Elmford say they were given only two days of notice that the breakfast club would close.',
          'Mila, a mother of three who works early shifts at the hospital, said the club had kept her in work. “Without it I would have to give up my job,” Mila said.',
          'The family moved to the town from Milan six years ago and the children were born at the local hospital.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Mila']);
  });

  it('still gives the quote to a person known by one name when no adjective of it is written', () => {
    expect(
      quoteSpeakers(
        [
          'The alliance agreed on Tuesday to station a rotating brigade near the border, and officials were furious.',
          'Ostravia warned that the move would “not go without consequences” for the whole region.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Ostravia']);
  });
});

describe('a street’s name of two words after a word that leads to a street (STREET_LEADS, leadsToStreet)', () => {
  const lines = (place: string): string[] => [
    'A new police station planned for the east side has split the neighbourhood.',
    'Oren Quillfeather sees it differently.',
    `During a visit ${place}, the veteran councilman admitted the objections had reached him for months.`,
    '“I will not say sorry for wanting officers here sooner when people call,” he said.',
  ];
  const where: Record<string, string> = { the: 'at the Brindle Street laundromat' };
  for (const lead of [...STREET_LEADS].sort()) {
    const place = where[lead] ?? `at his office ${lead} Brindle Street`;
    it(`reads “${place}” as a place, so the “he” after it is the councilman’s`, () => {
      expect(quoteSpeakers(lines(place))).toEqual(['Oren Quillfeather']);
    });
  }

  it('reads “on” as leading to a street after a thing a determiner opens (“her corner shop on”)', () => {
    expect([
      quoteSpeakers(lines('at her corner shop on Brindle Street')),
      leadsToStreet(spacedTokens('her corner shop on Brindle Street'), 4),
      leadsToStreet(spacedTokens('Much now depends on Tom Street'), 4),
    ]).toEqual([['Oren Quillfeather'], true, false]);
  });

  it('keeps “help from Ann Street, a retired midwife” a person, whom the “she said” after it is', () => {
    expect(
      quoteSpeakers([
        'A new police station planned for the east side has split the neighbourhood.',
        'The protest was organised with help from Lena Street, a retired midwife who has lived in the ward for years.',
        '“We are not going away until the review is published,” she said.',
      ]),
    ).toEqual(['Lena Street']);
  });

  it('keeps “said Lena Street” a person: no word leading to a street stands before the name', () => {
    expect(
      quoteSpeakers([
        'A new police station planned for the east side has split the neighbourhood.',
        '“We asked for a clinic and they are building a police station,” said Lena Street, who runs the tenants’ group.',
      ]),
    ).toEqual(['Lena Street']);
  });
});
