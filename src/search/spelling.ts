// Search folding of British and American spellings onto one form, so that "defence" finds "defense".
// General suffix rules plus a short list of irregular words; the rules only have to map both spellings alike.

/** Irregular pairs no suffix rule covers (British or variant form → American form). */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['grey', 'gray'],
  ['greys', 'grays'],
  ['sceptic', 'skeptic'],
  ['sceptics', 'skeptics'],
  ['sceptical', 'skeptical'],
  ['scepticism', 'skepticism'],
  ['judgement', 'judgment'],
  ['judgements', 'judgments'],
  ['acknowledgement', 'acknowledgment'],
  ['aluminium', 'aluminum'],
  ['mould', 'mold'],
  ['plough', 'plow'],
  ['tyre', 'tire'],
  ['tyres', 'tires'],
  ['cheque', 'check'],
  ['cheques', 'checks'],
  ['kerb', 'curb'],
  ['draught', 'draft'],
  ['pyjamas', 'pajamas'],
  ['moustache', 'mustache'],
  ['aeroplane', 'airplane'],
  ['aeroplanes', 'airplanes'],
  ['storey', 'story'],
  ['storeys', 'stories'],
  ['whilst', 'while'],
  ['amongst', 'among'],
  ['practise', 'practice'],
  ['practised', 'practiced'],
  ['practising', 'practicing'],
  ['enrolment', 'enrollment'],
  ['instalment', 'installment'],
  ['skilful', 'skillful'],
  ['wilful', 'willful'],
  ['fulfil', 'fulfill'],
  ['fulfils', 'fulfills'],
  ['timbre', 'timbre'], // not the British spelling of "timber"
]);

/** British word beginnings with a digraph that American spelling simplifies (paediatric, haemorrhage). */
const DIGRAPH_PREFIXES: readonly [string, string][] = [
  ['paed', 'ped'],
  ['orthopaed', 'orthoped'],
  ['encyclopaed', 'encycloped'],
  ['anaem', 'anem'],
  ['anaest', 'anest'],
  ['haem', 'hem'],
  ['leukaem', 'leukem'],
  ['oestr', 'estr'],
  ['foet', 'fet'],
  ['diarrhoe', 'diarrhe'],
  ['manoeuvr', 'maneuver'],
];

const RULES: readonly [RegExp, string][] = [
  // defence/defense, offence, licence, pretence
  [/^(defen|offen|licen|preten)ce(s|less)?$/u, '$1se$2'],
  // colour/color, honourable, favourite; a three-letter stem keeps four/hour/your out
  [/^([a-z]{3,})our(s|ed|ing|ite|ites|able|ably|ful|fully|less|er|ers|ism|ist|ists)?$/u, '$1or$2'],
  // realise/realize, organisation/organization
  [/^([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations|able)$/u, '$1iz$2'],
  // analyse/analyze, paralysed
  [/^([a-z]{2,})ys(e|es|ed|ing|er|ers)$/u, '$1yz$2'],
  // centre/center, fibre/fiber, centred/centered
  [/^([a-z]{2,}[tb])re(s)?$/u, '$1er$2'],
  [/^([a-z]{3,}[tb])red$/u, '$1ered'],
  // dialogue/dialog, catalogue
  [/^([a-z]{3,})ogue(s)?$/u, '$1og$2'],
  // programme/program
  [/^([a-z]*gra)mme(s)?$/u, '$1m$2'],
];

const DOUBLED_L = /^([a-z]+)ll(ed|ing|er|ers|or|ors)$/u;

/**
 * travelled/traveled, counsellor/counselor: British spelling doubles a final l after an unstressed syllable, which
 * a one-syllable word never has ("called", "quelled" keep their ll). Syllables are approximated by vowel groups.
 */
function singleL(word: string): string | null {
  const match = DOUBLED_L.exec(word);
  if (!match) return null;
  const stem = match[1] ?? '';
  const groups = stem.replace(/qu/gu, 'qw').match(/[aeiouy]+/gu) ?? [];
  const last = groups[groups.length - 1] ?? '';
  const twoSyllables = groups.length >= 2 || ['ue', 'ia', 'ua'].includes(last);
  return twoSyllables ? `${stem}l${match[2] ?? ''}` : null;
}

/** The American form of a lower-cased word, or the word itself. */
export function americanize(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  for (const [prefix, replacement] of DIGRAPH_PREFIXES) {
    if (word.startsWith(prefix)) return replacement + word.slice(prefix.length);
  }
  for (const [pattern, replacement] of RULES) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return singleL(word) ?? word;
}
