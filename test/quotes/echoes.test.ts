// Crossheads and pull quotes that repeat a quote of their article.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { ECHO_MIN_WORDS, echoedQuotes } from '../../src/quotes/echoes.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { story } from './fixtures.ts';

const LEAD =
  'Former officer Ivo Brandt, 52, was given a life sentence on Thursday after a hearing that lasted two days.';
const SOURCE =
  '“Is that really so hard to do? A letter, a word of regret, anything at all,” Judge Mara Ellison told the court.';

function pairs(lines: string[]): [string, string][] {
  const a = story('echo', lines);
  const quotes = extractQuotes(a);
  return echoedQuotes(a, quotes).map(([i, j]) => [quotes[i]?.text ?? '', quotes[j]?.text.slice(0, 20) ?? '']);
}

describe('echoedQuotes', () => {
  it('pairs a quote filling its paragraph with the longer quote that holds its words', () => {
    expect(pairs([LEAD, '‘Is that really so hard to do?’', SOURCE])).toEqual([
      ['Is that really so hard to do?', 'Is that really so ha'],
    ]);
  });

  it('pairs nothing when the short quote shares its paragraph with the writer’s words', () => {
    expect(pairs([LEAD, 'She asked: ‘Is that really so hard to do?’', SOURCE])).toEqual([]);
  });

  it(`pairs nothing under ${ECHO_MIN_WORDS} words`, () => {
    expect(pairs([LEAD, '‘So hard to do?’', SOURCE])).toEqual([['So hard to do?', 'Is that really so ha']]);
    expect(pairs([LEAD, '‘So hard?’', SOURCE])).toEqual([]);
  });

  it('pairs the same words written twice with the quote of the two that fills no paragraph of its own', () => {
    const judge =
      '“Is that really so hard to do,” Judge Mara Ellison said as she passed sentence in a courtroom packed with families.';
    expect(pairs([LEAD, '“Is that really so hard to do”', judge])).toEqual([
      ['Is that really so hard to do', 'Is that really so ha'],
    ]);
  });

  it('pairs nothing when no other quote holds the words', () => {
    expect(pairs([LEAD, '‘Justice has been done today’', SOURCE])).toEqual([]);
  });
});

describe('an echoed quote in the quote book', () => {
  it('gives a crosshead quote the speaker of the quote it repeats, not the person of the paragraph before', () => {
    const book = buildQuoteBook([
      story('crosshead', [
        'Former officer Ivo Brandt, 52, was given a life sentence on Thursday.',
        '“No, thank you,” Brandt answered when asked whether he wished to speak.',
        '‘Is that really so hard to do?’',
        SOURCE,
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => [q.text.slice(0, 14), names.get(q.speaker ?? '') ?? null, q.method])).toEqual([
      ['No, thank you', 'Ivo Brandt', 'after'],
      ['Is that really', 'Mara Ellison', 'echo'],
      ['Is that really', 'Mara Ellison', 'after'],
    ]);
  });
});
