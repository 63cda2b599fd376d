// Capitalised runs of words and what they are: a person's name (with any title before it), a role without a
// name ("NATO Secretary General"), or something else (organisations, places, events).
import {
  ARTICLES,
  DAYS_MONTHS,
  GIVEN_NAME_MONTHS,
  GENDER_TITLES,
  HEAD_TITLES,
  MOOD_ADJECTIVES,
  NON_NAME_CAPITALS,
  QUANTIFIER_OPENERS,
  NON_PERSON_WORDS,
  NAME_SUFFIXES,
  POST_NOMINALS,
  SURNAME_LIKE,
  GIVEN_NAME_LIKE,
  STOP_WORDS_ALSO_GIVEN_NAMES,
  ROLE_NOUNS,
  ROLE_SUFFIXES,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
  WEAK_HEAD_TITLES,
  TITLE_SURNAMES,
} from './lexicon.ts';
import { isStopWord } from '../corpus/stopwords.ts';
import { SUBJECT_PRONOUNS } from './pronouns.ts';
import { OTHER_PRONOUNS } from './clauseWords.ts';
import { isAcronym, isCapitalised, lower } from './capitals.ts';
import { followsPortfolioLink, isPortfolioWord, officePlaceEnd } from './portfolios.ts';
import {
  beforeRelativeClause,
  besideSpeechVerb,
  describesPerson,
  givenNameMonth,
  initialsBeforeSurname,
  dayGivenNameAfterTitle,
  monthBeforeInitial,
  honorificSurname,
  possessedTitleSurname,
  speakingMonth,
  speakingTitleSurname,
} from './wordNames.ts';
import { capsLabelName } from './capsLabel.ts';
import {
  isPlaceName,
  OFFICE_SEATS,
  PLACES_NAMED_AFTER_PEOPLE,
  SETTLEMENT_NOUNS,
  leadsToStreet,
  STREET_WORDS,
} from './places.ts';
import { isKoreanGivenName, isRomanisedGivenName } from './surnameFirst.ts';
import { cueClosesName, ORGANISATION_CUES, ORGANISATION_NOUNS, opensBodyName } from './organisations.ts';
import { isAgeWord, isDottedInitials, isPluralPossessive, type Token, withPossessive } from './tokens.ts';
import {
  isFirmMaker,
  isNationality,
  isPeoplesPlural,
  KIN_GROUP_NOUNS,
  NATIONALITY_NOUNS,
  OFFICE_FIELD_WORDS,
  PERSON_NATIONALITY_NOUNS,
  ROLE_ABBREVIATIONS,
} from './roleLexicon.ts';

export type Gender = 'male' | 'female';

export interface CapitalRun {
  /** Token indices [from, to) of the run. */
  from: number;
  to: number;
  /** First token of the name proper; equals `to` when the run is a title or role alone. */
  nameFrom: number;
  kind: 'name' | 'role' | 'other';
  /** The name proper, possessive endings removed. */
  name: string[];
  /** The title words before the name ("Russian President"), as written. */
  title: string;
  /** Lower-cased last title word right before the name, if any. */
  headTitle: string | null;
}

/** The words of a run as written, a leading "The" dropped ("The Health Ministry" -> Health Ministry). */
export function runWords(tokens: readonly Token[], run: CapitalRun): string[] {
  // ("Passengers’ Council": a body's name keeps the apostrophe of a plural possessive inside it.)
  const words = tokens.slice(run.from, run.to).map((t, k, all) => (k < all.length - 1 ? withPossessive(t) : t.text));
  const listed = withListCommas(words);
  return listed[0]?.toLowerCase() === 'the' ? listed.slice(1) : listed;
}

/** A body's words with the commas of its list kept on the word before them ("Environment, Food and Rural Affairs"). */
export function withListCommas(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (const word of words) {
    if (word === ',' && joined.length > 0) joined[joined.length - 1] += ',';
    else joined.push(word);
  }
  return joined;
}

export { isAcronym, isCapitalised, lower } from './capitals.ts';
import { CAPITALISED_NAME_PARTICLES, NAME_PARTICLES } from './particles.ts';

export { NAME_PARTICLES };
export { opensWithPortfolio, portfolioOfficeAt } from './portfolios.ts';

export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return (
    HEAD_TITLES.has(w) || WEAK_HEAD_TITLES.has(w) || TITLE_MODIFIERS.has(w) || isSuffixedRole(w) || isCompoundTitle(w)
  );
}

/** Prefixes a hyphen joins to a title ("Sub-Inspector", "Vice-Chancellor", "Co-Chair"). */
export const TITLE_PREFIXES: ReadonlySet<string> = new Set(['sub', 'vice', 'co']);

/**
 * "inspector-general", "sub-inspector", "co-chair": titles, their modifiers and prefixes joined by hyphens, a title
 * or a role noun last.
 */
function isCompoundTitle(word: string): boolean {
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  const last = parts.at(-1) ?? '';
  if (parts.length < 2 || !(HEAD_TITLES.has(last) || WEAK_HEAD_TITLES.has(last) || ROLE_NOUNS.has(last))) return false;
  return parts
    .slice(0, -1)
    .every((p) => HEAD_TITLES.has(p) || WEAK_HEAD_TITLES.has(p) || TITLE_MODIFIERS.has(p) || TITLE_PREFIXES.has(p));
}

/** Words after a name that show a list of names goes on ("Justices Ode and Hale"). */
const LIST_GOES_ON: ReadonlySet<string> = new Set(['and', ',', '&']);

/** Words after a run of portfolio words that join the next portfolio on ("Water Security and Research"). */
const PORTFOLIO_GOES_ON: ReadonlySet<string> = new Set(['and', '&']);

/** "justices", "senators": the plural of a title that stands before names (HEAD_TITLES). */
export function isPluralTitle(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && HEAD_TITLES.has(word.slice(0, -1));
}

