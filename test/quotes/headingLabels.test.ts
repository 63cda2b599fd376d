// A roundup heading's label word after a name ("Ana Ruiz Reaction") is no part of the name, and heads her section.
import { describe, expect, it } from 'vitest';
import { GROUP_WORDS, headingRuns, labelledName, NAME_LABEL_WORDS } from '../../src/quotes/headingLabels.ts';
import { capitalRuns } from '../../src/quotes/names.ts';
import { nameHeadingRun } from '../../src/quotes/nameHeadings.ts';
import { quoteSpeakers, roundupHeading, spacedTokens } from './fixtures.ts';

/** The names of the runs a heading written with spaces between tokens is read with. */
function headingNames(text: string): string[][] {
  const tokens = spacedTokens(text);
  return headingRuns(tokens, capitalRuns(tokens)).map((r) => r.name);
}

const PROSE = 'The skipper looked drained at the whistle after a long afternoon at the back for the visitors.';
const QUOTE = '“We kept going when it would have been easy to stop, and I am proud of every one of them.”';

describe('headingRuns', () => {
  it('leaves each label word out of the name before it (NAME_LABEL_WORDS)', () => {
    expect([...NAME_LABEL_WORDS]).toEqual(['reaction', 'reactions']);
    expect([headingNames('Tove Lindqvist Reaction'), headingNames('Tove Lindqvist Reactions')]).toEqual([
      [['Tove', 'Lindqvist']],
      [['Tove', 'Lindqvist']],
    ]);
  });

  it('keeps a title before the name and reads a lone titled surname as the name', () => {
    const tokens = spacedTokens('Captain Tove Lindqvist Reaction');
    const [run] = headingRuns(tokens, capitalRuns(tokens));
    expect([run?.title, run?.name, headingNames('Coach Marsh Reaction')]).toEqual([
      'Captain',
      ['Tove', 'Lindqvist'],
      [['Marsh']],
    ]);
  });

  it('keeps the runs as read when no label word closes the heading or a lower-case one does', () => {
    expect([headingNames('Tove Lindqvist Interview'), headingNames('Tove Lindqvist on her reaction')]).toEqual([
      [['Tove', 'Lindqvist', 'Interview']],
      [['Tove', 'Lindqvist']],
    ]);
  });

  it('keeps the runs as read when the words before the label are no name', () => {
    const tokens = spacedTokens('Fan Reaction');
    expect(headingRuns(tokens, capitalRuns(tokens))).toEqual(capitalRuns(tokens));
  });
});

describe('labelledName', () => {
  it('reads the name a label word closes and none when the heading has no label word', () => {
    const labelled = spacedTokens('Tove Lindqvist Reaction');
    const plain = spacedTokens('Tove Lindqvist Interview');
    expect([
      labelledName(labelled, headingRuns(labelled, capitalRuns(labelled)))?.name,
      labelledName(plain, capitalRuns(plain)),
    ]).toEqual([['Tove', 'Lindqvist'], null]);
  });
});

describe('a label heading over a roundup section', () => {
  it('credits the name over a paragraph of prose under it, as nameHeadingRun reads it', () => {
    expect(nameHeadingRun(...roundupHeading('Captain Tove Lindqvist Reaction', PROSE, QUOTE))?.name).toEqual([
      'Tove',
      'Lindqvist',
    ]);
  });

  it('gives the quotes under a prose paragraph to the name the label heading closes', () => {
    expect(
      quoteSpeakers([
        'Harbour Rovers came from behind to beat Castle City 2-1 at the Quay Ground on Saturday afternoon, with two late goals from substitutes sealing a first win of the season. Here is what both camps said.',
        'Captain Tove Lindqvist Reaction',
        PROSE,
        QUOTE,
        '“We go again next week with a full squad and a bit more confidence in what we are doing.”',
        'Coach Idris Marsh Reaction',
        '“A good day for us, and the substitutes changed the game when we needed them to.”',
        'Rovers travel to Ashby next Saturday for their next league game, with Lindqvist fit to start.',
      ]),
    ).toEqual(['Tove Lindqvist', 'Tove Lindqvist', 'Idris Marsh']);
  });
});

describe('a label word after a body’s or a group’s name', () => {
  for (const word of [...GROUP_WORDS].sort())
    it(`keeps “Marsh ${word} Reaction” as read, no person’s name (GROUP_WORDS)`, () => {
      const label = `Marsh ${word.charAt(0).toUpperCase()}${word.slice(1)} Reaction`;
      const tokens = spacedTokens(label);
      expect(labelledName(tokens, headingRuns(tokens, capitalRuns(tokens)))).toBeNull();
    });

  it('keeps a body’s name and a court report’s “NAME Verdict” as read', () => {
    const body = spacedTokens('Harbour Ferries Reaction');
    const court = spacedTokens('Tomas Vellin Verdict');
    expect([
      labelledName(body, headingRuns(body, capitalRuns(body))),
      labelledName(court, headingRuns(court, capitalRuns(court))),
    ]).toEqual([null, null]);
  });
});
