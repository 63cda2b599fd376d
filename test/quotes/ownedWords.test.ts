// Words a possessive's noun of speech brings in with "that" (ownedWords.ts).
import { describe, expect, it } from 'vitest';
import { OWNING_PRONOUNS } from '../../src/quotes/ownedWords.ts';
import { quoteSpeakers } from './fixtures.ts';
import { givenNameGender } from '../../src/load/givenNames.ts';

const LEAD = '“I saw his face under the lamp,” said Ann Kestle, the neighbour who identified the driver.';

describe('a quote in the “that” clause of a possessive’s noun of speech', () => {
  it('goes to the one “her” stands for (“read back her statement that “…””)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'The court reporter read back her statement that “the streetlight was on. It is always on.”',
      ]),
    ).toEqual(['Ann Kestle', 'Ann Kestle']);
  });

  it('goes to the name in the possessive, not the subject rejecting the claim (“NAME rejected NAME2’s claim that …”)', () => {
    expect(
      quoteSpeakers([
        LEAD,
        '“We have nothing to hide,” said Tom Briar, who defends the driver.',
        'Briar rejected Kestle’s claim that the lamp had been “bright as day” that night.',
      ]),
    ).toEqual(['Ann Kestle', 'Tom Briar', 'Ann Kestle']);
  });

  it('reads his, her and their as owners (OWNING_PRONOUNS)', () => {
    expect([...OWNING_PRONOUNS].sort()).toEqual(['her', 'his', 'their']);
    const body = '“We welcome the ruling and will read it closely,” said the Harbour Trust in a statement on Monday.';
    expect([
      quoteSpeakers([
        '“I saw him leave,” said Tom Briar, a neighbour.',
        'The jury heard his claim that “the gate was open.”',
      ]),
      quoteSpeakers([LEAD, 'The jury heard her claim that “the gate was open.”']),
      quoteSpeakers([body, 'Critics dismissed their claim that “the ruling changes nothing.”']),
    ]).toEqual([
      ['Tom Briar', 'Tom Briar'],
      ['Ann Kestle', 'Ann Kestle'],
      [null, null],
    ]);
  });

  it('leaves the quote to a speech verb of the clause’s own (“her claim that NAME had said “…””)', () => {
    expect(
      quoteSpeakers(
        [
          LEAD,
          '“We have nothing to hide,” said Tom Briar, who defends the driver.',
          'The jury heard her claim that Briar had told her “keep quiet about the lamp” outside the court.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Ann Kestle', 'Tom Briar', 'Tom Briar']);
  });

  it('reads no further back than another quote (“her statement that “…” was read out, then “…””)', () => {
    expect(
      quoteSpeakers(
        [
          LEAD,
          'Her statement that “the lamp was on” was read out, and then the word “bright” was struck out by the judge.',
        ],
        { givenNameGender },
      ),
    ).toEqual(['Ann Kestle', 'Ann Kestle', null]);
  });

  it('goes to nobody when no possessive owns the noun (“the statement that …”) or the noun is no words (“her car that”)', () => {
    const plain = 'Ann Kestle, the neighbour who identified the driver, gave evidence for most of Monday afternoon.';
    expect([
      quoteSpeakers([plain, 'The jury then heard the statement that “the streetlight was on all night.”']),
      quoteSpeakers([plain, 'Police examined her car and the report that “no damage was found” was read out.']),
    ]).toEqual([[null], [null]]);
  });
});
