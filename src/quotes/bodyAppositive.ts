// A role set off by an aside that calls its holder a body ("the fair's planner, a Leeds-based firm called Gilt
// Hall, said"): the words are the body's, never those of a person the article named before.
import { isStopWord } from '../corpus/stopwords.ts';
import { lowerAt } from './frames.ts';
import { INDEFINITE_ARTICLES } from './lexicon.ts';
import type { Token } from './tokens.ts';

/**
 * Nouns of a body that head such an aside ("a company called …", "a charity which …"); not the nouns of bodies whose
 * word also names a worker or a place ("a crane operator", "a school", "a court").
 */
export const BODY_ASIDE_NOUNS: ReadonlySet<string> = new Set([
  ...['company', 'firm', 'agency', 'group', 'charity', 'organisation', 'organization', 'business', 'consultancy'],
  ...['nonprofit', 'foundation', 'startup', 'start-up', 'subsidiary', 'conglomerate'],
]);

/** Most words of the aside before its body's noun ("a Leeds-based events company"). */
export const BODY_ASIDE_WORDS = 3;

/**
 * Words and marks that may follow the body's noun closing the aside's head ("a company called …", "a firm, …",
 * "a charity which …"); any other word makes the noun a modifier ("a company veteran", "a party loyalist").
 */
export const BODY_NOUN_CLOSERS: ReadonlySet<string> = new Set([',', '.', ')', 'called', 'named', 'which', 'that']);

/**
 * Whether the aside set off right after token `end` (a role's end) is an indefinite description whose head is a
 * body's noun (BODY_ASIDE_NOUNS): ", a Leeds-based firm called …,". Not a person of the body: "a spokesman for the
 * company", "a company veteran".
 */
export function setOffAsBody(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== ',' || !INDEFINITE_ARTICLES.has(lowerAt(tokens, end + 1))) return false;
  for (let k = end + 2; k <= end + 2 + BODY_ASIDE_WORDS; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || isStopWord(t.lower)) return false;
    const next = tokens[k + 1];
    if (BODY_ASIDE_NOUNS.has(t.lower))
      return BODY_NOUN_CLOSERS.has(next?.kind === 'word' ? next.lower : (next?.text ?? ''));
  }
  return false;
}
