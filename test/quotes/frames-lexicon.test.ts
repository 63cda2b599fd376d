// Every reporting frame of the lexicon, with an example sentence: the quote goes to the frame's speaker.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { NAMED_GROUP_NOUNS, speechNounFrameEnds } from '../../src/quotes/creditRules.ts';
import {
  CREDIT_FRAMES,
  QUOTE_LEADS,
  INVERTING_SPEECH_VERBS,
  OWNED_WORDS_FRAMES,
  PHRASAL_SPEECH_VERBS,
  QUOTE_CREDIT_FRAMES,
  SPEECH_NOUNS,
  SPEECH_VERBS,
} from '../../src/quotes/lexicon.ts';
import { OWNED_QUOTE_LINKS } from '../../src/quotes/clauses.ts';
import { spacedTokens, story } from './fixtures.ts';

const LEAD = 'The council met in the old town hall on Tuesday evening to vote on the new budget for the coming year.';
const WORDS = 'We will publish every figure before the vote and let residents judge for themselves';

function speakerOf(line: string): string | null {
  const book = buildQuoteBook([
    story('frame', [
      LEAD,
      'Councillor Ana Berg chairs the finance committee and has led the budget talks since March.',
      line,
    ]),
  ]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  const quote = book.quotes.find((q) => q.text.startsWith('We will publish'));
  return quote?.speaker === null || quote === undefined ? null : (names.get(quote.speaker) ?? null);
}

/** An example sentence for a speech verb form: a participle closes a clause, other forms introduce the quote. */
function example(verb: string): string {
  if (/ing$/u.test(verb)) return `Berg spoke after the meeting, ${verb} “${WORDS}.”`;
  return `Berg ${verb}: “${WORDS}.”`;
}

describe('reporting frames lexicon', () => {
  it('holds at least 150 frames', () => {
    expect(
      SPEECH_VERBS.size +
        PHRASAL_SPEECH_VERBS.size +
        CREDIT_FRAMES.length +
        QUOTE_CREDIT_FRAMES.length +
        QUOTE_LEADS.length +
        MULTI_WORD_FRAMES.length,
    ).toBeGreaterThanOrEqual(150);
  });

  for (const frame of CREDIT_FRAMES) {
    const words = frame.join(' ');
    // (A frame saying how somebody put it credits the name before a verb of putting words: "… described it".)
    const tail = frame.at(-1) === 'how' ? 'described it on Tuesday.' : 'on Tuesday.';
    const line = `“${WORDS}.” ${words.charAt(0).toUpperCase()}${words.slice(1)} Councillor Ana Berg ${tail}`;
    it(`gives the credit "${words} NAME" to Ana Berg`, () => {
      expect(speakerOf(line)).toBe('Ana Berg');
    });
  }

  it('gives a quote paragraph to the name “That was ROLE NAME, who …” opens the next paragraph with, not to a thing', () => {
    const book = buildQuoteBook([
      story('that-was', [
        LEAD,
        `“${WORDS}.”`,
        'That was Harbour FC coach Ana Berg, who admitted the vote had been close.',
      ]),
      story('that-was-thing', [
        LEAD,
        '“We will not give up the last ferry without a fight.”',
        'That was the year the old terminal closed for good, and nobody came to the meeting.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Ana Berg', null]);
  });

  for (const frame of OWNED_WORDS_FRAMES) {
    const words = frame.join(' ');
    const opening = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
    it(`gives "“…” ${opening} the warning from the far end of the hall from NAME" to the name, whatever the words between`, () => {
      expect(
        speakerOf(`“${WORDS}.” ${opening} the warning from the far end of the hall from Councillor Ana Berg.`),
      ).toBe('Ana Berg');
    });
  }

  for (const noun of [...SPEECH_NOUNS].sort())
    it(`gives "“…” That was the ${noun} at the meeting of the board from NAME" to the name`, () => {
      expect(speakerOf(`“${WORDS}.” That was the ${noun} at the meeting of the board from Councillor Ana Berg.`)).toBe(
        'Ana Berg',
      );
    });

  it('reads no credit past a mark or a capital between the noun and “from”: “That was the warning, in Harbour Street, from NAME”', () => {
    expect(speechNounFrameEnds(spacedTokens('That was the warning , in Harbour Street , from Ana Berg .'))).toEqual([]);
    expect(speechNounFrameEnds(spacedTokens('That was the warning of the council from Ana Berg .'))).toEqual([5, 8]);
  });

  it('reads past a day’s or a month’s name between the noun and “from”: “That was the reply on Monday from NAME”', () => {
    expect([
      speakerOf(`“${WORDS}.” That was the reply on Monday from Ana Berg, head of the board, in a statement.`),
      speakerOf(`“${WORDS}.” That was the reply in March from Ana Berg, head of the board, in a statement.`),
      speechNounFrameEnds(spacedTokens('That was the reply on Monday from Ana Berg .')),
    ]).toEqual(['Ana Berg', 'Ana Berg', [7]]);
  });

  it('reads no credit past a person in between: “That was the message from the widow of NAME, who …”', () => {
    expect([
      speechNounFrameEnds(spacedTokens('That was the message from the widow of Tom Hale .')),
      speakerOf(`“${WORDS}.” That was the message from the widow of Tom Hale, who led the ceremony.`),
    ]).toEqual([[5], null]);
  });

  for (const frame of OWNED_WORDS_FRAMES) {
    const words = frame.join(' ');
    const opening = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
    it(`gives "“…” ${opening} NAME’s last words" to the name, a person never named otherwise`, () => {
      const book = buildQuoteBook([
        story('owned-words', [LEAD, `“${WORDS}.” ${opening} Tomas Ilves’s last words to reporters outside the hall.`]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Tomas Ilves']);
    });
  }

  for (const link of [...OWNED_QUOTE_LINKS].sort()) {
    it(`gives "“…,” ${link} Mr NAME’s response" to the name known before, not to the one quoted earlier`, () => {
      const book = buildQuoteBook([
        story('owned-quote', [
          LEAD,
          'Shadow minister Tomas Ilves said: “The money for the plans is there.”',
          'Former chancellor Ruth Marr warned the plans would “wreck the public finances”.',
          `“Utter nonsense from start to finish,” ${link} Mr Ilves’s response on Tuesday.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual([
        'Tomas Ilves',
        'Ruth Marr',
        'Tomas Ilves',
      ]);
    });
  }

  it('gives "“…,” was her only comment" and "That was her verdict." to the one the possessive pronoun stands for', () => {
    const credited = (credit: string): (string | null)[] => {
      const book = buildQuoteBook([
        story('owned-by-pronoun', [
          LEAD,
          'Ruth Marr, 58, has run the bakery by the station since 1990 and keeps a tally of parking fines in the window.',
          'The council says the new sign will go up next month, and the wardens will stop calling at the station.',
          credit,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      return book.quotes.map((q) => names.get(q.speaker ?? '') ?? null);
    };
    expect([
      credited('“Forty parking fines is a lot of cake,” was her only comment.'),
      credited('“Forty parking fines is a lot of cake.” That was her verdict on the matter.'),
      credited('“Forty parking fines is a lot of cake,” was my only comment.'),
      credited('“Forty parking fines is a lot of cake,” was her father’s only comment.'),
    ]).toEqual([['Ruth Marr'], ['Ruth Marr'], [null], [null]]);
  });

  // (A noun that is also a form of a speech verb, "warning", is read as the verb there: "was her warning" gives the
  // quote to nobody. Left as it is.)
  for (const noun of [...SPEECH_NOUNS].filter((n) => !SPEECH_VERBS.has(n)).sort())
    it(`credits "“…,” was her ${noun} in the morning" to the woman named before it`, () => {
      const book = buildQuoteBook([
        story(`owned-${noun}`, [
          LEAD,
          `Ruth Marr, 58, has run the bakery by the station since 1990. “${WORDS},” was her ${noun} in the morning.`,
        ]),
      ]);
      const names = new Map(book.people.map((p) => [p.id, p.name]));
      expect(book.quotes.map((q) => [names.get(q.speaker ?? '') ?? null, q.method])).toEqual([['Ruth Marr', 'credit']]);
    });

  it('gives no credit when the owned noun is no word for something said (“Those were NAME’s parting gifts”)', () => {
    const book = buildQuoteBook([
      story('owned-gifts', [LEAD, `“${WORDS}.” Those were Tomas Ilves’s parting gifts to the staff of the hall.`]),
    ]);
    expect(book.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  for (const frame of QUOTE_CREDIT_FRAMES) {
    const line = `“${WORDS},” ${frame.join(' ')} Councillor Ana Berg.`;
    it(`gives "“…,” ${frame.join(' ')} NAME" to Ana Berg`, () => {
      expect(speakerOf(line)).toBe('Ana Berg');
    });
  }

  for (const lead of QUOTE_LEADS) {
    const words = lead.join(' ');
    const clause = words.endsWith('what') ? 'Councillor Berg told the meeting' : 'Berg put it after the meeting';
    const inSentence = `“${WORDS}” ${words} ${clause}.`;
    const nextSentence = `“${WORDS}.” ${words.charAt(0).toUpperCase()}${words.slice(1)} ${clause}.`;
    const line =
      words === 'so'
        ? `“${WORDS}.” So says Berg, who has led the talks since March.`
        : words.startsWith('that')
          ? nextSentence
          : inSentence;
    it(`gives "${line.slice(0, 18)}… ${words} Berg …" to Ana Berg`, () => {
      expect(speakerOf(line)).toBe('Ana Berg');
    });
  }

  for (const verb of [...SPEECH_VERBS].sort()) {
    const line = example(verb);
    it(`gives "${line.slice(0, 60)}…" to Ana Berg`, () => {
      expect(speakerOf(line)).toBe('Ana Berg');
    });
  }

  for (const verb of [...INVERTING_SPEECH_VERBS].sort()) {
    const line = `“${WORDS},” ${verb} Berg.`;
    it(`gives "…," ${verb} Berg to Ana Berg`, () => {
      expect(speakerOf(line)).toBe('Ana Berg');
    });
  }

  for (const [verb, particle] of [...PHRASAL_SPEECH_VERBS].sort()) {
    const line = `Berg ${verb} ${particle}: “${WORDS}.”`;
    it(`gives "Berg ${verb} ${particle}: …" to Ana Berg`, () => {
      expect(speakerOf(line)).toBe('Ana Berg');
    });
  }

  for (const { frame, line } of MULTI_WORD_FRAMES) {
    it(`gives the frame "${frame}" to Ana Berg`, () => {
      expect(speakerOf(line)).toBe('Ana Berg');
    });
  }
});

const MULTI_WORD_FRAMES: { frame: string; line: string }[] = [
  { frame: 'according to', line: `“${WORDS},” according to Berg.` },
  { frame: 'said in a statement', line: `“${WORDS},” Berg said in a statement.` },
  { frame: 'in a statement, NAME said', line: `In a statement, Berg said: “${WORDS}.”` },
  { frame: 'told reporters', line: `“${WORDS},” Berg told reporters.` },
  { frame: 'wrote on social media', line: `Berg wrote on social media: “${WORDS}.”` },
  { frame: 'posted on X', line: `Berg posted on X: “${WORDS}.”` },
  { frame: 'the message from', line: `“${WORDS}.” That was the message from Councillor Ana Berg on Tuesday.` },
  { frame: 'said the councillor', line: `“${WORDS},” said the councillor.` },
  { frame: 'she said', line: `Berg spoke to reporters on Tuesday. “${WORDS},” she said.` },
  { frame: 'NAME added', line: `“${WORDS},” Berg added later.` },
];

describe('words that are no reporting frame', () => {
  // The controls show that the examples above pass by their frame, not by the quote's layout alone.
  for (const line of [
    `Berg stood near the door, holding “${WORDS}.”`,
    `“${WORDS},” read the banner above Berg.`,
    `The report that Berg kept was titled “${WORDS}.”`,
    `“${WORDS},” was the slogan painted above Berg.`,
    `“${WORDS}.” That is how the banner above Berg read.`,
    `“${WORDS}.” That is what the banner above Berg read.`,
  ]) {
    it(`gives "${line.slice(0, 50)}…" to nobody`, () => {
      expect(speakerOf(line)).toBe(null);
    });
  }
});

describe('a credit frame opening the paragraph under a quotation of two paragraphs', () => {
  it('gives the quotation running over both paragraphs to the name after “Those words come from”', () => {
    const book = buildQuoteBook([
      story('words-come-from', [
        LEAD,
        '“We have argued about this budget for three years and nobody has moved an inch.',
        '“The truth is that somebody will have to give way, and nobody here wants to be first.”',
        'Those words come from Councillor Ana Berg, who has chaired the finance committee since 2019.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => [names.get(q.speaker ?? '') ?? null, q.method])).toEqual([['Ana Berg', 'credit']]);
  });
});

describe('a surname naming a group after a credit frame (NAMED_GROUP_NOUNS)', () => {
  for (const noun of [...NAMED_GROUP_NOUNS].sort())
    it(`credits “That was the response from the Berg ${noun}” to nobody, not to the Ana Berg named before`, () => {
      const book = buildQuoteBook([
        story(`group-${noun}`, [
          'Rescuers pulled Ana Berg, 71, from the rubble of her farmhouse on Saturday night after the storm.',
          `“${WORDS}.”`,
          `That was the response from the Berg ${noun}, who thanked the rescuers.`,
        ]),
      ]);
      expect(book.quotes.map((q) => [q.speaker, q.method])).toEqual([[null, 'credit']]);
    });
});
