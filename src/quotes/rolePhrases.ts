// Role phrases around names and alone: "the former Danish prime minister", "Russia’s ambassador to NATO", "the
// 71-year-old"; the words that can head one, and plural nouns for groups of people.
import {
  DETERMINERS,
  HEAD_TITLES,
  NATIONALITY_NOUNS,
  PORTFOLIO_WORDS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
  UNNAMED_OPENERS,
  WEAK_HEAD_TITLES,
} from './lexicon.ts';
import { isCapitalised, isSuffixedRole, isTitleWord, lower } from './names.ts';
import { isCompoundRole, isNationality } from './roleLexicon.ts';
import { ORGANISATION_NOUNS } from './organisations.ts';
import { isFamilyDescription } from './wordNames.ts';
import { isStopWord } from '../corpus/stopwords.ts';
import { isAgeWord, isRankNumber, openingBracketOf, type Token, withPossessive } from './tokens.ts';
import { lowerAt } from './frames.ts';

function isRoleWord(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  const w = token.text.toLowerCase();
  return ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w) || isTitleWord(w);
}

/** Honorifics before a name: no role of the person's, and no head of a role phrase. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'madam',
  'mdm',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'prof',
  'rev',
  // "Hon. NAME" (Honourable): a member of a parliament, in West African, East African and Malaysian usage.
  'hon',
  // Malay courtesy titles ("Encik NAME", Mr; "Puan NAME", Mrs; "Cik NAME", Miss): no role.
  'encik',
  'puan',
  'cik',
  // "Engr. NAME", "Barr. NAME": a Nigerian engineer's and barrister's titles before the name: no role ("Eng. NAME" in
  // Kenya and Uganda).
  'engr',
  'eng',
  'barr',
  // "Adv. NAME" (Advocate): a South African advocate's title before the name: no role.
  'adv',
  // Malaysian and Bruneian honours worn before the name ("Datuk Seri Ann Rahim"): no role.
  'datuk',
  'dato',
  'datin',
  'tun',
  'seri',
  // Islamic scholars' and pilgrims' titles of respect ("Maulana NAME", "Alhaji NAME", "Haji NAME"): no role.
  'maulana',
  'mufti',
  'allama',
  'alhaji',
  'alhaja',
  // (Hausa usage: "Hajiya NAME", a woman who has made the pilgrimage.)
  'hajiya',
  'haji',
  'hajji',
  // An Akan chief's or elder's title ("Nana Kwaku Ode"), a given name before one name word (TITLES_ALSO_GIVEN_NAMES).
  'nana',
  // A trade unionist's or activist's title in Nigerian, Indian and South African usage ("Comrade Ada Eze"), and its
  // Zimbabwean short form ("Cde Ada Moyo"): no role.
  'comrade',
  'cde',
  // Courtesy titles of other languages that English-language news keeps ("Mme NAME", "Herr NAME"): no role. (Not
  // "Mma" or "Sra", which are as often a body's letters: "the Uganda MMA Federation".)
  ...['mme', 'mlle', 'herr', 'frau'],
]);

/** Plural nouns for people that are not a role noun plus -s. */
const PEOPLE_PLURALS = new Set(['people', 'men', 'women', 'children', 'folk', 'folks']);

/** Fewest letters of a title whose plural is a group ("Justices", "Senators"), so "Mrs" is no plural of "Mr". */
const PLURAL_TITLE_LETTERS = 4;

/** Whether a singular is a role noun, or a head title written out in full ("justice"), not an honorific. */
function namesOnePerson(singular: string): boolean {
  if (ROLE_NOUNS.has(singular)) return true;
  return HEAD_TITLES.has(singular) && singular.length >= PLURAL_TITLE_LETTERS && !HONORIFICS.has(singular);
}

/** The singulars a plural in lower case may have: "critics" → "critic", "witnesses" → "witnesse", "witness". */
export function singularForms(plural: string): string[] {
  if (!plural.endsWith('s')) return [];
  return [
    plural.slice(0, -1),
    ...(plural.endsWith('es') ? [plural.slice(0, -2)] : []),
    ...(plural.endsWith('ies') ? [`${plural.slice(0, -3)}y`] : []),
  ];
}

