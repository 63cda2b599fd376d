// Somebody a sentence brings in unnamed after "is" or "was", whom a he or she after it stands for (introducedPeople.ts).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { articleSentences } from '../../src/quotes/frames.ts';
import {
  INTRODUCED_MODIFIER_WORDS,
  INTRODUCING_RELATIVES,
  introducedPerson,
} from '../../src/quotes/introducedPeople.ts';
import { attributed, story } from './fixtures.ts';

/** introducedPerson of the second body sentence of a story whose lead is a long line of no people. */
function introduced(text: string): ReturnType<typeof introducedPerson> {
  const a = story('introduced', [
    'The crowd outside the courthouse on Thursday was split between fans of the star and the families she is accused of cheating.',
    text,
  ]);
  const sentences = articleSentences(a, extractQuotes(a)).filter((s) => s.kind === 'body');
  const sentence = sentences.at(-1);
  if (sentence === undefined) throw new Error('no body sentence');
  return introducedPerson(sentence);
}

describe('introducedPerson', () => {
  for (const relative of [...INTRODUCING_RELATIVES].sort())
    it(`reads “Among them was a woman ${relative} …” as a woman brought in unnamed`, () => {
      expect(introduced(`Among them was a woman ${relative} had given money to the gala.`)).toEqual({
        at: 4,
        words: ['woman'],
        gender: 'female',
      });
    });

  it(`reads up to ${INTRODUCED_MODIFIER_WORDS} plain words before the noun, and no more`, () => {
    expect([
      introduced('Among them was an elderly retired man who had driven up from the coast.')?.gender,
      introduced('Among them was a frail elderly retired man who had driven up from the coast.'),
    ]).toEqual(['male', null]);
  });

  it('reads nobody new when a name, a pronoun or a role comes before the copula, or no relative word follows', () => {
    expect([
      introduced('Nerys Vale was a woman who had given money to the gala.'),
      introduced('She was a woman who had given money to the gala.'),
      introduced('Among them was a woman in a red coat.'),
      introduced('The mayor is a woman who rarely loses her temper in public.'),
    ]).toEqual([null, null, null, null]);
  });
});

describe('a he or she after somebody brought in unnamed', () => {
  const lines = (noun: string): string[] => [
    'The former soap star pleaded not guilty on Thursday to charges that she kept money raised at galas for sick children.',
    '“She is the kindest person I know,” said Carla Penrith, 39, a hairdresser who has known her for years.',
    `Across the street stood a smaller group with handmade signs. Among them was a ${noun} whose brother was nursed at the hospital. “She told us she knew how it felt to wait by a bed,” she said.`,
  ];

  it('gives the she to nobody named, not to the woman quoted before', () => {
    expect(attributed(lines('woman')).map(([, speaker]) => speaker)).toEqual(['Carla Penrith', null]);
  });

  it('leaves the she to the woman before when the one brought in is a man', () => {
    expect(attributed(lines('man')).map(([, speaker]) => speaker)).toEqual(['Carla Penrith', 'Carla Penrith']);
  });
});
