// Whether quoted words speak of a person rather than as them.
import { describe, expect, it } from 'vitest';
import { GENDER_TITLES } from '../../src/quotes/roleLexicon.ts';
import {
  ADDRESS_FORM_MODIFIERS,
  ADDRESS_FORMS,
  ROYAL_ADDRESS_FORMS,
  ROYAL_TITLES,
  askingOpeningEnd,
  participialOpeningEnd,
  TIME_CLAUSE_OPENERS,
  SOURCE_OPENERS,
  speaksOf,
} from '../../src/quotes/pronouns.ts';
import { OBJECT_PREPOSITIONS } from '../../src/quotes/pronounEvidence.ts';
import { LOCATIVE_PREPOSITIONS } from '../../src/quotes/places.ts';
import { attributed, quoteSpeakers, spacedTokens, story } from './fixtures.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { givenNameGender } from '../../src/load/givenNames.ts';
import { ROLE_PLAYING_VERBS } from '../../src/quotes/lexicon.ts';

describe('speaksOf', () => {
  it('is true when the words name the person', () => {
    expect(speaksOf('Ellison knew what the papers meant', ['Mark Ellison'], 'male')).toBe(true);
  });

  it('is true for “he” of a man when no first-person word is said', () => {
    expect(speaksOf('He knew exactly what he was doing', ['Mark Ellison'], 'male')).toBe(true);
  });

  it('is false for “he” when the person is a woman', () => {
    expect(speaksOf('He knew exactly what he was doing', ['Rita Alvarez'], 'female')).toBe(false);
  });

  it('is false when the words are in the first person', () => {
    expect(speaksOf('I never signed those papers and he knows it', ['Mark Ellison'], 'male')).toBe(false);
  });

  for (const contracted of ['I’d', "I'd", 'I’m', 'I’ve', 'I’ll', 'we’re', 'We’d'])
    it(`is false when the first person is written with a contracted verb (“${contracted}”)`, () => {
      expect(speaksOf(`He made a shot ${contracted} be proud of in any final`, ['Mark Ellison'], 'male')).toBe(false);
    });

  it('gives a quote saying “she” with “I’d” to the woman written of just before, as “the captain said”', () => {
    const book = buildQuoteBook(
      [
        story('contracted-first-person', [
          'The title went to the home pair on Sunday, who beat Jenna Thorsby in a tie-break after three hours on court.',
          'Thorsby took it well. “She hit a backhand I’d want on a poster in my kitchen,” the captain said.',
        ]),
      ],
      { givenNameGender },
    );
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Jenna Thorsby']);
  });
});

describe('participialOpeningEnd', () => {
  it('finds the comma closing an opening participial clause (“Asked …,”, “Addressing …,”, “After meeting …,”)', () => {
    expect(
      [
        'Asked whether Lund would travel , he said : QUOTE',
        'Addressing Pollard directly , she said : QUOTE',
        'But after meeting the mayor , she said QUOTE',
      ].map((s) => participialOpeningEnd(spacedTokens(s))),
    ).toEqual([5, 3, 5]);
  });

  it('finds none when the opening clause has a subject of its own or there is no opening clause', () => {
    expect(
      ['After Lund arrived , he said QUOTE', 'Lund , asked about it , said QUOTE', 'Speaking QUOTE , he said'].map(
        (s) => participialOpeningEnd(spacedTokens(s)),
      ),
    ).toEqual([-1, -1, -1]);
  });
});

describe('an opening clause that gives a source (SOURCE_OPENERS)', () => {
  for (const opener of [...SOURCE_OPENERS].sort()) {
    const opening = `${opener.charAt(0).toUpperCase()}${opener.slice(1)}`;
    it(`finds no participial clause in “${opening} to Lund, …”`, () => {
      expect(participialOpeningEnd(spacedTokens(`${opening} to Lund , the fund is open , he said QUOTE`))).toBe(-1);
    });

    it(`gives the quote to the man “${opening} to NAME” brings in, not to the man named before him`, () => {
      const lines = [
        'The harbour board approved a plan on Monday to dredge the north channel before the autumn storms.',
        '“We should have done this two years ago,” board member Piet Arnolds said after the vote.',
        'Engineer Maud Kessel said the work would take about six weeks.',
        `${opening} to Harlan Voss, the channel will stay open at night, a compromise he called “the least bad of three choices.”`,
      ];
      expect(quoteSpeakers(lines, { givenNameGender })).toEqual(['Piet Arnolds', 'Harlan Voss']);
    });
  }
});

