// The one person a writer's sentence refers to, for a paragraph of quotation right under it (onlyPerson.ts).
import { describe, expect, it } from 'vitest';
import { LOCATIVE_PREPOSITIONS } from '../../src/quotes/places.ts';
import { STUDY_LEADING_VERBS } from '../../src/quotes/onlyPerson.ts';
import { quoteSpeakers } from './fixtures.ts';
import { givenNameGender } from '../../src/load/givenNames.ts';

const LEAD = 'The repair cafe in the old chapel hall opened its doors for the hundredth time on Saturday morning.';
const QUOTE = '“He played his records on it every Sunday. All I ask is to hear a single record on it again.”';

describe('a paragraph of quotation under a sentence that refers to one person only', () => {
  it('goes to the one person named, subject or not (“The radiogram belongs to NAME, who …”)', () => {
    expect(quoteSpeakers([LEAD, 'The radiogram belongs to Ada Quell, who was left it by an uncle.', QUOTE])).toEqual([
      'Ada Quell',
    ]);
  });

  it('goes to the one person a he or she refers to (“NAME has … . By day she is a teacher.”)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Ada Quell, 61, has fixed radios here for twenty years. In term time she teaches maths.',
        QUOTE,
      ]),
    ).toEqual(['Ada Quell']);
  });

  it('goes to nobody when the subject is a role nobody known holds (“NAME’s lawyer was blunt.”)', () => {
    expect(quoteSpeakers([LEAD, 'Ada Quell’s lawyer was blunt about the landlord.', QUOTE])).toEqual([null]);
  });

  it('goes to nobody when the sentence refers to two people', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'The radiogram belongs to Ada Quell, who bought it from Tom Berwick.',
        '“All I ask is to hear a single record on it again.”',
      ]),
    ).toEqual([null]);
  });

  it('goes to nobody under a list item a dash opens (“– NAME uses a film’s tagline.”)', () => {
    expect(
      quoteSpeakers([LEAD, '– Ada Quell borrows the tagline of a 1986 film about a radio station.', QUOTE]),
    ).toEqual([null]);
  });

  it('reads as places after the prepositions of place that seldom bring in people (LOCATIVE_PREPOSITIONS)', () => {
    expect([...LOCATIVE_PREPOSITIONS].sort()).toEqual([
      'across',
      'at',
      'in',
      'inside',
      'near',
      'outside',
      'throughout',
    ]);
  });

  for (const preposition of [...LOCATIVE_PREPOSITIONS].sort())
    it(`passes over a place it does not know after “${preposition}” (“… worked ${preposition} Port Ellery and Oban”)`, () => {
      expect(
        quoteSpeakers([
          LEAD,
          `Ada Quell, 61, worked ${preposition} Port Ellery and Oban before she retired here.`,
          QUOTE,
        ]),
      ).toEqual(['Ada Quell']);
    });

  it('goes on past a sentence that refers to her only by “her” (“This is her first stall.”)', () => {
    expect(
      quoteSpeakers([LEAD, 'Ada Quell, 61, fixed radios in Oban for thirty years. This is her first stall.', QUOTE]),
    ).toEqual(['Ada Quell']);
  });

  it('leaves the quote with a speaker carried on from before (“…,” said NAME. ¶ The shop was opened by NAME2 … ¶ “…”)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        '“We have never once closed on a Saturday,” said Tom Quell, 31, who bakes every night.',
        'The shop was opened in 1921 by Ada Quell, who ran it until her death in 2010.',
        '“People have asked us to sell it many times. The answer is always no.”',
      ]),
    ).toEqual(['Tom Quell', 'Tom Quell']);
  });

  for (const [case_, sentence, quote] of [
    ['a role anywhere', 'Sentencing Tom Hobb, 52, to three years, the judge was scathing.', QUOTE],
    ['a document opening it', 'The report, commissioned by Tom Hobb, 55, runs to four hundred pages.', QUOTE],
    [
      'a quote calling them by name',
      'The envelope was addressed to Ada Quell, 61, who died in 1990.',
      '“My dearest Ada, the war will be over soon.”',
    ],
    [
      'a quote speaking of her as she',
      'The funeral of Ada Quell, 91, took place on Monday.',
      '“She was the heart of this village.”',
    ],
  ] as const)
    it(`goes to nobody under ${case_}`, () => {
      expect(quoteSpeakers([LEAD, sentence, quote], { givenNameGender })).toEqual([null]);
    });
});

describe('a study its leader runs (STUDY_LEADING_VERBS)', () => {
  const SURVEY = 'The survey of the island’s seabirds began in March and is due to carry on well into the autumn.';
  const FINDINGS = '“We counted fewer puffins than in any year since records began. Nobody can yet say why.”';
  for (const verb of [...STUDY_LEADING_VERBS].sort())
    it(`gives the quotation under “The study was ${verb} by NAME.” to the leader`, () => {
      expect(quoteSpeakers([SURVEY, `The study was ${verb} by Dr Maren Quist-Holloway.`, FINDINGS])).toEqual([
        'Maren Quist-Holloway',
      ]);
    });

  it('leaves it to nobody under “The study was written by NAME.”: the document may speak', () => {
    expect(quoteSpeakers([SURVEY, 'The study was written by Dr Maren Quist-Holloway.', FINDINGS])).toEqual([null]);
  });
});
