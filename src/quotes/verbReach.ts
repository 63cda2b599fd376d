// Where a name's speech verb is, past what may stand between them: fillers ("also", "has"), a bracket, a time, an
// occasion ("in a statement"), an aside or an appositive set off by commas; and whether an organisation speaking
// speaks of itself as "it".
import { lowerAt } from './frames.ts';
import {
  ARTICLES,
  DAYS_MONTHS,
  PHRASAL_SPEECH_VERBS,
  POSSESSIVE_DETERMINERS,
  PROGRESSIVE_AUXILIARIES,
  PROGRESSIVE_SPEECH_VERBS,
  QUOTED_MANNER_VERBS,
  QUOTED_SPEECH_VERBS,
  QUOTING_SPEECH_VERBS,
  NAME_SUFFIXES,
  LEAD_IN_NOUNS,
  SPEECH_NOUNS,
  SPEECH_VERBS,
  THAT_SPEECH_VERBS,
  DETERMINERS,
  VERB_FILLERS,
} from './lexicon.ts';
import { BARE_CLAUSE_JOINS, CLAUSE_CONJUNCTIONS, JOINING_ADVERBS, RELATIVE_PRONOUNS } from './clauseWords.ts';
import { ISSUED_DOCUMENTS, issuerStart, OCCASION_DETERMINERS, OCCASIONS, TIME_LEADS, TIME_NOUNS } from './clauses.ts';
import { isRoleHead } from './rolePhrases.ts';
import { afterArticle, type Token } from './tokens.ts';
import { beforeRelativeClause } from './wordNames.ts';
import { namesDescription } from './givenAs.ts';
import { SUBJECT_PRONOUNS } from './pronouns.ts';

/** What a word needs after it to be a speech verb: nothing (SPEECH_VERBS), "that" (THAT_SPEECH_VERBS), "that" or a
 * quotation (QUOTING_SPEECH_VERBS), or its particle (PHRASAL_SPEECH_VERBS); a word in two tables takes the first. */
type SpeechVerbNeeds =
  | { kind: 'none' }
  | { kind: 'that' }
  | { kind: 'quoting' }
  | { kind: 'quoted' }
  | { kind: 'manner' }
  | { kind: 'particle'; particle: string };

/** The endings of a past participle ("written", "prepared", "emailed"). */
const PARTICIPLE_ENDING = /(?:ed|en)$/u;

/** A speech verb's word opening a compound noun, no verb there: "an opposition think tank", "think tanks". */
export const SPEECH_VERB_NOUN_COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['think', new Set(['tank', 'tanks'])],
]);

/**
 * Particles that make a speech verb's word a verb of another sense: "the sums never add up", "hard to tell
 * apart" report no words.
 */
export const NON_SPEECH_PARTICLES: ReadonlyMap<string, string> = new Map([
  ...['add', 'adds', 'added', 'adding'].map((verb): [string, string] => [verb, 'up']),
  ...['tell', 'tells', 'told', 'telling'].map((verb): [string, string] => [verb, 'apart']),
]);

/**
 * Words right after a speech verb's word that make it a verb of another sense, by the verb: "a man found in the
 * basement", "was found dead", "finds herself alone" report no words ("the inquiry found that …" does).
 */
export const NON_SPEECH_FOLLOWERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  ['finds', 'found', 'finding'].map((verb): [string, ReadonlySet<string>] => [
    verb,
    new Set([
      ...['in', 'at', 'on', 'inside', 'outside', 'under', 'near', 'among', 'beside', 'behind', 'by'],
      ...['dead', 'alive', 'guilty', 'safe', 'unconscious', 'lying', 'trapped', 'buried', 'hanging'],
      ...['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself'],
    ]),
  ]),
);

/** Most tokens between a verb and the "that" or quote its report opens with ("found on appeal that"). */
const REPORT_AHEAD_TOKENS = 5;

/**
 * Whether a "that" or a quotation opens a report within REPORT_AHEAD_TOKENS of `from`, before a clause's stop: "found
 * on appeal that …", "found at the scene that “…”" report; "found in the cellar of a shop" does not.
 */
function reportsAhead(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + REPORT_AHEAD_TOKENS + 1); k++) {
    if (tokens[k]?.kind === 'quote' || lowerAt(tokens, k) === 'that') return true;
    if (tokens[k]?.kind !== 'word') return false;
  }
  return false;
}

/** Speech verbs that take a counted object when they report no words: "conceding three penalties", "denied two charges". */
export const COUNTED_OBJECT_VERBS: ReadonlySet<string> = new Set([
  ...['concede', 'concedes', 'conceded', 'conceding', 'admit', 'admits', 'admitted', 'admitting'],
  ...['deny', 'denies', 'denied', 'denying'],
]);

/** Number words a counted object opens with (digits too). */
const COUNT_WORDS: ReadonlySet<string> = new Set([
  ...['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens'],
]);

