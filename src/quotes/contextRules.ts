// Attribution rules that read around a quotation standing alone in its sentence: the speaker of the paragraph so
// far, the next quote's speaker, the sentence or paragraph before, a lead-in ending in a colon (credits: creditRules.ts).
import { opensAddressing } from './vocatives.ts';
import type { Token } from './tokens.ts';
import { lowerAt, quotationOnly } from './frames.ts';
import { normalizeName } from './match.ts';
import { isRoleHead } from './rolePhrases.ts';
import { subjectAppositiveEnd } from './verbReach.ts';
import { isTopicLabel, topicLabelEnd } from './layoutRuns.ts';
import { participialOpeningEnd } from './pronouns.ts';
import {
  ARTICLES,
  KINSHIP_NOUNS,
  SPEAKING_INTRODUCTIONS,
  SPEECH_NOUNS,
  UNNAMED_OPENERS,
  VERB_FILLERS,
} from './lexicon.ts';
import { BARE_CLAUSE_JOINS, DASHES, SEQUENCE_LEAD_INS } from './clauseWords.ts';
import { frontedNameStarts, invertedSubjectStart } from './topicFronts.ts';
import type { Slot } from './slots.ts';
import { isPluralOfPeople, roleBefore } from './rolePhrases.ts';
import { isOrganisationName } from './organisations.ts';
import { isPlaceName, PLACE_PREPOSITIONS } from './places.ts';
import { type Cue, cueText, datelineEnd, mainCue, reportsWords, type SentenceState } from './clauses.ts';
import { type Attribution, type AttributionContext, knownOrganisation, type QuotePlace } from './ruleTypes.ts';
import { colonSubject, presentedBy, sourceOfWords } from './colonRules.ts';
import { plainlySpokenUnderName } from './plainSpeech.ts';
import { viewHolder } from './viewHolders.ts';
import { speakerBefore, speakerClosingSentence, speakerRightAfter } from './sentenceRules.ts';

/** A quote that opens its sentence, with no speech verb in the sentence(s) it sits in: others may speak for it. */
export function standsAlone({ first, last }: QuotePlace): boolean {
  const { tokens } = first.state.sentence;
  // ("On the defeat: “…”": a topic label before the quote says what it is about, not who spoke it.)
  const opensSentence =
    tokens.slice(0, first.index).every((t) => t.kind === 'punct') ||
    topicLabelEnd(tokens) === first.index ||
    sequenceLeadIn(tokens, first.index) ||
    // ("HARBOUR CITY (KXYZ) - “…” That was the message from …": a dateline stands before it alone — its place in
    // capitals or a dash closing it, not "Ana Ruiz (ESP) “…”", a name and a code.)
    (first.index > 0 && datelineEnd(tokens) === first.index && datelineShaped(tokens, first.index));
  const own = (state: SentenceState): boolean => state.cues.some((c) => !bringsInLaterQuote({ last }, state, c));
  return !own(first.state) && !own(last.state) && opensSentence;
}

/** Whether a dateline ending at `at` opens with a word in capitals or closes with a dash ("Lisbon (AFP) –"). */
function datelineShaped(tokens: readonly Token[], at: number): boolean {
  const opening = tokens[0]?.text ?? '';
  return (opening.length > 1 && opening === opening.toUpperCase()) || DASHES.has(tokens[at - 1]?.text ?? '');
}

/** Whether the words before the quote at `at` are words of time alone and a colon ("Then:", "And then:"). */
function sequenceLeadIn(tokens: readonly Token[], at: number): boolean {
  const words = tokens.slice(0, at - 1);
  return (
    tokens[at - 1]?.text === ':' &&
    words.length > 0 &&
    words.some((t) => t.lower !== 'and') &&
    words.every((t) => t.kind === 'word' && SEQUENCE_LEAD_INS.has(t.lower))
  );
}

/** Most words of a quoted crosshead ("‘Taxes by stealth’" between two paragraphs of a council report). */
export const CROSSHEAD_WORDS = 6;

/**
 * Whether the quote is a crosshead set in quote marks: the only words of its paragraph, at most CROSSHEAD_WORDS, with
 * no stop, comma or other mark closing its words — a quoted sentence going on from the paragraph before has one.
 */
