// A person the writer brings in unnamed, then gives the one name they offered: "A witness, who gave her name only as
// Candice, said …", "one resident, identified only as Mama Grace", "who gave only her first name, Nell,". The name
// is that person's, however short.
import { lowerAt, type Sentence } from './frames.ts';
import type { CapitalRun } from './names.ts';

/** Words right before "as" that hand a name to somebody brought in unnamed ("gave her name as", "known only as"). */
export const NAME_GIVEN_LEADS: ReadonlySet<string> = new Set(['name', 'identified', 'known']);

/** Words before "name" and a comma that hand one name over ("who gave only her first name, Nell,"). */
export const ONE_NAME_WORDS: ReadonlySet<string> = new Set(['first', 'given']);

/**
 * The name a sentence gives somebody with "name (only) as NAME", "identified (only) as NAME", "known (only) as NAME"
 * (the capitalised run right after "as") or "first name, NAME"; null when the sentence gives none.
 */
export function givenAsRun(sentence: Sentence): CapitalRun | null {
  const { tokens } = sentence;
  for (const run of sentence.runs) {
    if (run.kind !== 'name') continue;
    const comma = tokens[run.from - 1]?.text === ',';
    if (comma && lowerAt(tokens, run.from - 2) === 'name' && ONE_NAME_WORDS.has(lowerAt(tokens, run.from - 3)))
      return run;
    if (lowerAt(tokens, run.from - 1) !== 'as') continue;
    const lead = lowerAt(tokens, run.from - 2) === 'only' ? run.from - 3 : run.from - 2;
    if (NAME_GIVEN_LEADS.has(lowerAt(tokens, lead))) return run;
  }
  return null;
}
