// Regular English inflections of a WordNet lemma. The Porter stemmer gives some of them another stem than the
// lemma ("died" → "di", "die" → "die"; "tried" → "tri", "try" → "try"), so the table lists those stems too.
import type { PartOfSpeech } from './wordnet.ts';

/** One vowel group ending consonant-vowel-consonant ("drop", "win", "scrap"): the consonant doubles before -ed/-ing. */
const DOUBLES = /^[^aeiou]*[aeiou][bcdfgklmnprstvz]$/u;

/** The plural (nouns), or the -s, -ed and -ing forms (verbs), by the regular spelling rules; none for adjectives. */
export function regularInflections(word: string, pos: PartOfSpeech): string[] {
  if (pos === 'adj') return [];
  const consonantY = /[^aeiou]y$/u.test(word);
  const plural = consonantY ? `${word.slice(0, -1)}ies` : /(?:s|x|z|ch|sh)$/u.test(word) ? `${word}es` : `${word}s`;
  if (pos === 'noun') return [plural];
  const stem = DOUBLES.test(word) ? `${word}${word.slice(-1)}` : word;
  const past = word.endsWith('e') ? `${word}d` : consonantY ? `${word.slice(0, -1)}ied` : `${stem}ed`;
  const participle = word.endsWith('ie')
    ? `${word.slice(0, -2)}ying`
    : /[^e]e$/u.test(word)
      ? `${word.slice(0, -1)}ing`
      : `${stem}ing`;
  return [plural, past, participle];
}
