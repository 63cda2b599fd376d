// A retired officer's or judge's mark in brackets between a title and the name ("Justice (rtd) Ana Ruiz", "Maj Gen
// (retd) Tom Hale"): the brackets would cut the title from the name, so the mark's tokens are left out of the words.
import type { Token } from './tokens.ts';
import { withoutSpans } from './tokenSpans.ts';

/** The words of a retired mark in brackets ("(rtd)", "(retd.)", "(retired)"), lower case, without stops. */
export const RETIRED_MARKS: ReadonlySet<string> = new Set(['rtd', 'retd', 'retired', 'ret']);

/** Where the retired mark opening at token i ends (the index after its ")"), or -1 when none opens there. */
function retiredMarkEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== '(' || tokens[i - 1]?.capital !== true) return -1;
  if (!RETIRED_MARKS.has(tokens[i + 1]?.lower ?? '')) return -1;
  const close = tokens[i + 2]?.text === '.' ? i + 3 : i + 2;
  return tokens[close]?.text === ')' && tokens[close + 1]?.capital === true ? close + 1 : -1;
}

/** The tokens with every retired mark between a capitalised title and a capitalised name left out. */
export function withoutRetiredMarks(tokens: Token[]): Token[] {
  return withoutSpans(tokens, retiredMarkEnd);
}
