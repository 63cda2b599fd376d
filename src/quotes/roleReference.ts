// Coreference of roles and descriptions: whom "the minister", "the 71-year-old", "the latter", "the statement" or
// "the ministry" stands for, read from the people and organisations the article has mentioned so far.
import { personOfArticle } from './nameLookup.ts';
import type { Article } from '../corpus/types.ts';
import { lowerAt, type Sentence } from './frames.ts';
import {
  AFFILIATION_NOUNS,
  ARTICLES,
  EPITHET_NOUNS,
  BARE_DEFINITE_ROLES,
  COURT_NOUNS,
  JUDICIAL_HEADS,
  KINSHIP_NOUNS,
  NATIONALITY_NOUNS,
  POSSESSIVE_DETERMINERS,
  sameRoleWord,
  UNNAMED_OPENERS,
} from './lexicon.ts';
import { normalizeName } from './match.ts';
import { isPlaceName } from './places.ts';
import { type Gender, genderOfWord } from './names.ts';
import { isRoleHead } from './rolePhrases.ts';
import { isFamilyDescription } from './wordNames.ts';
import { namesTrade, ORGANISATION_CUES, ORGANISATION_NOUNS } from './organisations.ts';
import type { PeopleRegistry } from './people.ts';
import { FORCE_NOUNS, forceNameHolds, isForceName } from './forces.ts';
import { participialOpeningEnd, speaksOf } from './pronouns.ts';
import { heldBesideRoles, qualifiedRoleGoesOn } from './roleContinuation.ts';
import { BODY_VOICES, VOICE_LINKS } from './voices.ts';
import { fitsRoles, isPlural, roleHeadWord, significantTokens, tokenMatches } from './roleMatching.ts';
import { AUTHORED_DOCUMENTS, FINDINGS_DOCUMENTS, mainCue, type SentenceState, speaksAsDocument } from './clauses.ts';
import type { Mention, Slot } from './slots.ts';
import { isAgeWord, type Token } from './tokens.ts';

/** Words that pick one of the people just named out by their order: "the latter", "the former". */
export const PICKING_OUT: ReadonlySet<string> = new Set(['latter', 'former']);

/** How many sentences back a pronoun or description looks for the person it means. */
export const REFERENCE_WINDOW = 6;

/** What role coreference reads of the article so far: its mentions, sentences and what is known of each person. */
export interface ReferenceReader {
  readonly article: Article;
  readonly registry: PeopleRegistry;
  /** The sentences read so far. */
  readonly states: readonly SentenceState[];
  /** People and organisations named or referred to so far, in reading order. */
  readonly mentions: readonly Mention[];
  /** The people the article gives each age ("Maya Bird, 29,"), by age. */
  readonly statedAges: ReadonlyMap<string, ReadonlySet<string>>;
  isPerson(id: string): boolean;
  genderOf(id: string): Gender | null;
  rolesOf(id: string): string[];
  /** Nationalities the article called the person by ("the Irishman": irish). */
  nationalitiesOf(id: string): string[];
  candidates(sentenceIndex: number, token: number): Mention[];
  /** People named by the title, headings and captions read so far, in reading order. */
  readonly headlined: readonly string[];
  /** Whether a mention names its person only in passing ("quoting Ann Hale", "suffered by Hale"). */
  inPassing(mention: Mention): boolean;
}

/**
 * "the court said" where the article names no court but one judge: that judge's ruling (COURT_NOUNS). A judge is a
 * person whose role's head, before any "of", is of JUDICIAL_HEADS and not a past one ("former judge").
 */
function sittingJudge(reader: ReferenceReader): string | null {
  const judges = new Set(
    reader.mentions.map((m) => m.entity).filter((id) => reader.isPerson(id) && reader.rolesOf(id).some(sitsInCourt)),
  );
  return judges.size === 1 ? ([...judges][0] ?? null) : null;
}

