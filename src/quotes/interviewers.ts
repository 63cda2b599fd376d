// Who asks a transcript's "Q:" questions: a name the prose before it brings in with a phrase of asking ("Ann Hale
// spoke to the founder", "under questioning by the prosecutor, Ann Hale"). Pure, over a sentence's tokens.
import { INTERVIEWER_AFTER_NAME, INTERVIEWER_BEFORE_NAME } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** Most words between a phrase like "questioning by" and the name it brings in: a role ("the prosecutor, Ann …"). */
export const MAX_INTERVIEWER_ROLE_WORDS = 6;

/** The tokens [from, to) as lower-case words and punctuation, one space apart. */
function lowerPhraseOf(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(Math.max(0, from), to)
    .map((t) => t.lower || t.text)
    .join(' ');
}

/** Whether the name at tokens [from, to) is brought in as the one asking, by the words after or before it. */
export function namesTheAsker(tokens: readonly Token[], from: number, to: number): boolean {
  const after = lowerPhraseOf(tokens, to, to + 4);
  if (INTERVIEWER_AFTER_NAME.some((p) => after === p || after.startsWith(`${p} `))) return true;
  const before = lowerPhraseOf(tokens, from - MAX_INTERVIEWER_ROLE_WORDS - 3, from);
  return INTERVIEWER_BEFORE_NAME.some((p) => {
    const at = before.lastIndexOf(p);
    if (at < 0) return false;
    const between = before
      .slice(at + p.length)
      .split(' ')
      .filter((w) => /\p{L}/u.test(w));
    return between.length <= MAX_INTERVIEWER_ROLE_WORDS;
  });
}
