// What kinds of answer a sentence holds (dates, durations, sums, counts, names), tagged by wink-nlp's English
// model rather than by our own patterns; the tagger loads once, on first use or when warmed at start-up.
import winkNLP, { type ItemEntity, type ItemToken, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { MONTHS } from '../search/abbreviations.ts';
import { gluedSumAt } from './gluedSums.ts';
import { kinPhrases } from './kinPhrases.ts';
import { CURRENCY_CODES, numberKinds, type TaggedToken } from './numberKinds.ts';

/** The answer types a question can ask for and a sentence can hold. */
export type EntityType =
  | 'date'
  | 'time'
  | 'duration'
  | 'number'
  | 'money'
  | 'percent'
  | 'ordinal'
  | 'proper'
  | 'person'
  | 'age'
  | 'score'
  | 'length'
  | 'mass';

export interface EntitySpan {
  type: EntityType;
  /** The words of the entity as written, for telling it apart from what the question already says. */
  text: string;
}

/** wink-nlp's entity types, as ours; types it has that we never ask for (emails, hashtags…) are left out. */
export const WINK_ENTITY_TYPES: Readonly<Record<string, EntityType>> = {
  DATE: 'date',
  TIME: 'time',
  DURATION: 'duration',
  CARDINAL: 'number',
  MONEY: 'money',
  PERCENT: 'percent',
  ORDINAL: 'ordinal',
};

let tagger: WinkMethods | null = null;

function nlp(): WinkMethods {
  // Sentence splitting is ours; negation and sentiment are never read: the tagger runs POS and entities only.
  tagger ??= winkNLP(model, ['pos', 'ner']);
  return tagger;
}

/** Loads the model now (about 0.3 s) so that the first question does not pay for it. */
export function warmEntityTagger(): void {
  nlp();
}

/**
 * The entities of one sentence: wink's typed entities, digits it tagged NUM outside them (scores such as "4-0"),
 * and runs of proper nouns (people, places, organisations, teams: who/where/which answers), each also tagged
 * 'person' when it could be a person's name; numbers the words around them make ages, scores or sums (numberKinds.ts);
 * and people named by a tie, "his mother" (kinPhrases.ts).
 */
export function entitiesOf(sentence: string): EntitySpan[] {
  const tagger = nlp();
  const its = tagger.its;
  const doc = tagger.readDoc(sentence);
  const spans: EntitySpan[] = [];
  const inEntity = new Set<number>();
  const inMoney = new Set<number>();
  doc.entities().each((entity: ItemEntity) => {
    const type = WINK_ENTITY_TYPES[String(entity.out(its.type))];
    entity.tokens().each((token: ItemToken) => {
      inEntity.add(token.index());
      if (type === 'money') inMoney.add(token.index());
    });
    if (type) spans.push({ type, text: entity.out() });
  });
  let run: string[] = [];
  const flush = (): void => {
    // The tagger reads "Sept." in "Sept. 18" as a proper noun: a month is a date.
    if (run.length > 0) {
      const text = run.join(' ');
      if (isMonth(run[0] ?? '')) spans.push({ type: 'date', text });
      else {
        spans.push({ type: 'proper', text });
        if (looksLikePersonName(run)) spans.push({ type: 'person', text });
      }
    }
    run = [];
  };
  const tagged: TaggedToken[] = [];
  doc.tokens().each((token: ItemToken) => {
    const index = token.index();
    tagged.push({
      text: token.out(),
      space: token.out(its.precedingSpaces),
      pos: token.out(its.pos),
      money: inMoney.has(index),
    });
  });
  for (let index = 0; index < tagged.length; index++) {
    const token = tagged[index];
    if (!token) continue;
    // "N57 billion", "KSh6bn": a sum, not a proper noun (nor a person's name).
    const glued = inEntity.has(index) ? null : gluedSumAt(tagged, index);
    if (glued !== null) {
      flush();
      spans.push({ type: 'money', text: glued.text });
      for (let k = index; k <= glued.end; k++) {
        const part = tagged[k];
        if (part) tagged[k] = { ...part, pos: 'SYM', money: true };
      }
      index = glued.end;
      continue;
    }
    // "KSh 6 billion": the currency's letters are no name.
    const codeBeforeNumber = CURRENCY_CODES.has(token.text.toLowerCase()) && tagged[index + 1]?.pos === 'NUM';
    // A capitalised word the tagger misreads right after a name continues it ("Paul Manning").
    const pos = continuesName(run, token.text, token.pos) ? 'PROPN' : token.pos;
    if (pos !== token.pos) tagged[index] = { ...token, pos };
    if (pos === 'PROPN' && !inEntity.has(index) && !codeBeforeNumber) {
      run.push(token.text);
      continue;
    }
    flush();
    if (token.pos === 'NUM' && !inEntity.has(index)) spans.push({ type: 'number', text: token.text });
  }
  flush();
  spans.push(...numberKinds(tagged), ...kinPhrases(tagged));
  return spans;
}

/** A capitalised word the tagger took for a verb, noun or adjective: "Denning", "Young" after a given name. */
const MISTAGGED_NAME_POS: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'ADJ']);
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether a token continues the run of proper nouns before it though the tagger gave it another part of speech: a
 * capitalised word right after a name ("Carl Denning", where "Denning" reads as a verb) is the name's next word.
 */
export function continuesName(run: readonly string[], text: string, pos: string): boolean {
  return run.length > 0 && MISTAGGED_NAME_POS.has(pos) && CAPITALISED_WORD.test(text);
}

const MONTH_NAMES: ReadonlySet<string> = new Set([...MONTHS.keys(), ...MONTHS.values(), 'may', 'sept']);

function isMonth(word: string): boolean {
  return MONTH_NAMES.has(word.toLowerCase().replace(/\.$/u, ''));
}

/**
 * Last words that make a run of proper nouns a place, a venue, a body or a publication rather than a person:
 * "Harwick Memorial Stadium", "Easton Police", "Transport Department" ("Harwick FC" is caught by its acronym). Words
 * that are also common surnames (Hall, Court, Park, Post, House) are left out: "Ann Hall" is a person.
 */
export const NON_PERSON_HEADS: ReadonlySet<string> = new Set([
  'stadium',
  'arena',
  'street',
  'road',
  'avenue',
  'square',
  'airport',
  'station',
  'river',
  'county',
  'city',
  'state',
  'department',
  'police',
  'ministry',
  'university',
  'school',
  'hospital',
  'club',
  'party',
  'council',
  'center',
  'centre',
  'committee',
  'agency',
  'company',
  'inc',
  'corp',
  'group',
  'news',
  'times',
  'press',
]);

/** A word in capitals (an acronym: "UPI", "FC"), not an initial ("J.", "J.K.") */
const ACRONYM = /^[\p{Lu}\p{N}&-]{2,}$/u;

/**
 * Whether a run of proper nouns could name a person: no place or body word at its end, and not an acronym at its end
 * or throughout ("Harwick FC", "UPI"); a title before the name ("FBI Director Ann Lee", "J.K. Reyes") is fine.
 */
export function looksLikePersonName(words: readonly string[]): boolean {
  const last = (words[words.length - 1] ?? '').replace(/(?:[’']s?|\.)$/u, '');
  if (NON_PERSON_HEADS.has(last.toLowerCase())) return false;
  if (ACRONYM.test(last) || words.every((w) => ACRONYM.test(w))) return false;
  return true;
}
