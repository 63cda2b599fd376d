// A passive speech verb with "by": the agent speaks of the subject ("was described by X as “…”").
import { describe, expect, it } from 'vitest';
import { AGENT_SPEAKING_VERBS, PUT_TO_VERBS } from '../../src/quotes/cues.ts';
import { attributed } from './fixtures.ts';

const LEAD = 'The old harbour master, Tom Reyes, died on Sunday at the age of 91, his family said.';

describe('the agent of a passive speech verb', () => {
  for (const verb of [...AGENT_SPEAKING_VERBS].sort()) {
    it(`gives “He was ${verb} by ROLE NAME as “…”” to the name after “by”`, () => {
      expect(
        attributed([LEAD, `He was ${verb} by former port chairman Doug Lane as “a true gentleman of the sea”.`]),
      ).toEqual([['a true gentleman', 'Doug Lane', `${verb} by former port chairman Doug Lane`]]);
    });
  }

  it('gives a “he said” after it to the agent, not to the man described', () => {
    expect(
      attributed([
        LEAD,
        'He was described by former port chairman Doug Lane as “a true gentleman of the sea”.',
        '“I knew Tom for fifty years and never heard him raise his voice,” he said.',
      ]),
    ).toEqual([
      ['a true gentleman', 'Doug Lane', 'described by former port chairman Doug Lane'],
      ['I knew Tom', 'Doug Lane', 'he said'],
    ]);
  });

  it('gives “He was quoted by NAME as …” to the man quoted, not to the name after “by”, who passes the words on', () => {
    expect(
      attributed([LEAD, 'He was quoted by local reporter Doug Lane as calling the sea “the only boss I ever had”.']),
    ).toEqual([['the only boss', 'Tom Reyes', 'He was quoted']]);
  });
});

describe('the agent named before a passive verb of putting words to somebody', () => {
  for (const verb of [...PUT_TO_VERBS].sort()) {
    it(`gives “Questioned by NAME, the witness was ${verb} if … “…”” to NAME, not the witness`, () => {
      const [, second] = attributed([
        'Counsel for the label, Anthony Wrenfield KC, said: “The contract could not have been clearer.”',
        `Questioned by Wrenfield, the witness Marcus Yarrow was ${verb} if he had “sought the cameras whenever it helped him”.`,
      ]);
      expect(second?.slice(0, 2)).toEqual(['sought the cameras', 'Anthony Wrenfield']);
    });
  }
});

describe('a passive verb of putting words to somebody right after the quotation', () => {
  for (const verb of [...PUT_TO_VERBS].sort())
    it(`gives “…,” she was ${verb} / she’d been ${verb} with no agent the reader knows to nobody`, () => {
      expect(
        attributed([
          'Ann Hale was rescued by boat from her flooded house on Tuesday night after eleven hours.',
          `“Stay upstairs and wait for us,” she was ${verb} by firefighters. “Stay calm,” she’d been ${verb} by the crew.`,
        ]).map((q) => q[1]),
      ).toEqual([null, null]);
    });

  it('gives ““…?” Hale was asked.” to nobody and the next sentence’s “she said” to her', () => {
    expect(
      attributed([
        'Ann Hale was rescued by boat from her flooded house on Tuesday night after eleven hours.',
        '“Will you go back?” Hale was asked. “Not until the water has gone,” she said.',
      ]).map((q) => q[1]),
    ).toEqual([null, 'Ann Hale']);
  });
});

describe('a passive of putting words to somebody, and a credit after it', () => {
  it('gives ““…,” staff were told …, union organiser NAME said” to nobody: the teller’s account', () => {
    expect(
      attributed([
        'Two hundred staff at the Harwick call centre lost their jobs on Friday without notice, their union said.',
        '“You are all being let go, effective today,” staff were told in a two-minute video call, union organiser Ann Hale said.',
      ]).map((q) => q[1]),
    ).toEqual([null]);
  });

  it('reads no passive of a clause of its own after the quote (“NAME said the checks were “…” and that parents had already been told”)', () => {
    expect(
      attributed([
        'Pupils at three schools took part in a lockdown drill on Tuesday morning, the district said.',
        'District spokesperson Marta Quill said the checks were “a normal part of the school term” and that parents had already been told.',
      ]).map((q) => q[1]),
    ).toEqual(['Marta Quill']);
  });

  it('reads no passive after “and” opening a clause of its own (“… “…” and parents were told in advance”)', () => {
    expect(
      attributed([
        'Pupils at three schools took part in a lockdown drill on Tuesday morning, the district said.',
        'District spokesperson Marta Quill said the checks were “a normal part of the school term” and parents were told in advance.',
      ]).map((q) => q[1]),
    ).toEqual(['Marta Quill']);
  });
});

describe('the agent of a passive of putting words to somebody right after the quotation', () => {
  for (const verb of [...PUT_TO_VERBS].sort())
    it(`gives ““…,” she was ${verb} by ROLE NAME” to the name after “by”`, () => {
      expect(
        attributed([
          'Ann Hale was rescued by boat from her flooded house on Tuesday night after eleven hours.',
          `“Stay upstairs and wait for us,” she was ${verb} by fire chief Tom Brack.`,
        ]),
      ).toEqual([['Stay upstairs and', 'Tom Brack', `she was ${verb} by fire chief Tom Brack`]]);
    });
});
