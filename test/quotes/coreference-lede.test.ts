import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { LEDE_NAMING_WORDS, LEDE_ROLE_DETERMINERS, REVEALED_OPENERS } from '../../src/quotes/coreference.ts';
import { ROLE_PLACE_LINKS } from '../../src/quotes/phraseBefore.ts';
import { REMIT_OPENERS } from '../../src/quotes/rolePhrases.ts';
import { attributed, quoteSpeakers, story } from './fixtures.ts';

function speakers(lines: string[]): (string | null)[] {
  const book = buildQuoteBook([story('lede', lines)]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? '?')));
}

const SECOND: Record<string, string> = {
  speaking: 'Harbour board member Dana Okafor was speaking at the monthly meeting of the board on Tuesday night.',
  spoke: 'Harbour board member Dana Okafor spoke at the monthly meeting of the board on Tuesday night.',
  comments: 'Harbour board member Dana Okafor made the comments at the monthly meeting of the board on Tuesday.',
  remarks: 'Harbour board member Dana Okafor made the remarks at the monthly meeting of the board on Tuesday.',
};

describe('a speaker the lede brings in unnamed and the next paragraph names', () => {
  for (const word of [...LEDE_NAMING_WORDS].sort()) {
    it(`gives the lede’s quote and a later “the councillor” to the person named next with “${word}”`, () => {
      expect(
        speakers([
          '“The timetable cuts will leave the island cut off every winter,” a parish councillor has said.',
          SECOND[word] ?? '',
          '“Families cannot reach the hospital on the mainland after six,” added the councillor.',
        ]),
      ).toEqual(['Dana Okafor', 'Dana Okafor']);
    });
  }

  it('gives a lede’s quote reported by a definite role nobody holds yet (“The Harbour Secretary of State has told …”) to the person named next', () => {
    expect(
      speakers([
        'The Harbour Secretary of State has told the island’s fishing co-operatives they have “one season left to agree quotas” after a meeting ended early.',
        'Speaking at the quayside, Dana Okafor said she would set the quotas herself if no plan reached her by spring.',
        '“The boats cannot sit in harbour while the co-operatives argue,” she said.',
      ]),
    ).toEqual(['Dana Okafor', 'Dana Okafor']);
  });

  it('gives a lede’s quote reported by “its chairman” to the first person named after it with a role of that head, not to one of another role', () => {
    const lines = (role: string): string[] => [
      'Velmir Harbour Trust has sold its last two ferries after its chairman said the fleet was “a cost nobody can carry”.',
      'The trust bought the ferries in 2009 and ran them between the islands until the spring.',
      `${role} Dana Okafor said the buyers would keep every crew member for at least a year.`,
    ];
    expect([speakers(lines('Trust chairman')), speakers(lines('Trust treasurer'))]).toEqual([['Dana Okafor'], [null]]);
  });

  for (const determiner of [...LEDE_ROLE_DETERMINERS].sort()) {
    const role = determiner === 'an' ? 'examining magistrate' : 'magistrate';
    const written = `${determiner} ${role}`;
    it(`gives a lede’s quote reported by “${written}” to the person named after it with that role (LEDE_ROLE_DETERMINERS)`, () => {
      expect(
        speakers([
          `A trawler firm has been fined £2m for dumping old nets at sea, in a case ${written} described as “the most careless I have dealt with”.`,
          'The firm admitted eleven offences at the harbour court covering the years from 2019 to 2023.',
          `Passing sentence, ${role.charAt(0).toUpperCase()}${role.slice(1)} Dana Okafor said the firm had ignored warnings.`,
        ]),
      ).toEqual(['Dana Okafor']);
    });
  }

  /** A lede with an unnamed magistrate, seven sentences that name nobody, then `last`. */
  const farMagistrate = (last: string): string[] => [
    'A harbour magistrate on Monday refused bail to a deckhand accused of sinking a rival’s trawler, calling the case “reckless beyond anything this court has seen”.',
    'The deckhand faces six charges over the sinking in March.',
    'The trawler went down at its mooring two hours before dawn.',
    'Nobody was aboard at the time.',
    'Divers found a cut fuel line the next morning.',
    'The boat’s insurers put the loss at £400,000.',
    'The harbour has been closed to night landings since.',
    'Fishermen held a vigil on the quay on Sunday.',
    last,
  ];

  it('gives a lede’s quote reported by “a magistrate” to the first magistrate named, however many sentences later', () => {
    const lines = (named: string): string[] =>
      farMagistrate(`${named} said the deckhand would stay in custody until his trial in the autumn.`);
    expect([speakers(lines('Magistrate Dana Okafor')), speakers(lines('Harbour master Dana Okafor'))]).toEqual([
      ['Dana Okafor'],
      [null],
    ]);
  });

  it('leaves a lede’s quote to nobody when the magistrate named far below it is given no words of their own', () => {
    expect(
      speakers(
        farMagistrate(
          'Magistrate Dana Okafor, who heard the case in 2019 when the deckhand was first in court, retired last year.',
        ),
      ),
    ).toEqual([null]);
  });

  it('leaves a lede’s quote reported by “a lawyer” to nobody when two lawyers are named far below it', () => {
    expect(
      speakers([
        'A van driver was sent to prison for five years on Friday over a crash a lawyer described as “a tragedy for two families”.',
        'The driver pleaded guilty at a hearing in the spring.',
        'The cyclist, a retired teacher, died at the scene on the ring road.',
        'His family sat in the public gallery throughout the hearing.',
        'The court heard the driver had been using his phone at the wheel.',
        'He may not drive again for a decade.',
        'The firm that employed him has since sold its lorries.',
        'Prosecuting lawyer Tom Reed said the driver had ignored two warnings.',
        'Defence lawyer Ann Hale said her client was “sorry beyond words”.',
      ]),
    ).toEqual([null, 'Ann Hale']);
  });

  for (const link of [...ROLE_PLACE_LINKS].sort())
    it(`gives a lede’s quote reported by “a ward nurse ${link} PLACE” to the ward nurse named next (ROLE_PLACE_LINKS)`, () => {
      expect(
        speakers([
          `A ward nurse ${link} Tarrow has said families on the estate were “misled, again and again” by strangers online.`,
          'Ann Berg, a ward nurse who has worked on the estate for 20 years, said she had seen six cases in a week.',
        ]),
      ).toEqual(['Ann Berg']);
    });

  it('leaves the lede’s quote unattributed when the person named next is not said to have spoken', () => {
    expect(
      speakers([
        '“The man was arrested at the scene and taken to hospital,” a police spokesman has said.',
        'Harbour worker Tom Reed, 45, was charged with assault at the monthly meeting of the board on Tuesday.',
      ]),
    ).toEqual([null]);
  });
});

