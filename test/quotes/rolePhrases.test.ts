// Role phrases read back from a name: a role's complement may name the body it is held in, described in lower case
// before its noun ("chief executive of outsourced test firm Kestrel Precision").
import { describe, expect, it } from 'vitest';
import { BODY_COMPLEMENT_LINKS, bodyComplementStart, roleBefore } from '../../src/quotes/rolePhrases.ts';
import { quoteSpeakers, spacedTokens } from './fixtures.ts';

describe('bodyComplementStart', () => {
  for (const link of [...BODY_COMPLEMENT_LINKS].sort())
    it(`finds the “${link}” opening a body’s complement after a role noun (BODY_COMPLEMENT_LINKS)`, () => {
      const tokens = spacedTokens(`chief executive ${link} outsourced test firm Kestrel Precision said`);
      expect([bodyComplementStart(tokens, 8), roleBefore(tokens, 8)?.text]).toEqual([
        2,
        `chief executive ${link} outsourced test firm Kestrel Precision`,
      ]);
    });

  it('finds none without a body noun before the name, past six describing words, or with no role noun before the link', () => {
    expect([
      bodyComplementStart(spacedTokens('chief executive of outsourced test Kestrel Precision said'), 7),
      bodyComplementStart(
        spacedTokens('chief executive of a very old and large outsourced test firm Kestrel said'),
        12,
      ),
      bodyComplementStart(spacedTokens('she spoke of outsourced test firm Kestrel Precision said'), 8),
    ]).toEqual([7, 12, 8]);
  });

  it('gives “NAME, chief executive of … firm BODY, which …, said” to the name, not to the body', () => {
    expect(
      quoteSpeakers([
        'Harbour Semiconductor delayed production at its new plant by 18 months, the company told analysts on Tuesday.',
        'Tan Wei Ming, chief executive of outsourced test firm Kestrel Precision Bhd, which packages chips for Harbour, said capacity was “ready and waiting.”',
      ]),
    ).toEqual(['Tan Wei Ming']);
  });
});

describe('a body’s letters in brackets before a role', () => {
  it('keeps “Bus Owners Association (BOA) chairman” whole as the role before a name', () => {
    const tokens = spacedTokens('Bus Owners Association ( BOA ) chairman Peter Mwangi said');
    expect(roleBefore(tokens, 7)?.text).toBe('Bus Owners Association (BOA) chairman');
  });

  it('gives a quote after “the BOA chairman was non-committal.” to the chairman when another person spoke between', () => {
    expect(
      quoteSpeakers([
        'Stages along the main roads are deserted this morning as bus operators begin their strike over the fuel levy.',
        'Bus Owners Association (BOA) chairman Peter Kamau Mwangi has told the Courier the strike will go on.',
        '“We cannot raise fares again. The passenger is already squeezed,” he said.',
        'Driver Tom Oduor said his union had ordered him to work. “I have a family to feed,” he said.',
        'Asked whether buses will run tomorrow, the BOA chairman was non-committal. “Tomorrow is another day.”',
      ]),
    ).toEqual(['Peter Kamau Mwangi', 'Tom Oduor', 'Peter Kamau Mwangi']);
  });
});
