// Issue 13, row 6: a corpus of many short articles repeating one quotation from many speakers must not keep the
// quote book from being prepared (it once took longer than 15 minutes: every speaker rescanned every group).
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/build.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { prepareQuoteBook } from '../../src/quotes/prepare.ts';
import { findQuotes } from '../../src/quotes/query.ts';

const ARTICLES = 10_000;
const SPEAKERS = 256;
const GIVEN = [
  'Anna',
  'Boris',
  'Carla',
  'David',
  'Elena',
  'Farid',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kira',
  'Lars',
  'Mila',
  'Nils',
  'Olga',
  'Pavel',
];
const FAMILY = [
  'Berg',
  'Castro',
  'Dahl',
  'Engel',
  'Fischer',
  'Gomez',
  'Holm',
  'Ivanov',
  'Jansen',
  'Klein',
  'Lund',
  'Moreau',
  'Novak',
  'Ortiz',
  'Petrov',
  'Quist',
];

function speakerName(k: number): string {
  return `${GIVEN[k % 16] ?? ''} ${FAMILY[Math.floor(k / 16) % 16] ?? ''}`;
}

function corpus() {
  const entries = [];
  const files = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  for (let i = 0; i < ARTICLES; i++) {
    const file = `a${String(i).padStart(5, '0')}.txt`;
    const name = speakerName(i % SPEAKERS);
    // The same words each time, one of them varied: near-identical quotes that all fall in one group.
    const text = [
      `Harbour update number ${i}`,
      '',
      `The harbour authority met on Monday to discuss the storm damage to the eastern quays and the ferry timetable for the winter months ahead.`,
      '',
      `"The harbour will reopen next week and every crew will be paid in full for the ${i % 7 === 0 ? 'lost' : 'missed'} shifts," said spokesperson ${name}.`,
    ].join('\n');
    entries.push({
      file,
      title: null,
      outlet: `Outlet ${i % 50}`,
      url: `https://news.example/${i}`,
      published: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
    });
    files.set(file, encoder.encode(text));
  }
  return buildCorpus(JSON.stringify({ articles: entries }), files);
}

describe('quote book preparation on a pathological corpus', () => {
  it('prepares 10,000 articles sharing a near-identical quote from 256 speakers within a generous bound', () => {
    const { articles } = corpus();
    expect(articles).toHaveLength(ARTICLES);
    const book = buildQuoteBook(articles);
    const started = performance.now();
    prepareQuoteBook(book);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(20_000);
    const result = findQuotes(book, { speaker: speakerName(3), limit: 1 });
    expect(result.speaker?.name).toBe(speakerName(3));
    expect(result.quotes).toHaveLength(1);
    // Every other article quoting this speaker reports the same words.
    expect(result.quotes[0]?.alsoReportedBy).toHaveLength(Math.ceil((ARTICLES - 3) / SPEAKERS) - 1);
  }, 600_000);
});
