// The genders given names are usually borne with, from the gender-detection-from-name library's first-name lists
// (English, Italian, Spanish, French, German and Turkish), for the quote book's pronoun reading. A name the lists give
// both genders takes the one at least CLEAR_MAJORITY times as many entries give ("Yvonne": five lists female, one
// male); a name both bear more evenly is left unknown ("Robin": four male, two female; "Ambroise": French male and
// female), so it bars no he or she. The library's own lookup keeps whichever entry came last. Read on first use only
// (about 0.12 s, as the library's own lookup took), a cost paid when a quote book is built, not at every start.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normalizeName } from '../quotes/match.ts';
import type { Gender } from '../quotes/names.ts';
import type { GivenNameGender } from '../quotes/people.ts';

/** The library's list files, one a language. */
export const NAME_LISTS: readonly string[] = ['en', 'it', 'es', 'fr', 'de', 'tr'];

/** How many times more entries one gender must have than the other for a name to count as that gender's. */
export const CLEAR_MAJORITY = 3;

/** One entry of a list as the library writes it: `['andrea', 'female'],`. */
const ENTRY = /\['([^']+)',\s*'(male|female)'\]/gu;

/** Each name with the gender most entries of the lists give it; names with as many entries of each are left out. */
export function unambiguousGenders(listTexts: readonly string[]): Map<string, Gender> {
  const counts = new Map<string, { male: number; female: number }>();
  for (const text of listTexts) {
    for (const [, name = '', gender] of text.matchAll(ENTRY)) {
      const c = counts.get(name) ?? { male: 0, female: 0 };
      if (gender === 'male') c.male++;
      else c.female++;
      counts.set(name, c);
    }
  }
  const genders = new Map<string, Gender>();
  // ("Robin": four entries male, two female — a name borne by both is no evidence; "Yvonne", five to one, is.)
  for (const [name, c] of counts)
    if (Math.max(c.male, c.female) >= CLEAR_MAJORITY * Math.min(c.male, c.female))
      genders.set(name, c.male > c.female ? 'male' : 'female');
  return genders;
}

/**
 * The genders by names without their accents (normalizeName, as names are matched everywhere): an article writes
 * "Áine" and "Seán" where the lists hold "aine" and "sean" (and "Zoe" where one holds "zoë"); a folded form two names
 * of different genders share is left out.
 */
export function genderByFoldedName(genders: ReadonlyMap<string, Gender>): Map<string, Gender> {
  const folded = new Map<string, Gender | null>();
  for (const [name, gender] of genders) {
    const key = normalizeName(name);
    const known = folded.get(key);
    folded.set(key, known === undefined || known === gender ? gender : null);
  }
  const out = new Map<string, Gender>();
  for (const [key, gender] of folded) if (gender !== null) out.set(key, gender);
  return out;
}

let table: Map<string, Gender> | null = null;
let foldedTable: Map<string, Gender> | null = null;

function loadTable(): Map<string, Gender> {
  const main = createRequire(import.meta.url).resolve('gender-detection-from-name');
  const texts = NAME_LISTS.map((lang) => readFileSync(join(dirname(main), 'names', `${lang}.js`), 'utf8'));
  return unambiguousGenders(texts);
}

/** The gender of a given name, or null when the lists do not know it, disagree on it, or the word is no name ("J."). */
export const givenNameGender: GivenNameGender = (given: string): Gender | null => {
  if (!/^\p{L}{2,}$/u.test(given)) return null;
  table ??= loadTable();
  foldedTable ??= genderByFoldedName(table);
  return table.get(given.toLowerCase()) ?? foldedTable.get(normalizeName(given)) ?? null;
};
