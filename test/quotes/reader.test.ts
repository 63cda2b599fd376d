// The reader's sentence subject: where it starts past words that open the sentence but name nobody.
import { describe, expect, it } from 'vitest';
import { OPENING_TIME_WORDS } from '../../src/quotes/clauseWords.ts';
import { appositiveAfterOpeningEnd, PARTITIVE_OPENERS, REMIT_LINKS } from '../../src/quotes/reader.ts';
import { givenNameGender } from '../../src/load/givenNames.ts';
import { attributed, quoteSpeakers, spacedTokens } from './fixtures.ts';

const LEDE =
  'Tom Brent was hurt in a collision on the high street on Friday night and died in hospital two hours later.';
const QUOTE = '“He meant everything to us. He popped out for supper and never came back.”';

describe('a time phrase opening the sentence before its subject, with no comma', () => {
  for (const word of [...OPENING_TIME_WORDS].sort()) {
    const opening = word[0]?.toUpperCase() + word.slice(1);
    it(`reads the subject after “${opening}” (“${opening} his mother Carol Brent, 44, stood … and said:”)`, () => {
      expect(
        attributed([LEDE, `${opening} his mother Carol Brent, 44, stood beside the detectives and said:`, QUOTE]),
      ).toEqual([['He meant everything', 'Carol Brent', null]]);
    });
  }

  it('reads the subject after “On Monday” and “Last night”', () => {
    expect([
      attributed([LEDE, 'On Monday his mother Carol Brent stood beside the detectives and said:', QUOTE]),
      attributed([LEDE, 'Last night the boy’s mother, Carol Brent, stood beside the detectives and said:', QUOTE]),
    ]).toEqual([[['He meant everything', 'Carol Brent', null]], [['He meant everything', 'Carol Brent', null]]]);
  });
});

describe('somebody unnamed after a partitive opening the sentence (PARTITIVE_OPENERS)', () => {
  const MAYOR =
    'Mayor Conor Whitlow said selling the old harbour was a painful choice but the only one left to the council.';
  for (const opener of [...PARTITIVE_OPENERS].sort()) {
    const opening = `${opener.charAt(0).toUpperCase()}${opener.slice(1)}`;
    it(`gives the “he said” after “${opening} of them, a retired driver, said …” to nobody, not the man named before`, () => {
      expect(
        attributed([
          MAYOR,
          `${opening} of them, a retired lorry driver from the coast, said he had come in by bus. “This harbour built the town and now they sell it,” he said.`,
        ]),
      ).toEqual([['This harbour built', null, 'he said']]);
    });
  }

  it('reads the name set off after the description as the subject (“One of them, a retired driver, NAME, 61, was …”)', () => {
    expect(
      attributed([
        MAYOR,
        'One of them, a retired Polish lorry driver, Pavel Dusek, 61, who came in by bus, was less forgiving.',
        '“This harbour built the town and now they sell it off for flats.”',
      ]),
    ).toEqual([['This harbour built', 'Pavel Dusek', 'Pavel Dusek']]);
  });

  it('leaves a partitive with no description set off after it to the rules before (“One of them said …”)', () => {
    expect(
      attributed([
        MAYOR,
        'One of them said he had come in by bus. “This harbour built the town and now they sell it,” he said.',
      ]),
    ).toEqual([['This harbour built', 'Conor Whitlow', 'he said']]);
  });
});

describe('a subject set off from its speech verb by an aside, a he or she after the verb', () => {
  it('gives “Her nephew, an apprentice who did not want his name printed, said he had “…”” to nobody, not the man named before', () => {
    expect(
      attributed([
        'Lok Siu-wing, the caretaker of the block, said the lifts stopped working minutes after the fire began on Tuesday.',
        'Her nephew, a 20-year-old apprentice who did not want his name printed, said he had “only carried her down eleven flights”.',
      ]),
    ).toEqual([
      ['only carried her', null, 'Her nephew, a 20-year-old apprentice who did not want his name printed, said'],
    ]);
  });

  it('still gives “…,” said he to the man named before', () => {
    expect(
      attributed([
        'Lok Siu-wing, the caretaker of the block, saw the lifts stop minutes after the fire began on Tuesday.',
        '“The stairwell filled with smoke and the lights went out,” said he.',
      ]),
    ).toEqual([['The stairwell filled', 'Lok Siu-wing', 'said he']]);
  });
});

describe('the name after a role and its remit, with no comma (remitHolder)', () => {
  const TOUR =
    'Ana Ruiz and Tom Hale toured the wrecked harbour wall on Monday, a day after the storm, with the engineers.';
  const asked = (opening: string): string =>
    `${opening} Ana Ruiz was asked how long repairs would take. “It will take months of work,” she said.`;

  it(`reads the small words of a remit (REMIT_LINKS: ${[...REMIT_LINKS].join(', ')}) as the remit's, the name after them the subject`, () => {
    expect([
      [...REMIT_LINKS],
      attributed([TOUR, asked('Deputy Minister of the Port')]),
      attributed([TOUR, asked('Deputy Minister for Ports and Harbours')]),
    ]).toEqual([
      ['the', 'and'],
      [['It will take', 'Ana Ruiz', 'she said']],
      [['It will take', 'Ana Ruiz', 'she said']],
    ]);
  });

  it('reads no verb and its object as a remit (“The portfolio holder for highways sat beside NAME”): the name is no subject', () => {
    expect(
      attributed([
        'The lines were busy all morning on Talk Vale, where callers argued about closing the old bridge to cars.',
        'The portfolio holder for highways sat beside host Marla Quint in the studio.',
        '“This is a trial, and we will stop it if it fails.”',
      ]),
    ).toEqual([['This is a', null, null]]);
  });
});

