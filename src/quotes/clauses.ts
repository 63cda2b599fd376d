// The writer's sentences as attribution reads them: datelines, documents and occasions, the speech verb of a
// sentence (its main cue) and the text of a cue; the word tables of clauses are in clauseWords.ts.
import type { Article } from '../corpus/types.ts';
import type { Slot } from './slots.ts';
import { lowerAt, type Sentence, wordsAt } from './frames.ts';
import { CLAUSE_CONJUNCTIONS, CLAUSE_JOINS, DASHES, FINITE_CLAUSE_VERBS } from './clauseWords.ts';
import { ARTICLES, OWNED_WORDS_FRAMES, POSSESSIVE_DETERMINERS, SPEECH_NOUNS, WRITER_SUBJECTS } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** A speech verb ("said", "according to") and the speaker phrase it has, before or after it. */
export interface Cue {
  verb: number;
  verbEnd: number;
  /** Token span of the speaker phrase, when there is one. */
  np: { from: number; to: number } | null;
  subject: Slot | null;
  /** A speaker phrase that is not a person ("the Kremlin said", "officials said"): the speaker is unknown. */
  blocking: boolean;
  inverted: boolean;
}

/** A sentence as read for attribution. */
export interface SentenceState {
  sentence: Sentence;
  slots: Slot[];
  cues: Cue[];
  /** The speaker phrase the sentence opens with, past conjunctions and an opening adverbial. */
  subject: Slot | null;
}

export * from './clauseWords.ts';

export function spanText(article: Article, tokens: Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return '';
  return article.text.slice(first.start, last.end);
}

const DATELINE_DASHES = new Set(['—', '–', '-', ':']);
/** Words a dateline may hold besides place names: months, "Feb", day numbers, "Fla." and a stop. */
function datelineWord(t: Token): boolean {
  return t.capital || /^\d{1,4}$/u.test(t.text) || t.text === ',' || t.text === '.';
}

/**
 * Where the writer's sentence starts after a wire dateline: "New Delhi, Feb 3 (PTI) …", "LONDON (Reuters) — …",
 * "WASHINGTON — …". 0 when the sentence opens with none.
 */
export function datelineEnd(tokens: readonly Token[]): number {
  for (let i = 0; i < Math.min(tokens.length, 12); i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.text === '(' && i > 0) {
      const close = tokens.findIndex((x, j) => j > i && x.text === ')');
      const agency = tokens.slice(i + 1, close);
      if (close < 0 || close > i + 4 || !agency.every((x) => x.capital || x.text === '-')) return 0;
      let k = close + 1;
      if (DATELINE_DASHES.has(tokens[k]?.text ?? '')) k++;
      // ("Ann Hale (Harbour Town) was full of praise": a lower-case word right after the bracket goes on with the name
      // before it as its subject; a dateline's story opens with a dash or a capital.)
      else if (tokens[k]?.kind === 'word' && !tokens[k]?.capital) return 0;
      return k;
    }
    // "WASHINGTON — …": a place in capitals, then a dash.
    if (DATELINE_DASHES.has(t.text) && t.text !== ':' && i > 0 && /^\p{Lu}{3,}$/u.test(tokens[0]?.text ?? ''))
      return i + 1;
    if (!datelineWord(t)) return 0;
  }
  return 0;
}

/** Documents whose author speaks in "according to a statement from X" ("a post by X", "the letter from X"). */
export const AUTHORED_DOCUMENTS: ReadonlySet<string> = new Set([
  'statement',
  'post',
  'tweet',
  'letter',
  'message',
  'email',
  'note',
  'release',
  'video',
  'affidavit',
  'filing',
  'submission',
  'memo',
  'text',
]);

/**
 * Documents that set out their writer's findings, speaking for them only after "the" ("In her judgment, NAME
 * observed … ¶ “…,” the judgment said"); "a report said" stays nobody's, as the article has not said whose.
 */
export const FINDINGS_DOCUMENTS: ReadonlySet<string> = new Set(['judgment', 'judgement', 'ruling', 'report']);