/** "Critics", "Residents", "Witnesses", "Allies", "Justices": a group of people, never one person's name. */
export function isPluralOfPeople(word: string): boolean {
  const w = word.toLowerCase();
  if (PEOPLE_PLURALS.has(w)) return true;
  // ("allies" → "ally": a role noun; the y-form is no head title written out.)
  return singularForms(w).some((singular) =>
    singular.endsWith('y') && w.endsWith('ies') ? ROLE_NOUNS.has(singular) : namesOnePerson(singular),
  );
}

/** A word that can head a role phrase: a role noun or a title, not a modifier ("former") or an honorific ("Mr"). */
export function isRoleHead(word: string): boolean {
  const w = word.toLowerCase();
  if (HONORIFICS.has(w)) return false;
  if (isAgeWord(w) || NATIONALITY_NOUNS.has(w)) return true;
  if (ROLE_NOUNS.has(w) || HEAD_TITLES.has(w) || WEAK_HEAD_TITLES.has(w) || isSuffixedRole(w) || isCompoundRole(w))
    return true;
  // "mum-of-two", "father-of-three": a family description written as one word is its role noun's.
  if (isFamilyDescription(w)) return ROLE_NOUNS.has(w.slice(0, w.indexOf('-')));
  // "officer-in-charge", "editor-in-chief": a role noun and what it is in charge of, written as one word.
  const held = ROLE_HELD_SUFFIXES.find((suffix) => w.endsWith(suffix) && w.length > suffix.length);
  if (held !== undefined) return isRoleHead(w.slice(0, -held.length));
  // "joint-manager", "player-coach", "ex-chairman": a role noun after a hyphenated prefix that only qualifies it.
  const hyphen = w.lastIndexOf('-');
  return hyphen > 0 && ROLE_PREFIXES.has(w.slice(0, hyphen)) && isRoleHead(w.slice(hyphen + 1));
}

/** Endings joined to a role noun by hyphens that leave it a role: "officer-in-charge", "commander-in-chief". */
export const ROLE_HELD_SUFFIXES: readonly string[] = ['-in-charge', '-in-chief'];

/** Prefixes joined by a hyphen to a role noun that leave it a role: "joint-manager", "ex-chairman", "player-coach". */
export const ROLE_PREFIXES: ReadonlySet<string> = new Set([
  ...['joint', 'co', 'vice', 'deputy', 'ex', 'acting', 'interim', 'caretaker', 'assistant', 'player', 'sub'],
]);

/** Whether a word is written as a plain word of a role phrase: in lower case, a ranking written short ("No4"), an
 * age ("21-year-old"), or a number joined to a lower-case word ("a 200-level student", "a 20-year veteran"). */
function plainWordText(text: string): boolean {
  // (An age written before a role, "the 21-year-old striker", is a plain word of the role's phrase.)
  return /^\p{Ll}/u.test(text) || isRankNumber(text) || isAgeWord(text) || NUMBERED_DESCRIPTOR.test(text);
}

/** A number joined by a hyphen to lower-case words: "200-level", "20-year", "five-" is written out and lower case. */
const NUMBERED_DESCRIPTOR = /^\d[\d,.]*-\p{Ll}+(?:-\p{Ll}+)*$/u;

/** Whether a determiner stands within `n` plain lower-case words before token k. */
function determinerWithin(tokens: Token[], k: number, n: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - n); j--) {
    const t = tokens[j];
    if (t?.kind !== 'word') return false;
    const w = t.text.toLowerCase();
    // A possessive works as a determiner: "Labour’s shadow chancellor".
    if (DETERMINERS.has(w) || t.possessive) return true;
    // ("the 51-year-old schools minister": an age among the words describing the role.)
    if (!/^\p{Ll}/u.test(t.text) && !isAgeWord(w)) return false;
  }
  return false;
}

/** Whether within `n` plain lower-case words before token k the phrase is opened by a speech verb, a comma, a quote or the start. */
function openedBefore(tokens: Token[], k: number, n: number): boolean {
  for (let j = k - 1; j >= k - n - 1; j--) {
    if (j < 0) return true;
    const t = tokens[j];
    if (!t) return true;
    if (t.kind !== 'word') return t.text === ',' || t.kind === 'quote';
    const w = t.text.toLowerCase();
    if (SPEECH_VERBS.has(w)) return true;
    // "Chief financial officer Ann Lee said": a role word opening the sentence carries its capital as the first word.
    if (j === 0 && isRoleWord(t)) return true;
    if (!/^\p{Ll}/u.test(t.text) || DETERMINERS.has(w)) return false;
  }
  return false;
}