export function isCrosshead(context: AttributionContext, { first, last }: QuotePlace): boolean {
  const { tokens } = first.state.sentence;
  if (first.state !== last.state || tokens.length !== 1) return false;
  const { paragraph, index } = first.state.sentence;
  // (The article's last paragraph may be a quote the stored page cut off: "“But it’s unfortun".)
  const cutOff = context.article.paragraphs.at(-1)?.index === paragraph;
  // (The sentences are in order: the paragraph has no other when neither neighbour is in it.)
  const alone =
    context.states[index - 1]?.sentence.paragraph !== paragraph &&
    context.states[index + 1]?.sentence.paragraph !== paragraph &&
    !cutOff;
  const quote = tokens[0];
  if (!alone || quote === undefined) return false;
  const inside = context.article.text.slice(quote.start, quote.end).replace(/^[\s"'“”‘’]+|[\s"'“”‘’]+$/gu, '');
  return inside.split(/\s+/u).length <= CROSSHEAD_WORDS && /[\p{L}\p{N}]$/u.test(inside);
}

/**
 * "“…” Ann Hale added: “…”": whether the cue stands after the quote (in its last sentence or later) and brings in a
 * quote of its own after a colon — it is that quote's, not this one's.
 */
function bringsInLaterQuote(place: Pick<QuotePlace, 'last'>, state: SentenceState, cue: Cue): boolean {
  const after =
    state.sentence.index > place.last.state.sentence.index ||
    (state === place.last.state && cue.verb > place.last.index);
  const { tokens } = state.sentence;
  return after && tokens[cue.verbEnd]?.text === ':' && tokens[cue.verbEnd + 1]?.kind === 'quote';
}

/**
 * Who is speaking at the end of the sentences of `paragraph` before sentence `before`: the main speech verb of
 * the latest sentence that has one, or the speaker of its quotes.
 */
export function speakingBefore(
  context: AttributionContext,
  paragraph: number,
  before: number,
): { speaker: string | null; cue: string | null } | null {
  // Whether the sentences after the one read are only the writer's own lead-in to a colon handing on words.
  let leadInOnly = true;
  for (let i = before - 1; i >= 0; i--) {
    const state = context.states[i];
    if (!state || state.sentence.paragraph !== paragraph) break;
    const cue = mainCue(state);
    // ("The students say they will stay. NAME's last words to me were the right ones:": a lead-in closing the
    // paragraph with a colon brings in whoever it names, not the speaker of a sentence before it.)
    const closing = i === before - 1 && state.sentence.tokens[state.sentence.tokens.length - 1]?.text === ':';
    const leadIn = closing && cue === null ? colonSubject(state) : null;
    if (leadIn !== null) return { speaker: leadIn.entity, cue: leadIn.text };
    // ("NAME has been speaking on the radio. What follows is our own translation:": the one the sentence
    // before a nameless lead-in has speaking speaks.)
    const introduced = leadInOnly && cue === null ? speakingSubject(state) : null;
    if (introduced !== null && introduced.entity !== null) return { speaker: introduced.entity, cue: introduced.text };
    leadInOnly = closing && cue === null && handsOnWords(state);
    const lastSaid = lastQuoteSaid(context, state);
    if (cue) {
      const speaker = cue.subject?.entity ?? null;
      // ("“…,” said the defender." under "AARON DUNNE (Harbour Town)": a subject the coreference left unresolved
      // goes on as the speaker a rule gave the sentence's quote.)
      if (speaker === null && lastSaid?.speaker) return { speaker: lastSaid.speaker, cue: lastSaid.cue };
      return { speaker, cue: cueText(context.article, state, cue) };
    }
    if (lastSaid !== null) return { speaker: lastSaid.speaker, cue: lastSaid.cue };
  }
  return null;
}

/** Nouns by which the writer hands on the words of the one speaking before ("Below, the translation we made:"). */
export const HANDED_ON_WORDS: ReadonlySet<string> = new Set([
  'translation',
  'passage',
  'excerpt',
  'excerpts',
  'extract',
  'transcript',
  'highlights',
]);

/**
 * Whether a lead-in closing on a colon hands on somebody's words without naming anybody: a HANDED_ON_WORDS noun, no
 * name, and no possessive of a name or body ("The opposition's response came:" has a speaker of its own).
 */
function handsOnWords(state: SentenceState): boolean {
  const { tokens } = state.sentence;
  if (state.slots.some((s) => s.entity !== null || s.kind === 'name')) return false;
  if (tokens.some((t) => t.possessive === true)) return false;
  return tokens.some((t) => t.kind === 'word' && HANDED_ON_WORDS.has(t.lower));
}

/**
 * The subject of a sentence with no quote of its own that has it speaking without a speech verb's words
 * (SPEAKING_INTRODUCTIONS after it: "Coach NAME spoke to reporters after training", "NAME has been speaking on
 * the radio"), when a name; null otherwise.
 */
export function speakingSubject(state: SentenceState): Slot | null {
  const { subject, sentence } = state;
  const { tokens } = sentence;
  if (subject === null || subject.kind !== 'name' || tokens.some((t) => t.kind === 'quote')) return null;
  // The subject's own verb: past auxiliaries and a coordinated subject ("NAME and captain NAME spoke"), no clause
  // of somebody else's ("NAME left shortly before NAME spoke").
  for (let k = subject.to; k < tokens.length; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word') return null;
    if (SPEAKING_INTRODUCTIONS.has(t.lower)) return subject;
    const coordinated = t.lower === 'and' || t.capital || ARTICLES.has(t.lower) || isRoleHead(t.lower);
    if (!VERB_FILLERS.has(t.lower) && !coordinated) return null;
  }
  return null;
}

/** The attribution of a sentence's last quote already attributed (and no quoted term), found from the end. */
function lastQuoteSaid(context: AttributionContext, state: SentenceState): Attribution | null {
  const { tokens } = state.sentence;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t?.kind !== 'quote' || t.quote === undefined) continue;
    const said = context.done.get(t.quote);
    if (said !== undefined && !isTermQuoted(t.text)) return said;
  }
  return null;
}