/** Whether a word counts what follows it: digits ("3", "1,200") or a number word ("three"). */
function isCount(word: string): boolean {
  return /^\d[\d,.]*$/u.test(word) || COUNT_WORDS.has(word);
}

/**
 * Verbs that agree with a plural subject only: after a speech verb's word in -s ("claims", "notes", "remarks") they
 * make it a plural noun ("the claims were staked", "his remarks are", "the notes have").
 */
export const PLURAL_VERBS_AFTER_NOUN: ReadonlySet<string> = new Set(['were', 'are', 'have']);

/** The four tables as one index, so that isSpeechVerbAt asks one map per token rather than four. */
const SPEECH_VERB_NEEDS: ReadonlyMap<string, SpeechVerbNeeds> = (() => {
  const needs = new Map<string, SpeechVerbNeeds>();
  const add = (word: string, need: SpeechVerbNeeds): void => {
    if (!needs.has(word)) needs.set(word, need);
  };
  for (const w of SPEECH_VERBS) add(w, { kind: 'none' });
  for (const w of THAT_SPEECH_VERBS) add(w, { kind: 'that' });
  for (const w of QUOTING_SPEECH_VERBS) add(w, { kind: 'quoting' });
  for (const w of QUOTED_SPEECH_VERBS) add(w, { kind: 'quoted' });
  for (const w of QUOTED_MANNER_VERBS) add(w, { kind: 'manner' });
  for (const [w, particle] of PHRASAL_SPEECH_VERBS) add(w, { kind: 'particle', particle });
  return needs;
})();

/** Whether token i follows "according to" ("according to NAME"): a source speaking. */
export function afterAccordingTo(tokens: Token[], i: number): boolean {
  return lowerAt(tokens, i - 1) === 'to' && lowerAt(tokens, i - 2) === 'according';
}

export function isSpeechVerbAt(tokens: Token[], i: number): boolean {
  const word = lowerAt(tokens, i);
  const need = SPEECH_VERB_NEEDS.get(word);
  if (need === undefined || closesName(tokens, i) || namesDescription(tokens, i)) return false;
  if (SPEECH_VERB_NOUN_COMPOUNDS.get(word)?.has(lowerAt(tokens, i + 1)) === true) return false;
  // ("That was the warning from NAME", "an appeal to voters": after an article the word is a noun, no verb.)
  if (afterArticle(tokens, i)) return false;
  if (NON_SPEECH_PARTICLES.get(word) === lowerAt(tokens, i + 1)) return false;
  // ("in a short written statement", "his prepared remarks": a participle right before a noun of something said is
  // its adjective, no verb.)
  if (SPEECH_NOUNS.has(lowerAt(tokens, i + 1)) && PARTICIPLE_ENDING.test(word)) return false;
  // ("about repeated complaints", "despite repeated denials": so is one right after a preposition, before a
  // lower-case word.)
  if (PARTICIPLE_ENDING.test(word) && ADJECTIVE_PREPOSITIONS.has(lowerAt(tokens, i - 1)) && plainWordAt(tokens, i + 1))
    return false;
  if (NON_SPEECH_FOLLOWERS.get(word)?.has(lowerAt(tokens, i + 1)) === true && !reportsAhead(tokens, i + 1))
    return false;
  if (PROGRESSIVE_SPEECH_VERBS.has(word) && !PROGRESSIVE_AUXILIARIES.has(lowerAt(tokens, i - 1))) return false;
  // ("he supported adding judgeships", "opposed calling a vote": a gerund a verb of backing takes, no words said.)
  if (word.endsWith('ing') && GERUND_TAKING_VERBS.has(lowerAt(tokens, i - 1))) return false;
  // ("his side conceding three penalties", "admitted two charges": a counted object, no words said.)
  if (COUNTED_OBJECT_VERBS.has(word) && isCount(lowerAt(tokens, i + 1))) return false;
  // ("after the old mining claims were sold": a word in -s before a plural verb is a plural noun, no verb.)
  if (word.endsWith('s') && PLURAL_VERBS_AFTER_NOUN.has(lowerAt(tokens, i + 1))) return false;
  if (need.kind === 'none') return true;
  if (need.kind === 'that') return lowerAt(tokens, i + 1) === 'that';
  if (need.kind === 'quoting') return lowerAt(tokens, i + 1) === 'that' || quoteFollows(tokens, i + 1);
  if (need.kind === 'quoted') return quotedJustBefore(tokens, i);
  if (need.kind === 'manner') return mannerAfterQuote(tokens, i);
  return lowerAt(tokens, i + 1) === need.particle;
}

/**
 * Prepositions after which a speech verb's participle is an adjective of the noun after it ("about repeated
 * complaints", "amid stated fears"), never a verb.
 */
export const ADJECTIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...['about', 'despite', 'amid', 'amidst', 'over', 'after', 'of', 'with', 'without', 'against', 'following'],
]);

