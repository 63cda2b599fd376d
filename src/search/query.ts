// Query planning: which terms of a question carry its topic, how much each weighs, which index terms count
// as a match for it (typo corrections, place/people forms), and which are worth sending to the engine.
import { stemmer } from 'stemmer';
import { irregularDemonym } from './demonyms.ts';
import { analyze, termOf, type Token } from './fold.ts';
import type { SearchIndex } from './indexCodec.ts';
import { outletMentions, type OutletDirectory } from './outlets.ts';
import type { Paraphrase, ParaphraseTable } from './paraphrase.ts';

export interface QueryTerm {
  /** The analysed term of the question word. */
  term: string;
  /** The folded question word, before stemming. */
  form: string;
  /**
   * Inverse document frequency over passage texts. A name the corpus lacks weighs as a term seen once (the question
   * is about something the corpus does not cover); a lower-case word it lacks, in a question whose capitals mark
   * names, weighs half that (likely a paraphrase).
   */
  weight: number;
  /**
   * Capitalised in the question (not as its first word, and not in a question capitalising most words): a name.
   * A later "he"/"she" may stand for it; if the corpus lacks it, the question is about something else.
   */
  name: boolean;
  /** Whether the term or one of its matches is in the corpus (passage text or title). */
  found: boolean;
  /** Number of passages whose text contains the term itself. */
  documentFrequency: number;
  /** Index terms that count as this term, each with a factor in (0, 1]: the term itself is 1. */
  matches: ReadonlyMap<string, number>;
  /** Whether the engine is asked for it: terms found in most passages cannot tell passages apart. */
  searched: boolean;
  /**
   * The matches that are paraphrases (WordNet): they count when sentences are weighed but are not sent to the
   * engine, where they multiply the postings walked and pull in passages about other senses of the word (on
   * news-dev's tune half, sending them gave hit@1 78 / hit@3 85, keeping them out 76 / 88).
   */
  paraphrases: ReadonlySet<string>;
}

export interface QueryPlan {
  question: string;
  terms: QueryTerm[];
  /**
   * The outlets the question names as its source, by words the passages lack ("according to the Courier"), and
   * their articles: only those are searched. Absent when it names none.
   */
  fromOutlets?: { names: readonly string[]; articles: ReadonlySet<string> };
}

/**
 * Words that phrase a request rather than name its topic ("tell me what happened", "how many"), and light verbs
 * whose meaning comes from their object ("give a speech", "take office"): in a small corpus they would look rare.
 * Matched by stem, so every form counts ("told", "telling").
 */
const REQUEST_WORDS: ReadonlySet<string> = new Set(
  [
    ...['tell', 'explain', 'describe', 'happen', 'know', 'anything', 'something', 'thing', 'mention', 'kind'],
    ...['many', 'much'],
    ...['give', 'take', 'make', 'get', 'go', 'come', 'put'],
  ].map((w) => stemmer(w)),
);

/**
 * Request words matched by their exact form, because their stem is also a word with a topic: "please" shares
 * "pleas" with "pleased" ("how pleased was the coach?"), "according (to NAME)", which frames the question as
 * reported speech as "say" does, shares "accord" with "the peace accord".
 */
const REQUEST_FORMS: ReadonlySet<string> = new Set([
  'please',
  'according',
  // Fillers of spoken questions ("what's actually in it"), which name no topic.
  ...['actually', 'exactly', 'really', 'basically'],
]);

/** Whether a question word phrases the request rather than naming its topic. */
export function isRequestWord(token: Pick<Token, 'term' | 'form'>): boolean {
  return REQUEST_WORDS.has(token.term) || REQUEST_FORMS.has(token.form);
}

/**
 * Wordings that say what kind of answer is wanted, whose last word the answer does not repeat: "how long" is
 * answered by "six hours", "how far" by "40 miles from", "how often" by "twice a week", "how much money" by "$2.3
 * million", "what percentage" (or percent, proportion) by "71%", "what date" by "March 7" (as a topic word, "date"
 * met the " date 2024-05-09" stamps that open stored pages). As topic words they pulled in any sentence saying "long", "so far" or "the money", and where the corpus
 * lacked them they counted as words no article uses. "how old" and "how fast" are not here: an answer says them ("a
 * 23-year-old", "the fastest pace"), and WordNet leads "fast" to "speed".
 */
export const HOW_MEASURES: readonly (readonly string[])[] = [
  ['how', 'long'],
  ['how', 'far'],
  ['how', 'often'],
  ['how', 'soon'],
  ['how', 'much', 'money'],
  ['what', 'percentage'],
  ['what', 'percent'],
  ['what', 'proportion'],
  ['what', 'date'],
  ['which', 'date'],
];