describe('participialOpeningEnd past an appositive', () => {
  it('runs past a role and name set off after the opening clause (“…, left-back Carla Ode,”)', () => {
    expect(
      [
        'Asked about her sister , left-back Carla Ode , the captain laughed',
        'After meeting the envoy , veteran diplomat Ilse Marten , she said QUOTE',
      ].map((s) => participialOpeningEnd(spacedTokens(s))),
    ).toEqual([8, 9]);
  });

  it('stops at the first comma when the words after it open with a capital or end in no name', () => {
    expect(
      [
        'Asked about the draw , Ana Ruiz , the captain , laughed',
        'Asked about the draw , the captain , Ana Ruiz , laughed',
        'Asked about the draw , the captain laughed',
      ].map((s) => participialOpeningEnd(spacedTokens(s))),
    ).toEqual([4, 4, 4]);
  });
});

describe('opensWithUnknownPerson', () => {
  const EARLIER = 'Festival director Nadia Okafor said the crowds had been the largest in the event’s history.';

  it('gives “he said” to the name an appositive with where its role is held sets off, not to the person named before', () => {
    expect(
      attributed([
        EARLIER,
        'Brindle, the oldest man on the bill, walked off the stage soaked: “We came for the mud,” he said.',
      ]),
    ).toEqual([['We came for', 'Brindle', 'he said']]);
  });

  it('leaves “he said” unattributed after a name whose appositive runs on with no comma closing it', () => {
    expect(
      attributed([
        EARLIER,
        'Brindle, the oldest man on the bill who walked off the stage soaked, left early: “We came for the mud,” he said.',
      ]),
    ).toEqual([['We came for', null, 'he said']]);
  });

  it('still gives “he said” to the person named before when the sentence opens with no appositive', () => {
    expect(
      attributed([
        'Festival director Tomas Okafor said the crowds had been the largest in the event’s history.',
        'Saturday was the busiest day of all, and “we came close to closing the gates,” he said.',
      ]),
    ).toEqual([['we came close', 'Tomas Okafor', 'he said']]);
  });
});

describe('a possessive pronoun before a form of address', () => {
  for (const form of [...ADDRESS_FORMS].sort()) {
    const address = form.charAt(0).toUpperCase() + form.slice(1);
    // (A royal form of address stands for a royal only: ROYAL_ADDRESS_FORMS.)
    const title = ROYAL_ADDRESS_FORMS.has(form) ? 'Queen' : 'Judge';
    it(`gives “…,” her ${address} said to the woman named before (“${title} NAME”)`, () => {
      expect(
        attributed([
          `${title} Ana Ruiz delivered the ruling in the harbour dispute on Friday morning.`,
          `“The council acted within its powers at every stage of the tender,” her ${address} said.`,
        ]),
      ).toEqual([['The council acted', 'Ana Ruiz', `her ${address} said`]]);
    });
  }
});

describe('a royal form of address (ROYAL_ADDRESS_FORMS, ROYAL_TITLES)', () => {
  const lines = (title: string, form: string, owner = 'His'): string[] => [
    `${title} Aldo Varne opened the new children’s hospital in the capital on Tuesday and toured its wards for an hour.`,
    'The hospital’s chief executive, Tom Lisle, walked with the royal party through the cancer ward.',
    `“I have seen a great deal of kindness here today,” ${owner} ${form} said.`,
  ];

  for (const title of [...ROYAL_TITLES].sort()) {
    const written = title.charAt(0).toUpperCase() + title.slice(1);
    const owner = GENDER_TITLES.get(title) === 'female' ? 'Her' : 'His';
    it(`gives “…,” ${owner} Majesty said to the one known as “${written}”`, () => {
      expect(attributed(lines(written, 'Majesty', owner)).map(([, speaker]) => speaker)).toEqual(['Aldo Varne']);
    });
  }

  for (const form of [...ROYAL_ADDRESS_FORMS].sort()) {
    const written = form.charAt(0).toUpperCase() + form.slice(1);
    it(`gives “…,” His ${written} said to nobody when no royal is named, not to the man named last`, () => {
      expect(attributed(lines('Surgeon', written)).map(([, speaker]) => speaker)).toEqual([null]);
    });
  }

  it('gives a quote nested after “His Royal Highness told me” to nobody when no royal is named, not the steward', () => {
    expect(
      attributed([
        'A footman who worked for the exiled royal household for nine years was dismissed last spring, a tribunal heard.',
        'Tom Lisle, the household’s steward, gave evidence on Monday.',
        '‘His Royal Highness told the staff I had “shamed the household before the guests” and should go,’ Owen Marsh told the tribunal.',
      ]).map(([, speaker]) => speaker),
    ).toEqual(['Owen Marsh', null]);
  });
});