/**
 * Plain words a role takes after the name of the body that holds it ("Tallow Quay joint administrator", "Kestrel
 * Air chief operating officer"), beyond the role modifiers every role may take (ROLE_MODIFIERS): never a verb, as
 * in "Hale met union leader Ann Lee".
 */
export const BODY_ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  ...['joint', 'managing', 'lead', 'principal', 'executive', 'operating', 'financial', 'technical', 'commercial'],
  'sporting',
]);

/**
 * Whether the plain word at token k is one of BODY_ROLE_MODIFIERS with a body's name right before it, or before
 * other such words or role words (`n` words at most): "Tallow Quay joint administrator Ann Lee".
 */
function bodyNameWithin(tokens: Token[], k: number, n: number): boolean {
  if (!BODY_ROLE_MODIFIERS.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k - 1; j >= Math.max(0, k - n); j--) {
    const t = tokens[j];
    if (t?.kind !== 'word') return false;
    if (t.capital) return !isStopWord(t.lower);
    if (!BODY_ROLE_MODIFIERS.has(t.lower) && !isRoleWord(t)) return false;
  }
  return false;
}

export interface RolePhrase {
  from: number;
  to: number;
  text: string;
  /** The role noun or title that heads the phrase, lower-cased. */
  head: string;
  determiner: string | null;
}

/**
 * Whether the speaker phrase of a name starting at token `from` opens at token `at`: the name itself, or the role
 * phrase right before it ("Tom Ledger", "Tolmark's president Viktor Hale", "former senator Jim Orr").
 */
export function namePhraseOpensAt(tokens: Token[], from: number, at: number): boolean {
  if (from === at) return true;
  // ("That coach, Velmir's Ana Ruiz, said": a place's or body's possessive may own the name, as a role may.)
  const owner = tokens[at];
  if (from === at + 1 && owner?.kind === 'word' && owner.capital && owner.possessive === true) return true;
  // (Not "spokeswoman for Judge Ann Hale": a name right after "for", "to" or "of" is the role's object.)
  return roleBefore(tokens, from)?.from === at && !ROLE_OBJECT_LINKS.has(tokens[from - 1]?.lower ?? '');
}

/** Words after which a name is the object of the role before them ("spokeswoman for NAME", "adviser to NAME"). */
export const ROLE_OBJECT_LINKS: ReadonlySet<string> = new Set(['for', 'to', 'of']);

/**
 * The role phrase that ends at token `end - 1`, read backwards: "Russia’s ambassador to NATO", "the BBC's defence
 * and security correspondent", "NATO spokeswoman", "the former Danish prime minister". Null when no role noun.
 */
/**
 * Whether the link word at `link` takes a person as its object ("a lawyer for Mr Hale, Ann Ode,"): an honorific
 * follows it, so the role is somebody else's, not a remit ("Minister for Water Ann Ode").
 */
function linksToPerson(tokens: Token[], link: number): boolean {
  return HONORIFICS.has(tokens[link + 1]?.lower ?? '');
}

