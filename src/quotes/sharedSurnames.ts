// Given names that share the surname written once after the last of them ("Jim and Mary Tolland", "Ailsa, Kirsty and
// Fenella MacRae") or before a plural of kin ("the Adeyemi brothers, Tunde and Femi"): full names each.
import { isStopWord } from '../corpus/stopwords.ts';
import type { Sentence } from './frames.ts';
import type { Token } from './tokens.ts';
import { isPlaceName } from './places.ts';
import { followsPortfolioLink, isPortfolioWord } from './portfolios.ts';
import { isNationality } from './roleLexicon.ts';
import { RELATIVE_PRONOUNS } from './clauseWords.ts';

/** Words joining the last given name of such a list to the one before ("Jim and Mary Tolland"; "Jim & Mary" is a firm's name). */
export const GIVEN_NAME_LIST_JOINS: ReadonlySet<string> = new Set(['and']);

/** Most given names before the last one in such a list ("Ailsa, Kirsty and Fenella MacRae" has two). */
const LISTED_GIVEN_NAMES = 4;

/**
 * The full names a sentence's lists of given names make by sharing a surname (after the last of them, or before a
 * plural of kin), each as [given name, surname]; the name written in full closing a list ("Mary Tolland") is not among
 * them.
 */
export function sharedSurnameNames(sentence: Sentence): string[][] {
  return sharedSurnameLists(sentence).flatMap((list) => list.names);
}

/** A list of given names sharing a surname: its full names, and whether a plural of kin brought them in. */
export interface SharedSurnameList {
  names: string[][];
  /** The surname came first with a plural of kin ("the Adeyemi brothers, Tunde and Femi"). */
  kin: boolean;
}

/** Those names list by list. */
export function sharedSurnameLists(sentence: Sentence): SharedSurnameList[] {
  const { tokens } = sentence;
  const lists: SharedSurnameList[] = [...kinListNames(tokens)];
  for (const run of sentence.runs) {
    if (run.kind !== 'name' || run.name.length !== 2 || run.title !== '' || run.nameFrom !== run.from) continue;
    const surname = run.name[1] ?? '';
    if (!GIVEN_NAME_LIST_JOINS.has(tokens[run.from - 1]?.lower ?? '')) continue;
    let k = run.from - 2;
    const found: string[][] = [];
    let first = k;
    for (let listed = 0; listed < LISTED_GIVEN_NAMES; listed++) {
      const given = tokens[k];
      const before = tokens[k - 1];
      // One capitalised word of its own, no possessive, no place ("Paris and Mary Tolland" is no Paris Tolland).
      const alone = before === undefined || before.kind !== 'word' || !before.capital;
      if (given?.kind !== 'word' || !given.capital || given.possessive === true || !alone) break;
      if (isPlaceName(given.text)) break;
      found.push([given.text, surname]);
      first = k;
      if (before?.text !== ',') break;
      k -= 2;
    }
    // ("sisters Ann and Eve Hale": a plural of kin right before the list says the words are given names, and so does
    // one set off right after it: "Ann and Eve Hale, 74-year-old twin sisters".)
    const kin = LIST_KIN_WORDS.has(tokens[first - 1]?.lower ?? '') || kinSetOffAfter(tokens, run.to);
    // ("the Minister of Art, Sport and Creative Industries": a list an office's "of" or "for" opens is its portfolio,
    // when a portfolio's word stands in it; "Counsel for Tom and Mary Reed" names two people.)
    const portfolio =
      followsPortfolioLink(tokens, first) && tokens.slice(first, run.to).some((t) => isPortfolioWord(t));
    if (found.length > 0 && !portfolio) lists.push({ names: found, kin });
  }
  return lists;
}

/**
 * Plurals of kin who share a surname, set off after a list of given names ("Ann and Eve Hale, twin sisters"): not
 * cousins, a couple or parents, who may not.
 */
export const SURNAME_SHARING_KIN: ReadonlySet<string> = new Set(['brothers', 'sisters', 'twins', 'siblings']);

/** Words after a plural of kin that make it somebody else's ("parents of pupils", "parents at the school"). */
export const KIN_OF_OTHERS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'with', 'to']);

/** Most words of an appositive set off after a list of given names, its plural of kin included ("74-year-old twin sisters"). */
const KIN_APPOSITIVE_WORDS = 4;

/**
 * Whether a plural of kin sharing a surname (SURNAME_SHARING_KIN) heads the few plain lower-case words set off by a
 * comma at token `comma`: no possessive or relative word before it ("the couple's neighbours", "whose parents"), no
 * KIN_OF_OTHERS word after it ("parents of pupils at the school"); where they are from may follow ("twin sisters from
 * Leith").
 */
