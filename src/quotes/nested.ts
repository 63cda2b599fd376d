// Quotations inside quotations: whose words a quote nested in another speaker's quote is, read from the outer
// speaker's own words around it ("He came to see me to say, 'I cannot play'", "Berg told me, 'I want to play'").
import type { Article } from '../corpus/types.ts';
import type { ExtractedQuote } from './extract.ts';
import { lowerAt } from './frames.ts';
import { namesDescription } from './givenAs.ts';
import { LEADING_CONJUNCTIONS } from './clauses.ts';
import { RECALLING_VERBS } from './cues.ts';
import { DASHES, JOINING_ADVERBS } from './clauseWords.ts';
import { FEMALE_PRONOUNS, INDEFINITE_ARTICLES, MALE_PRONOUNS, NAME_HONORIFICS, VERB_FILLERS } from './lexicon.ts';
import { capitalRuns, type CapitalRun } from './names.ts';
import { isOrganisationName } from './organisations.ts';
import { isPlaceName } from './places.ts';
import { isRoleHead } from './rolePhrases.ts';
import { GENDER_TITLES, KINSHIP_NOUNS } from './roleLexicon.ts';
import { isSpeechVerbAt } from './sentenceEvidence.ts';
import { frameSentences, paragraphTokens, type Token } from './tokens.ts';
import { ADDRESS_FORMS, POSSESSIVE_GENDER, ROYAL_ADDRESS_FORMS, SUBJECT_PRONOUNS } from './pronouns.ts';

/** Whose words a nested quote is: the outer quote's speaker's own ("I told them, '…'"), a person the outer quote
 * names, or unknown. */
export type NestedSpeaker =
  | { kind: 'outer' }
  | { kind: 'named'; name: string[] }
  /** A he or she the outer words name nobody for before it: somebody of the writer's own sentences. */
  | { kind: 'pronoun'; gender: 'male' | 'female'; royal?: true }
  /** A role used as a name ("Coach walked in and said, '…'", "the boss told us, '…'"): its holder in the article. */
  | { kind: 'role'; word: string; phrase: string }
  | null;

export interface NestedReading {
  speaker: NestedSpeaker;
  /** The outer speaker's words that name the nested quote's speaker ("He came to see me to say"). */
  cue: string | null;
}

/** Auxiliaries that put the speech verb after them in the passive ("I was told", "we were asked"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'am', 'is', 'are']);

/** Determiners before a role noun the outer speaker uses as a name ("the gaffer", "our coach", "my boss"). */
export const ROLE_AS_NAME_DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'my']);

/** The speaker's own voice inside a quote: the nested words are the outer speaker's. */
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us']);
/** Pronouns a verb takes as its object: before a participle, the one spoken to, not the one speaking. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them', 'you']);

/** The quote (smallest first) that holds quote `index` inside it, or null when none does. */
export function enclosingQuote(quotes: readonly ExtractedQuote[], index: number): number | null {
  const inner = quotes[index];
  if (!inner) return null;
  let best: number | null = null;
  quotes.forEach((q, i) => {
    if (i === index || q.start > inner.start || q.end < inner.end || (q.start === inner.start && q.end === inner.end))
      return;
    const current = best === null ? undefined : quotes[best];
    if (current === undefined || q.end - q.start < current.end - current.start) best = i;
  });
  return best;
}

/** The outer quote's words as the writer's sentences, up to and including the segment that holds the nested quote. */
function outerSentences(article: Article, outer: ExtractedQuote, nested: ExtractedQuote): Token[][] {
  const sentences: Token[][] = [];
  for (const [k, segment] of outer.segments.entries()) {
    const index = outer.paragraphs[k];
    if (index === undefined || segment.start > nested.start) break;
    const paragraph = { index, kind: 'body' as const, start: segment.start, end: segment.end };
    const holds = nested.start >= segment.start && nested.end <= segment.end;
    const tokens = paragraphTokens(article, paragraph, holds ? [nested] : []);
    for (const s of frameSentences(index, tokens)) sentences.push(s.tokens);
  }
  return sentences;
}