/** Whether token k is a plain lower-case word. */
function plainWordAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t?.kind === 'word' && !t.capital && /^\p{Ll}/u.test(t.text);
}

/**
 * Verbs of backing, opposing or weighing a course that take a gerund as their object ("supported adding judgeships",
 * "opposed calling a vote", "considered asking the court"): a speech verb's -ing form after them says nothing.
 */
export const GERUND_TAKING_VERBS: ReadonlySet<string> = new Set([
  ...['support', 'supports', 'supported', 'oppose', 'opposes', 'opposed', 'favour', 'favours', 'favoured'],
  ...['favor', 'favors', 'favored', 'resist', 'resists', 'resisted', 'avoid', 'avoids', 'avoided'],
  ...['consider', 'considers', 'considered', 'recommend', 'recommends', 'recommended', 'discussed'],
]);

/** Most words of a subject between a quotation and a verb that reports it only there ("the new head coach"). */
const QUOTED_SUBJECT_WORDS = 4;

/**
 * Whether the verb of manner at i reports the quotation before it: a subject pronoun (SUBJECT_PRONOUNS) between them
 * ("“…,” she laughs"), or a name, after the words of a role or kinship or not ("“…,” Ruiz grins", "“…,” her son Tom
 * sighs"), or none and a capitalised name after it ("“…,” grins Ruiz").
 */
function mannerAfterQuote(tokens: Token[], i: number): boolean {
  const quoteAt = (k: number): boolean =>
    tokens[k]?.kind === 'quote' || (tokens[k]?.text === ',' && tokens[k - 1]?.kind === 'quote');
  const before = tokens[i - 1];
  if (quoteAt(i - 1)) return tokens[i + 1]?.capital === true;
  if (before?.kind === 'word' && SUBJECT_PRONOUNS.has(before.lower)) return quoteAt(i - 2);
  // ("“…,” Ann Kerr laughs", "“…,” her son Tom sighs": a name, after the words of a role or kinship or not.)
  if (before?.kind !== 'word' || !before.capital) return false;
  for (let k = i - 2; k >= i - 1 - MANNER_SUBJECT_WORDS; k--) {
    if (quoteAt(k)) return true;
    const t = tokens[k];
    const roleWord = t?.kind === 'word' && (t.capital || isRoleHead(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower));
    if (!roleWord) return false;
  }
  return false;
}

/** Most words of the subject between a quotation and a verb of manner ("her son Tom", "Ann Kerr"). */
const MANNER_SUBJECT_WORDS = 3;

/** Whether a quotation closes right before token i, or before the few words of its subject and i. */
function quotedJustBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= i - QUOTED_SUBJECT_WORDS && tokens[k]?.kind === 'word') k--;
  if (tokens[k]?.text === ',') k--;
  return tokens[k]?.kind === 'quote';
}

/**
 * "Nadia Said, chief executive of …, posted", "Edward Said wrote": a speech verb's word capitalised inside a sentence
 * right after a capitalised word is the surname closing a name — unless the next word is capitalised too, as in a
 * headline set in title case ("Ann Hale Says Plan Will Work") and that word does not close the name before a mark; so is
 * one opening a sentence before ", who".
 */
export function closesName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // "Said, who lives nearby, told the Gazette": a relative clause after it makes it a name.
  if (t?.capital === true && i === 0 && beforeRelativeClause(tokens, i)) return true;
  if (t?.capital !== true || before?.kind !== 'word' || !before.capital) return false;
  if (!(after?.kind === 'word' && after.capital)) return true;
  // ("Fatma Said Hamad, hotelier: “…”": a name's middle word, when one more capitalised word and a mark close the
  // name; a headline goes on in capitals.)
  return NAME_CLOSING_MARKS.has(tokens[i + 2]?.text ?? '');
}

/** Marks after a name of three capitalised words that close it: a comma, a colon or a bracket. */
export const NAME_CLOSING_MARKS: ReadonlySet<string> = new Set([',', ':', '(']);

/** Whether a quotation stands at token k, or right after a comma or colon there ("says, “…”", "told AFP: “…”"). */
export function quoteFollows(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k]?.text;
  const at = mark === ',' || mark === ':' ? k + 1 : k;
  return tokens[at]?.kind === 'quote';
}

/** Participles of hearsay before "to have" and the subject's speech verb ("was said to have told", "is understood to have said"). */
export const HEARSAY_PARTICIPLES: ReadonlySet<string> = new Set([
  ...['said', 'understood', 'reported', 'believed', 'thought', 'alleged', 'known', 'claimed', 'rumoured', 'rumored'],
]);

/**
 * Where the words between a name and its speech verb end, past what does not change who speaks: fillers ("also",
 * "has"), a bracket ("(Labour)"), a time ("on Monday", "earlier this week") and an occasion ("in a statement").
 */
