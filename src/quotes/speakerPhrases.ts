// The speaker phrase that starts at a token ("said the former prime minister", "according to the ministry") read
// from the sentence's slots, and the descriptions of people and organisations it may be; the phrase ending right
// before a speech verb is read in phraseBefore.ts.
import type { Article } from '../corpus/types.ts';
import { PICKING_OUT } from './coreference.ts';
import type { Slot } from './slots.ts';
import { isSpeechVerbAt } from './evidence.ts';
import { namedBody } from './sentenceEvidence.ts';
import { lowerAt } from './frames.ts';
import { DETERMINERS, HEAD_TITLES, INDEFINITE_ARTICLES, UNNAMED_OPENERS } from './lexicon.ts';
import { complementEnd, isRoleHead, roleAfter, roleBefore } from './rolePhrases.ts';
import { isOrganisationName, ORGANISATION_NOUNS } from './organisations.ts';
import { FORCE_PREFIX_WORDS, forcePhraseStart } from './forces.ts';
import { isPortfolioWord } from './portfolios.ts';
import { isStopWord } from '../corpus/stopwords.ts';
import type { Token } from './tokens.ts';
import { issuesDocumentAt, speechNounAt, speechVerbAfter } from './verbReach.ts';
import {
  OTHER_PRONOUNS,
  NON_SUBJECT_LINKS,
  CLAUSE_JOINS,
  AUTHORED_DOCUMENTS,
  issuerStart,
  FINDINGS_DOCUMENTS,
  spanText,
} from './clauses.ts';

function slotAt(slots: Slot[], from: number, kinds: Slot['kind'][]): Slot | undefined {
  for (const s of slots) if (s.from === from && kinds.includes(s.kind)) return s;
  return undefined;
}

export function descSlot(
  article: Article,
  slots: Slot[],
  tokens: Token[],
  from: number,
  to: number,
  determiner: string | null,
): Slot {
  const existing = slots.find((s) => s.from === from && s.to === to);
  if (existing) return existing;
  const slot: Slot = {
    from,
    to,
    kind: 'desc',
    text: spanText(article, tokens, from, to),
    ids: [],
    typo: false,
    determiner,
    entity: null,
    subject: false,
    resolved: false,
  };
  slots.push(slot);
  return slot;
}

/**
 * The description slot of a bare force noun at token k ("police said"); a capitalised "Police" opening its sentence
 * was read as a capitalised phrase of its own ('other'), which is now known to be the description.
 */
function forceSlot(article: Article, slots: Slot[], tokens: Token[], from: number, to: number): Slot {
  const slot = descSlot(article, slots, tokens, from, to, null);
  if (slot.kind === 'other') {
    slot.kind = 'desc';
    slot.determiner = null;
  }
  return slot;
}

/** The force noun of a force phrase opening at token k ("police", "Westbrook police"), or -1 when none opens there. */
function forceNounFrom(tokens: Token[], k: number): number {
  for (let i = k; i <= k + FORCE_PREFIX_WORDS && i < tokens.length; i++)
    if (forcePhraseStart(tokens, i) === k) return i;
  return -1;
}

/** Most words between a role noun and the name it introduces ("chairman, Tom Lee", "chief executive Ann Hale"). */
const OFFICER_GAP = 3;

/**
 * A US student's school year written before the name like a role ("said senior Ana Ruiz"); only before a full name,
 * as "a senior PLACE official" uses the same words of rank.
 */
export const SCHOOL_YEAR_WORDS: ReadonlySet<string> = new Set(['senior', 'junior']);

/** The name a role noun opening at token `at` introduces ("chairman, Tom Lee"), or undefined when none does. */
function officerNamedAfter(tokens: Token[], slots: Slot[], at: number): Slot | undefined {
  if (!isRoleHead(lowerAt(tokens, at))) return undefined;
  for (let j = at + 1; j <= at + OFFICER_GAP && j < tokens.length; j++) {
    const named = slotAt(slots, j, ['name']);
    if (named) return named;
    if (tokens[j]?.kind !== 'word' && tokens[j]?.text !== ',') return undefined;
  }
  return undefined;
}

/** Most tokens of a possessed phrase before the comma that sets its person off ("Lindqvist's old trainer at the yard,"). */
const POSSESSED_PHRASE_TOKENS = 10;