/** Capitalised runs that may be a person's name (a surname alone included), not a place or a body. */
function personRuns(tokens: Token[]): CapitalRun[] {
  return capitalRuns(tokens).flatMap((run) => {
    if (run.kind !== 'name') return [];
    // "Normally Tomas Brandt would …": an adverb opening the sentence carries its capital.
    const name = run.from === 0 && /(?:ly|ing|ed)$/u.test(run.name[0] ?? '') ? run.name.slice(1) : run.name;
    if (name.length === 0 || isPlaceName(name.join(' ')) || isOrganisationName(name)) return [];
    // "I" opening a sentence is no name.
    if (name.length === 1 && FIRST_PERSON.has((name[0] ?? '').toLowerCase())) return [];
    // ("When we heard the Harbour Board verdict, he said": a run after "the" names a thing.)
    if (lowerAt(tokens, run.from - 1) === 'the') return [];
    // ("at the Isle of Kelp Herons": words after a capitalised word's "of" go on that word's name.)
    if (lowerAt(tokens, run.from - 1) === 'of' && tokens[run.from - 2]?.capital === true) return [];
    // ("Afterwards she told me, '…'": one word opening the sentence before a pronoun is an adverb's capital.)
    const opens = run.from === 0 || ['.', '!', '?', ':'].includes(tokens[run.from - 1]?.text ?? '');
    if (name.length === 1 && opens && SUBJECT_PRONOUNS.has(lowerAt(tokens, run.to))) return [];
    return [{ ...run, name }];
  });
}

/**
 * Adverbs of sequence that open a sentence of the outer speaker's before a name as its subject, with no comma
 * ("Instead Ann phoned me and said, '…'", "Then Berg walked over and said"): JOINING_ADVERBS and a few more. Only
 * before a capital: whom "Then he'd look at you as if to say" stands for may be named only in the outer words, which
 * the pronoun's reading passes over; and not before a possessive ("Then Ann's assistant phoned").
 */
export const OPENING_SEQUENCE_ADVERBS: ReadonlySet<string> = new Set([
  ...JOINING_ADVERBS,
  'instead',
  'later',
  'suddenly',
]);

/** Where the subject of the sentence starts, past conjunctions and adverbs of sequence ("But he …", "Then Berg …"). */
function subjectAt(tokens: Token[], gerund = false): number {
  let k = 0;
  while (
    LEADING_CONJUNCTIONS.has(lowerAt(tokens, k)) ||
    (OPENING_SEQUENCE_ADVERBS.has(lowerAt(tokens, k)) &&
      tokens[k + 1]?.capital === true &&
      tokens[k + 1]?.possessive !== true) ||
    tokens[k]?.text === ','
  )
    k++;
  // ("I remember Ann looking at the sheet and saying, '…'": whom the speaker recalls speaking, in the gerund, is the
  // clause's subject — not "I heard Ann groan and told her", where the speaker speaks.)
  const recalled = FIRST_PERSON.has(lowerAt(tokens, k)) && RECALLING_VERBS.has(lowerAt(tokens, k + 1));
  return gerund && recalled && tokens[k + 2]?.capital === true ? k + 2 : k;
}

/**
 * Reads who speaks a quote nested in another: the speech verb of the outer words closest before it in its sentence
 * (or right after it: "'…,' he told me"), and the speaker phrase of that verb — "I"/"we" the outer speaker, a name,
 * or he/she standing for the latest person the outer words named before. Pure: names are returned as written, for
 * the caller to look up.
 */