/**
 * Whether quoted words inside a writer's sentence are a name set off by quotation marks rather than somebody's
 * words: two words or more, every long one capitalised ("the ‘Harbour Lions’", "the club's ‘Player of the Year’").
 */
export function isTermQuoted(quoted: string): boolean {
  const words = quoted.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length >= 2 && words.every((w, i) => (i > 0 && w.length < 4) || /^\p{Lu}/u.test(w));
}

/**
 * "Okafor said the plan would fail. The cuts were “a betrayal of every voter”, and the party would fight them.": a
 * quote inside a writer's sentence that has no speech verb and names nobody carries on the reported speech of
 * the paragraph, or of the paragraph before when it opens its own. (A quote opening its sentence is left to the
 * rules for quotes standing alone.)
 */
export function reportedSpeechGoesOn(context: AttributionContext, place: QuotePlace): Attribution | null {
  const { first, last } = place;
  if (first.state !== last.state || first.state.cues.length > 0) return null;
  const inside = first.state.sentence.tokens.slice(0, first.index).some((t) => t.kind === 'word');
  if (!inside || first.state.slots.some((s) => s.entity !== null || s.kind === 'name')) return null;
  if (isTermQuoted(first.state.sentence.tokens[first.index]?.text ?? '')) return null;
  // "Many voters see the plan as “…”": the sentence is about other people, who may be the ones quoted.
  if (first.state.sentence.tokens.some((t) => t.kind === 'word' && isPluralOfPeople(t.text))) return null;
  // "The Union's commission, in a statement: “…”": a label naming somebody (unresolved) introduces the quote.
  if (first.state.sentence.tokens[first.index - 1]?.text === ':' && first.state.slots.length > 0) return null;
  const paragraph = first.state.sentence.paragraph;
  const current = speakingBefore(context, paragraph, first.state.sentence.index);
  if (current) return current.speaker !== null ? { ...current, method: 'same-paragraph' } : null;
  const opens = context.states.find((s) => s.sentence.paragraph === paragraph) === first.state;
  const previous = opens ? introducingParagraph(context, paragraph) : null;
  const speaker = previous === null ? null : (context.paragraphSpeaker.get(previous) ?? null);
  return speaker === null ? null : { speaker, cue: null, method: 'continuation' };
}

/** "…," he said. "…": somebody already speaking earlier in the paragraph goes on. */
export function sameParagraphSpeaker(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const current = speakingBefore(context, place.first.state.sentence.paragraph, place.first.state.sentence.index);
  return current ? { ...current, method: 'same-paragraph' } : null;
}

/** How far ahead in its paragraph a quote standing alone looks for the speaker of the next quote. */
const LATER_SENTENCES = 2;

/**
 * “This is terrible.” Brown paused. “But we will rebuild,” she said: a quote standing alone at the start of its
 * paragraph's talk goes to the speaker of the next quote of the paragraph, when no other speech verb comes between.
 */
export function laterInParagraph(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const start = place.last.state.sentence.index;
  const paragraph = place.last.state.sentence.paragraph;
  for (let i = start + 1; i <= start + LATER_SENTENCES; i++) {
    const state = context.states[i];
    if (!state || state.sentence.paragraph !== paragraph) return null;
    const tokens = state.sentence.tokens;
    const quoteAt = tokens.findIndex((t) => t.kind === 'quote');
    const quote = quoteAt < 0 ? undefined : tokens[quoteAt]?.quote;
    if (quote === undefined) {
      if (state.cues.length > 0) return null;
      continue;
    }
    const at = { state, index: quoteAt };
    const later: QuotePlace = { quote, first: at, last: at };
    const answer =
      speakerRightAfter(context, later) ?? speakerBefore(context, later) ?? speakerClosingSentence(context, later);
    if (answer === null || answer.speaker === null) return null;
    return { speaker: answer.speaker, cue: answer.cue, method: 'later-in-paragraph' };
  }
  return null;
}

