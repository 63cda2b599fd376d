// Words that make a name an organisation's ("the Health Ministry", "Apple Inc", "Manchester City FC"), so that
// an organisation speaking is never taken for a person. General English, never corpus names.
import type { Token } from './tokens.ts';

/** Each cue word with the kind of body it names; a name holding one is an organisation. */
export const ORGANISATION_CUES: ReadonlyMap<string, string> = new Map([
  ['ministry', 'government'],
  ['department', 'government'],
  ['government', 'government'],
  ['administration', 'government'],
  ['cabinet', 'government'],
  ['council', 'government'],
  ['parliament', 'government'],
  ['senate', 'government'],
  ['congress', 'government'],
  ['assembly', 'government'],
  ['commission', 'government'],
  ['committee', 'government'],
  ['agency', 'government'],
  ['bureau', 'government'],
  ['office', 'government'],
  ['authority', 'government'],
  ['kremlin', 'government'],
  ['pentagon', 'government'],
  ['treasury', 'government'],
  ['presidency', 'government'],
  ['embassy', 'government'],
  ['consulate', 'government'],
  ['police', 'force'],
  ['constabulary', 'force'],
  ['army', 'force'],
  ['navy', 'force'],
  ['military', 'force'],
  ['company', 'business'],
  ['inc', 'business'],
  ['corp', 'business'],
  ['corporation', 'business'],
  ['ltd', 'business'],
  ['llc', 'business'],
  ['plc', 'business'],
  ['group', 'business'],
  ['holdings', 'business'],
  ['bank', 'business'],
  ['airlines', 'business'],
  // ("Savannah Air said"; "Air Marshal NAME" keeps the person: a title before the name marks it.)
  ['air', 'transport'],
  ['airways', 'transport'],
  ['railway', 'transport'],
  ['railways', 'transport'],
  ['rail', 'transport'],
  ['trains', 'transport'],
  ['buses', 'transport'],
  ['bus', 'transport'],
  ['transit', 'transport'],
  ['ferries', 'transport'],
  ['motors', 'business'],
  ['firm', 'business'],
  ['consultancy', 'business'],
  ['shipping', 'business'],
  ['logistics', 'business'],
  ['research', 'business'],
  ['industries', 'business'],
  ['enterprises', 'business'],
  ['technologies', 'business'],
  ['pharmaceuticals', 'business'],
  ['pharma', 'business'],
  ['insurance', 'business'],
  ['mining', 'business'],
  ['properties', 'business'],
  ['estates', 'business'],
  ['developments', 'business'],
  ['builders', 'business'],
  ['partners', 'business'],
  ['ventures', 'business'],
  // (Not words that also open a portfolio before a minister's name: "Energy Minister NAME", "Finance Secretary NAME".)
  ['polymers', 'business'],
  ['renewables', 'business'],
  ['components', 'business'],
  ['securities', 'business'],
  ['systems', 'business'],
  ['solutions', 'business'],
  ['analytics', 'business'],
  ['consulting', 'business'],
  ['consultants', 'business'],
  ['advisors', 'business'],
  ['advisers', 'business'],
  ['insights', 'business'],
  // ("Tormey Restructuring, the administrators, said": insolvency practitioners, law and accounting firms, agents.)
  ['restructuring', 'business'],
  ['insolvency', 'business'],
  ['advisory', 'business'],
  ['associates', 'business'],
  ['solicitors', 'business'],
  ['accountants', 'business'],
  ['auctioneers', 'business'],
  ['realty', 'business'],
  ['lettings', 'business'],
  ['events', 'business'],
  ['dynamics', 'business'],
  ['promotions', 'business'],
  // (Filipino bodies: "Samahan ng …" an association, "Kilusang …" a movement, "Alyansa ng …" an alliance.)
  ['samahan', 'body'],
  ['samahang', 'body'],
  ['kilusan', 'body'],
  ['kilusang', 'body'],
  ['alyansa', 'body'],
  ['kapisanan', 'body'],
  ['pederasyon', 'body'],
  // ("Hartwell Facilities said", "Marlow Services said": contractors' names; "Facilities Manager NAME" keeps the person.)
  ['facilities', 'business'],
  ['services', 'business'],
  ['foods', 'business'],
  ['brands', 'business'],
  ['chemicals', 'business'],
  ['electronics', 'business'],
  ['materials', 'business'],
  ['products', 'business'],
  ['laboratories', 'business'],
  ['studios', 'business'],
  ['film', 'business'],
  ['films', 'business'],
  ['pictures', 'business'],
  ['productions', 'business'],
  ['records', 'business'],
  ['entertainment', 'business'],
  ['hotels', 'business'],
  ['resorts', 'business'],
  ['investments', 'business'],
  ['telecom', 'business'],
  ['telecoms', 'business'],
  ['interactive', 'business'],
  ['games', 'business'],
  ['media', 'business'],
  ['tv', 'business'],
  ['labs', 'business'],
  ['software', 'business'],
  ['biotech', 'business'],
  ['therapeutics', 'business'],
  ['robotics', 'business'],
  ['aerospace', 'business'],
  ['retail', 'business'],
  ['stores', 'business'],
  ['supermarkets', 'business'],
  ['association', 'body'],
  ['union', 'body'],
  ['federation', 'body'],
  ['foundation', 'body'],
  ['institute', 'body'],
  ['university', 'body'],
  ['college', 'body'],
  ['school', 'body'],
  ['hospital', 'body'],
  ['clinic', 'body'],
  // ("the Baltic Centre for Coastal Studies": a research or community centre's name runs over its "for".)
  ['centre', 'body'],
  ['center', 'body'],
  // ("Harbour First Nation", "Navajo Nation": an Indigenous nation's government.)
  ['nation', 'government'],
  ['court', 'body'],
  ['organisation', 'body'],
  ['organization', 'body'],
  ['together', 'body'],
  ['action', 'body'],
  ['watch', 'body'],
  ['alliance', 'body'],
  ['coalition', 'body'],
  ['charity', 'body'],
  ['nonprofit', 'body'],
  ['trust', 'body'],
  ['society', 'body'],
  ['league', 'body'],
  ['network', 'body'],
  ['service', 'body'],
  ['board', 'body'],
  ['chamber', 'body'],
  ['confederation', 'body'],
  ['tribunal', 'body'],
  ['panel', 'body'],
  ['academy', 'body'],
  ['forum', 'body'],
  ['caucus', 'politics'],
  ['museum', 'body'],
  ['consortium', 'business'],
  ['secretariat', 'government'],
  ['syndicate', 'body'],
  ['collective', 'body'],
  ['diocese', 'body'],
  ['orchestra', 'body'],
  ['directorate', 'government'],
  ['inspectorate', 'government'],
  ['cooperative', 'business'],
  ['party', 'politics'],
  ['campaign', 'politics'],
  ['movement', 'politics'],
  ['club', 'sport'],
  ['fc', 'sport'],
  ['afc', 'sport'],
  ['united', 'sport'],
  ['rovers', 'sport'],
  ['athletic', 'sport'],
  ['wanderers', 'sport'],
  // ("Romagna Calcio said": the Italian word for a football club closes its name.)
  ['calcio', 'sport'],
  ['team', 'sport'],
  ['uefa', 'sport'],
  ['fifa', 'sport'],
  ['rugby', 'sport'],
  ['cricket', 'sport'],
  ['football', 'sport'],
  ['athletics', 'sport'],
  ['netball', 'sport'],
  ['swimming', 'sport'],
  ['cycling', 'sport'],
  ['gymnastics', 'sport'],
  ['rowing', 'sport'],
  ['racing', 'sport'],
  ['motorsport', 'sport'],
  ['motorsports', 'sport'],
  ['basketball', 'sport'],
  ['newspaper', 'media'],
  ['broadcaster', 'media'],
  ['channel', 'media'],
]);

