import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import {
  BUSINESS_FOLLOWERS,
  BUSINESS_NOUNS_BEFORE,
  BUSINESS_POSSESSIONS,
  bodyNounBefore,
  bodyNounRightBefore,
  CLOSE_BODY_DETERMINERS,
  CLOSE_BODY_LEADS,
  businessAppositiveAfter,
  APPOSED_BODY_DETERMINERS,
  APPOSED_BODY_OPENERS,
  PREMISES_NOUNS,
} from '../../src/quotes/businessNames.ts';
import { spacedTokens, story } from './fixtures.ts';

function people(lines: string[]): [string, string][] {
  return buildQuoteBook([story('business', lines)]).people.map((p) => [p.name, p.kind]);
}

function speakers(lines: string[]): (string | null)[] {
  const book = buildQuoteBook([story('business', lines)]);
  const names = new Map(book.people.map((p) => [p.id, `${p.name} (${p.kind})`]));
  return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? null)));
}

const QUOTE =
  '“Demand in the second half was stronger than any of us expected,” Harlow said in a statement on Thursday.';

describe('businesses an article names by one word', () => {
  it('gives “Harlow said” to the business the article names in full as “Harlow Motor Corp.”, with its short form', () => {
    const lines = [
      'Harlow Motor Corp. raised its full-year profit forecast on Thursday after a strong quarter.',
      QUOTE,
    ];
    expect([people(lines), speakers(lines)]).toEqual([
      [['Harlow Motor Corp', 'organisation']],
      ['Harlow Motor Corp (organisation)'],
    ]);
  });

  it('does not take the first word of a name of another kind (“Harlow Parish Council”) for a business', () => {
    const lines = ['Harlow Parish Council approved the new car park on Thursday after a long debate.', QUOTE];
    expect(people(lines)).toEqual([
      ['Harlow', 'person'],
      ['Harlow Parish Council', 'organisation'],
    ]);
  });

  for (const possession of [...BUSINESS_POSSESSIONS].sort()) {
    it(`lists “Harlow said” as an organisation when the article writes “Harlow’s ${possession}”`, () => {
      expect(people([`Harlow’s first-quarter ${possession} rose sharply on strong demand in Europe.`, QUOTE])).toEqual([
        ['Harlow', 'organisation'],
      ]);
    });
  }

  /** The followers that stand before a person's name as a role ("Harlow founder Ann Lee"). */
  const TITLED_FOLLOWERS = new Set(['ceo', 'cfo', 'coo', 'founder', 'co-founder', 'boss', 'chairman', 'chairwoman']);
  for (const word of [...BUSINESS_FOLLOWERS].sort()) {
    const follower = word.length === 3 ? word.toUpperCase() : word;
    it(`lists “Harlow said” as an organisation when the article writes “Harlow ${follower}”`, () => {
      const line = TITLED_FOLLOWERS.has(word)
        ? `Harlow ${follower} Ann Lee told staff on Thursday that the new plant would open in May.`
        : `Harlow ${follower} were told on Thursday that the new plant would open in May.`;
      expect(people([line, QUOTE]).find(([name]) => name === 'Harlow')).toEqual(['Harlow', 'organisation']);
    });
  }

  it('keeps a person known by one name a person when their possession is no business’s (“Harlow’s family”)', () => {
    expect(people(['Harlow’s family said on Thursday that they had not been told of the decision.', QUOTE])).toEqual([
      ['Harlow', 'person'],
    ]);
  });
});

describe('a business noun before a one-word name', () => {
  for (const noun of [...BUSINESS_NOUNS_BEFORE].sort()) {
    it(`lists “Harlow said” as an organisation when the article writes “the ${noun} Harlow”`, () => {
      const lines = [`Shares in the ${noun} Harlow fell on Thursday after a weak quarter in Europe.`, QUOTE];
      expect(speakers(lines)).toEqual(['Harlow (organisation)']);
    });
  }

  it('keeps “Harlow said” a person when a capitalised word follows the noun’s name (“the app Harlow Jones”)', () => {
    const lines = ['The app Harlow Jones built with friends reached a million users on Thursday.', QUOTE];
    expect(people(lines)).toEqual([['Harlow Jones', 'person']]);
  });
});