/** Whether a role is a sitting judge's: its head before any "of" of JUDICIAL_HEADS, and no "former" ("Minister of Justice" is none). */
function sitsInCourt(role: string): boolean {
  return (
    JUDICIAL_HEADS.has(roleHeadWord(significantTokens(role)) ?? '') &&
    !normalizeName(role).split(' ').includes('former')
  );
}

/** "the ministry", "the company": the latest organisation named in the article whose name has that word or kind. */
function organisationFor(reader: ReferenceReader, head: string): string | null {
  for (let i = reader.mentions.length - 1; i >= 0; i--) {
    const entity = reader.mentions[i]?.entity;
    if (entity === undefined || reader.isPerson(entity)) continue;
    const words = normalizeName(reader.registry.people.get(entity)?.name ?? '').split(' ');
    if (
      words.includes(head) ||
      namesTrade(words, head) ||
      words.some(
        (w) => ORGANISATION_CUES.get(w) !== undefined && ORGANISATION_CUES.get(w) === ORGANISATION_CUES.get(head),
      )
    )
      return entity;
  }
  // "Apple said … “…,” the company said": a business noun for the one organisation named lately whose name
  // says nothing of its kind.
  if (ORGANISATION_CUES.get(head) !== 'business') return null;
  const lately = new Set(
    reader.mentions.slice(-REFERENCE_WINDOW).flatMap((m) => (reader.isPerson(m.entity) ? [] : [m.entity])),
  );
  const unmarked = [...lately].filter((id) =>
    normalizeName(reader.registry.people.get(id)?.name ?? '')
      .split(' ')
      .every((w) => ORGANISATION_CUES.get(w) === undefined),
  );
  if (lately.size === 1) return unmarked.length === 1 ? (unmarked[0] ?? null) : null;
  // "Tide Line … ¶ Kelsworth Aggregates, which will do the work, says … ¶ “…,” the company said": of several, the
  // organisation of the latest clause that had one as its subject, when its name says nothing of its kind.
  const latest = reader.mentions.slice(-REFERENCE_WINDOW).findLast((m) => !reader.isPerson(m.entity));
  return latest?.subject && unmarked.includes(latest.entity) ? latest.entity : null;
}

/**
 * The one police force the article names in full and lists, its name holding the `own` words the phrase gives it,
 * or null when it names none or several.
 */
function forceOf(reader: ReferenceReader, own: readonly string[]): string | null {
  const forces = new Set<string>();
  for (const name of reader.registry.evidenced.get(reader.article.id) ?? []) {
    const words = name.split(' ');
    if (!isForceName(words) || !forceNameHolds(words, own)) continue;
    for (const id of reader.registry.forms.get(name) ?? []) if (!reader.isPerson(id)) forces.add(id);
  }
  return forces.size === 1 ? ([...forces][0] ?? null) : null;
}