/** Whether question word `i` ends a HOW_MEASURES wording, its words adjacent. */
function isHowMeasure(question: string, words: readonly Token[], i: number): boolean {
  return HOW_MEASURES.some((measure) => {
    const from = i - measure.length + 1;
    if (from < 0) return false;
    return measure.every((form, k) => {
      const word = words[from + k];
      const next = words[from + k + 1];
      return word?.form === form && (k === measure.length - 1 || /^\s+$/u.test(question.slice(word.end, next?.start)));
    });
  });
}

/** Share of passages above which a term is not sent to the engine (it would score almost every passage). */
export const MAX_SEARCHED_DF_SHARE = 0.25;
/** Most terms sent to the engine; longer questions keep their heaviest terms. */
export const MAX_SEARCHED_TERMS = 10;
/**
 * Most postings the engine may walk for one question (its cost grows with them): rarer terms are sent first and
 * a common term is left out once the budget is spent; its low weight would barely change the ranking anyway.
 * The rarest term is always sent.
 */
export const POSTINGS_BUDGET = 3000;
/** Typo correction only for long words: short words have too many one-letter neighbours ("france" → "frank"). */
export const FUZZY_MIN_LENGTH = 7;
export const FUZZY_FACTOR = 0.8;
export const RELATED_FORM_FACTOR = 0.7;
export const UNSEEN_WORD_FACTOR = 0.5;
const MAX_CORRECTIONS = 3;
/**
 * Known words at most this frequent are checked for a much more frequent spelling one edit away (a name misspelt
 * by one source). Kept absolute: each check walks the vocabulary, which is what makes fuzzy search slow.
 */
const RARE_DOCUMENT_FREQUENCY = 2;
/** How much more frequent that spelling must be to be taken for the intended word. */
const CORRECTION_DF_RATIO = 5;

export function inverseDocumentFrequency(documentFrequency: number, documentCount: number): number {
  const df = Math.max(documentFrequency, 1);
  return Math.log(1 + (documentCount - df + 0.5) / (df + 0.5));
}

/** Places and their people or adjective ("Russia"/"Russian", "Europe"/"European", "Ukraine"/"Ukrainian"). */
function relatedForms(form: string, capitalised: boolean): string[] {
  // A people in the plural ("Floridians", "Ukrainians") is related to the place as its singular is.
  if (form.length > 5 && /(?:ian|an)s$/u.test(form))
    return [form.slice(0, -1), ...relatedForms(form.slice(0, -1), capitalised)];
  const irregular = irregularDemonym(form);
  if (irregular !== undefined) return [irregular];
  if (form.length < 4 || !/^\p{L}+$/u.test(form)) return [];
  if (form.endsWith('ian')) {
    const base = form.slice(0, -3);
    return [`${base}ia`, `${base}a`, `${base}e`, `${base}y`, ...(capitalised ? [base] : [])];
  }
  if (form.endsWith('an')) {
    const base = form.slice(0, -2);
    return [`${base}a`, `${base}e`, ...(capitalised || base.endsWith('e') ? [base] : [])];
  }
  return [`${form}n`, `${form}an`, `${form.replace(/[aey]$/u, '')}ian`];
}

function documentFrequencyOf(index: SearchIndex, term: string): number | undefined {
  return index.documentFrequency(term);
}

/**
 * A WordNet paraphrase counts at its relation's factor times this: the question's own word is the better evidence.
 * 0.7 gave the pooled tune material a little (realdev tune hit@1 78→79, news-styles-4 74→76) but, together with the
 * citation order of citationOrder.ts, cost news-dev's held-out half a hit@1 (84→83) and realdev2's held-out half an
 * unanswerable question: kept at 0.5.
 */
export const PARAPHRASE_FACTOR = 0.5;

