// The colon rule: a quote after a colon goes to the name, pronoun or role right before it, the subject of a
// sentence that leads in with one ("Smith was blunt:"), the one words come from ("A statement from NAME:"), or a
// document's author ("a letter, which read:").
import { bracketCredit } from './creditRules.ts';
import { isTopicLabel, roundupRun, topicLabelEnd } from './layoutRuns.ts';
import { lowerAt, wordsAt } from './frames.ts';
import { isRoleHead } from './rolePhrases.ts';
import { isStopWord } from '../corpus/stopwords.ts';
import { addressLeadsIn, isSpeechVerbAt, leadInNounLeadsIn, speechNounAt } from './verbReach.ts';
import { SPEECH_NOUNS, VERB_FILLERS } from './lexicon.ts';
import { PASSIVE_BE } from './cues.ts';
import { leadsInByColon } from './colonLeadIn.ts';
import type { Slot } from './slots.ts';
import type { Token } from './tokens.ts';
import { AUTHORED_DOCUMENTS, type SentenceState } from './clauses.ts';
import { initialledPerson } from './transcriptRules.ts';
import type { Attribution, AttributionContext, QuotePlace } from './ruleTypes.ts';
import { opensAskedAbout, participialOpeningEnd, POSSESSIVE_GENDER } from './pronouns.ts';

/** Rasmussen: "…" / He: "…": a name, pronoun or role right before a colon that opens the quote. */
export function speakerColon(context: AttributionContext, { first, last }: QuotePlace): Attribution | null {
  const tokens = first.state.sentence.tokens;
  // ("Okafor: (laughs) “…”": a stage direction in brackets may stand between the colon and the quote.)
  const colon = first.index - 1 - stageDirectionLength(tokens, first.index);
  if (tokens[colon]?.text !== ':') return null;
  // "On what impressed her about Ruiz: “…”": a topic label says what the quote is about, not who spoke.
  if (topicLabelEnd(tokens) === colon + 1) return null;
  // A roundup's "Country: “…” (Foreign Minister Name)": the bracket names who spoke for the label's side.
  const credited = first.state === last.state ? bracketCredit(context.article, last.state, last.index) : null;
  if (credited !== null) return credited;
  let end = colon;
  // A roundup's "Name (Team): “…”": the bracket says whom the speaker plays or works for.
  if (tokens[end - 1]?.text === ')') {
    let open = end - 2;
    while (open > 0 && tokens[open]?.text !== '(') open--;
    if (open > 0 && end - open <= 8) end = open;
  }
  // ("NAME, on Instagram: “…”", "NAME, in a statement: “…”": where the words were posted or said, set off after
  // the name.)
  // (The name must open the lead-in, after its role's words alone: not "Wigan led the tributes to NAME, on X:".)
  const aside = mediumAsideStart(tokens, end);
  const opensLeadIn = (s: Slot): boolean =>
    tokens.slice(0, s.from).every((t) => t.kind === 'word' && (t.capital || !isStopWord(t.lower)));
  const slot = first.state.slots.find(
    (s) =>
      (s.to === end || (s.to === aside && opensLeadIn(s))) &&
      (s.kind === 'name' || s.kind === 'pronoun' || s.kind === 'role'),
  );
  // A roundup's label "Name, Role of Country: “…”": the name opening the label speaks, not the country closing it.
  const label = roundupRun(first.state.sentence);
  const labelled = label && first.state.slots.find((s) => s.kind === 'name' && s.from === label.from);
  if (labelled && labelled !== slot && labelled.entity !== null)
    return { speaker: labelled.entity, cue: `${labelled.text} …:`, method: 'colon' };
  if (slot) return { speaker: slot.entity, cue: `${slot.text}:`, method: 'colon' };
  // ("MDLV: “…”": a label in initials opening the sentence is the one person of the article whose name they are.)
  const letters = colon === 1 ? tokens[0]?.text : undefined;
  const initialled = letters !== undefined && INITIALS_WORD.test(letters) ? initialledPerson(context, letters) : null;
  if (letters !== undefined && initialled !== null) return { speaker: initialled, cue: `${letters}:`, method: 'colon' };
  // "His lawyer read a statement on his behalf: “…”": the one the words are read for, not the reader.
  const principal = behalfOf(context, first.state, colon);
  if (principal !== null) return { speaker: principal.entity, cue: `on behalf of ${principal.text}:`, method: 'colon' };
  // "The prosecutor read out a message NAME sent a cousin: “…”": the one who wrote the words read out.
  const writer = documentWriter(first.state, colon);
  if (writer !== null) return { speaker: writer.entity, cue: `${writer.text} …:`, method: 'colon' };
  // "Smith was blunt: “…”", "Okoye’s message was simple: “…”": the sentence's subject introduces the quote.
  const subject = colonSubject(first.state, colon);
  if (subject !== null) return { speaker: subject.entity, cue: `${subject.text} …:`, method: 'colon' };
  // "A tribute from NAME: “…”": the one the words come from.
  const source = sourceOfWords(first.state, colon);
  if (source !== null) return { speaker: source.entity, cue: `${source.text} …:`, method: 'colon' };
  // "He sent the council a letter, which read: “…”": the one who sent the document wrote its words.
  const author = documentAuthor(first.state, colon);
  return author === null ? null : { speaker: author.entity, cue: `${author.text} …:`, method: 'colon' };
}