export function readNested(article: Article, outer: ExtractedQuote, nested: ExtractedQuote): NestedReading {
  // A few words quoted inside a quote are the speaker's scare quotes, not somebody's words.
  if (nested.scare) return { speaker: null, cue: null };
  const sentences = outerSentences(article, outer, nested);
  const at = sentences.findIndex((tokens) => tokens.some((t) => t.kind === 'quote'));
  const tokens = sentences[at];
  if (at < 0 || tokens === undefined) return { speaker: null, cue: null };
  const quoteAt = tokens.findIndex((t) => t.kind === 'quote');
  const verb = speechVerbFor(tokens, quoteAt);
  if (verb === null) return { speaker: null, cue: null };
  // ("When I asked about it, I was told, '…'": a speech verb in the passive is somebody else's, whom the words leave
  // unnamed unless "by" names them.)
  // (Not "the promoter is telling us '…'": a participle in -ing after the auxiliary is the subject's own.)
  if (PASSIVE_AUXILIARIES.has(lowerAt(tokens, verb - 1)) && !lowerAt(tokens, verb).endsWith('ing')) {
    const agent = lowerAt(tokens, verb + 1) === 'by' ? personRuns(tokens).find((r) => r.from === verb + 2) : undefined;
    const cue = article.text.slice(tokens[verb - 1]?.start ?? 0, tokens[agent?.to ?? verb + 1]?.start ?? 0).trim();
    return { speaker: agent === undefined ? null : { kind: 'named', name: agent.name }, cue };
  }
  const phrase = speakerPhrase(tokens, verb);
  if (phrase === null) return { speaker: null, cue: null };
  const cue = article.text.slice(
    tokens[Math.min(phrase.from, verb)]?.start ?? 0,
    tokens[Math.max(phrase.to, verb + 1) - 1]?.end ?? 0,
  );
  const word = lowerAt(tokens, phrase.from);
  if (phrase.to - phrase.from === 1 && FIRST_PERSON.has(word)) return { speaker: { kind: 'outer' }, cue };
  if (MALE_PRONOUNS.has(word) || FEMALE_PRONOUNS.has(word)) {
    const before = [...sentences.slice(0, at), tokens.slice(0, phrase.from)];
    // (The speaker phrase's own sentence is read whole, so that a word opening it is read before its pronoun.)
    const own = personRuns(tokens).filter((r) => r.to <= phrase.from);
    const named = [...sentences.slice(0, at).flatMap(personRuns), ...own].pop();
    if (named !== undefined) return { speaker: { kind: 'named', name: named.name }, cue };
    // ("My mother called to ask … and she said, '…'", "I told the manager. She said to me, '…'": somebody the outer
    // words bring in unnamed is whom "she" means.)
    if (before.some((tokens, at) => namesUnnamedPerson(tokens, at, before))) return { speaker: null, cue };
    return { speaker: { kind: 'pronoun', gender: MALE_PRONOUNS.has(word) ? 'male' : 'female' }, cue };
  }
  const run = personRuns(tokens).find((r) => r.from <= phrase.from && r.to === phrase.to);
  // ("His Royal Highness told me, '…'": a form of address after a his or her is one reference to a person, as a he
  // or she is, never a person named "Royal Highness".)
  const owner = POSSESSIVE_GENDER.get(lowerAt(tokens, phrase.from - 1));
  const form = run?.name.at(-1)?.toLowerCase() ?? '';
  if (run !== undefined && owner !== undefined && ADDRESS_FORMS.has(form))
    return {
      speaker: { kind: 'pronoun', gender: owner, ...(ROYAL_ADDRESS_FORMS.has(form) ? { royal: true as const } : {}) },
      cue,
    };
  if (run === undefined && phrase.to - phrase.from === 1 && isRoleHead(word))
    return { speaker: { kind: 'role', word, phrase: rolePhraseEnding(tokens, phrase.from) }, cue };
  return { speaker: run === undefined ? null : { kind: 'named', name: run.name }, cue };
}

/** Most lower-case words before a role's noun that say which role it is ("the health secretary"). */
const ROLE_MODIFIER_WORDS = 2;

/**
 * The role's words ending in the role noun at token `head`, with the lower-case words "the" opens before it ("the
 * health secretary" → "health secretary"); the noun alone when no "the" opens them.
 */
