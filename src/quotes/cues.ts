// The speech verbs of a sentence and the speaker phrase each one has, before or after it: "said X", "X told",
// "according to X", "in the words of X", "in her (own) words", "quoted X as saying", ", calling it …" for the sentence's subject.
import type { Article } from '../corpus/types.ts';
import type { Slot } from './slots.ts';
import { isSpeechVerbAt } from './evidence.ts';
import { joinedSpeechVerb, participleSpeechVerb, quoteFollows } from './verbReach.ts';
import { lowerAt, type Sentence } from './frames.ts';
import {
  CAUSING_VERBS,
  INVERTING_SPEECH_VERBS,
  OBJECT_CONTROL_VERBS,
  PHRASAL_SPEECH_VERBS,
  SPEECH_NOUNS,
  SPEECH_VERBS,
} from './lexicon.ts';
import { openingBracketOf, type Token } from './tokens.ts';
import { askedAboutEnd, opensAskedAbout, SUBJECT_PRONOUNS } from './pronouns.ts';
import { isPluralOfPeople, isRoleHead, nameRemitEnd, roleBefore } from './rolePhrases.ts';
import { ORGANISATION_NOUNS } from './organisations.ts';
import { BARE_CLAUSE_JOINS, CLAUSE_CONJUNCTIONS, type Cue, documentFromLength } from './clauses.ts';
import { JOINING_ADVERBS } from './clauseWords.ts';
import { MEDIUM_LABEL_OPENERS, topicLabelEnd } from './layoutRuns.ts';
import { VERB_FILLERS, WRITER_SUBJECTS } from './lexicon.ts';
import { npBefore } from './phraseBefore.ts';
import { quoteInWhoClause, relativeJoinedSpeaker, relativeOwnSpeaker } from './relativeClauses.ts';
import { unnamedReportedSubject } from './reportedUnnamed.ts';
import { nameAfterRoleWords, npAt } from './speakerPhrases.ts';

/** Forms of "be" that make a speech verb passive before "to" ("was said to", "is reported to"). */
export const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/**
 * Speech verbs whose passive with "by" has the agent speaking of the subject ("was described by X as", "was told by
 * X that"); not "was quoted by X" or "was cited by X", where the subject's words are passed on by X.
 */
export const AGENT_SPEAKING_VERBS: ReadonlySet<string> = new Set([
  'accused',
  'asked',
  'blasted',
  'branded',
  'called',
  'condemned',
  'criticised',
  'criticized',
  'described',
  'hailed',
  'labeled',
  'labelled',
  'lauded',
  'praised',
  'slammed',
  'thanked',
  'told',
  'urged',
  'warned',
]);

/** Words that open another clause between a quote and a passive verb: its subject credits no quote. */
export const PASSIVE_CLAUSE_BREAKS: ReadonlySet<string> = new Set([...CLAUSE_CONJUNCTIONS, 'and', 'but', 'or', 'that']);

/** Most words of the subject and its verbs between a quote and a passive verb after it ("she had been told"). */
const PASSIVE_SUBJECT_WORDS = 5;

/**
 * Where the passive's subject starts when the words before token `be` back to a quote are only a few
 * (PASSIVE_SUBJECT_WORDS): the subject right after the quotation it credits ("“Go home,” Hale was told", "…,” she
 * had been told"); -1 otherwise.
 */
