// The subject a sentence opens with when no speech verb names it: a name a copula identifies the opening with, and
// a role after a place phrase opening the sentence.
import { describe, expect, it } from 'vitest';
import {
  DEFINITE_ROLE_DETERMINERS,
  DEMONSTRATIVE_OPENERS,
  IDENTIFYING_COPULAS,
  CLEFT_OPENINGS,
  CLEFT_RELATIVES,
  OPENING_PLACE_PREPOSITIONS,
} from '../../src/quotes/copulaSubjects.ts';
import { attributed } from './fixtures.ts';

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

describe('the one a cleft puts first, the subject a he or she goes on with (cleftFocus)', () => {
  const lines = (opening: string, relative: string): string[] => [
    'Gareth Holm opened the new lifeboat station at Penmarrow on Saturday morning.',
    'Dr Wenna Tresize, the station’s medical officer, who trained the volunteer crews, said the boat would save lives.',
    `Holm praised the crews at length, but ${opening} the medical officer ${relative} spoke up first that morning. “We need four more volunteers before the winter storms, not speeches,” she said.`,
  ];
  for (const opening of CLEFT_OPENINGS.map((o) => o.join(' ')))
    for (const relative of [...CLEFT_RELATIVES].sort())
      it(`gives “…, but ${opening} the medical officer ${relative} spoke up first. “…,” she said” to the officer`, () => {
        expect(attributed(lines(opening, relative)).at(-1)).toEqual(['We need four', 'Wenna Tresize', 'she said']);
      });
});
