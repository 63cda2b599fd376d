// The reader's sentence subject: where it starts past words that open the sentence but name nobody.
import { describe, expect, it } from 'vitest';
import { OPENING_TIME_WORDS } from '../../src/quotes/clauseWords.ts';
import { PARTITIVE_OPENERS } from '../../src/quotes/reader.ts';
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
  const MAYOR = 'Mayor Graham Whitlow said the merger was the hardest decision of his career, and the right one.';
  for (const opener of [...PARTITIVE_OPENERS].sort()) {
    const opening = `${opener.charAt(0).toUpperCase()}${opener.slice(1)}`;
    it(`gives the “he said” after “${opening} of them, a retired farmer, said …” to nobody, not the man named before`, () => {
      expect(
        attributed([
          MAYOR,
          `${opening} of them, a retired dairy farmer from the hills, said he had driven an hour. “It’s our town and we should have had a vote,” he said.`,
        ]),
      ).toEqual([['It’s our town', null, 'he said']]);
    });
  }

  it('leaves a partitive with no description set off after it to the rules before (“One of them said …”)', () => {
    expect(
      attributed([
        MAYOR,
        'One of them said he had driven an hour. “It’s our town and we should have had a vote,” he said.',
      ]),
    ).toEqual([['It’s our town', 'Graham Whitlow', 'he said']]);
  });
});

describe('a subject set off from its speech verb by an aside, a he or she after the verb', () => {
  it('gives “Her grandson, a student who asked not to be named, said he was “…”” to nobody, not the man named before', () => {
    expect(
      attributed([
        'Lok Siu-wing, who lives on the floor below, said he heard screaming before the alarms went off on Tuesday.',
        'Her grandson, a 19-year-old university student who asked not to be named, said he was “just doing what anyone would do”.',
      ]),
    ).toEqual([
      ['just doing what', null, 'Her grandson, a 19-year-old university student who asked not to be named, said'],
    ]);
  });

  it('still gives “…,” said he to the man named before', () => {
    expect(
      attributed([
        'Lok Siu-wing, who lives on the floor below, heard screaming before the alarms went off on Tuesday.',
        '“There was smoke everywhere and nobody knew where to go,” said he.',
      ]),
    ).toEqual([['There was smoke', 'Lok Siu-wing', 'said he']]);
  });
});
