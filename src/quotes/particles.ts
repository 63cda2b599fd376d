// The small words inside people's names ("van der", "de la", "bin", "Ó"), which name runs read past and which
// a name set in capitals writes back in their own case.

/** Irish particles, written with a capital: "Niamh Ní Fhlatharta", "Róisín Nic Cathail", "Seán Ó Briain". */
export const CAPITALISED_NAME_PARTICLES: ReadonlySet<string> = new Set(['ní', 'nic', 'ó', 'uí', 'mac', 'mhic']);

/**
 * Lower-case words inside a person's name: "van der", "de la", "bin", "bint", "y" and "i" (Spanish, Catalan), "dela"
 * (Filipino), and the patronymics "ap" and "ferch" (Welsh: "Deian ap Rhys"), "binti" (Malay), "arap" (Kalenjin: "son
 * of", "Kiprop arap Chege"), "ul"/"ud" (Urdu: "Zia ul Haq"); and the Irish particles, written with a capital, that
 * open a surname of two words ("Ní Fhlatharta").
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'bin',
  // Arabic: "daughter of" ("Maryam bint Saeed").
  'bint',
  'al',
  'da',
  'di',
  'du',
  'le',
  'la',
  'dos',
  'das',
  'del',
  'los',
  'las',
  'ter',
  'ten',
  'ibn',
  // Spanish and Catalan surnames joined by "and": "Ortega y Gasset", "Puig i Soler".
  'y',
  'i',
  // Filipino: "Jose dela Rosa", "Ana delos Reyes".
  'dela',
  'delos',
  'ap',
  'ferch',
  'binti',
  'arap',
  // Urdu and Arabic names joined by "ul"/"ud" ("the … of"): "Zia ul Haq", "Salah ud Din".
  'ul',
  'ud',
  ...CAPITALISED_NAME_PARTICLES,
]);

/** How many words a name has, its particles besides: "Deon van Wyk" and "Johan van der Westhuizen" have two. */
export function nameWordCount(name: readonly string[]): number {
  return name.filter((w) => !NAME_PARTICLES.has(w.toLowerCase())).length;
}
