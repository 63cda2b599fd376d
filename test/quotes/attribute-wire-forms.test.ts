// The reporting forms of reaction roundups, politics wire copy and local government reports, one invented
// mini-article each (our own prose): who is credited, and by which rule.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { story } from './fixtures.ts';

function attributed(lines: string[]): [string, string | null, string][] {
  const book = buildQuoteBook([story('wire', lines)]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => [
    q.text.split(' ').slice(0, 3).join(' '),
    q.speaker === null ? null : (names.get(q.speaker) ?? '?'),
    q.method,
  ]);
}

const VOTE =
  'The regional assembly met late into the night on Thursday to vote on the new transport budget for the coming year.';
const REACTIONS =
  'World leaders reacted on Sunday to the result of the election, which surprised many observers abroad.';
const RELIEF = 'The state government announced a relief package for farmers on Tuesday after weeks of heavy rain.';
const COUNCIL = 'The city council met on Monday night to approve the annual budget and a new parking plan.';

interface Form {
  form: string;
  lines: string[];
  expected: [string, string | null, string][];
}

const SPEECH_FRAMES: Form[] = [
  {
    form: 'Speaking to reporters, NAME said: “…”',
    lines: [
      VOTE,
      'Speaking to reporters in the capital, Interior Minister Rafael Ortega said: "The border will stay open for trade and for families."',
    ],
    expected: [['The border will', 'Rafael Ortega', 'before']],
  },
  {
    form: '…, with Premier NAME telling reporters “…”',
    lines: [
      RELIEF,
      'Rivers rose in three towns overnight, with Premier Dana Whitlock telling reporters "every family in the valley is in our thoughts".',
    ],
    expected: [['every family in', 'Dana Whitlock', 'before']],
  },
  {
    form: 'A spokesman with NAME said “…” (a preposition’s object, not the speaker)',
    lines: [RELIEF, 'A spokesman with Dana Whitlock said the package was "only the first step".'],
    expected: [['only the first', null, 'before']],
  },
  {
    form: 'NAME said that the mayor had never asked him to speak, “…” (the reporting speaker’s words)',
    lines: [
      VOTE,
      'Councillor Imran Qadir said that the mayor had never asked him to speak, "I went anyway, because residents asked me to".',
    ],
    expected: [['I went anyway,', 'Imran Qadir', 'before']],
  },
  {
    form: 'NAME said the minister had promised beds “…” (a resolved reported subject too)',
    lines: [
      COUNCIL,
      'Transport Minister Alex Morgan said the new timetable would start in May.',
      'Councillor Jane Pryce said the minister had promised faster trains "every spring for a decade".',
    ],
    expected: [['every spring for', 'Jane Pryce', 'before']],
  },
  {
    form: 'Speaking to reporters on DAY, NAME said the talks were “…”',
    lines: [
      VOTE,
      'Speaking to reporters on Monday, Rafael Ortega said the talks were "close to a breakthrough on every point that matters."',
    ],
    expected: [['close to a', 'Rafael Ortega', 'before']],
  },
  {
    form: 'NAME told PTI: “…”',
    lines: [
      VOTE,
      'Congress leader Rakesh Sharma told PTI: "The government has failed the farmers of this state once again."',
    ],
    expected: [['The government has', 'Rakesh Sharma', 'before']],
  },
  {
    form: '“…,” NAME told the ABC',
    lines: [
      VOTE,
      '"We simply do not have enough nurses to open the new ward," Health Minister Kim Nguyen told the ABC.',
    ],
    expected: [['We simply do', 'Kim Nguyen', 'after']],
  },
  {
    form: 'NAME told reporters that X was “…”',
    lines: [
      VOTE,
      'Mayor Lucy Tran told reporters that the old bridge was "safe for every car and truck that crosses it."',
    ],
    expected: [['safe for every', 'Lucy Tran', 'before']],
  },
  {
    form: 'NAME told MPs: “…”',
    lines: [
      'The prime minister faced questions in parliament on Wednesday about the rising cost of energy.',
      'Mr Hammond told MPs: "No family will pay more this winter than it did last year."',
    ],
    expected: [['No family will', 'Hammond', 'before']],
  },
  {
    form: 'NAME told BBC Radio 4’s Today programme: “…”',
    lines: [
      'The prime minister faced questions in parliament on Wednesday about the rising cost of energy.',
      'Shadow chancellor Rita Okafor told BBC Radio 4\'s Today programme: "The government has run out of ideas."',
    ],
    expected: [['The government has', 'Rita Okafor', 'before']],
  },
  {
    form: 'NAME alleged that X had been “…”',
    lines: [
      VOTE,
      'Opposition MP Farah Siddiqui alleged that the contract had been "handed to friends of the minister without any tender."',
    ],
    expected: [['handed to friends', 'Farah Siddiqui', 'before']],
  },
  {
    form: 'NAME claimed that X were “…”',
    lines: [
      VOTE,
      'Senator Gil Romano claimed that the new rules were "written by the very companies they are meant to control."',
    ],
    expected: [['written by the', 'Gil Romano', 'before']],
  },
  {
    form: 'NAME asserted that X “…”',
    lines: [
      VOTE,
      'Councillor Nadia Petrenko asserted that the park "belongs to the people of this city and not to developers."',
    ],
    expected: [['belongs to the', 'Nadia Petrenko', 'before']],
  },
  {
    form: 'NAME stressed that X would “…”',
    lines: [
      VOTE,
      'Chief Minister Anjali Rao stressed that relief work would "reach every village before the end of the week."',
    ],
    expected: [['reach every village', 'Anjali Rao', 'before']],
  },
  {
    form: 'NAME noted that X had “…”',
    lines: [VOTE, 'Economist Tariq Aziz noted that prices had "risen faster here than anywhere else in the region."'],
    expected: [['risen faster here', 'Tariq Aziz', 'before']],
  },
  {
    form: 'NAME pointed out that X was “…”',
    lines: [VOTE, 'Dr Helen Moyo pointed out that the clinic was "the only one open at night for fifty miles."'],
    expected: [['the only one', 'Helen Moyo', 'before']],
  },
  {
    form: 'NAME maintained that X was “…”',
    lines: [
      VOTE,
      'Defence lawyer Ravi Menon maintained that his client was "nowhere near the warehouse on the night of the fire."',
    ],
    expected: [['nowhere near the', 'Ravi Menon', 'before']],
  },
  {
    form: 'according to NAME, “…”',
    lines: [
      VOTE,
      'According to Fatima Rahman, "the figures tell only half the story of what happened in the district."',
    ],
    expected: [['the figures tell', 'Fatima Rahman', 'before']],
  },
  {
    form: 'According to him, “…” (the person “him” stands for)',
    lines: [
      VOTE,
      'Auditor Omar Rahman presented the annual report to the committee on Monday.',
      'According to him, "the figures tell only half the story of what happened in the district."',
    ],
    expected: [['the figures tell', 'Omar Rahman', 'before']],
  },
  {
    form: 'According to her lawyer, “…” (nobody the article names: the lawyer speaks, not “her”)',
    lines: [
      VOTE,
      'Auditor Fatima Rahman presented the annual report to the committee on Monday.',
      'According to her lawyer, "the figures tell only half the story of what happened in the district."',
    ],
    expected: [['the figures tell', null, 'before']],
  },
  {
    form: 'X were, according to SURNAME, “…” (the full name a sentence earlier)',
    lines: [
      VOTE,
      'Auditor Fatima Rahman presented the annual report to the committee.',
      'The accounts were, according to Rahman, "the worst she had seen in twenty years of public service."',
    ],
    expected: [['the worst she', 'Fatima Rahman', 'before']],
  },
  {
    form: 'NAME, who is also …, said: “…”',
    lines: [
      RELIEF,
      'Rajiv Menon, who is also the party\'s state chief, said: "We will take this fight to the streets."',
    ],
    expected: [['We will take', 'Rajiv Menon', 'before']],
  },
  {
    form: '“…,” said NAME, the ROLE of ORG',
    lines: [
      VOTE,
      '"The market has been here for three hundred years and it will still be here," said Farid Khan, the head of the traders\' association.',
    ],
    expected: [['The market has', 'Farid Khan', 'after']],
  },
  {
    form: '“…,” said the ROLE, NAME (a long role before an appositive name)',
    lines: [
      REACTIONS,
      '"This election shows that our democracy is strong," said the country\'s newly elected president, Ivo Stanev.',
    ],
    expected: [['This election shows', 'Ivo Stanev', 'after']],
  },
  {
    form: '“…,” NAME, the ROLE, said on DAY, “…” (a quote split by its attribution)',
    lines: [
      REACTIONS,
      '"We respect the result," Omar Khan, the foreign minister, said on Sunday, "and we hope for good relations."',
    ],
    expected: [
      ['We respect the', 'Omar Khan', 'after'],
      ['and we hope', 'Omar Khan', 'before'],
    ],
  },
  {
    form: 'NAME said X, adding: “…”',
    lines: [
      REACTIONS,
      'Omar Khan said the vote was fair, adding: "The people have spoken, and we respect their choice."',
    ],
    expected: [['The people have', 'Omar Khan', 'before']],
  },
  {
    form: '“…,” NAME was quoted as saying by the state news agency',
    lines: [
      REACTIONS,
      '"We will not accept foreign interference in our affairs," Foreign Minister Omar Khan was quoted as saying by the state news agency.',
    ],
    expected: [['We will not', 'Omar Khan', 'after']],
  },
  {
    form: '“…,” the state news agency quoted ROLE as saying (the source quoting, then its verb)',
    lines: [
      REACTIONS,
      'Foreign Minister Omar Khan spoke to reporters in the capital after meeting envoys from the neighbouring states.',
      '"We will not accept foreign interference in our affairs," the state news agency quoted the minister as saying.',
    ],
    expected: [['We will not', 'Omar Khan', 'after']],
  },
  {
    form: '“… .” The opposition then quoted NAME as saying X (the quote closed its sentence: not NAME’s)',
    lines: [
      REACTIONS,
      'Foreign Minister Omar Khan spoke to reporters in the capital after meeting envoys from the neighbouring states.',
      '"We will not accept foreign interference in our affairs." The opposition then quoted Khan as saying the opposite in March.',
    ],
    expected: [['We will not', null, 'none']],
  },
];