/** Whether "the" and the noun `word` speak for whoever issued or wrote it: AUTHORED_DOCUMENTS, FINDINGS_DOCUMENTS. */
export function speaksAsDocument(word: string): boolean {
  return AUTHORED_DOCUMENTS.has(word) || FINDINGS_DOCUMENTS.has(word);
}

/**
 * Whether a possessive's noun is something its owner said or wrote ("her reply", "his letter"): the owner is the one
 * speaking when it says or leads in to words ("Her reply said …", "His response: “…”").
 */
export function isOwnedUtterance(word: string): boolean {
  return SPEECH_NOUNS.has(word) || AUTHORED_DOCUMENTS.has(word);
}

/** Nouns of the occasion an "in a …" between a speaker and the speech verb names ("NAME in a statement said"). */
export const OCCASIONS: ReadonlySet<string> = new Set([
  ...AUTHORED_DOCUMENTS,
  'interview',
  'speech',
  'briefing',
  'podcast',
]);
export const OCCASION_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their']);

/** How many tokens of "a statement from" stand at `k` (0 when none). */
export function documentFromLength(tokens: Token[], k: number): number {
  const det = lowerAt(tokens, k);
  if (det !== 'a' && det !== 'the' && det !== 'an') return 0;
  let j = k + 1;
  if (!AUTHORED_DOCUMENTS.has(lowerAt(tokens, j))) j++;
  if (!AUTHORED_DOCUMENTS.has(lowerAt(tokens, j))) return 0;
  const link = lowerAt(tokens, j + 1);
  if (link === 'from' || link === 'by') return j + 2 - k;
  // "a letter signed by NAME", "a statement issued by NAME": the participle naming how the author made it.
  return AUTHORING_PARTICIPLES.has(link) && lowerAt(tokens, j + 2) === 'by' ? j + 3 - k : 0;
}

/** Participles between a document and its author's "by" ("a letter signed by", "a statement issued by"). */
export const AUTHORING_PARTICIPLES: ReadonlySet<string> = new Set(['signed', 'written', 'issued', 'sent', 'posted']);

/** Whether a document's issuer is named from token `at`: "a statement from NAME", "the written statement by NAME". */
export function issuedBy(tokens: Token[], at: number): boolean {
  return documentFromLength(tokens, at - 3) === 3 || documentFromLength(tokens, at - 4) === 4;
}

/** Documents an organisation issues and that speak for it: "a 2016 NAME inspection said", "an NGO report found". */
export const ISSUED_DOCUMENTS: ReadonlySet<string> = new Set([
  'report',
  'inspection',
  'review',
  'study',
  'survey',
  'audit',
  'assessment',
  'analysis',
  'statement',
]);

/**
 * Where the issuer's name starts when a document names its issuer before it at `k`: "a 2016 NAME inspection",
 * "an NAME report", "the NAME review" — a determiner, perhaps a year, then the name. -1 when no such opening.
 */
export function issuerStart(tokens: readonly Token[], k: number): number {
  if (!ARTICLES.has(tokens[k]?.lower ?? '')) return -1;
  return /^(1[89]|20)\d\d$/u.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
}

/** Most tokens of an aside set off by dashes between a name and its verb ("NAME — the widow of a miner — told"). */
const DASHED_ASIDE_TOKENS = 20;

/**
 * The dash that pairs with the dash at `at`, scanning in `step`'s direction: within DASHED_ASIDE_TOKENS, not right
 * next to it, with no quote in between; -1 when there is none.
 */
function pairedDash(tokens: readonly Token[], at: number, step: 1 | -1): number {
  if (!DASHES.has(tokens[at]?.text ?? '')) return -1;
  for (let p = at + step, n = 1; p >= 0 && p < tokens.length && n <= DASHED_ASIDE_TOKENS; p += step, n++) {
    const t = tokens[p];
    if (t === undefined || t.kind === 'quote') return -1;
    if (DASHES.has(t.text)) return n > 1 ? p : -1;
  }
  return -1;
}