describe('a capitalised word between the pronoun and its form of address (ADDRESS_FORM_MODIFIERS)', () => {
  for (const modifier of [...ADDRESS_FORM_MODIFIERS].sort()) {
    const written = modifier.charAt(0).toUpperCase() + modifier.slice(1);
    it(`gives “…,” His ${written} Highness said to the prince named before`, () => {
      expect(
        attributed([
          'The prince toured the flooded villages of the valley on Tuesday, meeting families who had lost their homes.',
          'Prince Aldric Varne spent an hour at the rest centre with volunteers.',
          `“We will rebuild every house on this river,” His ${written} Highness said.`,
        ]),
      ).toEqual([['We will rebuild', 'Aldric Varne', `His ${written} Highness said`]]);
    });
  }

  it('gives a quote nested in a quote after “His Royal Highness told me” to the prince, not to “Royal Highness”', () => {
    expect(
      attributed([
        'A footman who worked for the exiled royal household for nine years was dismissed last spring, a tribunal heard.',
        'Owen Marsh, 52, is suing Prince Aldric Varne for unfair dismissal.',
        '‘His Royal Highness told the staff I had “shamed the household before the guests” and should go,’ he told the tribunal.',
      ]).map(([, speaker, cue]) => [speaker, cue]),
    ).toEqual([
      ['Owen Marsh', 'he told'],
      ['Aldric Varne', 'Royal Highness told'],
    ]);
  });
});

describe('a pronoun in a clause below its sentence’s subject', () => {
  it('tells no gender of the subject, so a later “she said” is still the judge whose given name says none', () => {
    expect(
      attributed([
        'Justice Wirana Kesuma jailed Tamsir Odunze, 46, for nine years at the end of a four-week trial.',
        'Justice Wirana said the defendant’s story that he never saw the hidden tank was “invented late”.',
        '“Nobody drives a lorry for two years without seeing what is under it,” she said.',
      ]),
    ).toEqual([
      ['invented late', 'Wirana Kesuma', 'Justice Wirana said'],
      ['Nobody drives a', 'Wirana Kesuma', 'she said'],
    ]);
  });
});

describe('a possessive after a verb of acting a part', () => {
  for (const verb of [...ROLE_PLAYING_VERBS].sort()) {
    const aux = verb.endsWith('ing') ? 'is ' : verb.endsWith('s') || verb.endsWith('ed') ? '' : 'will ';
    it(`tells no gender of the actor in “NAME, who ${aux}${verb} her son Jamie,”`, () => {
      expect(
        attributed([
          `Co-star Callum Vallely, who ${aux}${verb} her son Jamie in the long-running series, led the tributes on Monday.`,
          'He wrote online: “She looked after every one of us like family, on screen and off.”',
        ]),
      ).toEqual([['She looked after', 'Callum Vallely', 'He wrote']]);
    });
  }
});

describe('a pronoun after a name that a preposition takes (OBJECT_PREPOSITIONS)', () => {
  for (const preposition of [...OBJECT_PREPOSITIONS].sort()) {
    const opening = `${preposition.charAt(0).toUpperCase()}${preposition.slice(1)}`;
    it(`tells nothing of the gender of Bruce Hale in “${opening} Cr Bruce Hale, she …”`, () => {
      const book = buildQuoteBook(
        [
          story('object-preposition', [
            'Councillors voted 7-5 on Wednesday night to merge the district with its larger neighbour.',
            `${opening} Cr Bruce Hale, she told the chamber, the vote was about money and nothing else.`,
          ]),
        ],
        { givenNameGender },
      );
      expect(book.people.map((p) => [p.name, p.gender])).toEqual([['Bruce Hale', 'male']]);
    });
  }
});

describe('a he or she after a sentence whose one full name a preposition of place brings in (LOCATIVE_PREPOSITIONS)', () => {
  for (const preposition of [...LOCATIVE_PREPOSITIONS].sort())
    it(`makes no person of “${preposition} Kettle Bay” and gives the quote to the man named before it`, () => {
      const book = buildQuoteBook(
        [
          story('locative-antecedent', [
            'Tomasz Wiater opened the café on the harbour front in 1985 and has cooked there six days a week since.',
            `His wife says she plans to walk with her sister ${preposition} Kettle Bay next spring. He is less sure.`,
            '“Maybe I will cook at home for a change,” he said.',
          ]),
        ],
        { givenNameGender },
      );
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect([...names.values()]).toEqual(['Tomasz Wiater']);
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Tomasz Wiater']);
    });
});

