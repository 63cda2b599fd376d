import { describe, expect, it } from 'vitest';
import {
  answerTypeOf,
  COUNT_BACK_GAP,
  COUNT_FILLERS,
  COUNT_GAP,
  COUNT_LEAD_MARKS,
  COUNT_LEADS,
  countedOf,
  ONE_OF_SEVERAL,
  PARTLY_WANTED,
} from '../../src/answers/answerType.ts';
import { classifyQuestion, PLACE_PREPOSITIONS } from '../../src/answers/questionClasses.ts';

/** Offsets of the given words in the sentence, as the ranker passes the matched question words. */
function at(sentence: string, ...words: string[]): number[] {
  return words.map((w) => sentence.indexOf(w));
}

describe('countedOf', () => {
  const howMany = classifyQuestion('How many guns were found at the depot?');

  it('gives 1 when a number is followed by the word the question counts', () => {
    const sentence = 'Officers seized at least three guns inside the depot.';
    expect(countedOf(howMany, [{ type: 'number', text: 'three' }], sentence, at(sentence, 'guns', 'depot'))).toBe(1);
  });

  it(`gives 1 when up to ${COUNT_GAP} words stand between the number and the counted word`, () => {
    const sentence = 'Officers found 14 different hidden guns.';
    expect(countedOf(howMany, [{ type: 'number', text: '14' }], sentence, at(sentence, 'guns'))).toBe(1);
  });

  it('gives 0 when the number counts something the question does not name', () => {
    const sentence = 'Officers searched 12 rooms before the guns were found.';
    expect(countedOf(howMany, [{ type: 'number', text: '12' }], sentence, at(sentence, 'guns'))).toBe(0);
  });

  it('gives 0 when a comma, colon, bracket or dash stands between the number and the counted word', () => {
    const question = classifyQuestion('How many trees fell in the storm?');
    for (const sentence of [
      'Gusts reached 140 km/h, toppling trees.',
      'Gusts reached 140 km/h; trees fell.',
      'Gusts reached 140 km/h — trees fell.',
    ])
      expect(countedOf(question, [{ type: 'number', text: '140' }], sentence, at(sentence, 'trees')), sentence).toBe(0);
  });

  it('gives 0 for a number joined by a hyphen to a unit: it measures the noun, it does not count it', () => {
    const question = classifyQuestion('How many soldiers died in the war?');
    const sentence = 'Relations suffered after the five-day border war.';
    expect(countedOf(question, [{ type: 'number', text: 'five' }], sentence, at(sentence, 'war'))).toBe(0);
  });

  it('gives 1 for a duration that holds the counted word', () => {
    const question = classifyQuestion('How many days were left in the quarter?');
    const sentence = 'The company has the remaining 10 days of the quarter.';
    const spans = [{ type: 'duration' as const, text: '10 days' }];
    expect(countedOf(question, spans, sentence, at(sentence, 'days', 'quarter'))).toBe(1);
  });

  for (const lead of COUNT_LEADS)
    it(`gives 1 for a number after "${lead}" that ends the clause of the counted word before it`, () => {
      const sentence = `The number of ministers ${lead} 34.`;
      expect(countedOf(howMany, [{ type: 'number', text: '34' }], sentence, at(sentence, 'ministers'))).toBe(1);
    });

  for (const filler of COUNT_FILLERS)
    it(`gives 1 for a number after a count lead and "${filler}"`, () => {
      const sentence = `Ticket sales rose to ${filler} 96,000.`;
      expect(countedOf(howMany, [{ type: 'number', text: '96,000' }], sentence, at(sentence, 'Ticket'))).toBe(1);
    });

  for (const mark of COUNT_LEAD_MARKS)
    it(`gives 1 for a number set out after "${mark}" in the clause of the counted word before it`, () => {
      const sentence = `Officers found more guns than ever before ${mark} 40, up from 12.`;
      expect(countedOf(howMany, [{ type: 'number', text: '40' }], sentence, at(sentence, 'guns'))).toBe(1);
    });

  it('gives 1 for a number after a dash and a filler, 0 when a word after it says what it counts', () => {
    const filler = 'Officers found more guns than ever \u2014 about 40.';
    expect(countedOf(howMany, [{ type: 'number', text: '40' }], filler, at(filler, 'guns'))).toBe(1);
    const noun = 'Officers found more guns than ever \u2014 40 rifles and pistols.';
    expect(countedOf(howMany, [{ type: 'number', text: '40' }], noun, at(noun, 'guns'))).toBe(0);
  });

  it('gives 0 for a number after a dash when a comma stands between the counted word and the dash', () => {
    const sentence = 'Officers found guns, and searched rooms \u2014 40.';
    expect(countedOf(howMany, [{ type: 'number', text: '40' }], sentence, at(sentence, 'guns'))).toBe(0);
  });

  it('gives 0 for a number after a count lead that a word after it says what it counts', () => {
    const sentence = 'Storm Edda toppled trees and cut power to about 12,000 homes.';
    expect(countedOf(howMany, [{ type: 'number', text: '12,000' }], sentence, at(sentence, 'trees'))).toBe(0);
  });

  it(`gives 0 for a number after a count lead more than ${COUNT_BACK_GAP} words or a comma after the counted word`, () => {
    const far = 'Ministers were sworn in on Friday and the cabinet has now gone up to 34.';
    expect(countedOf(howMany, [{ type: 'number', text: '34' }], far, at(far, 'Ministers'))).toBe(0);
    const comma = 'Ministers were sworn in, taking the cabinet to 34.';
    expect(countedOf(howMany, [{ type: 'number', text: '34' }], comma, at(comma, 'Ministers'))).toBe(0);
  });

  it('gives 0 for a number right after the counted word with no count lead', () => {
    const sentence = 'The ministers 34 of them.';
    expect(countedOf(howMany, [{ type: 'number', text: '34' }], sentence, at(sentence, 'ministers'))).toBe(0);
  });

  it('gives 0 for a number the question says itself, before the counted word', () => {
    const question = classifyQuestion('How many councillors backed the 2031 plan?');
    const sentence = 'Councillors passed the harbour 2031 plan at the spring meeting.';
    const spans = [{ type: 'number' as const, text: '2031' }];
    const matched = at(sentence, 'Councillors', '2031', 'plan');
    expect(countedOf(question, spans, sentence, matched, new Set(['councillor', 'back', '2031', 'plan']))).toBe(0);
    expect(countedOf(question, spans, sentence, matched, new Set(['councillor', 'back', 'plan']))).toBe(1);
  });

  it('gives 1 for a number right after a word saying the counted noun, as the object of its verb', () => {
    const question = classifyQuestion('How many changes did the coach make?');
    const sentence = 'We changed ten different riders for the second stage.';
    const spans = [{ type: 'number' as const, text: 'ten' }];
    expect(countedOf(question, spans, sentence, at(sentence, 'changed'), new Set(), at(sentence, 'changed'))).toBe(1);
    expect(countedOf(question, spans, sentence, at(sentence, 'changed'), new Set(), [])).toBe(0);
  });

  it('gives 0 for a number one word or more after the word saying the counted noun', () => {
    const question = classifyQuestion('How many changes did the coach make?');
    const sentence = 'We changed after about ten minutes.';
    const spans = [{ type: 'number' as const, text: 'ten' }];
    expect(countedOf(question, spans, sentence, at(sentence, 'changed'), new Set(), at(sentence, 'changed'))).toBe(0);
  });

  it('gives 0 for a number inside a sum of money, which counts nothing', () => {
    const question = classifyQuestion('How many tonnes did the bank lend in the half year?');
    const sentence = 'The bank made a profit of KSh4.2 billion in the half year.';
    const number = { type: 'number' as const, text: 'billion' };
    const matched = at(sentence, 'bank', 'half', 'year');
    expect(countedOf(question, [number, { type: 'money', text: 'KSh4.2 billion' }], sentence, matched)).toBe(0);
    expect(countedOf(question, [number], sentence, matched)).toBe(1);
  });

  it('gives null when the question counts nothing', () => {
    const sentence = 'Officers found three guns.';
    const question = classifyQuestion('When were the guns found?');
    expect(countedOf(question, [{ type: 'number', text: 'three' }], sentence, at(sentence, 'guns'))).toBeNull();
  });
});