/** "governor-elect", "minister-designate": a role or title with a suffix (ROLE_SUFFIXES) that leaves it one. */
export function isSuffixedRole(word: string): boolean {
  const hyphen = word.lastIndexOf('-');
  if (hyphen <= 0 || !ROLE_SUFFIXES.has(word.slice(hyphen + 1))) return false;
  const stem = word.slice(0, hyphen);
  return ROLE_NOUNS.has(stem) || HEAD_TITLES.has(stem) || WEAK_HEAD_TITLES.has(stem);
}

/**
 * "On the steps, An said": whether token k, the run's one word, is a stop word (none of SUBJECT_PRONOUNS or
 * OTHER_PRONOUNS) capitalised right after a comma that closes no quotation, before a speech verb: a stop word there is
 * written in lower case unless it is somebody's surname.
 */
function stopWordSurnameAt(tokens: Token[], k: number, end: number): boolean {
  const w = lower(tokens[k]);
  if (end !== k + 1 || k < 2 || tokens[k - 1]?.text !== ',' || tokens[k - 2]?.kind === 'quote') return false;
  const pronoun = SUBJECT_PRONOUNS.has(w) || OTHER_PRONOUNS.has(w);
  return isStopWord(w) && !pronoun && SPEECH_VERBS.has(lower(tokens[k + 1]));
}

/** Words after which a capitalised given name that is also a stop word opens a name ("said Nor Hidayah Ashdown"). */
export const GIVEN_NAME_LEADS: ReadonlySet<string> = new Set([',', 'and', 'by', 'with']);

/**
 * "captain Will Hale", "said Nor Hidayah Ashdown": whether token k is a given name that is also a stop word
 * (STOP_WORDS_ALSO_GIVEN_NAMES), after a title, a role noun, a speech verb or one of GIVEN_NAME_LEADS, and before
 * another word of the name (which ends at `end`).
 */
function stopWordGivenNameAt(tokens: Token[], k: number, end: number): boolean {
  if (!STOP_WORDS_ALSO_GIVEN_NAMES.has(lower(tokens[k])) || k + 1 >= end) return false;
  const before = tokens[k - 1]?.text.toLowerCase() ?? '';
  return ROLE_NOUNS.has(before) || isTitleWord(before) || SPEECH_VERBS.has(before) || GIVEN_NAME_LEADS.has(before);
}

/**
 * Whether token k is a capital letter that is also a stop word ("A", "I") written with its stop ("A."), which the
 * token holds, and no article or capitalised word before it: an initial, never the article.
 */
export function isDottedStopInitial(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || !/^\p{Lu}$/u.test(t.text) || !isStopWord(t.text.toLowerCase())) return false;
  // (Not a grade or a class an article or a capitalised word names: "He scored an A. Ruiz said …", "Category A.".)
  const before = tokens[k - 1];
  if (before?.kind === 'word' && (before.capital || ARTICLES_BEFORE_LETTER.has(before.lower))) return false;
  return t.end - t.start === t.text.length + 1;
}

/** Words before a capital letter that make it a grade, a class or a letter, no initial ("an A", "the B"). */
const ARTICLES_BEFORE_LETTER: ReadonlySet<string> = new Set(['a', 'an', 'the']);

function validNameWord(token: Token, first: boolean, last = false): boolean {
  const w = token.text.toLowerCase();
  // "Thomas Hale III": a generational suffix in capitals closes a name; it is no acronym.
  const generation = last && !first && NAME_SUFFIXES.has(w);
  // ("N.V. Okoro": initials joined by stops are a given name's, like one initial.)
  const initials = /^\p{Lu}\.?$/u.test(token.text) || isDottedInitials(token.text.replace(/\.$/u, ''));
  if (isAcronym(token.text) && !initials && !generation) return false;
  // "Linda Park", "Jools Holland": a place word can close a name that starts with a given name; "Bill Nolan":
  // a given name that is also such a word can open one.
  const closes = last && !first && SURNAME_LIKE.has(w);
  const opens = first && !last && GIVEN_NAME_LIKE.has(w);
  if (NON_PERSON_WORDS.has(w) && !closes && !opens) return false;
  // ("Nana Tarrant": a title that is also a given name may open a name; classify keeps it a title before two words.)
  if (isTitleWord(w) && !(first && !last && TITLES_ALSO_GIVEN_NAMES.has(w))) return false;
  // A month kept at the head of a run of names is a given name (capitalRuns drops it where it makes a date).
  const month = DAYS_MONTHS.has(w) && !(GIVEN_NAME_MONTHS.has(w) && !last);
  if (first && (month || NON_NAME_CAPITALS.has(w) || isStopWord(w))) return false;
  // ("Nic an tSionnaigh", "Ó hUiginn": an Irish surname's article and mutated word, which irishSurnameEnd reads on to.)
  const irish = !first && ((w === 'an' && !last) || IRISH_MUTATED.test(token.text));
  return token.capital || NAME_PARTICLES.has(w) || irish;
}

/** Whether tokens [from, to) are the words of a person's name: valid name words, none of them initials. */
function namedAfter(tokens: Token[], from: number, to: number): boolean {
  return tokens
    .slice(from, to)
    .every((t, k) => !isAcronym(t.text) && !t.possessive && validNameWord(t, k === 0, from + k === to - 1));
}

/**
 * A US legislator's party and state as wire copy writes them after the name ("Sen. Ann Hale, D-Calif.,", "R-Ariz",
 * "D-N.Y."): a party's initial, a hyphen and the state's short form — no name of anybody's.
 */
const PARTY_AND_STATE = /^[DRI]-\p{Lu}[\p{L}.]{0,5}$/u;

export function isPartyAndState(token: Token | undefined): boolean {
  return token?.kind === 'word' && PARTY_AND_STATE.test(token.text);
}

/** Most capitalised words of a hometown going on after a legislator's party ("D-Brent Mills", "R-Grand Rapids"). */
const PARTY_PLACE_WORDS = 2;

