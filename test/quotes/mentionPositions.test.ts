// The positions that make a person's mention an aside: named in passing, not whom a later "he said" goes on with.
import { describe, expect, it } from 'vitest';
import { asidePosition, AUTHORED_BY, REPORT_SOURCE_WORDS, SUBORDINATORS } from '../../src/quotes/mentionPositions.ts';
import { attributed, spacedTokens } from './fixtures.ts';

/** The aside position of the words `name` in `text` (words and marks spaced), or null. */
function positionOf(text: string, name: string): string | null {
  const tokens = spacedTokens(text);
  const words = name.split(' ');
  const from = tokens.findIndex((_, i) => words.every((w, j) => tokens[i + j]?.text === w));
  if (from < 0) throw new Error(`no "${name}" in "${text}"`);
  return asidePosition(tokens, from, from + words.length)?.name ?? null;
}

describe('agent of a passive', () => {
  it('reads a person right after “by” as an aside', () => {
    expect(positionOf('the treatment suffered by Ann Hale in custody', 'Ann Hale')).toBe('agent of a passive');
  });

  it('reads a person after “by” and a role as an aside (“by state councillor Ann Hale”)', () => {
    expect(positionOf('the bridge was opened by state councillor Ann Hale', 'Ann Hale')).toBe('agent of a passive');
  });

  it('does not read the subject of the sentence as one', () => {
    expect(positionOf('Ann Hale opened the bridge by hand', 'Ann Hale')).toBeNull();
  });
});

describe('the author of a work after “by” (AUTHORED_BY)', () => {
  for (const word of [...AUTHORED_BY].sort())
    it(`does not read the author of “a report ${word} by surveyor Ann Hale” as an aside`, () => {
      expect(
        positionOf(`the report , ${word} by surveyor Ann Hale , put the site at twice the price`, 'Ann Hale'),
      ).toBeNull();
    });

  it('gives the “she told” after a report written by NAME to its author, not to the speaker before', () => {
    expect(
      attributed([
        'The council voted on Wednesday night to sell the old bus depot to a housing developer for a modest sum.',
        '"This is the best offer we have had in ten years," said Mayor Annika Berglund.',
        'The valuation report, written by surveyor Dr Ines Morrow, put the site at twice the sale price.',
        '"The figures speak for themselves," she told the meeting.',
      ]).map(([words, speaker]) => [words, speaker]),
    ).toEqual([
      ['This is the', 'Annika Berglund'],
      ['The figures speak', 'Ines Morrow'],
    ]);
  });
});

describe('the head of a body after “by” (AUTHORED_BY)', () => {
  it('gives the “he said” after a panel headed by NAME to its head, not to the speaker before', () => {
    expect(
      attributed([
        'Festival director Arun Pillay said on Monday that entries had doubled this year, with 140 films from 31 countries.',
        '“We had to add two screening rooms,” Pillay said.',
        'The jury will be headed by the stage actor Kasimir Oduya, who starred in last winter’s touring revival.',
        '“Each film gets my full attention, first reel to last,” he said in a statement.',
      ]).map(([words, speaker]) => [words, speaker]),
    ).toEqual([
      ['We had to', 'Arun Pillay'],
      ['Each film gets', 'Kasimir Oduya'],
    ]);
  });
});

describe('source a report quotes', () => {
  for (const word of [...REPORT_SOURCE_WORDS].sort()) {
    it(`reads the person after “${word}” and a role as an aside`, () => {
      expect(positionOf(`The article , ${word} union organiser Ann Hale , reported`, 'Ann Hale')).toBe(
        'source a report quotes',
      );
    });
  }

  it('does not read the object of a plain verb as one (“met Ann Hale”)', () => {
    expect(positionOf('The minister met union organiser Ann Hale on Monday', 'Ann Hale')).toBeNull();
  });
});

describe('subordinate clause', () => {
  for (const word of [...SUBORDINATORS].sort()) {
    it(`reads a person in a clause opened by “${word}” as an aside`, () => {
      expect(positionOf(`The shelter stayed open ${word} Ann Hale arrived`, 'Ann Hale')).toBe('subordinate clause');
    });
  }

  it('reads a person opening the main clause after a subordinate one as no aside (“When …, Ann Hale said”)', () => {
    expect(positionOf('When the storm passed , Ann Hale said QUOTE', 'Ann Hale')).toBeNull();
  });

  it('reads a person after a quotation that follows the subordinating word as no aside', () => {
    expect(positionOf('After the vote QUOTE Ann Hale said', 'Ann Hale')).toBeNull();
  });
});

describe('asidePosition', () => {
  it('reads an owner as no aside (“Hale’s team won”): the story is often about them', () => {
    const tokens = spacedTokens('Hale team won the final');
    const owner = tokens[0];
    if (owner) owner.possessive = true;
    expect(asidePosition(tokens, 0, 1)).toBeNull();
  });
});