/**
 * The dash opening the aside that the dash at `close` ends ("Ada Vale — the widow of a miner, killed in 1990 —
 * told the crowd"), or -1: its pairedDash, with a word before it.
 */
export function dashedAsideOpening(tokens: readonly Token[], close: number): number {
  const open = pairedDash(tokens, close, -1);
  // ("Cllr NAME (Ward) - no relation - said": a bracket closing the name's seat may stand before the aside.)
  const before = tokens[open - 1];
  return open > 0 && (before?.kind === 'word' || before?.text === ')') ? open : -1;
}

/**
 * Past the aside that a dash at `open` opens ("Ada Vale — the widow of a miner — told"): the token after its closing
 * dash (its pairedDash), or `open` when there is none.
 */
export function pastDashedAside(tokens: readonly Token[], open: number): number {
  const close = pairedDash(tokens, open, 1);
  return close === -1 ? open : close + 1;
}

/**
 * Where the subject starts in a sentence that opens with the occasion of the words ("In a statement, Ann Lee, …"):
 * after the occasion and its comma; 0 when the sentence opens otherwise.
 */
export function pastOpeningOccasion(tokens: readonly Token[]): number {
  const opens =
    tokens[0]?.lower === 'in' &&
    OCCASION_DETERMINERS.has(tokens[1]?.lower ?? '') &&
    OCCASIONS.has(tokens[2]?.lower ?? '');
  if (!opens) return 0;
  return tokens[3]?.text === ',' ? 4 : 3;
}

/**
 * Words that may stand between a word handing over a name and "as" ("identified only as NAME", "identified himself as
 * NAME", "known simply as NAME").
 */
export const IDENTIFIED_QUALIFIERS: ReadonlySet<string> = new Set([
  ...['only', 'simply', 'just', 'merely'],
  ...['himself', 'herself', 'themselves'],
]);

/**
 * Whether the name starting at token `from` is how the writer identified somebody: "the union's president,
 * identified simply as NAME", "a man identified as NAME" — a person's name, however short.
 */
export function identifiedAs(tokens: readonly Token[], from: number): boolean {
  return tokens[leadBeforeAs(tokens, from)]?.lower === 'identified';
}

/**
 * Where the word before "as" and any of IDENTIFIED_QUALIFIERS stands, for a name starting at token `from` ("identified
 * himself as NAME": the index of "identified"); -1 when no "as" stands right before the name.
 */
export function leadBeforeAs(tokens: readonly Token[], from: number): number {
  if (tokens[from - 1]?.lower !== 'as') return -1;
  // ("identified herself only as NAME": a reflexive and a word like "only" may both stand there.)
  let lead = from - 2;
  while (lead > from - 2 - IDENTIFIED_QUALIFIERS_BEFORE_AS && IDENTIFIED_QUALIFIERS.has(tokens[lead]?.lower ?? ''))
    lead--;
  return lead;
}

/** Most of IDENTIFIED_QUALIFIERS between the word handing over a name and "as" ("identified herself only as"). */
const IDENTIFIED_QUALIFIERS_BEFORE_AS = 2;

/** Most words between the owner's name and the noun for what was said ("NAME’s last words"). */
const OWNED_WORDS_GAP = 2;

/**
 * Whether the name at tokens [from, to) owns what was said in a sentence opening with a frame of
 * OWNED_WORDS_FRAMES ("Those were NAME’s last words to the press"): right after the frame, in the possessive (or a
 * possessive pronoun: "That was her verdict"), with a noun of SPEECH_NOUNS within OWNED_WORDS_GAP words after it.
 */
export function ownsWordsInFrame(tokens: readonly Token[], from: number, to: number): boolean {
  const frame = OWNED_WORDS_FRAMES.find((f) => wordsAt(tokens, 0, f));
  if (frame === undefined || from !== frame.length || !owning(tokens[to - 1])) return false;
  return speechNounAfter(tokens, to);
}

/** Whether a token owns what follows it: a name in the possessive, or a possessive pronoun ("his reply"). */
function owning(token: Token | undefined): boolean {
  return token?.possessive === true || POSSESSIVE_DETERMINERS.has(token?.lower ?? '');
}