/**
 * Where a legislator's party and state or hometown ends, opening at token i: past the party's token and, set off after
 * the name by a comma or a bracket, up to PARTY_PLACE_WORDS capitalised words the place goes on with ("State Rep.
 * Ann Hale, D-Brent Mills, who …"): no name of anybody's.
 */
function partyPlaceEnd(tokens: readonly Token[], i: number): number {
  let end = i + 1;
  const setOff = tokens[i - 1]?.text === ',' || tokens[i - 1]?.text === '(';
  while (setOff && end <= i + PARTY_PLACE_WORDS && isCapitalised(tokens[end])) end++;
  return end;
}

/**
 * Where the party and place that end right before token `end` start ("…, D-Brent Mills" before ", who"): the party's
 * token, set off by a comma or a bracket; -1 when none ends there.
 */
export function partyPlaceStart(tokens: readonly Token[], end: number): number {
  for (let k = end - 1; k >= Math.max(0, end - 1 - PARTY_PLACE_WORDS); k--) {
    if (isPartyAndState(tokens[k])) return partyPlaceEnd(tokens, k) === end ? k : -1;
    if (!isCapitalised(tokens[k])) return -1;
  }
  return -1;
}

/** An Irish surname mutated after its particle: a lower-case letter or two, then the capital ("tSionnaigh", "hUiginn"). */
const IRISH_MUTATED = /^(?:t|h|n|bh|mb|gc|nd|ng|bp|dt)\p{Lu}\p{Ll}/u;

/**
 * Where an Irish surname goes on at token j after its particle ("Nic", "Mac", "Ó"): past "an" ("Mac an tSionnaigh",
 * "Nic an Bhaird") and a word its mutation writes in lower case first ("Ó hUiginn"); j when none does.
 */
function irishSurnameEnd(tokens: readonly Token[], j: number): number {
  if (!CAPITALISED_NAME_PARTICLES.has(tokens[j - 1]?.lower ?? '')) return j;
  const k = tokens[j]?.text === 'an' ? j + 1 : j;
  const t = tokens[k];
  if (t?.kind !== 'word') return j;
  return IRISH_MUTATED.test(t.text) || (k > j && isCapitalised(t)) ? k + 1 : j;
}

/**
 * Particles that open a surname written alone in lower case ("says van Zyl", "de Klerk said"); not "ten", "la" or
 * "y", which open other phrases ("ten Labour MPs") as often.
 */
export const SURNAME_OPENING_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'van',
  'von',
  'da',
  'di',
  'du',
  'del',
  'dos',
  'das',
  'dela',
  'delos',
  'bin',
  'bint',
  'binti',
  'ibn',
]);

/** Where a chain of up to three lower-case particles starting at token i ends. */
function particleChainEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < i + 3 && tokens[k]?.kind === 'word' && NAME_PARTICLES.has(tokens[k]?.text ?? '')) k++;
  return k;
}

/** Whether token i opens a surname with a particle written small, a capital after the chain ("van der Berg"). */
function surnameParticleRunAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'word' || !SURNAME_OPENING_PARTICLES.has(t.text)) return false;
  if (isCapitalised(tokens[i - 1]) || NAME_PARTICLES.has(tokens[i - 1]?.text ?? '')) return false;
  return isCapitalised(tokens[particleChainEnd(tokens, i)]);
}

/** Titles of a monarch or pope, whose given name a regnal number follows ("Queen Elizabeth I"). */
export const REGNAL_TITLES: ReadonlySet<string> = new Set(['king', 'queen', 'pope', 'emperor', 'empress']);

/**
 * "In Leeds I met …", "Like Mr Hale I believe …": whether token k is the writer's "I", a lower-case word after it; a
 * name before it ends there. (Not a regnal "Queen Elizabeth I was …": a monarch's title and one given name before it.)
 */
function firstPersonAt(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (tokens[k]?.text !== 'I' || next?.kind !== 'word' || next.capital) return false;
  return !REGNAL_TITLES.has(lower(tokens[k - 2]));
}

/** Stop words whose letters written in capitals are a country's ("US Attorney", "US Navy"), inside a run only. */
export const STOP_WORD_ACRONYMS: ReadonlySet<string> = new Set(['US']);

