import { describe, expect, it } from 'vitest';
import {
  classifyQuestion,
  LEADING_HEDGES,
  NAMED_THING_NOUNS,
  PERSON_NOUNS,
  QUESTION_CLASSES,
  SAY_VERBS,
  withoutLeadingHedge,
} from '../../src/answers/questionClasses.ts';

/** One question per class of the table, each classified as that class: every entry is exercised. */
const EXAMPLES: Record<string, string> = {
  'how-old': 'How old was the suspect taken into custody?',
  when: 'When did the ferry services resume?',
  'how-long': 'How long will the dredging take?',
  'how-fast': 'How fast was the storm moving?',
  'how-far': 'How far from the shore did the ferry sink?',
  'how-heavy': 'How heavy is the new bell?',
  'how-large': 'How large is the harbour fund?',
  percentage: 'What percentage of voters backed the plan?',
  'how-much-of': 'How much of the harbour fund was spent on dredging?',
  sum: 'How much did the programme cost?',
  'how-much': 'How much rain fell overnight?',
  score: 'By what score did the visitors win?',
  'how-many': 'How many pupils will the school hold?',
  role: 'What position does the harbour master hold?',
  'which-rank': 'What category was the hurricane?',
  who: 'Who chairs the harbor committee?',
  'which-named': 'Which team won the cup?',
  'the-name-of': 'What is the name of the new ferry?',
  where: 'Where was the match played?',
  why: 'Why did the crews go on strike?',
  say: 'What did Okonkwo say about the fishing fleet?',
  'which-other': 'Which broadcaster showed the final?',
};

