import { describe, expect, it } from 'vitest';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { LEDE_NAMING_WORDS } from '../../src/quotes/coreference.ts';
import { attributed, story } from './fixtures.ts';

function speakers(lines: string[]): (string | null)[] {
  const book = buildQuoteBook([story('lede', lines)]);
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  return book.quotes.map((q) => (q.speaker === null ? null : (names.get(q.speaker) ?? '?')));
}

const SECOND: Record<string, string> = {
  speaking: 'Harbour board member Dana Okafor was speaking at the monthly meeting of the board on Tuesday night.',
  spoke: 'Harbour board member Dana Okafor spoke at the monthly meeting of the board on Tuesday night.',
  comments: 'Harbour board member Dana Okafor made the comments at the monthly meeting of the board on Tuesday.',
  remarks: 'Harbour board member Dana Okafor made the remarks at the monthly meeting of the board on Tuesday.',
};

describe('a speaker the lede brings in unnamed and the next paragraph names', () => {
  for (const word of [...LEDE_NAMING_WORDS].sort()) {
    it(`gives the lede’s quote and a later “the councillor” to the person named next with “${word}”`, () => {
      expect(
        speakers([
          '“The timetable cuts will leave the island cut off every winter,” a parish councillor has said.',
          SECOND[word] ?? '',
          '“Families cannot reach the hospital on the mainland after six,” added the councillor.',
        ]),
      ).toEqual(['Dana Okafor', 'Dana Okafor']);
    });
  }

  it('leaves the lede’s quote unattributed when the person named next is not said to have spoken', () => {
    expect(
      speakers([
        '“The man was arrested at the scene and taken to hospital,” a police spokesman has said.',
        'Harbour worker Tom Reed, 45, was charged with assault at the monthly meeting of the board on Tuesday.',
      ]),
    ).toEqual([null]);
  });
});

describe('a name set off after the role opening a sentence', () => {
  for (const opening of ['The store’s owner, pharmacist Mira Ostrand,', 'Its founder, Mira Ostrand,'])
    it(`reads “${opening} …” as the name’s sentence: a quote paragraph after it is hers`, () => {
      expect(
        attributed([
          'Police Lt. Oren Vasquez said officers reached the store within four minutes of the alarm.',
          '“By the time our first unit pulled in, the vehicle was already backing out,” Vasquez said.',
          `${opening} spent the morning sweeping up glass with her son.`,
          '“Twenty-two years we have been on this corner, and this is how they thank us.”',
        ]).map(([words, speaker]) => [words, speaker]),
      ).toEqual([
        ['By the time', 'Oren Vasquez'],
        ['Twenty-two years we', 'Mira Ostrand'],
      ]);
    });
});

describe('a name set off after a role and its remit (“the Ranking Member on the Works Committee, Hon. NAME,”)', () => {
  it('reads the name as the subject, and “Hon.” as no part of the name', () => {
    const book = buildQuoteBook([
      story('remit-set-off', [
        'Minister for Works, Hon. Kofi Adjei, told Parliament the houses would be finished next year.',
        'But the Ranking Member on the Works Committee, Hon. Yaw Boakye, said the House had heard the same promise before.',
        '“Every year the minister comes here with the same words, and every year the roofs leak,” he said.',
      ]),
    ]);
    const names = new Map(book.people.map((p) => [p.id, p.name]));
    expect([book.people.map((p) => p.name), book.quotes.map((q) => names.get(q.speaker ?? '') ?? null)]).toEqual([
      ['Kofi Adjei', 'Yaw Boakye'],
      ['Yaw Boakye'],
    ]);
  });
});
