// Words that mark where a writer's clause starts, joins another or ends, read by the sentence reader
// (reader.ts) and the speech-verb cues (cues.ts): pronouns, conjunctions, openers, time words and finite verbs.
import { ASKED_OPENERS, SUBORDINATING_CONJUNCTIONS } from './lexicon.ts';

export const OTHER_PRONOUNS = new Set(['i', 'we', 'they', 'it', 'you', 'one', 'this', 'that', 'who', 'which']);
export const NON_SUBJECT_LINKS = new Set([
  'as',
  'and',
  'but',
  'or',
  'to',
  'then',
  'that',
  'when',
  'while',
  'not',
  'being',
  'after',
  'before',
  'by',
  'for',
  'of',
  'in',
  'on',
  'at',
  'with',
  'without',
  'if',
  'than',
  'so',
]);
export const CLAUSE_OPENERS = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'when',
  'while',
  'yesterday',
  'today',
  // ("Asked whether …, she said", "Pressed on whether …, NAME was firm:")
  ...ASKED_OPENERS,
  'speaking',
  'referring',
  'despite',
  'with',
  'without',
  'following',
  'since',
  'as',
  'under',
  'for',
  'earlier',
  'later',
  'last',
  'this',
  'according',
  'instead',
  'unlike',
  'like',
  'amid',
  'addressing',
  'responding',
  'writing',
  'meanwhile',
  'however',
  'separately',
  'also',
  'still',
  'now',
  'then',
  'once',
  'although',
  'though',
  'if',
  'because',
  'from',
  'to',
  'by',
  // ("Outside the hall, a farmer who had driven up … said": a place the scene is set in.)
  'outside',
  'inside',
  'across',
  'around',
]);
/** Adverbs that open a sentence before a comma and its subject ("Additionally, he …"): the subject follows them. */
export const DISCOURSE_ADVERBS: ReadonlySet<string> = new Set([
  'additionally',
  'furthermore',
  'moreover',
  'similarly',
  'likewise',
  'nevertheless',
  'nonetheless',
  'consequently',
  'subsequently',
  'afterwards',
  'finally',
  'lastly',
  'overall',
  'ultimately',
  'notably',
]);

export const LEADING_CONJUNCTIONS = new Set([
  'but',
  'and',
  'yet',
  'so',
  'or',
  'however',
  'meanwhile',
  'still',
  'also',
  'indeed',
]);
export const TIME_NOUNS = new Set([
  'week',
  'month',
  'year',
  'night',
  'weekend',
  'morning',
  'evening',
  'afternoon',
  'day',
]);
export const TIME_LEADS = new Set(['on', 'last', 'this', 'next', 'earlier', 'late', 'early']);
/** Words of time that open a sentence before its subject with no comma ("Today his mother said", "Yesterday NAME told"). */
export const OPENING_TIME_WORDS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight', 'earlier', 'later']);
/** Words a sentence's subject may open with after such a time phrase: a determiner or a possessive. */
export const SUBJECT_OPENERS_AFTER_TIME: ReadonlySet<string> = new Set([
  ...['the', 'his', 'her', 'their', 'a', 'an'],
  // ("Last night he was all sunshine: “…”": a he or she after the time phrase is the subject too.)
  ...['he', 'she'],
]);
export const DASHES = new Set(['–', '—', '-', '|']);

/**
 * Words of time alone that may lead in to a quote by a colon ("Then: “…”", "And finally: “…”"): they name nobody, so
 * the quote stands alone in its sentence and the one who spoke before speaks it.
 */
export const SEQUENCE_LEAD_INS: ReadonlySet<string> = new Set([
  'then',
  'finally',
  'later',
  'eventually',
  'afterwards',
  'and',
]);
/** Words that tie a place to the person before it ("Vogt of Germany", "Ruiz from Valencia"). */
export const PLACE_LINKS = new Set(['of', 'from']);
export const CLAUSE_JOINS = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'yet']);
/**
 * Conjunctions that join a clause with no comma before them ("… scored twice and the manager was delighted"), and a
 * speech verb to the verb of the same subject before it ("NAME declined to name the buyer but said").
 */
export const BARE_CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * Adverbs of time that may stand between "and", "but" or a comma and a speech verb joined to the subject's own clause:
 * "… and then added:", "…, then said", "… sits down and finally explains."
 */
export const JOINING_ADVERBS: ReadonlySet<string> = new Set(['then', 'finally', 'eventually', 'later']);
/**
 * Finite verbs that show the phrase before them, after a bare "and" or "but", heads a clause of its own rather than
 * ending a list of names ("and the manager was delighted"; not "Hale and Berg").
 */
export const FINITE_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'was',
  'is',
  'were',
  'are',
  'has',
  'had',
  'have',
  'will',
  'would',
  'could',
  'can',
  'did',
  'does',
  'may',
  'might',
  'must',
  'should',
]);
/** Words opening a relative clause set off by commas ("Adeyemi, who chairs the committee, said"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whose', 'whom', 'which', 'where']);

/** Words that open a clause of its own after a comma, with a subject of its own: "…, as protesters gathered". */
export const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set([...SUBORDINATING_CONJUNCTIONS, 'as', 'where']);
