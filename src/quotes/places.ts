// Places that are never speakers: countries, their capitals and US states. A quote "Russia said" is a
// government speaking without a named person, so its speaker stays unknown. General geography, no corpus names.
import { boundedMemo } from './memo.ts';
import { isPlainWords } from './plainWords.ts';
import type { Token } from './tokens.ts';

function list(names: string): ReadonlySet<string> {
  return new Set(
    names
      .split(/\n|,/u)
      .map((n) => n.trim().toLowerCase())
      .filter((n) => n.length > 0),
  );
}

export const COUNTRIES = list(`
  Afghanistan, Albania, Algeria, Andorra, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, Bahamas, Bahrain,
  Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan, Bolivia, Bosnia, Botswana, Brazil, Brunei, Bulgaria,
  Burkina Faso, Burundi, Cambodia, Cameroon, Canada, Chad, Chile, China, Colombia, Comoros, Congo, Costa Rica, Croatia,
  Cuba, Cyprus, Czechia, Czech Republic, Denmark, Djibouti, Dominica, Ecuador, Egypt, El Salvador, Eritrea, Estonia,
  Eswatini, Ethiopia, Fiji, Finland, France, Gabon, Gambia, Georgia, Germany, Ghana, Greece, Grenada, Guatemala, Guinea,
  Guyana, Haiti, Honduras, Hungary, Iceland, India, Indonesia, Iran, Iraq, Ireland, Israel, Italy, Jamaica, Japan,
  Jordan, Kazakhstan, Kenya, Kiribati, Kosovo, Kuwait, Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho, Liberia, Libya,
  Liechtenstein, Lithuania, Luxembourg, Madagascar, Malawi, Malaysia, Maldives, Mali, Malta, Mauritania, Mauritius,
  Mexico, Micronesia, Moldova, Monaco, Mongolia, Montenegro, Morocco, Mozambique, Myanmar, Namibia, Nauru, Nepal,
  Netherlands, New Zealand, Nicaragua, Niger, Nigeria, North Korea, North Macedonia, Norway, Oman, Pakistan, Palau,
  Palestine, Panama, Papua New Guinea, Paraguay, Peru, Philippines, Poland, Portugal, Qatar, Romania, Russia, Rwanda,
  Samoa, San Marino, Saudi Arabia, Senegal, Serbia, Seychelles, Sierra Leone, Singapore, Slovakia, Slovenia, Somalia,
  South Africa, South Korea, South Sudan, Spain, Sri Lanka, Sudan, Suriname, Sweden, Switzerland, Syria, Taiwan,
  Tajikistan, Tanzania, Thailand, Togo, Tonga, Trinidad, Tunisia, Turkey, Turkmenistan, Tuvalu, Uganda, Ukraine,
  United Arab Emirates, United Kingdom, Britain, Great Britain, England, Scotland, Wales, United States, America,
  Uruguay, Uzbekistan, Vanuatu, Vatican, Venezuela, Vietnam, Yemen, Zambia, Zimbabwe, Europe, Africa, Asia
`);

export const CAPITALS = list(`
  Kabul, Tirana, Algiers, Luanda, Buenos Aires, Yerevan, Canberra, Vienna, Baku, Manama, Dhaka, Minsk, Brussels,
  Sarajevo, Brasilia, Sofia, Phnom Penh, Ottawa, Santiago, Beijing, Bogota, Zagreb, Havana, Nicosia, Prague,
  Copenhagen, Cairo, Tallinn, Addis Ababa, Helsinki, Paris, Tbilisi, Berlin, Accra, Athens, Budapest, Reykjavik,
  New Delhi, Delhi, Jakarta, Tehran, Baghdad, Dublin, Jerusalem, Rome, Tokyo, Amman, Astana, Nairobi, Kuwait City,
  Bishkek, Riga, Beirut, Tripoli, Vilnius, Luxembourg, Kuala Lumpur, Valletta, Mexico City, Chisinau, Ulaanbaatar,
  Podgorica, Rabat, Maputo, Naypyidaw, Kathmandu, Amsterdam, The Hague, Wellington, Abuja, Pyongyang, Skopje, Oslo,
  Muscat, Islamabad, Panama City, Asuncion, Lima, Manila, Warsaw, Lisbon, Doha, Bucharest, Moscow, Kigali, Riyadh,
  Dakar, Belgrade, Freetown, Bratislava, Ljubljana, Mogadishu, Pretoria, Seoul, Juba, Madrid, Colombo, Khartoum,
  Stockholm, Bern, Damascus, Taipei, Dushanbe, Dodoma, Bangkok, Tunis, Ankara, Ashgabat, Kampala, Kyiv, Kiev,
  Abu Dhabi, London, Washington, Montevideo, Tashkent, Caracas, Hanoi, Sanaa, Lusaka, Harare, Brasília
`);

