import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { SURNAME_HONORIFICS } from '../../src/quotes/honorificCase.ts';
import { story } from './fixtures.ts';

function speakers(lines: string[]): (string | null)[] {
  const book = buildQuoteBook([story('honorific-case', lines)]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? '?')));
}

describe('surnames left in lower case after an honorific', () => {
  for (const honorific of [...SURNAME_HONORIFICS].sort()) {
    const title = honorific[0]?.toUpperCase() + honorific.slice(1);
    it(`gives “${title} okafor said: “…”” to the Okafor the article names with a capital`, () => {
      expect(
        speakers([
          'Harbour board member Dana Okafor has hit back at critics of the ferry terminal plan.',
          `In an interview on local radio, ${title} okafor said: “The critics have never read the plan.”`,
        ]),
      ).toEqual(['Dana Okafor']);
    });
  }

  it('leaves a lower-case word after an honorific alone when the article never capitalises it', () => {
    expect(
      speakers([
        'Harbour board member Dana Okafor has hit back at critics of the ferry terminal plan.',
        'In an interview on local radio, Mr right said: “The critics have never read the plan.”',
      ]),
    ).toEqual([null]);
  });
});

describe('a tabloid’s opening word in capitals', () => {
  function peopleAndSpeakers(body: string[]): [string[], (string | null)[]] {
    const book = buildQuoteBook([story('caps-opening', body)]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    return [book.people.map((p) => p.name).sort(), book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)];
  }

  it('reads “MAURA Hope has ended her silence …, insisting: “…”” as Maura Hope when the article writes “Maura” elsewhere', () => {
    expect(
      peopleAndSpeakers([
        'MAURA Hope has ended her silence after leaving the breakfast programme, insisting: “This is not the end for me.”',
        'Maura will present her last show from the studio on Friday morning.',
      ]),
    ).toEqual([['Maura Hope'], ['Maura Hope']]);
  });

  it('reads a full name in capitals opening a later paragraph (a live page’s update) when the article writes it in title case', () => {
    expect(
      peopleAndSpeakers([
        'The harbour music awards are under way and we will bring you every winner as it happens tonight.',
        'NORA OKAFOR has just won the top prize of the night for her second album.',
        '“I wrote this album on the night bus between shifts,” she said.',
        'Nora Okafor will play two songs later in the evening.',
      ]),
    ).toEqual([['Nora Okafor'], ['Nora Okafor']]);
  });

  it('leaves an opening in capitals alone when it runs past three words or one of its words is never in title case', () => {
    expect(
      peopleAndSpeakers([
        'The harbour music awards are under way and we will bring you every winner as it happens tonight.',
        'NORA OKAFOR ELIN GRAY has just won the top prize of the night for her second album.',
        'NORA OKAFORA has just won the top prize of the night for her second album.',
        '“I wrote this album on the night bus between shifts,” she said.',
        'Nora Okafor Elin will play two songs later in the evening.',
      ]),
    ).toEqual([[], [null]]);
  });

  it('leaves a word in capitals opening the story alone when the article never writes it in title case', () => {
    expect(
      peopleAndSpeakers([
        'ACME Bakeries said on Monday: “The plant will close in the spring after forty years.”',
        'The firm employs 200 people at the plant on the edge of town.',
      ]),
    ).toEqual([[], [null]]);
  });
});