describe('appositiveAfterOpeningEnd', () => {
  it('finds the comma closing “a” or “an” and a role set off after the name ending an opening phrase', () => {
    expect([
      appositiveAfterOpeningEnd(spacedTokens('According to Ann Hale , a Pune-based economist , the spike grew'), 4),
      appositiveAfterOpeningEnd(
        spacedTokens('According to Ann Hale , an economist at Harbour University , the price fell'),
        4,
      ),
    ]).toEqual([8, 10]);
  });

  it('is the comma itself after no name, before “the”, before no role or a role running past six words', () => {
    expect([
      appositiveAfterOpeningEnd(spacedTokens('According to the report , a spokesman said , the spike grew'), 4),
      appositiveAfterOpeningEnd(spacedTokens('According to Ann Hale , the economist , prices fell'), 4),
      appositiveAfterOpeningEnd(spacedTokens('According to Ann Hale , a week later , prices fell'), 4),
      appositiveAfterOpeningEnd(
        spacedTokens('According to Ann Hale , an economist who has worked in the markets for years , prices fell'),
        4,
      ),
    ]).toEqual([4, 4, 4, 4]);
  });

  it('is the comma itself when an aside or a verb follows the description’s comma', () => {
    expect([
      appositiveAfterOpeningEnd(
        spacedTokens('According to Ann Hale , a council spokesman , who would not give his name , said'),
        4,
      ),
      appositiveAfterOpeningEnd(
        spacedTokens('According to Ann Hale , a union official , visibly angry , told reporters'),
        4,
      ),
    ]).toEqual([4, 4]);
  });

  it('leaves the subject of an opening phrase other than “According to NAME” as it was', () => {
    expect(
      attributed([
        'The council’s plan for the old harbour baths was abandoned on Monday after a year of talks.',
        'Speaking after a meeting with Tamsin Oduya, a council spokesman, who would not give his name, said the scheme was finished.',
        '“The money has gone to the roads, and it is not coming back,” he added.',
      ]).map(([words, speaker]) => [words, speaker]),
    ).toEqual([['The money has', null]]);
  });

  it('lets a she after “According to NAME, a ROLE, the spike …” stand for NAME', () => {
    expect(
      attributed([
        'The price of rice rose by a third in a fortnight at the city markets, dealers said on Monday.',
        'According to Tamsin Oduya, a Harbour-based grain trader, the jump is nothing new.',
        '“Prices leap like this whenever the harvest comes in late, and then fall just as fast,” she said.',
      ]).map(([words, speaker]) => [words, speaker]),
    ).toEqual([['Prices leap like', 'Tamsin Oduya']]);
  });
});

describe('a role noun with no article opening the sentence before the name set off after it', () => {
  const JUDGE =
    'Justice Bola Afolayan adjourned the bail hearing of the three men until Thursday after a long morning of argument.';
  for (const role of ['Counsel', 'Lawyer', 'Solicitor']) {
    it(`gives the quote after “${role} to the defendants, Mr. NAME, urged …, saying” to NAME, not the judge before`, () => {
      expect(
        attributed([
          JUDGE,
          `${role} to the two accused men, Mr. Femi Adeoye, asked the judge to let them go home, saying they were “farm hands who were stopped at a checkpoint on a hunch.”`,
        ]),
      ).toEqual([['farm hands who', 'Femi Adeoye', 'Mr. Femi Adeoye, asked the judge to let them go home, saying']]);
    });
  }

  it('gives the quote after “Counsel for the claimant, NAME of Wenlow Law, said” to NAME, whom the role makes a person', () => {
    expect(
      attributed([
        JUDGE,
        'Counsel for the claimant, Tobi Aremu of Wenlow Chambers, said the ruling was “a lesson that no council can skip the hard questions.”',
      ]),
    ).toEqual([['a lesson that', 'Tobi Aremu', 'Tobi Aremu of Wenlow Chambers, said']]);
  });
});

describe('a number joined to a lower-case word before a role noun (“A 200-level student”)', () => {
  it('reads the description as the subject a later “she said” stands for, not a man named before', () => {
    expect(
      attributed([
        'The vice-chancellor, Professor Tunji Alade, said the new hostel fees would stand until the end of the session.',
        'A 200-level student of Marine Ecology, who would not give her name, said she had been sleeping on a friend’s floor since March. “I cannot pay it. Nobody I know can pay it,” she said.',
      ]),
    ).toEqual([['I cannot pay', null, 'she said']]);
  });
});

describe('a name set off after an opening role with a bracket after it (“Sen. NAME (D-Minn.),”)', () => {
  it('reads the name as the subject a later “she” in the sentence goes on with, not the woman named before', () => {
    expect(
      quoteSpeakers(
        [
          'Aid director Selam Haile said the agency had halved rations once before, in 2019, when a similar gap opened.',
          'The senior Democrat on the panel, Sen. Ruth Calloway (D-Minn.), tried to restore the money and lost. In a speech that night, she called the cut “mean, short-sighted and bound to cost more later.”',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Ruth Calloway']);
  });
});