export function roleBefore(tokens: Token[], end: number): RolePhrase | null {
  let head: string | null = null;
  const ofRole = complementStart(tokens, end);
  const complement = ofRole === end ? bodyComplementStart(tokens, end) : ofRole;
  let from = end;
  let determiner: string | null = null;
  for (let k = complement - 1, steps = 0; k >= 0 && steps < 9; k--, steps++) {
    const t = tokens[k];
    // ("Bus Owners Association (BOA) chairman NAME": a body's letters in brackets after its name, before the role.)
    if (head !== null && bracketedLettersEndAt(tokens, k)) {
      from = k - 2;
      k -= 2;
      continue;
    }
    // ("Deputy Commissioner of Police (Traffic Branch) NAME": the role's remit in brackets right before the name.)
    const remitOpens = k === complement - 1 && head === null ? bracketedRemitOpening(tokens, k) : -1;
    if (remitOpens !== -1) {
      from = remitOpens;
      k = remitOpens;
      continue;
    }
    if (t?.kind !== 'word') break;
    const w = t.text.toLowerCase();
    // ("For Harbour Bank chairman Ana Ruiz, …": a stop word capitalised as the sentence's first is no role word.)
    if (k === 0 && head !== null && isStopWord(w) && !DETERMINERS.has(w)) break;
    if (DETERMINERS.has(w)) {
      if (head !== null) determiner = w;
      if (head !== null) from = k;
      break;
    }
    if (head === null && isRoleHead(w)) {
      head = w;
      from = k;
    } else if (isRoleWord(t) || isCapitalised(t) || t.possessive) {
      from = k;
    } else if (
      // ("Japan's ambassador in Kathmandu, NAME": where the role is held names no person either; the place must be
      // the role's, not the name's: "the senior officer in Leeds".)
      (w === 'to' || w === 'of' || w === 'for' || (w === 'in' && k + 1 < end)) &&
      head === null &&
      isCapitalised(tokens[k + 1]) &&
      !linksToPerson(tokens, k)
    ) {
      from = k;
    } else if (w === 'and' && head !== null && isRoleWord(tokens[k - 1])) {
      from = k;
    } else if (
      head !== null &&
      plainWordText(t.text) &&
      !isStopWord(w) &&
      !SPEECH_VERBS.has(w) &&
      (determinerWithin(tokens, k, 3) ||
        openedBefore(tokens, k, 2) ||
        bodyNameWithin(tokens, k, 2) ||
        isNationality(tokens[k - 1]?.lower ?? ''))
    ) {
      // "the opposition leader", "said central bank governor": plain words before the role noun.
      // ("…, Norwegian climate minister NAME,": or after a word of nationality, which stands where a body would.)
      from = k;
    } else {
      break;
    }
  }
  if (head === null) return null;
  const textFrom = determiner !== null ? from + 1 : from;
  const parts = tokens.slice(textFrom, end).map(withPossessive);
  // (Brackets hug the letters they hold: "Bus Owners Association (BOA) chairman".)
  const text = parts.join(' ').replaceAll('( ', '(').replaceAll(' )', ')');
  return { from, to: end, text, head, determiner };
}

/** Most plain words of a role's complement: "of the panel", "of corporate affairs". */
const COMPLEMENT_WORDS = 2;

/**
 * Where a role's complement of plain words ends, read forwards from `at`: past "of" or "for", an optional "the" and one or two
 * lower-case words ("chair of the panel Marta Ilves", "head of communications Tom Reid"); `at` when none is there.
 */
export function complementEnd(tokens: Token[], at: number): number {
  const link = tokens[at]?.lower ?? '';
  if (!COMPLEMENT_LINKS.has(link)) return at;
  // ("director for applicant Medica Group": after "for", only a portfolio's words — "minister for local government
  // Ann Berg" — are the role's; other words name the body the name is.)
  let k = tokens[at + 1]?.lower === 'the' && link === 'of' ? at + 2 : at + 1;
  const first = k;
  const fits = (t: Token | undefined): boolean =>
    plainWord(t) && (link === 'of' || PORTFOLIO_WORDS.has(t?.lower ?? '') || TITLE_MODIFIERS.has(t?.lower ?? ''));
  while (k - first < COMPLEMENT_WORDS && fits(tokens[k])) k++;
  return k > first && tokens[k]?.capital ? k : at;
}

/** Words opening a role's complement: "chair of the panel", "minister for local government" (a portfolio after "for"). */
export const COMPLEMENT_LINKS: ReadonlySet<string> = new Set(['of', 'for']);

/**
 * Where the complement that ends at `end` opens (its "of" or "for", right after a role noun); `end` when there is
 * none.
 */
export function complementStart(tokens: Token[], end: number): number {
  for (let link = end - 2; link >= end - 2 - COMPLEMENT_WORDS && link > 0; link--)
    if (
      COMPLEMENT_LINKS.has(tokens[link]?.lower ?? '') &&
      isRoleHead(tokens[link - 1]?.lower ?? '') &&
      complementEnd(tokens, link) === end
    )
      return link;
  return end;
}

/** Most capitalised words of a role's remit in brackets before a name ("(Traffic Branch Wing)"). */
const BRACKETED_REMIT_WORDS = 4;

/**
 * Where the bracket opens whose capitalised words close at the ")" at `k`, right after a role word ("Commissioner of
 * Police (Traffic Branch)"): the "(" ; -1 when no such bracket closes there.
 */
function bracketedRemitOpening(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ')') return -1;
  const open = openingBracketOf(tokens, k);
  const inside = tokens.slice(open + 1, k);
  if (open === -1 || inside.length === 0 || inside.length > BRACKETED_REMIT_WORDS) return -1;
  if (!inside.every((t) => t.kind === 'word' && t.capital)) return -1;
  return tokens[open - 1]?.kind === 'word' && tokens[open - 1]?.capital === true ? open : -1;
}

