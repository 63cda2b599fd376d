// The genders given names are usually borne with, from the gender-detection-from-name library (first-name lists
// for English, Italian, Spanish, French, German and Turkish), for the quote book's pronoun reading. Loaded on first
// use only: its tables take about half a second to load, a cost paid when a quote book is built, not at every start.
import { createRequire } from 'node:module';
import type { Gender } from '../quotes/names.ts';
import type { GivenNameGender } from '../quotes/people.ts';

interface GenderLibrary {
  getGender(name: string): 'male' | 'female' | 'unknown';
}

let library: GenderLibrary | null = null;

/** The gender of a given name, or null when the library does not know it (or the word is no name, "J."). */
export const givenNameGender: GivenNameGender = (given: string): Gender | null => {
  if (!/^\p{L}{2,}$/u.test(given)) return null;
  library ??= createRequire(import.meta.url)('gender-detection-from-name') as GenderLibrary;
  const gender = library.getGender(given.toLowerCase());
  return gender === 'unknown' ? null : gender;
};