/** Words opening an aside after a name that says where its words were posted or said ("on X", "in a statement"). */
export const MEDIUM_ASIDE_LINKS: ReadonlySet<string> = new Set(['on', 'in', 'via']);

/** Most words of such an aside after its link ("in a written statement"). */
const MEDIUM_ASIDE_WORDS = 3;

/**
 * Where an aside of MEDIUM_ASIDE_LINKS set off by a comma ends the tokens before `end` (", on Instagram"): the
 * comma's index, or `end` when no such aside closes them.
 */
function mediumAsideStart(tokens: readonly Token[], end: number): number {
  for (let k = end - 1; k >= Math.max(1, end - 1 - MEDIUM_ASIDE_WORDS); k--) {
    const t = tokens[k];
    if (t?.kind !== 'word') return end;
    if (k < end - 1 && MEDIUM_ASIDE_LINKS.has(t.lower)) return tokens[k - 1]?.text === ',' ? k - 1 : end;
  }
  return end;
}

/** A label in initials: two to four capitals ("AR", "MDLV"). */
const INITIALS_WORD = /^\p{Lu}{2,4}$/u;

/** Most tokens of a stage direction in brackets before a transcript's quote ("(laughs)", "(after a long pause)"). */
const STAGE_DIRECTION_TOKENS = 6;

/**
 * How many tokens before token `at` a stage direction in brackets takes, brackets included ("(laughs)" is 3), when
 * lower-case words alone stand in it; 0 when none stands there.
 */
function stageDirectionLength(tokens: readonly Token[], at: number): number {
  if (tokens[at - 1]?.text !== ')') return 0;
  for (let open = at - 2; open >= Math.max(0, at - STAGE_DIRECTION_TOKENS); open--) {
    const t = tokens[open];
    if (t?.text === '(') return open < at - 2 ? at - open : 0;
    if (t?.kind !== 'word' || t.capital) return 0;
  }
  return 0;
}

/**
 * The subject of a sentence that ends in a colon introducing a quote, with no speech verb of its own: a person or
 * organisation the reader resolved, not the owner of something else ("Smith’s lawyer was blunt:") unless what it
 * owns is something said ("Smith’s message was:").
 */