const STATEMENTS_AND_POSTS: Form[] = [
  {
    form: 'In a statement, the ministry said: “…” (no ministry named: nobody)',
    lines: [VOTE, 'In a statement, the ministry said: "All flights will resume once the runway has been inspected."'],
    expected: [['All flights will', null, 'before']],
  },
  {
    form: 'In a statement, ROLE NAME said X was “…”',
    lines: [
      REACTIONS,
      'In a statement, NATO Secretary General Lars Holm said the alliance was "united and ready for any challenge."',
    ],
    expected: [['united and ready', 'Lars Holm', 'before']],
  },
  {
    form: 'NAME said in a tweet: “…”',
    lines: [
      REACTIONS,
      'Foreign Minister Ana Duarte said in a tweet: "A victory for democracy and for the rule of law."',
    ],
    expected: [['A victory for', 'Ana Duarte', 'before']],
  },
  {
    form: 'Writing on Twitter, NAME said X was “…”',
    lines: [
      REACTIONS,
      'Writing on Twitter, Ana Duarte said the result was "a victory for democracy and for the rule of law."',
    ],
    expected: [['a victory for', 'Ana Duarte', 'before']],
  },
  {
    form: 'NAME tweeted: “…”',
    lines: [VOTE, 'Senator Kate Moreno tweeted: "A sad day for every commuter in the state."'],
    expected: [['A sad day', 'Kate Moreno', 'before']],
  },
  {
    form: 'NAME wrote on X: “…”',
    lines: [VOTE, 'Kate Moreno wrote on X: "This budget abandons the rural towns that need buses most of all."'],
    expected: [['This budget abandons', 'Kate Moreno', 'before']],
  },
  {
    form: '“…,” NAME wrote on Facebook',
    lines: [VOTE, '"I am proud of every volunteer who turned up today to help," Mayor Tom Keane wrote on Facebook.'],
    expected: [['I am proud', 'Tom Keane', 'after']],
  },
  {
    form: 'NAME posted on Twitter: “…”',
    lines: [VOTE, 'Singer Maya Holt posted on Twitter: "Thank you to every fan who waited in the rain for us."'],
    expected: [['Thank you to', 'Maya Holt', 'before']],
  },
  {
    form: '“…,” NAME said in a video message',
    lines: [REACTIONS, '"We stand with you today and always," President Milan Horvat said in a video message.'],
    expected: [['We stand with', 'Milan Horvat', 'after']],
  },
  {
    form: 'NAME’s spokesperson said: “…” (somebody unnamed speaks)',
    lines: [
      VOTE,
      'Mayor Lucy Tran did not attend the meeting on Thursday.',
      'Tran\'s spokesperson said: "The mayor is on leave and will return next week to answer every question."',
    ],
    expected: [['The mayor is', null, 'before']],
  },
  {
    form: 'A spokesperson for NAME said …“…” (somebody unnamed speaks)',
    lines: [
      VOTE,
      'A spokesperson for Mayor Lucy Tran said the mayor "has full confidence in the city engineer and her team."',
    ],
    expected: [['has full confidence', null, 'before']],
  },
  {
    form: 'NAME’s office said in a statement: “…” (the office speaks, not the person)',
    lines: [
      REACTIONS,
      'President Milan Horvat\'s office said in a statement: "The president has called the winner to congratulate him."',
    ],
    expected: [['The president has', null, 'before']],
  },
  {
    form: 'A No 10 spokesman said: “…”',
    lines: [
      'The prime minister faced questions in parliament on Wednesday about the rising cost of energy.',
      'A No 10 spokesman said: "The prime minister has full confidence in the chancellor."',
    ],
    expected: [['The prime minister', null, 'before']],
  },
  {
    form: '“…,” the Kremlin said (a seat of government is no person)',
    lines: [REACTIONS, '"We take note of the result and will study it carefully," the Kremlin said.'],
    expected: [['We take note', null, 'after']],
  },
  {
    form: 'The White House said X was “…” (an office’s seat speaks as an organisation)',
    lines: [
      REACTIONS,
      'The White House said the president was "looking forward to an early meeting with the new chancellor."',
    ],
    expected: [['looking forward to', 'White House', 'before']],
  },
  {
    form: '“…,” France said in a statement (a place is never a speaker)',
    lines: [VOTE, '"We call on both sides to return to the table without delay," France said in a statement.'],
    expected: [['We call on', null, 'after']],
  },
  {
    form: 'Moscow said X were “…” (a place is never a speaker)',
    lines: [VOTE, 'Moscow said the sanctions were "an act of economic aggression against ordinary people."'],
    expected: [['an act of', null, 'before']],
  },
];

