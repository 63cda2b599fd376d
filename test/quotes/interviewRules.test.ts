// The interview rule on its own: answers set out after "Q:" lines, applied to one quote of an invented interview.
import { describe, expect, it } from 'vitest';
import { interviewAnswer } from '../../src/quotes/interviewRules.ts';
import { ANSWER_MARKS, QUESTION_MARKS } from '../../src/quotes/lexicon.ts';
import { story } from './fixtures.ts';
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

  it('does not answer when two people are named before the first question', () => {
    const intro = 'We spoke to the novelist Clara Voss and her publisher, Tomas Brandt, about the new book this week.';
    const r = read(story('interview-two', [intro, `Q: ${QUESTION}`, `A: ${ANSWER}`, CLOSE]));
    expect(r.run(interviewAnswer, 0)).toBeNull();
  });

  it('does not answer for an answer mark with no question before it', () => {
    const r = read(story('interview-noq', [INTRO, `A: ${ANSWER}`, CLOSE]));
    expect(r.run(interviewAnswer, 0)).toBeNull();
  });
});