/** Whether token k closes a body's letters in brackets after a capitalised word: "Owners Association (BOA)". */
function bracketedLettersEndAt(tokens: readonly Token[], k: number): boolean {
  const letters = tokens[k - 1];
  return (
    tokens[k]?.text === ')' &&
    tokens[k - 2]?.text === '(' &&
    letters?.kind === 'word' &&
    /^\p{Lu}{2,6}$/u.test(letters.text) &&
    tokens[k - 3]?.capital === true
  );
}

/** Most words describing a body between a role's link and the body's noun ("of Harbour-based contract packaging firm"). */
const BODY_DESCRIPTION_WORDS = 6;

/** Words linking a role to the body it is held in: "chief executive of", "analyst at". */
export const BODY_COMPLEMENT_LINKS: ReadonlySet<string> = new Set(['of', 'at']);

/**
 * Where a role's complement naming a body opens, read back from `end`: the body's capitalised name, its noun in lower
 * case before it (ORGANISATION_NOUNS: "firm", "group") and up to BODY_DESCRIPTION_WORDS words describing the body,
 * after a link (BODY_COMPLEMENT_LINKS) right after a role noun: "chief executive of contract packaging firm Kestrel
 * Precision"; `end` when there is none.
 */
export function bodyComplementStart(tokens: readonly Token[], end: number): number {
  let k = end - 1;
  while (k >= 0 && tokens[k]?.capital === true) k--;
  const noun = tokens[k];
  if (k === end - 1 || noun?.kind !== 'word' || noun.capital || !ORGANISATION_NOUNS.has(noun.lower)) return end;
  for (let link = k - 1; link >= k - 1 - BODY_DESCRIPTION_WORDS && link > 0; link--) {
    const t = tokens[link];
    if (t?.kind !== 'word') return end;
    if (BODY_COMPLEMENT_LINKS.has(t.lower) && isRoleHead(tokens[link - 1]?.lower ?? '')) return link;
  }
  return end;
}

/** A lower-case word that is no stop word nor speech verb: one of a complement's nouns. */
function plainWord(t: Token | undefined): boolean {
  return t?.kind === 'word' && /^\p{Ll}/u.test(t.text) && !isStopWord(t.lower) && !SPEECH_VERBS.has(t.lower);
}

/** Possessive pronouns that may own the group a partitive "one of" picks from ("one of his colleagues"). */
export const GROUP_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * Where the role words start after "one of" and the owner of the group at `from` ("his", "Mr Hale's"), or -1 when no
 * owner stands there.
 */
function partitiveOwnerEnd(tokens: Token[], from: number): number {
  // ("one of the founders": "the" picks the group as an owner does.)
  if (GROUP_OWNERS.has(lower(tokens[from])) || lower(tokens[from]) === 'the') return from + 1;
  let k = from;
  while (tokens[k]?.capital === true && tokens[k]?.possessive !== true && k < from + 3) k++;
  return tokens[k]?.capital === true && tokens[k]?.possessive === true ? k + 1 : -1;
}

/** Words joining a role somebody left to the one they hold now ("captain turned pundit"). */
export const ROLE_TURNS: ReadonlySet<string> = new Set(['turned']);

/**
 * The role phrase that starts at token `start`, read forwards: "the former Danish prime minister", "our
 * correspondent", "a NATO spokesman". Ends at its last role noun; null when there is none. A role `coordinated` with
 * one that had an article ("a geologist and field officer") takes plain words before its noun as that one does.
 */