function rolePhraseEnding(tokens: Token[], head: number): string {
  let from = head;
  while (
    from > head - ROLE_MODIFIER_WORDS &&
    tokens[from - 1]?.kind === 'word' &&
    /^\p{Ll}+$/u.test(tokens[from - 1]?.text ?? '') &&
    lowerAt(tokens, from - 1) !== 'the'
  )
    from--;
  if (lowerAt(tokens, from - 1) !== 'the') from = head;
  return tokens
    .slice(from, head + 1)
    .map((t) => t.lower)
    .join(' ');
}

/** Possessives of the outer speaker's own ("my mother", "our coach"). */
const OWN_POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our']);

/**
 * Determiners before a role or kin noun in the outer words that leave the person unnamed: the speaker's own ("my
 * mother", "our coach") or one the speaker just brings in ("I told the manager", "a nurse came in").
 */
export const UNNAMED_PERSON_DETERMINERS: ReadonlySet<string> = new Set([...OWN_POSSESSIVES, 'the', 'a', 'an']);

/** He, she, him and her: a person spoken of after an unnamed one, who may be somebody else. */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);

/**
 * Whether outer words name somebody without a name: "my mother", "our coach", "the manager". One brought in with
 * "the", "a" or "an" must be the last person the words speak of: no he, she, him or her after it ("The chief rang and
 * he answered it" is somebody else).
 */
function namesUnnamedPerson(tokens: Token[], at: number, all: readonly Token[][]): boolean {
  const later = all.slice(at + 1).flat();
  return tokens.some(
    (t, k) =>
      UNNAMED_PERSON_DETERMINERS.has(t.lower) &&
      (OWN_POSSESSIVES.has(t.lower) ||
        ![...tokens.slice(k + 2), ...later].some((w) => PERSONAL_PRONOUNS.has(w.lower))) &&
      isPersonNoun(lowerAt(tokens, k + 1)) &&
      tokens[k + 2]?.capital !== true,
  );
}

/** Possessive determiners before a relative the writer leaves unnamed ("her son", "his wife"). */
const RELATIVE_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our']);

/**
 * Whether tokens (from `from` on) name a relative of `gender` without a name: "her son", "his wife" — whom a he or
 * she in a quote after them may stand for, nobody the registry knows ("her son came home pale. ¶ “He told me, ‘…’”").
 */
export function namesUnnamedRelative(tokens: readonly Token[], from: number, gender: 'male' | 'female'): boolean {
  for (let k = Math.max(0, from); k < tokens.length - 1; k++) {
    const noun = tokens[k + 1]?.lower ?? '';
    if (!RELATIVE_POSSESSIVES.has(tokens[k]?.lower ?? '') || !KINSHIP_NOUNS.has(noun)) continue;
    if (GENDER_TITLES.get(noun) === gender && tokens[k + 2]?.capital !== true) return true;
  }
  return false;
}

/** Most words of the role a subject opens with before its name set off by commas ("My first coach, NAME,"). */
const SUBJECT_ROLE_WORDS = 4;

/** Most tokens between a speech verb and the nested quote it introduces ("said to the players, '…'"). */
const VERB_REACH = 4;
/** Most tokens between them when a comma or colon sets the quote off ("told me on the first day, '…'"). */
const SET_OFF_VERB_REACH = 7;
const LEAD_IN_MARKS: ReadonlySet<string> = new Set([',', ':']);
/**
 * Most tokens between them when a colon ends the clause the verb opens ("told me a thing over the phone that I still
 * think about: '…'"): the clause, unbroken by a comma or a stop, holds the words its verb announces.
 */
const COLON_CLAUSE_REACH = 14;

/** The "that" opening the clause the quote at `quoteAt` ends, within a verb's reach of it and past no mark. */
function clauseThatBefore(tokens: Token[], quoteAt: number): number | null {
  for (let i = quoteAt - 1; i >= Math.max(0, quoteAt - 1 - VERB_REACH); i--) {
    if (tokens[i]?.kind !== 'word') return null;
    if (lowerAt(tokens, i) === 'that') return i;
  }
  return null;
}