/**
 * The name set off by commas after a possessed phrase starting at `from` ("’s old trainer at the yard, Otto
 * Brenner,"), or undefined: the phrase's first comma must come within POSSESSED_PHRASE_TOKENS, before any quote or
 * speech verb, and the name must be closed by a comma, a speech verb or the sentence's end.
 */
function possessedAppositive(tokens: Token[], slots: Slot[], from: number): Slot | undefined {
  for (let j = from; j < tokens.length && j < from + POSSESSED_PHRASE_TOKENS; j++) {
    const t = tokens[j];
    if (t === undefined || t.kind === 'quote' || isSpeechVerbAt(tokens, j)) return undefined;
    if (t.text !== ',') continue;
    // ("Ruiz's coach, former champion Tom Hale, …": the name may follow a role of its own in the appositive.)
    const named = slotAt(slots, j + 1, ['name']) ?? nameAfterRoleWords(tokens, slots, j + 1);
    if (named === undefined) return undefined;
    const after = tokens[named.to];
    return after === undefined || after.text === ',' || after.text === '.' || speechVerbAfter(tokens, named.to)
      ? named
      : undefined;
  }
  return undefined;
}

/** Most lower-case words of a role between a sentence's first word and the name ("shop steward"). */
const OPENING_ROLE_WORDS = 3;

/** The name right after a role of lower-case words starting at `from` ("worker NAME", "shop steward NAME"). */
export function nameAfterRoleWords(tokens: Token[], slots: Slot[], from: number): Slot | undefined {
  for (let j = from; j < from + OPENING_ROLE_WORDS; j++) {
    const t = tokens[j];
    if (t?.kind !== 'word' || t.capital) return undefined;
    if (isRoleHead(t.lower)) return slotAt(slots, j + 1, ['name']);
  }
  return undefined;
}

/**
 * "said co-founder and chief executive Ana Ruiz", "said founder and CEO Tom Hale": the name after a second role that
 * "and" at `and` joins to the first, both the one person's.
 */
function nameAfterJoinedRole(tokens: Token[], slots: Slot[], and: number): Slot | undefined {
  if (lowerAt(tokens, and) !== 'and') return undefined;
  // ("CEO Tom Hale": a title opening the name's run is the second role.)
  const titled = slotAt(slots, and + 1, ['name']);
  if (titled) return isRoleHead(lowerAt(tokens, and + 1)) ? titled : undefined;
  const second = roleAfter(tokens, and + 1);
  return second === null ? undefined : slotAt(slots, second.to, ['name']);
}

/**
 * Whether the noun at `at` after "the" is a document speaking there: a statement or the like anywhere, a findings
 * document (FINDINGS_DOCUMENTS) only right before a speech verb or closing the clause ("the ruling said", "…, said
 * the report."), not "The report, commissioned by NAME, runs to …", where it speaks for nobody named.
 */
function documentSpeaksAt(tokens: Token[], at: number): boolean {
  const noun = lowerAt(tokens, at);
  if (AUTHORED_DOCUMENTS.has(noun)) return true;
  if (!FINDINGS_DOCUMENTS.has(noun)) return false;
  const next = tokens[at + 1];
  return next === undefined || (next.kind === 'word' ? isSpeechVerbAt(tokens, at + 1) : next.text !== ',');
}