const ROUNDUPS_AND_LAYOUT: Form[] = [
  {
    form: 'COUNTRY: ROLE NAME said: “…”',
    lines: [
      REACTIONS,
      'Germany: Chancellor Greta Vogel said: "We congratulate the winner and look forward to working together."',
    ],
    expected: [['We congratulate the', 'Greta Vogel', 'before']],
  },
  {
    form: 'ROLE NAME: “…”',
    lines: [REACTIONS, 'British Prime Minister Alan Carter: "This is a historic moment for the whole continent."'],
    expected: [['This is a', 'Alan Carter', 'colon']],
  },
  {
    form: 'COUNTRY’s ROLE NAME’s spokesman NAME said: “…”',
    lines: [
      REACTIONS,
      'Russian President Pavel Orlov\'s spokesman Dmitry Sokolov said: "We will judge the new government by its actions."',
    ],
    expected: [['We will judge', 'Dmitry Sokolov', 'before']],
  },
  {
    form: 'foreign ministry spokesman NAME told a regular briefing: “…”',
    lines: [
      REACTIONS,
      'Chinese foreign ministry spokesman Li Wenhao told a regular briefing: "We hope the new leaders will respect our interests."',
    ],
    expected: [['We hope the', 'Li Wenhao', 'before']],
  },
  {
    form: 'a quote running over paragraphs with no closing mark, credited at its end',
    lines: [
      VOTE,
      '"We have listened to every town in the region and heard the same complaint everywhere.',
      '"The new lines will open in the spring, and fares will be frozen for two years," said Transport Minister Pavel Novak.',
    ],
    expected: [['We have listened', 'Pavel Novak', 'after']],
  },
  {
    form: 'NAME told X: “… ¶ “… ¶ “…” (a quote over three paragraphs, credited at its start)',
    lines: [
      VOTE,
      'Transport Minister Pavel Novak told the assembly: "We have listened to every town in the region.',
      '"We heard the same thing everywhere: the buses are too slow and too few.',
      '"That is why the new lines will open in the spring."',
      'Opposition leader Mia Strand said the plan was too late.',
    ],
    expected: [['We have listened', 'Pavel Novak', 'before']],
  },
  {
    form: '“…” ¶ That was the promise from ROLE NAME when … (the speaker only in the next paragraph)',
    lines: [
      VOTE,
      '"Every child in this valley deserves a school they can walk to."',
      'That was the promise from Education Minister Grace Obi when she opened the new school in Harlow on Friday.',
    ],
    expected: [['Every child in', 'Grace Obi', 'credit']],
  },
  {
    form: '“…,” ROLE NAME said (a local government officer)',
    lines: [COUNCIL, '"We have balanced the budget without cutting a single service," City Manager Jane Doyle said.'],
    expected: [['We have balanced', 'Jane Doyle', 'after']],
  },
  {
    form: 'PLACE County Judge NAME said: “…”',
    lines: [COUNCIL, 'Smith County Judge Nathan Moreland said: "The county is ready for the storm season."'],
    expected: [['The county is', 'Nathan Moreland', 'before']],
  },
  {
    form: '“…,” said Supervisor NAME',
    lines: [COUNCIL, '"This is a good day for the county," said Supervisor Henry Walsh.'],
    expected: [['This is a', 'Henry Walsh', 'after']],
  },
  {
    form: 'Lead author NAME told the Daily Caller News Foundation: “…”',
    lines: [
      'Scientists have found that the glacier is melting faster than any model had predicted.',
      'Lead author Marta Kowal told the Daily Caller News Foundation: "We were surprised by how fast the ice is moving."',
    ],
    expected: [['We were surprised', 'Marta Kowal', 'before']],
  },
  {
    form: '“…,” said the CM (an abbreviated role for the chief minister named before)',
    lines: [
      RELIEF,
      'Chief Minister Anjali Rao visited the worst-hit villages in the north of the state on Wednesday morning.',
      '"No farmer in this state will be left without help this season," said the CM.',
    ],
    expected: [['No farmer in', 'Anjali Rao', 'after']],
  },
];

