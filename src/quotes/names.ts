// Capitalised runs of words and what they are: a person's name (with any title before it), a role without a
// name ("NATO Secretary General"), or something else (organisations, places, events).
import {
  DAYS_MONTHS,
  DETERMINERS,
  GENDER_TITLES,
  HEAD_TITLES,
  NATIONALITY_NOUNS,
  NON_NAME_CAPITALS,
  NON_PERSON_WORDS,
  SURNAME_LIKE,
  GIVEN_NAME_LIKE,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
  WEAK_HEAD_TITLES,
} from './lexicon.ts';
import { isStopWord } from '../corpus/stopwords.ts';
import type { Token } from './tokens.ts';

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

const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'da',
  'di',
  'du',
  'le',
  'la',
  'dos',
  'das',
  'del',
  'ter',
  'ten',
  'ibn',
  'y',
]);

export function isCapitalised(token: Token | undefined): boolean {
  return token?.capital === true;
}

export function isAcronym(text: string): boolean {
  return text.length >= 2 && /^[\p{Lu}\p{N}.&-]+$/u.test(text);
}

function lower(token: Token | undefined): string {
  return token?.lower ?? '';
}

export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return HEAD_TITLES.has(w) || WEAK_HEAD_TITLES.has(w) || TITLE_MODIFIERS.has(w);
}

function validNameWord(token: Token, first: boolean, last = false): boolean {
  const w = token.text.toLowerCase();
  if (isAcronym(token.text) && !/^\p{Lu}\.?$/u.test(token.text)) return false;
  // "Linda Park", "Jools Holland": a place word can close a name that starts with a given name; "Bill Nolan":
  // a given name that is also such a word can open one.
  const closes = last && !first && SURNAME_LIKE.has(w);
  const opens = first && !last && GIVEN_NAME_LIKE.has(w);
  if (NON_PERSON_WORDS.has(w) && !closes && !opens) return false;
  if (isTitleWord(w)) return false;
  if (first && (DAYS_MONTHS.has(w) || NON_NAME_CAPITALS.has(w) || isStopWord(w))) return false;
  return /^\p{Lu}/u.test(token.text) || PARTICLES.has(w);
}

/** The capitalised runs of a sentence's tokens, each classified. */
export function capitalRuns(tokens: Token[]): CapitalRun[] {
  const runs: CapitalRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j];
      if (isCapitalised(t)) {
        j++;
        if (t?.possessive) break;
        continue;
      }
      // "de Gaulle", "von der Leyen": a chain of lower-case particles inside a name, a capital after it.
      if (t?.kind === 'word' && PARTICLES.has(t.text) && j > i) {
        let k = j;
        while (k < j + 3 && tokens[k]?.kind === 'word' && PARTICLES.has(tokens[k]?.text ?? '')) k++;
        if (isCapitalised(tokens[k])) {
          j = k;
          continue;
        }
      }
      break;
    }
    let from = i;
    // Words that open a sentence or clause carry a capital of their own ("But Rasmussen", "Yesterday").
    while (from < j) {
      const w = lower(tokens[from]);
      // "Says Mark Dunn, …": an inverted speech verb opening the sentence is not part of the name.
      if (isStopWord(w) || NON_NAME_CAPITALS.has(w) || DAYS_MONTHS.has(w) || (from === 0 && SPEECH_VERBS.has(w)))
        from++;
      else break;
    }
    if (from < j) runs.push(classify(tokens, from, j));
    i = j;
  }
  return runs;
}

/** "Russian", "Danish", "Chinese", "Israeli": nationality words that stand before a title, not inside a name. */
function looksLikeDemonym(word: string): boolean {
  return /(?:an|ese|ish|ch|i)$/u.test(word.toLowerCase());
}

function classify(tokens: Token[], from: number, to: number): CapitalRun {
  let lastTitle = -1;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t) continue;
    // A role noun opening the run is a title too ("Coach Pablo Moreno", "Striker Luis Moreno"), and so is one
    // inside it before a full name ("City Manager Edward Broussard", "Police Chief Ana Ruiz").
    const role = ROLE_NOUNS.has(t.text.toLowerCase()) && (k === from || to - k > 2);
    const title = isTitleWord(t.text) || role;
    if (title && !(k > from && t.possessive)) lastTitle = k;
  }
  // A lone title word closing a run of name words is a surname ("Martin Luther King", "John Major").
  if (lastTitle === to - 1 && lastTitle > from && !isTitleWord(tokens[lastTitle - 1]?.text ?? '')) {
    const before = tokens.slice(from, lastTitle);
    if (before.every((t, k) => validNameWord(t, k === 0) && !t.possessive && !looksLikeDemonym(t.text))) lastTitle = -1;
  }
  const nameFrom = Math.max(lastTitle + 1, from);
  const nameTokens = tokens.slice(nameFrom, to);
  const headTitle = lastTitle >= from ? lower(tokens[lastTitle]) : null;
  const title = tokens
    .slice(from, nameFrom)
    .map((t) => t.text + (t.possessive ? '’s' : ''))
    .join(' ');
  const valid =
    nameTokens.length >= 1 &&
    nameTokens.length <= 4 &&
    nameTokens.every((t, k) => validNameWord(t, k === 0, k === nameTokens.length - 1));
  const lastIsTitle = lastTitle === to - 1;
  const lastHead = headTitle !== null && (HEAD_TITLES.has(headTitle) || WEAK_HEAD_TITLES.has(headTitle));
  let kind: CapitalRun['kind'] = 'other';
  if (nameTokens.length > 0 && valid) kind = 'name';
  else if (lastIsTitle && lastHead) kind = 'role';
  return { from, to, nameFrom, kind, name: nameTokens.map((t) => t.text), title, headTitle };
}