describe('businessAppositiveAfter', () => {
  for (const noun of [...PREMISES_NOUNS].sort())
    it(`reads “NAME, the little ${noun} on the square” as calling NAME a business`, () => {
      expect(businessAppositiveAfter(spacedTokens(`Casa Marisol , the little ${noun} on the square`), 2)).toBe(true);
    });

  it('reads a business kind’s noun there too, and no appositive of a person’s role or of more words', () => {
    expect([
      businessAppositiveAfter(spacedTokens('Casa Marisol , a family firm , said'), 2),
      businessAppositiveAfter(spacedTokens('Ana Marisol , the head of the bakery , said'), 2),
      businessAppositiveAfter(spacedTokens('Ana Marisol , a retired and much loved village baker , said'), 2),
      businessAppositiveAfter(spacedTokens('Ana Marisol said the bakery would close'), 2),
      businessAppositiveAfter(spacedTokens('Ana Marisol , a firm believer in sport , said'), 2),
      businessAppositiveAfter(spacedTokens('Ana Marisol , a cafe regular , said'), 2),
    ]).toEqual([true, false, false, false, false, false]);
  });
});

describe('a name right after a body’s noun', () => {
  const FLOOD = 'The river burst its banks at Cray Mill on Sunday, flooding forty homes along the lower road.';

  for (const determiner of [...CLOSE_BODY_DETERMINERS].sort()) {
    const opening = `${determiner.charAt(0).toUpperCase()}${determiner.slice(1)}`;
    it(`makes the name an organisation after “${opening} campaign group” when a speech verb follows it`, () => {
      const lines = [
        FLOOD,
        `${opening} campaign group Dry Banks Now said the warnings had come far too late.`,
        '“People were told to leave when the water was already at their doors,” Dry Banks Now said.',
      ];
      expect([people(lines), speakers(lines)]).toEqual([
        [['Dry Banks Now', 'organisation']],
        ['Dry Banks Now (organisation)'],
      ]);
    });
  }

  it('finds the noun past at most two lower-case words and no role, stop word or capital', () => {
    expect(
      [
        'Wen Tao of the flood action group Dry Banks Now said',
        'Wen Tao of the flood group Dry Banks Now said',
        'Wen Tao of the group Dry Banks Now said',
        'Wen Tao of the very old local flood group Dry Banks Now said',
        'Wen Tao of the Kent flood group Dry Banks Now said',
        'Wen Tao of a flood group Dry Banks Now said',
        'the group leader Dry Banks Now said',
      ].map((s) => {
        const tokens = spacedTokens(s);
        return bodyNounRightBefore(
          tokens,
          tokens.findIndex((t) => t.text === 'Dry'),
        );
      }),
    ).toEqual([true, true, true, false, false, false, false]);
  });

  it('keeps a person named right after a body’s noun a person when a verb other than of speech follows the name', () => {
    const lines = [
      FLOOD,
      'The charity Wen Tao founded in 2011 has handed out sandbags to every house on the lower road.',
      '“We knew this street would flood again,” Wen Tao said.',
    ];
    expect(speakers(lines)).toEqual(['Wen Tao (person)']);
  });

  for (const lead of [...CLOSE_BODY_LEADS].sort())
    it(`reads the noun after “${lead} the campaign group” (CLOSE_BODY_LEADS) and at the sentence’s start, not after an opening phrase`, () => {
      const at = (s: string): boolean => {
        const tokens = spacedTokens(s);
        return bodyNounRightBefore(
          tokens,
          tokens.findIndex((t) => t.text === 'Dry'),
        );
      };
      expect([
        at(`Wen Tao said so ${lead} the campaign group Dry Banks Now said`),
        at('The campaign group Dry Banks Now said'),
        at('Speaking outside the court Dry Banks Now said'),
        at('After leaving the firm Dry Banks Now said'),
      ]).toEqual([true, true, false, false]);
    });

  it('keeps a person named after an opening phrase whose comma was left out (“At the memorial service NAME said”)', () => {
    const lines = [
      FLOOD,
      'Speaking outside the court Wen Tao said: “I have always been innocent and I will clear my name.”',
      'At the memorial service Ilse Marten said the late mayor was “a kind and stubborn man”.',
    ];
    expect(speakers(lines)).toEqual(['Wen Tao (person)', 'Ilse Marten (person)']);
  });

  it('gives a quote to the person before “of the campaign group NAME said”, and none to the group', () => {
    const lines = [
      FLOOD,
      'Wen Tao of the campaign group Dry Banks Now said the warnings had come far too late.',
      '“People were told to leave when the water was already at their doors,” she said.',
    ];
    expect([people(lines), speakers(lines)]).toEqual([
      [
        ['Dry Banks Now', 'organisation'],
        ['Wen Tao', 'person'],
      ],
      ['Wen Tao (person)'],
    ]);
  });
});

