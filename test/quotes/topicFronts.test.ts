// Where a sentence names the person it is about past its first words: after a topic front or a fronted phrase.
import { describe, expect, it } from 'vitest';
import { frontedNameStarts, INVERTING_COPULAS, invertedSubjectStart } from '../../src/quotes/topicFronts.ts';
import { spacedTokens } from './fixtures.ts';

describe('frontedNameStarts', () => {
  it('gives the start after "For" and after each lower-case word describing the person before the name', () => {
    expect([
      frontedNameStarts(spacedTokens('For Ana Ruiz , the flood was the last straw')),
      frontedNameStarts(spacedTokens('For harbour pilot Ana Ruiz , the flood was the last straw')),
      frontedNameStarts(spacedTokens('As for Ana Ruiz , she stayed')),
    ]).toEqual([[1], [1, 2, 3], [2]]);
  });

  it('gives no start when no front opens the sentence, and stops at a function word', () => {
    expect([
      frontedNameStarts(spacedTokens('Ana Ruiz runs the pilot station')),
      frontedNameStarts(spacedTokens('For the mayor , the flood was the last straw')),
    ]).toEqual([[], [1]]);
  });
});

describe('invertedSubjectStart', () => {
  for (const copula of [...INVERTING_COPULAS].sort()) {
    it(`finds the name after a fronted phrase and “${copula}” (“Among them ${copula} NAME”)`, () => {
      expect(invertedSubjectStart(spacedTokens(`Among those on the quay ${copula} Ana Ruiz , a pilot`))).toBe(6);
    });
  }

  it('finds nothing when a name or a comma stands in the fronted phrase, or no capital follows the copula', () => {
    expect([
      invertedSubjectStart(spacedTokens('Among those with Ben Ode was Ana Ruiz')),
      invertedSubjectStart(spacedTokens('After the vote , the mood was grim')),
      invertedSubjectStart(spacedTokens('The mood on the quay was grim')),
    ]).toEqual([-1, -1, -1]);
  });
});