/** The capitalised runs of a sentence's tokens, each classified. */
export function capitalRuns(tokens: Token[]): CapitalRun[] {
  const runs: CapitalRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const opensWithParticle = surnameParticleRunAt(tokens, i);
    if (isPartyAndState(tokens[i])) {
      i = partyPlaceEnd(tokens, i);
      continue;
    }
    if (!isCapitalised(tokens[i]) && !opensWithParticle) {
      i++;
      continue;
    }
    let j = opensWithParticle ? particleChainEnd(tokens, i) : i;
    while (j < tokens.length) {
      const t = tokens[j];
      if (isCapitalised(t) && !isPartyAndState(t) && !(j > i && firstPersonAt(tokens, j))) {
        j++;
        if (t?.possessive && !(j - 1 === i && pluralPossessiveOpensBody(tokens, j - 1))) break;
        continue;
      }
      // "Ministry of External Affairs", "Institute for Fiscal Studies": a body's name runs over its "of" or "for".
      if (bodyLinkAt(tokens, i, j)) {
        j++;
        continue;
      }
      // "Nic an tSionnaigh", "Ó hUiginn": after an Irish particle, its article and a surname its mutation opens in
      // lower case.
      const irish = irishSurnameEnd(tokens, j);
      if (irish > j) {
        j = irish;
        continue;
      }
      // "de Gaulle", "von der Leyen": a chain of lower-case particles inside a name, a capital after it.
      if (t?.kind === 'word' && NAME_PARTICLES.has(t.text) && j > i) {
        const k = particleChainEnd(tokens, j);
        if (isCapitalised(tokens[k])) {
          j = k;
          continue;
        }
      }
      break;
    }
    // ("Whip of the Opposition in the Senate Ana Gwyn": the body an office is held in is no part of its holder's
    // name.)
    let from = officeBodyEnd(tokens, i, j);
    // Words that open a sentence or clause carry a capital of their own ("But Rasmussen", "Yesterday").
    while (from < j) {
      const w = lower(tokens[from]);
      if (givenNameMonth(tokens, from, j)) break;
      // "captain Will Hale": a given name that is also a stop word, after a title, before a surname.
      if (stopWordGivenNameAt(tokens, from, j)) break;
      // ("On the steps, An said": a surname that is also a stop word, capitalised after a comma, speaking.)
      if (stopWordSurnameAt(tokens, from, j)) break;
      // ("said A. Jesudas": an initial that is also a stop word, written with its stop, before the surname.)
      if (from + 1 < j && isDottedStopInitial(tokens, from)) break;
      // "Says Mark Dunn, …": an inverted speech verb opening the sentence is not part of the name.
      if (DAYS_MONTHS.has(w) && speakingMonth(tokens, from, j)) break;
      // ("Furious Hale slams referee": a word of mood before the surname is no part of the name.)
      const mood = MOOD_ADJECTIVES.has(w) && from + 1 < j;
      // ("Two-goal Hale, 21, joked", "Hat-trick hero": a compound with a lower-case part describes; no name is so.)
      // ("Ji-ho Park": a Korean given name is no such compound.)
      const text = tokens[from]?.text ?? '';
      const compound = LOWER_COMPOUND.test(text) && !isKoreanGivenName(text) && from + 1 < j;
      // ("Said, who lives nearby, told …": a speech verb's word before a relative clause is a surname.)
      const verb = from === 0 && SPEECH_VERBS.has(w) && !beforeRelativeClause(tokens, from);
      // ("Former ambassador to Lisbon Ana Gwyn": the place a role is held in is no part of its holder's name.)
      const rolePlace = from === i && rolePlaceAt(tokens, from, j);
      // ("Siblings Oren Vale and Tilda Vale took over the shop", "Twins Ana and Eva Ruiz": nor is a family's plural
      // before a full name or a given name that "and" goes on from.)
      const kin =
        from === i && KIN_GROUP_NOUNS.has(w) && (j - from >= 3 || (j - from === 2 && lower(tokens[j]) === 'and'));
      // ("league’s PCs had shown", "MPs said": an initialism in the plural is a group of things or people, no name.)
      const initialisms = PLURAL_INITIALISM.test(text) && j - from === 1;
      // ("Toymaker Tarvoss sues rival": a firm's word of what it makes, opening the sentence, is no part of its name.)
      const firm = from === 0 && isFirmMaker(w) && from + 1 < j;
      // ("Several praised the crew": a quantifier opening the sentence; "said Every" is a surname.)
      const quantifier = from === 0 && QUANTIFIER_OPENERS.has(w);
      // ("Furious Brits have told", "Kenyans said": a nationality's people in the plural, a group, no name.)
      const peoples = isPeoplesPlural(w);
      // ("US Attorney Ana Ruiz said": a stop word's letters in capitals before more of the run are a country's.)
      const country = STOP_WORD_ACRONYMS.has(tokens[from]?.text ?? '') && from + 1 < j;
      if (
        (isStopWord(w) && !country) ||
        NON_NAME_CAPITALS.has(w) ||
        DAYS_MONTHS.has(w) ||
        verb ||
        mood ||
        compound ||
        rolePlace ||
        firm ||
        kin ||
        initialisms ||
        quantifier ||
        peoples
      )
        from++;
      else break;
    }
    // ("eleven Harbour Lantern Front MPs": an initialism in the plural closing the run is its members, no part of the
    // body's name.)
    const to = j - from >= 2 && PLURAL_INITIALISM.test(tokens[j - 1]?.text ?? '') ? j - 1 : j;
    if (from < to) runs.push(classify(tokens, from, to));
    i = j;
  }
  return runs;
}

/**
 * "Passengers’ Council", "Farmers’ Union": whether token k, opening a run, is a plural possessive (its apostrophe
 * alone) before a body's cue word, or one more capitalised word and the cue (“Builders’ Trade Federation”): the
 * body's name goes on past it.
 */
function pluralPossessiveOpensBody(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || !isPluralPossessive(t)) return false;
  const bodyWord = (n: Token | undefined): boolean =>
    isCapitalised(n) && (ORGANISATION_CUES.has(lower(n)) || NON_PERSON_WORDS.has(lower(n)));
  return bodyWord(tokens[k + 1]) || (isCapitalised(tokens[k + 1]) && bodyWord(tokens[k + 2]));
}

/** How many of tokens [from, to) are a name's particles written small ("van", "der", "de"). */
function particlesIn(tokens: readonly Token[], from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (NAME_PARTICLES.has(tokens[k]?.text ?? '')) count++;
  return count;
}

/** Words tying a role to the place it is held in, before the holder's name ("ambassador to Lisbon NAME"). */
export const ROLE_PLACE_LINKS: ReadonlySet<string> = new Set(['to', 'in']);

/**
 * Whether token k, opening a run that ends at `end`, is a place a role before it is held in, with a name of two
 * words or more after it: "ambassador to Lisbon Ana Gwyn", "correspondent in Lagos Ada Obi". A run closed by a
 * body's cue word is the body's name, place and all ("an adviser to Lisbon Harbour Authority").
 */
function rolePlaceAt(tokens: Token[], k: number, end: number): boolean {
  return (
    end - k >= 3 &&
    ROLE_PLACE_LINKS.has(lower(tokens[k - 1])) &&
    ROLE_NOUNS.has(lower(tokens[k - 2])) &&
    isPlaceName(tokens[k]?.text ?? '') &&
    !ORGANISATION_CUES.has(lower(tokens[end - 1])) &&
    !NON_PERSON_WORDS.has(lower(tokens[end - 1]))
  );
}

