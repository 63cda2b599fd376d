// The reader's speaker phrases and speech verbs, seen through the quotes they attribute.
import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { story } from './fixtures.ts';

function attributed(lines: string[]): [string, string | null, string | null][] {
  const book = buildQuoteBook([story('reader', lines)]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => [
    q.text.split(' ').slice(0, 3).join(' '),
    q.speaker === null ? null : (names.get(q.speaker) ?? '?'),
    q.cue,
  ]);
}

describe('a participle clause after a comma', () => {
  it('speaks for the sentence subject when another clause stands between (“…, as the storm passes, saying”)', () => {
    expect(
      attributed([
        'Governor Rosa Vidal gave an update on the storm from the emergency centre on Thursday morning.',
        'She warned of flooding as the storm moves inland, especially near the coast, saying residents faced “a long and dangerous night.”',
      ]),
    ).toEqual([
      [
        'a long and',
        'Rosa Vidal',
        'She warned of flooding as the storm moves inland, especially near the coast, saying',
      ],
    ]);
  });
});

describe('the speaker phrase before a speech verb', () => {
  it('gives “NAME of PLACE said” to the person, not the place', () => {
    expect(
      attributed([
        'Leaders around the world reacted on Sunday to the result of the run-off vote.',
        'Chancellor Greta Vogt of Germany said the result was “good news for Europe and for the world.”',
      ]),
    ).toEqual([['good news for', 'Greta Vogt', 'Chancellor Greta Vogt of Germany said']]);
  });

  it('reads past a reflexive pronoun between the name and the verb (“Costa himself told”)', () => {
    expect(
      attributed([
        'The defeated candidate, Rui Costa, has yet to concede the run-off vote.',
        'Costa himself told supporters on Monday: “This fight is not over, not by a long way.”',
      ]),
    ).toEqual([['This fight is', 'Rui Costa', 'Costa himself told']]);
  });
});

describe('people of one surname across articles', () => {
  const GOVERNOR = story('gov', [
    'North Carolina Governor Roy Cooper declared a state of emergency on Wednesday as the hurricane moved closer.',
    '“Do not wait until it is too late to leave your home,” Cooper said at a briefing in Raleigh on Wednesday.',
  ]);
  const COACH = story('coach', [
    'Head coach Scott Cooper praised his players after the team won its fourth game in a row on Saturday night.',
    '“They played with heart from the first whistle to the last,” Cooper said after the game at the home stadium.',
  ]);

  function speakerIn(lines: string[]): string | null {
    const book = buildQuoteBook([GOVERNOR, COACH, story('third', lines)]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    const quote = book.quotes.find((q) => q.articleId === 'third');
    return quote?.speaker === null || quote === undefined ? null : (names.get(quote.speaker) ?? null);
  }

  it('tells them apart by the title before the surname (“Gov. Cooper said”)', () => {
    expect(
      speakerIn([
        'Gov. Cooper said on Friday that more than 300,000 homes had lost power across the state overnight.',
        '“Crews are working around the clock to restore power to every home,” Cooper said at an evening briefing.',
      ]),
    ).toBe('Roy Cooper');
  });

  it('tells them apart by the one known role the article speaks of (“the coach said”)', () => {
    expect(
      speakerIn([
        'Cooper, whose side lost for the first time this season, was unhappy with the referee after the final whistle.',
        '“I have never seen decisions like that in twenty years of coaching,” the coach said after the match on Sunday.',
      ]),
    ).toBe('Scott Cooper');
  });

  it('leaves the surname unresolved when nothing in the article tells them apart', () => {
    expect(
      speakerIn([
        'Cooper spent the weekend at his family home on the coast, away from the cameras and the crowds.',
        '“It is good to be home for a few days with my family,” Cooper said on Sunday afternoon.',
      ]),
    ).toBeNull();
  });
});

describe('wire reporting frames', () => {
  it('gives “AGENCY quoted X as saying “…”” to X, not the agency', () => {
    expect(
      attributed([
        'Russia responded angrily on Monday to the new sanctions announced over the weekend.',
        'State news agency TASS quoted Foreign Minister Sergei Lavrenko as saying the measures were “illegal and doomed to fail”.',
      ]),
    ).toEqual([['illegal and doomed', 'Sergei Lavrenko', 'quoted Foreign Minister Sergei Lavrenko']]);
  });

  it('gives “…,” according to a statement from X to X', () => {
    expect(
      attributed([
        'Russia responded angrily on Monday to the new sanctions announced over the weekend.',
        '“We will respond in a way that hurts them,” according to a statement from Deputy Prime Minister Anna Volkova.',
      ]),
    ).toEqual([
      ['We will respond', 'Anna Volkova', 'according to a statement from Deputy Prime Minister Anna Volkova'],
    ]);
  });

  it('leaves “quoted X” without “as saying” to the subject of the verb', () => {
    expect(
      attributed([
        'Russia responded angrily on Monday to the new sanctions announced over the weekend.',
        'Foreign Minister Sergei Lavrenko quoted an old proverb: “A friend in need is a friend indeed, as they say.”',
      ]),
    ).toEqual([['A friend in', 'Sergei Lavrenko', 'Foreign Minister Sergei Lavrenko quoted']]);
  });
});

describe('frames that name the speaker without a plain speech verb', () => {
  it('gives “…, in the words of X, “…”” to X', () => {
    expect(
      attributed([
        'The row over the budget deepened on Tuesday as ministers met for a third day of talks.',
        'The plan was, in the words of Finance Minister Clara Hoff, “the last chance to fix the public finances”.',
      ]),
    ).toEqual([['the last chance', 'Clara Hoff', 'words of Finance Minister Clara Hoff']]);
  });
});