/** The person of the latest sentence (of the last three) that names someone: its subject, or its only person. */
function compatibleSubject(
  reader: ReferenceReader,
  sentence: Sentence,
  slot: Slot,
  description: string[],
  anyRole = false,
  gender: Gender | null = null,
): string | null {
  // "Asked whether Ode would play, the Swede grinned": whom an opening participial clause names is not its subject.
  const opening = participialOpeningEnd(sentence.tokens);
  for (let s = sentence.index; s >= Math.max(0, sentence.index - 2); s--) {
    // People named only in passing are not whom the story goes on with: the subject of a clause before is.
    const here = reader.mentions.filter(
      (m) =>
        m.sentence === s &&
        (s < sentence.index || (m.token < slot.from && !(m.token < opening && opening < slot.from))) &&
        reader.isPerson(m.entity) &&
        !reader.inPassing(m) &&
        // ("the grandmother-of-four laughed": not a man, whoever was named last.)
        (gender === null || (reader.genderOf(m.entity) ?? gender) === gender),
    );
    if (here.length === 0) continue;
    const subjects = [...new Set(here.filter((m) => m.subject).map((m) => m.entity))];
    const everyone = [...new Set(here.map((m) => m.entity))];
    const entity = subjects.length === 1 ? subjects[0] : everyone.length === 1 ? everyone[0] : undefined;
    if (entity === undefined) return null;
    if (anyRole) return entity;
    const head = description[description.length - 1] ?? '';
    const fitsHead = (id: string): boolean =>
      reader.rolesOf(id).some((r) => significantTokens(r).some((t) => sameRoleWord(head, t) || tokenMatches(head, t)));
    const roles = reader.rolesOf(entity);
    // ("the athlete" after a sprinter and a hurdler: a covering word fits either, so neither.)
    if (COVERING_ROLE_WORDS.has(head) && coveredBy(reader, fitsHead) > 1) return null;
    if (fitsHead(entity)) return entity;
    // A role with nothing known to fit it: not the person its own quote speaks of ("“Ellison knew what he
    // was doing,” the prosecutor said").
    // (By a he or she only when nobody else was named since: "He said Moloney had been clean for a year. ¶ “He is
    // ashamed of what he did,” counsel said" speaks of the client, and counsel is the one who said it.)
    // (Somebody of the other gender is no one the quote's he or she may be: "Ann Cole said her manager, Tom Berg, …
    // ¶ “She was never treated differently,” the lawyer said" still speaks of her.)
    const own = reader.genderOf(entity);
    const othersSince = reader.mentions.some((m) => {
      if (m.sentence < s || m.entity === entity || !reader.isPerson(m.entity)) return false;
      const other = reader.genderOf(m.entity);
      return own === null || other === null || other === own;
    });
    if (quoteSpeaksOf(reader, sentence, entity, !othersSince)) return null;
    // "Finance Minister Ada Okoro defended the budget. “…,” the Harbour Party leader said": a qualified role
    // nobody else fits goes on with the person written about when nobody else was named since.
    if (qualifiedRoleGoesOn(reader, sentence, slot, description, entity, s)) return entity;
    // With no role known for the subject, only when its sentence named nobody else (and none since, as it is the
    // latest to name someone): "the coach" after a sentence naming two people could be either (looser, this gave
    // wrong speakers on held-out articles). A person named in a sentence before that one does not compete: the
    // story has gone on to the subject. Organisations do not compete with a person's role ("the late Apple
    // co-founder").
    const lately = new Set(
      reader.mentions.filter((m) => m.sentence >= s && reader.isPerson(m.entity)).map((m) => m.entity),
    );
    // ("Hale, 38, a former nurse, told supporters … ¶ “…,” the new MP said": a role held once says nothing against
    // a role newly taken; against any other it still does: "NAME, a former officer, was jailed. “…,” the judge said".)
    const current = takesNewRole(sentence, slot) ? roles.filter((r) => !isPastRole(r)) : roles;
    if ((current.length === 0 || heldBesideRoles(current, slot.text)) && lately.size === 1) return entity;
    // …or when that subject was the one speaking there ("Okafor said: … ¶ “…,” the coach said"), though
    // the clause named others too: the role then continues the speaker, not the nearest name.
    // (A heading naming who speaks in its section, "Ana Ruiz (Rovers captain)", is that person speaking there too.)
    const speaking =
      (reader.states[s]?.cues.some((c) => !c.blocking && c.subject?.entity === entity) ?? false) ||
      reader.mentions.some((m) => m.sentence === s && m.entity === entity && m.speaking === true);
    if (current.length === 0 && speaking && s < sentence.index) return entity;
    // "Hale answered striker Ana Ode after the forward said …": the one other person of that sentence whose
    // role the description names (in other words too) is the one meant, not the subject whose roles do not fit —
    // named in passing too, but not in an opening participial clause ("Asked about rival manager Tom Hale, …").
    const opensWith = participialOpeningEnd(reader.states[s]?.sentence.tokens ?? []);
    const named = reader.mentions.filter(
      (m) =>
        m.sentence === s &&
        (s < sentence.index || m.token < slot.from) &&
        !(m.token < opensWith) &&
        reader.isPerson(m.entity),
    );
    const fitting = [...new Set(named.map((m) => m.entity))].filter((id) => id !== entity && fitsHead(id));
    return fitting.length === 1 ? (fitting[0] ?? null) : null;
  }
  return null;
}

