// Businesses an article names by one word: the first word of the full name it gives elsewhere ("Harlow Motor
// Corp. … Harlow said"), or a word it uses as only a business's is used ("Harlow's shares", "Harlow CEO Ann Lee").
import type { Sentence } from './frames.ts';
import { isStopWord } from '../corpus/stopwords.ts';
import { ARTICLES } from './lexicon.ts';
import { ORGANISATION_CUES, ORGANISATION_NOUNS } from './organisations.ts';
import { isRoleHead } from './rolePhrases.ts';
import type { Token } from './tokens.ts';

/** The kind of body whose name an article may shorten to its first word ("Harlow Motor Corp." to "Harlow"). */
const SHORTENED_KIND = 'business';

/** What only a business owns: "Harlow's shares rose", "Harlow's quarterly revenue". */
export const BUSINESS_POSSESSIONS: ReadonlySet<string> = new Set([
  'shares',
  'stock',
  'profit',
  'profits',
  'revenue',
  'revenues',
  'earnings',
  'turnover',
]);

/** Words after a business's name, not a person's: "Harlow CEO Ann Lee", "Harlow shareholders". */
export const BUSINESS_FOLLOWERS: ReadonlySet<string> = new Set([
  'ceo',
  'cfo',
  'coo',
  'shareholders',
  'investors',
  'founder',
  'co-founder',
  'boss',
  'chairman',
  'chairwoman',
  'employees',
  'executives',
]);

/**
 * Lower-case nouns of a business's kind written right before its one-word name ("ride-hailing app Zoomly", "the
 * carmaker Harlow"): a person's name never stands there.
 */
export const BUSINESS_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'app',
  'company',
  'firm',
  'startup',
  'start-up',
  'retailer',
  'carmaker',
  'automaker',
  'airline',
  'lender',
  'insurer',
  'supermarket',
  'manufacturer',
  'conglomerate',
  'platform',
  'chain',
  'carrier',
  'brand',
  'cooperative',
  'co-operative',
]);

/** Nouns of the premises a business trades from, heading an appositive after its name ("NAME, the noodle restaurant"). */
export const PREMISES_NOUNS: ReadonlySet<string> = new Set([
  ...['restaurant', 'cafe', 'café', 'bakery', 'shop', 'store', 'bar', 'pub', 'hotel', 'salon', 'bistro', 'diner'],
  ...['brewery', 'winery', 'distillery', 'takeaway', 'bookshop', 'bookstore', 'boutique', 'gallery', 'theatre'],
  ...['cinema', 'garage', 'workshop', 'nursery', 'pharmacy', 'butcher', 'deli', 'delicatessen'],
]);

/** Most words between an appositive's article and the business noun heading it ("the Vietnamese noodle restaurant"). */
const BUSINESS_APPOSITIVE_WORDS = 3;

/**
 * Whether an appositive after the comma at `at` calls what comes before it a business: an article, up to
 * BUSINESS_APPOSITIVE_WORDS words (no stop word), then, heading the phrase, a noun of premises (PREMISES_NOUNS)
 * or of a business's kind (BUSINESS_NOUNS_BEFORE): "Casa Marisol, the tapas bar …", "NAME, a Vietnamese noodle
 * restaurant".
 */
export function businessAppositiveAfter(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== ',' || !ARTICLES.has(tokens[at + 1]?.lower ?? '')) return false;
  for (let k = at + 2; k <= at + 2 + BUSINESS_APPOSITIVE_WORDS; k++) {
    const t = tokens[k];
    // ("NAME, the head of the bakery": a noun the appositive's head is "of" is not what it calls NAME.)
    if (t?.kind !== 'word' || isStopWord(t.lower)) return false;
    // (The noun must head the phrase, no word in lower case after it but a stop word: not "a firm believer in …".)
    const next = tokens[k + 1];
    const heads = next?.kind !== 'word' || next.capital || isStopWord(next.lower);
    if (heads && (PREMISES_NOUNS.has(t.lower) || BUSINESS_NOUNS_BEFORE.has(t.lower))) return true;
  }
  return false;
}