function passiveSubjectStart(tokens: Token[], be: number): number {
  for (let k = be - 1; k >= Math.max(0, be - PASSIVE_SUBJECT_WORDS); k--) {
    const t = tokens[k];
    if (t?.kind === 'quote') return k + 1;
    // (Not a clause of its own: "said the checks were “…” but that parents had already been told".)
    if (t?.kind !== 'word' || PASSIVE_CLAUSE_BREAKS.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * Where the be of a passive stands before the participle at `verb`, past adverbs between ("was finally told", "had
 * been repeatedly asked"); -1 when no be of PASSIVE_BE stands there.
 */
export function passiveBeBefore(tokens: Token[], verb: number): number {
  let be = verb - 1;
  while (be >= 0 && VERB_FILLERS.has(lowerAt(tokens, be)) && !PASSIVE_BE.has(lowerAt(tokens, be))) be--;
  return PASSIVE_BE.has(lowerAt(tokens, be)) ? be : -1;
}

/**
 * The person after "by" of a passive speech verb of AGENT_SPEAKING_VERBS at `verb` ("was described by X"), whose be
 * passiveBeBefore found at `be` (-1: none), or null.
 */
function passiveAgent(
  article: Article,
  tokens: Token[],
  slots: Slot[],
  verb: number,
  be: number,
): { span: { from: number; to: number }; slot: Slot } | null {
  if (!AGENT_SPEAKING_VERBS.has(lowerAt(tokens, verb)) || be === -1) return null;
  if (lowerAt(tokens, verb + 1) !== 'by') return null;
  const np = npAt(article, tokens, slots, verb + 2);
  if (np.slot === null || np.span === null || np.blocking) return null;
  return { span: np.span, slot: np.slot };
}

/** Passive verbs of putting words to somebody: their subject is spoken to ("the witness was asked if …"). */
export const PUT_TO_VERBS: ReadonlySet<string> = new Set(['asked', 'told']);

/**
 * "Questioned by NAME for the defence, the witness was asked if he had “…”": a passive verb of PUT_TO_VERBS at
 * `verb` (its be at `be`, -1: none) with no "by" after it, whose agent a "by NAME" earlier in the sentence names;
 * null otherwise.
 */
function earlierAgent(
  article: Article,
  tokens: Token[],
  slots: Slot[],
  verb: number,
  be: number,
): { span: { from: number; to: number }; slot: Slot } | null {
  if (!PUT_TO_VERBS.has(lowerAt(tokens, verb)) || be === -1) return null;
  if (lowerAt(tokens, verb + 1) === 'by') return null;
  for (let k = verb - 2; k >= 0; k--) {
    if (tokens[k]?.kind === 'quote') return null;
    if (lowerAt(tokens, k) !== 'by') continue;
    const np = npAt(article, tokens, slots, k + 1);
    return np.slot?.kind === 'name' && np.span !== null && !np.blocking ? { span: np.span, slot: np.slot } : null;
  }
  return null;
}

/**
 * Whether a bracket right after a quote closes just before token `verb` ("“Hum yahin rahenge,” (We will stay here)
 * said NAME"): a translation or gloss standing between the quote and its speech verb.
 */
export function bracketAfterQuote(tokens: readonly Token[], verb: number): boolean {
  if (tokens[verb - 1]?.text !== ')') return false;
  const open = openingBracketOf(tokens, verb - 1);
  if (open === -1) return false;
  const before = tokens[open - 1]?.text === ',' ? open - 2 : open - 1;
  return tokens[before]?.kind === 'quote';
}

/** Verbs whose object is the one quoted when "as saying" follows ("quoted NAME as saying", "cites NAME as saying"). */
export const QUOTING_AS_VERBS: ReadonlySet<string> = new Set([
  'quoted',
  'quote',
  'quotes',
  'quoting',
  'cited',
  'cite',
  'cites',
  'citing',
]);

function quotedAsSaying(
  article: Article,
  tokens: Token[],
  slots: Slot[],
  verb: number,
): { from: number; to: number; slot: Slot } | null {
  const np = npAt(article, tokens, slots, verb + 1);
  if (np.slot === null || np.span === null) return null;
  const as = np.span.to;
  if (lowerAt(tokens, as) !== 'as' || !['saying', 'telling'].includes(lowerAt(tokens, as + 1))) return null;
  return { from: np.span.from, to: np.span.to, slot: np.slot };
}

/**
 * Whether the infinitive speech verb at `verb` ("… to say") is the subject's own: no other person is named between
 * them, no quote stands between, and no verb hands the infinitive to its object ("urged voters to say"). (The
 * subject's own role set off after it is no other person: "Ann Hale, MP for Tarrow, was filmed telling …".)
 */
function subjectsInfinitive(tokens: Token[], slots: Slot[], subject: Slot, verb: number): boolean {
  const from = appositiveEnd(tokens, subject.to, verb);
  if (slots.some((s) => s !== subject && s.from >= from && s.from < verb && s.kind !== 'other')) return false;
  return tokens.slice(subject.to, verb).every((t) => t.kind !== 'quote' && !OBJECT_CONTROL_VERBS.has(t.lower));
}

/**
 * Where an appositive set off by commas right after the subject ends (past its closing comma), before `verb`: the
 * subject's own description ("Ann Hale, MP for Tarrow, was filmed telling …"). `at` when none opens there.
 */
function appositiveEnd(tokens: Token[], at: number, verb: number): number {
  if (tokens[at]?.text !== ',') return at;
  for (let k = at + 1; k < verb; k++) {
    const t = tokens[k];
    if (t?.kind === 'quote') return at;
    if (t?.text === ',') return k + 1;
  }
  return at;
}

/** A cue whose speaker phrase is exactly one slot, the speaker written before its verb. */
function slotCue(verb: number, verbEnd: number, slot: Slot): Cue {
  return { verb, verbEnd, np: { from: slot.from, to: slot.to }, subject: slot, blocking: false, inverted: false };
}

/** Most words between "that" and the name of its clause's subject ("that a 14-year-old NAME"). */
const REPORTED_SUBJECT_REACH = 3;
/** Most tokens from "that" to the speech verb joined by "and" in its clause. */
const REPORTED_CLAUSE_REACH = 14;

/**
 * The subject of the "that" clause a speech verb after "and" at `verb` stands in ("recalled that a young NAME had
 * marched in and told him"): a name or he/she within a few words after "that", with no comma or quote between it
 * and the verb; undefined when the verb stands in no such clause.
 */
function reportedClauseSubject(tokens: Token[], slots: Slot[], verb: number): Slot | undefined {
  for (let k = verb - 2; k >= Math.max(0, verb - REPORTED_CLAUSE_REACH); k--) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'quote' || t.text === ',' || t.text === ';') return undefined;
    if (t.lower !== 'that') continue;
    return slots.find(
      (s) =>
        (s.kind === 'name' || s.kind === 'pronoun') &&
        s.from > k &&
        s.from <= k + REPORTED_SUBJECT_REACH &&
        s.to < verb,
    );
  }
  return undefined;
}

/**
 * The person a causing verb makes speak ("prompting Ode to ask", "leading the judge to say") when the speech verb at
 * `verb` comes after "to" and brings a quote straight in (after a colon or comma, or none); else null.
 */
function madeToSpeak(article: Article, tokens: Token[], slots: Slot[], verb: number, verbEnd: number): Slot | null {
  if (!quoteFollows(tokens, verbEnd)) return null;
  const object = slots.find((s) => s.to === verb - 1 && s.kind !== 'other' && s.kind !== 'pronoun');
  if (object === undefined) {
    // ("…, prompting the senator to respond: “…”": a role or description as the object, read from the causing verb.)
    const read = objectOfVerb(article, tokens, slots, CAUSING_VERBS, verb, verb - 1);
    return read !== null && read.kind !== 'pronoun' ? read : null;
  }
  const before = lowerAt(tokens, object.from - 1) === 'the' ? object.from - 2 : object.from - 1;
  return CAUSING_VERBS.has(lowerAt(tokens, before)) ? object : null;
}

/** Most tokens of the object a causing verb makes speak ("the committee's senior senator"). */
const MADE_OBJECT_TOKENS = 5;

/** Verbs of recalling or hearing whose object speaks in the gerund after it ("recalled a midwife telling her: “…”"). */
export const RECALLING_VERBS: ReadonlySet<string> = new Set([
  ...['recall', 'recalled', 'recalls', 'recalling', 'remember', 'remembered', 'remembers', 'remembering'],
  ...['heard', 'hears', 'overheard', 'imagined', 'imagines', 'pictured'],
]);

/**
 * Whether cue `outer` recalls or hears the speaker of cue `inner` speaking in the gerund ("Ana Ruiz recalled a nurse
 * telling her: “…”"): the quote is the inner speaker's words, not the outer's report of them.
 */
export function recallsSpeaking(tokens: Token[], outer: Cue, inner: Cue): boolean {
  return RECALLING_VERBS.has(lowerAt(tokens, outer.verb)) && /ing$/u.test(lowerAt(tokens, inner.verb));
}

/**
 * The person a verb of recalling or hearing has speak in the gerund at `verb` ("recalled a senior nurse telling her",
 * "remembers her father saying"): the object right before the gerund; null when there is none.
 */
function recalledSpeaking(article: Article, tokens: Token[], slots: Slot[], verb: number): Slot | null {
  if (!/ing$/u.test(lowerAt(tokens, verb))) return null;
  return objectOfVerb(article, tokens, slots, RECALLING_VERBS, verb, verb);
}

/**
 * The object of the last of `verbs` within MADE_OBJECT_TOKENS before the speech verb at `speech` (and the word before
 * it), when the object's phrase ends right at `end` ("prompting the senator | to respond", "recalled a senior nurse |
 * telling"); null when there is none.
 */
function objectOfVerb(
  article: Article,
  tokens: Token[],
  slots: Slot[],
  verbs: ReadonlySet<string>,
  speech: number,
  end: number,
): Slot | null {
  const reach = speech - 1;
  const verb = tokens.findLastIndex((t, k) => k < reach && k >= reach - MADE_OBJECT_TOKENS && verbs.has(t.lower));
  if (verb === -1) return null;
  const np = npAt(article, tokens, slots, verb + 1);
  return np.slot !== null && np.span?.to === end ? np.slot : null;
}

/**
 * Nouns of what somebody said or thinks, each with the preposition that opens the frame around its owner: "in her
 * words", "in Hale's view", "to Hale's mind", "by Hale's account" — the owner speaks the quote the sentence goes on
 * with.
 */
export const OWNED_VIEW_FRAMES: ReadonlyMap<string, string> = new Map([
  ['words', 'in'],
  ['view', 'in'],
  ['opinion', 'in'],
  ['estimation', 'in'],
  ['mind', 'to'],
  ['account', 'by'],
  ['reckoning', 'by'],
]);

export function findCues(article: Article, sentence: Sentence, slots: Slot[], subject: Slot | null): Cue[] {
  const { tokens } = sentence;
  const cues: Cue[] = [];
  // (A sentence opening with a word of being asked: the verbs of what was asked are no cues.)
  const askedEnd = askedAboutEnd(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const w = lowerAt(tokens, i);
    // "in the words of X, “…”": X speaks.
    if (w === 'words' && lowerAt(tokens, i + 1) === 'of' && lowerAt(tokens, i - 1) === 'the') {
      const np = npAt(article, tokens, slots, i + 2);
      if (np.slot !== null) {
        cues.push({ verb: i, verbEnd: i + 2, np: np.span, subject: np.slot, blocking: false, inverted: true });
        continue;
      }
    }
    // "in her words, “…”", "in Hale's own words", "in her view, the ferry “…”", "by Hale's account": the owner of the
    // words or the view speaks (OWNED_VIEW_FRAMES).
    const frameLink = OWNED_VIEW_FRAMES.get(w);
    if (frameLink !== undefined) {
      const own = lowerAt(tokens, i - 1) === 'own' ? i - 2 : i - 1;
      const owner = slots.find((s) => s.to === own + 1 && (s.kind === 'pronoun' || s.kind === 'name'));
      if (owner !== undefined && lowerAt(tokens, owner.from - 1) === frameLink) {
        cues.push({
          verb: i,
          verbEnd: i + 1,
          np: { from: owner.from, to: owner.to },
          subject: owner,
          blocking: false,
          inverted: false,
        });
        continue;
      }
    }
    if (w === 'according' && lowerAt(tokens, i + 1) === 'to') {
      // "according to a statement from X": the statement's author speaks.
      const from = i + 2 + documentFromLength(tokens, i + 2);
      const np = npAt(article, tokens, slots, from);
      // ("according to Harbour Trams managing director Ana Ruiz": the body's officer named after its role speaks.)
      const officer = np.slot === null ? undefined : nameAfterRoleWords(tokens, slots, np.slot.to);
      const source = officer === undefined ? np : { slot: officer, span: { from, to: officer.to } };
      cues.push({
        verb: i,
        verbEnd: from,
        np: source.span,
        subject: source.slot,
        blocking: np.blocking,
        inverted: true,
      });
      continue;
    }
    // ("Minutes of the meeting quote the manager X as saying": a quoting verb that reports no words of its own.)
    const quoting = QUOTING_AS_VERBS.has(w) && !SPEECH_VERBS.has(w) ? quotedAsSaying(article, tokens, slots, i) : null;
    if (quoting !== null) {
      cues.push({ verb: i, verbEnd: quoting.to, np: quoting, subject: quoting.slot, blocking: false, inverted: true });
      continue;
    }
    if (!isSpeechVerbAt(tokens, i)) continue;
    // "“…,” Said said": a capitalised speech verb inside the sentence, before the speech verb, is a name's.
    if (i > 0 && tokens[i]?.capital === true && isSpeechVerbAt(tokens, i + 1)) continue;
    // "Asked about the draw, he said …", "Asked whether she would stay: “…”": a participle opening the sentence says
    // what the speaker was asked; it names no speaker of its own.
    if (i === 0 && opensAskedAbout(tokens)) continue;
    // ("Posted on Instagram: “…”", "Speaking to Harbour Radio: “…”": nor does a label of where the words were said.)
    if (i === 0 && MEDIUM_LABEL_OPENERS.has(lowerAt(tokens, 0)) && topicLabelEnd(tokens) !== -1) continue;
    // ("Pressed on whether the crew had planned a walkout, NAME was firm: “…”": nor does a verb inside that clause.)
    if (i < askedEnd) continue;
    // "NAME's last words were, I think, the right ones:": the writer's aside set off by commas reports nobody.
    if (writersAside(tokens, i)) continue;
    // ("“…,” Hale was finally told": adverbs may stand between a passive's be and its participle.)
    const be = passiveBeBefore(tokens, i);
    // "Hale was said to be in a “cheerful” frame of mind": a passive speech verb before "to" reports what others
    // say of the subject, who does not speak.
    // (Not "was speaking to the Courier": a form in -ing after it is no passive.)
    if (be !== -1 && lowerAt(tokens, i + 1) === 'to' && !w.endsWith('ing')) continue;
    // "He was described by former chairman Ann Hale as one of the “great gentlemen”": the agent speaks.
    const agent = passiveAgent(article, tokens, slots, i, be) ?? earlierAgent(article, tokens, slots, i, be);
    if (agent !== null) {
      // ("“Stay upstairs,” she was told by fire chief NAME": right after a quotation, the passive's subject opens the
      // phrase that credits it to the agent.)
      const start = PUT_TO_VERBS.has(w) ? passiveSubjectStart(tokens, be) : -1;
      if (start !== -1) {
        const np = { from: start, to: agent.span.to };
        cues.push({ verb: i, verbEnd: i + 2, np, subject: agent.slot, blocking: false, inverted: false });
      } else
        cues.push({ verb: i, verbEnd: i + 2, np: agent.span, subject: agent.slot, blocking: false, inverted: true });
      continue;
    }
    // ("“Stay upstairs,” she was told by firefighters", "“Will you stand again?” Hale was asked.": whoever a
    // passive of PUT_TO_VERBS puts words to does not speak them; with no agent the reader knows, nobody does.)
    // (Its subject is the cue's phrase, blocking: a credit after it — "“…,” staff were told, union organiser NAME
    // said" — is the teller's account, no speaker of the words.)
    const told = PUT_TO_VERBS.has(w) && be !== -1 ? passiveSubjectStart(tokens, be) : -1;
    if (told !== -1) {
      cues.push({
        verb: i,
        verbEnd: i + 1,
        np: { from: told, to: i - 1 },
        subject: null,
        blocking: true,
        inverted: false,
      });
      continue;
    }
    // "said telling Dahl had been “…”", "denied saying": a speech verb's gerund is what was said, not a verb of its own.
    if (/ing$/u.test(w) && isSpeechVerbAt(tokens, i - 1)) continue;
    // "TASS quoted Foreign Minister X as saying", "cited NAME as saying": the one quoted speaks, not the one quoting.
    const quoted = QUOTING_AS_VERBS.has(w) ? quotedAsSaying(article, tokens, slots, i) : null;
    if (quoted !== null) {
      cues.push({ verb: i, verbEnd: quoted.to, np: quoted, subject: quoted.slot, blocking: false, inverted: true });
      continue;
    }
    const particle = PHRASAL_SPEECH_VERBS.get(w);
    const verbEnd = particle !== undefined && lowerAt(tokens, i + 1) === particle ? i + 2 : i + 1;
    const prev = tokens[i - 1];
    // ("… and then added:", "… but said:", "…, then added:": "then" after "and", "but" or a comma joins the speech verb
    // to the clause as "and" or "but" alone does — BARE_CLAUSE_JOINS.)
    const afterAnd =
      BARE_CLAUSE_JOINS.has(prev?.lower ?? '') ||
      (JOINING_ADVERBS.has(prev?.lower ?? '') &&
        (BARE_CLAUSE_JOINS.has(lowerAt(tokens, i - 2)) || tokens[i - 2]?.text === ','));
    // "…," said X: the speaker follows the verb right after a quotation or at the start of the sentence.
    // "“…” So says X": "so" hands the quote on to the inverted verb after it.
    const handedOn = prev?.lower === 'so' && (i === 1 || tokens[i - 2]?.kind === 'quote');
    // ("NAME said the tariff showed ‘…’, adding that the sector ‘…’": a participle after a quote in the sentence's
    // own clause goes on for its subject, not as an inverted verb after a quote.)
    const participleGoesOn = /ing$/u.test(w) && prev?.text === ',' && subject !== null && subject.from < i - 2;
    // ("NAME, who had called the festival “…,” welcomed the decision": nor one closing a "who" clause set off
    // after the sentence's subject, quoteInWhoClause.)
    const quoteBefore = prev?.kind === 'quote' ? i - 1 : i - 2;
    const afterQuote =
      (prev?.kind === 'quote' ||
        bracketAfterQuote(tokens, i) ||
        (prev?.text === ',' && tokens[i - 2]?.kind === 'quote' && !participleGoesOn) ||
        prev === undefined ||
        (handedOn && INVERTING_SPEECH_VERBS.has(w))) &&
      !quoteInWhoClause(tokens, quoteBefore);
    // "…, prompting Judge Ode to ask: “…”": the one made to speak says the quote the infinitive brings in.
    const made = prev?.lower === 'to' ? madeToSpeak(article, tokens, slots, i, verbEnd) : null;
    if (made !== null) {
      cues.push(slotCue(i, verbEnd, made));
      continue;
    }
    // "…, recalled a senior nurse telling her: “…”": the one recalled speaking says the quote the gerund brings in.
    const recalled = afterQuote ? null : recalledSpeaking(article, tokens, slots, i);
    if (recalled !== null) {
      cues.push(slotCue(i, verbEnd, recalled));
      continue;
    }
    if (!afterQuote) {
      // ", calling it …", ", adding that …": a participle clause speaks for the sentence's subject, whatever
      // clause stands between ("He warned of damage as the storm passes, saying …"). "Tran took to social media on
      // Friday to say …": so does an infinitive, unless somebody between is the one asked or urged to speak ("asked
      // Jones to say").
      // ("Okafor held out a hand saying …": a participle may follow its clause with no comma, nobody between —
      // nor a thing said: "a reply describing the plan as …" is the reply's.)
      const participle =
        /ing$/u.test(w) &&
        (prev?.text === ',' ||
          (prev?.kind === 'word' &&
            subject !== null &&
            subjectsInfinitive(tokens, slots, subject, i) &&
            !tokens.slice(subject.to, i).some((t) => SPEECH_NOUNS.has(t.lower))));
      const infinitive = prev?.lower === 'to' && subject !== null && subjectsInfinitive(tokens, slots, subject, i);
      // "Hale recalled that a young Berg had marched in and told him: “…”": a speech verb after "and" in a reported
      // clause speaks for that clause's subject, not the sentence's.
      const reported = afterAnd ? reportedClauseSubject(tokens, slots, i) : undefined;
      if (reported !== undefined) {
        cues.push(slotCue(i, verbEnd, reported));
        continue;
      }
      // ("NAME said a garda came over and told them: “…”": nor for the sentence's when that subject is somebody
      // unnamed; nobody the quote can be given to speaks.)
      const unnamed = afterAnd ? unnamedReportedSubject(tokens, i) : -1;
      if (unnamed !== -1) {
        cues.push({
          verb: i,
          verbEnd,
          np: { from: unnamed, to: i - 1 },
          subject: null,
          blocking: true,
          inverted: false,
        });
        continue;
      }
      // "Tom Hale thanked the crew and said: “…”": a speech verb joined to the subject's own verb by "and".
      const joined = afterAnd && subject !== null && joinedSpeechVerb(tokens, subject.to) === i;
      // ("As she left the court she turned to the cameras and said: “…”": the subject of the clause it is joined to.)
      const clauseJoined =
        afterAnd && !joined
          ? slots.findLast(
              (s) =>
                (s.subject === true || (s.kind === 'pronoun' && SUBJECT_PRONOUNS.has(s.text.toLowerCase()))) &&
                s.to <= i &&
                joinedSpeechVerb(tokens, s.to) === i,
            )
          : undefined;
      if (clauseJoined !== undefined) {
        cues.push(slotCue(i, verbEnd, clauseJoined));
        continue;
      }
      // ("…, the writer NAME, who presented the award and told the audience: “…”": joined to a relative clause.)
      const relative = afterAnd && !joined ? relativeJoinedSpeaker(tokens, slots, i) : undefined;
      if (relative !== undefined) {
        cues.push(slotCue(i, verbEnd, relative));
        continue;
      }
      if ((participle || infinitive || joined) && subject !== null && subject.from < i) {
        // ("Commissioner for Schools, Ann Hale, condemned the action, insisting …": the subject read is a role, and the
        // speech verb before has the name set off after it as its speaker: the participle goes on with that one.)
        const before = subject.kind === 'role' ? cues.findLast((c) => !c.blocking)?.subject : undefined;
        const speaker = before?.kind === 'name' && before.from > subject.from ? before : subject;
        cues.push({
          verb: i,
          verbEnd,
          np: { from: speaker.from, to: speaker.to },
          subject: speaker,
          blocking: false,
          inverted: false,
        });
        continue;
      }
      // "The 45-year-old thanked her fans, adding: “…”": with no subject read, the clause speaks for the speech
      // verb before it.
      const earlier = cues.findLast((c) => c.subject !== null && !c.blocking);
      if (prev?.text === ',' && /ing$/u.test(w) && earlier !== undefined) {
        cues.push({ ...earlier, verb: i, verbEnd });
        continue;
      }
      if (describesThingBefore(tokens, i) || describesPeopleBefore(tokens, i)) continue;
      // ("NAME, who had insisted all winter that there was “…”, conceded": the one the "who" refers back to.)
      const ownRelative = relativeOwnSpeaker(tokens, slots, i);
      if (ownRelative !== undefined) {
        cues.push(slotCue(i, verbEnd, ownRelative));
        continue;
      }
      // "… the grounds in the application, which say, “…”": a thing speaks, nobody the quote can be given to.
      if (lowerAt(tokens, i - 1) === 'which') {
        cues.push({ verb: i, verbEnd, np: null, subject: null, blocking: true, inverted: false });
        continue;
      }
      // ("The chair of the bloc, President NAME of the Tarn Isles, told …": the name set off after the role that
      // opens the sentence, and its remit, close on the comma before the verb; the body in the role's remit is no
      // speaker with an aside after it.)
      if (
        prev?.text === ',' &&
        subject?.kind === 'name' &&
        subject.from > 0 &&
        nameRemitEnd(tokens, subject.to) === i - 1
      ) {
        cues.push(slotCue(i, verbEnd, subject));
        continue;
      }
      const np = npBefore(article, tokens, slots, i);
      if (np.slot !== null || np.blocking || prev?.kind === 'word') {
        cues.push({ verb: i, verbEnd, np: np.span, subject: np.slot, blocking: np.blocking, inverted: false });
        continue;
      }
      // ("Her nephew, an apprentice who did not want his name printed, said he had “…”": the sentence's subject, set off by
      // an aside before the verb, speaks; the "he" after the verb opens what was said.)
      if (
        prev?.text === ',' &&
        subject !== null &&
        subject.from < i &&
        !tokens.some((t, k) => k < i && t.kind === 'quote')
      ) {
        cues.push(slotCue(i, verbEnd, subject));
        continue;
      }
      // ("Former Test quick Ann Hale was less forgiving, telling local radio …": with no subject read, a participle
      // after the comma closing the first name's clause speaks for that name, not for whom it tells.)
      const firstName = prev?.text === ',' ? slots.find((s) => s.kind === 'name') : undefined;
      if (firstName !== undefined && participleSpeechVerb(tokens, firstName.to) === i) {
        cues.push(slotCue(i, verbEnd, firstName));
        continue;
      }
      const forward = npAt(article, tokens, slots, verbEnd);
      cues.push({
        verb: i,
        verbEnd,
        np: forward.slot ? forward.span : null,
        subject: forward.slot,
        blocking: false,
        inverted: true,
      });
      continue;
    }
    const np = npAt(article, tokens, slots, verbEnd);
    // ("“…,” argued the Chair of the Board, Councillor Ann Hale.": the name set off after the role speaks.)
    const named = np.slot === null ? undefined : nameClosingRole(tokens, slots, np.slot);
    if (named !== undefined) {
      cues.push({
        verb: i,
        verbEnd,
        np: { from: verbEnd, to: named.to },
        subject: named,
        blocking: false,
        inverted: true,
      });
      continue;
    }
    cues.push({ verb: i, verbEnd, np: np.span, subject: np.slot, blocking: np.blocking, inverted: true });
  }
  return cues;
}

/** Most tokens of a role's remit between it and the name set off after it ("of the Council"). */
const ROLE_REMIT_REACH = 5;

/**
 * The name set off by a comma after a role or description, closing its sentence (or clause): "the Chair of the
 * Board, Councillor Ann Hale.", "her neighbour, taxi driver Ann Hale." Undefined when no such name follows the role within a few words.
 */
function nameClosingRole(tokens: Token[], slots: Slot[], role: Slot): Slot | undefined {
  if (role.kind !== 'desc' && role.kind !== 'role') return undefined;
  let comma = role.to;
  while (comma < role.to + ROLE_REMIT_REACH && tokens[comma]?.text !== ',' && tokens[comma]?.kind === 'word') comma++;
  if (tokens[comma]?.text !== ',') return undefined;
  // ("quipped her neighbour, tricycle driver Ana Ruiz.": a role of the name's own may stand before it.)
  const name = slots.find(
    (s) =>
      s.kind === 'name' &&
      (s.from === comma + 1 || (s.from > comma + 1 && roleBefore(tokens, s.from)?.from === comma + 1)),
  );
  const after = tokens[name?.to ?? -1];
  return name !== undefined && (after === undefined || ['.', ',', ';'].includes(after.text)) ? name : undefined;
}

/** Words after a participle that describes a thing: where or by whom it was made ("a clip posted on the ministry's page"). */
export const PARTICIPLE_LINKS: ReadonlySet<string> = new Set(['on', 'online', 'by', 'via', 'to', 'in', 'at']);

/** Nouns of recorded things that open a sentence with no determiner before a participle ("Video shared online …"). */
export const OPENING_THING_NOUNS: ReadonlySet<string> = new Set([
  ...['video', 'videos', 'footage', 'photos', 'photographs', 'images', 'pictures', 'documents', 'messages', 'emails'],
]);

/** Determiners before the thing a participle describes ("a video", "the letter", "his post"). */
const THING_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'this']);