export function colonSubject(state: SentenceState, colon = state.sentence.tokens.length): Slot | null {
  const subject = state.subject;
  // ("Hale's barrister, Ann Berg SC:", "His wife, Ann Berg, was blunter:": an owner's possessive opening the
  // lead-in is no subject; the role's holder is.)
  if (subject === null) return ownedRoleHolder(state, ownedRoleStart(state), colon);
  if (subject.entity === null) return null;
  // "Asked whether she would run again, her answer was short:": a question put to the subject before it is no
  // speech verb of the sentence's own. A speech verb after the colon ("…, while Ken Lowe remarked: “…”") is
  // another clause's.
  if (state.cues.some((c) => c.verb >= subject.from && c.verb < colon)) return null;
  // (A name, pronoun or role — or a description the reader took up for somebody, opening the sentence: "The skipper
  // was full of praise:", or its main clause after a question put to them: "Asked about the bowler, the coach was
  // firm:"; not after any participle, "Replacing the manager, the former captain was blunt:".)
  const tokens = state.sentence.tokens;
  const afterQuestion = opensAskedAbout(tokens) && subject.from === participialOpeningEnd(tokens) + 1;
  const opensClause = subject.from === 0 || afterQuestion;
  if (subject.kind === 'other' || (subject.kind === 'desc' && !opensClause)) return null;
  // ("On her coach, NAME, her mother’s cousin:": a topic's label names whom the quote is about.)
  if (colon === tokens.length && isTopicLabel(tokens)) return null;
  const owner = tokens[subject.to - 1]?.possessive === true;
  // ("His position, for the record:": a noun that is somebody's words only leading in to a colon, LEAD_IN_NOUNS.)
  const words = speechNounAt(tokens, subject.to) || leadInNounLeadsIn(tokens, subject.to);
  if (owner && !words && !addressLeadsIn(tokens, subject.to)) return ownedRoleHolder(state, subject.to, colon);
  return subject;
}

/** Most words of the role a possessive opens before the name set off after it ("NAME's barrister, NAME:"). */
const OWNED_ROLE_WORDS = 4;

/**
 * "Hale's barrister, Ann Berg SC:": the name set off by a comma after the role a possessive subject opens, closing the
 * lead-in at its colon, is who speaks; null when no such name closes it.
 */
function ownedRoleHolder(state: SentenceState, role: number, colon: number): Slot | null {
  const tokens = state.sentence.tokens;
  if (role === -1 || state.cues.some((c) => c.verb < colon)) return null;
  const comma = tokens.findIndex((t, k) => k >= role && t.text === ',');
  const words = tokens.slice(role, comma);
  if (comma === -1 || words.length === 0 || words.length > OWNED_ROLE_WORDS) return null;
  if (!words.every((t) => t.kind === 'word' && !t.capital) || !words.some((t) => isRoleHead(t.lower))) return null;
  // (`colon` is the colon's index, or the sentence's length when the lead-in closes the sentence with it; the name
  // closes the lead-in, or is set off by a comma before what the lead-in says of its holder.)
  const closes = (s: Slot): boolean =>
    s.to === colon || (s.to === colon - 1 && tokens[s.to]?.text === ':') || tokens[s.to]?.text === ',';
  const holder = state.slots.find((s) => s.kind === 'name' && s.from === comma + 1 && closes(s));
  // ("The other councillor, NAME, was shorter:": after a "The" opening, only a lead-in of a few words that brings in
  // nobody else, leadsInByColon; not "…, NAME, got a message from residents:".)
  if (holder !== undefined && tokens[0]?.lower === 'the' && !leadsInByColon(tokens, holder.from, holder.to))
    return null;
  return holder !== undefined && holder.entity !== null ? holder : null;
}

/**
 * Where the role a possessive opening the sentence owns begins: after "His", "Her", "Their" or an owner's name
 * ("Hale's"); after a "The" opening it too ("The other councillor, NAME, was shorter:"); -1 when none opens it.
 */
function ownedRoleStart(state: SentenceState): number {
  const tokens = state.sentence.tokens;
  const first = tokens[0]?.lower ?? '';
  if (POSSESSIVE_GENDER.has(first) || first === 'their' || first === 'the') return 1;
  const opening = state.slots[0];
  return opening?.from === 0 && tokens[opening.to - 1]?.possessive === true ? opening.to : -1;
}

/** Verbs of getting a document, whose subject did not write it ("the one text he received"). */
export const RECEIVING_VERBS: ReadonlySet<string> = new Set(['received', 'receives', 'got', 'gets']);

/** Words between a document and the colon that hand its words on: "a tweet, which read:", "a sign reading:". */
export const READING_LEADS: readonly string[][] = ['which read', 'that read', 'reading'].map((l) => l.split(' '));

