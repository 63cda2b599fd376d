// A given name set off after a surname's kinship noun ("Dalgren's widow, Ines,") is looked up with that surname too.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { kinOwnerSurname, KIN_KEEPING_SURNAME } from '../../src/quotes/kinSurnames.ts';
import { resolveSpeaker } from '../../src/quotes/speakers.ts';
import { paragraphTokens, type Token } from '../../src/quotes/tokens.ts';
import { story } from './fixtures.ts';

const LEAD = 'The harbour board met on Thursday to hear from families of the crew lost in the storm.';

/** The tokens of a line's paragraph as the quote reader makes them. */
function tokensOf(line: string): Token[] {
  const article = story('kin', [LEAD, line]);
  const paragraph = article.paragraphs[article.paragraphs.length - 1];
  if (!paragraph) throw new Error('no paragraph');
  return paragraphTokens(article, paragraph, extractQuotes(article));
}

/** kinOwnerSurname at the first token written `word`, with "Dalgren" the only surname of the article. */
function surnameAt(line: string, word: string): string | null {
  const tokens = tokensOf(line);
  return kinOwnerSurname(
    tokens,
    tokens.findIndex((t) => t.text === word),
    (w) => w === 'Dalgren',
  );
}

describe('kinOwnerSurname', () => {
  for (const kin of [...KIN_KEEPING_SURNAME].sort()) {
    it(`reads the owner's surname when a given name is set off after “Dalgren's ${kin},”`, () => {
      expect(surnameAt(`Dalgren's ${kin}, Ines, spoke to the board for ten minutes.`, 'Ines')).toBe('Dalgren');
    });
  }

  it('reads nothing after a kinship noun outside the table (“cousin”)', () => {
    expect(surnameAt("Dalgren's cousin, Ines, spoke to the board for ten minutes.", 'Ines')).toBeNull();
  });

  it('reads nothing when the owner is no surname of the article', () => {
    expect(surnameAt("Marta's sister, Ines, spoke to the board for ten minutes.", 'Ines')).toBeNull();
  });

  it('reads nothing when the name set off goes on past its word (“Ines Varga”)', () => {
    expect(surnameAt("Dalgren's sister, Ines Varga, spoke to the board for ten minutes.", 'Ines')).toBeNull();
  });

  it('reads nothing without a possessive owner (“the sister, Ines,”)', () => {
    expect(surnameAt('The sister, Ines, spoke to the board for ten minutes.', 'Ines')).toBeNull();
  });
});

describe('a relative called by given name in the quote book', () => {
  it('keeps the given name as the name shown and finds the person by the full name too', () => {
    const book = buildQuoteBook([
      story('kin-book', [
        LEAD,
        'Deckhand Piet Dalgren, 44, was one of three men lost when the trawler sank off the point in March.',
        "Dalgren's widow, Ines, said: “Not one of the owners has rung me since the funeral.”",
      ]),
    ]);
    const speaker = book.people.find((p) => p.id === book.quotes[0]?.speaker);
    expect(speaker?.name).toBe('Ines');
    expect(resolveSpeaker(book, 'Ines Dalgren')?.name).toBe('Ines');
  });
});
