// Somebody unnamed who speaks inside a clause another speaker reports (reportedUnnamed.ts).
import { describe, expect, it } from 'vitest';
import {
  CLAUSE_REPORTING_VERBS,
  UNNAMED_CLAUSE_REACH,
  unnamedReportedSubject,
} from '../../src/quotes/reportedUnnamed.ts';
import { quoteSpeakers, spacedTokens } from './fixtures.ts';

const LEAD = 'Farmers kept their tractors at the gates of the meat plant for a fourth night on Tuesday in the rain.';

/** Where the unnamed subject of the clause whose "told" ends `text` (spaced tokens) starts, or -1. */
function at(text: string): number {
  const tokens = spacedTokens(text);
  return unnamedReportedSubject(
    tokens,
    tokens.findIndex((t) => t.text === 'told'),
  );
}

describe('unnamedReportedSubject', () => {
  it('finds the indefinite subject after a reporting verb, after “that”, or after a comma closing the opening of a “that” clause', () => {
    expect([
      at('NAME said a guard came over and told them : QUOTE'),
      at('NAME recalled that a guard came over and told them : QUOTE'),
      at('NAME recalled that on the last night , a guard came over and told them : QUOTE'),
    ]).toEqual([2, 3, 8]);
  });

  it('finds none after another verb, past a stop or quote, past a comma with no “that” before it, or beyond its reach', () => {
    const long = Array.from({ length: UNNAMED_CLAUSE_REACH }, () => 'slowly').join(' ');
    expect([
      at('NAME thanked a guard and told him : QUOTE'),
      at('NAME met the crew , a guard and a nurse , and told them : QUOTE'),
      at(`NAME said a guard ${long} and told them : QUOTE`),
    ]).toEqual([-1, -1, -1]);
  });
});

describe('a quote a reported clause’s unnamed subject says', () => {
  it('gives “NAME said a garda approached them and told them: “…”” to nobody, not to NAME', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Farmer Ciaran Dolphin said a garda walked over to the tractors and told them: ‘Clear the gate or we will clear it for you.’',
      ]),
    ).toEqual([null]);
  });

  it('gives “He recalled that in the driest weeks, a neighbour … said: “…”” to nobody', () => {
    expect(
      quoteSpeakers([
        LEAD,
        'Farmer Ciaran Dolphin said he understood the anger in the town.',
        'He recalled that in the driest weeks, a neighbour from across the river had stopped him in the shop and said: “You are the reason my children cannot use the hose.”',
      ]),
    ).toEqual([null]);
  });

  it('still gives “NAME thanked a garda and told him: “…”” to NAME', () => {
    expect(
      quoteSpeakers([LEAD, 'Farmer Ciaran Dolphin thanked a garda and told him: “We will move when the talks start.”']),
    ).toEqual(['Ciaran Dolphin']);
  });
});

describe('the verbs a reported clause may follow with no “that” (CLAUSE_REPORTING_VERBS)', () => {
  for (const verb of [...CLAUSE_REPORTING_VERBS].sort())
    it(`gives “NAME ${verb} a garda came over and told them: “…”” to nobody`, () => {
      expect(
        quoteSpeakers([
          LEAD,
          `Farmer Ciaran Dolphin ${verb} a garda came over to the tractors and told them: ‘Move back or we will move you.’`,
        ]),
      ).toEqual([null]);
    });
});
