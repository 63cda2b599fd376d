// The reader's sentence subject: where it starts past words that open the sentence but name nobody.
import { describe, expect, it } from 'vitest';
import { OPENING_TIME_WORDS } from '../../src/quotes/clauseWords.ts';
import {
  DEFINITE_ROLE_DETERMINERS,
  DEMONSTRATIVE_OPENERS,
  IDENTIFYING_COPULAS,
  OPENING_PLACE_PREPOSITIONS,
  PARTITIVE_OPENERS,
  REMIT_LINKS,
} from '../../src/quotes/reader.ts';
import { attributed } from './fixtures.ts';

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

describe('a name a copula identifies the sentence’s opening with (identifiedByCopula)', () => {
  const HOST =
    'Ines Calloway, who records a weekly radio hour from a converted garage in Wrexham, leaves long pauses in.';
  const PRESENTER = '“I want people to hear how long it takes to say the hard thing,” she told me.';
  const GENTLE = 'The opening half is gentle stuff about the training, the shifts and the odd words of the trade.';
  const NIGHTS = '“Nights are calm until they are not, and then everything happens inside a minute.”';
  const LATER = '“I still wake up at four in the morning most days,” Ketteridge said.';
  const lines = (introduction: string): string[] => [HOST, PRESENTER, introduction, GENTLE, NIGHTS, LATER];
  /** The host's quote hers, the guest's quote under the introduction nobody's, the guest's own later quote hers. */
  const HOST_STOPPED = [
    ['I want people', 'Ines Calloway', 'she told'],
    ['Nights are calm', null, null],
    ['I still wake', 'Marian Ketteridge', 'Ketteridge said'],
  ];

  for (const determiner of [...DEFINITE_ROLE_DETERMINERS].sort()) {
    const opening = `${determiner.charAt(0).toUpperCase()}${determiner.slice(1)}`;
    for (const copula of [...IDENTIFYING_COPULAS].sort())
      it(`stops the host going on past “${opening} guest ${copula} NAME, …”, so the quote under it goes to nobody`, () => {
        expect(
          attributed(lines(`${opening} guest ${copula} Marian Ketteridge, a retired signaller from Crewe.`)),
        ).toEqual(HOST_STOPPED);
      });
  }

  for (const demonstrative of [...DEMONSTRATIVE_OPENERS].sort()) {
    const opening = `${demonstrative.charAt(0).toUpperCase()}${demonstrative.slice(1)}`;
    it(`stops the host going on past “${opening} is NAME, …” opening a paragraph of the writer’s`, () => {
      expect(
        attributed(lines(`Off air, the talk turned to shifts. ${opening} is Marian Ketteridge, who retired in 2019.`)),
      ).toEqual(HOST_STOPPED);
    });
  }

  it('reads “That’s NAME, …” as the copula in one word, the name its subject', () => {
    expect(
      attributed(lines("Off air, the talk turned to shifts. That's Marian Ketteridge, who retired in 2019.")),
    ).toEqual(HOST_STOPPED);
  });

  it('reads the words of a role between a demonstrative and the copula (“This season’s head coach is NAME, who …”)', () => {
    expect(
      attributed([
        'The Harwick Herons opened their new clubhouse on Saturday, and club chair Dilys Morgan cut the ribbon at noon.',
        '“We raised every penny of this ourselves,” Morgan said.',
        'This season’s head coach is former winger Tomas Reyes, who took over in May after eleven years in Spain.',
        '“The players have bought into everything we asked of them since the first week.”',
      ])[1],
    ).toEqual(['The players have', 'Tomas Reyes', 'Tomas Reyes']);
  });

  it('reads the words of a role between the copula and the name (“That was deputy leader NAME, who …”)', () => {
    expect(
      attributed([
        'The mountain rescue team in the valley was called out 112 times last year, its busiest on record, the team said.',
        '“They kept us laughing all the way down,” Sandeep Mehta told the Star. “One had come straight from a wedding.”',
        'That was deputy team leader Britt Aasen, who came to the dale from Bergen in 2006 and joined a year on.',
        '“My son was six. He was furious that I missed the cake.”',
      ])[2],
    ).toEqual(['My son was', 'Britt Aasen', 'Britt Aasen']);
  });

  it('leaves “The guest is NAME’s sister” and “The guest is NAME Street …” to the rules before, the host going on', () => {
    expect([
      attributed(lines('The guest is Ketteridge’s older sister, a retired signaller from Crewe.'))[1],
      attributed(lines('The guest is Marian Ketteridge Street School’s caretaker, who retired in 2019.'))[1],
    ]).toEqual([
      ['Nights are calm', 'Ines Calloway', null],
      ['Nights are calm', 'Ines Calloway', null],
    ]);
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

describe('a place phrase opening the sentence before a definite role, with no comma (OPENING_PLACE_PREPOSITIONS)', () => {
  const BAKER =
    'Gustavo Ibarra, the baker at the corner shop on Mill Road, starts work at three every morning, six days a week.';
  const NURSE = 'Eirlys Pugh, a nurse who stops in after her night shifts, was at the counter when I arrived.';
  const lines = (opening: string): string[] => [
    BAKER,
    '“The dough does not care what day it is,” he said.',
    NURSE,
    '“He always slips an extra bun in for me,” she said.',
    `By eight I am out of the door with a warm loaf. ${opening} the baker gives me a stern look.`,
    '“Do not cut it before noon. If you cut it warm, I will know.”',
  ];

  for (const preposition of [...OPENING_PLACE_PREPOSITIONS].sort()) {
    const opening = `${preposition.charAt(0).toUpperCase()}${preposition.slice(1)} the shop door`;
    it(`reads the role after “${opening}” as the subject the quote under it goes to, not the last speaker`, () => {
      expect(attributed(lines(opening))[2]).toEqual(['Do not cut', 'Gustavo Ibarra', 'the baker']);
    });
  }

  it('reads no role after a preposition inside the place as the subject, leaving the quote to the speaker going on', () => {
    const under = (sentence: string): [string, string | null, string | null] | undefined =>
      attributed([...lines('At the door').slice(0, 4), sentence, lines('At the door')[5] ?? ''])[2];
    expect([
      under('In a letter to the baker the group set out its case for a later opening.'),
      under('On the bench beside the baker the regulars waited for the first loaves.'),
    ]).toEqual([
      ['Do not cut', 'Eirlys Pugh', null],
      ['Do not cut', 'Eirlys Pugh', null],
    ]);
  });
});