export function roleAfter(tokens: Token[], start: number, coordinated = false): RolePhrase | null {
  let k = start;
  let determiner: string | null = null;
  const first = tokens[k];
  // "One official at the scene said": a word bringing in somebody unnamed opens the phrase like an article.
  if (first?.kind === 'word' && (DETERMINERS.has(first.lower) || UNNAMED_OPENERS.has(first.lower))) {
    determiner = first.text.toLowerCase();
    k++;
  }
  // ("One of his former colleagues said", "one of Mr Hale's neighbours": one person of a group somebody has.)
  const partitive = determiner === 'one' && lower(tokens[k]) === 'of' ? partitiveOwnerEnd(tokens, k + 1) : -1;
  if (partitive !== -1) k = partitive;
  let end = -1;
  let head: string | null = null;
  let plain = 0;
  let possessed = partitive !== -1;
  for (let steps = 0; k < tokens.length && steps < 8; k++, steps++) {
    const t = tokens[k];
    if (t?.kind !== 'word') break;
    const w = t.text.toLowerCase();
    if (isRoleHead(w) || (partitive !== -1 && isPluralOfPeople(w))) {
      head = w;
      end = k + 1;
      continue;
    }
    // A possessive works as a determiner ("Kelsworth's operations director"), and so does a body's or place's name
    // ("Orrin County flood management coordinator").
    if (t.possessive || (isCapitalised(t) && !isRoleWord(t))) possessed = true;
    if (isRoleWord(t) || isCapitalised(t) || t.possessive) continue;
    if ((w === 'to' || w === 'of' || w === 'for') && isCapitalised(tokens[k + 1])) continue;
    // ("former captain turned pundit NAME": the role somebody left, joined to the one they hold now.)
    if (head !== null && ROLE_TURNS.has(w)) continue;
    // "the opposition leader": plain words after a determiner, before the role noun; after a modifier that heads a
    // role alone too ("deputy flood management coordinator").
    // ("a Vietnamese software engineer": a nationality's noun before more words is their adjective; "the 52-year-old
    // medical officer": so is an age.)
    const open = head === null || ROLE_MODIFIERS.has(head) || NATIONALITY_NOUNS.has(head) || isAgeWord(head);
    // ("a geologist and field officer": a role joined to one with an article takes plain words as that one does.)
    const determined = determiner !== null || possessed || coordinated;
    if (determined && open && plain < 3 && plainWordText(t.text) && !isStopWord(w)) {
      plain++;
      continue;
    }
    break;
  }
  if (head === null || end === -1) return null;
  // "to NATO" after the head belongs to the role ("ambassador to NATO").
  while ((lower(tokens[end]) === 'to' || lower(tokens[end]) === 'of') && isCapitalised(tokens[end + 1])) {
    end += 2;
    while (isCapitalised(tokens[end])) end++;
  }
  const parts = tokens.slice(start, end).map(withPossessive);
  return { from: start, to: end, text: parts.join(' '), head, determiner };
}

/** Words opening a role's remit before the comma that sets its holder's name off ("on the Works Committee"). */
export const REMIT_OPENERS: ReadonlySet<string> = new Set(['on', 'of', 'for', 'at', 'to', 'in']);
/** Most tokens of such a remit. */
export const ROLE_REMIT_TOKENS = 8;

/**
 * Where a remit after token `at` ends ("on the Works Committee", "of the Tarn Isles"): past up to ROLE_REMIT_TOKENS
 * words after one of REMIT_OPENERS; `at` itself when none opens there. A role may have one before its comma
 * ("the Ranking Member on the Works Committee, Hon. NAME,") and so may the name set off after it ("The chair of the
 * bloc, President NAME of the Tarn Isles, told").
 */
export function remitEnd(tokens: Token[], at: number): number {
  let end = at;
  if (REMIT_OPENERS.has(lowerAt(tokens, end)))
    while (end < at + ROLE_REMIT_TOKENS && tokens[end]?.kind === 'word') end++;
  return end;
}

/** Words that open the body or place a name is of before the comma closing it ("NAME of Wenlow Chambers,"). */
export const NAME_REMIT_OPENERS: ReadonlySet<string> = new Set(['of', 'from', 'at']);

/** Small words inside such a body's or place's name ("of the University of Kelmar and Tarn"). */
const NAME_REMIT_LINKS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for']);

/**
 * Where the body or place a name is of ends after token `at` ("President NAME of the Tarn Isles,", "NAME of
 * Wenlow Chambers,"): one of NAME_REMIT_OPENERS, "the" and capitalised words (small words between them); `at` itself
 * when none stands there. Unlike a role's remit, only capitalised words: "NAME of course said" has none.
 */
export function nameRemitEnd(tokens: Token[], at: number): number {
  if (!NAME_REMIT_OPENERS.has(lowerAt(tokens, at))) return at;
  let k = at + 1;
  if (lowerAt(tokens, k) === 'the') k++;
  let end = at;
  while (k < at + ROLE_REMIT_TOKENS) {
    const t = tokens[k];
    if (t?.kind === 'word' && t.capital) end = ++k;
    else if (t?.kind === 'word' && NAME_REMIT_LINKS.has(t.lower) && tokens[k + 1]?.capital === true) k++;
    else break;
  }
  return end;
}
