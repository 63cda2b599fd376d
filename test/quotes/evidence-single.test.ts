// A person known by one name: a speaking word that no full name in its article accounts for.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { INVERTING_SPEECH_VERBS, SPEECH_VERBS } from '../../src/quotes/lexicon.ts';
import { FAMILY_CALLINGS, isPluralOfBody, MIN_ONE_NAME_LETTERS } from '../../src/quotes/evidence.ts';
import { quoteSpeakers, story } from './fixtures.ts';
import { givenNameGender } from '../../src/load/givenNames.ts';

const LEAD =
  'The talks in the capital went on late into the evening on Thursday, officials from both delegations said afterwards.';
const QUOTE = '“We will build the road before the next monsoon season arrives”';

function speakers(lines: string[]): (string | null)[] {
  const book = buildQuoteBook([story('single', lines)]);
  const people = new Map(book.people.map((p) => [p.id, p]));
  return book.quotes.map((q) => {
    const p = q.speaker === null ? undefined : people.get(q.speaker);
    return p === undefined ? null : `${p.name} (${p.kind})`;
  });
}

describe('speakers known by one name', () => {
  it('takes no capitalised word for a person where the article writes it in lower case too', () => {
    const title = 'Dock fraud trial: Whistleblower tells court of “ghost ships” on the ledger';
    const body =
      'A former clerk at the harbour office told the court on Monday that she passed the ledgers to the whistleblower unit of the regulator.';
    const book = buildQuoteBook([story('single-lower', [body], { title })]);
    expect(book.people.map((p) => p.name)).toEqual([]);
  });

  it('takes a surname speaking after a quote for a person', () => {
    expect(speakers([LEAD, `${QUOTE.slice(0, -1)},” Okafor said.`])).toEqual(['Okafor (person)']);
  });

  it('takes a surname opening the sentence for a person when the tagger reads a proper noun', () => {
    expect(speakers([LEAD, `Okafor said: ${QUOTE}.`])).toEqual(['Okafor (person)']);
  });

  it('reads past an opening clause ("Speaking to reporters, Okafor said")', () => {
    expect(speakers([LEAD, `Speaking to reporters, Okafor said: ${QUOTE}.`])).toEqual(['Okafor (person)']);
  });

  it('takes a full name after "according to" for a person, a lone word (often a news agency) for nobody', () => {
    expect(
      speakers([
        LEAD,
        `${QUOTE}, according to Grace Okafor.`,
        `${QUOTE.replace('road', 'bridge')}, according to Xantha.`,
      ]),
    ).toEqual(['Grace Okafor (person)', null]);
  });

  it('takes a word opening a sentence closed by a definite role’s credit for a person, not after a copula or before a plural role', () => {
    expect(
      speakers([
        'LAGOS, May 2 (Wire): Zolani will open the summit next week, the singer told fans at a concert on Friday.',
        `${QUOTE.slice(0, -1)},” she said.`,
      ]),
    ).toEqual(['Zolani (person)']);
    expect(
      speakers([
        'Zolani will open the summit next week, the organisers announced at a concert on Friday.',
        `${QUOTE.slice(0, -1)},” she said.`,
      ]),
    ).toEqual([null]);
    expect(
      speakers([
        'Zolani is the best thing to happen to the summit in years, the singer joked at a concert on Friday.',
        `${QUOTE.slice(0, -1)},” she said.`,
      ]),
    ).toEqual([null]);
  });

  it('never takes the listener of "told" for a speaker', () => {
    expect(speakers([LEAD, `The mayor told Okafor: ${QUOTE}.`])).toEqual([null]);
  });

  it('leaves a place, an acronym and "the X" unattributed', () => {
    expect(
      speakers([
        LEAD,
        `${QUOTE.slice(0, -1)},” Kenya said.`,
        `${QUOTE.slice(0, -1)},” NATO said.`,
        `${QUOTE.slice(0, -1)},” the Kremlin said.`,
      ]),
    ).toEqual([null, null, null]);
  });

  it('takes the full name an article writes for a surname it gives a person alone (“Mr Okafor”) as that person', () => {
    const book = buildQuoteBook([
      story('titled-surname', [
        'Backing the new road, Samuel Okafor will today set out the plan to the regional assembly.',
        'Mr Okafor was not at the assembly when it met on Monday afternoon.',
      ]),
    ]);
    expect(book.people.map((p) => [p.name, p.aliases])).toEqual([
      ['Samuel Okafor', ['Samuel Okafor', 'Okafor', 'Mr Okafor']],
    ]);
  });

  it('does not make a misspelt surname a person of its own', () => {
    const book = buildQuoteBook([
      story('typo', [
        LEAD,
        'Finance Minister Olaf Lindqvist spoke on the radio on Sunday.',
        `${QUOTE.slice(0, -1)},” Lindqvst said.`,
      ]),
    ]);
    expect(book.people.map((p) => p.name)).toEqual(['Olaf Lindqvist']);
  });

  it('reads a name with a chain of particles whole ("von der")', () => {
    expect(speakers([LEAD, `Ursula von der Leyen said: ${QUOTE}.`])).toEqual(['Ursula von der Leyen (person)']);
  });

  it('reads "PM" before a name as a title', () => {
    expect(speakers([LEAD, `PM Okafor said: ${QUOTE}.`])).toEqual(['Okafor (person)']);
  });
});