/** The speech verb that introduces the nested quote at `quoteAt`: one just before it, or one right after it. */
function speechVerbFor(tokens: Token[], quoteAt: number): number | null {
  // ("They told us, and I wrote every word down, '…'", "The chair said — I noted it at the time — '…'": the outer
  // speaker's own aside right before the quote is passed over, to a speech verb before it, when there is one.)
  const aside = ownAsideBefore(tokens, quoteAt);
  if (aside !== null)
    for (let i = aside - 1; i >= Math.max(0, aside - 1 - SET_OFF_VERB_REACH); i--) {
      if (tokens[i]?.kind === 'quote') break;
      if (isSpeechVerbAt(tokens, i)) return i;
    }
  // ("Our doctor told me on the first day, '…'": a verb's time phrase set off by a comma reaches further.)
  const reach = LEAD_IN_MARKS.has(tokens[quoteAt - 1]?.text ?? '') ? SET_OFF_VERB_REACH : VERB_REACH;
  for (let i = quoteAt - 1; i >= Math.max(0, quoteAt - 1 - reach); i--) {
    if (tokens[i]?.kind === 'quote') break;
    if (isSpeechVerbAt(tokens, i)) return i;
  }
  // ("Their boss said on a call with investors that we were 'a cost line'": a that-clause after the verb and its
  // time or place phrase carries the quoted words; its "that" is in reach, the verb within a set-off reach of it.)
  const that = clauseThatBefore(tokens, quoteAt);
  if (that !== null) {
    for (let i = that - 1; i >= Math.max(0, that - 1 - SET_OFF_VERB_REACH); i--) {
      if (tokens[i]?.kind !== 'word') break;
      if (isSpeechVerbAt(tokens, i)) return i;
    }
  }
  if (tokens[quoteAt - 1]?.text === ':')
    for (let i = quoteAt - 2; i >= Math.max(0, quoteAt - 1 - COLON_CLAUSE_REACH); i--) {
      const t = tokens[i];
      if (t === undefined || t.kind === 'quote' || (t.kind === 'punct' && t.text !== "'")) break;
      if (isSpeechVerbAt(tokens, i)) return i;
    }
  // "'I will play,' he told me": a pronoun or name and its verb right after the quote.
  let k = quoteAt + 1;
  if (tokens[k]?.text === ',') k++;
  for (let i = k; i < Math.min(tokens.length, k + 4); i++) if (isSpeechVerbAt(tokens, i)) return i;
  return null;
}

/**
 * Verbs of an aside about keeping or citing the words that follow ("and I wrote it down", "I still remember the exact
 * words", "and I quote"): such an aside brings in nobody's words itself.
 */
export const RECORDING_VERBS: ReadonlySet<string> = new Set([
  ...['wrote', 'write', 'noted', 'remember', 'remembered', 'recall', 'quote', 'swear', 'kid'],
]);

/** Most words of an aside of the outer speaker's own between a speech verb and the quote it brings in. */
const OWN_ASIDE_WORDS = 10;

/**
 * Where an aside of the outer speaker's own opens, when one stands right before the quote at `quoteAt`, set off by
 * two dashes or (after "and") two commas, opening with "I" or "we", holding a verb of RECORDING_VERBS and not closing
 * on a speech verb: ", and I still remember the words," and "— I wrote it down —". Null when there is none.
 */
function ownAsideBefore(tokens: Token[], quoteAt: number): number | null {
  const close = tokens[quoteAt - 1]?.text ?? '';
  if (close !== ',' && !DASHES.has(close)) return null;
  // (Not "He asked me, and I replied, '…'": a speech verb closing the clause brings the quote in itself.)
  if (isSpeechVerbAt(tokens, quoteAt - 2)) return null;
  for (let k = quoteAt - 2; k >= Math.max(0, quoteAt - 2 - OWN_ASIDE_WORDS); k--) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'quote') return null;
    if (t.kind !== 'punct') continue;
    if (t.text !== close && !(DASHES.has(close) && DASHES.has(t.text))) return null;
    // (Between commas only after "and": "When I asked, I was told by NAME, '…'" is the clause bringing it in.)
    const joined = lowerAt(tokens, k + 1) === 'and';
    if (close === ',' && !joined) return null;
    const opener = joined ? k + 2 : k + 1;
    // (Only an aside about keeping the words: "and I shouted straight back at her, '…'" brings in the outer
    // speaker's own words.)
    const recording = tokens.slice(opener + 1, quoteAt - 1).some((w) => RECORDING_VERBS.has(w.lower));
    return FIRST_PERSON.has(lowerAt(tokens, opener)) && opener < quoteAt - 2 && recording ? k : null;
  }
  return null;
}