/**
 * Whether a noun of SPEECH_NOUNS stands within OWNED_WORDS_GAP words from token `at` ("’s last words", "’s reply"),
 * owned by nobody else on the way ("her father’s reply" is the father's).
 */
export function speechNounAfter(tokens: readonly Token[], at: number): boolean {
  for (let j = at; j <= at + OWNED_WORDS_GAP; j++) {
    if (SPEECH_NOUNS.has(tokens[j]?.lower ?? '')) return true;
    if (tokens[j]?.possessive === true) return false;
  }
  return false;
}

/** Words right after a quote closing on a comma that make the name after them own it ("“…,” was NAME’s reply"). */
export const OWNED_QUOTE_LINKS: ReadonlySet<string> = new Set(['was', 'were']);

/**
 * Whether the name at tokens [from, to) owns the quote before token `k` ("“Utter nonsense,” was Mr Ode’s response"):
 * a word of OWNED_QUOTE_LINKS at k, the name right after it in the possessive (or a possessive pronoun: "was his only
 * comment"), a noun of SPEECH_NOUNS within OWNED_WORDS_GAP words after the name.
 */
export function ownsQuoteBefore(tokens: readonly Token[], k: number, from: number, to: number): boolean {
  if (!OWNED_QUOTE_LINKS.has(tokens[k]?.lower ?? '') || from !== k + 1 || !owning(tokens[to - 1])) return false;
  return speechNounAfter(tokens, to);
}

export function quotePositions(
  states: readonly SentenceState[],
  quote: number,
): { state: SentenceState; index: number }[] {
  const found: { state: SentenceState; index: number }[] = [];
  for (const state of states) {
    const { tokens } = state.sentence;
    for (let index = 0; index < tokens.length; index++) {
      const t = tokens[index];
      if (t?.kind === 'quote' && t.quote === quote) found.push({ state, index });
    }
  }
  return found;
}

/**
 * The speech verb that carries a sentence: the first one with a speaker, unless a later one opens a clause of its
 * own ("…, but Jones disagreed"); one inside reported speech ("Jones said Smith had told him") does not count.
 */
export function mainCue(state: SentenceState): Cue | null {
  let kept: Cue | null = null;
  for (const cue of state.cues) {
    if (cue.subject === null && !cue.blocking) continue;
    const start = Math.min(cue.verb, cue.np?.from ?? cue.verb);
    const before = state.sentence.tokens[start - 1];
    const opensClause =
      before === undefined ||
      before.kind === 'quote' ||
      [',', ';', ':'].includes(before.text) ||
      CLAUSE_JOINS.has(before.lower);
    if (kept === null || opensClause) kept = cue;
  }
  return kept;
}

/** Words before a subject that open a clause of its own, not one inside a noun phrase ("as I told him", "so I said"). */
export const CLAUSE_OPENING: ReadonlySet<string> = new Set([...CLAUSE_CONJUNCTIONS, 'so', 'then']);

/**
 * Whether a sentence reports somebody's words: a speech verb with a speaker, or one that says an unknown somebody
 * speaks (mainCue is not null) — not the writer's verb in a clause that is no report: one inside a noun phrase ("He
 * climbs at a speed (that) I can only describe as alarming": a word in lower case right before the first-person
 * subject that is no word of CLAUSE_JOINS or CLAUSE_OPENING), or an aside set off by commas ("Hale, I should say,
 * has never missed a day"). The writer's "…, and I said …", "I told her …" report the writer's words, which may
 * follow.
 */
