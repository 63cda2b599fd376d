// The reporting forms issue 10 lists, one invented sentence each: who is credited, by which rule.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { story } from './fixtures.ts';

function attributed(lines: string[]): [string, string | null, string][] {
  const book = buildQuoteBook([story('form', lines)]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => [
    q.text.split(' ').slice(0, 3).join(' '),
    q.speaker === null ? null : (names.get(q.speaker) ?? '?'),
    q.method,
  ]);
}

const LEAD =
  'The talks in the capital went on late into the evening on Thursday, officials from both delegations said afterwards.';

const FORMS: { form: string; lines: string[]; expected: [string, string | null, string][] }[] = [
  {
    form: 'NAME called X “…”',
    lines: [LEAD, 'Senator Maria Olsen called the minister’s decision “brave and overdue and the right thing to do.”'],
    expected: [['brave and overdue', 'Maria Olsen', 'before']],
  },
  {
    form: 'NAME told the visiting Foreign Minister NAME: “…”',
    lines: [
      LEAD,
      'President Ivan Petrov told the visiting Foreign Minister Karl Berger: “We are ready to sign the agreement this week.”',
    ],
    expected: [['We are ready', 'Ivan Petrov', 'before']],
  },
  {
    form: 'NAME, 19, a law student, told AFP: “…”',
    lines: [LEAD, 'Lena Fischer, 19, a law student, told AFP: “We came here because nobody else would speak for us.”'],
    expected: [['We came here', 'Lena Fischer', 'before']],
  },
  {
    form: 'NAME writes in …: “…”',
    lines: [
      LEAD,
      'Economist Paul Grant writes in this week’s issue of The Harbour Review: “The recovery will be slower than anyone expects.”',
    ],
    expected: [['The recovery will', 'Paul Grant', 'before']],
  },
  {
    form: 'NAME responded: “…”',
    lines: [
      LEAD,
      'Asked whether he would resign, Governor Tom Reilly responded: “Not at all, I have work to finish here.”',
    ],
    expected: [['Not at all,', 'Tom Reilly', 'before']],
  },
  {
    form: '“…,” the Secretary of State declared',
    lines: [
      LEAD,
      'Secretary of State Anna Kowalski arrived on Wednesday.',
      '“This is a historic day for both of our countries and for the region,” the Secretary of State declared.',
    ],
    expected: [['This is a', 'Anna Kowalski', 'after']],
  },
  {
    form: 'Says NAME, <description>, “…”',
    lines: [
      LEAD,
      'Says Mark Dunn, a veteran fisherman who has worked the bay for forty years, “I have never seen the water this warm.”',
    ],
    expected: [['I have never', 'Mark Dunn', 'before']],
  },
  {
    form: '“…” That was the message from Governor NAME',
    lines: [
      LEAD,
      '“Get out now while you still can, and do not wait for the storm to arrive.” That was the message from Governor Roy Allen on Friday.',
    ],
    expected: [['Get out now', 'Roy Allen', 'credit']],
  },
  {
    form: '‘‘…’’ closed by two right single quotes',
    lines: [LEAD, '‘‘We will rebuild every home that was lost in the fire,’’ Mayor Helen Clarke said on Friday.'],
    expected: [['We will rebuild', 'Helen Clarke', 'after']],
  },
  {
    form: 'a surname that is an ordinary word',
    lines: [
      LEAD,
      'Coach Sam Green praised his players after the win.',
      '“They gave everything today and I could not ask for more from them,” Green said.',
    ],
    expected: [['They gave everything', 'Sam Green', 'after']],
  },
  {
    form: 'a place is never a speaker',
    lines: [
      LEAD,
      '“We reject these accusations completely and call for calm on all sides,” Russia said in a statement.',
    ],
    expected: [['We reject these', null, 'after']],
  },
  {
    form: '“…,” she said after meeting the mayor (she is named two paragraphs up)',
    lines: [
      'Governor Laura Mills visited the flooded towns of the north on Tuesday with emergency crews.',
      'The water had reached the first floor of many homes by the morning, according to local officials.',
      '“We will not leave anyone behind, whatever it costs,” she said after meeting the mayor.',
    ],
    expected: [['We will not', 'Laura Mills', 'after']],
  },
  {
    form: 'NAME slammed X as “…” (a verb of judgement before a partial quote)',
    lines: [LEAD, 'Senator Joan Pryce slammed the decision as “a betrayal of every worker in the state.”'],
    expected: [['a betrayal of', 'Joan Pryce', 'before']],
  },
  {
    form: 'NAME believes X is “…” (a verb of belief before a partial quote)',
    lines: [LEAD, 'Economist Hana Kato believes a recession is “all but certain before the end of the year.”'],
    expected: [['all but certain', 'Hana Kato', 'before']],
  },
  {
    form: '“…,” NAME, a ROLE at ORG, said',
    lines: [
      LEAD,
      '“We sold every ticket within two hours and the demand is still there,” Priya Dalton, a director at Riverside Arts, said.',
    ],
    expected: [['We sold every', 'Priya Dalton', 'after']],
  },
  {
    form: '“…,” study co-author Dr. NAME, a ROLE at ORG, said in a press release',
    lines: [
      LEAD,
      '“The speed of the change surprised all of us,” study co-author Dr. Mina Osei, a glaciologist at Northfield University, said in a press release.',
    ],
    expected: [['The speed of', 'Mina Osei', 'after']],
  },
  {
    form: '“…,” he said, of a man named once with his age (“NAME, 45,”)',
    lines: [
      'Firefighters rescued Tom Hale, 45, from the burning building on Elm Street early on Tuesday.',
      '“I thought I was going to die in there,” he said from his hospital bed.',
    ],
    expected: [['I thought I', 'Tom Hale', 'after']],
  },
  {
    form: 'Experts say X is “…” (a base-form verb of unnamed speakers does not continue the last speaker)',
    lines: [
      'Senator Joan Pryce criticised the decision at the Capitol on Tuesday.',
      'Experts say the plan is “a gift to the rich and nothing else”.',
    ],
    expected: [['a gift to', null, 'before']],
  },
  {
    form: '… by NAME. The late ROLE described it as “…” (the name is known as a person only by the role that refers to it)',
    lines: [
      'The first phone was shown on a winter morning at a trade fair in San Marcos, by Mark Odell. The late Nordfone co-founder described the device as “a music player with touch controls and a phone”.',
    ],
    expected: [['a music player', 'Mark Odell', 'before']],
  },
  {
    form: 'she joked: given to the subject, not the nearest name',
    lines: [
      LEAD,
      'Prime Minister Eva Lind met Chancellor Otto Brandt in Oslo, and she joked: “At least the weather was on our side this time.”',
    ],
    expected: [['At least the', 'Eva Lind', 'before']],
  },
];

describe('reporting forms', () => {
  for (const { form, lines, expected } of FORMS) {
    it(`credits the right speaker for ${form}`, () => {
      expect(attributed(lines)).toEqual(expected);
    });
  }
});

describe('a role noun continuing the speaker across paragraphs', () => {
  it('gives “…,” the boss said to the manager who spoke last, though his clause named another person', () => {
    expect(
      attributed([
        LEAD,
        'Asked about the news that rival manager Tom Hale will leave his club in the summer, Marco Vela said: “I will miss our games.',
        '“It was always a hard day for us. He will be missed.',
        '“She is ready for the first team and we trust her completely,” the boss said. “She will start on Sunday against the league leaders.”',
      ]),
    ).toEqual([
      // One quotation over three paragraphs (no closing mark until "completely,”"), credited by its last words.
      ['I will miss', 'Marco Vela', 'after'],
      ['She will start', 'Marco Vela', 'same-paragraph'],
    ]);
  });
});
