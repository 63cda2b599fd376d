// Who asks a transcript's "Q:" questions, on its own: a name brought in by a phrase of asking, in invented sentences.
import { describe, expect, it } from 'vitest';
import {
  ASKING_ROLES,
  ASKING_SIDE_WORDS,
  MAX_INTERVIEWER_ROLE_WORDS,
  namesTheAsker,
  TWO_WAY_PHRASES,
} from '../../src/quotes/interviewers.ts';
import { INTERVIEWER_AFTER_NAME, INTERVIEWER_BEFORE_NAME } from '../../src/quotes/lexicon.ts';
import { paragraphTokens, type Token } from '../../src/quotes/tokens.ts';
import { quoteSpeakers, story } from './fixtures.ts';

/** The tokens of one body sentence, and where `name` sits in them. */
function place(sentence: string, name: string): { tokens: Token[]; from: number; to: number } {
  const article = story('asker', [sentence]);
  const paragraph = article.paragraphs.find((p) => p.kind === 'body');
  if (paragraph === undefined) throw new Error('no body paragraph');
  const tokens = paragraphTokens(article, paragraph, []);
  const words = name.split(' ');
  const from = tokens.findIndex((t) => t.text === words[0]);
  return { tokens, from, to: from + words.length };
}

function asks(sentence: string, name: string): boolean {
  const { tokens, from, to } = place(sentence, name);
  return namesTheAsker(tokens, from, to);
}

describe('namesTheAsker', () => {
  for (const phrase of INTERVIEWER_AFTER_NAME.map((words) => words.join(' '))) {
    it(`is true when “${phrase}” follows the name`, () => {
      expect(asks(`Mara Quint ${phrase} the harbour master before the regatta.`, 'Mara Quint')).toBe(true);
    });
  }

  for (const phrase of INTERVIEWER_BEFORE_NAME.map((words) => words.join(' '))) {
    it(`is true when “${phrase}” comes before the name, a role between them`, () => {
      const sentence = `Under ${phrase} the defence counsel, Mara Quint, the witness kept to her account.`;
      expect(asks(sentence, 'Mara Quint')).toBe(true);
    });
  }

  it('is false when the name only spoke', () => {
    expect(asks('Mara Quint spoke after the regatta about the harbour master.', 'Mara Quint')).toBe(false);
  });

  it('is false when the name is the one asked, not the one asking', () => {
    expect(asks('The reporter spoke to Mara Quint before the regatta.', 'Mara Quint')).toBe(false);
  });

  it(`is false when more than ${MAX_INTERVIEWER_ROLE_WORDS} words stand between “questioning by” and the name`, () => {
    const sentence = 'Under questioning by the senior counsel for the harbour board of the city, Mara Quint kept calm.';
    expect(asks(sentence, 'Mara Quint')).toBe(false);
  });
});

describe('the side that asks after a two-way phrase (TWO_WAY_PHRASES)', () => {
  for (const phrase of [...TWO_WAY_PHRASES].sort())
    it(`is false for the name before “${phrase} us”, and true before “${phrase} the harbour master”`, () => {
      expect([
        asks(`Mara Quint ${phrase} us before the regatta on the quay last week.`, 'Mara Quint'),
        asks(`Mara Quint ${phrase} the harbour master before the regatta on the quay.`, 'Mara Quint'),
      ]).toEqual([false, true]);
    });

  it('reads no band of two words as a paper, nor the object of “interviewed” as asking', () => {
    expect([
      asks('Music editor Dan Pike sat down with the Velvet Hammers before their show at the arena.', 'Dan Pike'),
      asks('Music editor Dan Pike interviewed the Courier’s owner before the show at the arena.', 'Dan Pike'),
    ]).toEqual([true, true]);
  });
});

describe('the side that asks after “sat down with”', () => {
  for (const word of [...ASKING_SIDE_WORDS].sort())
    it(`is false for the name before “sat down with ${word}” (ASKING_SIDE_WORDS)`, () => {
      expect(asks(`Mara Quint sat down with ${word} before the regatta.`, 'Mara Quint')).toBe(false);
    });

  it('is false before a paper’s name after “the”, and true before a title after it', () => {
    expect([
      asks('Mara Quint sat down with the Courier before the regatta.', 'Mara Quint'),
      asks('Mara Quint sat down with the Prime Minister before the regatta.', 'Mara Quint'),
    ]).toEqual([false, true]);
  });

  it('gives the answers of “Q: … ¶ A: …” to the name that sat down with the paper, the questions to nobody', () => {
    expect(
      quoteSpeakers([
        'Harbour minister Ines Pardew sat down with the Courier this week to talk about the shop licensing bill.',
        'This conversation has been shortened a little for print.',
        'Q: Why bring the bill now?',
        'A: Because the corner shops asked us to. They have waited ten years for this.',
        'Q: Critics say it taxes corner shops. Are they wrong?',
        'A: No. It is a bill for shopkeepers, and most of them know it.',
      ]),
    ).toEqual([null, 'Ines Pardew', null, 'Ines Pardew']);
  });
});

describe('a role or title after “sat down with the”', () => {
  it('is no paper: the name before it asks (“sat down with the Harbour minister, NAME”, “the Speaker, NAME”)', () => {
    expect([
      asks(
        'Dan Pike sat down with the Harbour minister, Ines Pardew, this week to talk about the licensing bill.',
        'Dan Pike',
      ),
      asks(
        'Dan Pike sat down with the Speaker, Ines Pardew, in her office to talk about the new rules for debates.',
        'Dan Pike',
      ),
      asks(
        'Dan Pike interviewed the Green Party leader, Ines Pardew, on Monday about her plans for the council.',
        'Dan Pike',
      ),
    ]).toEqual([true, true, true]);
  });
});

describe('an asking role after a two-way phrase (ASKING_ROLES)', () => {
  for (const role of [...ASKING_ROLES].sort())
    it(`reads “NAME2 sat down with Courier ${role} NAME” as NAME asking and NAME2 answering`, () => {
      const sentence = `Ines Pardew sat down with Courier ${role} Dan Pike this week to talk about the licensing bill.`;
      expect([asks(sentence, 'Ines Pardew'), asks(sentence, 'Dan Pike')]).toEqual([false, true]);
    });

  it('gives the questions to the reporter and the answers to the one who sat down with him', () => {
    expect(
      quoteSpeakers([
        'Harbour minister Ines Pardew sat down with Courier reporter Dan Pike this week to talk about the shop licensing bill.',
        'This conversation has been shortened a little for print.',
        'Q: Why bring the bill now?',
        'A: Because the corner shops asked us to. They have waited ten years for this.',
        'Q: Critics say it taxes corner shops. Are they wrong?',
        'A: No. It is a bill for shopkeepers, and most of them know it.',
      ]),
    ).toEqual(['Dan Pike', 'Ines Pardew', 'Dan Pike', 'Ines Pardew']);
  });
});