/**
 * Whether the speech verb at i is a past participle describing the thing before it ("NAME said in a clip posted on
 * the ministry's page, “…”", "a statement posted online"): a determiner and a noun that is no person's or body's before it, a
 * preposition after it. It is no clause's verb, and names no speaker.
 */
function describesThingBefore(tokens: Token[], i: number): boolean {
  const noun = tokens[i - 1];
  if (!/ed$/u.test(tokens[i]?.lower ?? '') || !PARTICIPLE_LINKS.has(lowerAt(tokens, i + 1))) return false;
  // ("Video shared online shows …": a thing's noun opening the sentence needs no determiner.)
  if (i === 1 && OPENING_THING_NOUNS.has(noun?.lower ?? '')) return true;
  if (noun?.kind !== 'word' || noun.capital || !THING_DETERMINERS.has(lowerAt(tokens, i - 2))) return false;
  return !isRoleHead(noun.lower) && !isPluralOfPeople(noun.lower) && !ORGANISATION_NOUNS.has(noun.lower);
}

/** Pronouns a past participle may follow to describe people ("among those admitted", "anyone questioned"). */
export const PARTICIPLE_PRONOUNS: ReadonlySet<string> = new Set(['those', 'anyone', 'everyone', 'someone']);

/**
 * Whether the speech verb at i is a past participle describing the people a pronoun before it stands for ("her
 * daughter was among those admitted"): it is no clause's verb, and names no speaker.
 */
function describesPeopleBefore(tokens: Token[], i: number): boolean {
  return /ed$/u.test(tokens[i]?.lower ?? '') && PARTICIPLE_PRONOUNS.has(lowerAt(tokens, i - 1));
}

/** Whether the speech verb at `i` is a writer's aside set off by commas: ", I think," ", we suspect,". */
function writersAside(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 2]?.text === ',' && WRITER_SUBJECTS.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.text === ',';
}