/** Lower-case nouns that, after "the", stand for an organisation in speaker position ("the ministry said"). */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'ministry',
  'department',
  'government',
  'administration',
  'council',
  'agency',
  'company',
  'firm',
  'police',
  'club',
  'party',
  'union',
  'association',
  'commission',
  'committee',
  'bureau',
  'office',
  'authority',
  'embassy',
  'army',
  'military',
  'hospital',
  'university',
  'court',
  'tribunal',
  'bank',
  'group',
  'organisation',
  'organization',
  'federation',
  'foundation',
  'institute',
  'campaign',
  'charity',
  'team',
  'board',
  'service',
  'school',
  'college',
  'trust',
  'society',
  'alliance',
  'coalition',
  'league',
  'operator',
  'airline',
  'chamber',
  'consultancy',
  'nonprofit',
]);

/**
 * Lower-case nouns that stand for a body of one trade, with the words a name of that trade holds ("the train
 * operator said" for "Harbour Line Railway", "the airline said" for "Skyreach Airways").
 */
export const TRADE_NOUN_NAME_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['operator', new Set(['railway', 'railways', 'rail', 'trains', 'airlines', 'airways', 'buses', 'ferries'])],
  ['airline', new Set(['airlines', 'airways'])],
]);

/** Whether a name (its words) is one of the trade a lower-case noun stands for ("Harbour Line Railway", "operator"). */
export function namesTrade(words: readonly string[], noun: string): boolean {
  const trade = TRADE_NOUN_NAME_WORDS.get(noun);
  return trade !== undefined && words.some((w) => trade.has(w.toLowerCase()));
}