/**
 * Whether token k of the run [from, to) is an office's field or the role noun closing it, after a title: "Chief
 * Operating Officer", "Deputy Medical Officer" are all titles, no "Operating Officer" named.
 */
function officeFieldAt(tokens: readonly Token[], k: number, from: number, to: number): boolean {
  if (k === from || !ROLE_NOUNS.has(lower(tokens[to - 1]))) return false;
  let field = k === to - 1 ? k - 1 : k;
  if (!OFFICE_FIELD_WORDS.has(lower(tokens[field]))) return false;
  while (field > from && OFFICE_FIELD_WORDS.has(lower(tokens[field - 1]))) field--;
  for (let j = k; j < to - 1; j++) if (!OFFICE_FIELD_WORDS.has(lower(tokens[j]))) return false;
  return field > from && isTitleWord(tokens[field - 1]?.text ?? '');
}

/**
 * Bodies and chambers an office is held in, named before its holder's name: "Leader of the Opposition NAME",
 * "Speaker of the House NAME", "Whip of the Opposition in the Senate NAME", "Leader of Opposition in Lok Sabha NAME".
 */
export const OFFICE_BODIES: ReadonlySet<string> = new Set([
  'opposition',
  'house',
  'senate',
  'assembly',
  'council',
  'sabha',
  'parliament',
  'legislature',
  'commons',
]);

/** Words tying an office to the body or chamber it is held in ("of the Opposition", "in the Senate"). */
export const OFFICE_BODY_LINKS: ReadonlySet<string> = new Set(['of', 'in']);

/** Most words of a body's or chamber's name before its holder's name ("Lok Sabha", "Legislative Council"). */
export const OFFICE_BODY_WORDS = 2;

/**
 * Where the name of an office's holder opens in the run [k, end): past the body or chamber the office is held in,
 * when an office comes right before its "of the" or "in" ("the" after it or not) — a role's word, a title, or, before
 * "in", a body closing the office's own name ("Whip of the Opposition in the Senate Ana Gwyn") — and two words or
 * more are left for the name; k itself otherwise.
 */
function officeBodyEnd(tokens: Token[], k: number, end: number): number {
  const link = lower(tokens[k - 1]) === 'the' ? k - 2 : k - 1;
  const linkWord = lower(tokens[link]);
  // ("said Leader of Opposition NAME": a body after "of" with no "the" is read with the role, as its complement.)
  if (!OFFICE_BODY_LINKS.has(linkWord) || (linkWord === 'of' && link === k - 1)) return k;
  const office = lower(tokens[link - 1]);
  const held = ROLE_NOUNS.has(office) || isTitleWord(office) || (linkWord === 'in' && OFFICE_BODIES.has(office));
  if (!held) return k;
  for (let m = k; m < k + OFFICE_BODY_WORDS && end - m > 2; m++) if (OFFICE_BODIES.has(lower(tokens[m]))) return m + 1;
  return k;
}

/** An initialism in the plural, its "s" written small: "PCs", "MPs", "NGOs". */
const PLURAL_INITIALISM = /^\p{Lu}{2,}s$/u;

/** A capitalised word joined by a hyphen to a lower-case one ("Two-goal", "Cash-strapped"): never a name's. */
const LOWER_COMPOUND = /^\p{Lu}[^-]*-\p{Ll}/u;

/**
 * Filipino words that join a body's name as "of" and "in" do ("Samahan ng Panadero sa Hilagang Bayan", an
 * association of bakers in the north): anywhere after the body's cue word in the run.
 */
export const FILIPINO_BODY_LINKS: ReadonlySet<string> = new Set(['ng', 'sa']);

/**
 * Lower-case words that join the words of a body's name after its cue word ("Bank of England", "Institute for Fiscal
 * Studies", "Commission on Coastal Rights"); "on" not before a day or a month ("the Council on Monday").
 */
export const BODY_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'on', ...FILIPINO_BODY_LINKS]);

/**
 * Whether token j of the run opened at i links a body's cue word to the rest of its name: "of" or "for" after
 * "Ministry", "Department", "University" (ORGANISATION_CUES), or "and" once such a link is in the run ("Department
 * of Health and Social Care"), with a capital after it.
 */
function bodyLinkAt(tokens: Token[], i: number, j: number): boolean {
  if (j <= i || !isCapitalised(tokens[j + 1])) return false;
  const w = lower(tokens[j]);
  if (w === 'on' && DAYS_MONTHS.has(lower(tokens[j + 1]))) return false;
  if (FILIPINO_BODY_LINKS.has(w)) return tokens.slice(i, j).some((t) => ORGANISATION_CUES.has(lower(t)));
  if (BODY_LINKS.has(w)) return ORGANISATION_CUES.has(lower(tokens[j - 1]));
  // ("Quent & Marrow", "Marks & Spencer": an ampersand between capitals joins a firm's name, never a person's.)
  if (tokens[j]?.text === '&') return true;
  // ("Ministry of Parks, Culture and Sport": so does a comma of its list, when an "and" closes the list.)
  const comma = tokens[j]?.text === ',' && listClosesWithAnd(tokens, j + 1);
  if (w !== 'and' && !comma) return false;
  return linkedInRun(tokens, i, j);
}

/** Whether a link after a body's cue word already joins the run opened at token i, before token j. */
function linkedInRun(tokens: Token[], i: number, j: number): boolean {
  return tokens.slice(i, j).some((t, k) => BODY_LINKS.has(lower(t)) && ORGANISATION_CUES.has(lower(tokens[i + k - 1])));
}

/** Most tokens of a body's list read for the "and" that closes it ("Culture and Sport", "Food, Water and Land"). */
const BODY_LIST_TOKENS = 8;

/**
 * Whether single capitalised words, commas between them, run from token k to an "and" or "&" and a capital after it
 * ("Culture and Sport"); not a list of people's names ("Ann Hale and Tom Berg").
 */