/** How many people of the article's mentions a role fits (`fits`: its head, or the whole description). */
function coveredBy(reader: ReferenceReader, fits: (id: string) => boolean): number {
  return new Set(reader.mentions.map((m) => m.entity).filter((id) => reader.isPerson(id) && fits(id))).size;
}

/** Role words that cover several others (ROLE_SYNONYMS): "the athlete" may be any sprinter, runner or hurdler. */
export const COVERING_ROLE_WORDS: ReadonlySet<string> = new Set(['athlete']);

/** Words that make a role one held once, not now ("a former nurse", "an ex-captain", "a retired teacher"). */
export const PAST_ROLE_WORDS: ReadonlySet<string> = new Set(['former', 'ex', 'retired']);

/** Words of a role newly taken ("the new MP", "the incoming mayor"). */
export const NEW_ROLE_WORDS: ReadonlySet<string> = new Set(['new', 'incoming']);

/**
 * Whether a description speaks of a role newly taken: NEW_ROLE_WORDS among its words, or right before a role in
 * capitals the slot holds alone ("the new MP").
 */
function takesNewRole(sentence: Sentence, slot: Slot): boolean {
  const words = [...normalizeName(slot.text).split(' '), lowerAt(sentence.tokens, slot.from - 1)];
  return words.some((w) => NEW_ROLE_WORDS.has(w));
}

/** Whether a role is one held once (PAST_ROLE_WORDS among its words, or "ex-" opening one). */
function isPastRole(role: string): boolean {
  return normalizeName(role)
    .split(/[\s-]+/u)
    .some((w) => PAST_ROLE_WORDS.has(w));
}

/** Whether a quote of the sentence speaks of the person rather than as them ("“He knew …,” the judge said"). */
function quoteSpeaksOf(reader: ReferenceReader, sentence: Sentence, entity: string, byPronoun: boolean): boolean {
  const person = reader.registry.people.get(entity);
  const names = [person?.name ?? '', ...(person?.aliases ?? [])];
  const gender = reader.genderOf(entity);
  return sentence.tokens.some(
    (t) => t.kind === 'quote' && speaksOf(reader.article.text.slice(t.start, t.end), names, gender, byPronoun),
  );
}

/**
 * "the latter said", "the former told": of the people named by the latest of the last three sentences that names
 * two or more, in order, the last or the first.
 */
function pickedOut(reader: ReferenceReader, sentence: Sentence, slot: Slot, which: string): string | null {
  for (let s = sentence.index; s >= Math.max(0, sentence.index - 3); s--) {
    const here = reader.mentions
      .filter((m) => m.sentence === s && (s < sentence.index || m.token < slot.from) && reader.isPerson(m.entity))
      .sort((a, b) => a.token - b.token);
    const people = [...new Set(here.map((m) => m.entity))];
    if (people.length < 2) continue;
    return (which === 'latter' ? people[people.length - 1] : people[0]) ?? null;
  }
  return null;
}

/** The verbs that make a document by its author's act: "NAME tweeted: …" makes "the tweet". */
export const DOCUMENT_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['tweet', new Set(['tweeted', 'tweets'])],
  ['post', new Set(['posted', 'posts'])],
  ['letter', new Set(['wrote', 'writes'])],
]);

/**
 * "Acme issued a statement on Monday. “…,” the statement said.": whoever the latest sentence that speaks of such
 * a document, or makes it ("NAME tweeted …", DOCUMENT_VERBS), (in the last six) has speaking, or else its subject.
 */