describe('a name set off after the role opening a sentence', () => {
  for (const opening of ['The shop’s owner, chemist Mira Ostrand,', 'Its founder, Mira Ostrand,'])
    it(`reads “${opening} …” as the name’s sentence: a quote paragraph after it is hers`, () => {
      expect(
        attributed([
          'Police Lt. Oren Vasquez said patrols got to the shop within four minutes of the alarm.',
          '“When our first car arrived, the van was already reversing out,” Vasquez said.',
          `${opening} spent the day clearing broken glass with her daughter.`,
          '“Thirty years we have served this street, and this is our reward.”',
        ]).map(([words, speaker]) => [words, speaker]),
      ).toEqual([
        ['When our first', 'Oren Vasquez'],
        ['Thirty years we', 'Mira Ostrand'],
      ]);
    });
});

describe('a name set off after a role and its remit (“the Ranking Member on the Roads Committee, Hon. NAME,”)', () => {
  it('reads the name as the subject, and “Hon.” as no part of the name', () => {
    const book = buildQuoteBook([
      story('remit-set-off', [
        'Minister for Works, Hon. Kofi Adjei, told Parliament the houses would be finished next year.',
        'But the Ranking Member on the Roads Committee, Hon. Yaw Boakye, said members had heard that pledge many times.',
        '“Each session the minister repeats the pledge, and each season the roads crumble,” he said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)]).toEqual([
      ['Kofi Adjei', 'Yaw Boakye'],
      ['Yaw Boakye'],
    ]);
  });
});

describe('a name set off after a role, its remit and a title (REMIT_OPENERS)', () => {
  for (const opener of [...REMIT_OPENERS].sort())
    it(`gives a later “he said” to “The Catholic parish priest ${opener} Tarnby, the Rev. NAME,” not to the man before`, () => {
      const book = buildQuoteBook([
        story(`remit-${opener}`, [
          'Dario Velasco, a farmer, said the water had come in the night.',
          `The Catholic parish priest ${opener} Tarnby, the Rev. Emil Marwood, let some 300 families sleep in the hall. “Our doors stay open while the river is up,” he said.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Emil Marwood']);
    });
});

describe('a name set off after a role, with a remit of its own before the comma (“The chair of the bloc, President NAME of the Tarn Isles, told”)', () => {
  it('gives the quote after “…, President NAME of the Tarn Isles, told reporters” to NAME, not the bloc', () => {
    const book = buildQuoteBook([
      story('name-remit', [
        'Delegates from forty island states spent the night on the final wording of the fund.',
        'The chair of the Alliance of Small Island Nations, President Sefa Malolo-Tui of the Tarn Isles, told reporters the deal was “a first step and nothing more”.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Sefa Malolo-Tui']);
  });
});

describe('a name set off after a body and the role it owns (“Harbour Parks chief warden for the reserve, NAME,”)', () => {
  it('reads the name as the subject, not the body that spoke in the sentence before', () => {
    const book = buildQuoteBook([
      story('body-role-set-off', [
        'Three men were held after a night chase through the reserve, police and Harbour Parks said.',
        'Harbour Parks chief warden for the reserve, Pieter Vermaak, thanked the rangers, saying they had “risked everything for the herd”.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Pieter Vermaak']);
  });
});

describe('an unheld role speaking in the sentence before a role of the same head with a name set off after it', () => {
  const lines = (named: string): string[] => [
    'Some three thousand visitors packed the sports ground on Saturday for the county schools fair.',
    `“We never planned for crowds this size at a school fair,” the fair’s chief organiser conceded. The organiser, ${named}, said the committee had also hired extra coaches.`,
  ];
  it('gives the quote to the name (“the fair’s chief organiser conceded. The organiser, NAME, said”)', () => {
    expect([quoteSpeakers(lines('Rajan Pillai')), quoteSpeakers(lines('Deputy Head of Schools Rajan Pillai'))]).toEqual(
      [['Rajan Pillai'], ['Rajan Pillai']],
    );
  });

  for (const [above, below] of [
    ['the company’s lawyer told the court', 'The lawyer for the island families, Rajan Pillai, said'],
    ['the finance minister said', 'The transport minister, Rajan Pillai, said'],
    ['the opposition leader said', 'The council leader, Rajan Pillai, said'],
  ])
    it(`leaves the quote to nobody when the role below has words the one above lacks (“${below}”)`, () => {
      expect(
        quoteSpeakers([
          'The island’s ferry contract was put out to tender again on Monday after a year of delays and complaints.',
          `“We cannot spend money we have not got,” ${above}. ${below} the tender had been rushed.`,
        ]),
      ).toEqual([null]);
    });

  it('leaves the quote to nobody when the name follows the role with no comma (“Harbour Party leader NAME later …”)', () => {
    expect(
      quoteSpeakers([
        'The island’s ferry contract was put out to tender again on Monday after a year of delays and complaints.',
        '“We cannot spend money we have not got,” the Harbour Party leader said. Harbour Party leader Rajan Pillai later joined the debate.',
      ]),
    ).toEqual([null]);
  });

  it('leaves the quote to nobody when the role set off after is another (“The treasurer, NAME, said”)', () => {
    expect(
      quoteSpeakers([
        'Some three thousand visitors packed the sports ground on Saturday for the county schools fair.',
        '“We never planned for crowds this size at a school fair,” the fair’s chief organiser conceded. The treasurer, Rajan Pillai, said the committee had also hired extra coaches.',
      ]),
    ).toEqual([null]);
  });
});

describe('somebody brought in unnamed, named in the next sentence by “the” and the same role (REVEALED_OPENERS)', () => {
  const SETTING = 'The minister announced the new arts grants at a ceremony in the city hall on Friday evening.';
  const heard = (opener: string): string =>
    `The announcement drew some murmurs. ${opener} veteran painter, leaning on the wall by the exit, was heard to say, “Every spring they make the same promise and every spring it comes to nothing.”`;

  for (const opener of [...REVEALED_OPENERS].sort()) {
    const written = opener === 'an' ? 'An' : opener === 'a' ? 'A' : 'One';
    const text = opener === 'an' ? heard(written).replace('veteran painter', 'elderly painter') : heard(written);
    it(`gives “${written} … painter … said “…”” to the name the next sentence sets off after “the painter”`, () => {
      expect(
        quoteSpeakers([
          SETTING,
          text,
          'Speaking to reporters afterwards, the painter, Ottoline Quarrendon-Pike, 71, said she meant no insult.',
        ]),
      ).toEqual(['Ottoline Quarrendon-Pike']);
    });
  }

  it('leaves the quote to nobody when the next sentence names another of that role (“Another painter, NAME,”)', () => {
    expect(
      quoteSpeakers([
        SETTING,
        heard('A'),
        'Another painter, Ottoline Quarrendon-Pike, 71, said the grants were welcome.',
      ]),
    ).toEqual([null]);
  });
});

describe('somebody brought in unnamed, named past the quotation that goes on after the credit (QUOTATION_SENTENCES_PAST)', () => {
  const SETTING = 'Police have warned families about a new telephone scam that copies the voices of relatives.';
  const credit = '‘It costs them next to nothing these days,’ said one fraud adviser.';
  const more = ['‘A few seconds of a voice is all it needs.’', '‘Then it rings the grandparents.’', '‘They pay.’'];
  const named = 'The adviser, Dr Perpetua Quennell-Kai of the Harbour Institute, urged families to agree a code word.';

  it('gives the credit’s quotes to the name when two sentences of quotation stand between', () => {
    expect(quoteSpeakers([SETTING, [credit, ...more.slice(0, 2)].join(' '), named])).toEqual([
      'Perpetua Quennell-Kai',
      'Perpetua Quennell-Kai',
      'Perpetua Quennell-Kai',
    ]);
  });

  it('leaves them to nobody when three sentences of quotation stand between', () => {
    expect(quoteSpeakers([SETTING, [credit, ...more].join(' '), named])).toEqual([null, null, null, null]);
  });
});
