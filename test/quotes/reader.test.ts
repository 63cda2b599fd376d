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
