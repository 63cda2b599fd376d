// Somebody a sentence brings in unnamed after "is" or "was" ("Among them was a woman whose brother …"): a he or she
// of that gender after it, with nobody named since, is that somebody, not a person named before.
import type { Sentence } from './frames.ts';
import { genderOfWord, type Gender } from './names.ts';
import { INDEFINITE_ARTICLES } from './lexicon.ts';
import { IDENTIFYING_COPULAS } from './copulaSubjects.ts';
import { SUBJECT_PRONOUNS } from './pronouns.ts';
import { isRoleHead } from './rolePhrases.ts';

/** Relative words after the person's noun that go on to say who they are ("a woman whose son …"). */
export const INTRODUCING_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose']);

/** Most plain words between the article and the person's noun ("a young woman", "an elderly retired man"). */
export const INTRODUCED_MODIFIER_WORDS = 2;

/** A person brought in unnamed: the noun's token and its words ("woman"), and the gender the noun tells. */
export interface IntroducedPerson {
  at: number;
  words: string[];
  gender: Gender;
}

/**
 * The person a sentence brings in unnamed, up to token `before`: "is" or "was", "a" or "an", up to
 * INTRODUCED_MODIFIER_WORDS plain words, a noun that tells a gender (genderOfWord: woman, man, mother), then "who" or
 * "whose". Not when a name, a subject pronoun or a role comes before the copula ("She was a woman who …", "The mayor
 * is a woman who …" describe her).
 */
export function introducedPerson(sentence: Sentence, before = sentence.tokens.length): IntroducedPerson | null {
  const { tokens } = sentence;
  for (let k = 1; k < before; k++) {
    if (!IDENTIFYING_COPULAS.has(tokens[k]?.lower ?? '') || !INDEFINITE_ARTICLES.has(tokens[k + 1]?.lower ?? ''))
      continue;
    for (let n = k + 2; n <= k + 2 + INTRODUCED_MODIFIER_WORDS && n + 1 < before; n++) {
      const t = tokens[n];
      if (t?.kind !== 'word' || t.capital) break;
      const gender = genderOfWord(t.lower);
      if (gender === null) continue;
      if (!INTRODUCING_RELATIVES.has(tokens[n + 1]?.lower ?? '')) break;
      if (sentence.runs.some((r) => r.kind === 'name' && r.from < k)) return null;
      if (tokens.slice(0, k).some((w) => SUBJECT_PRONOUNS.has(w.lower))) return null;
      // ("The mayor is a woman who …": nor a role, which describes its holder.)
      if (tokens.slice(0, k).some((w) => w.kind === 'word' && isRoleHead(w.lower))) return null;
      return { at: n, words: [t.lower], gender };
    }
  }
  return null;
}