/** The speaker phrase starting at token k: a pronoun, a (titled) name, a role, or a description. */
export function npAt(
  article: Article,
  tokens: Token[],
  slots: Slot[],
  k: number,
): { slot: Slot | null; blocking: boolean; span: { from: number; to: number } | null } {
  const pronoun = slotAt(slots, k, ['pronoun']);
  if (pronoun) return { slot: pronoun, blocking: false, span: { from: k, to: k + 1 } };
  // ("said senior Ana Ruiz, 17": a student's school year right before a full name.)
  const student = SCHOOL_YEAR_WORDS.has(lowerAt(tokens, k)) ? slotAt(slots, k + 1, ['name']) : undefined;
  // (Not "said senior NAME's mother, NAME2": the name owning the phrase is not who it is.)
  const owns = student !== undefined && tokens[student.to - 1]?.possessive === true;
  if (student?.text.includes(' ') && !owns)
    return { slot: student, blocking: false, span: { from: k, to: student.to } };
  // "Long-standing worker Mark Lewin, 53, …", "Veteran shop steward Carl Dunn": a word capitalised only as the
  // sentence's first, then a role and a name.
  const opensWithWord = k === 0 && tokens[0]?.kind === 'word' && slotAt(slots, 0, ['name', 'pronoun']) === undefined;
  const namedAfterRole = opensWithWord ? nameAfterRoleWords(tokens, slots, 1) : undefined;
  if (namedAfterRole) return { slot: namedAfterRole, blocking: false, span: { from: k, to: namedAfterRole.to } };
  // "Labour’s Sir Ann Hale", "Tidewell’s chief executive Ann Hale": a body or place owning the name after it.
  const ownerBody = slotAt(slots, k, ['other']);
  if (ownerBody && tokens[ownerBody.to - 1]?.possessive === true) {
    const owned = slotAt(slots, ownerBody.to, ['name']) ?? nameAfterRoleWords(tokens, slots, ownerBody.to);
    if (owned) return { slot: owned, blocking: false, span: { from: k, to: owned.to } };
  }
  // "one" alone is nobody in particular; "one resident" is a person brought in unnamed (a role phrase below).
  const oneOf = UNNAMED_OPENERS.has(lowerAt(tokens, k)) && roleAfter(tokens, k) !== null;
  if (OTHER_PRONOUNS.has(lowerAt(tokens, k)) && !oneOf)
    return { slot: null, blocking: true, span: { from: k, to: k + 1 } };
  // "according to a statement from the Ministry of Health": a body's name after "the".
  const body = lowerAt(tokens, k) === 'the' ? slotAt(slots, k + 1, ['name', 'other']) : undefined;
  if (body && isOrganisationName(body.text.split(' '))) {
    // "said the Westfield Rovers chairman, Tom Lee": the body owns the role; the name after the role speaks.
    const officer = officerNamedAfter(tokens, slots, body.to);
    if (officer) return { slot: officer, blocking: false, span: { from: k, to: officer.to } };
    return { slot: body, blocking: false, span: { from: k, to: body.to } };
  }
  // "His club Sporting Delmare posted a tribute": the body named after its noun.
  const namedAfterNoun = slotAt(slots, k + 2, ['name']);
  if (namedAfterNoun && namedBody(tokens, k + 2))
    return { slot: namedAfterNoun, blocking: false, span: { from: k, to: namedAfterNoun.to } };
  // "A 2016 NAME inspection said": the body that issued the speaking document speaks.
  const issuer = slotAt(slots, issuerStart(tokens, k), ['name', 'other']);
  if (issuer && issuesDocumentAt(tokens, issuer.from, issuer.to))
    return { slot: issuer, blocking: false, span: { from: k, to: issuer.to + 1 } };
  // "Lindqvist's old trainer at the yard, Otto Brenner, could …": a name owning the phrase is not who the phrase is; the
  // person it is set off with is, and nobody known when none is ("said Brenner's mother").
  const owner = slotAt(slots, k, ['name']);
  // (Not "X's message was simple: “…”": what a person said is theirs.)
  if (owner && tokens[owner.to - 1]?.possessive === true && !speechNounAt(tokens, owner.to)) {
    const named = possessedAppositive(tokens, slots, owner.to);
    if (named) return { slot: named, blocking: false, span: { from: k, to: named.to } };
    // ("Rhodes's Nashville Nights co-star Jenna Young wrote": a show or body of the owner's, then a role and a name.)
    const ownedBody = slotAt(slots, owner.to, ['other']);
    const holder = ownedBody === undefined ? undefined : nameAfterRoleWords(tokens, slots, ownedBody.to);
    if (holder) return { slot: holder, blocking: false, span: { from: k, to: holder.to } };
    // ("said Lindqvist's daughter Ebba": the name right after the role speaks, as below.)
    if (!isRoleHead(lowerAt(tokens, owner.to)) || slotAt(slots, owner.to + 1, ['name']) === undefined)
      return { slot: null, blocking: true, span: { from: k, to: owner.to } };
  }
  // "noted the Rev. Tom Ashby", "said the Hon. Ann Berg": a titled name may take "the".
  const titled = lowerAt(tokens, k) === 'the' ? slotAt(slots, k + 1, ['name']) : undefined;
  if (titled && HEAD_TITLES.has(lowerAt(tokens, k + 1)))
    return { slot: titled, blocking: false, span: { from: k, to: titled.to } };
  const name = slotAt(slots, k, ['name']);
  // "said Marlow lawyer Jane Tessaro": the first name owns the role; the second speaks.
  if (name && isRoleHead(lowerAt(tokens, name.to)) && !tokens[name.to]?.capital) {
    for (let j = name.to + 1; j <= name.to + 3 && j < tokens.length; j++) {
      const speaker = slotAt(slots, j, ['name']);
      if (speaker) return { slot: speaker, blocking: false, span: { from: k, to: speaker.to } };
      if (tokens[j]?.kind !== 'word') break;
    }
  }
  if (name) {
    // "said Smith and Jones": several speakers at once are no one person.
    if (['and', '&'].includes(lowerAt(tokens, name.to)) && tokens[name.to + 1]?.capital)
      return { slot: null, blocking: true, span: { from: name.from, to: name.to + 2 } };
    return { slot: name, blocking: false, span: { from: name.from, to: name.to } };
  }
  const roleRun = slotAt(slots, k, ['role']);
  // "“…,” the statement continued": the document speaks for whoever issued it.
  if (lowerAt(tokens, k) === 'the' && documentSpeaksAt(tokens, k + 1))
    return { slot: descSlot(article, slots, tokens, k, k + 2, 'the'), blocking: false, span: { from: k, to: k + 2 } };
  // "said the latter": one of the people just named, picked out by order.
  if (lowerAt(tokens, k) === 'the' && PICKING_OUT.has(lowerAt(tokens, k + 1)) && tokens[k + 2]?.kind !== 'word')
    return { slot: descSlot(article, slots, tokens, k, k + 2, 'the'), blocking: false, span: { from: k, to: k + 2 } };
  const role = roleAfter(tokens, k);
  if (role) {
    // "said chair of the panel Marta Ilves": the role's complement stands between it and the name.
    const after = tokens[role.to]?.text === ',' ? role.to + 1 : complementEnd(tokens, role.to);
    // ("said co-author Professor Ann Hale": a titled name's run may open inside the role phrase read.)
    // ("said Leader of Opposition Ann Hale": or a role with no determiner read may run to the name's end, when the
    // name's run opens with its portfolio word; not "said one resident of Quenby Heath", nor "said resident of Quenby
    // Heath Ann Hale", a place run into the name.)
    const titled = slots.find(
      (x) =>
        x.kind === 'name' &&
        x.from > role.from &&
        x.from < role.to &&
        (x.to > role.to || (x.to === role.to && role.determiner === null && isPortfolioWord(tokens[x.from]))),
    );
    const named =
      slotAt(slots, after, ['name']) ??
      slotAt(slots, role.to, ['name']) ??
      nameAfterJoinedRole(tokens, slots, role.to) ??
      titled;
    if (named) return { slot: named, blocking: false, span: { from: k, to: named.to } };
    if (roleRun && roleRun.to >= role.to)
      return { slot: roleRun, blocking: false, span: { from: roleRun.from, to: roleRun.to } };
    return {
      slot: descSlot(article, slots, tokens, role.from, role.to, role.determiner),
      blocking: false,
      span: { from: role.from, to: role.to },
    };
  }
  if (roleRun) return { slot: roleRun, blocking: false, span: { from: roleRun.from, to: roleRun.to } };
  // ("A winch operator who was lifted out late on Friday … told of …": words an indefinite article opens before
  // "who" are somebody unnamed, whatever noun heads them.)
  const unnamedTo = unnamedBeforeWho(tokens, k);
  if (unnamedTo !== -1) {
    const slot = descSlot(article, slots, tokens, k, unnamedTo, lowerAt(tokens, k));
    return { slot, blocking: false, span: { from: k, to: unnamedTo } };
  }
  // "said central bank governor Anna Berg": plain words ending in a role noun right before a name.
  for (let j = k + 1; j <= k + 6 && j < tokens.length; j++) {
    const named = slotAt(slots, j, ['name']);
    if (named) {
      const role = roleBefore(tokens, j);
      if (role !== null) return { slot: named, blocking: false, span: { from: k, to: named.to } };
      break;
    }
    const t = tokens[j - 1];
    if (t?.kind !== 'word' || NON_SUBJECT_LINKS.has(t.text.toLowerCase())) break;
  }
  // "said a disappointed Hale", "said an emotional Ann Hale": a determiner and words describing the person's mood
  // before the name itself.
  const described = describedName(tokens, slots, k);
  if (described) return { slot: described, blocking: false, span: { from: k, to: described.to } };
  // "said police": the force the article names.
  const force = forceNounFrom(tokens, k);
  if (force !== -1)
    return { slot: forceSlot(article, slots, tokens, k, force + 1), blocking: false, span: { from: k, to: force + 1 } };
  const other = slotAt(slots, k, ['other']);
  if (other) return { slot: null, blocking: true, span: { from: other.from, to: other.to } };
  // "said the ministry", "said the health ministry".
  for (let end = k + 2; end <= k + 4 && end <= tokens.length; end++) {
    if (!ORGANISATION_NOUNS.has(lowerAt(tokens, end - 1))) continue;
    const organisation = organisationPhrase(article, tokens, slots, end);
    if (organisation !== null && organisation.from === k)
      return { slot: organisation, blocking: false, span: { from: k, to: end } };
  }
  const t = tokens[k];
  if (t?.kind === 'word' && DETERMINERS.has(t.text.toLowerCase()))
    return { slot: null, blocking: true, span: { from: k, to: k + 1 } };
  return { slot: null, blocking: false, span: null };
}