/**
 * “Smith was defiant. “We will not give up.””: a quote standing alone right after a sentence of its paragraph that
 * has no speech verb and names one person, its subject, goes to that person.
 */
export function subjectBefore(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const before = context.states[place.first.state.sentence.index - 1];
  if (!before || before.sentence.paragraph !== place.first.state.sentence.paragraph) return null;
  return subjectOf(before, quotedWords(context, place), context);
}

/** The text of the quote piece at `at` (a place's first or last) as the article writes it; empty when none. */
export function quoteTextAt(context: AttributionContext, at: QuotePlace['first']): string {
  const quote = at.state.sentence.tokens[at.index];
  return quote === undefined ? '' : context.article.text.slice(quote.start, quote.end);
}

/** The words of the quote a place opens with, normalised, for telling whom it speaks of. */
export function quotedWords(context: AttributionContext, place: QuotePlace): ReadonlySet<string> {
  return new Set(normalizeName(quoteTextAt(context, place.first)).split(' '));
}

/**
 * “Curator Ben Aldous has chosen every piece in the show. ¶ “It is the best work she has made.””: a paragraph that
 * is quotation only, right under a body paragraph whose last sentence has no speech verb and names one person, its
 * subject, goes to that person. A paragraph with words of the writer's own (“…,” read the banner above Berg) says
 * whose words they are itself.
 */
export function subjectOfParagraphBefore(context: AttributionContext, place: QuotePlace): Attribution | null {
  const before = sentenceAboveQuotation(context, place);
  if (before === null) return null;
  // ("On her coach, NAME, her mother’s cousin:" ¶ "“…”": a topic's label names whom the quote is
  // about, not who speaks it.)
  if (isTopicLabel(before.sentence.tokens)) return null;
  return subjectOf(before, quotedWords(context, place), context);
}

/**
 * The last sentence of the body paragraph right above the quote's paragraph, when that paragraph is quotation only and
 * the quote opens it; null otherwise.
 */
export function sentenceAboveQuotation(context: AttributionContext, place: QuotePlace): SentenceState | null {
  const { first } = place;
  const paragraph = first.state.sentence.paragraph;
  const own = paragraphStates(context, paragraph);
  if (own[0] !== first.state || !own.every((s) => quotationOnly(s.sentence))) return null;
  const before = context.states[first.state.sentence.index - 1];
  if (!before || before.sentence.paragraph !== paragraph - 1 || before.sentence.kind !== 'body') return null;
  return before;
}

/** Whether the sentence opens with a role of words alone, then the subject's name set off in commas. */
function roleOpensBefore(tokens: readonly Token[], subject: Slot): boolean {
  if (tokens[subject.from - 1]?.text !== ',' || tokens[subject.to]?.text !== ',') return false;
  const lead = tokens.slice(0, subject.from - 1);
  return lead.every((t) => t.kind === 'word') && lead.some((t) => !t.capital && isRoleHead(t.lower));
}

/**
 * The one person a sentence with no speech verb and no quote is about: its subject, when it names nobody else —
 * nobody else but one the quote speaks of by a word of their name or the role before it ("Ode would not point at
 * referee Ann Hale … “Nobody should look at the referee for this.”").
 */