/**
 * Prefixes of surnames written with a capital inside them ("FitzGerald", "MacArthur", "VanDyke", "DelVecchio"); the
 * others ("McKay", "DeSantis", "LaToya") are too short to count.
 */
export const INNER_CAPITAL_PREFIXES: ReadonlySet<string> = new Set([
  'fitz',
  'mac',
  'van',
  'von',
  'del',
  'dal',
  'den',
  'ter',
]);

/**
 * A single word with a capital well inside it ("FarmLink", "GridWorks", "MetOffice"): a brand's or business's name,
 * not a person's. Surnames written so have a short prefix ("McKay", "DeSantis", "LaToya") or one of
 * INNER_CAPITAL_PREFIXES.
 */
export function isCamelCaseBrand(word: string): boolean {
  const inner = /^\p{Lu}(\p{Ll}{2,})\p{Lu}\p{Ll}/u.exec(word);
  return inner !== null && !INNER_CAPITAL_PREFIXES.has(word.slice(0, 1 + (inner[1]?.length ?? 0)).toLowerCase());
}

/** What an article says of the businesses it names by one word, read once for all its speaking words. */
export interface BusinessNames {
  /** The full name of a business by its first word as written ("Harlow" → Harlow Motor Corp.). */
  namedBy: ReadonlyMap<string, string[]>;
  /** Words the article uses as only a business's name is used ("Harlow’s shares", "Harlow CEO NAME"). */
  used: ReadonlySet<string>;
}

/**
 * "Harlow Motor Corp. raised its forecast … Harlow said": the full names of businesses (two words or more ending in
 * a cue word of its kind) by their first word; and the capitalised words the article uses as only a business's
 * name is used — before something only a business owns ("Harlow’s shares", "Harlow’s first-quarter profit") or before
 * a word only a business's name goes with ("Harlow CEO Ann Lee").
 */
export function businessNames(sentences: readonly Sentence[]): BusinessNames {
  const namedBy = new Map<string, string[]>();
  const used = new Set<string>();
  for (const { tokens, runs } of sentences) {
    for (const run of runs) {
      const words = tokens.slice(run.from, run.to).map((t) => t.text);
      const last = (words[words.length - 1] ?? '').toLowerCase().replace(/\.$/u, '');
      const first = words[0] ?? '';
      if (words.length >= 2 && ORGANISATION_CUES.get(last) === SHORTENED_KIND && !namedBy.has(first))
        namedBy.set(first, words);
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // A word after another capitalised one is part of a longer name ("Ann Harlow’s shares").
      if (t?.kind !== 'word' || !t.capital || tokens[i - 1]?.capital === true) continue;
      // "ride-hailing app Zoomly said": a business's noun before a one-word name.
      const before = tokens[i - 1];
      const next = tokens[i + 1];
      if (before?.kind === 'word' && BUSINESS_NOUNS_BEFORE.has(before.lower) && next?.capital !== true)
        used.add(t.text);
      if (next?.kind !== 'word') continue;
      if (BUSINESS_FOLLOWERS.has(next.lower)) used.add(t.text);
      if (t.possessive !== true) continue;
      // "Harlow’s shares", past an adjective or two ("Harlow’s first quarter profit").
      for (let k = i + 1; k <= i + 3; k++) {
        const w = tokens[k];
        if (w?.kind !== 'word' || w.capital) break;
        if (BUSINESS_POSSESSIONS.has(w.lower)) used.add(t.text);
      }
    }
  }
  return { namedBy, used };
}

/** Determiners opening a body's noun set before its name by a comma ("The delivery firm, NAME, said"). */
export const APPOSED_BODY_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her']);

/**
 * "The delivery firm, Harwick Parcels, said", "recalled by the manufacturer, Tallow Bikes.": whether the name
 * starting at `from` is set off by a comma after a body's noun in lower case (ORGANISATION_NOUNS,
 * BUSINESS_NOUNS_BEFORE, no role) and its determiner or a name's possessive, one lower-case word perhaps between
 * ("Hale's company, Tarn Homes, said"). What closes the name decides whose it is (sentenceEvidence.ts): "the
 * group, Stelios, who …" is a person's.
 */