describe('inverting speech verbs', () => {
  it('are all speech verbs', () => {
    for (const verb of INVERTING_SPEECH_VERBS) expect(SPEECH_VERBS.has(verb)).toBe(true);
  });

  for (const verb of [...INVERTING_SPEECH_VERBS].sort()) {
    it(`take the name after "${verb}" for the speaker`, () => {
      expect(speakers([LEAD, `${QUOTE.slice(0, -1)},” ${verb} Okafor.`])).toEqual(['Okafor (person)']);
    });
  }
});

describe('a speaking word that ends a body’s name', () => {
  it('makes no person of the body’s name (“Rovers said” after “Castlemoor Rovers”)', () => {
    const book = buildQuoteBook([
      story('body-word-speaks', [
        'Ana Ruiz scored twice as Castlebridge Town beat Castlemoor Rovers 2-1 in a friendly played in 34C heat.',
        'Rovers led through a free-kick on 19 minutes before their midfielder Aoife Hale went down just before half-time.',
        'Rovers said later that Hale was “sitting up, rehydrated and laughing” on the ward.',
      ]),
    ]);
    expect(book.people.map((p) => [p.name, p.kind])).toEqual([['Aoife Hale', 'person']]);
    expect(book.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('a full name whose given name ends as a participle or adverb does (opensLikeVerb)', () => {
  const queue = [
    'For Blessing Okoro, every shift now starts before dawn, in a line of cars at the pumps.',
    'Ms Okoro finally reached the pump at noon, and the attendant sold her only 20 litres.',
    '“Twenty litres will not last me two days,” she said.',
  ];
  const harbour = [
    'For Emily Hale, the day begins before dawn at the harbour.',
    'Hale has fished these waters for thirty years.',
    '“The sea owes nobody a living,” Hale said.',
  ];

  it('is the speaker’s full name when the given-name lists know the first word (Blessing, Emily)', () => {
    expect([quoteSpeakers(queue, { givenNameGender }), quoteSpeakers(harbour, { givenNameGender })]).toEqual([
      ['Blessing Okoro'],
      ['Emily Hale'],
    ]);
  });

  it('reads no place named so as somebody a pronoun goes back to (“Stirling Castle … she said”)', () => {
    expect(
      quoteSpeakers(
        [
          'More than 2,000 people visited Stirling Castle over the holiday weekend, staff said.',
          '“It was our busiest Easter for years,” she said.',
        ],
        { givenNameGender },
      ),
    ).toEqual([null]);
  });

  it('leaves the surname alone the speaker when no lists are given', () => {
    expect([quoteSpeakers(queue), quoteSpeakers(harbour)]).toEqual([['Okoro'], ['Hale']]);
  });
});

describe('isPluralOfBody', () => {
  it('reads plurals of a body’s noun (“Ministries”, “Councils”, “Agencies”) and nothing else', () => {
    expect(['Ministries', 'Councils', 'Agencies', 'Okafor', 'Ministry', 'Banksy'].map(isPluralOfBody)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('a plural of a body’s noun opening a sentence before a speech verb', () => {
  it('is nobody known by one name (“Embassies “noted the count.” Ministries asked for “patience.””)', () => {
    const book = buildQuoteBook([
      story('plural-body', [
        'The count ended on Sunday night with the president ahead by less than a point.',
        'Embassies “noted the count with interest.” Ministries asked for “patience from every side.”',
      ]),
    ]);
    expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([[], [null, null]]);
  });

  it('is still a person known by one name after a speech verb (“said Councils”)', () => {
    expect(
      quoteSpeakers([
        'The count ended on Sunday night with the president ahead by less than a point.',
        '“We will ask for a recount in every district,” said Councils, the opposition’s chief agent.',
      ]),
    ).toEqual(['Councils']);
  });
});

describe('a single letter is nobody known by one name (MIN_ONE_NAME_LETTERS)', () => {
  it('gives “…,” she wrote to the founder, not to the platform “X” a participle follows', () => {
    expect(MIN_ONE_NAME_LETTERS).toBe(2);
    expect(
      speakers([
        'The note-taking app Lumio dropped its plan on Thursday after a week of complaints from its users.',
        'Early on Thursday the co-founder and chief executive, Brenna Varnow, shared a post on X explaining the climbdown.',
        '“We moved too quickly and said too little about it. That one is on me,” she wrote.',
      ]),
    ).toEqual(['Brenna Varnow (person)']);
  });

  it('still takes a word of two letters speaking after a quote for a person', () => {
    expect(speakers([LEAD, `${QUOTE.slice(0, -1)},” Oz said.`])).toEqual(['Oz (person)']);
  });
});

describe('a family word written in capitals is nobody known by one name (FAMILY_CALLINGS)', () => {
  for (const word of [...FAMILY_CALLINGS].sort()) {
    const written = word[0]?.toUpperCase() + word.slice(1);
    it(`takes no person “${written}” from “${written}, 78, lost …”, and leaves her quote to nobody`, () => {
      const book = buildQuoteBook([
        story(`family-${word}`, [
          'Police have warned families about a new telephone scam that copies the voices of relatives.',
          `${written}, 78, lost her savings after a call she was sure came from a grandchild. “It sounded just like him, every word of it,” she said.`,
        ]),
      ]);
      expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([[], [null]]);
    });
  }
});

describe('a single word speaking past an aside in lower case (“NAME, reached by phone, said”)', () => {
  it('gives the quote to the full name whose given name speaks past the aside', () => {
    expect(
      quoteSpeakers([
        'The quarrel over the family bakery reached the High Court in Tarlow on Monday.',
        'Their two other siblings, Jonas Quillfeather and Marisol Quillfeather-Tan, have kept well away from the dispute. Marisol, reached by phone, said: “I love them both and I will not choose between them.”',
      ]),
    ).toEqual(['Marisol Quillfeather-Tan']);
  });

  it('makes nobody known by one name of a word speaking past an aside (“Tarrow, after the final whistle, said”)', () => {
    const book = buildQuoteBook([
      story('aside-one-word', [
        'The cup final ended in a two-goal defeat for the home side after a night of crowd trouble.',
        'Tarrowby, after the final whistle, said on its website: “Our supporters were let down by a small group of fans.”',
      ]),
    ]);
    expect([book.people.map((p) => p.name), book.quotes.map((q) => q.speaker)]).toEqual([[], [null]]);
  });

  it('reads no speaker from a word before an appositive naming the one who speaks (“Her deputy at PLACE, the lawyer NAME, said”)', () => {
    const book = buildQuoteBook([
      story('aside-names-speaker', [
        'The veteran mediator, who brokered the lakeside accords in 1998, has died aged 79.',
        'Her deputy at Velmora, the Ghanaian lawyer Kwabena Ofori-Quaye, said: “She would never let a single delegate walk out angry.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([
      book.people.map((p) => p.name),
      book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker))),
    ]).toEqual([['Kwabena Ofori-Quaye'], ['Kwabena Ofori-Quaye']]);
  });
});

describe('a body’s first word speaking alone', () => {
  it('lists no person cut from a body’s name whose first word speaks (“Harlowe said” after “Harlowe Loss Analytics”)', () => {
    const book = buildQuoteBook([
      story('body-first-word', [
        'Insured losses from the storm will reach at least $2 billion, according to the modelling firm Harlowe Loss Analytics.',
        'Uninsured homes, which Harlowe said made up “a clear majority of the damaged buildings”, are not counted.',
      ]),
    ]);
    expect(book.people.map((p) => [p.name, p.kind])).toEqual([['Harlowe Loss Analytics', 'organisation']]);
  });
});