describe('a he or she after a sentence whose one full name “at” brings in, a known given name first', () => {
  it('still gives the quote to the person “at” brings in (“anger directed at NAME”)', () => {
    expect(
      quoteSpeakers(
        [
          'The stadium plan was debated for four hours in the council chamber on Tuesday night.',
          'Most of the anger in the public gallery was directed at Tomasz Wiater, the council planning chief.',
          '“Anyone who wrote to me will get an answer from me, and I mean every single one,” he said.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Tomasz Wiater']);
  });
});

describe('a he or she after a name that a capitalised opening word and a role noun bring in', () => {
  it('reads “Taxi driver Blessing NAME said he would …” as a man, whatever the given-name lists say', () => {
    const book = buildQuoteBook(
      [
        story('opening-word', [
          'The city raised the fee for a taxi licence on Monday by a third, from the start of next month.',
          'Taxi driver Blessing Moyoka said he would keep his rank at the station whatever it cost him.',
        ]),
      ],
      { givenNameGender },
    );
    expect(book.people.map((p) => [p.name, p.gender])).toEqual([['Blessing Moyoka', 'male']]);
  });
});

describe('a he or she after a sentence a full name opens, other names in it single words', () => {
  it('makes the opening full name a person, whom the pronoun’s quote goes to', () => {
    const book = buildQuoteBook([
      story('opens-with-full-name', [
        'The bakery chain shut its northern depot at the start of the year, and ninety people lost their jobs there.',
        'Phạm Thu Hà joined Korvik in 2019 and spent last summer picking fruit after she was let go.',
        'She said the chain had paid the notice in full, but that losing the job had altered how she viewed long contracts.',
        '“I would go back tomorrow if they asked, but I would read every page first,” she said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Phạm Thu Hà']);
  });

  it('passes over a name of several words after “the” (a business’s) in that sentence', () => {
    const book = buildQuoteBook([
      story('opens-with-full-name-the', [
        'The night market moves to the old bus depot in May, and traders have until Friday to apply for a pitch.',
        'Trần Minh Châu runs the Lotus Corner noodle stall with her son. She told me they might stop trading.',
        '“Ten years on this corner, and now they want us behind the bus garage,” she said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Trần Minh Châu']);
  });

  it('still counts a titled name after “the” as a person: “Kettle Books invited the Rev NAME …” opens with no subject for “she”', () => {
    expect(
      quoteSpeakers([
        'The old bookshop on the harbour front reopened on Saturday after a two-year restoration paid for by donors.',
        'Kettle Books invited the Rev Ann Hale to cut the ribbon.',
        '“This town has always loved its books,” she said.',
      ]),
    ).toEqual(['Ann Hale']);
  });
});

describe('askingOpeningEnd', () => {
  for (const opener of [...TIME_CLAUSE_OPENERS].sort()) {
    const written = opener.charAt(0).toUpperCase() + opener.slice(1);
    it(`gives the comma closing “${written} the judge asked whether …,”`, () => {
      expect(askingOpeningEnd(spacedTokens(`${written} the judge asked whether she followed , she replied`))).toBe(7);
    });
  }

  it('gives -1 for an opening clause of time in which nobody asks, or for no such clause', () => {
    expect([
      askingOpeningEnd(spacedTokens('When the judge read the charges , she answered')),
      askingOpeningEnd(spacedTokens('The judge asked whether she followed , and she replied')),
    ]).toEqual([-1, -1]);
  });

  it('gives -1 when no he or she is asked after the verb (“When Hale asked the board to resign, he said”)', () => {
    expect([
      askingOpeningEnd(spacedTokens('When Hale asked the board to resign , he said')),
      attributed([
        'The sailing club’s annual meeting turned into a shouting match on Friday night over the cost of the roof.',
        'When Tom Lisle asked the board to resign, he said: “You have had ten years to fix this roof and done nothing.”',
      ]).map(([, speaker]) => speaker),
    ]).toEqual([-1, ['Tom Lisle']]);
  });

  it('gives “When Judge NAME asked whether she followed the charge, she replied: “…”” to nobody rather than the judge', () => {
    expect(
      attributed([
        'The former soap star pleaded not guilty on Thursday to charges that she kept money raised at galas for sick children.',
        'When Judge Orrin Vasquez asked whether she followed the charge, she replied: “I follow it, and I deny all of it.”',
      ]).map(([, speaker]) => speaker),
    ).toEqual([null]);
  });
});