describe('classifyQuestion', () => {
  it('has an example for every class of the table', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(QUESTION_CLASSES.map((c) => c.name).sort());
  });

  for (const [name, question] of Object.entries(EXAMPLES)) {
    it(`classifies "${question}" as ${name}`, () => {
      expect(classifyQuestion(question)?.name).toBe(name);
    });
  }

  for (const preposition of ['since', 'by', 'until', 'till']) {
    it(`takes "${preposition} when" inside a question as a date question`, () => {
      expect(classifyQuestion(`The ferry runs ${preposition} when?`)?.name).toBe('when');
      expect(
        classifyQuestion(`${preposition[0]?.toUpperCase()}${preposition.slice(1)} when will the ferry run?`)?.name,
      ).toBe('when');
    });
  }

  it('takes "how long ago" as a date question, not a duration', () => {
    expect(classifyQuestion('How long ago did the bridge open?')?.name).toBe('when');
  });

  it('takes a length of time asked for by name ("what is the running time") as a duration question', () => {
    for (const question of [
      'What is the running time of the film?',
      'What is the journey time to the coast?',
      'What was the response time of the ambulance?',
    ])
      expect(classifyQuestion(question)?.name, question).toBe('how-long');
    expect(classifyQuestion('What time does the ferry leave?')?.name).toBe('when');
  });

  it('takes "what year" and "which day" as date questions', () => {
    expect(classifyQuestion('In what year was the school built?')?.name).toBe('when');
    expect(classifyQuestion('On which day did the strike end?')?.name).toBe('when');
  });

  it('takes a question about a score or a margin as a score question, not a count', () => {
    for (const question of [
      'What was the score in the cup final?',
      'What was the final score?',
      'By what margin did the bill pass?',
      'What score did the team win by?',
    ])
      expect(classifyQuestion(question)?.name).toBe('score');
    expect(classifyQuestion('How many goals did the striker score?')?.name).toBe('how-many');
  });

  it('wants an age for "how old", not any number or duration', () => {
    expect(classifyQuestion('How old is the mayor?')).toMatchObject({ name: 'how-old', wants: ['age'] });
  });

  it('takes a position or post someone holds as an office, wanting no entity, and a finishing position as a rank', () => {
    for (const question of [
      'What position does the treasurer hold at the bank?',
      'What post has he held since the election?',
      'What role did the coach play in the rescue?',
      'What is her job title?',
    ])
      expect(classifyQuestion(question), question).toMatchObject({ name: 'role', wants: [], cues: [] });
    expect(classifyQuestion('What position did the team finish in?')?.name).toBe('which-rank');
    expect(classifyQuestion('What was the title of the book?')).toBeNull();
  });

  it('wants a speed or a duration for "how fast" and "how quickly"', () => {
    expect(classifyQuestion('How quickly did the council act?')).toMatchObject({
      name: 'how-fast',
      wants: ['number', 'duration'],
    });
  });

  it('takes "which judge" as a question about a person', () => {
    expect(classifyQuestion('Which judge blocked the request?')?.name).toBe('who');
  });

  it('takes plural and counted people ("which two lawyers") as who questions, other named things apart', () => {
    expect(classifyQuestion('Which two lawyers left the case?')?.name).toBe('who');
    expect(classifyQuestion("Which countries' outbreaks worried the agency?")?.name).toBe('which-named');
  });

  it('marks "which" with a count or a plural noun as asking for several, and nothing else', () => {
    for (const q of [
      'Which two lawyers left?',
      "Which countries' outbreaks grew?",
      'Which teams won?',
      'Which men spoke?',
    ])
      expect(classifyQuestion(q)?.several, q).toBe(true);
    for (const q of ['Which lawyer left?', 'Which team won?', 'Who won?', 'How many teams won?'])
      expect(classifyQuestion(q)?.several, q).toBeUndefined();
  });

  it('wants a person for "who", and a body\'s name only partly', () => {
    expect(classifyQuestion('Who scored the winning goal?')).toMatchObject({ wants: ['person'], partly: ['proper'] });
  });

  for (const noun of PERSON_NOUNS) {
    it(`takes "which ${noun}" as a question about a person`, () => {
      expect(classifyQuestion(`Which ${noun} signed the letter?`)?.name).toBe('who');
    });
  }

  for (const noun of NAMED_THING_NOUNS) {
    it(`takes "which ${noun}" as a question about a named thing`, () => {
      expect(classifyQuestion(`Which ${noun} won the award?`)?.name).toBe('which-named');
    });
  }

  it('leaves "which of" to the words after it, and "which" with a person, place or listed noun to its own class', () => {
    expect(classifyQuestion('Which of the ferries sank?')).toBeNull();
    expect(classifyQuestion('Which constituency does the MP represent?')?.name).toBe('which-other');
    expect(classifyQuestion('Which town was the suspect caught in?')?.name).toBe('where');
    expect(classifyQuestion('Which lawyer signed the letter?')?.name).toBe('who');
  });

  it('takes "what is the name of" a person as who, and of anything else as a name of any kind', () => {
    expect(classifyQuestion('What is the name of the officer?')?.name).toBe('who');
    expect(classifyQuestion('What is the name of the city police officer who fired?')?.name).toBe('who');
    expect(classifyQuestion("What is the name of the treasurer's sister?")?.name).toBe('who');
    expect(classifyQuestion('What is the name of Ann Lee’s husband?')?.name).toBe('who');
    expect(classifyQuestion('What is the name of the stadium?')?.name).toBe('the-name-of');
  });

  it('takes a sum of money asked for by name, with the owner in capitals or "the" and up to two words of any case', () => {
    for (const question of [
      "What is Ann Lee's annual salary?",
      'What is the US retail price of the phone?',
      'What is the estimated total cost of the bridge?',
      'What was the total cost of the repairs?',
      'What is the estimated cost of the bridge?',
      "What is Smith County's budget for the year?",
      'What price did the club pay?',
    ])
      expect(classifyQuestion(question)?.name, question).toBe('sum');
  });

  it('takes "how much" with a word of money for a sum, wanting a sum only; other "how much" for any quantity', () => {
    for (const question of [
      'How much did the lake houses cost?',
      'How much revenue did the firm report?',
      'How much was the company fined?',
      'How much will passengers be paid in compensation?',
      'How much money did the treasurer steal?',
    ])
      expect(classifyQuestion(question), question).toMatchObject({ name: 'sum', wants: ['money'] });
    for (const question of ['How much rain fell overnight?', 'By how much did shares fall?'])
      expect(classifyQuestion(question), question).toMatchObject({
        name: 'how-much',
        wants: ['money', 'percent', 'number'],
      });
  });

  it('does not take a question that only mentions money, or a bill or value, as how much', () => {
    expect(classifyQuestion("What was the reason the mayor's salary was cut?")?.name).toBe('why');
    expect(classifyQuestion("What was said about the council's budget?")).toBeNull();
    expect(classifyQuestion('What was the bill the senate passed?')).toBeNull();
  });

  for (const hedge of LEADING_HEDGES) {
    it(`classifies a question opening "${hedge} when" as when`, () => {
      const question = `${hedge[0]?.toUpperCase()}${hedge.slice(1)} when did the ferry sink?`;
      expect(withoutLeadingHedge(question)).toBe('when did the ferry sink?');
      expect(classifyQuestion(question)?.name).toBe('when');
    });
  }

  it('looks past several hedging words and a comma, and keeps a hedge before any other word', () => {
    expect(classifyQuestion('And so, where did the ferry sink?')?.name).toBe('where');
    expect(withoutLeadingHedge('"Roughly who came?"')).toBe('"who came?"');
    expect(withoutLeadingHedge('About the ferry: when did it sink?')).toBe('About the ferry: when did it sink?');
    expect(withoutLeadingHedge('Justine, who came?')).toBe('Justine, who came?');
  });

  it('returns null when the wording asks for nothing in particular', () => {
    expect(classifyQuestion('What happened at the harbour?')).toBeNull();
  });

  it('wants the entity types of its answer', () => {
    expect(classifyQuestion('How much did the programme cost?')?.wants).toEqual(['money']);
    expect(classifyQuestion('How long will the dredging take?')?.wants).toEqual(['duration']);
  });

  it('takes a distance, depth or height for a length; a number, a share or a sum only partly', () => {
    for (const question of [
      'How deep will the drill go?',
      'How high did the balloon climb?',
      'At what altitude did the engine fail?',
      'What distance separates the two camps?',
    ]) {
      expect(classifyQuestion(question)?.name).toBe('how-far');
    }
    // "How far did the shares fall?" is answered by "6.3 percent" or "$10.40".
    expect(classifyQuestion('How far did the river rise?')).toMatchObject({
      wants: ['length'],
      partly: ['number', 'percent', 'money'],
    });
  });

  it('takes "how much does X weigh" and "what is its weight" for a mass, not a sum', () => {
    expect(classifyQuestion('How much does the lander weigh?')).toMatchObject({ name: 'how-heavy', wants: ['mass'] });
    expect(classifyQuestion('What is the weight of the statue?')?.name).toBe('how-heavy');
    expect(classifyQuestion('How much did the lander cost?')?.name).toBe('sum');
  });

  it('takes "how large" and "how big" for any size: a sum, a share, a count or a measure', () => {
    expect(classifyQuestion('How big was the loan waiver?')?.wants).toEqual([
      'money',
      'percent',
      'number',
      'length',
      'mass',
    ]);
  });

  for (const verb of SAY_VERBS) {
    it(`takes "what did X ${verb}" as a question about what was said`, () => {
      expect(classifyQuestion(`What did the harbour master ${verb} about the dredging?`)?.name).toBe('say');
    });
  }

  it('does not take a verb whose object is a person or thing as one of speech', () => {
    expect(classifyQuestion('What did the harbour master blame for the delay?')).toBeNull();
    expect(classifyQuestion('What did the mayor praise?')).toBeNull();
  });

  it('names the question words a measure class answers without the sentence saying them', () => {
    expect(classifyQuestion('How old is the mayor?')?.measures).toContain('old');
    expect(classifyQuestion('How deep is the harbour?')?.measures).toContain('deep');
    expect(classifyQuestion('How heavy is the bell?')?.measures).toContain('heavy');
    expect(classifyQuestion('How many boats sank?')?.measures).toBeUndefined();
  });
});
