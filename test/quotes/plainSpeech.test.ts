// A roundup speaker's own words printed without quotation marks under their name heading.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { story } from './fixtures.ts';

function speakersOf(lines: string[]): (string | null)[] {
  const book = buildQuoteBook([story('plain', lines)]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? '?')));
}

const LEAD =
  'Both captains spoke to the media on Thursday at the ground before the third match of the series, with the home side already two games up.';
const FIRST = '"It is never easy leaving out someone like Jake. He has been a great servant for this team."';
const SECOND = '"Ollie is bowling as well as anyone in the country right now. I am not worried about him at all."';

describe('plainlySpokenUnderName', () => {
  it('goes on with the heading’s speaker past a paragraph in the first person without quotation marks', () => {
    expect(
      speakersOf([
        LEAD,
        'Marek Fenwald (Kestrels captain)',
        FIRST,
        'We think the wicket will have a bit of grass on it early, so the new ball will be important.',
        SECOND,
      ]),
    ).toEqual(['Marek Fenwald', 'Marek Fenwald']);
  });

  it('does not go on past such a paragraph when no heading names a speaker above it', () => {
    expect(
      speakersOf([
        LEAD,
        `${FIRST.slice(0, -1)}," said Marek Fenwald, the Kestrels captain.`,
        'We think the wicket will have a bit of grass on it early, so the new ball will be important.',
        SECOND,
      ]),
    ).toEqual(['Marek Fenwald', null]);
  });

  it('does not go on past a paragraph in the first person that names somebody', () => {
    expect(
      speakersOf([
        LEAD,
        'Marek Fenwald (Kestrels captain)',
        FIRST,
        'We think Tomas Brell will open the bowling, so the new ball will be important.',
        SECOND,
      ]),
    ).toEqual(['Marek Fenwald', null]);
  });
});
