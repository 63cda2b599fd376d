// An article's names looked up among the corpus's people: people of one surname told apart by what the article says.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { ROLE_TIME_WORDS, SHORT_FORM_END_LETTERS, SHORT_FORM_LETTERS } from '../../src/quotes/localNames.ts';
import { NEW_ROLE_WORDS, PAST_ROLE_WORDS } from '../../src/quotes/roleReference.ts';
import { KIN_SET_OFF_MARKS } from '../../src/quotes/coreference.ts';
import { quoteSpeakers, story } from './fixtures.ts';
import { givenNameGender } from '../../src/load/givenNames.ts';

describe('people of one surname across articles', () => {
  const GOVERNOR = story('gov', [
    'North Carolina Governor Roy Cooper declared a state of emergency on Wednesday as the hurricane moved closer.',
    '“Do not wait until it is too late to leave your home,” Cooper said at a briefing in Raleigh on Wednesday.',
  ]);
  const COACH = story('coach', [
    'Head coach Scott Cooper praised his players after the team won its fourth game in a row on Saturday night.',
    '“They played with heart from the first whistle to the last,” Cooper said after the game at the home stadium.',
  ]);

  function speakerIn(lines: string[]): string | null {
    const book = buildQuoteBook([GOVERNOR, COACH, story('third', lines)]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    const quote = book.quotes.find((q) => q.articleId === 'third');
    return quote?.speaker === null || quote === undefined ? null : (names.get(quote.speaker) ?? null);
  }

  it('tells them apart by the title before the surname (“Gov. Cooper said”)', () => {
    expect(
      speakerIn([
        'Gov. Cooper said on Friday that more than 300,000 homes had lost power across the state overnight.',
        '“Crews are working around the clock to restore power to every home,” Cooper said at an evening briefing.',
      ]),
    ).toBe('Roy Cooper');
  });

  it('tells them apart by the one known role the article speaks of (“the coach said”)', () => {
    expect(
      speakerIn([
        'Cooper, whose side lost for the first time this season, was unhappy with the referee after the final whistle.',
        '“I have never seen decisions like that in twenty years of coaching,” the coach said after the match on Sunday.',
      ]),
    ).toBe('Scott Cooper');
  });

  it('leaves the surname unresolved when nothing in the article tells them apart', () => {
    expect(
      speakerIn([
        'Cooper spent the weekend at his family home on the coast, away from the cameras and the crowds.',
        '“It is good to be home for a few days with my family,” Cooper said on Sunday afternoon.',
      ]),
    ).toBeNull();
  });
});

describe('people of one surname in one article', () => {
  it('gives “Dr. SURNAME” to the one the article wrote in full after that title, though another was named since', () => {
    expect(
      quoteSpeakers([
        '“We have not had a flu season like this in ten years,” Dr. Imogen Tressel, the county’s medical officer, said on Monday.',
        'Transit director Colm Tressel, who is not related to her, said buses would run a reduced timetable.',
        '“Drivers are off sick in numbers we have never seen,” Colm Tressel said.',
        'Dr. Tressel urged people with a fever to stay at home “until they have gone a full day without it.”',
      ]),
    ).toEqual(['Imogen Tressel', 'Colm Tressel', 'Imogen Tressel']);
  });

  it('gives a bare surname to the one of them named earlier in its paragraph, though the article speaks of the other’s role', () => {
    const a = story('family', [
      'Maren Holt has run the orchard on the hill for forty years, and this autumn she picks her last apples.',
      'Her son, Tobias Holt, who works as an engineer in the city, will not take over the orchard.',
      'Maren Holt, for her part, is looking forward to a quieter life by the sea. “I have given this place my whole life. It can manage without me now,” Holt says.',
    ]);
    const book = buildQuoteBook([a]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Maren Holt']);
  });
});

describe('a surname two people of one article share, named in full in the sentence right before', () => {
  it('stands for the subject of that sentence, though it names the other by role too', () => {
    const book = buildQuoteBook([
      story('one-surname-before', [
        'Mayor Lena Varga recorded a short message for residents late on Sunday. “Stay on high ground tonight,” she said.',
        'Crews worked through the night to hold the line east of the river.',
        'Flood warden Tomas Varga, who is not related to the mayor, says the water has stopped rising at the bridge.',
        '“The banks held tonight, but nobody crosses that bridge until we have checked it,” Varga said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
      'Lena Varga',
      'Tomas Varga',
    ]);
  });
});

describe('a surname two people of one article share, one brought in by kinship with a role between', () => {
  for (const between of ['singer', 'fellow singer'])
    it(`stands for the one written about, not “his daughter, ${between} NAME” named right before`, () => {
      expect(
        quoteSpeakers([
          'Rock singer Gideon Tolland has apologised to a young artist whose big moment he hijacked at the awards last week.',
          `His daughter, ${between} Ivy Tolland, 24, has refused his calls since the ceremony.`,
          '“I was wrong and I have said so,” Tolland said.',
        ]),
      ).toEqual(['Gideon Tolland']);
    });
});

describe('a surname two people of one article share, one brought in by kinship after “whose”', () => {
  it('stands for the one the section is about, not the relative named in the sentence right before', () => {
    const book = buildQuoteBook([
      story('one-surname-whose', [
        'Both coaches met the press on Thursday before the derby. This is what they told us.',
        'Ben Tolland (Harbour)',
        'The Harbour coach, whose younger brother Sam leads the Rovers, shrugged off talk of a family feud.',
        '“Our mother has bought a scarf of each club, so she can cheer whoever wins,” Tolland said.',
        'Sam Tolland (Rovers captain)',
        '“He texted me good luck on Sunday, which is his way of playing mind games,” the Rovers skipper laughed.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
      'Ben Tolland',
      'Sam Tolland',
    ]);
  });
});

describe('a surname two people of one article share', () => {
  it('stands for the one named in full so far, not for one the article names later with a role', () => {
    const book = buildQuoteBook([
      story('two-cooks', [
        'Nora Cook orders a pot of mint tea and apologises for whispering in the café near the docks.',
        'Four years ago Cook, now 41, woke up unable to sing. “I sat in the car park for an hour,” Cook says.',
        'Her mother, June Cook, a church organist, taught her to sing harmony at six.',
        '“She used to sing to the washing machines downstairs,” June Cook remembers.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
      'Nora Cook',
      'June Cook',
    ]);
  });
});

describe('a surname written whole and as part of another’s double surname', () => {
  it('stands for the person whose surname it is whole (“Ana Ferrer-Soto … her mother, Rosa Ferrer … Ferrer told”)', () => {
    const book = buildQuoteBook([
      story('double-surname', [
        'A county jury on Thursday found Tom Whitby guilty of murder in the death of nursing student Ana Marta Ferrer-Soto.',
        'Ferrer-Soto’s mother, Rosa Ferrer, wept quietly in the front row as the jury returned.',
        '“Justice for my daughter. That is all we ever wanted,” Ferrer told reporters outside the courthouse.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Rosa Ferrer']);
  });
});

describe('a surname that is also a word of places and bodies, alone', () => {
  for (const surname of ['Temple', 'Tower'])
    it(`stands for the person named in full with it (“${surname} declined … he told his staff: “…””)`, () => {
      const lines = (where: string): string[] => [
        `The hospital’s chief executive, Dr Tomas ${surname}, ordered the policy in March.`,
        '“These nurses kept the ward running through the winter,” said Jeremiah Holt, their lawyer.',
        `${where} declined to be interviewed for this story. In a memo seen by the paper, he told his staff: “Our duty is to our patients.”`,
      ];
      const speakers = (where: string) => {
        const book = buildQuoteBook([story(`place-surname-${where.length}`, lines(where))]);
        const names = new Map(book.people.map((p) => [p.id, p.name]));
        return book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)));
      };
      expect(speakers(surname)).toEqual(['Jeremiah Holt', `Tomas ${surname}`]);
    });
});

describe('a role owning a place written in capitals', () => {
  for (const place of ['President’s House', 'Governor’s Mansion'])
    it(`reads “at the ${place}” as a place, not a mention of the role’s holder that a “He” before it could not be`, () => {
      const role = place.split('’')[0] ?? '';
      const book = buildQuoteBook([
        story(`role-place-${role}`, [
          `${role}-elect Ravi Tarrow thanked voters in a speech at the harbour on Monday night.`,
          `Outgoing ${role} Kumar Okafor said he would help. He told reporters at the ${place} that “the country comes first”.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect([
        book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker))),
        book.people.find((p) => p.name === 'Kumar Okafor')?.aliases,
      ]).toEqual([['Kumar Okafor'], ['Kumar Okafor']]);
    });
});

describe('a one-word name of another article', () => {
  const PRESIDENT = story('president', [
    'Aravian president Idris Long signed the border accord on Tuesday after eleven weeks of talks in the lakeside town.',
    '“I signed it for the children who have never heard a quiet night,” Long said on state television.',
  ]);

  function speakersOf(lines: string[]): (string | null)[] {
    const book = buildQuoteBook([PRESIDENT, story('study', lines)]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    return book.quotes
      .filter((q) => q.articleId === 'study')
      .map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? null)));
  }

  it('does not take a capitalised ordinary word opening a sentence for a person named only in another article', () => {
    expect(
      speakersOf([
        '“Twenty minutes seemed to help,” said Dr Ann Farrant, a sleep researcher at the university and the study’s lead author.',
        'Farrant said the study could not prove that naps made the difference. Long naps, she said, may be “a symptom rather than a cause” of poor sleep.',
        'The team now plans a trial of fixed naps. “We want to see whether the memory scores follow,” she said.',
      ]),
    ).toEqual(['Ann Farrant', 'Ann Farrant', 'Ann Farrant']);
  });

  it('still reads the word as that person when the article writes it as a person’s (a title, a speech verb)', () => {
    expect(
      speakersOf([
        'President Long said on Friday that the accord would be put to parliament within sixty days of the signing.',
        '“Nobody should say peace is impossible after today,” Long told reporters outside the presidential palace.',
      ]),
    ).toEqual(['Idris Long']);
  });
});

describe('a first name written alone for the person named in full', () => {
  it('gives “Ruth added: …” to Ruth Calder of the same article, not to a person called Ruth whom “his wife Ruth” made', () => {
    const book = buildQuoteBook([
      story('first-name-alone', [
        'The town is mourning its former mayor, who died last week at the age of 81.',
        'His widow Ruth Calder said: “He loved this town and he was proud to serve it.”',
        'Ruth met Tom when both worked for the post office, and Ruth went into local politics first.',
        'Ruth said: “Every evening the kitchen table was covered in planning papers.”',
        'Ruth added: “He always put himself last, and the family first.”',
        'Tom leaves his wife Ruth, two sons and four grandchildren.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
      'Ruth Calder',
      'Ruth Calder',
      'Ruth Calder',
    ]);
  });
});

describe('a given name that is also a title’s word, written alone (lone title run)', () => {
  it('gives “But for Dean, … “…,” he said” to the one named in full with it, not to the man named since', () => {
    expect(
      quoteSpeakers([
        'Dean Ostrowski, 52, a roofer from Hollin Vale, had been due back at work on the Monday after the trip.',
        'Local councillor Tobias Renn criticised the airline and asked for an account of the delays.',
        'But for Dean, the harm was already done. “I will not book with them again, whatever they offer,” he said.',
      ]),
    ).toEqual(['Dean Ostrowski']);
  });
});

describe('a first name written alone where another article has a name one letter apart', () => {
  it('gives “…,” Hashim said to Hashim Latif of the same article, not to nobody for a “Hashem” elsewhere', () => {
    const book = buildQuoteBook([
      story('first-name-here', [
        'The government tabled its long-awaited flood plan for the east coast in parliament on Tuesday afternoon.',
        'Water Minister Hashim Latif, who tabled the plan, said work on 14 river basins would start next year.',
        '“These are real schemes, and each one of them has a budget,” Hashim said.',
      ]),
      story('near-name-there', [
        'A new cricket academy opened its doors in the city on Monday with 60 pupils and four coaches.',
        '“We want every child here to play for the country one day,” coach Farid Hashem said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
      'Hashim Latif',
      'Farid Hashem',
    ]);
  });
});

describe('a roundup heading in capitals as a full name of the article', () => {
  it('gives a quote after “GIVEN said …” under “GIVEN SURNAME (bracket)” to that person, known by the given name alone', () => {
    const book = buildQuoteBook([
      story('caps-given', [
        'Harbour lifted the shield at the Oval on Saturday night, chasing down 180 with two balls to spare.',
        'OSKAR VELLAN (Player of the Match)',
        'Oskar said a stiff back had kept him out of the nets all week.',
        '“The doctor cleared me an hour before the start, so I just went out and swung at everything.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? null)))).toEqual([
      'Oskar Vellan',
    ]);
  });
});

describe('a surname two people of one article share, after a gendered title', () => {
  it('gives “Mrs SURNAME … she said” to the woman, though the man was named last (GENDER_TITLES)', () => {
    const book = buildQuoteBook([
      story('gendered-title', [
        'Owen Marsh, 19, has been held since spring on a charge of theft. He denies it.',
        'On a video call from her kitchen in Derby, his aunt Priya Marsh said the family had not seen him since.',
        'Mrs Marsh said they had borrowed money for his lawyers.',
        'A prison officer said Mr Marsh had kept out of trouble on the wing.',
        'Mrs Marsh said she would travel for the hearing. “I want him to see a face he knows,” she said.',
        'A court clerk said Mr Marsh would appear by video link.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p]));
    expect([
      book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)?.name)),
      book.people.map((p) => [p.name, ...p.aliases.filter((a) => /^Mr?s? /u.test(a))]),
    ]).toEqual([
      ['Priya Marsh'],
      [
        ['Owen Marsh', 'Mr Marsh'],
        ['Priya Marsh', 'Mrs Marsh'],
      ],
    ]);
  });
});

describe('a surname two people of one article share, after a gendered title, the woman named only after', () => {
  it('gives “Mrs SURNAME … said” to the woman named later, not to the man named so far', () => {
    expect(
      quoteSpeakers(
        [
          'A retired couple were in a car that left the coast road near the harbour late on Sunday night, police said.',
          'Ross Tennant, 74, was pronounced dead at the scene.',
          'Mrs Tennant, who was in the passenger seat, said the car had “just stopped steering” on the bend.',
          'His wife, Ann Tennant, 71, was taken to hospital with a broken arm.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Ann Tennant']);
  });
});

describe('a short form of a first name the article writes in full (SHORT_FORM_LETTERS)', () => {
  const CLUB = 'It is led by a coach named Gwendolyn Ashe, who is 66 and has finished 41 marathons in all weathers.';
  const lines = (intro: string, short: string): string[] => [
    'The Tuesday beginners’ group meets at the leisure centre at seven and nobody is allowed to say they are not a runner.',
    intro,
    `${short} said it was “quite usual” and perhaps even a good sign, and I did not believe her.`,
  ];

  it(`gives the words of “Gwen said” to Gwendolyn Ashe, the one first name “Gwen” opens (${SHORT_FORM_LETTERS}+ letters)`, () => {
    expect(quoteSpeakers(lines(CLUB, 'Gwen'))).toEqual(['Gwendolyn Ashe']);
  });

  it('gives “said Gwen from BODY” to Gwendolyn Ashe: a body’s name after “from” is no home place', () => {
    expect(
      quoteSpeakers(
        [
          'Gwendolyn Ashe has run the food bank in Harwick ever since the mill shut down in 2011.',
          '“We have never been busier than this winter,” said Gwen from Harwick Food Bank, who is seventy-one.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Gwendolyn Ashe']);
  });

  it('gives them to the one-word name itself when a role or kinship noun brings it in (“her son Chris”)', () => {
    expect(
      quoteSpeakers([
        'Christine Hale has run the corner shop on Mill Lane for thirty years and closes it for good on Saturday.',
        'She runs it with her son Chris, who will move to a job in the city.',
        '“We will miss the customers more than anything,” said Chris.',
      ]),
    ).toEqual(['Chris']);
  });

  it('gives them to nobody in full when two first names open with the short form, or it is shorter than that', () => {
    const two = `${CLUB} Her co-coach, Gwenllian Pryce, runs the Thursday group.`;
    const alison = 'It is led by a coach named Alison Ashe, who is 66 and has finished 41 marathons in all weathers.';
    expect([quoteSpeakers(lines(two, 'Gwen')), quoteSpeakers(lines(alison, 'Al'))]).toEqual([['Gwen'], ['Al']]);
  });
});

describe('a short form taken from a first name’s end (SHORT_FORM_END_LETTERS)', () => {
  const GUEST =
    'Our guest this week is Dr Adewunmi Okafor-Reyes, a GP partner at a practice that began using a triage app last spring.';
  const said = (short: string): string => `“The app only ever knew the words people typed into it,” ${short} says.`;

  it(`gives the words of “Wunmi says” to Adewunmi Okafor-Reyes, the one first name “Wunmi” ends (${SHORT_FORM_END_LETTERS}+ letters)`, () => {
    expect(quoteSpeakers([GUEST, said('Wunmi')])).toEqual(['Adewunmi Okafor-Reyes']);
  });

  it('gives them to the one-word name itself when it is a given name the lists know, written as a person’s', () => {
    expect([
      quoteSpeakers(
        [
          'Councillor Ambrose Penhallow chaired the meeting at the village hall on Tuesday night. Rose, who has lived beside the common for forty years, spoke first.',
          '“The dust alone would finish off half the street,” Rose said.',
        ],
        { givenNameGender },
      ),
      quoteSpeakers(
        [
          'Head teacher Joanna Hale said the total had beaten every target set this year. Pupil Anna, who is ten, ran the cake stall.',
          '“We sold out by lunchtime every single day,” Anna said.',
        ],
        { givenNameGender },
      ),
    ]).toEqual([['Rose'], ['Anna']]);
  });

  it('gives them to the one-word name itself when a home place of two words brings it in (“Wunmi from Port Harcourt”)', () => {
    const caller = 'Later that hour, Wunmi from Port Harcourt rang in to say the queues had not changed at all.';
    expect(quoteSpeakers([GUEST, caller, said('Wunmi')], { givenNameGender })).toEqual(['Wunmi']);
  });

  it('gives them to the one-word name itself when it is shorter than that, or a home place brings it in', () => {
    const caller = 'Later that hour, Wunmi from Ibadan rang in to say the queues had not changed at all.';
    expect([quoteSpeakers([GUEST, said('Nmi')]), quoteSpeakers([GUEST, caller, said('Wunmi')])]).toEqual([
      ['Nmi'],
      ['Wunmi'],
    ]);
  });
});

describe('a first name written alone that a business’s name ends in', () => {
  const lines = [
    'Casa Marisol, the tapas bar Tomas Reyes opened with his wife, Marisol Vega, in 1990, will close its doors on Friday.',
    'Regulars have queued outside Casa Marisol since dawn for a last plate of croquetas.',
    '“It is time to rest, and we both know it,” Marisol said on Sunday.',
  ];
  it('is still the surname of a person named in full with it when another’s given name it is too', () => {
    expect(
      quoteSpeakers([
        'Thomas Morgan, the Swansea manager, was sent to the stands ten minutes from time for arguing with the referee.',
        'A late header from Rhys Thomas settled the game in the 88th minute.',
        '“I saw the ball late and just threw my head at it,” Thomas said.',
      ]),
    ).toEqual(['Rhys Thomas']);
  });

  it('is the person named in full with it, not a person made of the business’s name', () => {
    expect(quoteSpeakers(lines)).toEqual(['Marisol Vega']);
    const book = buildQuoteBook([story('first-name-business', lines)]);
    expect(book.people.map((p) => p.name).filter((n) => n.includes('Marisol'))).toEqual(['Marisol Vega']);
  });
});

describe('a given name written alone that another’s surname is one letter off', () => {
  it('is the person named in full with that given name (“Dorian said”, not the Dorrian surname)', () => {
    expect(
      quoteSpeakers([
        'Dorian Petrov, 76, founded the mountain rescue team in 1979 and still mans the radio at base.',
        'Team leader Ana Dorrian said families had always kept the service going.',
        '“I never thought I would hear my grandson’s voice on that radio,” Dorian said.',
      ]),
    ).toEqual(['Dorian Petrov']);
  });
});

describe('a surname one letter off a word that only starts another’s given name', () => {
  it('stays the surname (“Daniel said” is Sarah Daniels, not Daniella Cruz)', () => {
    expect(
      quoteSpeakers([
        'Sarah Daniels, the club’s secretary, has run the fundraising for the new stand since the spring.',
        'Daniella Cruz, the club’s captain, scored twice in the opening game of the season on Saturday.',
        '“We have spent the whole summer relaying the pitch by hand,” Daniel said.',
      ]),
    ).toEqual(['Sarah Daniels']);
  });
});

describe('a shared surname alone beside a relative the article calls by the given name', () => {
  const FAMILY = [
    'Orla Fenwick quit a bank post in Bristol in 2018 and set up a ferry-ticket business in Accra.',
    'Fenwick, 36, is the chief executive of the firm, which now has 40 staff.',
    'In 2019 she persuaded her younger brother, Ivo Fenwick, then an engineer, to join her.',
    '“She rang one evening and told me we were both quitting,” Ivo recalls.',
    'Investors expect the firm to raise fresh capital within a year or so.',
    'Fenwick, for her part, will not say when the firm will turn a profit. Then: “When it is ready.”',
  ];

  it('stands for the one the article calls by the surname, not the relative named by the given name, when nothing near decides', () => {
    expect(quoteSpeakers(FAMILY)).toEqual(['Ivo Fenwick', 'Orla Fenwick']);
  });

  it('reads the given name of a name written surname first at its end (“Peng” of “Zhou Peng”)', () => {
    expect(
      quoteSpeakers([
        'Zhou Lanying founded the laptop maker in a rented flat in 2014.',
        'Zhou, 41, is now its chief executive, and the firm employs 900 people.',
        'In 2016 she persuaded her brother, Zhou Peng, then a chip designer, to join her.',
        '“She rang one evening and told me we were both quitting,” Peng recalls.',
        'Investors expect the firm to raise fresh capital within a year or so.',
        'Analysts doubt the price. Zhou waved the doubts away. Then: “People laughed at our first tablet too.”',
      ]),
    ).toEqual(['Zhou Peng', 'Zhou Lanying']);
  });
});

describe('a shared surname alone after a relative brought in by kinship', () => {
  const speakersOf = (title: string, second = 'Her daughter, Adjoa Quaye,'): (string | null)[] => {
    const book = buildQuoteBook([
      story(
        'obituary',
        [
          'The potter Imelda Quaye, who has died aged 84, made bowls that sold in three continents.',
          `${second} said her mother had worked at the wheel until the autumn.`,
          '“She threw a last pot in October and called it her best,” she said.',
          'Quaye was made a fellow of the academy in 2004, an honour she took, she said then, “for every potter who never got one”.',
        ],
        { title },
      ),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? '?')));
  };

  it('stands for the one the title names, not the relative named just before', () => {
    expect(speakersOf('Imelda Quaye obituary')).toEqual(['Adjoa Quaye', 'Imelda Quaye']);
  });

  it('goes on with the nearer one when the title names nobody of that surname', () => {
    expect(speakersOf('Potter who sold in three continents dies at 84')).toEqual(['Adjoa Quaye', 'Adjoa Quaye']);
  });

  it('goes on with the nearer one when the article did not bring her in by kinship', () => {
    expect(speakersOf('Imelda Quaye obituary', 'The gallery director Adjoa Quaye')).toEqual([
      'Adjoa Quaye',
      'Adjoa Quaye',
    ]);
  });
});

describe('a shared surname alone where something near decides', () => {
  it('goes to the one the paragraph names, though the article calls her by the given name too', () => {
    expect(
      quoteSpeakers([
        'Tennis player Lisette Amberley won her first title in 2009; her sister Wren Amberley won hers in 2011.',
        'Lisette, asked about her sister, smiled. “She is still my coach,” Amberley said.',
      ]),
    ).toEqual(['Lisette Amberley']);
  });

  it('goes to a relative named in the same paragraph, not to the one the title names', () => {
    const book = buildQuoteBook([
      story(
        'widower',
        [
          'The potter Imelda Quaye, who has died aged 84, made bowls that sold in three continents.',
          'Her husband, Ebo Quaye, a retired headmaster, will keep the studio open. “It is what she wanted,” Quaye said.',
        ],
        { title: 'Imelda Quaye obituary' },
      ),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Ebo Quaye']);
  });
});

describe('a surname two people of one article share, one set off after the name as a relative (KIN_SET_OFF_MARKS)', () => {
  const kin: Record<string, [string, string]> = {
    ',': [', ', ','],
    '-': [' - ', ''],
    '–': [' – ', ''],
    '—': [' — ', ''],
    '(': [' (', ')'],
  };
  for (const mark of [...KIN_SET_OFF_MARKS].sort()) {
    const [open, close] = kin[mark] ?? ['', ''];
    it(`stands for the one written about, not “his assistant, NAME${open}his younger brother${close}”`, () => {
      expect(
        quoteSpeakers([
          'Gideon Tolland launched a furious attack on the referee after his side lost on Saturday.',
          `The Rovers manager ran onto the field and was led away by his assistant, Mick Tolland${open}his younger brother${close} after the whistle.`,
          'Television replays showed clear contact in the last minute.',
          'Tolland, 51, did not hold back.',
          '“I will not apologise for telling the truth,” he said.',
        ]),
      ).toEqual(['Gideon Tolland']);
    });
  }
});

describe('a surname two people of one article share, one a relative with a role of the article’s', () => {
  it('does not give the surname alone to the relative brought in by kinship for the role the article speaks of', () => {
    expect(
      quoteSpeakers([
        'Gideon Tolland launched a furious attack on the referee after the defeat on Saturday.',
        'He was led off the field by his assistant, Mick Tolland, his younger brother, once the whistle went.',
        'Television replays showed clear contact in the last minute.',
        'Tolland, 51, did not hold back.',
        '“I will not apologise for telling the truth,” he said.',
      ]),
    ).toEqual(['Gideon Tolland']);
  });

  it('still gives it to the one whose role the article speaks of when neither was brought in by kinship', () => {
    expect(
      quoteSpeakers([
        'Declan Quarrie, the union’s general secretary, said members had voted by a wide margin to walk out.',
        'Sandra Quarrie, 52, who travels into the city every day, said she was running out of patience.',
        'Passengers have faced six days of cancellations since the start of October.',
        'Quarrie said: “We will name more days of action before the holidays.”',
      ]),
    ).toEqual(['Declan Quarrie']);
  });
});

describe('a surname two people of one article share, a he or she speaking in the next sentence', () => {
  const speakers = (lines: string[]): (string | null)[] => quoteSpeakers(lines, { givenNameGender });
  const story = (subject: string): string[] => [
    'Grade 7 teacher Marisol Ybanez counts the chairs in her classroom every morning.',
    'Ernesto Ybanez, a bus driver whose son is in the same class, says the boy comes home tired.',
    `${subject} said the staff were worn out. “We would do anything for the children, but goodwill does not pay for desks,” she said.`,
  ];

  it('stands for the one whose gender fits the “she said” below', () => {
    expect(speakers(story('Ybanez'))).toEqual(['Marisol Ybanez']);
  });

  it('leaves the surname to the rules before when the he or she speaks in the next paragraph', () => {
    expect(
      speakers([
        ...story('Ybanez').slice(0, 2),
        'Ybanez said: “Everybody at the school is doing their best with what they have.”',
        '“We would do anything for the children, but goodwill does not pay for desks,” she said.',
      ]),
    ).toEqual(['Ernesto Ybanez', 'Marisol Ybanez']);
  });
});

describe('a title over a surname two people of the article share', () => {
  const lines = (title: string): string[] => [
    'Site manager Sven Arnesen told the meeting the substation would bring work to the area.',
    'Local councillor Tamsin Oduya said people had heard about the plans from a leaflet, not the company.',
    `Sitting near the back was Edwin Oduya, 71, whose sheep graze the land beside the site. He is ${title} Oduya’s uncle.`,
    '‘My father cleared every stone off that field himself,’ he said as the hall emptied.',
  ];
  it('names the one holding the role the title stands for, abbreviated or written out', () => {
    expect([
      quoteSpeakers(lines('Cllr'), { givenNameGender }),
      quoteSpeakers(lines('Councillor'), { givenNameGender }),
    ]).toEqual([['Edwin Oduya'], ['Edwin Oduya']]);
  });

  it('leaves nearness to decide when nobody holds the role of the title', () => {
    expect(
      quoteSpeakers(
        [
          'Local teacher Tamsin Oduya said people had heard about the plans from a leaflet, not the company.',
          'Edwin Oduya, 71, grazes sheep on the land beside the site.',
          '‘That field floods every winter, and everybody here knows it,’ Cllr Oduya said.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Edwin Oduya']);
  });
});

describe('a surname alone that two people of the article share, with nothing near to tell them apart', () => {
  const lines = (call: string): string[] => [
    'Former housing chief Tamsin Oduya Reyes, 51, is narrowly ahead in the polls before Sunday’s run-off.',
    `“This port has changed more in ten years than in the fifty before,” ${call} told the crowd at the docks.`,
    '“Both of them kept their nerve on the night,” said Petra Oduya, a historian at the city college and no relation of the candidate.',
    'Turnout in the last local elections was around 60 percent, but far lower in the hillside districts.',
    'Oduya, for her part, said she expected to win.',
    '“Our plan is costed, theirs is a wish list,” she said.',
  ];
  it('goes to the one the article has already called by the surname alone', () => {
    expect(quoteSpeakers(lines('Oduya'))).toEqual(['Tamsin Oduya Reyes', 'Petra Oduya', 'Tamsin Oduya Reyes']);
  });

  it('goes to the one whose name the surname closes when neither was called by it alone', () => {
    expect(quoteSpeakers(lines('the candidate'))).toEqual([null, 'Petra Oduya', 'Petra Oduya']);
  });
});

describe('a role in capitals after “the” (ROLE_TIME_WORDS between)', () => {
  const lines = (role: string): string[] => [
    'Rosa Kettleby won the Marlow seat for the Greens early on Friday, ending a century of one party’s hold on the town.',
    'In her speech shortly after three in the morning, Kettleby, 38, told supporters she would fight for the local hospital.',
    `“Nobody in this town owns anybody’s vote, and nobody ever will,” ${role} said.`,
  ];

  it('gives “…,” the MP said to the subject before it, as “the mp” in lower case', () => {
    expect(quoteSpeakers(lines('the MP'), { givenNameGender })).toEqual(['Rosa Kettleby']);
  });

  for (const word of [...ROLE_TIME_WORDS].sort())
    it(`gives “…,” the ${word} MP said to the subject before it`, () => {
      expect(quoteSpeakers(lines(`the ${word} MP`), { givenNameGender })).toEqual(['Rosa Kettleby']);
    });
});

describe('a role held once (PAST_ROLE_WORDS) says nothing against a role newly taken (NEW_ROLE_WORDS)', () => {
  const nurse = (word: string): string => (word === 'ex' ? 'an ex-nurse' : `a ${word} nurse`);
  const lines = (word: string, role: string): string[] => [
    'Rosa Kettleby won the run-off for mayor of Marlow on Sunday, a seat her party has never held before.',
    `At the count on Sunday night, Kettleby, 38, ${nurse(word)}, told supporters she would fight for the hospital.`,
    `“Nobody in this town owns anybody’s vote, and nobody ever will,” ${role} said.`,
  ];
  it('gives “…,” the new MP said (a role in capitals) to the subject who is a former nurse', () => {
    expect(quoteSpeakers(lines('former', 'the new MP'), { givenNameGender })).toEqual(['Rosa Kettleby']);
  });

  for (const word of [...PAST_ROLE_WORDS].sort())
    for (const fresh of [...NEW_ROLE_WORDS].sort())
      it(`gives “…,” the ${fresh} mayor said to the subject who is “${nurse(word)}”, and “the judge said” to nobody`, () => {
        expect([
          quoteSpeakers(lines(word, `the ${fresh} mayor`), { givenNameGender }),
          quoteSpeakers(lines(word, 'the judge'), { givenNameGender }),
        ]).toEqual([['Rosa Kettleby'], [null]]);
      });
});

describe('a surname a man and a woman of one article share, alone before a quote paragraph', () => {
  it('stands for the one whose pronoun speaks the quote opening the next paragraph (“NAME said … ¶ “…,” he said”)', () => {
    expect(
      quoteSpeakers(
        [
          'Hundreds of households left the upland farms this week as the clashes reached three more districts.',
          'Town mayor Benito Corrales said the sports hall, meant for 500 people, now houses almost 2,000.',
          'The district nurse, Elena Corrales, no kin of his, said her team had seen 300 patients since Friday.',
          '“Our bandages will last the week, and then we are on our own,” Corrales said on Saturday.',
          'A rebel spokesman, who would offer just his first name, Ramil, said his fighters meant the farmers no harm.',
          '“Nobody fired on a single house. The shelling they talk about was aimed at army posts,” he said.',
          'Corrales said the council would meet in an urgent sitting on Monday, a step he said two members had fought.',
          '“I have seen storms, floods and mudslides in this job. None of them lasted like this one,” he said.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Elena Corrales', 'Ramil', 'Benito Corrales']);
  });
});
