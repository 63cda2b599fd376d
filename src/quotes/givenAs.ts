// A person the writer brings in unnamed, then gives the one name they offered: "A witness, who gave her name only as
// Candice, said …", "one resident, identified only as Mama Grace", "who gave only her first name, Nell,". The name
// is that person's, however short. So is the name after "called" or "named" right after such a description ("a
// batting coach called NAME took me aside").
import { lowerAt, type Sentence, wordsAt } from './frames.ts';
import { UNNAMED_OPENERS } from './lexicon.ts';
import { leadBeforeAs } from './clauses.ts';
import type { CapitalRun } from './names.ts';
import type { Token } from './tokens.ts';

/** Words right before "as" that hand a name to somebody brought in unnamed ("gave her name as", "known only as"). */
export const NAME_GIVEN_LEADS: ReadonlySet<string> = new Set(['name', 'identified', 'known']);

/** Words before "name" and a comma that hand one name over ("who gave only her first name, Nell,"). */
export const ONE_NAME_WORDS: ReadonlySet<string> = new Set(['first', 'given']);

/** Words that hand a name to the description right before them ("a coach called NAME", "a woman named NAME"). */
export const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'named']);

/** Most lower-case words of a description between its opener ("a", "one") and a naming word. */
const NAMED_DESCRIPTION_WORDS = 4;

/**
 * Words after a name that make "called NAME" a calling of somebody something ("called Hale a liar") or a telephoning
 * of them ("called Ann Hale on Friday", "called Ann Hale after the fire", "called Tom Ruiz back").
 */
const CALLED_SOMETHING: ReadonlySet<string> = new Set([
  ...['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our'],
  ...['on', 'after', 'at', 'back', 'to', 'in', 'from', 'about', 'last', 'this', 'and', 'before', 'during', 'twice'],
]);

/**
 * Whether token i is a naming word (NAMING_WORDS) between a description somebody unnamed opens ("a batting coach",
 * "one neighbour") and a capitalised name that neither owns the next word nor is called something ("called Hale a
 * liar"): there "called" names, it does not speak.
 */
export function namesDescription(tokens: Token[], i: number): boolean {
  if (!NAMING_WORDS.has(lowerAt(tokens, i)) || tokens[i + 1]?.capital !== true) return false;
  let end = i + 1;
  while (tokens[end]?.capital === true && tokens[end]?.kind === 'word') end++;
  if (tokens[end - 1]?.possessive === true || CALLED_SOMETHING.has(lowerAt(tokens, end))) return false;
  for (let k = i - 1; k >= Math.max(0, i - 1 - NAMED_DESCRIPTION_WORDS); k--) {
    const t = tokens[k];
    if (t?.kind !== 'word' || (t.capital && k > 0)) return false;
    if (UNNAMED_OPENERS.has(t.lower)) return k < i - 1;
  }
  return false;
}

/**
 * Whether the name starting at token `from` is one given to somebody: after "name (only) as", "identified (only) as",
 * "known (only) as" (the capitalised run right after "as"), "first name," or a description's "called" or "named"
 * (namesDescription).
 */
export function nameGivenAt(tokens: Token[], from: number): boolean {
  const comma = tokens[from - 1]?.text === ',';
  if (comma && lowerAt(tokens, from - 2) === 'name' && ONE_NAME_WORDS.has(lowerAt(tokens, from - 3))) return true;
  if (namesDescription(tokens, from - 1)) return true;
  // ("identified only as", "identified himself as": past IDENTIFIED_QUALIFIERS.)
  const lead = leadBeforeAs(tokens, from);
  return lead !== -1 && NAME_GIVEN_LEADS.has(lowerAt(tokens, lead));
}

/** The first name a sentence gives somebody (nameGivenAt); null when the sentence gives none. */
export function givenAsRun(sentence: Sentence): CapitalRun | null {
  return sentence.runs.find((run) => run.kind === 'name' && nameGivenAt(sentence.tokens, run.from)) ?? null;
}

/** Most tokens from a description's end to the name its "who" aside gives (", who gave his name as NAME"). */
export const GIVEN_ASIDE_REACH = 8;

/**
 * Whether the name at `name` stands in the "who" aside set off right after a description ending at `end` (", who
 * gave his name as NAME"), within GIVEN_ASIDE_REACH tokens and before any comma or quote.
 */
export function givenInAsideAfter(tokens: Token[], end: number, name: number): boolean {
  if (tokens[end]?.text !== ',' || lowerAt(tokens, end + 1) !== 'who' || name - end > GIVEN_ASIDE_REACH) return false;
  // (The name given must be the speaker's own: "who gave her name as", not "who gave the driver's name as" or
  // "his colleague's name".)
  return tokens
    .slice(end + 2, name)
    .every((t) => t.kind === 'word' && t.possessive !== true && !OTHERS_NAME_WORDS.has(t.lower));
}

/** Words in a "who" aside that make the name given somebody else's ("who gave the victim's name as"). */
export const OTHERS_NAME_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'whose']);

/** Words by which a source is kept anonymous ("who asked not to be named", "speaking on condition of anonymity"). */
export const ANONYMITY_PHRASES: readonly string[][] = [
  'not to be named',
  'not be named',
  'name not be used',
  'name not be published',
  'not to be identified',
  'not be identified',
  'condition of anonymity',
  'declined to be named',
  'declined to give his name',
  'declined to give her name',
  'declined to give their name',
].map((p) => p.split(' '));

/** Most tokens after a description within which its anonymity is stated ("…, who asked not to be named,"). */
const ANONYMITY_REACH = 16;

/** Words opening the aside right after a description in which its anonymity is stated (", who …", ", speaking …"). */
export const ANONYMITY_ASIDE_OPENERS: ReadonlySet<string> = new Set(['who', 'speaking']);

/**
 * Whether the aside set off right after token `from` (a description's end: ", who asked not to be named,") says its
 * person is kept anonymous: the phrase must stand in that aside, before the comma closing it and any quote.
 */
export function keptAnonymous(tokens: Token[], from: number): boolean {
  return anonymityAt(tokens, from) !== -1;
}

/** Where the phrase of ANONYMITY_PHRASES in the aside keptAnonymous reads stands; -1 when there is none. */
function anonymityAt(tokens: Token[], from: number): number {
  const open = tokens[from]?.text === ',' ? from + 1 : from;
  if (!ANONYMITY_ASIDE_OPENERS.has(lowerAt(tokens, open))) return -1;
  for (let k = open; k < tokens.length && k < from + ANONYMITY_REACH; k++) {
    const t = tokens[k];
    if (t?.kind === 'quote' || t?.text === ',') return -1;
    if (ANONYMITY_PHRASES.some((p) => wordsAt(tokens, k, p))) return k;
  }
  return -1;
}

/** Words in an anonymity aside that say the law, not the person, keeps the name back ("for legal reasons"). */
export const BARRED_NAMING_WORDS: ReadonlySet<string> = new Set(['legal', 'legally', 'law', 'court']);

/**
 * Whether the person the description before token `from` stands for is a source who chose to stay anonymous ("who
 * asked not to be named", "who could not be named because he feared for his job"), not somebody the law keeps
 * unnamed ("a boy, who could not be named for legal reasons": BARRED_NAMING_WORDS in the aside).
 */
export function anonymousSource(tokens: Token[], from: number): boolean {
  const at = anonymityAt(tokens, from);
  if (at === -1) return false;
  for (let k = at; k < tokens.length && tokens[k]?.text !== ',' && tokens[k]?.kind !== 'quote'; k++)
    if (BARRED_NAMING_WORDS.has(lowerAt(tokens, k))) return false;
  return true;
}