const NAMES: Form[] = [
  {
    form: 'honorifics Dr, Shri, Ms and Mr',
    lines: [
      VOTE,
      '"The vaccine is safe for children over five," Dr Ayesha Qureshi said.',
      'Shri Anil Verma said: "The new highway will bring jobs to every district along its route."',
      'Janet Hollis and Robert Finch both spoke at the meeting.',
      '"The parking charges must go," Ms Hollis said. "They are driving shoppers away," Mr Finch said.',
    ],
    expected: [
      ['The vaccine is', 'Ayesha Qureshi', 'after'],
      ['The new highway', 'Anil Verma', 'before'],
      ['The parking charges', 'Janet Hollis', 'after'],
      ['They are driving', 'Robert Finch', 'after'],
    ],
  },
  {
    form: 'honorifics Sen., Rep. and Gov.',
    lines: [
      VOTE,
      '"This bill protects every worker in the state," Sen. Marcus Webb said.',
      '"We will not support it in its current form," Rep. Alana Cruz said.',
      '"I will sign it on Monday," Gov. Dale Harmon said.',
    ],
    expected: [
      ['This bill protects', 'Marcus Webb', 'after'],
      ['We will not', 'Alana Cruz', 'after'],
      ['I will sign', 'Dale Harmon', 'after'],
    ],
  },
  {
    form: 'honorifics Premier and Chief Minister (with an initial)',
    lines: [
      VOTE,
      'Premier Doug Fielding said: "Ontario will not pay for a road it did not ask for."',
      '"Relief camps have been opened in every district," Chief Minister K. Ramesh Nair said on Sunday.',
    ],
    expected: [
      ['Ontario will not', 'Doug Fielding', 'before'],
      ['Relief camps have', 'K Ramesh Nair', 'after'],
    ],
  },
  {
    form: 'names with the particles van der and de la',
    lines: [
      VOTE,
      '"The port must be modernised before the end of the decade," said Ursula van der Berg, the harbour director.',
      '"We will sign the contract next month," Carlos de la Vega said.',
    ],
    expected: [
      ['The port must', 'Ursula van der Berg', 'after'],
      ['We will sign', 'Carlos de la Vega', 'after'],
    ],
  },
  {
    form: 'hyphenated names',
    lines: [
      VOTE,
      '"The river is cleaner now than it has been for fifty years," Jean-Paul Mercier said.',
      '"Every farmer in the region has felt the drought," said Nkechi Okonkwo-Bello, a soil scientist.',
    ],
    expected: [
      ['The river is', 'Jean-Paul Mercier', 'after'],
      ['Every farmer in', 'Nkechi Okonkwo-Bello', 'after'],
    ],
  },
  {
    form: 'an Indian name, then the surname alone',
    lines: [
      VOTE,
      '"We will complete the metro line by December," Venkatesh Subramanian said at the site.',
      'Later, Subramanian added: "The second line will follow within three years."',
    ],
    expected: [
      ['We will complete', 'Venkatesh Subramanian', 'after'],
      ['The second line', 'Venkatesh Subramanian', 'before'],
    ],
  },
  {
    form: 'a Chinese name, family name first, then the family name alone',
    lines: [
      VOTE,
      '"Trade between our countries has doubled in five years," Wang Xiaoming said.',
      'Wang added that both sides wanted "a stable and predictable relationship for the decade ahead."',
    ],
    expected: [
      ['Trade between our', 'Wang Xiaoming', 'after'],
      ['a stable and', 'Wang Xiaoming', 'before'],
    ],
  },
  {
    form: 'an Arabic name with a capitalised Al-, then the surname alone',
    lines: [
      VOTE,
      '"The ceasefire must hold for the aid to get through," Abdullah Al-Khatib said.',
      'Al-Khatib said the convoys were "waiting at the crossing with food for thousands of families."',
    ],
    expected: [
      ['The ceasefire must', 'Abdullah Al-Khatib', 'after'],
      ['waiting at the', 'Abdullah Al-Khatib', 'before'],
    ],
  },
];

describe('wire, roundup and local government forms', () => {
  for (const { form, lines, expected } of [
    ...SPEECH_FRAMES,
    ...STATEMENTS_AND_POSTS,
    ...ROUNDUPS_AND_LAYOUT,
    ...NAMES,
  ]) {
    it(`credits the right speaker for ${form}`, () => {
      expect(attributed(lines)).toEqual(expected);
    });
  }
});