function listClosesWithAnd(tokens: Token[], k: number): boolean {
  for (let m = k; m < k + BODY_LIST_TOKENS; m += 2) {
    if (!isCapitalised(tokens[m])) return false;
    // (An ampersand is no word: its token's text, not its lower-case form, says what it is.)
    const next = tokens[m + 1]?.text.toLowerCase();
    if (next === 'and' || next === '&') return isCapitalised(tokens[m + 2]);
    if (tokens[m + 1]?.text !== ',') return false;
  }
  return false;
}

/**
 * Titles that are also common given names: before a single name word with no "of" after it ("Dean Little said"),
 * the given name, not the title ("Dean of Law Ann Hale", "Law School Dean Ann Hale" keep the title; so does "Nana
 * Kwaku Ode", an Akan chief's title, where "Nana Ode" is a given name).
 */
export const TITLES_ALSO_GIVEN_NAMES: ReadonlySet<string> = new Set(['dean', 'nana']);

/**
 * "the Chilean smiled", "the 24-year-old Chilean": a nationality noun alone after an article (and an age) describes a
 * person the article names elsewhere; it is no name ("Bill English said" keeps its surname).
 */
function describedByNationality(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from !== 1 || !NATIONALITY_NOUNS.has(lower(tokens[from]))) return false;
  const before = isAgeWord(lower(tokens[from - 1])) ? from - 2 : from - 1;
  return ARTICLES.has(lower(tokens[before]));
}

/** "Russian", "Danish", "Chinese", "Israeli": nationality words that stand before a title, not inside a name. */
/** Whether token k is a title heading a name (not a modifier of one, as "Former" or "Acting" is). */
function headTitleAt(tokens: Token[], k: number): boolean {
  const w = lower(tokens[k]);
  return isTitleWord(w) && !TITLE_MODIFIERS.has(w);
}

function looksLikeDemonym(word: string): boolean {
  return /(?:an|ese|ish|ch|i)$/u.test(word.toLowerCase());
}

/**
 * Small words that, capitalised inside a run of names, mark the title of a work ("Halls Without Doors", "Gone With
 * The Wind") and never a person's name; as written, so "van", "de" and the like stay a name's particles.
 */
export const TITLE_INNER_WORDS: ReadonlySet<string> = new Set([
  ...['Without', 'With', 'The', 'And', 'From', 'Into', 'Over', 'Through', 'Against', 'Between', 'In', 'On'],
  ...['At', 'For', 'Of', 'By', 'After', 'Before', 'About'],
]);

/** A US state's letters and a district number (or AL, at large) after a legislator's name: "MS-4", "NY-14". */
export const STATE_DISTRICT = /^\p{Lu}{2}-(?:\d{1,2}|AL)$/u;

