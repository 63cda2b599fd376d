// Pronouns as attribution reads them: he/she and the gender they carry, his/her before something said ("Her
// response:"), and whether a quote speaks of a person rather than as them (first person or third).
import type { Gender } from './names.ts';
import { normalizeName } from './match.ts';

export const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);
/** Words a speaker uses of themselves; a quote with none of them but with "he" speaks of somebody else. */
export const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);
export const OBJECT_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['him', 'male'],
  ['his', 'male'],
  ['her', 'female'],
]);
/** Possessive pronouns, read as a speaker only before something said: "Her response:", "His verdict:". */
export const POSSESSIVE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['his', 'male'],
  ['her', 'female'],
]);

/**
 * Whether quoted words speak of a person rather than as them: they name the person (a word of one of `names`), or
 * they say "he"/"him"/"his" ("she"/"her") fitting the person's `gender` and no "I" or "we" — people speak of
 * themselves in the first person.
 */
export function speaksOf(quoted: string, names: readonly string[], gender: Gender | null): boolean {
  const own = new Set(names.flatMap((n) => normalizeName(n).split(' ')).filter((w) => w.length > 2));
  const words = normalizeName(quoted).split(' ');
  if (words.some((w) => own.has(w))) return true;
  if (words.some((w) => FIRST_PERSON.has(w))) return false;
  return words.some((w) => {
    const third = PRONOUN_GENDER.get(w) ?? OBJECT_GENDER.get(w);
    return third !== undefined && (gender === null || gender === third);
  });
}
