// Whether a sentence holds what a question's class asks for (a date for "when", a person for "who"): an entity of
// the wanted type that the question does not already name, fully next to a question word, less when farther.
import { analyze } from '../search/fold.ts';
import type { EntitySpan } from './entities.ts';
import type { QuestionClass } from './questionClasses.ts';

/** Whether an entity says something the question does not already say (its words are not all question words). */
function isNew(span: EntitySpan, questionTerms: ReadonlySet<string>): boolean {
  return analyze(span.text).some((t) => !t.stop && !questionTerms.has(t.term));
}

/** Words between an entity and the nearest question word in its sentence within which the entity is "next to" it. */
export const NEAR_WORDS = 4;
/** An entity of the wanted type farther from every question word counts this much (it may answer something else). */
export const FAR_ENTITY = 0.5;
/** An entity of a type the question only partly wants (a body's name for "who") counts this much. */
export const PARTLY_WANTED = 0.5;
/** A sentence naming one wanted entity where the question asks for several counts this much of it. */
export const ONE_OF_SEVERAL = 0.75;

export function answerTypeOf(
  questionClass: QuestionClass | null,
  spans: readonly EntitySpan[],
  text: string,
  questionTerms: ReadonlySet<string>,
  matchedAt: readonly number[],
): number | null {
  if (!questionClass || (questionClass.wants.length === 0 && questionClass.cues.length === 0)) return null;
  let best = 0;
  const wantedTexts = new Set<string>();
  for (const span of spans) {
    const at = text.indexOf(span.text);
    if (at === -1) continue;
    const end = at + span.text.length;
    // A question word inside the entity ("Judge" in "District Judge Aaron Pell") is as near as can be.
    const inside = holdsMatch(at, end, matchedAt);
    // A duration holding the unit a counting question names: "50 hours" answers "how many hours".
    const countsAsked = questionClass.counts === true && span.type === 'duration' && inside;
    const wanted = questionClass.wants.includes(span.type) || countsAsked;
    if ((!wanted && !questionClass.partly?.includes(span.type)) || !isNew(span, questionTerms)) continue;
    const factor = wanted && followsOneOf(questionClass.before, text, at) ? 1 : PARTLY_WANTED;
    const near =
      inside ||
      Math.min(wordsBetween(text, at, matchedAt, true), wordsBetween(text, end, matchedAt, false)) <= NEAR_WORDS;
    best = Math.max(best, factor * (near ? 1 : FAR_ENTITY));
    if (wanted) wantedTexts.add(span.text);
  }
  if (best > 0) return questionClass.several && wantedTexts.size < 2 ? best * ONE_OF_SEVERAL : best;
  const lower = text.toLowerCase();
  return questionClass.cues.some((cue) => lower.includes(cue)) ? 1 : 0;
}

/** Where an entity's words first stand in the sentence: [at, end), at -1 when they do not. */
function placeOf(span: EntitySpan, text: string): { at: number; end: number } {
  const at = text.indexOf(span.text);
  return { at, end: at + span.text.length };
}

/** Whether a matched question word stands inside [at, end). */
function holdsMatch(at: number, end: number, matchedAt: readonly number[]): boolean {
  return matchedAt.some((m) => m >= at && m < end);
}

/**
 * Whether the words before offset `at` end in one of `words`, an article between allowed ("in the Harwick Arena");
 * true when the class names no such words. ", where" after a name marks it as a place too ("Asia, where sales fell").
 */