function pastVerbFillers(tokens: Token[], i: number): number {
  let k = i;
  for (let guard = 0; guard < 6; guard++) {
    const before = k;
    while (VERB_FILLERS.has(lowerAt(tokens, k))) k++;
    if (tokens[k]?.text === '(') {
      const close = tokens.findIndex((t, j) => j > k && t.text === ')');
      if (close > k && close - k <= 8) k = close + 1;
    }
    if (
      TIME_LEADS.has(lowerAt(tokens, k)) &&
      (DAYS_MONTHS.has(lowerAt(tokens, k + 1)) || TIME_NOUNS.has(lowerAt(tokens, k + 1)))
    )
      k += 2;
    if (
      lowerAt(tokens, k) === 'in' &&
      OCCASION_DETERMINERS.has(lowerAt(tokens, k + 1)) &&
      OCCASIONS.has(lowerAt(tokens, k + 2))
    )
      k += 3;
    // ("NAME was said to have told staff", "is understood to have said": hearsay of the subject's own words.)
    if (
      HEARSAY_PARTICIPLES.has(lowerAt(tokens, k)) &&
      lowerAt(tokens, k + 1) === 'to' &&
      lowerAt(tokens, k + 2) === 'have'
    )
      k += 3;
    if (k === before) break;
  }
  return k;
}

export function speechVerbAfter(tokens: Token[], i: number): boolean {
  let k = i;
  // "Daniel Reyes Jr. said": the stop of a name suffix is not the end of the name's clause.
  if (tokens[k]?.text === '.' && NAME_SUFFIXES.has(lowerAt(tokens, k - 1))) k++;
  return isSpeechVerbAt(tokens, pastVerbFillers(tokens, k));
}

/** The first token at or after `k` that is not a filler between a subject and its verb ("also", "has"). */
export function pastFillers(tokens: Token[], k: number): number {
  let j = k;
  while (VERB_FILLERS.has(lowerAt(tokens, j))) j++;
  return j;
}

/** Most words an aside between commas may have ("in a statement", "speaking at a press conference in Lisbon"). */
const ASIDE_WORDS = 8;

/**
 * Past an aside set off by commas at token k (", in a statement,", ", speaking at a press conference in Lisbon,"):
 * the token after its closing comma; k when there is none. An aside opens with a word in lower case and holds no
 * quote.
 */
export function pastAside(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== ',' || tokens[k + 1]?.kind !== 'word' || tokens[k + 1]?.capital) return k;
  for (let j = k + 2; j <= k + 1 + ASIDE_WORDS; j++) {
    const t = tokens[j];
    if (t?.text === ',') return j + 1;
    if (t?.kind !== 'word') return k;
  }
  return k;
}

/** Most tokens an appositive of several commas may run to before its speech verb. */
const APPOSITIVE_TOKENS = 16;

/** Words that open a clause about a place or body ("Harbour Lights, which runs the pier, said"), not an appositive. */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'where']);

/** Marks that end a clause: an appositive or aside scanned for its closing comma stops at one. */
const CLAUSE_STOPS: ReadonlySet<string> = new Set(['.', ';', ':', '?', '!']);

/** Most words of a quoted title of a work ("The Long Winter"). */
const WORK_TITLE_WORDS = 8;

/** Whether quoted words read as the title of a work: a few words, opening with a capital, none ending a sentence. */
function namesAWork(quoted: string): boolean {
  const words = quoted.trim().split(/\s+/u);
  return words.length <= WORK_TITLE_WORDS && /^\p{Lu}/u.test(quoted.trim()) && !/[.!?]/u.test(quoted);
}

/**
 * Past an appositive of several commas at token k ("Ann Lee, waste, recycling and street cleaning manager at the
 * council, said"): the token after its last comma when a speech verb follows it; k otherwise. It opens with a
 * word in lower case (or an owner's possessive before one) and holds no quote nor a sentence's stop.
 */
export function pastLongAppositive(tokens: Token[], k: number): number {
  const first = tokens[k + 1];
  if (tokens[k]?.text !== ',' || first?.kind !== 'word' || RELATIVE_OPENERS.has(first.lower)) return k;
  // "Ann Lee, Acme’s head of purchasing, said": a capitalised word opens it only as an owner of the role after it,
  // or as the first word of a body's name that a role in lower case closes ("Ann Lee, Kestrel Ward matron, said").
  const owner = first.possessive === true && tokens[k + 2]?.kind === 'word' && !tokens[k + 2]?.capital;
  if (first.capital && !owner) return bodyRoleEnd(tokens, k + 1);
  for (let j = k + 2; j <= k + 1 + APPOSITIVE_TOKENS; j++) {
    const t = tokens[j];
    // "NAME, a producer on “The Long Winter,” told …": a title the appositive ends with holds its comma.
    if (t?.kind === 'quote' && namesAWork(t.text) && speechVerbAfter(tokens, j + 1)) return j + 1;
    if (t === undefined || t.kind === 'quote' || CLAUSE_STOPS.has(t.text)) return k;
    if (t.text === ',' && speechVerbAfter(tokens, j + 1)) return j + 1;
  }
  return k;
}