function subjectOf(
  before: SentenceState,
  quoted: ReadonlySet<string>,
  context: AttributionContext,
): Attribution | null {
  // "Ward was blunt when asked about the strikes.": a speech verb with nobody before it reports nobody else.
  // ("Asked whether the board would say more, Ward was blunt.": one in an opening participial clause
  // is the question put to the subject, no report of anybody's words.)
  const opening = participialOpeningEnd(before.sentence.tokens);
  const reported = before.cues.some((c) => !(opening !== -1 && c.verb < opening));
  if (
    (reported && reportsWords(before)) ||
    before.sentence.tokens.some((t) => t.kind === 'quote' && !isTermQuoted(t.text))
  )
    return null;
  const fronted = topicFronted(before);
  const ending = fronted === null ? endingClauseSubject(before, context) : null;
  const subject = ending ?? fronted ?? before.subject;
  // ("For the mayor, the lesson is simple.": a role or description set up as the topic stands for whom it resolved to.)
  if (subject === null || subject.entity === null || subject.kind === 'other') return null;
  // ("Her son just shrugs. “…”": so does a relative the article introduced by name, as "her son, NAME,", sharing
  // the surname of the person the sentences before are about, whose relative the possessive says it is.)
  const relative =
    KINSHIP_NOUNS.has(subject.text.split(' ').at(-1)?.toLowerCase() ?? '') &&
    subject.entity !== null &&
    sharesSurnameWithSubjectBefore(context, before, subject.entity);
  if (subject.kind === 'desc' && fronted === null && subject.determiner !== 'the' && !relative) return null;
  // (Not "Ward's lawyer was blunt": somebody of Ward's. But "Ward's message was simple. “…”": what Ward said.)
  const { tokens } = before.sentence;
  if (tokens[subject.to - 1]?.possessive === true && !SPEECH_NOUNS.has(lowerAt(tokens, subject.to))) return null;
  // Every name counts, known or not: "Okafor met harbour master Ben Ruiz" is about two people.
  // (Not "of Fenwick Street, Hollowmere,": where the subject lives is no second person.)
  // (Nor "taken to Hale Street Hospital": a body's or place's name is nobody.)
  // (Nor "when the Corran Ridge fire jumped State Route 12": a run after "the", or one holding a number, is a
  // thing's name.)
  const unknownName = (x: Slot): boolean =>
    (x.kind === 'name' ||
      (x.kind === 'other' &&
        x.text.includes(' ') &&
        lowerAt(tokens, x.from - 1) !== 'the' &&
        !/\d/u.test(`${x.text} ${tokens[x.to]?.text ?? ''}`) &&
        !placeAfterPreposition(before.sentence.tokens, x.from) &&
        !isOrganisationName(x.text.split(' ')) &&
        !isPlaceName(x.text))) &&
    x.from >= subject.to;
  // ("She then turned to Whitby.": whom the subject turns to and addresses is the listener, no second speaker.)
  const listener = (x: Slot): boolean => x.from >= subject.to && addressedAt(before.sentence.tokens, x.from);
  // ("Cllr NAME, no kin of the council’s leader, was blunt.": whom the subject's appositive names is no
  // second person the sentence is about.)
  const appositiveEnd = subjectAppositiveEnd(tokens, subject.to);
  const described = (x: Slot): boolean => x.from > subject.to && x.to <= appositiveEnd;
  // ("Asked whether she would stand again, Ward shook her head.": a he or she in the clause before the subject is
  // the subject, whomever the reader took it for.)
  // ("Asked whether the board would say more, Ward was blunt.": nor is a body the question put to the subject
  // names.)
  const ahead = (x: Slot): boolean =>
    (x.kind === 'pronoun' || (opening !== -1 && !reported && x.to <= opening)) && x.to <= subject.from;
  // ("Harbour Party member for East Tarrow Dr Ana Ruiz has been speaking …": the body and the place of the subject's
  // own title, written right before the name, are nobody else.)
  // ("Harbour Trust warden for Tarrow, Dr Ana Ruiz, was blunt.": nor are those of a role opening the sentence
  // before the subject's name set off in commas.)
  const roleLead = roleOpensBefore(tokens, subject);
  const titling = (x: Slot): boolean =>
    x.to <= subject.from &&
    (roleLead || !tokens.slice(x.from, subject.from).some((t) => t.text === ',' || t.kind === 'quote'));
  // ("Ruiz's coach, former champion Tom Hale, was watching.": the name owning the subject's role is nobody else
  // the sentence is about.)
  const owning = (x: Slot): boolean => x.ownsSubject === true && x.to <= subject.from;
  const spokenOf = (x: Slot): boolean =>
    x.from >= subject.to &&
    x.kind === 'name' &&
    (normalizeName(x.text)
      .split(' ')
      .some((w) => w.length > 2 && quoted.has(w)) ||
      (isRoleHead(lowerAt(tokens, x.from - 1)) && quoted.has(lowerAt(tokens, x.from - 1))));
  // (An earlier clause's people are behind the clause the sentence ends on.)
  const earlier = (x: Slot): boolean => ending !== null && x.to <= ending.from;
  // ("NAME paid tribute to the fans in the North Stand.": a body the subject acts on is nobody who speaks.)
  const body = (x: Slot): boolean => x.from >= subject.to && x.entity !== null && knownOrganisation(context, x.entity);
  const named = new Set(
    before.slots.flatMap((x) =>
      listener(x) || described(x) || ahead(x) || titling(x) || owning(x) || spokenOf(x) || body(x) || earlier(x)
        ? []
        : x.entity !== null
          ? [x.entity]
          : unknownName(x)
            ? [x.text]
            : [],
    ),
  );
  // "Ward met union leader Sam Price, but she was in no mood to compromise.": a later clause's he or she, the
  // subject the reader resolved, is whom the sentence ends on.
  const last = before.slots.findLast((x) => x.subject && x.kind === 'pronoun' && x.entity !== null && x !== subject);
  if (named.size !== 1 && last?.entity === subject.entity)
    return { speaker: subject.entity, cue: last.text, method: 'subject-before' };
  if (named.size !== 1) return null;
  return { speaker: subject.entity, cue: subject.text, method: 'subject-before' };
}

