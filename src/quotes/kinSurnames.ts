// A given name brought in by a kinship to somebody the article calls by surname ("Varga's mother, Edit,"): the
// full name a reader would look the relative up by, kept as an alias only, never as the name shown.
import type { Token } from './tokens.ts';

/**
 * Kin who mostly carry the family's surname, so that "Hale's widow, Ann," is looked up as "Ann Hale" too. Cousins,
 * aunts, in-laws and partners often do not and are left out.
 */
export const KIN_KEEPING_SURNAME: ReadonlySet<string> = new Set([
  'mother',
  'father',
  'son',
  'daughter',
  'brother',
  'sister',
  'wife',
  'husband',
  'widow',
  'widower',
  'grandmother',
  'grandfather',
  'grandson',
  'granddaughter',
]);

/**
 * The surname of the owner when the one-word name at token `at` is set off after a possessive and such a kinship
 * noun ("Varga's mother, Edit,", "Tom Hale's widow, Ann,"): the owner's word, when `isSurname` says it is the
 * last word of a person's full name; null otherwise.
 */
export function kinOwnerSurname(
  tokens: readonly Token[],
  at: number,
  isSurname: (word: string) => boolean,
): string | null {
  const name = tokens[at];
  const after = tokens[at + 1];
  if (name?.kind !== 'word' || (after !== undefined && after.text !== ',' && after.text !== '.')) return null;
  if (tokens[at - 1]?.text !== ',' || !KIN_KEEPING_SURNAME.has(tokens[at - 2]?.lower ?? '')) return null;
  const owner = tokens[at - 3];
  if (owner?.kind !== 'word' || owner.possessive !== true || !owner.capital) return null;
  return isSurname(owner.text) ? owner.text : null;
}
