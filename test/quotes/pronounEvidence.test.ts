// A full name opening a sentence that a he or she after it refers to is a person's (pronounEvidence.ts).
import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../src/load/givenNames.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { ASIDE_CLOSES, SERVED_LINKS } from '../../src/quotes/pronounEvidence.ts';
import { story } from './fixtures.ts';

/** The aside each opening mark of ASIDE_CLOSES sets off after the name in the tests below. */
const ASIDES: ReadonlyMap<string, string> = new Map([
  [',', ', back in the side after a long lay-off,'],
  ['(', ' (Harbour Town)'],
]);

describe('a full name that her or his after an aside refers to', () => {
  it('has an aside written for each opening mark', () => {
    expect([...ASIDES.keys()].sort()).toEqual([...ASIDE_CLOSES.keys()].sort());
  });

  for (const [open, aside] of ASIDES) {
    it(`reads the name as a person's past an aside opened by “${open}”, before another full name`, () => {
      const book = buildQuoteBook([
        story('pronoun-aside', [
          'The derby ended level at the harbour ground on Saturday after a late penalty was saved.',
          `Tamsin Oduya${aside} could not stop smiling about her keeper, Petra Lind, who stopped a spot kick late on. “Petra has been our best player since August,” she said.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Tamsin Oduya']);
    });
  }
});

describe('the gender a he after a name with its own role set off tells (genderCues)', () => {
  const QUAKE = [
    'The quake struck the valley at dusk on Friday and flattened most of the houses in two villages.',
    'Mr Kessock, a structural engineer, said he had checked 19 buildings so far.',
  ];

  it('reads “NAME, 46, a rice farmer from PLACE, said he …” as the name’s he, and gives the next “he told” to him', () => {
    const book = buildQuoteBook([
      story('own-role-he', [
        ...QUAKE,
        'Rahmat Sulistyo, 46, a rice farmer from Wirabumi Hilir, said he had been eating with his family when the shaking began.',
        '“The floor rose like a wave and then the hill came down on the village,” he told reporters.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([
      book.people.filter((p) => p.name === 'Rahmat Sulistyo').map((p) => p.gender),
      book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker))),
    ]).toEqual([['male'], ['Rahmat Sulistyo']]);
  });

  it('takes no gender from a pronoun after a name whose own role serves somebody else (“NAME, 52, a lawyer for the family, said she …”; SERVED_LINKS)', () => {
    for (const link of SERVED_LINKS) {
      const book = buildQuoteBook([
        story(`served-role-${link}`, [
          ...QUAKE,
          `Robin Sulistyo, 52, a lawyer ${link} the family, said she had lost everything in the landslide.`,
        ]),
      ]);
      expect(book.people.filter((p) => p.name === 'Robin Sulistyo').map((p) => p.gender)).toEqual([null]);
    }
  });

  it('still reads a role with an article after the name’s own as another person (“NAME found a nurse and praised her courage”)', () => {
    const book = buildQuoteBook([
      story('own-role-other', [
        ...QUAKE,
        'Rahmat Sulistyo, 46, a rice farmer, found a nurse in the rubble and praised her courage.',
      ]),
    ]);
    expect(book.people.filter((p) => p.name === 'Rahmat Sulistyo').map((p) => p.gender)).toEqual([null]);
  });
});

describe('a name a preposition brings in, before the same pronoun as subject (pronounSubjectPast)', () => {
  it('reads no name after “from” as the “she” opening the clause after it, so the next “she says” is the one named before', () => {
    const book = buildQuoteBook(
      [
        story('pronoun-subject-past', [
          'Dr Ines Marwick took over the county’s hospitals in the spring, when patients waited a day for a bed.',
          'When we put it to her that other trusts might come and learn from Harrow Vale, she winces.',
          '“Visit if you like, though in February rather than July,” she says.',
        ]),
      ],
      { givenNameGender },
    );
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([
      book.people.map((p) => p.name),
      book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker))),
    ]).toEqual([['Ines Marwick'], ['Ines Marwick']]);
  });
});

describe('a name a preposition brings in, before the same pronoun speaking (“…, she admits”)', () => {
  it('still reads the name as the next speaking she when the pronoun after it speaks', () => {
    const book = buildQuoteBook(
      [
        story('pronoun-speaks-past', [
          'The governors met on Monday to choose a new head for the village school.',
          'The offer came as a surprise to Ines Marwick, she admits.',
          '“I had never run a school before,” she says.',
        ]),
      ],
      { givenNameGender },
    );
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Ines Marwick']);
  });
});

describe('a he or she replying to a question quoted in the sentence before (REPLY_VERBS)', () => {
  it('takes no gender for the asker from the pronoun that replies, and gives the reply to the witness', () => {
    const book = buildQuoteBook(
      [
        story('reply-to-question', [
          'The fraud trial of two former bank directors resumed in the High Court on Tuesday morning.',
          'The witness, Mrs. Funmilola Adesola-Ring, told the judge the loan papers “reached my desk already signed.”',
          'Under cross-examination by defence counsel, Mr Chukwudi Okonjo-Baird, the witness agreed that she never met the borrowers.',
          '“So all you know about my client is what others told you?” Okonjo-Baird asked.',
          '“Yes, my lord, though the papers tell their own story,” she replied.',
        ]),
      ],
      { givenNameGender },
    );
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([
      book.people.filter((p) => p.name === 'Chukwudi Okonjo-Baird').map((p) => p.gender),
      book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker))),
    ]).toEqual([['male'], ['Funmilola Adesola-Ring', 'Chukwudi Okonjo-Baird', 'Funmilola Adesola-Ring']]);
  });
});

describe('a surname alone in the sentence right before a speaking he or she', () => {
  const OPENING = [
    'The parish council gave Tomas Wexley’s company the contract to rebuild the bus shelter in 2022.',
    'An inspector ordered Wexley to take the new roof down again in March.',
  ];

  /** Each quote's speaker's name (null for nobody) in a one-story book of `lines`. */
  function speakers(lines: string[]): (string | null)[] {
    const book = buildQuoteBook([story('surname-before', lines)]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? null)));
  }

  it('reads the one full name the article wrote the surname in as the person the pronoun is', () => {
    expect(
      speakers([
        ...OPENING,
        'Wexley stayed away from the meeting. In a letter to the clerk, he said the glass had been “held up at the port for weeks”.',
      ]),
    ).toEqual(['Tomas Wexley']);
  });

  it('reads nothing when that sentence has a him of the pronoun’s gender (“Wexley pressed him on it”)', () => {
    expect(
      speakers([
        ...OPENING,
        'Wexley pressed him on it. In a letter to the clerk, he said the glass had been “held up at the port for weeks”.',
      ]),
    ).toEqual([null]);
  });

  it('reads the surname past a his of the pronoun’s gender, the subject’s own (“Wexley, known for his …”)', () => {
    expect(
      speakers([
        ...OPENING,
        'Wexley, known for his stubborn streak, stayed away from the meeting. In a letter to the clerk, he said the glass had been “held up at the port for weeks”.',
      ]),
    ).toEqual(['Tomas Wexley']);
  });

  it('reads the surname past a her before a plain word (“her reply”), and not past “gave her a …”', () => {
    const opening = [
      'The parish council gave Tomasina Wexley’s company the contract to rebuild the bus shelter in 2022.',
      'An inspector ordered Wexley to take the new roof down again in March.',
    ];
    const closing = 'In a letter to the clerk, she said the glass had been “held up at the port for weeks”.';
    expect([
      speakers([...opening, `Wexley read out her reply at the meeting. ${closing}`]),
      speakers([...opening, `Wexley gave her a copy at the meeting. ${closing}`]),
    ]).toEqual([['Tomasina Wexley'], [null]]);
  });

  it('reads nothing when the surname is a possessive (“Wexley’s old partner, NAME, …”)', () => {
    expect(
      speakers([
        ...OPENING,
        'Wexley’s old partner at the firm, Otto Brenner, could barely speak when he heard. He said: “He never finished a job in his life.”',
      ]),
    ).toEqual(['Otto Brenner']);
  });

  it('reads nothing when the paragraph names somebody else in full before it', () => {
    const book = buildQuoteBook(
      [
        story('surname-paragraph', [
          'The council met on Tuesday night to decide the future of the ferry contract after months of complaints.',
          'Susan Wexley, whose company has run the crossing since 2015, was not invited to speak at the meeting.',
          'Tom Ruiz, the council leader, was at the meeting. Wexley did not attend. “They have had every chance to fix the timetable,” he said.',
        ]),
      ],
      { givenNameGender },
    );
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual(['Tom Ruiz']);
  });

  it('reads nothing when the surname has a title (“Ms Orley”), which shows the person and her gender already', () => {
    expect(
      speakers([
        'Treasurer Colm Tarrant refused on Monday to lift the federal share of school funding above 40 per cent.',
        'Mr Tarrant hit back hours later at the state’s complaints.',
        'Shadow Treasurer Nerys Orley said the dispute proved ministers had nothing ready. “Parents want teachers, not excuses,” Ms Orley told Harbour Radio.',
        'He said any extra money would be tied to “hard targets on class sizes and reading scores”.',
      ]),
    ).toEqual(['Nerys Orley', 'Colm Tarrant']);
  });
});