/**
 * "NAME's side are chasing fourth place, and NAME was full of praise for them.": a person named heading the
 * sentence's last clause, joined by ", and" or ", but", is whom the sentence ends on — when the first clause's
 * subject is no person ("Hale waited at the quay, but Olsen never came." is about both).
 */
function endingClauseSubject(before: SentenceState, context: AttributionContext): Slot | null {
  const { tokens } = before.sentence;
  const main = before.subject;
  const mainPerson =
    main !== null &&
    main.entity !== null &&
    tokens[main.to - 1]?.possessive !== true &&
    !knownOrganisation(context, main.entity);
  if (mainPerson) return null;
  const last = before.slots.findLast((x) => x.subject && x !== main && x.kind === 'name' && x.entity !== null);
  if (last === undefined || last.entity === null || (main !== null && last.from < main.to)) return null;
  if (tokens[last.from - 2]?.text !== ',' || !BARE_CLAUSE_JOINS.has(lowerAt(tokens, last.from - 1))) return null;
  return knownOrganisation(context, last.entity) ? null : last;
}

/** Whether token k opens a place's name after a preposition of place, with or without "the" ("at the Town Hall"). */
function placeAfterPreposition(tokens: Token[], k: number): boolean {
  const before = lowerAt(tokens, k - 1) === 'the' ? k - 2 : k - 1;
  return PLACE_PREPOSITIONS.has(lowerAt(tokens, before));
}

/**
 * Verbs by which a subject turns to somebody to speak to them ("turned to NAME", "looked at NAME", "addressed NAME"):
 * the phrase's object is the one spoken to. Each maps to the preposition it takes ("" for none).
 */
export const ADDRESSING_VERBS: ReadonlyMap<string, string> = new Map([
  ['turned', 'to'],
  ['turning', 'to'],
  ['looked', 'at'],
  ['looking', 'at'],
  ['addressed', ''],
  ['addressing', ''],
  ['faced', ''],
  ['facing', ''],
]);

/** Whether the phrase at token k is the object of an addressing verb (ADDRESSING_VERBS), perhaps after "the"/"directly". */
function addressedAt(tokens: Token[], k: number): boolean {
  let at = k - 1;
  if (lowerAt(tokens, at) === 'the') at--;
  for (const [verb, preposition] of ADDRESSING_VERBS) {
    const verbAt = preposition === '' ? at : lowerAt(tokens, at) === preposition ? at - 1 : -1;
    if (verbAt < 0) continue;
    const word = lowerAt(tokens, verbAt) === 'directly' ? lowerAt(tokens, verbAt - 1) : lowerAt(tokens, verbAt);
    if (word === verb) return true;
  }
  return false;
}

/** The name or resolved role a sentence sets up as its topic before a comma ("For NAME, …", "For the mayor, …": TOPIC_FRONTS). */
function topicFronted(state: SentenceState): Slot | null {
  const { tokens } = state.sentence;
  const starts = frontedNameStarts(tokens);
  // ("For Harbour Bank chairman Ana Ruiz, …": a name may follow its role, which then opens the topic.)
  const [front] = starts;
  const roleOpens = (x: Slot): boolean =>
    front !== undefined && x.kind === 'name' && (roleBefore(tokens, x.from)?.from ?? Infinity) <= front;
  const fronted = state.slots.find(
    (x) =>
      (starts.includes(x.from) || roleOpens(x)) &&
      x.kind !== 'pronoun' &&
      x.kind !== 'other' &&
      x.entity !== null &&
      tokens[x.to]?.text === ',',
  );
  if (fronted !== undefined) return fronted;
  // ("It is a sentiment shared by Ann Hale, a nurse.": whose view the sentence names is whom it is about.)
  const holder = viewHolder(tokens, state.slots);
  if (holder !== undefined) return holder;
  // "Among those at the meeting was NAME, who …": the name after a fronted phrase and a copula is the subject.
  const inverted = invertedSubjectStart(tokens);
  const named = state.slots.find((x) => x.from === inverted && x.kind === 'name' && x.entity !== null);
  return named !== undefined && (named.to === tokens.length || PAST_NAME.has(tokens[named.to]?.text ?? ''))
    ? named
    : null;
}

/** Marks that may follow an inverted subject's name: its end, or an appositive or clause set off after it. */
const PAST_NAME: ReadonlySet<string> = new Set([',', '.', '!']);

/** How many caption or teaser lines may stand between "She said:" and the quote it introduces. */
const LINES_BETWEEN = 2;