/**
 * Seats of an office that speak for it ("Downing Street said", "Raj Bhavan said", "the White House said"): the
 * buildings' own names, general knowledge like the tables of places, so none is taken for a person's name.
 */
export const SEATS_OF_OFFICE: ReadonlySet<string> = new Set([
  'white house',
  'downing street',
  'state house',
  'government house',
  'raj bhavan',
  'rashtrapati bhavan',
  'blue house',
  'malacañang',
  'malacanang',
  'élysée',
  'elysee',
  'zhongnanhai',
]);

/** Whether a name (its words, "the" left off) is one of SEATS_OF_OFFICE ("Downing Street", "No. 10"). */
export function isSeatOfOffice(words: readonly string[]): boolean {
  return SEATS_OF_OFFICE.has(words.map((w) => w.toLowerCase().replace(/\.$/u, '')).join(' '));
}

/** Whether a capitalised name (its words) names an organisation by one of its cue words. */
export function isOrganisationName(words: readonly string[]): boolean {
  return (
    words.some((w) => ORGANISATION_CUES.has(w.toLowerCase().replace(/\.$/u, ''))) ||
    words.some((_, i) => bodyPairEndsAt(words, i))
  );
}

/** Whether word i of a name closes one of BODY_WORD_PAIRS with the word before it ("Coast Guard"). */
function bodyPairEndsAt(words: readonly string[], i: number): boolean {
  const noun = (words[i] ?? '').toLowerCase();
  return i > 0 && BODY_WORD_PAIRS.get(noun)?.has((words[i - 1] ?? '').toLowerCase()) === true;
}

/**
 * Bodies named by a role noun after the word that makes it a body ("Coast Guard", "National Guard"): the noun alone
 * is a person's role or surname ("a security guard", "Alex Guard"), so only the pair is a cue.
 */
export const BODY_WORD_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['guard', new Set(['coast', 'national', 'border', 'home', 'republican', 'revolutionary'])],
]);

/**
 * Whether a name's last organisation cue word, past its first word, is its last word or the one before
 * ("Health Board Kestwick"): a body's name; not "Harbour Farmers Association Pat Kenny", a full name after the cue.
 */
export function cueClosesName(words: readonly string[]): boolean {
  const lastCue = words.findLastIndex((w, i) => i > 0 && ORGANISATION_CUES.has(w.toLowerCase()));
  return lastCue > 0 && words.length - 1 - lastCue <= 1;
}

/**
 * Words of a trade that make a name a company's only as its last word, after another ("Northvale Energy", "Tarrow
 * Coal", "Harbour Water said"): first, they open an office's portfolio ("Energy Minister NAME"), so they are no
 * cue anywhere else in a name. (Not "power" or "steel", surnames as often: "Ann Power said".)
 */
export const CLOSING_TRADE_CUES: ReadonlySet<string> = new Set([
  ...['energy', 'coal', 'metals', 'oil', 'gas', 'resources', 'minerals', 'petroleum', 'outsourcing', 'utilities'],
  ...['cement', 'water', 'electric', 'airport', 'airports', 'capital', 'boxing'],
]);

