// Given names that share the surname written once after the last of them ("Jim and Mary Tolland", "Morag, Ishbel and
// Catriona MacAskill"): each is a full name of its own, as the article means it.
import type { Sentence } from './frames.ts';
import { isPlaceName } from './places.ts';

/** Words joining the last given name of such a list to the one before ("Jim and Mary Tolland"; "Jim & Mary" is a firm's name). */
export const GIVEN_NAME_LIST_JOINS: ReadonlySet<string> = new Set(['and']);

/** Most given names before the last one in such a list ("Morag, Ishbel and Catriona MacAskill" has two). */
const LISTED_GIVEN_NAMES = 4;

/**
 * The full names a sentence's lists of given names make by sharing the surname after the last of them, each as
 * [given name, surname]; the name written in full closing the list ("Mary Tolland") is not among them.
 */
export function sharedSurnameNames(sentence: Sentence): string[][] {
  const { tokens } = sentence;
  const found: string[][] = [];
  for (const run of sentence.runs) {
    if (run.kind !== 'name' || run.name.length !== 2 || run.title !== '' || run.nameFrom !== run.from) continue;
    const surname = run.name[1] ?? '';
    if (!GIVEN_NAME_LIST_JOINS.has(tokens[run.from - 1]?.lower ?? '')) continue;
    let k = run.from - 2;
    for (let listed = 0; listed < LISTED_GIVEN_NAMES; listed++) {
      const given = tokens[k];
      const before = tokens[k - 1];
      // One capitalised word of its own, no possessive, no place ("Paris and Mary Tolland" is no Paris Tolland).
      const alone = before === undefined || before.kind !== 'word' || !before.capital;
      if (given?.kind !== 'word' || !given.capital || given.possessive === true || !alone) break;
      if (isPlaceName(given.text)) break;
      found.push([given.text, surname]);
      if (before?.text !== ',') break;
      k -= 2;
    }
  }
  return found;
}