/**
 * The subject opening the clause after the last comma before token `and` ("…, Ann Hale took my hand and said"), past
 * a join ("…, and Ann Hale …"): a name run, a he, she, I or we, or the "a" of somebody unnamed ("…, and a woman …");
 * or the name set off by commas that the comma closes ("… and our captain, Ann Hale, stood up and said"); null when
 * the clause opens otherwise.
 */
function clauseSubjectAfterComma(tokens: Token[], and: number): { from: number; to: number } | null {
  let comma = and - 1;
  while (comma >= 0 && tokens[comma]?.text !== ',') comma--;
  if (comma < 0) return null;
  // ("… and our tighthead, NAME, raised a hand and said": a name set off by commas closes the clause's subject,
  // when a verb of its own stands between it and the "and"; "I walked up to the manager, NAME, and said" is an object.)
  const setOff = personRuns(tokens).find((r) => r.to === comma && tokens[r.from - 1]?.text === ',');
  if (setOff !== undefined && and > comma + 1) return { from: setOff.nameFrom, to: setOff.to };
  // ("…, and a woman in the front row raised a hand and said": the clause's join is no part of its subject.)
  const start = LEADING_CONJUNCTIONS.has(lowerAt(tokens, comma + 1)) ? comma + 2 : comma + 1;
  const word = lowerAt(tokens, start);
  if (FIRST_PERSON.has(word) || MALE_PRONOUNS.has(word) || FEMALE_PRONOUNS.has(word))
    return { from: start, to: start + 1 };
  // ("…, and a woman in the front row … said": somebody unnamed, whose words they are, not the outer speaker's; not
  // "…, and a moment later I stood up and said", a phrase of time.)
  if (INDEFINITE_ARTICLES.has(word) && personNounAt(tokens, start + 1)) return { from: start, to: start + 1 };
  const run = personRuns(tokens).find((r) => r.nameFrom === start || r.from === start);
  return run !== undefined && tokens[run.to]?.kind === 'word' ? { from: run.nameFrom, to: run.to } : null;
}

/** Whether a word is a noun for a person by role or kin ("nurse", "woman", "mother"). */
function isPersonNoun(word: string): boolean {
  return isRoleHead(word) || KINSHIP_NOUNS.has(word);
}

/** Most words describing somebody unnamed between "a" and the noun for them ("a tall young woman"). */
const UNNAMED_DESCRIPTION_WORDS = 2;

/** Whether a role or kin noun (a person's: "woman", "nurse", "neighbour") stands within a few words from token k. */
function personNounAt(tokens: Token[], k: number): boolean {
  for (let j = k; j <= k + UNNAMED_DESCRIPTION_WORDS; j++) {
    const word = lowerAt(tokens, j);
    if (tokens[j]?.kind !== 'word') return false;
    if (isPersonNoun(word)) return true;
  }
  return false;
}

/** The speaker phrase of the verb at `verb`: the word or name right before it, or the sentence's subject for
 * "to say", ", saying" and "… and said". */
