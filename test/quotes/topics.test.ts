import { describe, expect, it } from 'vitest';
import { quoteTerms } from '../../src/quotes/similarity.ts';
import { entryTerms, topicScores, Vocabulary } from '../../src/quotes/topics.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { findQuotes } from '../../src/quotes/query.ts';
import { story } from './fixtures.ts';

const ENTRIES = [
  {
    quoted: ['We will spend more on defense next year'],
    around: ['“We will spend more on defense next year,” she said at the summit.'],
  },
  {
    quoted: ['The talks were long', 'talks were long and hard'],
    around: ['Speaking about defence, she said: “The talks were long.”'],
  },
  { quoted: ['Taxes will not rise'], around: ['“Taxes will not rise,” he said.'] },
];

describe('topicScores', () => {
  it('counts a topic term 2 in the quoted words, 1 only around them, forgiving one-letter spelling variants', () => {
    const vocabulary = new Vocabulary();
    const terms = entryTerms(vocabulary, ENTRIES);
    expect(topicScores(vocabulary, terms, quoteTerms('defence'))).toEqual([2, 1, 0]);
    expect(topicScores(vocabulary, terms, quoteTerms('defence talks'))).toEqual([2, 3, 0]);
    expect(topicScores(vocabulary, terms, quoteTerms('tax rises'))).toEqual([0, 0, 4]);
  });

  it('matches short terms only exactly and shares one vocabulary between listings', () => {
    const vocabulary = new Vocabulary();
    const first = entryTerms(vocabulary, ENTRIES);
    const second = entryTerms(vocabulary, [{ quoted: ['More summit talk'], around: [] }]);
    // "talk" is under five letters: "talks" (stem "talk") matches, "tall" would not.
    expect(topicScores(vocabulary, second, quoteTerms('talking'))).toEqual([2]);
    expect(topicScores(vocabulary, first, quoteTerms('tall'))).toEqual([0, 0, 0]);
    expect(topicScores(vocabulary, first, quoteTerms('summit'))).toEqual([1, 0, 0]);
  });
});

describe('topics in the paragraph around a quote', () => {
  it('finds a quote by a topic its paragraph names in another sentence, ranked below one that names it itself', () => {
    const book = buildQuoteBook([
      story('topic-paragraph', [
        'The mayor toured the flooded harbour district on Monday. “We will not give up on these families, whatever it costs,” Mayor Helen Clarke said.',
        'Later she spoke about the school budget. “Every classroom in the harbour district will reopen by spring,” Clarke said.',
        'Clarke also met the rail union leaders. “The trains must run again before the end of the month,” she said.',
      ]),
    ]);
    expect(
      findQuotes(book, { speaker: 'Helen Clarke', about: 'harbour' }).quotes.map((q) =>
        q.text.split(' ').slice(0, 3).join(' '),
      ),
    ).toEqual(['Every classroom in', 'We will not']);
  });
});