/** The sentences of `paragraph`, in order. */
export function paragraphStates(context: AttributionContext, paragraph: number): SentenceState[] {
  return context.states.filter((s) => s.sentence.paragraph === paragraph);
}

/** Whether a sentence of the writer's reports nobody's words: body prose, no speech verb, no quote but a term's. */
export function reportsNobody(state: SentenceState): boolean {
  return state.sentence.kind === 'body' && state.cues.length === 0 && quotesNobody(state);
}

/** Whether a sentence holds no quote but a term's ("the so-called “green levy”"). */
export function quotesNobody(state: SentenceState): boolean {
  return state.sentence.tokens.every((t) => t.kind !== 'quote' || isTermQuoted(t.text));
}

/** Whether `paragraph` reports nobody's words (reportsNobody) and names nobody, nor refers to anyone. */
export function namesNobody(context: AttributionContext, paragraph: number): boolean {
  const states = paragraphStates(context, paragraph);
  return (
    states.length > 0 &&
    states.every(
      (s) =>
        reportsNobody(s) &&
        s.slots.every((x) => x.entity === null && x.kind !== 'name' && x.kind !== 'pronoun' && !x.text.includes(' ')),
    )
  );
}

/**
 * The paragraph whose speaker a quote paragraph continues: the one before it, or — past a photo caption or a
 * "Read more" line the page put between them — the last body paragraph, when it ends in a colon ("She said:").
 */
export function introducingParagraph(context: AttributionContext, paragraph: number, passOver = false): number | null {
  if (context.paragraphSpeaker.has(paragraph - 1)) return paragraph - 1;
  // "“…,” Menon said. ¶ The regatta began badly for the ‘Harbour Lions’. ¶ “…”": a paragraph of the
  // writer's between two quote paragraphs that names nobody and reports nobody's words leaves the speaker on (for a
  // paragraph that is quotation only: `passOver`).
  // ("“…” ¶ On her coach, NAME, her mother’s cousin: ¶ “…”": so does a topic's label of its own, whoever it names.)
  if (
    passOver &&
    context.paragraphSpeaker.has(paragraph - 2) &&
    (namesNobody(context, paragraph - 1) || isTopicLabelParagraph(context, paragraph - 1))
  )
    return paragraph - 2;
  for (let p = paragraph - 1; p >= Math.max(0, paragraph - 1 - LINES_BETWEEN); p--) {
    const states = paragraphStates(context, p);
    if (states.length === 0) continue;
    if (states.every((s) => s.sentence.kind === 'heading')) continue;
    const last = states[states.length - 1]?.sentence;
    const closesWithColon = last?.kind === 'body' && last.tokens[last.tokens.length - 1]?.text === ':';
    return closesWithColon && context.paragraphSpeaker.has(p) ? p : null;
  }
  return null;
}

/** Whether a paragraph is one sentence that is a topic's label of its own ("On her coach, NAME, …:"). */
function isTopicLabelParagraph(context: AttributionContext, paragraph: number): boolean {
  const states = paragraphStates(context, paragraph);
  return states.length === 1 && isTopicLabel(states[0]?.sentence.tokens ?? []);
}

/** A paragraph that is a quote with no attribution of its own continues the previous paragraph's speaker. */
export function continuesPreviousParagraph(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place) || isCrosshead(context, place)) return null;
  const { first } = place;
  const paragraph = first.state.sentence.paragraph;
  const opening = first.index === 0 || topicLabelEnd(first.state.sentence.tokens) === first.index;
  const startsParagraph = context.states.find((s) => s.sentence.paragraph === paragraph) === first.state && opening;
  const previous = introducingParagraph(context, paragraph, true);
  if (!startsParagraph || previous === null) return null;
  const speaker = context.paragraphSpeaker.get(previous) ?? null;
  // ("We think the pitch will turn." under "Ana Ruiz (Rovers)": the speaker's own words printed plain introduce
  // nobody; the section's speaker goes on past them.)
  if (speaker === null && plainlySpokenUnderName(context, previous)) return null;
  // Speech verbs later in the paragraph only allow it when they report the same speaker going on ("“…” He
  // said the plan would work."), not somebody else answering.
  // ("“…” Ann Hale added: “…”": a later verb bringing in a quote of its own after a colon answers nothing.)
  const others = context.states.some(
    (s) =>
      s.sentence.paragraph === paragraph &&
      s.cues.some((c) => (speaker === null || c.subject?.entity !== speaker) && !bringsInLaterQuote(place, s, c)),
  );
  if (others) return null;
  // "“…” Okafor, 45, has led the union since 2015.": a paragraph that goes on about somebody else by name is
  // theirs, not the last speaker's.
  const someoneElse = context.states.some(
    (s) =>
      s.sentence.paragraph === paragraph &&
      s.sentence.index > place.last.state.sentence.index &&
      s.subject?.kind === 'name' &&
      s.subject.entity !== null &&
      s.subject.entity !== speaker,
  );
  if (someoneElse) return null;
  // ("The rowers asked us to print a note from their coach, NAME:": a lead-in naming whose words follow says
  // more than the nobody its speech verb's subject stands for.)
  if (speaker === null && (leadInParagraph(context, place)?.speaker ?? null) !== null) return null;
  // ("“No, NAME. It is not true.”" under NAME's question: a quote calling on the last speaker answers them.)
  if (speaker !== null && addressesPerson(context, place, speaker)) return null;
  return { speaker, cue: null, method: 'continuation' };
}