/**
 * The author of a document whose words follow the colon at `colon` ("Angry at the fine, he sent the council a letter, which read:
 * “…”"): the latest person named or referred to before the document's noun; null when there is no such document.
 */
export function documentAuthor(state: SentenceState, colon: number): Slot | null {
  const tokens = state.sentence.tokens;
  const noun = documentNounBefore(tokens, colon);
  if (noun === -1) return null;
  const people = state.slots.filter(
    (s) => s.to <= noun && (s.kind === 'name' || s.kind === 'pronoun') && s.entity !== null,
  );
  const author = people[people.length - 1];
  // ("the one text he received from the club came at noon, a note that read:": who received it wrote none.)
  if (author === undefined || tokens.slice(author.to, noun).some((t) => RECEIVING_VERBS.has(t.lower))) return null;
  return author;
}

/**
 * Verbs by which somebody sends or signs a document whose words are read out ("a letter NAME sent"), that are no
 * speech verbs: "a letter NAME wrote to staff:" is the writer's by the speech verb's own rule.
 */
export const WRITING_VERBS: ReadonlySet<string> = new Set(['sent', 'signed']);

/**
 * The writer of a document a lead-in ending in the colon at `colon` names, written right after the document's noun
 * (AUTHORED_DOCUMENTS) with a verb of WRITING_VERBS in the active ("read out a message NAME allegedly sent a cousin:",
 * "a letter that she signed in May:"); null when there is none.
 */
export function documentWriter(state: SentenceState, colon: number): Slot | null {
  const tokens = state.sentence.tokens;
  if (tokens[colon]?.text !== ':') return null;
  for (let k = 0; k < colon; k++) {
    if (!AUTHORED_DOCUMENTS.has(lowerAt(tokens, k))) continue;
    const from = ['that', 'which'].includes(lowerAt(tokens, k + 1)) ? k + 2 : k + 1;
    const writer = state.slots.find(
      (s) => s.from === from && (s.kind === 'name' || s.kind === 'pronoun') && s.entity !== null,
    );
    if (writer === undefined) continue;
    let verb = writer.to;
    while (VERB_FILLERS.has(lowerAt(tokens, verb))) verb++;
    // (Not "a letter NAME was sent by the board": a passive's subject received it.)
    const passive =
      tokens.slice(writer.to, verb).some((t) => PASSIVE_BE.has(t.lower)) || lowerAt(tokens, verb + 1) === 'by';
    if (verb < colon && WRITING_VERBS.has(lowerAt(tokens, verb)) && !passive) return writer;
  }
  return null;
}

/**
 * The document's noun when the colon at `colon` ends "a letter, which read:", "a sign reading:" (READING_LEADS after
 * an AUTHORED_DOCUMENTS noun); -1 otherwise.
 */
export function documentNounBefore(tokens: readonly Token[], colon: number): number {
  if (tokens[colon]?.text !== ':') return -1;
  for (const lead of READING_LEADS) {
    const start = colon - lead.length;
    if (!wordsAt(tokens, start, lead)) continue;
    const noun = tokens[start - 1]?.text === ',' ? start - 2 : start - 1;
    if (AUTHORED_DOCUMENTS.has(tokens[noun]?.lower ?? '')) return noun;
  }
  return -1;
}

/** Demonstratives that present the words after a colon as somebody's: "And this, from NAME:". */
export const PRESENTING_WORDS: ReadonlySet<string> = new Set(['this', 'these']);

/** Words that may open the sentence before a presenting demonstrative ("And this, from …"). */
export const PRESENTING_LEADS: ReadonlySet<string> = new Set(['and', 'also', 'plus']);

/**
 * "A tribute from NAME, his successor as MP:", "A statement from the ministry:": the one whose words a noun for
 * something said comes from (SPEECH_NOUNS, then "from"), in a sentence ending in the colon at `colon`; null when none.
 */