export function bodyNounBefore(tokens: readonly Token[], from: number): boolean {
  if (tokens[from - 1]?.text !== ',') return false;
  const noun = tokens[from - 2];
  if (noun?.kind !== 'word' || noun.capital || isRoleHead(noun.lower)) return false;
  if (!ORGANISATION_NOUNS.has(noun.lower) && !BUSINESS_NOUNS_BEFORE.has(noun.lower)) return false;
  const before = tokens[from - 3];
  const lead =
    before?.kind === 'word' &&
    !APPOSED_BODY_DETERMINERS.has(before.lower) &&
    !before.capital &&
    !isStopWord(before.lower)
      ? tokens[from - 4]
      : before;
  // ("Hale's company, Tarn Homes, said": a name's possessive stands where the determiner does.)
  const owner = lead?.possessive === true && lead.capital;
  if (!APPOSED_BODY_DETERMINERS.has(lead?.lower ?? '') && !owner) return false;
  // ("a spokesman for the union, Tom Hale, said", "the man who founded the charity, Tom Hale.": after a role's link
  // or a verb, the name is a person's; the body's noun opens the sentence or a clause, or is a passive's agent.)
  // (The possessive's whole name stands before the noun: "A former director of Hale's firm, Ana Ruiz, said" is
  // the director's name.)
  let leadFrom = from - (lead === before ? 3 : 4);
  while (owner && tokens[leadFrom - 1]?.kind === 'word' && tokens[leadFrom - 1]?.capital === true) leadFrom--;
  const opener = tokens[leadFrom - 1];
  return opener === undefined || APPOSED_BODY_OPENERS.has(opener.kind === 'word' ? opener.lower : opener.text);
}

/** Determiners opening a body's noun written right before its name ("the advocacy group NAME said"). */
export const CLOSE_BODY_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their']);

/** Most lower-case words between such a determiner and the body's noun ("the environmental advocacy group NAME"). */
const CLOSE_BODY_MODIFIERS = 2;

/**
 * "The campaign group Dry Fields Now said", "Tom Hale of the advocacy group Clean Water Marston said": whether the
 * name starting at `from` comes right after a body's noun in lower case (ORGANISATION_NOUNS, BUSINESS_NOUNS_BEFORE,
 * no role) that a determiner (CLOSE_BODY_DETERMINERS) opens, at most two lower-case words between. What follows the
 * name decides whether it is the body's (sentenceEvidence.ts): "the charity Tom Hale founded" names its founder.
 */
export function bodyNounRightBefore(tokens: readonly Token[], from: number): boolean {
  const noun = tokens[from - 1];
  if (noun?.kind !== 'word' || noun.capital || isRoleHead(noun.lower)) return false;
  if (!ORGANISATION_NOUNS.has(noun.lower) && !BUSINESS_NOUNS_BEFORE.has(noun.lower)) return false;
  for (let k = from - 2; k >= from - 2 - CLOSE_BODY_MODIFIERS; k--) {
    const word = tokens[k];
    if (word?.kind !== 'word') return false;
    // ("Speaking outside the court Tom Hale said": not after an opening phrase whose comma was left out; only at
    // the sentence's start, after a person's "of" or "from", or after a conjunction or a word of when.)
    if (CLOSE_BODY_DETERMINERS.has(word.lower)) return k === 0 || CLOSE_BODY_LEADS.has(tokens[k - 1]?.lower ?? '');
    if (word.capital || isStopWord(word.lower) || isRoleHead(word.lower)) return false;
  }
  return false;
}

/**
 * Words before such a determiner that tie a person to the body ("NAME of the campaign group X said") or open the
 * sentence with when it spoke ("On Monday the charity X said", "In a statement the charity X said", "But the …").
 */
export const CLOSE_BODY_LEADS: ReadonlySet<string> = new Set([
  ...['of', 'from', 'but', 'and', 'yesterday', 'today', 'tonight', 'statement', 'earlier', 'later'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year'],
]);

/** What stands before a body's noun set before its name by a comma, besides the sentence's start ("recalled by the maker, NAME."). */
export const APPOSED_BODY_OPENERS: ReadonlySet<string> = new Set([',', ';', 'by']);