function matchesOf(
  token: Token,
  capitalised: boolean,
  index: SearchIndex,
  paraphrases: ParaphraseTable | undefined,
  phraseParaphrases: readonly Paraphrase[] = [],
): { matches: Map<string, number>; paraphrased: Set<string> } {
  const matches = new Map<string, number>([[token.term, 1]]);
  const paraphrased = new Set<string>();
  // Other words for the same thing ("decide"/"decision", "fast"/"speed"), the word's own and those of a two-word
  // verb it carries ("turn down" → "reject"); never for names.
  if (paraphrases && !capitalised) {
    for (const [term, factor] of [...paraphrases.paraphrasesOf(token.term), ...phraseParaphrases]) {
      if (!matches.has(term) && (documentFrequencyOf(index, term) ?? 0) > 0) {
        matches.set(term, factor * PARAPHRASE_FACTOR);
        paraphrased.add(term);
      }
    }
  }
  const df = documentFrequencyOf(index, token.term);
  // A rare long word is looked up for typos too: one source's misspelling ("Rasmusen") must not hide the name.
  const rare = df === undefined || df <= RARE_DOCUMENT_FREQUENCY;
  if (rare && token.form.length >= FUZZY_MIN_LENGTH && /^\p{L}+$/u.test(token.form)) {
    const distance = token.form.length >= 12 ? 2 : 1;
    const floor = df === undefined ? 1 : df * CORRECTION_DF_RATIO;
    const corrections = index
      .similarTerms(token.term, distance)
      .map((s) => ({ term: s.term, df: s.documentFrequency, d: s.distance }))
      .filter((c) => c.d > 0 && c.df >= floor)
      .sort((a, b) => a.d - b.d || b.df - a.df || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
      .slice(0, MAX_CORRECTIONS);
    for (const c of corrections) {
      matches.set(c.term, Math.max(matches.get(c.term) ?? 0, FUZZY_FACTOR));
      paraphrased.delete(c.term);
    }
  }
  for (const form of relatedForms(token.form, capitalised)) {
    const term = termOf(form);
    if ((!matches.has(term) || paraphrased.has(term)) && (documentFrequencyOf(index, term) ?? 0) > 0) {
      matches.set(term, Math.max(matches.get(term) ?? 0, RELATED_FORM_FACTOR));
      paraphrased.delete(term);
    }
  }
  return { matches, paraphrased };
}

/** The index terms sent to the engine for a query term, with their boost: itself and its not-too-common matches. */
export function engineMatches(term: QueryTerm, index: SearchIndex): Map<string, number> {
  const limit = searchedDocumentFrequencyLimit(index.documentCount);
  const sent = new Map<string, number>();
  for (const [match, factor] of term.matches) {
    if (term.paraphrases.has(match)) continue;
    const df = index.documentFrequency(match);
    if (df === undefined || (match !== term.term && df > limit)) continue;
    sent.set(match, factor);
  }
  return sent;
}

/** The largest document frequency of a term sent to the engine. */
export function searchedDocumentFrequencyLimit(documentCount: number): number {
  return Math.max(1, Math.floor(MAX_SEARCHED_DF_SHARE * documentCount));
}

/**
 * Paraphrases of two-word verbs ("turned down" → "rejected", "call off" → "cancel"), looked up under both words'
 * terms joined by "_", for the rarer content word of the two (the one that carries the phrase in a search), keyed by
 * that word's term. Words of a pair are adjacent in the question, stop words included ("down", "off").
 */
function twoWordParaphrases(
  question: string,
  words: readonly Token[],
  index: SearchIndex,
  paraphrases: ParaphraseTable,
): Map<string, Paraphrase[]> {
  const byCarrier = new Map<string, Paraphrase[]>();
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i] as Token;
    const second = words[i + 1] as Token;
    if (!/^\s+$/u.test(question.slice(first.end, second.start))) continue;
    const found = paraphrases.paraphrasesOf(`${first.term}_${second.term}`);
    const carrier = [first, second]
      .filter((t) => !t.stop && !isRequestWord(t))
      .sort(
        (a, b) =>
          (documentFrequencyOf(index, a.term) ?? 0) - (documentFrequencyOf(index, b.term) ?? 0) ||
          (a.term < b.term ? -1 : 1),
      )[0];
    if (found.length === 0 || !carrier) continue;
    byCarrier.set(carrier.term, [...(byCarrier.get(carrier.term) ?? []), ...found]);
  }
  return byCarrier;
}

/** An initialism in the plural ("MPs", "CEOs", "NGOs") names a kind of thing, not someone: a common noun. */
const PLURAL_INITIALISM = /^\p{Lu}{2,}s$/u;

/**
 * The weighted topic terms of a question, each once, in question order. With the corpus's outlets, words that name
 * an outlet and that the passages lack are no topic: they choose the articles searched.
 */
