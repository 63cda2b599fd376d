// The reader's speaker phrases and speech verbs, seen through the quotes they attribute.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { story } from './fixtures.ts';

function attributed(lines: string[]): [string, string | null, string | null][] {
  const book = buildQuoteBook([story('reader', lines)]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => [
    q.text.split(' ').slice(0, 3).join(' '),
    q.speaker === null ? null : (names.get(q.speaker) ?? '?'),
    q.cue,
  ]);
}

describe('a participle clause after a comma', () => {
  it('speaks for the sentence subject when another clause stands between (“…, as the storm passes, saying”)', () => {
    expect(
      attributed([
        'Governor Rosa Vidal gave an update on the storm from the emergency centre on Thursday morning.',
        'She warned of flooding as the storm moves inland, especially near the coast, saying residents faced “a long and dangerous night.”',
      ]),
    ).toEqual([
      [
        'a long and',
        'Rosa Vidal',
        'She warned of flooding as the storm moves inland, especially near the coast, saying',
      ],
    ]);
  });
});

describe('the speaker phrase before a speech verb', () => {
  it('gives “NAME of PLACE said” to the person, not the place', () => {
    expect(
      attributed([
        'Leaders around the world reacted on Sunday to the result of the run-off vote.',
        'Chancellor Greta Vogt of Germany said the result was “good news for Europe and for the world.”',
      ]),
    ).toEqual([['good news for', 'Greta Vogt', 'Chancellor Greta Vogt of Germany said']]);
  });

  it('reads past a reflexive pronoun between the name and the verb (“Costa himself told”)', () => {
    expect(
      attributed([
        'The defeated candidate, Rui Costa, has yet to concede the run-off vote.',
        'Costa himself told supporters on Monday: “This fight is not over, not by a long way.”',
      ]),
    ).toEqual([['This fight is', 'Rui Costa', 'Costa himself told']]);
  });
});