function kinSetOffAfter(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',') return false;
  for (let k = comma + 1; k <= comma + KIN_APPOSITIVE_WORDS; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || t.capital || t.possessive === true || RELATIVE_PRONOUNS.has(t.lower)) return false;
    if (SURNAME_SHARING_KIN.has(t.lower)) return !KIN_OF_OTHERS.has(tokens[k + 1]?.lower ?? '');
  }
  return false;
}

/** Plurals of kin a surname stands before, the given names listed after ("the Adeyemi brothers, Tunde and Femi"). */
export const KIN_PLURALS: ReadonlySet<string> = new Set(['brothers', 'sisters', 'twins', 'siblings', 'cousins']);

/**
 * A capitalised word standing alone: no capital word on either side but a sentence's "The", and no possessive unless
 * `owning` ("the Saarnios' bakery").
 */
function aloneCapital(tokens: readonly Token[], k: number, owning = false): boolean {
  const t = tokens[k];
  return (
    t?.kind === 'word' &&
    t.capital &&
    (owning || t.possessive !== true) &&
    (tokens[k - 1]?.capital !== true || tokens[k - 1]?.lower === 'the') &&
    !(tokens[k + 1]?.kind === 'word' && tokens[k + 1]?.capital === true)
  );
}

/**
 * Whether token k may be a family's surname after "the" ("the Adeyemi brothers"): no stop word, nationality or place
 * ("the two brothers", "the Norwegian brothers", "the Lisbon sisters").
 */
function familySurnameAt(tokens: readonly Token[], k: number, owning = false): boolean {
  const t = tokens[k];
  if (tokens[k - 1]?.lower !== 'the' || !aloneCapital(tokens, k, owning) || t === undefined) return false;
  return !isStopWord(t.lower) && !isNationality(t.lower) && !isPlaceName(t.text);
}

/**
 * "the Adeyemi brothers, Tunde and Femi", "the Lund twins Saga and Elin": the surname after "the" before a plural of
 * kin (KIN_PLURALS) shared by the given names listed right after it, a comma between or none; the list must close
 * with a join (GIVEN_NAME_LIST_JOINS) before its last name.
 */
function kinListNames(tokens: readonly Token[]): SharedSurnameList[] {
  const lists: SharedSurnameList[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!KIN_PLURALS.has(tokens[k + 1]?.lower ?? '') || !familySurnameAt(tokens, k)) continue;
    const surname = tokens[k]?.text ?? '';
    let m = tokens[k + 2]?.text === ',' ? k + 3 : k + 2;
    const names: string[][] = [];
    let closed = false;
    for (let listed = 0; listed <= LISTED_GIVEN_NAMES && aloneCapital(tokens, m); listed++) {
      names.push([tokens[m]?.text ?? '', surname]);
      if (closed) break;
      const next = tokens[m + 1];
      if (GIVEN_NAME_LIST_JOINS.has(next?.lower ?? '')) closed = true;
      else if (next?.text !== ',') break;
      m += 2;
    }
    if (closed && names.length >= 2) lists.push({ names, kin: true });
  }
  return lists;
}

/** Words of kin right before a list of given names sharing a surname ("sisters Ann and Eve Hale", "couple Jim and Mary Tolland"). */
export const LIST_KIN_WORDS: ReadonlySet<string> = new Set([...KIN_PLURALS, 'couple', 'parents']);

/** Nouns after a surname that write of its family ("the Saarnio family"), with KIN_PLURALS ("the Adeyemi brothers"). */
export const FAMILY_NOUNS: ReadonlySet<string> = new Set([...KIN_PLURALS, 'family', 'household', 'clan', 'couple']);

/**
 * The surnames (lower case) an article writes of as a family's: one after "the" before a FAMILY_NOUNS noun ("the
 * Saarnio family") or written in the plural after "the" ("the Saarnios", "the Saarnios' bakery", "the Joneses": both
 * stems are kept).
 */
export function familySurnames(sentences: readonly Sentence[]): Set<string> {
  const found = new Set<string>();
  for (const { tokens } of sentences)
    tokens.forEach((t, k) => {
      if (!familySurnameAt(tokens, k, true)) return;
      if (FAMILY_NOUNS.has(tokens[k + 1]?.lower ?? '') && t.possessive !== true) found.add(t.lower);
      else if (t.lower.endsWith('s') && t.lower.length > 3) {
        found.add(t.lower.slice(0, -1));
        if (t.lower.endsWith('es')) found.add(t.lower.slice(0, -2));
      }
    });
  return found;
}