function authorOf(reader: ReferenceReader, sentence: Sentence, document: string): string | null {
  const verbs = DOCUMENT_VERBS.get(document);
  for (let s = sentence.index - 1; s >= Math.max(0, sentence.index - REFERENCE_WINDOW); s--) {
    const state = reader.states[s];
    if (!state?.sentence.tokens.some((t) => t.lower === document || verbs?.has(t.lower) === true)) continue;
    // ("Counsel NAME read out the letter": whoever reads or receives it is not its author; a sentence before may say.)
    if (readsDocument(state.sentence.tokens, document)) continue;
    // ("… before the report was published": a findings document is its writer's only where the sentence says whose.)
    if (FINDINGS_DOCUMENTS.has(document) && !writesDocument(state, document)) continue;
    // ("The mayor's office put out a statement": a body the subject owns issued it, not the subject.)
    const { tokens } = state.sentence;
    const subject = state.subject;
    if (
      subject &&
      tokens[subject.to - 1]?.possessive === true &&
      ORGANISATION_NOUNS.has(tokens[subject.to]?.lower ?? '')
    )
      return null;
    return mainCue(state)?.subject?.entity ?? subject?.entity ?? null;
  }
  return null;
}

/** Most words between a document's owner or opening "In a" and its noun ("her nine-page ruling", "In a short report"). */
const OWNED_DOCUMENT_GAP = 2;

/**
 * Whether the sentence has its speaker write the document: "in" and a his, her or their before its noun in an aside
 * between the speaker and the speech verb ("NAME, in her nine-page ruling, observed"), or the noun in a phrase opening the
 * sentence before the speaker ("In a short report out this week, the examiner, NAME, found"). Not a document the
 * speaker reads of, criticises or overturns after the verb ("criticised the examiner's report").
 */
function writesDocument(state: SentenceState, document: string): boolean {
  const { tokens } = state.sentence;
  const cue = mainCue(state);
  const at = tokens.findIndex((t) => t.lower === document);
  if (cue === null || cue.subject === null || at === -1 || at > cue.verb) return false;
  for (let k = at - 1; k >= Math.max(0, at - 1 - OWNED_DOCUMENT_GAP); k--) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word') return false;
    if (OWNING_PRONOUNS_OF_DOCUMENTS.has(t.lower)) return tokens[k - 1]?.lower === 'in' && k - 1 >= cue.subject.to;
    if (k === 1 && ARTICLES.has(t.lower) && tokens[0]?.lower === 'in') return at < cue.subject.from;
  }
  return false;
}

/** Possessive pronouns that make a document the speaker's own ("in her ruling"), not "its", a body's. */
export const OWNING_PRONOUNS_OF_DOCUMENTS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Verbs of somebody reading, receiving or passing on a document written by somebody else ("read the email"). */
export const DOCUMENT_READING_VERBS: ReadonlySet<string> = new Set([
  ...['read', 'reads', 'received', 'receives', 'obtained', 'obtains', 'saw', 'seen', 'leaked', 'forwarded'],
]);

/** Most words between a reading verb and the document it reads ("read out part of the email"). */
const READ_DOCUMENT_WORDS = 5;