export function sourceOfWords(state: SentenceState, colon: number): Slot | null {
  const tokens = state.sentence.tokens;
  if (tokens[colon]?.text !== ':') return null;
  // ("And this, from NAME, a GP in PLACE:": a demonstrative opening the sentence presents the words that follow.)
  const lead = PRESENTING_LEADS.has(lowerAt(tokens, 0)) ? 1 : 0;
  if (PRESENTING_WORDS.has(lowerAt(tokens, lead))) {
    const link = tokens[lead + 1]?.text === ',' ? lead + 2 : lead + 1;
    if (lowerAt(tokens, link) === 'from' && link < colon - 1) {
      const source = state.slots.find((x) => x.from === link + 1 && x.entity !== null);
      return source ?? roleSetOffName(state, link + 1);
    }
  }
  for (let k = 0; k < colon - 2; k++) {
    if (!SPEECH_NOUNS.has(lowerAt(tokens, k)) || lowerAt(tokens, k + 1) !== 'from') continue;
    const from = lowerAt(tokens, k + 2) === 'the' ? k + 3 : k + 2;
    const source = state.slots.find((x) => (x.from === from || x.from === k + 2) && x.entity !== null);
    return source ?? roleSetOffName(state, k + 2);
  }
  return null;
}

/** How many sentences back "on his behalf" looks for the person its his or her stands for. */
const BEHALF_REACH = 3;

/**
 * "His lawyer read a statement on his behalf:", "… on behalf of NAME:": the one for whom somebody else reads out
 * words, in a sentence ending in the colon at `colon`: the name after "on behalf of", or the latest person of the
 * pronoun's gender named or referred to before "on his behalf"; null when none.
 */
export function behalfOf(
  context: AttributionContext,
  state: SentenceState,
  colon: number,
): { entity: string; text: string } | null {
  const tokens = state.sentence.tokens;
  if (tokens[colon]?.text !== ':') return null;
  for (let k = 0; k < colon - 2; k++) {
    if (lowerAt(tokens, k) !== 'on') continue;
    if (lowerAt(tokens, k + 1) === 'behalf' && lowerAt(tokens, k + 2) === 'of') {
      const slot = state.slots.find((x) => x.from === k + 3 && x.kind === 'name' && x.entity !== null);
      if (slot?.entity) return { entity: slot.entity, text: slot.text };
    }
    const gender = POSSESSIVE_GENDER.get(lowerAt(tokens, k + 1));
    if (gender === undefined || lowerAt(tokens, k + 2) !== 'behalf') continue;
    // (The latest person named or referred to in the sentences before whose gender is known to be the pronoun's;
    // else the one person named there whose gender is unknown, when nobody there is of the other gender.)
    const seen: string[] = [];
    for (let i = state.sentence.index - 1; i >= Math.max(0, state.sentence.index - BEHALF_REACH); i--)
      for (const x of [...(context.states[i]?.slots ?? [])].reverse())
        if ((x.kind === 'name' || x.kind === 'pronoun') && x.entity !== null && !seen.includes(x.entity))
          seen.push(x.entity);
    const genderOf = (id: string): string | null | undefined => context.people?.people.get(id)?.gender;
    const unknown = seen.filter((id) => genderOf(id) === null);
    const other = seen.some((id) => genderOf(id) !== null && genderOf(id) !== gender);
    const found =
      seen.find((id) => genderOf(id) === gender) ?? (unknown.length === 1 && !other ? unknown[0] : undefined);
    const person = found === undefined ? undefined : context.people?.people.get(found);
    if (found !== undefined && person !== undefined) return { entity: found, text: person.name };
    return null;
  }
  return null;
}

/** Most words of a role before the name it sets off by a comma ("their old teacher, NAME"). */
const SET_OFF_ROLE_WORDS = 4;

/**
 * "A note from their old coach, Ines Garrow:": the name a comma sets off after lower-case words of a role starting
 * at token `at`; null when none stands there.
 */