/** Most lower-case words between "a" and the name in "said a visibly disappointed Hale". */
const DESCRIBING_WORDS = 2;

/** The name after a determiner and up to DESCRIBING_WORDS lower-case words at `k` ("a disappointed Hale"), if any. */
function describedName(tokens: Token[], slots: Slot[], k: number): Slot | undefined {
  if (!DETERMINERS.has(lowerAt(tokens, k))) return undefined;
  for (let j = k + 1; j <= k + 1 + DESCRIBING_WORDS; j++) {
    const t = tokens[j];
    if (j > k + 1) {
      const named = slotAt(slots, j, ['name']);
      if (named) return named;
    }
    if (t?.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || isStopWord(t.lower)) return undefined;
  }
  return undefined;
}

/** "the ministry", "the health ministry" ending right before token `end`: a description of an organisation. */
export function organisationPhrase(article: Article, tokens: Token[], slots: Slot[], end: number): Slot | null {
  // "police said": the force the article names.
  const forceFrom = forcePhraseStart(tokens, end - 1);
  if (forceFrom !== -1) return forceSlot(article, slots, tokens, forceFrom, end);
  const head = lowerAt(tokens, end - 1);
  if (!ORGANISATION_NOUNS.has(head) || isRoleHead(head) || tokens[end - 1]?.capital) return null;
  for (let d = end - 2; d >= Math.max(0, end - 4); d--) {
    const t = tokens[d];
    if (t?.kind !== 'word') return null;
    if (t.lower === 'the') return descSlot(article, slots, tokens, d, end, 'the');
    if (!/^\p{Ll}/u.test(t.text) || isStopWord(t.lower)) return null;
  }
  return null;
}

