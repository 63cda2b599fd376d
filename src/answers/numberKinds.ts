// Ages and scores: what "how old" and "what was the score" ask for, read from the tagger's tokens around a number
// ("a 23-year-old", "Ann Lee, 58,", "aged 44"; "won 3-1", "by 312 votes to 290") rather than from any number.
import type { EntitySpan } from './entities.ts';

/** A tagged token: its text and its part of speech (wink-nlp's universal tags). */
export interface TaggedToken {
  text: string;
  pos: string;
}

/** Units of an age written as a compound or a phrase: "23-year-old", "six months old". */
export const AGE_UNITS: ReadonlySet<string> = new Set([
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
]);
/** Words right before a number that make it an age: "aged 44", "at age 19", "ages 5 to 11". */
export const AGE_BEFORE: ReadonlySet<string> = new Set(['aged', 'age', 'ages']);
/** What is counted in a tally of two numbers joined by "to": "312 votes to 290", "three goals to one". */
export const TALLY_UNITS: ReadonlySet<string> = new Set([
  'vote',
  'votes',
  'goal',
  'goals',
  'point',
  'points',
  'seat',
  'seats',
  'run',
  'runs',
  'set',
  'sets',
  'game',
  'games',
]);

const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014']);
/** A score written as one token: "3-1", "4–0"; numbers of at most three digits, so "2019-20" is not one. */
const SCORE_TOKEN = /^\p{N}{1,3}[-\u2013]\p{N}{1,3}$/u;

const lower = (t: TaggedToken | undefined): string => (t === undefined ? '' : t.text.toLowerCase());

/** Whether the number at `i` is an age: "N-year-old" / "N years old", after "aged", or "Name, N," / "Name (N)". */
function isAge(tokens: readonly TaggedToken[], i: number): boolean {
  const at = (k: number): string => lower(tokens[i + k]);
  if (AGE_UNITS.has(at(2)) && DASHES.has(at(1)) && DASHES.has(at(3)) && at(4) === 'old') return true;
  if (AGE_UNITS.has(at(1)) && at(2) === 'old') return true;
  if (AGE_BEFORE.has(at(-1))) return true;
  // An appositive: a number set off by commas or brackets right after a name.
  const opens = at(-1) === ',' || at(-1) === '(';
  const closes = at(1) === ',' || at(1) === ')' || at(1) === '' || at(1) === '.';
  return opens && closes && tokens[i - 2]?.pos === 'PROPN';
}

/** The score starting at the number `i`, as written: "3-1", "2 – 1", "312 votes to 290"; null when there is none. */
function scoreAt(tokens: readonly TaggedToken[], i: number): string | null {
  const number = tokens[i];
  if (!number) return null;
  if (SCORE_TOKEN.test(number.text)) return number.text;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (next && DASHES.has(next.text) && after?.pos === 'NUM') return `${number.text} ${next.text} ${after.text}`;
  if (TALLY_UNITS.has(lower(next)) && lower(after) === 'to' && tokens[i + 3]?.pos === 'NUM')
    return `${number.text} ${next?.text} to ${tokens[i + 3]?.text}`;
  return null;
}

/** The ages and scores of a sentence's tagged tokens, each span's text the number (age) or the whole score. */
export function agesAndScores(tokens: readonly TaggedToken[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  tokens.forEach((token, i) => {
    if (token.pos !== 'NUM') return;
    if (isAge(tokens, i)) spans.push({ type: 'age', text: token.text });
    const score = scoreAt(tokens, i);
    if (score !== null) spans.push({ type: 'score', text: score });
  });
  return spans;
}