describe('answerTypeOf for a place', () => {
  const where = classifyQuestion('Where did the minister speak?');
  const typeOf = (sentence: string, name: string): number | null =>
    answerTypeOf(
      where,
      [{ type: 'proper', text: name }],
      sentence,
      new Set(['minist', 'speak']),
      at(sentence, 'spoke'),
    );

  it('counts a name after a place preposition fully, an article between allowed', () => {
    expect(typeOf('The minister spoke in Geneva on Monday.', 'Geneva')).toBe(1);
    expect(typeOf('The minister spoke at the Harwick Arena.', 'Harwick Arena')).toBe(1);
  });

  for (const preposition of PLACE_PREPOSITIONS.filter((p) => p !== 'where')) {
    it(`counts a name right after "${preposition}" fully`, () => {
      expect(typeOf(`The minister spoke ${preposition} Harwick on Monday.`, 'Harwick')).toBe(1);
    });
  }

  it('counts a name followed by ", where" fully', () => {
    expect(typeOf('The minister spoke of Asia, where sales fell.', 'Asia')).toBe(1);
  });

  it('counts a name with no place preposition before it as partly wanted', () => {
    expect(typeOf('Lena Brandt said the minister spoke well.', 'Lena Brandt')).toBe(PARTLY_WANTED);
  });
});

