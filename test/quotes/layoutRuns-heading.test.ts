// Roundup headings naming a speaker and a topic ("NAME on TOPIC", "On TOPIC") over the quotes under them.
import { describe, expect, it } from 'vitest';
import { isTopicLabel, topicHeadingName, topicOnlyHeading } from '../../src/quotes/layoutRuns.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { RESULT_ABBREVIATIONS } from '../../src/quotes/tokens.ts';
import { article, quoteSpeakers, roundupHeading, spacedTokens, story } from './fixtures.ts';

const QUOTE = '“We defended well for ninety minutes and deserved the clean sheet in the end.”';

describe('topicHeadingName', () => {
  it('reads the name before “on” and a topic, in title case or set in capitals, over a quote', () => {
    expect(
      [
        'Orla Brennan on the result',
        'ORLA BRENNAN ON HER WINNER',
        'NUALA OKAFOR-HALE ON THE INJURY',
        'Orla Brennan',
        'On the injury',
      ].map((heading) => topicHeadingName(...roundupHeading(heading, QUOTE))),
    ).toEqual([['Orla', 'Brennan'], ['Orla', 'Brennan'], ['Nuala', 'Okafor-Hale'], null, null]);
  });

  it('reads nothing over a paragraph of the writer’s own words', () => {
    const below = 'Brennan was pleased with the result and praised her side for a brave second half.';
    expect(topicHeadingName(...roundupHeading('Orla Brennan on the result', below))).toBe(null);
  });
});

describe('topicOnlyHeading', () => {
  it('reads “On TOPIC” over a quote, in either case, as the speaker going on', () => {
    expect(
      ['On the injury', 'ON CHI OKAFOR', 'Orla Brennan on the result', 'On'].map((heading) =>
        topicOnlyHeading(...roundupHeading(heading, QUOTE)),
      ),
    ).toEqual([true, true, false, false]);
  });
});

describe('a roundup under topic headings', () => {
  it('gives each quote to the person its heading names, and an “On …” heading’s quote to the one before', () => {
    const book = buildQuoteBook([
      story('topic-roundup', [
        'Head coach Orla Brennan praised her side after Harbour came from behind to win 2-1, with a late goal from substitute Ama Osei.',
        'ORLA BRENNAN ON THE RESULT',
        '“I am proud of the way we came back. Conceding first against them is never easy.”',
        'ON AMA OSEI',
        '“Ama waited a long time for her chance and took it with both feet tonight.”',
        'AMA OSEI ON HER WINNER',
        '“I saw the gap at the near post and hit it as hard as I possibly could.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
      'Orla Brennan',
      'Orla Brennan',
      'Ama Osei',
    ]);
  });
});

describe('isTopicLabel', () => {
  it('is true for a sentence opened by a label’s word and closed by a colon, and false with a speech verb or no colon', () => {
    expect(
      [
        'On her coach , the one-time doubles player Tomas Berg , her cousin :',
        'About the heat :',
        'On her coach , Tomas Berg said :',
        'On her coach , the former player Tomas Berg .',
      ].map((text) => isTopicLabel(spacedTokens(text))),
    ).toEqual([true, true, false, false]);
  });

  it('passes over a topic label of its own to the section’s speaker, however many names it holds', () => {
    expect(
      quoteSpeakers([
        'The players spoke to the media after the second-round matches at the harbour courts on Wednesday.',
        'ANIKA VOSS (GER) d. Mira Kaldor 6-3 7-5',
        '“It all clicked for me today, from the first ball to the last.”',
        'On her coach, the one-time doubles player Tomas Berg, her mother’s cousin:',
        '“He is hard on me. One glance from the stands and I know I have drifted.”',
      ]),
    ).toEqual(['Anika Voss', 'Anika Voss']);
  });
});

describe('a results heading between the title and the first body', () => {
  it('keeps “NAME (Side) d. NAME score” over a topic heading over the first quote as the speaker’s heading', () => {
    const book = buildQuoteBook([
      article(
        [
          'Quotes of the day',
          'ANIKA VOSS (GER) d. Mira Kaldor (CRO) 6-4 3-6 7-5',
          'On the final set:',
          '“Twice I trailed by a break, so I kept hitting long and made her work for every point.”',
          'On the heat:',
          '“The court felt like a furnace, so I took water at every break.”',
        ],
        { id: 'results-heading', title: 'Quotes of the day' },
      ),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)).toEqual(['Anika Voss', 'Anika Voss']);
  });
});

describe('results abbreviations (RESULT_ABBREVIATIONS)', () => {
  for (const abbreviation of [...RESULT_ABBREVIATIONS].sort())
    it(`reads “NAME (GER) ${abbreviation}. NAME 6-3 7-5” as one heading sentence over the quote below`, () => {
      const [heading, below] = roundupHeading(
        `ANIKA VOSS (GER) ${abbreviation}. Mira Kaldor 6-3 7-5`,
        '“It all clicked for me today, from the first ball to the last.”',
      );
      expect([heading.tokens.at(-1)?.text, below?.kind]).toEqual(['7-5', 'body']);
    });
});

describe('a winners’ roundup whose name lines close on the work’s quoted title', () => {
  it('gives each quote to the name line over it (“NAME, award, “Title”” ¶ “…”)', () => {
    const book = buildQuoteBook([
      story('winners-react', [
        'Five of the seven prizes at the Kestrel Bay Film Festival went to first features on Saturday night, a record for the event.',
        'WINNERS REACT',
        'Marta Quell, best actress, “Harbour Lights”',
        '“I read the script on a night bus and cried so much the driver asked if I was all right.”',
        'Jonas Brevik, best screenplay, “The Long Way Home”',
        '“My teachers said writing was a hobby. I am keeping this on the kitchen table for a year.”',
        'Ines Harte, best score, “Salt and Iron”',
        '“Half of the music was recorded in my flat at two in the morning with the windows shut.”',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect(book.quotes.map((q) => (q.speaker === null ? null : names.get(q.speaker)))).toEqual([
      'Marta Quell',
      'Jonas Brevik',
      'Ines Harte',
    ]);
  });
});
