// Words a possessive's noun of speech brings in with "that" (ownedWords.ts).
import { describe, expect, it } from 'vitest';
import { attributed, quoteSpeakers } from './fixtures.ts';
import { givenNameGender } from '../../src/load/givenNames.ts';
import { CLAUSE_COPULAS, CLAUSE_SUBJECT_OPENERS, NOT_OWNER_LEADS, OWNER_LINKS } from '../../src/quotes/ownedWords.ts';

const LEAD = '“I saw his face under the lamp,” said Ann Kestle, the neighbour who identified the driver.';
const BRIAR = '“We have nothing to hide,” said Tom Quillan, who defends the driver.';

describe('a quote right after the “that” of a possessive’s noun of speech', () => {
  it('goes to the one “her” stands for (“read back her statement that “…””)', () => {
    expect(
      quoteSpeakers([LEAD, 'The clerk read back her statement that “the porch light was on. It is on every night.”'], {
        givenNameGender,
      }),
    ).toEqual(['Ann Kestle', 'Ann Kestle']);
  });

  it('goes to the name in the possessive, not the subject rejecting the claim (“NAME rejected NAME2’s claim that …”)', () => {
    expect(
      quoteSpeakers([LEAD, BRIAR, 'Quillan rejected Kestle’s claim that “the lamp was as bright as day” that night.']),
    ).toEqual(['Ann Kestle', 'Tom Quillan', 'Ann Kestle']);
  });

  it('does not read a “her” the reader took for the sentence’s own subject as the owner (“NAME dismissed her warning that …”)', () => {
    expect(
      attributed([
        'Union leaders met the finance ministry for a third day on Tuesday without agreement on pay.',
        'Finance minister Tom Quillan dismissed her warning that “the strikes will spread” as scaremongering.',
      ]),
    ).toEqual([['the strikes will', 'Tom Quillan', 'Finance minister Tom Quillan dismissed']]);
  });

  it('leaves a quote further on to the sentence (“NAME called NAME2’s claim that … “a fairy tale””)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        BRIAR,
        'Quillan called Kestle’s claim that the lamp was lit “a fairy tale”, and said the jury should ignore it.',
      ]),
    ).toEqual(['Ann Kestle', 'Tom Quillan', 'Tom Quillan']);
  });

  it('goes to nobody when no possessive owns the noun (“the statement that …”) or the noun is no words (“NAME’s car that”)', () => {
    const plain = 'Ann Kestle, the neighbour who identified the driver, gave evidence for most of Monday afternoon.';
    expect([
      quoteSpeakers([plain, 'The jury then heard the statement that “the porch light burned until dawn.”']),
      quoteSpeakers([plain, 'The jury then examined Kestle’s car that “nobody had touched since the crash.”']),
    ]).toEqual([[null], [null]]);
  });

  it('goes to nobody when the name before the noun owns nothing (“the Kestle claim that …”) or no “that” stands between', () => {
    const plain = 'Ann Kestle, the neighbour who identified the driver, gave evidence for most of Monday afternoon.';
    expect([
      quoteSpeakers([plain, 'The jury then heard the Kestle claim that “the porch light burned until dawn.”']),
      quoteSpeakers([plain, 'The jury then heard Kestle’s claim, “the porch light burned until dawn.”']),
    ]).toEqual([[null], [null]]);
  });
});

describe('a quote a that-clause’s copula brings in after a possessive’s noun of speech (CLAUSE_COPULAS)', () => {
  for (const copula of [...CLAUSE_COPULAS].sort())
    it(`goes to the owner of “his remark that the plan ${copula} “…””, not to the sentence’s subject`, () => {
      expect(
        quoteSpeakers(
          [
            'A party spokesman, Omar Tessel, on Thursday hit out at opposition leader Ravi Kannan over his remark that the budget plans ' +
              `${copula} “a gift to landlords and nobody else”, and demanded an apology.`,
          ],
          { givenNameGender },
        ),
      ).toEqual(['Ravi Kannan']);
    });

  it('leaves a quote after a clause of more than ten words, or no copula, to the sentence', () => {
    expect(
      attributed([
        'A party spokesman, Omar Tessel, on Thursday hit out at opposition leader Ravi Kannan over his remark that the budget plans of the council and of the county board this year were “a gift to landlords”.',
        'A party spokesman, Omar Tessel, hit out at opposition leader Ravi Kannan over his remark that the plans help “a few landlords”.',
      ]).map((q) => q[1]),
    ).toEqual([null, null]);
  });
});

describe('a possessive right after a name the subject acts on and a link (OWNER_LINKS)', () => {
  for (const link of [...OWNER_LINKS].sort())
    it(`gives “the subject hit out at NAME ${link} his claim that “…”” to NAME, not to the subject`, () => {
      expect(
        quoteSpeakers(
          [
            'The row over the city budget deepened on Thursday as both main parties traded insults at a crowded press conference.',
            `A party spokesman, Omar Tessel, hit out at opposition leader Ravi Kannan ${link} his claim that “the budget is a gift to landlords”.`,
          ],
          { givenNameGender },
        ),
      ).toEqual(['Ravi Kannan']);
    });
});

describe('a copula that is the main clause’s, not the that-clause’s', () => {
  const LEDE =
    'Housing minister Lem Pardo defended the rent scheme in the assembly on Monday afternoon, for the third week running.';

  it('leaves “said NAME’s claim that the scheme would pay for itself was “…”” to the one who said it', () => {
    expect(
      quoteSpeakers(
        [
          LEDE,
          'Tom Hale, the opposition leader, said Pardo’s claim that the scheme would pay for itself was “utter fantasy from start to finish”.',
          'Opposition leader Tom Hale said the minister’s suggestion that rents would fall was “an insult to every tenant”.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Tom Hale', 'Tom Hale']);
  });

  for (const opener of [...CLAUSE_SUBJECT_OPENERS].sort())
    it(`reads “that ${opener} plan was “…”” as the clause’s own copula`, () => {
      expect(
        quoteSpeakers(
          [
            LEDE,
            `Tom Hale, the opposition leader, hit out at Pardo over his remark that ${opener} plan was “a gift to landlords and nobody else”.`,
          ],
          { givenNameGender },
        ),
      ).toEqual(['Lem Pardo']);
    });
});

describe('a name a lead of answering or being acted on brings in (NOT_OWNER_LEADS)', () => {
  for (const lead of [...NOT_OWNER_LEADS].sort())
    it(`does not give “${lead} NAME for his remark that …” to NAME`, () => {
      expect(
        quoteSpeakers(
          [
            'Housing minister Lem Pardo defended the rent scheme in the assembly on Monday afternoon, for the third week running.',
            `Tom Hale, the opposition leader, later spoke ${lead} Pardo for his remark that the minister was “a clown in a borrowed chain”.`,
          ],
          { givenNameGender },
        ),
      ).not.toContain('Lem Pardo');
    });
});