function roleSetOffName(state: SentenceState, at: number): Slot | null {
  const tokens = state.sentence.tokens;
  let role = false;
  for (let j = at; j < at + SET_OFF_ROLE_WORDS && j < tokens.length; j++) {
    const t = tokens[j];
    if (t?.text === ',' && role)
      return state.slots.find((x) => x.from === j + 1 && x.kind === 'name' && x.entity !== null) ?? null;
    if (t?.kind !== 'word' || t.capital) return null;
    if (isRoleHead(t.lower)) role = true;
  }
  return null;
}

/** Words opening a sentence that presents what follows its colon, naming nobody ("Here's the key passage:"). */
export const PRESENTATIVE_OPENERS: ReadonlySet<string> = new Set(['here']);

/** Copulas after a presentative opener ("Here is", "Here are"; "Here's" is the word's contraction). */
const PRESENTATIVE_COPULAS: ReadonlySet<string> = new Set(['is', 'are']);

/**
 * Nouns of somebody's speaking that a presentative lead-in may present a passage of ("gave a long briefing"); some are
 * OCCASIONS (clauses.ts) or ADDRESS_NOUNS (verbReach.ts) too, which read other frames.
 */
export const SPEAKING_EVENTS: ReadonlySet<string> = new Set([
  ...['briefing', 'speech', 'address', 'interview', 'lecture', 'sermon', 'testimony', 'talk', 'eulogy', 'conference'],
]);

/** Verbs of speaking at length that are no speech verbs (isSpeechVerbAt), which such a lead-in may follow too. */
export const SPEAKING_EVENT_VERBS: ReadonlySet<string> = new Set([
  ...['spoke', 'speaks', 'addressed', 'addresses', 'preached'],
]);

/**
 * "NAME gave a long briefing this morning. Here's the central passage:": the subject (a name, pronoun or role) of the
 * sentence right before a presentative lead-in in its paragraph ("Here's", "Here is", "Here are":
 * PRESENTATIVE_OPENERS), when that sentence speaks of the subject's speaking (SPEAKING_EVENTS, SPEAKING_EVENT_VERBS or
 * a speech verb) before it names anybody else, and the lead-in names nobody and no owner ("Here is the board's
 * statement:" after "NAME was sacked by the board" is the board's).
 */
export function presentedBy(states: readonly SentenceState[], leadIn: SentenceState): Slot | null {
  const tokens = leadIn.sentence.tokens;
  const opener = tokens[0];
  if (!PRESENTATIVE_OPENERS.has(opener?.lower ?? '') || tokens[tokens.length - 1]?.text !== ':') return null;
  if (opener?.possessive !== true && !PRESENTATIVE_COPULAS.has(lowerAt(tokens, 1))) return null;
  if (tokens.some((t, k) => k > 0 && t.possessive === true)) return null;
  if (leadIn.slots.some((s) => s.kind === 'name' || s.kind === 'pronoun' || s.kind === 'role')) return null;
  const before = states[leadIn.sentence.index - 1];
  if (before?.sentence.paragraph !== leadIn.sentence.paragraph) return null;
  const subject = before.subject;
  const person = subject?.kind === 'name' || subject?.kind === 'pronoun' || subject?.kind === 'role';
  if (!person || subject.entity === null) return null;
  const beforeTokens = before.sentence.tokens;
  if (beforeTokens.some((t) => t.kind === 'quote')) return null;
  // (The subject's own speaking, before anybody else is named: not "NAME was charged, police said at a press
  // conference", nor "NAME was sacked after the chairman gave an interview".)
  // (Past an appositive set off after the subject: "NAME, head of heat at the Health Agency, has just …".)
  const closing =
    beforeTokens[subject.to]?.text === ',' ? beforeTokens.findIndex((t, k) => k > subject.to && t.text === ',') : -1;
  const from = closing === -1 ? subject.to : closing + 1;
  const other = before.slots.find((s) => s.from >= from && s.kind !== 'other' && s.entity !== subject.entity);
  const end = other?.from ?? beforeTokens.length;
  for (let k = from; k < end; k++) {
    const w = beforeTokens[k]?.lower ?? '';
    if (SPEAKING_EVENTS.has(w) || SPEAKING_EVENT_VERBS.has(w) || isSpeechVerbAt(beforeTokens, k)) return subject;
  }
  return null;
}
