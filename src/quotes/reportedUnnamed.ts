// Somebody unnamed who speaks inside a clause another speaker reports ("NAME said a garda came over and told them:
// “…”", "He recalled that, that summer, a neighbour stopped him and said: “…”"): the words are that person's.
import { lowerAt } from './frames.ts';
import { INDEFINITE_ARTICLES } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** Verbs of reporting that a reported clause may follow with no "that" ("NAME said a garda came over …"). */
export const CLAUSE_REPORTING_VERBS: ReadonlySet<string> = new Set([
  ...['said', 'says', 'recalled', 'recalls', 'remembered', 'remembers', 'explained', 'explains'],
  ...['added', 'adds', 'claimed', 'claims', 'alleged', 'alleges', 'insisted', 'insists'],
]);

/** Most tokens from the reported clause's unnamed subject to the speech verb joined to it by "and". */
export const UNNAMED_CLAUSE_REACH = 20;

/**
 * Where the unnamed subject ("a garda", "a neighbour who lives in the city") of the reported clause a speech verb
 * after "and" at `verb` stands in begins: an indefinite article right after a verb of CLAUSE_REPORTING_VERBS, after "that",
 * or after a comma closing an opening phrase of a "that" clause ("recalled that in the driest weeks, a
 * neighbour …"), with no quote, stop or other "that" between it and the verb; -1 when there is none.
 */
export function unnamedReportedSubject(tokens: Token[], verb: number): number {
  for (let k = verb - 2; k >= Math.max(1, verb - UNNAMED_CLAUSE_REACH); k--) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'quote' || t.text === '.' || t.text === ';') return -1;
    if (!INDEFINITE_ARTICLES.has(t.lower) || tokens[k + 1]?.capital !== false) continue;
    const before = tokens[k - 1];
    if (before?.lower === 'that' || CLAUSE_REPORTING_VERBS.has(before?.lower ?? '')) return k;
    if (before?.text === ',' && thatOpensBefore(tokens, k - 1)) return k;
    return -1;
  }
  return -1;
}

/** Most tokens of an opening phrase between "that" and the comma after it ("that in the driest weeks of the year,"). */
const OPENING_PHRASE_TOKENS = 10;

/** Whether a "that" opens the phrase the comma at `comma` closes, with no other comma or quote between. */
function thatOpensBefore(tokens: Token[], comma: number): boolean {
  for (let k = comma - 1; k >= Math.max(0, comma - OPENING_PHRASE_TOKENS); k--) {
    const t = tokens[k];
    if (t === undefined || t.text === ',' || t.kind === 'quote') return false;
    if (lowerAt(tokens, k) === 'that') return true;
  }
  return false;
}