/** Most capitalised words of the body's name before the role in "NAME, Kestrel Ward matron, said". */
const BODY_NAME_WORDS = 4;

/**
 * Past an appositive at token `from` of a body's capitalised name and a role in lower case closing it before a comma
 * and a speech verb ("Ann Lee, Kestrel Ward matron, said", "…, Harbour Town head coach, said"): the token after its
 * comma; `from - 1` (the comma opening it) otherwise.
 */
function bodyRoleEnd(tokens: Token[], from: number): number {
  let j = from;
  while (j < from + BODY_NAME_WORDS && tokens[j]?.kind === 'word' && tokens[j]?.capital === true) j++;
  const roleFrom = j;
  while (tokens[j]?.kind === 'word' && tokens[j]?.capital === false && j < roleFrom + 3) j++;
  const head = tokens[j - 1];
  const closes = j > roleFrom && tokens[j]?.text === ',' && head !== undefined && isRoleHead(head.lower);
  return closes && speechVerbAfter(tokens, j + 1) ? j + 1 : from - 1;
}

/** Whether a clause of a thing or a place opens at token k (", which …", ", where …"): what is before it is no person. */
export function opensThingClause(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === ',' && RELATIVE_OPENERS.has(tokens[k + 1]?.lower ?? '');
}

/**
 * "Tidewater Records, which reissued his albums in 2014, said": whether a clause of a thing or a place ("which",
 * "where") set off by commas at token k stands between a name and its speech verb — the name is a body's, not a
 * person's (a person's would be "who").
 */
export function speaksPastThingClause(tokens: Token[], k: number): boolean {
  if (!opensThingClause(tokens, k)) return false;
  for (let j = k + 2; j <= k + 1 + APPOSITIVE_TOKENS; j++) {
    const t = tokens[j];
    if (t === undefined || t.kind === 'quote' || CLAUSE_STOPS.has(t.text)) return false;
    if (t.text === ',') return speechVerbAfter(tokens, j + 1);
  }
  return false;
}

/**
 * Past an appositive the writer left unclosed at token k ("Ann Lee, spokeswoman for the employers' group Tidewell
 * tonight said"): the speech verb's token when the comma at k opens a role in lower case (perhaps after one word
 * qualifying it: "operations manager") and a speech verb follows
 * within APPOSITIVE_TOKENS with no comma, quote or stop before it; k otherwise.
 */
export function pastUnclosedAppositive(tokens: Token[], k: number): number {
  const opener = ARTICLES.has(lowerAt(tokens, k + 1)) ? k + 2 : k + 1;
  const head = tokens[opener];
  if (tokens[k]?.text !== ',' || head?.kind !== 'word' || head.capital) return k;
  // ("Ann Lee, operations manager at Tidewell said": the role's head may follow one lower-case word qualifying it.)
  const second = tokens[opener + 1];
  const roleEnd = isRoleHead(head.lower)
    ? opener
    : second?.kind === 'word' && !second.capital && isRoleHead(second.lower)
      ? opener + 1
      : -1;
  if (roleEnd === -1) return k;
  for (let j = roleEnd + 1; j <= k + 1 + APPOSITIVE_TOKENS; j++) {
    const t = tokens[j];
    if (t === undefined || t.kind === 'quote' || t.text === ',' || CLAUSE_STOPS.has(t.text)) return k;
    if (t.kind === 'word' && !VERB_FILLERS.has(t.lower) && isSpeechVerbAt(tokens, j)) return j;
  }
  return k;
}

const ITSELF_WINDOW = 6;

/**
 * Copulas after which "it" may stand for nothing ("it was difficult to …"). ("It's" is one token, "it" with a
 * possessive ending, so no "'s" follows "it" as a word of its own.)
 */
const EXPLETIVE_COPULAS: ReadonlySet<string> = new Set(['is', 'was']);

/** Words after "it is" or "it was" that make the "it" stand for nothing ("it was hard to say …", "it is time"). */
export const EXPLETIVE_IT_FOLLOWERS: ReadonlySet<string> = new Set([
  'difficult',
  'hard',
  'easy',
  'important',
  'clear',
  'possible',
  'impossible',
  'likely',
  'unlikely',
  'necessary',
  'time',
  'worth',
  'true',
]);

/**
 * Whether the "it" at k stands for nothing ("Ana added that it was “too early to tell …”", "said it was time to
 * go"): a copula after it, then a quotation or a word of EXPLETIVE_IT_FOLLOWERS; or, after a comma, a quotation right
 * after it, the speaker's words about a thing. Such an "it" is no body speaking of itself.
 */