/** Whether the quotation opens by calling on the person `id` by name (opensAddressing). */
function addressesPerson(context: AttributionContext, place: QuotePlace, id: string): boolean {
  const name = context.people?.people.get(id)?.name;
  return name !== undefined && opensAddressing(quoteTextAt(context, place.first), name);
}

/**
 * Marks a lead-in closes with when the quote it introduces stands in the next paragraph: a colon ("Smith was blunt
 * about the plan:"), or a comma where the page broke the sentence before its quote ("He went on about the injury,").
 */
export const LEAD_IN_ENDINGS: ReadonlySet<string> = new Set([':', ',']);

/**
 * A quote paragraph under a paragraph whose last sentence ends in a lead-in mark (LEAD_IN_ENDINGS) with no speech
 * verb ("Smith was blunt about the plan:"): that sentence's subject speaks.
 */
export function leadInParagraph(context: AttributionContext, place: QuotePlace): Attribution | null {
  if (!standsAlone(place)) return null;
  const { first } = place;
  const paragraph = first.state.sentence.paragraph;
  const opens = context.states.find((s) => s.sentence.paragraph === paragraph) === first.state && first.index === 0;
  const before = context.states[first.state.sentence.index - 1];
  if (!opens || !before || before.sentence.paragraph !== paragraph - 1 || before.sentence.kind === 'title') return null;
  const tokens = before.sentence.tokens;
  const ending = tokens[tokens.length - 1]?.text ?? '';
  if (!LEAD_IN_ENDINGS.has(ending)) return null;
  // ("A tribute from NAME, his successor as MP:": the one the words come from; "Here's the key passage:", the
  // one the sentence before it has as its subject.)
  const subject =
    colonSubject(before) ?? sourceOfWords(before, tokens.length - 1) ?? presentedBy(context.states, before);
  if (subject !== null) return { speaker: subject.entity, cue: `${subject.text} …${ending}`, method: 'lead-in' };
  // ("A commuter from Skelby, who preferred not to be identified:": somebody unnamed leads in, so the words are nobody
  // named's, not the speaker's before.)
  const unnamed = ending === ':' ? unnamedSubject(before) : null;
  return unnamed === null ? null : { speaker: null, cue: `${unnamed.text} …${ending}`, method: 'lead-in' };
}

/** The subject of a sentence when words an indefinite opener opens (UNNAMED_OPENERS) stand for nobody named. */
function unnamedSubject(state: SentenceState): Slot | null {
  const subject = state.subject;
  if (subject === null || subject.entity !== null || (subject.kind !== 'desc' && subject.kind !== 'role')) return null;
  return UNNAMED_OPENERS.has(lowerAt(state.sentence.tokens, subject.from)) ? subject : null;
}

/** Most sentences back to the person whose relative a possessive names ("Her son just shrugs."). */
const RELATIVE_OWNER_SENTENCES = 3;

/**
 * Whether the latest subject before sentence `before` (within RELATIVE_OWNER_SENTENCES), a person other than
 * `relative`, has the relative's surname: "Ann Hale opens the café at six. ¶ Her son just shrugs." for "her son, Tom
 * Hale"; not after "Mia Holt has worked nights for years." for Ann Hale's son.
 */
function sharesSurnameWithSubjectBefore(context: AttributionContext, before: SentenceState, relative: string): boolean {
  const from = before.sentence.index - 1;
  for (let s = from; s >= Math.max(0, from - RELATIVE_OWNER_SENTENCES + 1); s--) {
    // ("“…,” Ann says. ¶ Her son just shrugs.": a quote's speaker is whom the sentence is about.)
    const state = context.states[s];
    const owner = (state === undefined ? null : mainCue(state)?.subject?.entity) ?? state?.subject?.entity;
    if (owner === undefined || owner === null || owner === relative) continue;
    if (knownOrganisation(context, owner)) return false;
    return owner.split(' ').at(-1) === relative.split(' ').at(-1);
  }
  return false;
}
