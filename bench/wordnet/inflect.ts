// Regular English inflections of a WordNet lemma. The Porter stemmer gives some of them another stem than the
// lemma ("died" → "di", "die" → "die"; "tried" → "tri", "try" → "try"), so the table lists those stems too.
import type { PartOfSpeech } from './wordnet.ts';

/** One vowel group ending consonant-vowel-consonant ("drop", "win", "scrap"): the consonant doubles before -ed/-ing. */
const DOUBLES = /^[^aeiou]*[aeiou][bcdfgklmnprstvz]$/u;

/** Vowel groups of a word, a final silent "e" aside: a rough syllable count. */
function syllables(word: string): number {
  return (word.replace(/e$/u, '').match(/[aeiouy]+/gu) ?? []).length;
}

/**
 * The plural (nouns), the -s, -ed and -ing forms (verbs), or the -er and -est forms of a short adjective ("big",
 * "large", "early": "biggest" must meet "largest"), by the regular spelling rules. Longer adjectives and participles
 * take "more".
 */
export function regularInflections(word: string, pos: PartOfSpeech): string[] {
  if (pos === 'adj') {
    const consonantY = /[^aeiou]y$/u.test(word);
    // Participles used as adjectives ("tried", "boring") take "more" and "most".
    if (/(?:ed|ing)$/u.test(word) || !(syllables(word) === 1 || (syllables(word) === 2 && consonantY))) return [];
    const base = consonantY ? `${word.slice(0, -1)}i` : DOUBLES.test(word) ? `${word}${word.slice(-1)}` : word;
    return word.endsWith('e') ? [`${word}r`, `${word}st`] : [`${base}er`, `${base}est`];
  }
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