export const US_STATES = list(`
  Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Georgia, Hawaii, Idaho,
  Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota,
  Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York, North Carolina,
  North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas,
  Utah, Vermont, Virginia, Washington, West Virginia, Wisconsin, Wyoming
`);

/**
 * Endings that make the adjective of a place's people from its name, each with the letter the name ends in that the
 * ending replaces ("" when none): "Ostravia" → "Ostravian", "Chile" → "Chilean", "Brazil" → "Brazilian", "Pakistan" →
 * "Pakistani", "Japan" → "Japanese", "Canada" → "Canadian", "China" → "Chinese", "Mexico" → "Mexican".
 */
export const DEMONYM_ENDINGS: readonly (readonly [replaced: string, ending: string])[] = [
  ['', 'n'],
  ['', 'an'],
  ['', 'ian'],
  ['', 'i'],
  ['', 'ese'],
  ['a', 'ian'],
  ['a', 'ese'],
  ['o', 'an'],
];

/** Fewest letters of a place's name read off its people's adjective. */
const DEMONYM_BASE_LETTERS = 4;

/**
 * The place names, lower-cased, whose people's adjective is among `words` (DEMONYM_ENDINGS): "Ostravian" and "Ostravia"
 * both written make "Ostravia" a place, whatever lists know of it. Every base each adjective may come from.
 */
export function demonymBases(words: Iterable<string>): Set<string> {
  const bases = new Set<string>();
  for (const word of words) {
    const lower = word.toLowerCase();
    for (const [replaced, ending] of DEMONYM_ENDINGS) {
      if (!lower.endsWith(ending)) continue;
      const base = `${lower.slice(0, lower.length - ending.length)}${replaced}`;
      if (base.length >= DEMONYM_BASE_LETTERS) bases.add(base);
    }
  }
  return bases;
}

/**
 * Prepositions of where something is, which before one capitalised word set off before "who" say it is a place ("a
 * school in Kelmar, whose …"), where "from" may bring in a person ("the goal came from Okafor, who …"). (The wider
 * LOCATIVE_PREPOSITIONS below serve names of any length.)
 */
export const WHERE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'across', 'throughout', 'inside', 'near']);

/** Prepositions that, before a single capitalised word, say it is a place: "in Tavria", "from Norvenia". */
export const PLACE_ONLY_PREPOSITIONS: ReadonlySet<string> = new Set([...WHERE_PREPOSITIONS, 'from']);

/**
 * Prepositions before a place or a body's name: "of Fenwick Street", "from Hollowmere", "at the Town Hall", "outside
 * City Hall".
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'in', 'at', 'outside', 'inside', 'near']);

/** Prepositions of place that bring in people as often: "bought it from NAME", "the daughter of NAME". */
const PEOPLE_TOO_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from']);

/**
 * Prepositions before a capitalised run that make it a place, not somebody else the sentence refers to: "cooking in
 * Da Nang and Singapore", "a stall near Old Market" — those of PLACE_PREPOSITIONS and PLACE_ONLY_PREPOSITIONS but
 * those of PEOPLE_TOO_PREPOSITIONS.
 */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(
  [...PLACE_PREPOSITIONS, ...PLACE_ONLY_PREPOSITIONS].filter((w) => !PEOPLE_TOO_PREPOSITIONS.has(w)),
);

/** Whether token k stands right after one of PLACE_ONLY_PREPOSITIONS ("in Tavria"): a single word there is a place. */
export function afterPlacePreposition(tokens: readonly Token[], k: number): boolean {
  return PLACE_ONLY_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '');
}

/**
 * Words that, opening a capitalised run, say it is a place, whether or not the place is listed above: people are not
 * "neighbouring" ("Neighbouring Poland said", "Landlocked Tavria said" leave the speaker unknown).
 */
export const PLACE_MODIFIERS = list(`neighbouring, neighboring, nearby, landlocked, war-torn`);

/**
 * Nouns that open a place's own name and nobody's ("Port Wenlow", "Fort Dunmore", "Mount Kelso", "Barangay Tala", a
 * Philippine village, "County Drumvarra" and "Co Drumvarra", an Irish county written short), and the saint's words of
 * Spanish and Portuguese place names ("San Telmo de Arriba", "São Bento", accents folded): a run of two words or more
 * that one opens is a place, listed or not. ("Lake" and "Glen" are left out: given names too; so are "Santa" and
 * "Santo", "Santa Ono", "Santo Ruiz".)
 */
