// The interview rule on its own: answers set out after "Q:" lines, applied to one quote of an invented interview.
import { describe, expect, it } from 'vitest';
import { interviewAnswer } from '../../src/quotes/interviewRules.ts';
import { ANSWER_MARKS, QUESTION_MARKS } from '../../src/quotes/lexicon.ts';
import { story } from './fixtures.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { read } from './ruleHarness.ts';

const INTRO = 'We spoke to the novelist Clara Voss about her new book and her years abroad in the south.';
const QUESTION = 'What made you return to the town where you grew up after so many years away from it?';
const ANSWER = '“I missed the sea and the people, and I wanted my children to know both of them.”';
const CLOSE = 'Her new novel is published by a small press in the harbour town next month, in two languages.';

describe('interviewAnswer', () => {
  for (const question of [...QUESTION_MARKS].sort()) {
    for (const answer of [...ANSWER_MARKS].sort()) {
      const q = question === 'q' ? 'Q' : 'Question';
      const a = answer === 'a' ? 'A' : 'Answer';
      it(`gives “${a}: “…”” after “${q}: …” to the one person named before the first question`, () => {
        const r = read(story(`interview-${q}-${a}`, [INTRO, `${q}: ${QUESTION}`, `${a}: ${ANSWER}`, CLOSE]));
        expect(r.run(interviewAnswer, 0)).toEqual(['Clara Voss', 'Clara Voss (interview answer)', 'interview']);
      });
    }
  }

  it('gives the answer to the one person the heading above the questions names when the prose under it names nobody', () => {
    const r = read(
      story('interview-heading', [
        'We spoke to the novelist Clara Voss and her publisher, Tomas Brennick, about the new book this week.',
        'Ten minutes with Clara Voss',
        'The author answered our questions by email from her flat above the ferry office.',
        `Q: ${QUESTION}`,
        `A: ${ANSWER}`,
        CLOSE,
      ]),
    );
    expect(r.run(interviewAnswer, 0)).toEqual(['Clara Voss', 'Clara Voss (interview answer)', 'interview']);
  });

  for (const [form, heading, prose] of [
    [
      'a headline whose subject the name is',
      'Clara Voss wins the harbour book prize',
      'The author answered our questions by email from her flat above the ferry office.',
    ],
    [
      'a name after “by”',
      'Ten questions, by our reporter Clara Voss',
      'The author answered our questions by email from her flat above the ferry office.',
    ],
    [
      'prose bringing somebody in unnamed',
      'Ten minutes with Clara Voss',
      'A deckhand who asked us not to print his name answered our questions on the quay.',
    ],
  ] as const)
    it(`does not answer by the heading when it is ${form}`, () => {
      const r = read(
        story('interview-heading-not', [
          'We spoke to the novelist Clara Voss and her publisher, Tomas Brennick, about the new book this week.',
          heading,
          prose,
          `Q: ${QUESTION}`,
          `A: ${ANSWER}`,
          CLOSE,
        ]),
      );
      expect(r.run(interviewAnswer, 0)).toBeNull();
    });

  it('does not answer by the heading when the prose under it names somebody', () => {
    const r = read(
      story('interview-heading-named', [
        'We spoke to the novelist Clara Voss and her publisher, Tomas Brennick, about the new book this week.',
        'Ten minutes with Clara Voss',
        'Brennick sent the questions on to the author, who answered them by email from the ferry office.',
        `Q: ${QUESTION}`,
        `A: ${ANSWER}`,
        CLOSE,
      ]),
    );
    expect(r.run(interviewAnswer, 0)).toBeNull();
  });

  it('does not answer when two people are named before the first question', () => {
    const intro =
      'We spoke to the novelist Clara Voss and her publisher, Tomas Brennick, about the new book this week.';
    const r = read(story('interview-two', [intro, `Q: ${QUESTION}`, `A: ${ANSWER}`, CLOSE]));
    expect(r.run(interviewAnswer, 0)).toBeNull();
  });

  it('gives the answer to the one person the paragraph leading into the questions names when several were named before', () => {
    const r = read(
      story('interview-lead', [
        'We spoke to the novelist Clara Voss and her publisher, Tomas Brennick, about the new book this week.',
        'Voss stayed on at the harbour café after the launch, and I put my questions to her there:',
        `Q: ${QUESTION}`,
        `A: ${ANSWER}`,
        CLOSE,
      ]),
    );
    expect(r.run(interviewAnswer, 0)).toEqual(['Clara Voss', 'Voss (interview answer)', 'interview']);
  });

  it('does not answer when the paragraph leading into the questions names somebody who was not asked', () => {
    const r = read(
      story('interview-lead-not-asked', [
        'We spoke to the novelist Clara Voss and her publisher, Tomas Brennick, about the new book this week.',
        'Brennick declined to be interviewed. The author answered our questions by email:',
        `Q: ${QUESTION}`,
        `A: ${ANSWER}`,
        CLOSE,
      ]),
    );
    expect(r.run(interviewAnswer, 0)).toBeNull();
  });

  it('does not answer when the paragraph leading into the questions names two people too', () => {
    const r = read(
      story('interview-lead-two', [
        'We spoke to the novelist Clara Voss and her publisher, Tomas Brennick, about the new book this week.',
        'Voss and Brennick sat with me at the harbour café, and I put my questions to them there:',
        `Q: ${QUESTION}`,
        `A: ${ANSWER}`,
        CLOSE,
      ]),
    );
    expect(r.run(interviewAnswer, 0)).toBeNull();
  });

  it('does not answer for an answer mark with no question before it', () => {
    const r = read(story('interview-noq', [INTRO, `A: ${ANSWER}`, CLOSE]));
    expect(r.run(interviewAnswer, 0)).toBeNull();
  });
});

describe('an emailed interview’s answers under a lead naming the person and their firm', () => {
  it('go to the person “NAME of FIRM Research, who …” names, not to the firm', () => {
    const book = buildQuoteBook([
      story('emailed-interview', [
        'Shares in the chipmaker fell eight per cent after the results were published on Tuesday evening.',
        'Tomasz Kirkeby of Northvale Research, who has rated the stock neutral since spring, was calmer. I wrote to him to ask for his view:',
        'Q: Is relying on two customers a real risk?',
        'A: “The danger is there, though not in the coming months. Their orders are signed.”',
        'Q: What would change your mind?',
        'A: “A third big customer. If I see that, I am a buyer.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p]));
    expect([
      book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)?.name)),
      book.people.map((p) => [p.name, p.kind]),
    ]).toEqual([['Tomasz Kirkeby', 'Tomasz Kirkeby'], [['Tomasz Kirkeby', 'person']]]);
  });
});