/** Whether the sentence has somebody read, receive or pass on the document: a reading verb shortly before its noun. */
function readsDocument(tokens: readonly Token[], document: string): boolean {
  const at = tokens.findIndex((t) => t.lower === document);
  if (at === -1) return false;
  for (let k = at - 1; k >= Math.max(0, at - 1 - READ_DOCUMENT_WORDS); k--)
    if (DOCUMENT_READING_VERBS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/**
 * The organisation that is the subject of the sentence right before `sentence` (in its paragraph or the one before),
 * which "a statement" goes on from; null when that subject is a person or nobody.
 */
function issuerBefore(reader: ReferenceReader, sentence: Sentence): string | null {
  const before = reader.states[sentence.index - 1];
  if (!before || before.sentence.paragraph < sentence.paragraph - 1) return null;
  const subject = mainCue(before)?.subject?.entity ?? before.subject?.entity ?? null;
  return subject !== null && !reader.isPerson(subject) ? subject : null;
}

/** Most sentences back a bare "a spokesman" looks for the body speaking before it. */
export const VOICE_WINDOW = 3;

/**
 * "The club said … ¶ “…” ¶ A spokesman added: “…”": the organisation speaking or the subject in the latest sentence
 * before `sentence` (of the last VOICE_WINDOW, in its paragraph or the two before) that has a speaker or subject,
 * passing over sentences that are quotation only; null when that one is a person or nobody.
 */
export function bodyVoicedBefore(reader: ReferenceReader, sentence: Sentence): string | null {
  for (let s = sentence.index - 1; s >= Math.max(0, sentence.index - VOICE_WINDOW); s--) {
    const state = reader.states[s];
    if (!state || state.sentence.paragraph < sentence.paragraph - 2) return null;
    if (state.sentence.kind !== 'body') return null;
    const entity = mainCue(state)?.subject?.entity ?? state.subject?.entity ?? null;
    if (entity === null && state.slots.length === 0 && state.cues.length === 0) continue;
    return entity !== null && !reader.isPerson(entity) ? entity : null;
  }
  return null;
}

/**
 * Whether a role phrase after its determiner holds a capitalised possessive that is no place's ("the Harbour Board's
 * spokesman", "the Hale campaign's manager"): the role is somebody's or some body's own.
 */
function ownedByName(sentence: Sentence, slot: Slot): boolean {
  for (let k = slot.from + (slot.determiner === null ? 0 : 1); k < slot.to - 1; k++) {
    const t = sentence.tokens[k];
    if (t?.possessive === true && t.capital && !isPlaceName(t.text)) return true;
  }
  return false;
}

/** Whether a role phrase opens with a place's name in the possessive ("Kenya's trade minister"). */
function placePossessive(sentence: Sentence, slot: Slot): boolean {
  const first = sentence.tokens[slot.from];
  return first?.possessive === true && first.capital && isPlaceName(first.text);
}

/** A role's significant words without the three an age before it leaves there ("54 year old"). */
function withoutAge(words: readonly string[], age: string | undefined): string[] {
  const at = age === undefined ? -1 : words.findIndex((w, i) => w === age && words[i + 1] === 'year');
  return at === -1 ? [...words] : [...words.slice(0, at), ...words.slice(at + 3)];
}

/** The one person mentioned so far with a role whose head is `head` ("his mother, Ann Ode," for "his mother"). */
function introducedAs(reader: ReferenceReader, head: string): string | null {
  const holders = new Set<string>();
  for (const m of reader.mentions)
    if (reader.isPerson(m.entity) && reader.rolesOf(m.entity).some((r) => significantTokens(r).at(-1) === head))
      holders.add(m.entity);
  return holders.size === 1 ? ([...holders][0] ?? null) : null;
}

/**
 * Whom a role or description stands for, and whether it describes that person (a role or name to learn) rather than
 * only pointing at them ("the latter", "the statement", "the 71-year-old", "the ministry").
 */
export function resolveRole(
  reader: ReferenceReader,
  sentence: Sentence,
  slot: Slot,
): { entity: string | null; describes: boolean } {
  const words = normalizeName(slot.text).split(' ');
  const opener = slot.determiner ?? words[0] ?? '';
  // "The club paid tribute on its website. A statement said: “…”": the organisation just spoken of issued it.
  if (words.length === 2 && opener === 'a' && AUTHORED_DOCUMENTS.has(words[1] ?? '') && slot.subject)
    return { entity: issuerBefore(reader, sentence), describes: false };
  // "a senior official", "one resident": somebody brought in unnamed, never a person named before.
  if (UNNAMED_OPENERS.has(opener)) return { entity: null, describes: false };
  const head = words[words.length - 1] ?? '';
  // "his spokesman", "their lawyer": somebody else's aide, never the person named before. A relative is the one the
  // article introduced as such ("his wife, Ellen Ode, … his wife told reporters"), when it names one only.
  if (slot.determiner !== null && POSSESSIVE_DETERMINERS.has(slot.determiner))
    return { entity: KINSHIP_NOUNS.has(head) ? introducedAs(reader, head) : null, describes: false };
  if (words.length === 2 && words[0] === 'the' && PICKING_OUT.has(head))
    return { entity: pickedOut(reader, sentence, slot, head), describes: false };
  if (words.length === 2 && words[0] === 'the' && speaksAsDocument(head))
    return { entity: authorOf(reader, sentence, head), describes: false };
  // "the 71-year-old said": an age fits any person; it stands for the subject of the last clause naming one.
  const written = slot.text.split(/\s+/u);
  const lastWord = (written[written.length - 1] ?? '').toLowerCase();
  // ("the mum-of-two wrote": so does a family description, which no role the article gives matches.)
  const epithet = isAgeWord(lastWord) || isFamilyDescription(lastWord) || EPITHET_NOUNS.has(lastWord);
  if (epithet || NATIONALITY_NOUNS.has(lastWord) || AFFILIATION_NOUNS.has(lastWord)) {
    // "Maya Bird, 29, … the 29-year-old said": the one person the article gave that age.
    const aged = slot.determiner === 'the' ? reader.statedAges.get(lastWord.split('-')[0] ?? '') : undefined;
    if (aged?.size === 1) return { entity: [...aged][0] ?? null, describes: false };
    // (With "the" it refers back, a relative clause after it or not: "said the 24-year-old, who came to rowing
    // late" is the rower just named, as "a 24-year-old, who …" would be somebody new.)
    const refers = slot.determiner === 'the' && slot.subject;
    // ("the grandmother-of-four": a family description's noun may tell the gender.)
    const gender = isFamilyDescription(lastWord) ? genderOfWord(lastWord.slice(0, lastWord.indexOf('-'))) : null;
    const entity = refers ? compatibleSubject(reader, sentence, slot, [], true, gender) : null;
    // (Not one the article gave another age — "NAME, 27, … said the 30-year-old" —, nor one the relative clause
    // after the age speaks of: "said the 61-year-old, who coaches NAME at the club" is somebody else.)
    const age = isAgeWord(lastWord) ? lastWord.split('-')[0] : undefined;
    const otherAge = entity !== null && givenOtherAge(reader, entity, age);
    const clauseNames = entity !== null && relativeClauseNames(reader, sentence, slot, entity);
    return { entity: otherAge || clauseNames ? null : entity, describes: false };
  }
  // "police said", "said the police": the one police force the article names, when it names one.
  if (slot.determiner === 'the' && words.length === 2 && FORCE_NOUNS.has(head))
    return { entity: organisationFor(reader, head) ?? forceOf(reader, []), describes: false };
  // "Westbrook police said": the words before the noun must be in the force's name.
  if (slot.determiner === null && slot.kind === 'desc' && FORCE_NOUNS.has(head))
    return { entity: forceOf(reader, words.slice(0, -1)), describes: false };
  // ("the court said": the court the article names, else the one judge it names, sittingJudge.)
  if (slot.determiner === 'the' && words.length === 2 && COURT_NOUNS.has(head))
    return { entity: organisationFor(reader, head) ?? sittingJudge(reader), describes: false };
  if (slot.determiner === 'the' && ORGANISATION_NOUNS.has(head) && !isRoleHead(head))
    return { entity: organisationFor(reader, head), describes: false };
  if (isPlural(head)) return { entity: null, describes: false };
  // ("the 54-year-old scientist": an age before a role narrows it to its holders the article gave that age or none.)
  const age = written
    .map((w) => w.toLowerCase())
    .find(isAgeWord)
    ?.split('-')[0];
  const description = withoutAge(significantTokens(slot.text), age);
  if (description.length === 0) return { entity: null, describes: false };
  const ageFits = (id: string): boolean => !givenOtherAge(reader, id, age);
  const seen: string[] = [];
  for (let i = reader.mentions.length - 1; i >= 0; i--) {
    const m = reader.mentions[i];
    if (m && !seen.includes(m.entity)) seen.push(m.entity);
  }
  const fits = (id: string): boolean =>
    ageFits(id) && fitsRoles(description, reader.rolesOf(id), reader.nationalitiesOf(id));
  let entity = seen.find(fits) ?? null;
  // ("Sprinter NAME … hurdler NAME … the athlete said": a word for any of several roles stands for one only when one
  // person the article names fits it.)
  if (entity !== null && COVERING_ROLE_WORDS.has(description.at(-1) ?? '') && coveredBy(reader, fits) > 1)
    entity = null;
  // "AMA president Ann Hale hails doctors ¶ The president of the AMA has described …": a definite role stands for
  // the one person the title or a caption named with that role, when the body has named nobody with it yet.
  if (entity === null && slot.determiner === 'the') {
    const headlined = reader.headlined.filter(fits);
    if (headlined.length === 1) entity = headlined[0] ?? null;
  }
  // "the former Danish prime minister, who …": a past office describes the person the story is about.
  if (
    entity === null &&
    slot.mentionOnly !== true &&
    slot.kind === 'desc' &&
    slot.determiner === 'the' &&
    words.includes('former')
  ) {
    entity = reader.candidates(sentence.index, slot.from).find((m) => reader.isPerson(m.entity))?.entity ?? null;
  }
  // "the boss said", "said the agency head": a definite role stands for the subject of the latest clause that
  // named a person whose known roles do not say otherwise — not for the nearest name.
  // "“…,” counsel said": a role the courts write without an article refers back like a definite one.
  // ("Kenya's trade minister said": a country's possessive points at one person as "the" does.)
  const placeOwned = slot.determiner === null && placePossessive(sentence, slot);
  const definite =
    slot.determiner === 'the' || (slot.determiner === null && BARE_DEFINITE_ROLES.has(head)) || placeOwned;
  // ("The Harbour Board's spokesman added": a voice a body or another person owns is their aide's, whom no earlier
  // subject stands for; only a holder named with that role is. Not "the Harbour Board's chairman said" after "its
  // chairman, NAME,": other roles so owned refer back as before.)
  const owned = BODY_VOICES.has(head) && ownedByName(sentence, slot);
  // "Acme said it would … ¶ “…,” the spokesperson says", "A spokesperson for Acme said … ¶ “…,” the spokesperson
  // said": a bare voice nobody named holds is the organisation that spoke just before, ahead of any person the
  // latest clause named.
  const bare =
    entity === null &&
    slot.determiner === 'the' &&
    words.length === 2 &&
    BODY_VOICES.has(head) &&
    !VOICE_LINKS.has(sentence.tokens[slot.to]?.lower ?? '');
  const body = bare ? bodyVoicedBefore(reader, sentence) : null;
  if (body !== null) return { entity: body, describes: false };
  if (entity === null && definite && slot.subject && !owned)
    entity = compatibleSubject(reader, sentence, slot, description);
  // (With no such organisation and no person the subject before fits, the bare voice is nobody named.)
  if (bare && entity === null) return { entity: null, describes: false };
  return { entity, describes: true };
}

/** Whether the article gave `id` an age other than `age` ("NAME, 27," for "the 30-year-old"); false with no age. */
function givenOtherAge(reader: ReferenceReader, id: string, age: string | undefined): boolean {
  return age !== undefined && [...reader.statedAges].some(([stated, ids]) => stated !== age && ids.has(id));
}

/** Whether a "who" clause set off right after `slot` names `entity` ("the 61-year-old, who coaches NAME"). */
function relativeClauseNames(reader: ReferenceReader, sentence: Sentence, slot: Slot, entity: string): boolean {
  const { tokens } = sentence;
  if (tokens[slot.to]?.text !== ',' || tokens[slot.to + 1]?.lower !== 'who') return false;
  let end = slot.to + 2;
  while (end < tokens.length && tokens[end]?.text !== ',' && tokens[end]?.kind !== 'quote') end++;
  return sentence.runs.some(
    (r) =>
      r.kind === 'name' &&
      r.from > slot.to &&
      r.to <= end &&
      personOfArticle(reader.registry, reader.article.id, r.name) === entity,
  );
}
