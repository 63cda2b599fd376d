import { describe, expect, it } from 'vitest';
import { SAINT_ABBREVIATIONS, saintAfterHyphen, splitSentences } from '../../src/corpus/segment.ts';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits at a stop a copied page jammed against the next sentence (“closed.Crews”)', () => {
    expect(
      sentences('The ferry will run again, the harbour master announced.Speaking at the quay, he thanked the crews.'),
    ).toEqual([
      'The ferry will run again, the harbour master announced.',
      'Speaking at the quay, he thanked the crews.',
    ]);
  });

  it('does not split a web address, an abbreviation or initials at a stop with no space (bbc.Co, Gov.Harlan, U.S.Army)', () => {
    expect(sentences('See www.harbour.Tideline.org for times. Gov.Harlan and the U.S.Army came too.')).toEqual([
      'See www.harbour.Tideline.org for times.',
      'Gov.Harlan and the U.S.Army came too.',
    ]);
  });

  it('does not split after titles, abbreviated months or initialisms before a name', () => {
    expect(sentences('Mr. Jones met Gen. Smith on Sept. 18 and Aug. 1 at a U.S. Army base. He left.')).toEqual([
      'Mr. Jones met Gen. Smith on Sept. 18 and Aug. 1 at a U.S. Army base.',
      'He left.',
    ]);
  });

  it("does not split after an abbreviated councillor's or police title before a name", () => {
    expect(
      sentences('— Coun. Ann Hale on the budget. Cllr. Tom Ives and Det. Supt. Lee Ray agreed. Insp. Ray left.'),
    ).toEqual(['— Coun. Ann Hale on the budget.', 'Cllr. Tom Ives and Det. Supt. Lee Ray agreed.', 'Insp. Ray left.']);
  });

  it('does not split a dateline after an abbreviated place before its credit or dash', () => {
    expect(sentences('SAN JOSE, Calif. (MarketWire) — Revenue rose 12%. Shares fell.')).toEqual([
      'SAN JOSE, Calif. (MarketWire) — Revenue rose 12%.',
      'Shares fell.',
    ]);
    expect(sentences('TAMPA, Fla. — The storm hit at dawn.')).toEqual(['TAMPA, Fla. — The storm hit at dawn.']);
  });

  it('splits after an abbreviated place that ends a sentence when a word opens the next', () => {
    expect(sentences('The firm is in Seattle, Wash. It grew.')).toEqual(['The firm is in Seattle, Wash.', 'It grew.']);
  });

  it('keeps a quotation ending in "?" or "!" with its attribution', () => {
    expect(sentences('“Will they attack?” he asked. "No!" said Dr. Who. Then silence.')).toEqual([
      '“Will they attack?” he asked.',
      '"No!" said Dr. Who.',
      'Then silence.',
    ]);
  });

  it('splits after an initialism when the next word opens a sentence', () => {
    expect(sentences('He lives in the U.S. It was George W. Bush who said so.')).toEqual([
      'He lives in the U.S.',
      'It was George W. Bush who said so.',
    ]);
  });
});

describe('SAINT_ABBREVIATIONS', () => {
  for (const saint of [...SAINT_ABBREVIATIONS].sort()) {
    const written = `${saint[0]?.toUpperCase()}${saint.slice(1)}`;
    it(`does not split a double-barrelled surname at “-${written}.” (“Mara Quill-${written}. John said”)`, () => {
      expect(
        sentences(`Speaking for the board, Mara Quill-${written}. John, said all players would be paid. It was late.`),
      ).toEqual([
        `Speaking for the board, Mara Quill-${written}. John, said all players would be paid.`,
        'It was late.',
      ]);
    });
  }

  it('splits after a hyphenated word ending in no saint (“a full-time. Then”)', () => {
    expect([saintAfterHyphen('Quill-St'), saintAfterHyphen('full-time'), saintAfterHyphen('St')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