describe('answerTypeOf for several', () => {
  const terms = new Set(['lawyer', 'left', 'case']);
  const reyes = { type: 'person' as const, text: 'Ann Reyes' };

  it('counts a sentence naming one person ONE_OF_SEVERAL where the question asks for several', () => {
    const one = 'Lawyer Ann Reyes left the case on Monday.';
    expect(
      answerTypeOf(classifyQuestion('Which two lawyers left the case?'), [reyes], one, terms, at(one, 'left')),
    ).toBe(ONE_OF_SEVERAL);
    expect(answerTypeOf(classifyQuestion('Which lawyer left the case?'), [reyes], one, terms, at(one, 'left'))).toBe(1);
  });

  it('counts a sentence naming two of them fully', () => {
    const two = 'Lawyers Ann Reyes and Tom Bell left the case on Monday.';
    const spans = [reyes, { type: 'person' as const, text: 'Tom Bell' }];
    expect(answerTypeOf(classifyQuestion('Which two lawyers left the case?'), spans, two, terms, at(two, 'left'))).toBe(
      1,
    );
  });
});

describe('answerTypeOf for a reason', () => {
  const why = classifyQuestion('Why did the ferry crews strike?');

  it.each(why?.cues ?? [])('gives 1 to a sentence holding the cue "%s"', (cue) => {
    const sentence = `The crews walked out ${cue} the new rosters.`;
    expect(answerTypeOf(why, [], sentence, new Set(['crew', 'strike']), at(sentence, 'crews'))).toBe(1);
  });

  it('gives 0 to a sentence holding no cue of a reason', () => {
    const sentence = 'The crews walked out on Monday morning.';
    expect(answerTypeOf(why, [], sentence, new Set(['crew', 'strike']), at(sentence, 'crews'))).toBe(0);
  });

  it('takes "in light of" and "in response to" as cues of a reason', () => {
    expect(why?.cues).toEqual(expect.arrayContaining(['in light of', 'in response to']));
  });
});

describe('answerTypeOf for a count', () => {
  it('takes a duration holding the unit a counting question names as its answer, and no other duration', () => {
    const question = classifyQuestion('How many hours a week do the cleaners work?');
    const sentence = 'Some cleaners work 50 hours a week, he said.';
    const spans = [{ type: 'duration' as const, text: '50 hours' }];
    const terms = new Set(['hour', 'week', 'cleaner', 'work']);
    expect([
      answerTypeOf(question, spans, sentence, terms, at(sentence, 'hours', 'week')),
      answerTypeOf(question, spans, sentence, terms, at(sentence, 'week', 'cleaners')),
    ]).toEqual([1, 0]);
  });
});

describe('answerTypeOf for a time given as a clause', () => {
  const when = classifyQuestion('When will the damage survey be carried out?');
  for (const cue of when?.cues ?? []) {
    it(`gives 1 to a sentence that dates the event by a clause opening "${cue}"`, () => {
      const sentence = `The survey will be carried out ${cue} flood water recedes.`;
      expect(answerTypeOf(when, [], sentence, new Set(['survey', 'carri']), at(sentence, 'survey'))).toBe(1);
    });
  }

  it('gives 1 to "immediately after" and "as soon as" a thing happens', () => {
    const sentences = [
      'The survey will be carried out immediately after the flood water recedes.',
      'The survey will be carried out as soon as the roads reopen.',
    ];
    expect(sentences.map((s) => answerTypeOf(when, [], s, new Set(['survey']), at(s, 'survey')))).toEqual([1, 1]);
  });

  it('gives 0 to a sentence with neither a date nor such a clause', () => {
    const sentence = 'The survey will be carried out with complete transparency.';
    expect(answerTypeOf(when, [], sentence, new Set(['survey', 'carri']), at(sentence, 'survey'))).toBe(0);
  });
});