function followsOneOf(words: readonly string[] | undefined, text: string, at: number): boolean {
  if (!words) return true;
  const before = text
    .slice(Math.max(0, at - 40), at)
    .toLowerCase()
    .split(/[^\p{L}'’]+/u)
    .filter((w) => w.length > 0);
  let last = before.pop();
  if (last === 'the' || last === 'a' || last === 'an') last = before.pop();
  if (last !== undefined && words.includes(last)) return true;
  return /^[^,]*?,\s*where\b/iu.test(text.slice(at, at + 80)) && words.includes('where');
}

/** Words between a number and a question word after it within which the number counts that word ("20 children"). */
export const COUNT_GAP = 2;

/**
 * 1 when the sentence counts what a counting question names: a number followed within COUNT_GAP words by a question
 * word ("at least three guns", "14 different tornado warnings"), or a duration holding one ("the remaining 10 days");
 * 0 otherwise, and null when the question counts nothing. A number elsewhere in the sentence may count anything, and
 * a number the question says itself (a year) counts nothing.
 */
export function countedOf(
  questionClass: QuestionClass | null,
  spans: readonly EntitySpan[],
  text: string,
  matchedAt: readonly number[],
  questionTerms: ReadonlySet<string> = new Set(),
  /** Offsets of the words that say the counted noun itself, in any form ("changed" of "how many changes"). */
  nounAt: readonly number[] = [],
): number | null {
  if (!questionClass?.counts) return null;
  const sums = spans.flatMap((s) => (s.type === 'money' ? [placeOf(s, text)] : [])).filter((p) => p.at >= 0);
  for (const span of spans) {
    if (span.type !== 'number' && span.type !== 'duration') continue;
    // "the 2031 spending plan" counts no plans when the question says 2031 itself.
    if (!isNew(span, questionTerms)) continue;
    const { at, end } = placeOf(span, text);
    if (at === -1) continue;
    // "KSh4.2 billion in the half year": a number inside a sum is money, it counts nothing.
    if (span.type === 'number' && sums.some((sum) => sum.at <= at && end <= sum.end)) continue;
    if (span.type === 'duration' && holdsMatch(at, end, matchedAt)) return 1;
    // "the five-day war": a number joined to a unit by a hyphen measures the noun after it, it does not count it.
    if (
      span.type === 'number' &&
      text[end] !== '-' &&
      (countsNext(text, end, matchedAt) || countsBack(text, at, end, matchedAt) || followsNoun(text, at, nounAt))
    )
      return 1;
  }
  return 0;
}

/**
 * Whether a word saying the counted noun stands right before the number, as a verb whose object the number is: "We
 * changed ten players" answers "how many changes", "the firm hired 40" answers "how many hires".
 */
function followsNoun(text: string, at: number, nounAt: readonly number[]): boolean {
  return nounAt.some((m) => m < at && /^[\p{L}'’-]+\s+$/u.test(text.slice(m, at)));
}

/** Punctuation that ends what a number counts: "140 km/h, toppling trees" does not count trees. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]/u;

/** Whether the nearest matched word after a number's end is within COUNT_GAP words, in the same clause. */
function countsNext(text: string, end: number, matchedAt: readonly number[]): boolean {
  const next = Math.min(...matchedAt.filter((m) => m >= end));
  if (!Number.isFinite(next)) return false;
  const gap = text.slice(end, next);
  return !CLAUSE_BREAK.test(gap) && gap.split(/\s+/u).filter((w) => w.length > 0).length <= COUNT_GAP;
}

/**
 * Words that, right before a number (fillers skipped), make it the count of a question word before it in the same
 * clause: "the council of ministers has gone up to 34", "ticket sales rose … to a record 96,000", "stood at 12".
 */
export const COUNT_LEADS: ReadonlySet<string> = new Set(['to', 'at', 'reached', 'totalled', 'totaled', 'numbered']);
/** Words between a count lead and its number that say nothing of what is counted: "to a record 96,000". */
export const COUNT_FILLERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'record',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'roughly',
]);
/** Words between a question word and a later number that counts it ("ministers has gone up to 34"): at most this many. */
export const COUNT_BACK_GAP = 6;
/**
 * Marks that, right before a number (fillers skipped), set it out as the count of a question word before them:
 * "sold more tickets than in any year before — 1.2 million", "the tally of seats: 34". Also clause breaks, so only these.
 */
export const COUNT_LEAD_MARKS: readonly string[] = ['\u2014', '\u2013', ':'];

/**
 * Whether a number at `at` (ending at `end`) counts the nearest matched word before it: a count lead stands right
 * before the number (fillers skipped), within COUNT_BACK_GAP words of the matched word and in the same clause, and no
 * word follows the number, which would be what it counts.
 */
function countsBack(text: string, at: number, end: number, matchedAt: readonly number[]): boolean {
  const before = matchedAt.filter((m) => m < at);
  if (before.length === 0) return false;
  const gap = text.slice(Math.max(...before), at);
  // "cutting power to about 12,000 homes": a noun after the number is what it counts.
  if (/^\s*\p{L}/u.test(text.slice(end))) return false;
  const mark = Math.max(...COUNT_LEAD_MARKS.map((m) => gap.lastIndexOf(m)));
  const clause = mark < 0 ? gap : gap.slice(0, mark);
  if (CLAUSE_BREAK.test(clause)) return false;
  const words = wordsOf(gap).slice(1);
  if (words.length > COUNT_BACK_GAP) return false;
  if (mark >= 0) return wordsOf(gap.slice(mark)).every((w) => COUNT_FILLERS.has(w));
  while (words.length > 0 && COUNT_FILLERS.has(words[words.length - 1] ?? '')) words.pop();
  return COUNT_LEADS.has(words[words.length - 1] ?? '');
}

/** The words of a piece of text, lower-cased: letters, digits, apostrophes and hyphens. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w.length > 0);
}

/** Words between offset `at` and the nearest matched word before it (or after it), Infinity when there is none. */
function wordsBetween(text: string, at: number, matchedAt: readonly number[], before: boolean): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (const m of matchedAt) {
    if (before ? m <= at : m >= at) {
      const gap = before ? text.slice(m, at) : text.slice(at, m);
      nearest = Math.min(nearest, gap.split(/\s+/u).filter((w) => w.length > 0).length);
    }
  }
  return nearest;
}