/** Whether the title right before the name marks it as a person's (a weak title needs two name words). */
export function titleMarksPerson(run: CapitalRun): boolean {
  if (run.headTitle === null) return false;
  if (HEAD_TITLES.has(run.headTitle)) return true;
  if (ROLE_NOUNS.has(run.headTitle) && run.name.length >= 2) return true;
  return WEAK_HEAD_TITLES.has(run.headTitle) && run.name.length >= 2;
}

export function genderOfWord(word: string): Gender | null {
  return GENDER_TITLES.get(word.toLowerCase()) ?? null;
}

function isRoleWord(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  const w = token.text.toLowerCase();
  return ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w) || isTitleWord(w);
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev']);

/** "71-year-old": an age that stands for a person ("the 71-year-old said"), fitting anyone of that age. */
export function isAgeWord(word: string): boolean {
  return /^\d{1,3}-year-old$/u.test(word);
}

/** Plural nouns for people that are not a role noun plus -s. */
const PEOPLE_PLURALS = new Set(['people', 'men', 'women', 'children', 'folk', 'folks']);

/** "Critics", "Residents", "Witnesses", "Allies": a group of people, never one person's name. */
export function isPluralOfPeople(word: string): boolean {
  const w = word.toLowerCase();
  if (PEOPLE_PLURALS.has(w)) return true;
  if (!w.endsWith('s')) return false;
  if (w.endsWith('ies') && ROLE_NOUNS.has(`${w.slice(0, -3)}y`)) return true;
  return ROLE_NOUNS.has(w.slice(0, -1)) || (w.endsWith('es') && ROLE_NOUNS.has(w.slice(0, -2)));
}

/** A word that can head a role phrase: a role noun or a title, not a modifier ("former") or an honorific ("Mr"). */
export function isRoleHead(word: string): boolean {
  const w = word.toLowerCase();
  if (HONORIFICS.has(w)) return false;
  if (isAgeWord(w) || NATIONALITY_NOUNS.has(w)) return true;
  return ROLE_NOUNS.has(w) || HEAD_TITLES.has(w) || WEAK_HEAD_TITLES.has(w);
}

/** Whether a determiner stands within `n` plain lower-case words before token k. */
function determinerWithin(tokens: Token[], k: number, n: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - n); j--) {
    const t = tokens[j];
    if (t?.kind !== 'word') return false;
    const w = t.text.toLowerCase();
    // A possessive works as a determiner: "Labour’s shadow chancellor".
    if (DETERMINERS.has(w) || t.possessive) return true;
    if (!/^\p{Ll}/u.test(t.text)) return false;
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
    if (!/^\p{Ll}/u.test(t.text) || DETERMINERS.has(w)) return false;
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
 * The role phrase that ends at token `end - 1`, read backwards: "Russia’s ambassador to NATO", "the BBC's defence
 * and security correspondent", "NATO spokeswoman", "the former Danish prime minister". Null when no role noun.
 */
export function roleBefore(tokens: Token[], end: number): RolePhrase | null {
  let head: string | null = null;
  let from = end;
  let determiner: string | null = null;
  for (let k = end - 1, steps = 0; k >= 0 && steps < 9; k--, steps++) {
    const t = tokens[k];
    if (t?.kind !== 'word') break;
    const w = t.text.toLowerCase();
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
    } else if ((w === 'to' || w === 'of' || w === 'for') && head === null && isCapitalised(tokens[k + 1])) {
      from = k;
    } else if (w === 'and' && head !== null && isRoleWord(tokens[k - 1])) {
      from = k;
    } else if (
      head !== null &&
      /^\p{Ll}/u.test(t.text) &&
      !isStopWord(w) &&
      !SPEECH_VERBS.has(w) &&
      (determinerWithin(tokens, k, 3) || openedBefore(tokens, k, 2))
    ) {
      // "the opposition leader", "said central bank governor": plain words before the role noun.
      from = k;
    } else {
      break;
    }
  }
  if (head === null) return null;
  const textFrom = determiner !== null ? from + 1 : from;
  const parts = tokens.slice(textFrom, end).map((t) => t.text + (t.possessive ? '’s' : ''));
  return { from, to: end, text: parts.join(' '), head, determiner };
}

/**
 * The role phrase that starts at token `start`, read forwards: "the former Danish prime minister", "our
 * correspondent", "a NATO spokesman". Ends at its last role noun; null when there is none.
 */
export function roleAfter(tokens: Token[], start: number): RolePhrase | null {
  let k = start;
  let determiner: string | null = null;
  const first = tokens[k];
  if (first?.kind === 'word' && DETERMINERS.has(first.text.toLowerCase())) {
    determiner = first.text.toLowerCase();
    k++;
  }
  let end = -1;
  let head: string | null = null;
  let plain = 0;
  for (let steps = 0; k < tokens.length && steps < 8; k++, steps++) {
    const t = tokens[k];
    if (t?.kind !== 'word') break;
    const w = t.text.toLowerCase();
    if (isRoleHead(w)) {
      head = w;
      end = k + 1;
      continue;
    }
    if (isRoleWord(t) || isCapitalised(t) || t.possessive) continue;
    if ((w === 'to' || w === 'of' || w === 'for') && isCapitalised(tokens[k + 1])) continue;
    // "the opposition leader": plain words after a determiner, before the role noun.
    if (determiner !== null && head === null && plain < 3 && /^\p{Ll}/u.test(t.text) && !isStopWord(w)) {
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
  const parts = tokens.slice(start, end).map((t) => t.text + (t.possessive ? '’s' : ''));
  return { from: start, to: end, text: parts.join(' '), head, determiner };
}