function isExpletiveIt(tokens: Token[], k: number): boolean {
  // ("As Ana says, it ‘gives the village a voice’": after the comma closing "as NAME says", a quotation right after "it" is
  // what the speaker says of a thing; "Acme said that it “regrets …”" is Acme's of itself.)
  if (tokens[k + 1]?.kind === 'quote' && tokens[k - 1]?.text === ',') return true;
  // ("it's worth …": "it's" is one token, "it" with the copula's ending.)
  const contracted = tokens[k]?.possessive === true;
  if (!contracted && !EXPLETIVE_COPULAS.has(lowerAt(tokens, k + 1))) return false;
  const at = contracted ? k + 1 : k + 2;
  const after = tokens[at];
  // ("Acme said it was “disappointed”": a quoted feeling is the body's own, the "it" the body.)
  if (after?.kind === 'quote' && quotesOwnFeeling(after.text)) return false;
  return after?.kind === 'quote' || EXPLETIVE_IT_FOLLOWERS.has(after?.lower ?? '') || isCleft(tokens, at);
}

/**
 * Feelings a body says it has, quoted after "it was" ("disappointed", "deeply saddened"): only somebody speaking of
 * itself has them, never a thing an "it" stands for.
 */
export const OWN_FEELINGS: ReadonlySet<string> = new Set([
  ...['disappointed', 'delighted', 'pleased', 'saddened', 'concerned', 'dismayed', 'shocked', 'surprised'],
  ...['proud', 'grateful', 'thrilled', 'committed', 'determined', 'confident', 'sorry', 'aware'],
]);

/** Whether a quotation opens with a feeling of OWN_FEELINGS, after at most one adverb ("deeply saddened"). */
function quotesOwnFeeling(text: string): boolean {
  const [first, second] = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
  return OWN_FEELINGS.has(first ?? '') || (first?.endsWith('ly') === true && OWN_FEELINGS.has(second ?? ''));
}

/** Most words of the noun phrase a cleft puts first ("it's a sacrifice that …"). */
const CLEFT_NOUN_WORDS = 3;

/**
 * Whether a cleft's noun phrase opens at `at`, after "it is": an article, a few words, then "that" or "who" ("NAME
 * thinks it's a sacrifice that the choir must make", "it was the crew who …"): the "it" stands for nothing.
 */
function isCleft(tokens: Token[], at: number): boolean {
  if (!ARTICLES.has(lowerAt(tokens, at))) return false;
  for (let k = at + 1; k <= at + 1 + CLEFT_NOUN_WORDS; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word') return false;
    if (k > at + 1 && (t.lower === 'that' || t.lower === 'who')) return true;
  }
  return false;
}

/** Speech verbs of naming, whose "it" right after is what they name, not the speaker ("called it a disgrace"). */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'called',
  'calling',
  'branded',
  'labelled',
  'labeled',
  'termed',
]);

/** Words after "said it" that close the verb's object ("said it again", "says it best"): the "it" is the words. */
export const SAID_IT_CLOSERS: ReadonlySet<string> = new Set([
  ...['again', 'aloud', 'best', 'twice', 'once', 'first', 'himself', 'herself', 'quietly', 'plainly', 'bluntly'],
]);

/** Whether the token after "said it" closes the verb's object: a stop, comma or dash, or one of SAID_IT_CLOSERS. */
function saidItCloses(next: Token | undefined): boolean {
  if (next === undefined) return true;
  if (next.kind === 'punct') return next.text !== ':';
  return next.kind === 'word' && SAID_IT_CLOSERS.has(next.lower);
}

/**
 * "Acme said it would …", "Acme said on Monday that its …": within a few words after the speech verb at `verb`,
 * before any other name or pronoun, the speaker is "it" — an organisation speaking of itself.
 */
export function speaksOfItself(tokens: Token[], verb: number): boolean {
  // ("NAME and NAME are calling it quits", "NAME called it a disgrace": "it" is what a verb of naming names.)
  if (NAMING_VERBS.has(tokens[verb]?.lower ?? '') && tokens[verb + 1]?.lower === 'it') return false;
  // ("When NAME says it, she winces", "NAME said it again": "it" closing the verb is what was said, its object.)
  if (tokens[verb + 1]?.lower === 'it' && saidItCloses(tokens[verb + 2])) return false;
  for (let k = verb + 1; k < Math.min(tokens.length, verb + 1 + ITSELF_WINDOW); k++) {
    const t = tokens[k];
    if (!t || t.kind === 'quote') return false;
    if (t.lower === 'its' || (t.lower === 'it' && !isExpletiveIt(tokens, k))) return true;
    if (['he', 'she', 'they', 'we', 'i', 'his', 'her', 'their'].includes(t.lower)) return false;
    if (t.capital && !DAYS_MONTHS.has(t.lower)) return false;
  }
  return false;
}