export function reportsWords(state: SentenceState): boolean {
  const { tokens } = state.sentence;
  const writers = (cue: Cue): boolean => {
    if (cue.np === null) return false;
    // The writer's subject closes the speaker phrase, or stands before its auxiliary ("a speed I can").
    const last = lowerAt(tokens, cue.np.to - 1);
    const subjectAt = WRITER_SUBJECTS.has(last)
      ? cue.np.to - 1
      : WRITER_SUBJECTS.has(lowerAt(tokens, cue.np.to - 2)) && FINITE_CLAUSE_VERBS.has(last)
        ? cue.np.to - 2
        : -1;
    if (subjectAt === -1) return false;
    const before = tokens[subjectAt - 1];
    const insideNounPhrase =
      before?.kind === 'word' &&
      !before.capital &&
      !CLAUSE_JOINS.has(before.lower) &&
      !CLAUSE_OPENING.has(before.lower);
    const aside = before?.text === ',' && tokens[cue.verbEnd]?.text === ',';
    return insideNounPhrase || aside;
  };
  return state.cues.some((c) => (c.subject !== null || c.blocking) && !writers(c));
}

export function cueText(article: Article, state: SentenceState, cue: Cue): string {
  const tokens = state.sentence.tokens;
  const from = Math.min(cue.verb, cue.np?.from ?? cue.verb);
  const to = Math.max(cue.verbEnd, cue.np?.to ?? cue.verbEnd);
  return spanText(article, tokens, from, to);
}

/**
 * Whether speech verb `inner` is in the clause `outer` reports ("Ann Lee said [that] the minister had promised …"):
 * `outer` has its subject before it and the inner verb's speaker phrase opens right after it (or after "that").
 */
export function reports(tokens: Token[], outer: Cue, inner: Cue): boolean {
  const speaker = outer.subject;
  if (inner === outer || speaker === null || outer.inverted || speaker.from > outer.verb) return false;
  let k = outer.verbEnd;
  if (lowerAt(tokens, k) === 'that') k++;
  const opens = inner.np?.from ?? -1;
  // ("NAME said the record of such deals suggested that …": the inner verb's thing, nobody, may be the object of an
  // "of" after the clause's own opening words in lower case.)
  const ofThing =
    inner.subject === null &&
    opens > k &&
    opens - k <= REPORTED_OF_WORDS &&
    lowerAt(tokens, opens - 1) === 'of' &&
    tokens.slice(k, opens).every((t) => t.kind === 'word' && !t.capital);
  return (opens === k || ofThing) && inner.verb > k && inner.subject !== speaker;
}

/** Most words opening a reported clause before the "of" of a thing speaking in it ("the record of such deals"). */
const REPORTED_OF_WORDS = 4;

/**
 * The subjects of clauses a speech verb reports: the speaker is the sentence's subject, the one a later "she said"
 * goes on with, not the person she spoke of.
 */
export function reportedSubjects(tokens: Token[], cues: readonly Cue[]): Slot[] {
  return cues.flatMap((inner) =>
    inner.subject !== null && cues.some((outer) => reports(tokens, outer, inner)) ? [inner.subject] : [],
  );
}

/** Words opening a sentence about something said before its noun ("The comment …", "That remark …"). */
export const CAME_FROM_OPENERS: ReadonlySet<string> = new Set(['the', 'that', 'this']);

/** Verbs by which something said comes from its speaker ("… came from NAME"). */
export const CAME_FROM_VERBS: ReadonlySet<string> = new Set(['came', 'comes']);

/** Most tokens of the aside set off by commas between the noun and its verb ("The comment, called out …,"). */
const CAME_FROM_ASIDE_TOKENS = 24;

/**
 * Where the name may start after "The comment, called out from the last row, came from": an opening of
 * CAME_FROM_OPENERS, a noun of SPEECH_NOUNS, perhaps an aside set off by commas, then a verb of CAME_FROM_VERBS
 * and "from"; the token after it, or none.
 */
export function cameFromEnds(tokens: Token[]): number[] {
  if (!CAME_FROM_OPENERS.has(tokens[0]?.lower ?? '') || !SPEECH_NOUNS.has(tokens[1]?.lower ?? '')) return [];
  let j = 2;
  if (tokens[j]?.text === ',') {
    const close = tokens.findIndex((t, m) => m > j && m <= j + CAME_FROM_ASIDE_TOKENS && t.text === ',');
    if (close === -1) return [];
    j = close + 1;
  }
  return CAME_FROM_VERBS.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'from' ? [j + 2] : [];
}
