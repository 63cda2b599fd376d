// The reader's sentence subject: where it starts past words that open the sentence but name nobody.
import { describe, expect, it } from 'vitest';
import { OPENING_TIME_WORDS } from '../../src/quotes/clauseWords.ts';
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