describe('a name set off after a body’s noun', () => {
  const RECALL = 'A van caught fire in a depot car park on Monday night, and nobody was hurt.';

  it('makes the name an organisation when a comma and a speech verb close it (“The delivery firm, NAME, said”)', () => {
    const lines = [
      RECALL,
      'The courier firm, Harwick Parcels, said on Monday it had checked every van in its fleet twice.',
      '“We are relieved that no one was hurt,” Harwick Parcels said.',
    ];
    expect([people(lines), speakers(lines)]).toEqual([
      [['Harwick Parcels', 'organisation']],
      ['Harwick Parcels (organisation)'],
    ]);
  });

  it('makes the name an organisation when it holds a cue word of its own and the quote is the body’s (“The courier firm, NAME Group, said: …”)', () => {
    const lines = [
      RECALL,
      'The courier firm, Harwick Group, said: “We are relieved that no one was hurt, and every van has been checked.”',
      'Depot manager Ilse Varro said the fire had started in a charging bay.',
    ];
    expect([people(lines), speakers(lines)]).toEqual([
      [
        ['Harwick Group', 'organisation'],
        ['Ilse Varro', 'person'],
      ],
      ['Harwick Group (organisation)'],
    ]);
  });

  it('keeps it an organisation when the article has it speak plainly elsewhere (“the manufacturer, NAME.”)', () => {
    const lines = [
      RECALL,
      'The bikes were recalled last week by the manufacturer, Tallow Bikes.',
      'In a statement, Tallow Bikes said: “Owners should stop charging the battery at once.”',
    ];
    expect(speakers(lines)).toEqual(['Tallow Bikes (organisation)']);
  });

  for (const determiner of [...APPOSED_BODY_DETERMINERS].sort())
    it(`makes the name an organisation after “${determiner} courier firm,” (APPOSED_BODY_DETERMINERS)`, () => {
      const lines = [
        RECALL,
        `Ola Brandt founded the business in 2009. ${determiner.charAt(0).toUpperCase()}${determiner.slice(1)} courier firm, Harwick Parcels, said on Monday it had checked every van.`,
        '“We are relieved that no one was hurt,” Harwick Parcels said.',
      ];
      expect(speakers(lines)).toEqual(['Harwick Parcels (organisation)']);
    });

  it('makes the name an organisation after a person’s possessive (“Brandt’s company, NAME, said”)', () => {
    const lines = [
      RECALL,
      'Ola Brandt’s company, Harwick Parcels, said in a statement: “We are relieved that no one was hurt.”',
    ];
    expect([people(lines), speakers(lines)]).toEqual([
      [['Harwick Parcels', 'organisation']],
      ['Harwick Parcels (organisation)'],
    ]);
  });

  it('keeps a person set off after a role of a name’s business a person (“A former director of Brandt’s firm, NAME, said”)', () => {
    const lines = [
      RECALL,
      'A former director of Ola Brandt’s firm, Ilse Marten, said the accounts were “a mess from top to bottom”.',
    ];
    expect(speakers(lines)).toEqual(['Ilse Marten (person)']);
  });

  it('leaves a person’s name that “who” or an age closes a person (“the group, NAME, who”)', () => {
    expect([
      people([RECALL, 'There is one man in the group, Stavros Leventis, who has never finished the course.']),
      people([RECALL, 'Outside the court, Ilse Vennor, 58, said she would go home on Friday.']),
    ]).toEqual([[['Stavros Leventis', 'person']], [['Ilse Vennor', 'person']]]);
  });

  for (const opener of [...APPOSED_BODY_OPENERS].sort())
    it(`reads a body’s name after “${opener} the manufacturer,” (APPOSED_BODY_OPENERS), and none after a role’s link or a verb`, () => {
      const tokens = spacedTokens(`It was recalled ${opener} the manufacturer , Tallow Bikes .`);
      const linked = spacedTokens('a spokesman for the union , Tom Hale , said');
      const verb = spacedTokens('the man who founded the charity , Tom Hale .');
      expect([bodyNounBefore(tokens, 7), bodyNounBefore(linked, 6), bodyNounBefore(verb, 7)]).toEqual([
        true,
        false,
        false,
      ]);
    });

  it('keeps a person named after a verb’s body, or with a body’s noun before the name, a person', () => {
    const founder = [
      'A Harwick charity that gives free bicycles to refugees is to close next month after its funding ran out.',
      '“It breaks my heart to see it end like this,” said the man who founded the charity, Tom Hale.',
      'Hale said he would look for new backers over the summer. “I am not giving up yet,” Hale said.',
    ];
    const founded = [
      founder[0] ?? '',
      'The charity Tom Hale founded in 2015 has handed out more than 4,000 bicycles since then.',
      '“I am not giving up yet,” Hale said. “Someone will step in,” Tom Hale said.',
    ];
    expect([speakers(founder), speakers(founded)]).toEqual([
      ['Tom Hale (person)', 'Tom Hale (person)'],
      ['Tom Hale (person)', 'Tom Hale (person)'],
    ]);
  });
});