export const PLACE_OPENING_NOUNS = list(`port, fort, mount, cape, barangay, san, sao, county, co`);

/** Whether a name's first word, in lower case, says the name is a place's (PLACE_MODIFIERS, PLACE_OPENING_NOUNS). */
function opensPlaceName(first: string): boolean {
  return PLACE_MODIFIERS.has(first) || PLACE_OPENING_NOUNS.has(first);
}

/**
 * Seats named after the office that sits in them ("CM House", "Governor House", "President Lodge"): one of these words
 * right after a role is the building, never the holder's surname.
 */
export const OFFICE_SEATS = list(`house, lodge, mansion, secretariat, bhavan, residence`);

/**
 * Buildings and grounds named after a person ("the Sri Ram temple", "the Ann Hale stadium"): one of these words in
 * lower case right after a name that "the" opens makes the name the place's, not a person speaking.
 */
export const PLACES_NAMED_AFTER_PEOPLE = list(
  `temple, mosque, church, cathedral, shrine, hospital, clinic, stadium, arena, airport, station, bridge, memorial, museum, library, auditorium, hall`,
);

/**
 * Kinds of settlement or land written in lower case after a place's name ("Kinvara village", "Harbour district",
 * "Tana river"): a name right before one is the place's, never a person's, whatever stands before it.
 */
export const SETTLEMENT_NOUNS = list(
  `village, town, township, district, municipality, county, province, region, island, valley, river, lake, suburb, neighbourhood, neighborhood, estate`,
);

/**
 * Words closing a street's name ("Pham Ngoc Lan Street", "Harbour Road"): an untitled name of two words or more ending
 * in one is the street's, never a person's — of three or more for "Street", a surname too ("Lena Street"). ("Lane" and
 * "Close" are left out: surnames more often than streets' words in news.)
 */
export const STREET_WORDS = list(`street, road, avenue, boulevard, highway, crescent, terrace, square, drive`);

/**
 * Words before a street's name of two words that make it the street's even when its street word is a surname too
 * ("along Brindle Street", "the Brindle Street laundromat"; "said Lena Street" and "help from Ann Street, a retired
 * midwife" stay a person's).
 */
export const STREET_LEADS = list(`the, along, off, at, down, up, near, in, onto, into, past, across`);

/** Determiners of a thing "on" a street: "her corner shop on Brindle Street", "a house on …". */
const THING_ON_STREET_DETERMINERS = list(`a, an, the, his, her, their, its, our, my`);

/** Most lower-case words between such a determiner and "on" ("her corner shop on"). */
const THING_ON_STREET_WORDS = 3;

/**
 * Whether the name at `from` is a street's, by the words before it: one of STREET_LEADS, or "on" after a thing a
 * determiner opens ("his shop on Brindle Street"), not after a verb ("depends on Tom Street").
 */
export function leadsToStreet(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1]?.lower ?? '';
  if (STREET_LEADS.has(before)) return true;
  if (before !== 'on') return false;
  for (let k = from - 2; k >= Math.max(0, from - 2 - THING_ON_STREET_WORDS); k--) {
    const t = tokens[k];
    if (t?.kind !== 'word' || t.capital) return false;
    if (THING_ON_STREET_DETERMINERS.has(t.lower)) return k < from - 2;
  }
  return false;
}

/**
 * Whether a name, as written, is a country, a capital or a US state ("Russia", "New York", "Kyiv"), or opens with a
 * word only places take ("Neighbouring Poland").
 */
export function isPlaceName(name: string): boolean {
  return isPlainWords(name) ? isPlainPlace(name) : placeMemo(name);
}

/** isPlaceUncached for plain words (plainWords.ts), which its folding only lower-cases and strips of "the ". */
function isPlainPlace(name: string): boolean {
  const lower = name.toLowerCase();
  const key = lower.startsWith('the ') ? lower.slice(4) : lower;
  const space = key.indexOf(' ');
  if (space > 0 && opensPlaceName(key.slice(0, space))) return true;
  return COUNTRIES.has(key) || CAPITALS.has(key) || US_STATES.has(key);
}

/** isPlaceName remembered by the name as written (it is called for every capitalised run, many times over). */
const placeMemo = boundedMemo(isPlaceUncached);

function isPlaceUncached(name: string): boolean {
  const key = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/^the\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const first = key.split(' ')[0] ?? '';
  if (opensPlaceName(first) && key.length > first.length) return true;
  return COUNTRIES.has(key) || CAPITALS.has(key) || US_STATES.has(key);
}
