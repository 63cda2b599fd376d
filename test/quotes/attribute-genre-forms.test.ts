// Reporting forms of the genres of issue 10's unseen articles (reaction roundups, health and environment, culture,
// UK, Australian and Indian politics, local government, science), one invented mini-article each: who is
// credited, and by which rule.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { story } from './fixtures.ts';

function attributed(lines: string[]): [string, string | null, string][] {
  const book = buildQuoteBook([story('genre', lines)]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => [
    q.text.split(' ').slice(0, 3).join(' '),
    q.speaker === null ? null : (names.get(q.speaker) ?? '?'),
    q.method,
  ]);
}

const QUARRY = 'Residents packed the village hall on Thursday night to oppose plans for a new quarry on the hill.';
const BUDGET = 'The council approved its annual budget on Monday night after a long and heated debate.';

interface Form {
  form: string;
  lines: string[];
  expected: [string, string | null, string][];
}

const FORMS: Form[] = [
  {
    form: 'NAME from the CAPITALISED group said: “…”',
    lines: [
      QUARRY,
      'Sarah Quinn from the Save Our Hills group said: "The dust and the lorries will ruin life here for everyone."',
    ],
    expected: [['The dust and', 'Sarah Quinn', 'before']],
  },
  {
    form: '“…” That is what ROLE NAME told the meeting',
    lines: [
      BUDGET,
      '"This budget protects every service that residents rely on." That is what Mayor Jane Ross told the meeting.',
    ],
    expected: [['This budget protects', 'Jane Ross', 'after']],
  },
];

describe('genre forms of unseen news', () => {
  for (const { form, lines, expected } of FORMS) {
    it(`credits the right speaker for ${form}`, () => {
      expect(attributed(lines)).toEqual(expected);
    });
  }
});