function classify(tokens: Token[], from: number, to: number): CapitalRun {
  // "GARY PAYNE (Club): “…”": a roundup label set in capitals is a person's name, not an acronym.
  const capsName = capsLabelName(tokens, from, to);
  if (capsName !== null) return { from, to, nameFrom: from, kind: 'name', name: capsName, title: '', headTitle: null };
  // ("Sri Lanka", "San Marino": a place whose first word is also a title keeps it; no title opens a place's name.)
  const words = tokens.slice(from, to).map((t) => t.text);
  if (isTitleWord(words[0] ?? '') && isPlaceName(words.join(' ')))
    return { from, to, nameFrom: from, kind: 'name', name: words, title: '', headTitle: null };
  // ("Ministry of Foreign Affairs and Regional Cooperation": a body's cue word and its link open a body's name,
  // whose last word is no person's; unless an office and a name close it, "Ministry of Health Secretary Ann Lee".)
  if (
    opensBodyName(words) &&
    !tokens.slice(from + 2, to).some((t) => HEAD_TITLES.has(t.lower) || ROLE_NOUNS.has(t.lower))
  )
    return { from, to, nameFrom: from, kind: 'other', name: withListCommas(words), title: '', headTitle: null };
  // ("Health Board Kestwick (HBK) said": a body's cue word inside the run, with no office or role word there and at
  // most one word after it, makes it the body's name, whose first word is no title; not "Harbour Farmers Association
  // Pat Kenny", the body's man.)
  const first = (words[0] ?? '').toLowerCase();
  if (
    isTitleWord(words[0] ?? '') &&
    !HEAD_TITLES.has(first.replace(/\.$/u, '')) &&
    !WEAK_HEAD_TITLES.has(first) &&
    cueClosesName(words) &&
    !tokens.slice(from + 1, to).some((t) => HEAD_TITLES.has(t.lower) || ROLE_NOUNS.has(t.lower) || isAcronym(t.text))
  )
    return { from, to, nameFrom: from, kind: 'other', name: withListCommas(words), title: '', headTitle: null };
  let lastTitle = -1;
  // ("Sri Lanka Cricketers' Association", "Sri Lankan officials": a title word opening a place's name, or its
  // people's, is the place's, no title.)
  const titleOpensPlace =
    words.length >= 2 &&
    isTitleWord(words[0] ?? '') &&
    (isPlaceName(`${words[0]} ${words[1]}`) ||
      (/n$/u.test(words[1] ?? '') && isPlaceName(`${words[0]} ${(words[1] ?? '').slice(0, -1)}`)));
  // "American Lamont Hale": a nationality opening a run before a full name describes the person.
  const given = tokens[from + 1];
  const nationality =
    to - from >= 3 && isNationality(lower(tokens[from])) && given !== undefined && validNameWord(given, true);
  // "Minister for Water Resources Khalid Mahmood": the portfolio's words open the run, before the name proper.
  // ("Minister for National Water Security and Research NAME": a run of portfolio words alone is all the role's.)
  let portfolioOnly = false;
  if (followsPortfolioLink(tokens, from)) {
    let k = from;
    while (k < to && isPortfolioWord(tokens[k])) k++;
    portfolioOnly = k === to && PORTFOLIO_GOES_ON.has(lower(tokens[to]));
    if (k === from) k = officePlaceEnd(tokens, from, to);
    if (k > from) lastTitle = k - 1;
  }
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t) continue;
    // "Ann Lee MP": letters after the name that are also a title ("MP", "MS") close it as post-nominals.
    if (k === to - 1 && k > from && isAcronym(t.text) && POST_NOMINALS.has(t.lower)) continue;
    // A role noun opening the run is a title too ("Coach Pablo Moreno", "Striker Luis Moreno"), and so is one
    // inside it before a full name ("City Manager Edward Broussard", "Police Chief Ana Ruiz").
    // ("the campaign group Commuter Voice Tarrow": not right after a body's noun, whose name the run is.)
    const afterBodyNoun =
      k === from && tokens[from - 1]?.capital === false && ORGANISATION_NOUNS.has(lower(tokens[from - 1]));
    const role = ROLE_NOUNS.has(t.text.toLowerCase()) && (k === from || to - k > 2) && !afterBodyNoun;
    // "Harbour County Health CEC Amina Otieno", "Chairman ABC NAME": initials before a full name closing the run are
    // the body or office the person holds, not part of the name.
    // (Not a person's own initials joined by stops: "Chief Minister R.K. Anbu Selvan".) The full name's words are
    // counted without its particles ("Finance MMC Ana van der Gwyn").
    const after = to - k - 1 - particlesIn(tokens, k + 1, to);
    const initials =
      after >= 2 && after <= 3 && isAcronym(t.text) && !isDottedInitials(t.text) && namedAfter(tokens, k + 1, to);
    // "Baker Sarah Jones lost her shop", "Mother-of-two Sarah Jones": an occupation or a family description opening
    // a run before a full name describes the person ("Baker" alone stays a surname).
    const described =
      k === from && to - k >= 3 && describesPerson(t.lower) && namedAfter(tokens, k + 1, to) && !afterBodyNoun;
    // "Justices Ode and Hale", "Senators Ode, Hale": a title's plural opening a run that a list goes on after.
    const pluralTitle = k === from && to - k >= 2 && isPluralTitle(t.lower) && LIST_GOES_ON.has(lower(tokens[to]));
    const title =
      (isTitleWord(t.text) && !(k === from && titleOpensPlace)) ||
      officeFieldAt(tokens, k, from, to) ||
      role ||
      initials ||
      described ||
      pluralTitle ||
      (k === from && nationality);
    // "candidate Dean Little said": a title that is also a given name, before one name word and no "of", is the name's.
    const givenName =
      k === from && to - from === 2 && TITLES_ALSO_GIVEN_NAMES.has(t.lower) && lower(tokens[to]) !== 'of';
    if (title && !givenName && !(k > from && t.possessive)) lastTitle = Math.max(lastTitle, k);
  }
  // A lone title word closing a run of name words is a surname ("Martin Luther King", "John Major"), after titles
  // of its own too ("Cllr Dale Prince"): the name runs from the word after the earlier titles.
  let titleSurname = false;
  // (Not in a run of portfolio words alone: "National Water Security" stays the role's.)
  const closesWithTitle = lastTitle === to - 1 && lastTitle > from && !portfolioOnly;
  if (closesWithTitle && honorificSurname(tokens, lastTitle)) {
    lastTitle -= 1;
    titleSurname = true;
  } else if (
    closesWithTitle &&
    !isTitleWord(tokens[lastTitle - 1]?.text ?? '') &&
    !officeFieldAt(tokens, lastTitle, from, to) &&
    // ("Acme CEO", "Westbridge MP": a role in capital letters after a name is no surname, as "Major" may be.)
    !isAcronym(tokens[lastTitle]?.text ?? '')
  ) {
    let opens = lastTitle - 1;
    // ("Founder NAME Sheikh": a role noun opening the run is a title too.)
    const opening = (k: number): boolean => k === from && (nationality || ROLE_NOUNS.has(lower(tokens[k])));
    while (opens > from && !isTitleWord(tokens[opens - 1]?.text ?? '') && !opening(opens - 1)) opens--;
    const titled = opens > from;
    const before = tokens.slice(opens, lastTitle);
    // ("Founder Tanvir Ahmed Sheikh": a word that is a surname as often as a title closes a full name after a title.)
    const surnameToo = TITLE_SURNAMES.has(lower(tokens[lastTitle]));
    // ("Italian Prince", "European Commissioner": a people's word before a title is no given name; before a title
    // only ever written short before a name (ROLE_ABBREVIATIONS: "Sen") that is a surname too, only a nationality is,
    // since many given names end as a demonym does: "Kirti Sen". "Bavarian Prince" stays a role.)
    const abbreviated = surnameToo && ROLE_ABBREVIATIONS.has(lower(tokens[lastTitle]));
    // ("Secretary-General Ojoran Bishop": between a head title and a title closing the run, a word that only ends
    // as a demonym does is a given name; no office is written "Secretary-General Bavarian Prince".)
    const headTitled = titled && headTitleAt(tokens, opens - 1);
    const demonym = (t: Token): boolean =>
      abbreviated || headTitled ? isNationality(t.lower) : looksLikeDemonym(t.text);
    const named = before.every((t, k) => validNameWord(t, k === 0) && !t.possessive && !demonym(t));
    if (named && (!titled || before.length === 1 || surnameToo)) {
      lastTitle = titled ? opens - 1 : -1;
      titleSurname = true;
    }
  }
  if (!titleSurname && !portfolioOnly && possessedTitleSurname(tokens, from, to - 1)) titleSurname = true;
  const nameFrom = Math.max(lastTitle + 1, from);
  // "Simon Tate KC": letters of an honour after the name close its run but are no part of the name.
  // "Rep. Ann Lee MS-4": so does a US state and district a legislator's credit ends with.
  const closing = tokens[to - 1]?.text ?? '';
  const honoured =
    to - nameFrom >= 3 &&
    ((POST_NOMINALS.has(lower(tokens[to - 1])) && isAcronym(closing)) || STATE_DISTRICT.test(closing));
  const nameTokens = tokens.slice(nameFrom, honoured ? to - 1 : to);
  const headTitle = lastTitle >= from ? lower(tokens[lastTitle]) : null;
  const title = tokens.slice(from, nameFrom).map(withPossessive).join(' ');
  // "Park said", "said Park", "Dr Park": a surname that is also a place word, alone, where a person's name stands.
  const lone =
    nameTokens.length === 1 && (SURNAME_LIKE.has(lower(nameTokens[0])) || speakingMonth(tokens, nameFrom, to));
  if (to - from === 1 && speakingTitleSurname(tokens, from))
    return { from, to, nameFrom: from, kind: 'name', name: [tokens[from]?.text ?? ''], title: '', headTitle: null };
  const asPerson = nameFrom > from || besideSpeechVerb(tokens, from, to);
  const valid =
    nameTokens.length >= 1 &&
    // ("Her memoir, Halls Without Doors, …": a small word capitalised inside the run makes it a title's.)
    !nameTokens.some((t, k) => k > 0 && k < nameTokens.length - 1 && TITLE_INNER_WORDS.has(t.text)) &&
    // "Luiz Inacio Lula da Silva", "Omar Abdul Aziz Al Harbi": up to four words of a name, its particles besides
    // (capitalised or not).
    nameTokens.filter((t) => !NAME_PARTICLES.has(t.lower)).length <= 4 &&
    (nameTokens.every(
      (t, k) =>
        (titleSurname && k === nameTokens.length - 1) ||
        (k === 0 && monthBeforeInitial(tokens, nameFrom, to)) ||
        (k === 0 && dayGivenNameAfterTitle(tokens, from, nameFrom, to)) ||
        (k === 0 && initialsBeforeSurname(tokens, from, nameFrom, to)) ||
        // ("said A. Jesudas": an initial that is also a stop word, "A", is an initial when its stop follows it.)
        (k === 0 && nameTokens.length >= 2 && isDottedStopInitial(tokens, nameFrom)) ||
        // "Park Ji-ho": a place word opens a name written surname first, before a romanised given name.
        (k === 0 && SURNAME_LIKE.has(t.lower) && isRomanisedGivenName(nameTokens[1]?.text ?? '')) ||
        (k === 0 && stopWordGivenNameAt(tokens, nameFrom, nameFrom + nameTokens.length)) ||
        validNameWord(t, k === 0, k === nameTokens.length - 1),
    ) ||
      (lone && asPerson));
  // "at CM House", "outside Governor House": an office's seat named after it is a place, not the holder's name (a
  // courtesy title keeps the person: "Dr House").
  const seat =
    nameTokens.length === 1 &&
    OFFICE_SEATS.has(lower(nameTokens[0])) &&
    headTitle !== null &&
    (ROLE_NOUNS.has(headTitle) || isAcronym(tokens[lastTitle]?.text ?? ''));
  // "the Sri Ram temple", "the Ann Hale stadium": a name "the" opens, before a building named after it, is the place's;
  // so is any before a kind of settlement ("Kinvara village").
  const after = lower(tokens[to]);
  // ("Pham Ngoc Lan Street": so is an untitled name closed by a street's word; of three words or more when the word
  // is a surname too, "Lena Street".)
  const closer = lower(nameTokens[nameTokens.length - 1]);
  // (Of two words too after a preposition of a street or "the": "along Brindle Street", "the Brindle Street laundromat".)
  const streetLead = leadsToStreet(tokens, from);
  const street =
    nameFrom === from &&
    STREET_WORDS.has(closer) &&
    nameTokens.length >= (SURNAME_LIKE.has(closer) && !streetLead ? 3 : 2);
  const namedPlace =
    (lower(tokens[from - 1]) === 'the' && PLACES_NAMED_AFTER_PEOPLE.has(after)) ||
    SETTLEMENT_NOUNS.has(after) ||
    street;
  const lastIsTitle = lastTitle === to - 1;
  const lastHead = headTitle !== null && (HEAD_TITLES.has(headTitle) || WEAK_HEAD_TITLES.has(headTitle));
  let kind: CapitalRun['kind'] = 'other';
  if (nameTokens.length > 0 && valid && !seat && !namedPlace && !describedByNationality(tokens, from, to))
    kind = 'name';
  else if (lastIsTitle && lastHead) kind = 'role';
  return { from, to, nameFrom, kind, name: withListCommas(nameTokens.map((t) => t.text)), title, headTitle };
}