function speakerPhrase(tokens: Token[], verb: number): { from: number; to: number } | null {
  let k = verb - 1;
  while (k >= 0 && VERB_FILLERS.has(lowerAt(tokens, k))) k--;
  // ("Haris bhai kept telling me, '…'": an honorific after a name is no part of it, nor the speaker.)
  if (NAME_HONORIFICS.has(tokens[k]?.text ?? '') && tokens[k - 1]?.capital === true) k--;
  const infinitive = lowerAt(tokens, k) === 'to';
  // ("wrote to us saying, '…'": a participle after an object pronoun is the subject's, as after a comma.)
  const participle =
    (tokens[k]?.text === ',' || OBJECT_PRONOUNS.has(lowerAt(tokens, k))) && /ing$/u.test(lowerAt(tokens, verb));
  // "Tavon came to me at the break and said, '…'": a verb joined to the subject's earlier one.
  const coordinated = lowerAt(tokens, k) === 'and' && k > subjectAt(tokens);
  // ("On my first morning there, Ann took my hand and said, '…'": the clause after the last comma has its own
  // subject, a name or a pronoun.)
  const clause = coordinated ? clauseSubjectAfterComma(tokens, k) : null;
  if (clause !== null) return clause;
  // ("I'll tell her what my uncle liked to tell me: '…'": the infinitive's own verb has a subject of the
  // speaker's own right before it, unnamed.)
  // (Not "My gaffer used to tell the squad, '…'": a role so owned is read as a name below.)
  if (infinitive && OWN_POSSESSIVES.has(lowerAt(tokens, k - 3)) && KINSHIP_NOUNS.has(lowerAt(tokens, k - 2)))
    return { from: k - 3, to: k - 1 };
  if (infinitive || participle || coordinated) {
    const start = subjectAt(tokens, /ing$/u.test(lowerAt(tokens, verb)));
    // ("My co-supervisor, Dr. Ben Hale, looked at the curves and said, '…'": the name set off after the role.)
    const setOff = capitalRuns(tokens).find(
      (r) =>
        r.from > start &&
        r.from <= start + SUBJECT_ROLE_WORDS + 1 &&
        tokens[r.from - 1]?.text === ',' &&
        tokens[r.to]?.text === ',',
    );
    if (setOff && tokens.slice(start, setOff.from - 1).every((t) => t.kind === 'word'))
      return { from: setOff.nameFrom, to: setOff.to };
    // ("A swimming coach called Ann Hale took me aside and said, '…'": the name a description opening it is given.)
    const given = capitalRuns(tokens).find(
      (r) => r.from > start && r.from <= start + SUBJECT_ROLE_WORDS + 2 && namesDescription(tokens, r.from - 1),
    );
    if (given) return { from: given.nameFrom, to: given.to };
    const run = capitalRuns(tokens).find((r) => r.from === start || r.nameFrom === start);
    // ("Coach walked in and said": a role alone, used as a name, is the phrase.)
    if (run) return run.nameFrom < run.to ? { from: run.nameFrom, to: run.to } : { from: run.from, to: run.to };
    // ("The gaffer used to tell the squad, '…'": so is a role its determiner opens.)
    if (ROLE_AS_NAME_DETERMINERS.has(lowerAt(tokens, start)) && isRoleHead(lowerAt(tokens, start + 1)))
      return { from: start + 1, to: start + 2 };
    return tokens[start]?.kind === 'word' ? { from: start, to: start + 1 } : null;
  }
  // "My first manager, Jimmy Hale, told me, '…'": a name set off by commas after its role.
  // ("My first coach, a tall man called Ivo Brandt, said to me, '…'": so is one a description set off names.)
  const setOff =
    tokens[k]?.text === ','
      ? capitalRuns(tokens).find(
          (r) => r.to === k && (tokens[r.from - 1]?.text === ',' || namesDescription(tokens, r.from - 1)),
        )
      : undefined;
  if (setOff) return { from: setOff.nameFrom, to: setOff.to };
  if (k < 0 || tokens[k]?.kind !== 'word') {
    // "'…,' said Berg": the name after an inverted verb.
    const after = capitalRuns(tokens).find((r) => r.from === verb + 1);
    return after ? { from: after.nameFrom, to: after.to } : null;
  }
  const run = capitalRuns(tokens).find((r) => r.to === k + 1);
  // ("The CEO assured the panel that it was 'entirely safe'": a role alone in capitals is the phrase.)
  if (run) return run.nameFrom < run.to ? { from: run.nameFrom, to: run.to } : { from: run.from, to: run.to };
  return { from: k, to: k + 1 };
}