export function planQuery(
  question: string,
  index: SearchIndex,
  paraphrases?: ParaphraseTable,
  outlets?: () => OutletDirectory,
): QueryPlan {
  const n = index.documentCount;
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const words = analyze(question);
  const tokens = words.filter((t, i) => !t.stop && !isHowMeasure(question, words, i));
  const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(question.slice(t.start, t.end));
  const later = words.filter((t) => /\p{L}/u.test(question.slice(0, t.start)));
  // "What Did The Minister Say": capitals that mark every word, function words too, mark no names. "When was Anders
  // Fogh Rasmussen born" is mostly capitals but its function word is not: those are names. Nor is "Where was The Salt
  // Orchard filmed", whose capitalised "The" opens a name: a question in title case leaves no content word lower-case.
  const titleCase =
    later.length >= 3 &&
    later.filter(isCapitalised).length * 2 > later.length &&
    later.some((t) => t.stop && isCapitalised(t)) &&
    later.every((t) => t.stop || isCapitalised(t) || !/\p{L}/u.test(question.slice(t.start, t.end)));
  // In "who is the president of france" case tells nothing: every word the corpus lacks may be a name.
  const cased = later.some(isCapitalised);
  const phrases = paraphrases
    ? twoWordParaphrases(question, words, index, paraphrases)
    : new Map<string, Paraphrase[]>();
  for (const token of tokens) {
    if (isRequestWord(token) || seen.has(token.term)) continue;
    seen.add(token.term);
    const capitalised = isCapitalised(token) && !PLURAL_INITIALISM.test(question.slice(token.start, token.end));
    const name = capitalised && !titleCase && /\p{L}/u.test(question.slice(0, token.start));
    const df = documentFrequencyOf(index, token.term) ?? 0;
    const { matches, paraphrased } = matchesOf(token, capitalised, index, paraphrases, phrases.get(token.term));
    terms.push({
      term: token.term,
      form: token.form,
      weight: inverseDocumentFrequency(df, n) * (df > 0 || capitalised || !cased ? 1 : UNSEEN_WORD_FACTOR),
      name,
      documentFrequency: df,
      matches,
      found: [...matches.keys()].some((m) => documentFrequencyOf(index, m) !== undefined),
      searched: false,
      paraphrases: paraphrased,
    });
  }
  const fromOutlets = outlets && namedOutlets(question, words, terms, outlets, (t) => isCapitalised(t) || !cased);
  const named = new Set(fromOutlets?.terms);
  const topical = terms.filter((t) => !named.has(t.term));
  const limit = searchedDocumentFrequencyLimit(n);
  const searchable = topical
    .filter((t) => engineMatches(t, index).size > 0)
    .sort((a, b) => a.documentFrequency - b.documentFrequency || (a.term < b.term ? -1 : 1));
  const chosen: QueryTerm[] = [];
  let spent = 0;
  for (const term of searchable) {
    const cost = [...engineMatches(term, index).keys()].reduce((sum, m) => sum + index.postingsOf(m), 0);
    const affordable =
      term.documentFrequency <= limit && spent + cost <= POSTINGS_BUDGET && chosen.length < MAX_SEARCHED_TERMS;
    if (chosen.length > 0 && !affordable) continue;
    chosen.push(term);
    spent += cost;
  }
  const chosenTerms = new Set(chosen.map((t) => t.term));
  const planned = topical.map((t) => ({ ...t, searched: chosenTerms.has(t.term) }));
  return fromOutlets
    ? { question, terms: planned, fromOutlets: { names: fromOutlets.names, articles: fromOutlets.articles } }
    : { question, terms: planned };
}

/**
 * The outlets named by runs of the question's words that the passages lack, their articles and the terms that name
 * them; undefined when there are none. The directory is asked for only when some word of the question is unseen.
 */
function namedOutlets(
  question: string,
  words: readonly Token[],
  terms: readonly QueryTerm[],
  outlets: () => OutletDirectory,
  nameable: (token: Token) => boolean,
): { names: string[]; articles: Set<string>; terms: string[] } | undefined {
  const byTerm = new Map(terms.map((t) => [t.term, t]));
  const unseen = (token: Token): boolean => byTerm.get(token.term)?.found === false;
  if (!words.some(unseen)) return undefined;
  const directory = outlets();
  const mentions = outletMentions(question, words, directory, nameable, unseen);
  if (mentions.length === 0) return undefined;
  const chosen = [...new Set(mentions.flatMap((m) => m.outlets))].sort((a, b) => a - b);
  return {
    names: chosen.map((o) => directory.names[o] ?? ''),
    articles: new Set(chosen.flatMap((o) => directory.articlesOf[o] ?? [])),
    terms: mentions.flatMap((m) => m.tokens.map((t) => t.term)),
  };
}
