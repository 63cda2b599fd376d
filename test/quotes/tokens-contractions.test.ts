// A pronoun with a verb's ending joined ("He'd", "they’ll") is read as the pronoun.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { CONTRACTED_PRONOUNS, CONTRACTION_ENDINGS, paragraphTokens } from '../../src/quotes/tokens.ts';
import { article, quoteSpeakers } from './fixtures.ts';

/** The [text, lower] of each token of a one-sentence article's body paragraph. */
function tokensOf(sentence: string): [string, string][] {
  const a = article(['The ferry left the harbour on time for once, to the surprise of every regular.', sentence], {
    id: 'contractions',
    title: null,
  });
  const paragraph = a.paragraphs[1];
  if (paragraph === undefined) throw new Error('no paragraph');
  return paragraphTokens(a, paragraph, extractQuotes(a)).map((t) => [t.text, t.lower]);
}

describe('contracted pronouns', () => {
  for (const pronoun of [...CONTRACTED_PRONOUNS].sort())
    it(`reads “${pronoun}’d gone” as the pronoun “${pronoun}” (CONTRACTED_PRONOUNS)`, () => {
      expect(tokensOf(`Later ${pronoun}’d gone home.`).slice(1, 3)).toEqual([
        [pronoun, pronoun],
        ['gone', 'gone'],
      ]);
    });

  for (const ending of [...CONTRACTION_ENDINGS].sort()) {
    // ("I'm" is the one pronoun "'m" is written onto.)
    const pronoun = ending === 'm' ? 'I' : 'they';
    it(`reads “${pronoun}'${ending}” as “${pronoun}”, the ending a verb’s (CONTRACTION_ENDINGS)`, () => {
      expect(tokensOf(`Then ${pronoun}'${ending} gone.`)[1]).toEqual([pronoun, pronoun.toLowerCase()]);
    });
  }

  it('leaves a word that is no pronoun whole (“Ma’d”, “rock’n’roll”)', () => {
    expect([tokensOf('Then Ma’d gone.')[1], tokensOf('Then rock’n’roll came.')[1]]).toEqual([
      ['Ma’d', 'ma’d'],
      ['rock’n’roll', 'rock’n’roll'],
    ]);
  });

  it('gives a quotation under “He’d …, so I print it with his blessing:” to the person introduced before', () => {
    expect(
      quoteSpeakers([
        'A few of us in the sky club went down to the coast to watch the launch, though the cloud never lifted.',
        'I also heard from a reader, Pavel Lindqvist-Moe, who watched from the viewing stand. He’d flown in from Oslo for the first attempt and stayed for the second. His account beats mine, so I print it with his blessing:',
        '“The noise hits your chest first. Then the ground shakes and everyone around you starts yelling.”',
      ]),
    ).toEqual(['Pavel Lindqvist-Moe']);
  });
});
