// A role set off by an aside that calls its holder a body is nobody the article named (bodyAppositive.ts).
import { describe, expect, it } from 'vitest';
import {
  BODY_ASIDE_NOUNS,
  BODY_ASIDE_WORDS,
  BODY_NOUN_CLOSERS,
  setOffAsBody,
} from '../../src/quotes/bodyAppositive.ts';
import { attributed, spacedTokens } from './fixtures.ts';

/** Whether the aside after the first word of `text` ("planner , a …") calls the role's holder a body. */
function asBody(text: string): boolean {
  return setOffAsBody(spacedTokens(text), 1);
}

/** The words after the body's noun that the tests below write for each entry of BODY_NOUN_CLOSERS. */
const AFTER_NOUN: ReadonlyMap<string, string> = new Map([
  [',', ', said'],
  ['.', '.'],
  [')', ')'],
  ['called', 'called Gilt Hall'],
  ['named', 'named Gilt Hall'],
  ['which', 'which runs the venue'],
  ['that', 'that runs the venue'],
]);

describe('setOffAsBody', () => {
  it('has a test phrase for each closer', () => {
    expect([...AFTER_NOUN.keys()].sort()).toEqual([...BODY_NOUN_CLOSERS].sort());
  });

  for (const [closer, after] of AFTER_NOUN)
    it(`reads “planner, a catering company ${after}” as a body’s aside (closer “${closer}”)`, () => {
      expect(asBody(`planner , a catering company ${after}`)).toBe(true);
    });

  for (const noun of [...BODY_ASIDE_NOUNS].sort())
    it(`reads “planner, a catering ${noun} called …” as a body’s aside`, () => {
      expect(asBody(`planner , a catering ${noun} called Gilt Hall`)).toBe(true);
    });

  it('reads no body in a noun of bodies that also names a worker or a place (“a crane operator”, “a school”)', () => {
    expect([asBody('driver , a crane operator , said'), asBody('head , a village school , said')]).toEqual([
      false,
      false,
    ]);
  });

  it(`reads up to ${BODY_ASIDE_WORDS} words before the body’s noun, and no more`, () => {
    expect([
      asBody('planner , a Melbourne-based events catering company , said'),
      asBody('planner , a small Melbourne-based events catering company , said'),
    ]).toEqual([true, false]);
  });

  it('reads no person of a body (“a spokesman for the company”), nor a body’s noun as a modifier (“a company veteran”)', () => {
    expect([
      asBody('planner , a spokesman for the company , said'),
      asBody('planner , a company veteran , said'),
      asBody('planner , the company , said'),
    ]).toEqual([false, false, false]);
  });
});

describe('a role held by a body in a quote’s cue', () => {
  it('gives “the event planner, a company called NAME, said” to nobody, not to the subject named before', () => {
    expect(
      attributed([
        'The festival closed on Sunday after four days of music, and most traders on the green said they had done well.',
        'Mara Quill, 41, who runs the bakery on the square, said the weekend had been “the best trade since spring”.',
        'The festival’s event planner, a Leeds-based company called Gilt Hall, said it had “worked closely with the council” all week.',
      ]).map(([, speaker]) => speaker),
    ).toEqual(['Mara Quill', null]);
  });
});
