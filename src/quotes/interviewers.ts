// Who asks a transcript's "Q:" questions: a name the prose before it brings in with a phrase of asking ("Ann Hale
// spoke to the founder", "under questioning by the prosecutor, Ann Hale"). Pure, over a sentence's tokens.
import { lowerAt } from './frames.ts';
import { INTERVIEWER_AFTER_NAME, INTERVIEWER_BEFORE_NAME } from './lexicon.ts';
import type { Token } from './tokens.ts';
import { isTitleWord } from './names.ts';
import { isRoleHead } from './rolePhrases.ts';

/** Most words between a phrase like "questioning by" and the name it brings in: a role ("the prosecutor, Ann …"). */
export const MAX_INTERVIEWER_ROLE_WORDS = 6;

/** Most tokens before a name that a phrase bringing it in may stand in, the role between them included. */
const BEFORE_NAME_TOKENS = MAX_INTERVIEWER_ROLE_WORDS + 3;

/** Whether the tokens from `at` on are the words of `phrase`. */
function phraseAt(tokens: Token[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, i) => lowerAt(tokens, at + i) === word);
}

/** Whether the name at tokens [from, to) is brought in as the one asking, by the words after or before it. */
export function namesTheAsker(tokens: Token[], from: number, to: number): boolean {
  const after = INTERVIEWER_AFTER_NAME.find((phrase) => phraseAt(tokens, to, phrase));
  if (after !== undefined) return !(TWO_WAY_PHRASES.has(after.join(' ')) && toThePaper(tokens, to + after.length));
  // ("NAME2 sat down with Courier reporter NAME": the one an asking role names after a two-way phrase asks.)
  if (ASKING_ROLES.has(lowerAt(tokens, from - 1)) && twoWayPhraseBefore(tokens, from - 1)) return true;
  return INTERVIEWER_BEFORE_NAME.some((phrase) => {
    // The latest place the phrase stands before the name, within the tokens it may stand in.
    for (let at = from - phrase.length; at >= Math.max(0, from - BEFORE_NAME_TOKENS); at--) {
      if (!phraseAt(tokens, at, phrase)) continue;
      const between = tokens.slice(at + phrase.length, from).filter((t) => t.kind === 'word' && /\p{L}/u.test(t.text));
      return between.length <= MAX_INTERVIEWER_ROLE_WORDS;
    }
    return false;
  });
}

/**
 * Of INTERVIEWER_AFTER_NAME, the phrases whose object may be the side asking ("NAME sat down with the Courier"); not
 * "interviewed" or "put questions to", whose object always answers.
 */
export const TWO_WAY_PHRASES: ReadonlySet<string> = new Set([
  ...['sat down with', 'spoke to', 'spoke with', 'talked to', 'talked with', 'caught up with'],
]);

/** Words after a phrase of TWO_WAY_PHRASES that are the ones asking, so the name before them answers ("sat down with us"). */
export const ASKING_SIDE_WORDS: ReadonlySet<string> = new Set(['us', 'me', 'reporters', 'journalists']);

/**
 * Whether the words at token k are the side that asks — the writer ("us"), reporters, or a paper's one-word name
 * after "the", no title, closed by the sentence's end or a lower-case word that is no role ("sat down with the
 * Courier this week"; not "the Harbour minister, NAME", "the Speaker, NAME", "the Velvet Hammers"): then the name
 * before the phrase is the one answering.
 */
function toThePaper(tokens: Token[], k: number): boolean {
  if (ASKING_SIDE_WORDS.has(lowerAt(tokens, k)) || askingRoleAt(tokens, k)) return true;
  const name = tokens[k + 1];
  if (lowerAt(tokens, k) !== 'the' || name?.kind !== 'word' || !name.capital || isTitleWord(name.lower)) return false;
  const after = tokens[k + 2];
  if (after === undefined || after.text === '.') return true;
  return after.kind === 'word' && !after.capital && !isRoleHead(after.lower);
}

/** Roles of the one asking: "NAME sat down with Courier reporter Dan Pike" is NAME answering. */
export const ASKING_ROLES: ReadonlySet<string> = new Set([
  ...['reporter', 'journalist', 'editor', 'correspondent', 'interviewer', 'presenter', 'host', 'columnist'],
]);

/** Most words from a two-way phrase's object to the asking role before a name ("the Courier's political reporter"). */
const ASKING_ROLE_REACH = 4;

/** Whether an asking role (ASKING_ROLES) right before a capitalised name stands within reach of token k. */
function askingRoleAt(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + ASKING_ROLE_REACH; j++) {
    const t = tokens[j];
    if (t?.kind !== 'word') return false;
    if (!t.capital && ASKING_ROLES.has(t.lower) && tokens[j + 1]?.capital === true) return true;
  }
  return false;
}

/** Whether a phrase of TWO_WAY_PHRASES ends within ASKING_ROLE_REACH words before token k. */
function twoWayPhraseBefore(tokens: Token[], k: number): boolean {
  for (let end = k; end >= Math.max(0, k - ASKING_ROLE_REACH); end--)
    for (const phrase of TWO_WAY_PHRASES) {
      const words = phrase.split(' ');
      if (phraseAt(tokens, end - words.length, words)) return true;
    }
  return false;
}