/** Whether the name ending at `to` issued the document after it, which speaks: "NAME report said", "NAME review noted". */
export function issuesSpeakingDocument(tokens: Token[], to: number): boolean {
  const noun = tokens[to];
  return noun?.kind === 'word' && !noun.capital && ISSUED_DOCUMENTS.has(noun.lower) && speechVerbAfter(tokens, to + 1);
}

/** Where the opening of a document's issuer starting at `from` stands ("a", "a 2016"); -1 when there is none. */
export function issuerOpening(tokens: readonly Token[], from: number): number {
  if (issuerStart(tokens, from - 1) === from) return from - 1;
  return issuerStart(tokens, from - 2) === from ? from - 2 : -1;
}

/** Whether tokens [from, to) name the issuer of a document that speaks: "a 2016 NAME inspection said". */
export function issuesDocumentAt(tokens: Token[], from: number, to: number): boolean {
  return issuerOpening(tokens, from) >= 0 && issuesSpeakingDocument(tokens, to);
}

/** Most tokens from a name to the "and" of a speech verb joined to its own verb ("NAME thanked the crew and said"). */
const JOINED_REACH = 12;

/** Most tokens from the subject to a speech verb in a row of verbs joined by commas. */
const JOINED_CHAIN_REACH = 3 * JOINED_REACH;

/** Most tokens of an appositive set off after a sentence's subject. */
const SUBJECT_APPOSITIVE_TOKENS = 25;

/**
 * Where an appositive set off by commas right after the subject (ending at token `to`) closes: the comma before the
 * predicate's lower-case word ("NAME, leader of the group and no kin of the council’s leader, was blunt"); -1
 * when none is set off.
 */
export function subjectAppositiveEnd(tokens: readonly Token[], to: number): number {
  // ("Sen. Ann Hale (D-Ore.), the committee's senior Democrat, has …": a bracket right after the name goes with it.)
  const bracketClose = tokens[to]?.text === '(' ? closingBracketAt(tokens, to) : -1;
  if (bracketClose !== -1) return subjectAppositiveEnd(tokens, bracketClose + 1);
  if (tokens[to]?.text !== ',') return -1;
  for (let k = to + 1; k < tokens.length && k <= to + SUBJECT_APPOSITIVE_TOKENS; k++) {
    const t = tokens[k];
    if (t?.kind === 'quote') return -1;
    if (t?.text !== ',' || tokens[k + 1]?.kind !== 'word' || tokens[k + 1]?.capital) continue;
    // ("NAME, 52, who drives an old Ford Escort, was unimpressed": a relative clause after the age goes on with it.)
    if (!RELATIVE_PRONOUNS.has(tokens[k + 1]?.lower ?? '')) return k;
    const further = subjectAppositiveEnd(tokens, k);
    return further === -1 ? k : further;
  }
  return -1;
}

/** Most tokens inside a bracket after a subject's name ("(D-Ore.)", "(Harbour Rovers)"). */
const NAME_BRACKET_TOKENS = 6;

/**
 * The index of the ")" closing the bracket opened at token `open` with at most `most` tokens inside (a name's
 * bracket by default; a gloss after a quote may run longer), no quote or other bracket inside; -1 when none does.
 */
export function closingBracketAt(tokens: readonly Token[], open: number, most = NAME_BRACKET_TOKENS): number {
  for (let k = open + 1; k < tokens.length && k <= open + most + 1; k++) {
    const t = tokens[k];
    if (t?.text === ')') return k;
    if (t?.kind === 'quote' || t?.text === '(') return -1;
  }
  return -1;
}

/**
 * "Tom Hale thanked the crew and said: …": where the speech verb joined by "and" (or ", then") to the verb of the
 * clause from token `k` stands, with only words between (no quote; commas only between verbs of the subject's own in
 * a row, each of which has the reach again); -1 when none does.
 */
