// Ages, scores, sums and measures: what "how old", "what was the score", "how much did it cost", "how far" and "how
// heavy" ask for, read from the tagger's tokens around a number ("a 23-year-old", "Ann Lee, 58,"; "won 3-1", "by 312
// votes to 290"; "£2m", "€1.1 billion", which the tagger's MONEY misses; "240 metres", "410 kg") rather than from any
// number.
import type { EntitySpan } from './entities.ts';

/** A tagged token: its text, the spaces before it, its part of speech (wink-nlp's universal tags), and whether the
 * tagger already took it for part of a sum of money. */
export interface TaggedToken {
  text: string;
  space: string;
  pos: string;
  money: boolean;
}

/** Tokens i to j (inclusive) as the sentence writes them, so that a span's text is found in it. */
function written(tokens: readonly TaggedToken[], i: number, j: number): string {
  let text = tokens[i]?.text ?? '';
  for (let k = i + 1; k <= j; k++) text += `${tokens[k]?.space ?? ''}${tokens[k]?.text ?? ''}`;
  return text;
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
/** Words right before a number (or before "of" and it) that make it an age: "aged 44", "at age 19", "at the age of 73". */
export const AGE_BEFORE: ReadonlySet<string> = new Set(['aged', 'age', 'ages']);
/** A person pronoun and a verb that, before a bare number closing the clause, state an age: "He was 56." */
export const AGE_STATEMENTS: readonly (readonly [string, string])[] = [
  ['he', 'was'],
  ['she', 'was'],
  ['he', 'is'],
  ['she', 'is'],
  ['he', 'turned'],
  ['she', 'turned'],
  ['died', 'at'],
  ['dies', 'at'],
];
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

/** Currency written as letters before a sum ("Rs 500 crore"); signs (£, €, ¥, ₹, US$, A$) are known by Unicode. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'rs',
  'rs.',
  'inr',
  'eur',
  'gbp',
  'usd',
  'chf',
  'cny',
  'ksh',
  'kshs',
  'kes',
  'sh',
  'shs',
  'ngn',
  'zar',
  'ghs',
  'pkr',
]);
const CURRENCY_SIGN = /\p{Sc}$/u;
/** Words after a number that scale it: "€1.1 billion", "N57 billion". */
export const SCALE_WORDS: ReadonlySet<string> = new Set([
  'thousand',
  'million',
  'billion',
  'trillion',
  'crore',
  'lakh',
]);
/** Words and letters after a number that scale it: "€1.1 billion", "£2m", "$4bn". */
const SCALES: ReadonlySet<string> = new Set([...SCALE_WORDS, 'k', 'm', 'bn']);

/** Units of length, distance, depth and height after a number: "240 metres", "one metre below", "15 km", "6ft". */
export const LENGTH_UNITS: ReadonlySet<string> = new Set([
  'metre',
  'metres',
  'meter',
  'meters',
  'm',
  'kilometre',
  'kilometres',
  'kilometer',
  'kilometers',
  'km',
  'centimetre',
  'centimetres',
  'centimeter',
  'centimeters',
  'cm',
  'millimetre',
  'millimetres',
  'millimeter',
  'millimeters',
  'mm',
  'mile',
  'miles',
  'foot',
  'feet',
  'ft',
  'inch',
  'inches',
  'yard',
  'yards',
  'nautical',
]);
/** Units of mass after a number: "410 kg", "3 tonnes" ("pounds" is left out: the tagger reads it as money). */
export const MASS_UNITS: ReadonlySet<string> = new Set([
  'kilogram',
  'kilograms',
  'kilogramme',
  'kilogrammes',
  'kg',
  'kilo',
  'kilos',
  'gram',
  'grams',
  'g',
  'tonne',
  'tonnes',
  'ton',
  'tons',
  'lb',
  'lbs',
  'ounce',
  'ounces',
  'oz',
]);

/** The measure (length or mass) starting at the number `i`: the number and the unit right after it, or null. */
function measureAt(tokens: readonly TaggedToken[], i: number): EntitySpan | null {
  // "£2m" is two million pounds, not two metres: a sum is no measure.
  if (tokens[i]?.money || CURRENCY_SIGN.test(tokens[i - 1]?.text ?? '')) return null;
  // "240 metres", or joined by a hyphen: "a 10-metre pole".
  const at = DASHES.has(lower(tokens[i + 1])) ? i + 2 : i + 1;
  const unit = lower(tokens[at]).replace(/\.$/u, '');
  if (LENGTH_UNITS.has(unit)) return { type: 'length', text: written(tokens, i, at) };
  if (MASS_UNITS.has(unit)) return { type: 'mass', text: written(tokens, i, at) };
  return null;
}

/** The sum starting at the number `i` when a currency sign or code stands right before it ("£2m"), or null. */
function sumAt(tokens: readonly TaggedToken[], i: number): string | null {
  const before = tokens[i - 1];
  const number = tokens[i];
  if (!before || !number || number.money) return null;
  if (!(CURRENCY_SIGN.test(before.text) || CURRENCY_CODES.has(lower(before)))) return null;
  return SCALES.has(lower(tokens[i + 1])) ? written(tokens, i, i + 1) : number.text;
}

/** Whether the number at `i` is an age: "N-year-old" / "N years old", after "aged", or "Name, N," / "Name (N)". */
function isAge(tokens: readonly TaggedToken[], i: number): boolean {
  const at = (k: number): string => lower(tokens[i + k]);
  if (AGE_UNITS.has(at(2)) && DASHES.has(at(1)) && DASHES.has(at(3)) && at(4) === 'old') return true;
  if (AGE_UNITS.has(at(1)) && at(2) === 'old') return true;
  // "aged 44", and "at the age of 73".
  if (AGE_BEFORE.has(at(-1)) || (at(-1) === 'of' && AGE_BEFORE.has(at(-2)))) return true;
  // "He was 56." / "She turned 40, …" / "died at 91": the number closes the clause.
  const clauseEnds = at(1) === '' || at(1) === '.' || at(1) === ',' || at(1) === ';';
  if (clauseEnds && AGE_STATEMENTS.some(([a, b]) => at(-2) === a && at(-1) === b)) return true;
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
  if (next && DASHES.has(next.text) && after?.pos === 'NUM') return written(tokens, i, i + 2);
  if (TALLY_UNITS.has(lower(next)) && lower(after) === 'to' && tokens[i + 3]?.pos === 'NUM')
    return written(tokens, i, i + 3);
  return null;
}

/** Verbs of a result whose "by N" is the margin: "won the final by seven", "lost by three points". */
export const RESULT_VERBS: ReadonlySet<string> = new Set([
  ...['win', 'wins', 'won', 'winning', 'lose', 'loses', 'lost', 'losing'],
  ...['beat', 'beats', 'beaten', 'beating', 'lead', 'leads', 'led', 'leading'],
]);
/** Words at most between a result verb and "by N" (its object): "won the county final by seven". */
const MARGIN_REACH = 4;

/** The margin starting at the number `i` ("seven" of "won the match by seven"); null when it is none. */
function marginAt(tokens: readonly TaggedToken[], i: number): string | null {
  const number = tokens[i];
  if (!number || lower(tokens[i - 1]) !== 'by') return null;
  for (let k = i - 2; k >= Math.max(0, i - 2 - MARGIN_REACH); k--) {
    if (RESULT_VERBS.has(lower(tokens[k]))) return number.text;
    if (tokens[k]?.pos === 'PUNCT') return null;
  }
  return null;
}

/**
 * The ages, scores, sums and measures of a sentence's tagged tokens: each span's text is the number (age), the whole
 * score, the number and its scale (sum: "2m" of "£2m", the sign being a token of its own), or the number and its unit
 * (measure: "240 metres").
 */
export function numberKinds(tokens: readonly TaggedToken[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  tokens.forEach((token, i) => {
    if (token.pos !== 'NUM') return;
    if (isAge(tokens, i)) spans.push({ type: 'age', text: token.text });
    const score = scoreAt(tokens, i) ?? marginAt(tokens, i);
    if (score !== null) spans.push({ type: 'score', text: score });
    const sum = sumAt(tokens, i);
    if (sum !== null) spans.push({ type: 'money', text: sum });
    const measure = measureAt(tokens, i);
    if (measure !== null) spans.push(measure);
  });
  return spans;
}