/** Whether a name ends in an organisation cue word ("Acme Corp", "Health Ministry", "Northvale FC", "Tarrow Coal"). */
export function endsInOrganisationCue(words: readonly string[]): boolean {
  const last = (words[words.length - 1] ?? '').toLowerCase().replace(/\.$/u, '');
  return (
    ORGANISATION_CUES.has(last) ||
    bodyPairEndsAt(words, words.length - 1) ||
    (words.length >= 2 && CLOSING_TRADE_CUES.has(last))
  );
}

/**
 * Whether the word before a name's last is a business's or a carrier's cue ("Isla Verde Shipping Lines", "Kato
 * Logistics House"): the last word then names what kind of business it is, and the whole is the business's name.
 */
export function businessCueBeforeLast(words: readonly string[]): boolean {
  if (words.length < 3) return false;
  const cue = (words[words.length - 2] ?? '').toLowerCase();
  const kind = ORGANISATION_CUES.get(cue);
  // ("Skarvik Energy UK": a trade's word that closes a company's name does before the market it serves too.)
  return kind === 'business' || kind === 'transport' || CLOSING_TRADE_CUES.has(cue);
}

/** Whether a written name is an acronym of an organisation ("NATO", "BBC", "WHO"), not a person's name. */
export function isAcronymName(words: readonly string[]): boolean {
  return words.length === 1 && /^[\p{Lu}\p{N}&.-]{2,}$/u.test(words[0] ?? '');
}

/**
 * Whether a name opens with an organisation cue word and its "of", "for" or "on" ("Ministry of External Affairs",
 * "Commission on Coastal Rights"), or one word before them ("Mayors' Council on Rural Health", "Royal Commission
 * on Water").
 */
export function opensBodyName(words: readonly string[]): boolean {
  return [0, 1].some((k) => {
    const link = (words[k + 1] ?? '').toLowerCase();
    return (link === 'of' || link === 'for' || link === 'on') && ORGANISATION_CUES.has((words[k] ?? '').toLowerCase());
  });
}

/** Most words of a name that opens with an organisation cue word ("Northgate Rail", "Union Calder Freight"). */
export const CUE_OPENED_WORDS = 3;

/**
 * Whether a name of two to CUE_OPENED_WORDS words opens with an organisation cue word and ends in a word of its own
 * or in a cue of another kind ("Police Northvale", "Northgate Rail"): a body's name, though no cue word of its own
 * kind ends it.
 */
export function opensWithOrganisationCue(words: readonly string[]): boolean {
  const kind = ORGANISATION_CUES.get((words[0] ?? '').toLowerCase());
  return (
    words.length >= 2 &&
    words.length <= CUE_OPENED_WORDS &&
    kind !== undefined &&
    ORGANISATION_CUES.get((words[words.length - 1] ?? '').toLowerCase()) !== kind
  );
}

/** Most tokens between the first comma of a body's name made of a list and the "and" before its last item. */
const LISTED_NAME_TOKENS = 8;

/**
 * Whether the comma at token `at` stands inside a body's name made of a list ("the Millers, Textile and Allied Trades
 * Union", "Department for Fisheries, Forests and Rural Affairs"): capitalised words on both sides of it, more of them
 * and commas up to an "and", and a body's cue word (isOrganisationName) in the capitalised words closing the list or
 * in those the comma follows.
 */
export function commaInBodyName(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== ',' || tokens[at - 1]?.capital !== true || tokens[at + 1]?.capital !== true) return false;
  let and = at + 1;
  for (; and <= at + LISTED_NAME_TOKENS; and++) {
    const t = tokens[and];
    if (t === undefined) return false;
    if (t.lower === 'and' || t.text === '&') break;
    if (t.text !== ',' && !t.capital) return false;
  }
  if (tokens[and]?.lower !== 'and' && tokens[and]?.text !== '&') return false;
  const closing: string[] = [];
  for (let j = and + 1; tokens[j]?.capital === true; j++) closing.push(tokens[j]?.text ?? '');
  const opening: string[] = [];
  for (let j = at - 1; tokens[j]?.capital === true || ['of', 'for'].includes(tokens[j]?.lower ?? ''); j--)
    opening.unshift(tokens[j]?.text ?? '');
  return closing.length > 0 && (isOrganisationName(closing) || isOrganisationName(opening));
}