export function joinedSpeechVerb(tokens: Token[], from: number): number {
  // ("Ann Hale, 44, stood beside the detectives and said:": past an appositive set off after the subject.)
  const appositive = subjectAppositiveEnd(tokens, from);
  const k = appositive === -1 ? from : appositive;
  if (BARE_CLAUSE_JOINS.has(lowerAt(tokens, k))) return -1;
  // (Each verb joined in a row by a comma has the reach again: "arrives at the hotel late, orders a coffee and said".)
  let reach = k + JOINED_REACH;
  for (let j = k + 1; j < Math.min(tokens.length, reach, k + JOINED_CHAIN_REACH); j++) {
    const t = tokens[j];
    // ("He read four lines, and then paused, and said quietly:": verbs of the subject's own joined in a row, each
    // after "and" or a comma, with "then" between.)
    if (t?.text === ',') {
      reach = j + JOINED_REACH;
      continue;
    }
    if (t?.kind !== 'word') return -1;
    // (Not past a comma into a clause of somebody else's: "Hale met Berg, who smiled and said", "…, Berg nodded".)
    const afterComma = tokens[j - 1]?.text === ',';
    // (Nor into a clause a conjunction opens: "Hale arrived, flanked by police, as protesters gathered and shouted".)
    const opensOther =
      t.capital || RELATIVE_PRONOUNS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || CLAUSE_CONJUNCTIONS.has(t.lower);
    if (afterComma && opensOther) return -1;
    // ("Ann Hale paused, then added:": "then" after a comma joins the speech verb as "and" does.)
    if (afterComma && JOINING_ADVERBS.has(t.lower) && isSpeechVerbAt(tokens, j + 1)) return j + 1;
    if (!BARE_CLAUSE_JOINS.has(t.lower)) continue;
    const verb = JOINING_ADVERBS.has(lowerAt(tokens, j + 1)) ? j + 2 : j + 1;
    if (isSpeechVerbAt(tokens, verb)) return verb;
    // (A capitalised word, a he or she or a determiner after "and" or "but" opens a clause of somebody else's: "…, and the
    // crowd cheered and chanted".)
    const next = tokens[verb];
    const opensClause =
      next === undefined || next.capital || SUBJECT_PRONOUNS.has(next.lower) || DETERMINERS.has(next.lower);
    if (opensClause || tokens[j - 1]?.text !== ',') return -1;
  }
  return -1;
}

/**
 * "Tom Hale was less forgiving, telling local radio …": where a speech verb's participle stands right after the comma
 * that closes the clause from token `from`, only words between (no quote, no other comma); -1 when none does.
 */
export function participleSpeechVerb(tokens: Token[], from: number): number {
  for (let j = from; j < Math.min(tokens.length, from + JOINED_REACH); j++) {
    const t = tokens[j];
    if (t?.text === ',') return /ing$/u.test(lowerAt(tokens, j + 1)) && isSpeechVerbAt(tokens, j + 1) ? j + 1 : -1;
    if (t?.kind !== 'word' || t.capital) return -1;
  }
  return -1;
}

/** Words before a speech noun a possessive owns: "NAME's last words", "her parting message", "his closing remarks". */
export const SPEECH_NOUN_QUALIFIERS: ReadonlySet<string> = new Set(['last', 'final', 'parting', 'closing', 'own']);

/**
 * Whether a noun for what somebody said (SPEECH_NOUNS) stands at token k, or right after a word placing it in time
 * ("last words", "parting message"): what a possessive before k owns is then that person's words.
 */
export function speechNounAt(tokens: readonly Token[], k: number): boolean {
  const noun = SPEECH_NOUN_QUALIFIERS.has(tokens[k]?.lower ?? '') ? k + 1 : k;
  return SPEECH_NOUNS.has(tokens[noun]?.lower ?? '');
}

/**
 * Nouns for words given as an address ("Her speech on the stage:", "His toast at the dinner:"): what a possessive
 * owns is that person's words only in a lead-in to a colon with no verb, the noun right before the colon or a phrase
 * of place or time ("Her speech therapist was blunt:" is somebody else).
 */
export const ADDRESS_NOUNS: ReadonlySet<string> = new Set(['speech', 'eulogy', 'toast', 'address', 'monologue']);

/** Words that may open the phrase between an address's noun and the colon ("on the stage", "at the dinner"). */
export const ADDRESS_PHRASE_OPENERS: ReadonlySet<string> = new Set([
  ...['on', 'at', 'in', 'to', 'after', 'during', 'from', 'for'],
]);

/** Whether an ADDRESS_NOUNS noun at token k leads in to a colon: the colon right after it, or a phrase and then it. */
export function addressLeadsIn(tokens: readonly Token[], k: number): boolean {
  return ADDRESS_NOUNS.has(tokens[k]?.lower ?? '') && leadsInToColon(tokens, k, false);
}

/**
 * Whether a LEAD_IN_NOUNS noun at token k leads in to a colon: right after it, after a phrase of place or time ("His
 * take on the soup:"), or after an aside set off by a comma ("His position, for the record:").
 */
export function leadInNounLeadsIn(tokens: readonly Token[], k: number): boolean {
  return LEAD_IN_NOUNS.has(tokens[k]?.lower ?? '') && leadsInToColon(tokens, k, true);
}

/** Whether the colon follows the noun at k, right after it or past a phrase (and, with `aside`, commas) of words. */
function leadsInToColon(tokens: readonly Token[], k: number, aside: boolean): boolean {
  if (tokens[k + 1]?.text === ':') return true;
  const opens = ADDRESS_PHRASE_OPENERS.has(tokens[k + 1]?.lower ?? '') || (aside && tokens[k + 1]?.text === ',');
  if (!opens) return false;
  for (let j = k + 2; j < tokens.length; j++) {
    const t = tokens[j];
    if (t?.text === ':') return true;
    if (aside && t?.text === ',') continue;
    if (t?.kind !== 'word' || SPEECH_VERBS.has(t.lower)) return false;
  }
  return false;
}