/** Where a noun phrase ending at or after token k starts: back over its words to a determiner ("the ministry"). */
export function phraseStart(tokens: Token[], k: number): number {
  let from = k;
  for (let i = k - 1; i >= Math.max(0, k - 4); i--) {
    const t = tokens[i];
    if (t?.kind !== 'word' || NON_SUBJECT_LINKS.has(t.lower) || CLAUSE_JOINS.has(t.lower) || isSpeechVerbAt(tokens, i))
      break;
    from = i;
    if (DETERMINERS.has(t.lower)) break;
  }
  return from;
}

/** Most lower-case words between an indefinite article and the "who" after them ("a winch operator who"). */
const UNNAMED_WHO_WORDS = 4;

/**
 * Where the words of somebody unnamed end when an indefinite article at token k opens them and "who" follows them
 * ("A winch operator who …"); -1 when no such phrase stands there.
 */
function unnamedBeforeWho(tokens: Token[], k: number): number {
  if (!INDEFINITE_ARTICLES.has(lowerAt(tokens, k))) return -1;
  for (let j = k + 1; j <= k + UNNAMED_WHO_WORDS; j++) {
    const t = tokens[j];
    if (t?.kind !== 'word' || t.capital) return -1;
    if (tokens[j + 1]?.lower === 'who') return j + 1;
  }
  return -1;
}