/**
 * The word a long name is known by when it stands before the name's particles, not first ("Lula" of "Luiz Inacio
 * Lula da Silva"); null when there is none. Words as keyed, in lower case.
 */
export function wordBeforeParticle(words: readonly string[]): string | null {
  const at = words.findIndex((w) => NAME_PARTICLES.has(w));
  return at >= 2 ? (words[at - 1] ?? null) : null;
}

/** Whether the title right before the name marks it as a person's (a weak title needs two name words). */
export function titleMarksPerson(run: CapitalRun): boolean {
  if (run.headTitle === null) return false;
  if (HEAD_TITLES.has(run.headTitle)) return true;
  if ((ROLE_NOUNS.has(run.headTitle) || PERSON_NATIONALITY_NOUNS.has(run.headTitle)) && run.name.length >= 2)
    return true;
  return WEAK_HEAD_TITLES.has(run.headTitle) && run.name.length >= 2;
}

export function genderOfWord(word: string): Gender | null {
  return GENDER_TITLES.get(word.toLowerCase()) ?? null;
}

/** Whether a run's name is the texts of its tokens from `start` to its end (no title before it, nothing folded). */
export function namesTokens(tokens: readonly Token[], run: CapitalRun, start: number): boolean {
  const { name } = run;
  if (run.nameFrom !== start || name.length !== run.to - start) return false;
  for (let k = 0; k < name.length; k++) if (tokens[start + k]?.text !== name[k]) return false;
  return true;
}
