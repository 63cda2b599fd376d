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
    form: 'Mayor Pro Tem NAME said … “…” (a title of several words is no part of the name)',
    lines: [
      BUDGET,
      'Mayor Pro Tem Linda Ashcroft said the vote was "a long time coming for every family on the east side".',
      '"We have waited years for this," Ashcroft said.',
    ],
    expected: [
      ['a long time', 'Linda Ashcroft', 'before'],
      ['We have waited', 'Linda Ashcroft', 'after'],
    ],
  },
  {
    form: 'NAME told reporters: ‘…’ The ROLE added that … ‘…’ (the shadow ROLE named before is another person)',
    lines: [
      'The transport secretary set out plans on Monday for a new rail line between three northern cities.',
      'Paul Ferris told MPs the line would open in 2031 and carry twelve trains an hour at its busiest.',
      'The shadow transport secretary, Nadia Kerr, said the plan was a gamble with public money.',
      "Asked whether he would delay the line, Mr Ferris told reporters: 'Where a route is ready, we will start digging.' The transport secretary added that each station would have its own budget with 'real teeth and real money'.",
    ],
    expected: [
      ['Where a route', 'Paul Ferris', 'before'],
      ['real teeth and', 'Paul Ferris', 'before'],
    ],
  },
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
  {
    form: 'ROLE NAME was blunt when asked about X. ¶ “…” (a speech verb with nobody before it)',
    lines: [
      'The government faced a fresh row over the budget on Tuesday as unions threatened strikes.',
      'Prime Minister Helen Ward was blunt when asked about the threat of strikes at a press conference in the capital.',
      '"We cannot spend money that we do not have, and everyone knows it."',
    ],
    expected: [['We cannot spend', 'Helen Ward', 'subject-before']],
  },
  {
    form: 'NAME said telling X had been “…” (a speech verb’s gerund is what was said)',
    lines: [
      'The national coach named his squad for the championship on Friday, leaving out the veteran goalkeeper.',
      'Coach Erik Lund said telling the goalkeeper had been "the hardest phone call I have made in my career."',
    ],
    expected: [['the hardest phone', 'Erik Lund', 'before']],
  },
  {
    form: 'Asked X, the CEO said: “…” (the chief executive, not the chief financial officer named last)',
    lines: [
      'Shares in the parcel carrier fell sharply on Thursday after it cut its profit forecast for the year.',
      '"The second half will be hard for us," Chief Executive Tom Berg told analysts on a call.',
      'Chief Financial Officer Ann Vale said the company now expected lower profits for the year.',
      'Asked whether job cuts were planned, the CEO said: "Not as part of this plan, and I want to be clear."',
    ],
    expected: [
      ['The second half', 'Tom Berg', 'after'],
      ['Not as part', 'Tom Berg', 'before'],
    ],
  },
  {
    form: 'ROLE NAME NAME NAME da NAME said: “…”, then the word before the particle alone',
    lines: [
      'Leaders in the region reacted on Sunday to the result of the presidential vote.',
      'Veridian President Joao Carlos Tavo da Costa said: "Democracy has won and the people have spoken."',
      '"We will work with the new government from the first day," Tavo said.',
    ],
    expected: [
      ['Democracy has won', 'Joao Carlos Tavo da Costa', 'before'],
      ['We will work', 'Joao Carlos Tavo da Costa', 'after'],
    ],
  },
  {
    form: 'NAME met NAME, but she was X. ¶ “…” (the later clause’s pronoun is the subject again)',
    lines: [
      'The government faced a fresh row over the budget on Tuesday as unions threatened strikes.',
      'Prime Minister Helen Ward met union leader Sam Price at her office on Tuesday, but she was not in a mood to compromise.',
      '"We cannot spend money that we do not have, and everyone knows it."',
    ],
    expected: [['We cannot spend', 'Helen Ward', 'subject-before']],
  },
  {
    form: '- Country - ¶ “…” ¶ ROLE NAME added that … (a roundup’s quote under a heading)',
    lines: [
      'World leaders reacted on Sunday to the election result, which surprised many observers.',
      '- France -',
      '"This is a great day for democracy in the region and for its people."',
      'French President Marie Duval added that France would send an observer mission.',
    ],
    expected: [['This is a', 'Marie Duval', 'later-in-paragraph']],
  },
];

describe('genre forms of unseen news', () => {
  for (const { form, lines, expected } of FORMS) {
    it(`credits the right speaker for ${form}`, () => {
      expect(attributed(lines)).toEqual(expected);
    });
  }
});
