// The role a sentence gives a name beside it after the name: an appositive set off by commas ("NAME, Russia's
// ambassador,") or a copula ("NAME is the author of …"). Read by the name evidence (sentenceEvidence.ts, evidence.ts).
import { statedAgeEnd } from './ages.ts';
import { lowerAt, type Sentence, wordsAt } from './frames.ts';
import { ARTICLES, FEMALE_PRONOUNS, MALE_PRONOUNS } from './lexicon.ts';
import type { NameEvidence } from './people.ts';
import type { CapitalRun } from './names.ts';
import { HONORIFICS, type RolePhrase, roleAfter, roleBefore } from './rolePhrases.ts';
import { type Token, withPossessive } from './tokens.ts';
import { isSpeechVerbAt } from './verbReach.ts';
import { participialOpeningEnd } from './pronouns.ts';
import { isNationality } from './roleLexicon.ts';

/** Words that tie a role to the body it works for or the place it works in ("a director at Riverside Arts"). */
export const ROLE_LINKS: ReadonlySet<string> = new Set(['at', 'of', 'for', 'with', 'from', 'in', 'on']);

/**
 * The role set off by the comma at `comma` after a name, past an age between them ("Lena Fischer, 19, a law student",
 * ", aged 19,"); null when no role phrase opens there.
 */
export function roleSetOffAfter(tokens: Token[], comma: number): RolePhrase | null {
  const ageEnd = statedAgeEnd(tokens, comma);
  return roleAfter(tokens, ageEnd !== -1 && tokens[ageEnd]?.text === ',' ? ageEnd + 1 : comma + 1);
}

/**
 * "Dmitry Rogozin, Russia's ambassador,", "Lena Fischer, 19, a law student,": the role an appositive set off after
 * the name gives it; null when the words after the comma are no role.
 */
export function appositiveRole(tokens: Token[], run: CapitalRun): string | null {
  if (tokens[run.to]?.text !== ',' || PLACE_BEFORE_APPOSITIVE.has(lowerAt(tokens, run.from - 1))) return null;
  // ("After meeting Carla Ode, the captain said": a comma closing an opening clause ends no appositive's name.)
  if (participialOpeningEnd(tokens) === run.to) return null;
  const role = roleSetOffAfter(tokens, run.to);
  if (role === null || (role.determiner !== null && !ARTICLES.has(role.determiner))) return null;
  let end = pastWhere(tokens, role.to);
  // "NAME, a marine biologist and spokeswoman for the group, said": two roles joined by "and".
  const second = lowerAt(tokens, end) === 'and' ? roleAfter(tokens, end + 1, role.determiner !== null) : null;
  if (second !== null) end = pastWhere(tokens, second.to);
  const next = tokens[end];
  // An appositive closes with a comma, a sentence end, a speech verb or "who" ("Tomlin, a young boy who …").
  if (next !== undefined && next.kind === 'word' && !isSpeechVerbAt(tokens, end) && next.lower !== 'who') return null;
  // ("… but none to Kellsbridge, the doctor noted": a place after a preposition, then the sentence's own
  // attribution; not "NAME, the physician, noted" with its closing comma left out.)
  // ("In a message on Kestrel, the governor said": so is a name closing a phrase of when or through what.)
  const preposition = lowerAt(tokens, run.from - 1);
  if (
    next?.kind === 'word' &&
    isSpeechVerbAt(tokens, end) &&
    (OBJECT_PREPOSITIONS.has(preposition) || SETTING_PREPOSITIONS.has(preposition))
  )
    return null;
  const text = withoutArticle(role.text);
  // "NAME, Acme's head of product safety,": a remit in lower case is part of the role ("the safety chief" later).
  const remit = second === null ? remitAfter(tokens, role.to, end) : [];
  return remit.length > 0 ? `${text} ${remit.join(' ')}` : text;
}

/**
 * Prepositions of when or through what ("on X", "after Tuesday's vote"), besides places' (PLACE_BEFORE_APPOSITIVE),
 * before a name that a comma and a role speaking follow: the role is the sentence's subject, not the name's
 * appositive.
 */
export const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...['on', 'via', 'after', 'before', 'during', 'through'],
]);

/**
 * "The regional envoy for the talks, veteran diplomat Ilse Marten, said": the role a sentence opens with
 * when the name set off by commas after it is the one who holds it (the phrase closes at the name's comma or a
 * speech verb); null when the sentence opens with no such role.
 */
export function openingAppositiveRole(tokens: Token[], run: CapitalRun): string | null {
  const start = roleBefore(tokens, run.from)?.from ?? run.from;
  if (tokens[start - 1]?.text !== ',' || (tokens[run.to]?.text !== ',' && !isSpeechVerbAt(tokens, run.to))) return null;
  const role = roleAfter(tokens, 0);
  if (role === null || role.determiner === null || !ARTICLES.has(role.determiner)) return null;
  if (role.to !== start - 1 && pastWhere(tokens, role.to) !== start - 1) return null;
  return withoutArticle(role.text);
}

/** Most words, back from a name's comma, of a role set off before it with its remit ("the spokesperson for …,"). */
const SET_OFF_REMIT_ROLE_WORDS = 9;

/**
 * "Confirming the arrests, the press officer for the county Police Division, SP NAME, said": a role with an article
 * and the remit or place it is held in ("for the …", "at the …"), set off by the comma at `comma` right before a
 * name, is the name's; null when no such role closes at the comma. (Not a role a preposition takes: "a claim
 * against the head of the board, NAME," — PREPOSITIONS_BEFORE_OTHER.)
 */
export function setOffRemitRole(tokens: Token[], comma: number): { text: string; head: string; from: number } | null {
  if (tokens[comma]?.text !== ',') return null;
  for (let k = comma - 2; k >= Math.max(0, comma - SET_OFF_REMIT_ROLE_WORDS); k--) {
    if (!ARTICLES.has(lowerAt(tokens, k))) continue;
    const role = roleAfter(tokens, k);
    if (role === null || role.determiner === null || role.to >= comma || pastWhere(tokens, role.to) !== comma) continue;
    if (PREPOSITIONS_BEFORE_OTHER.has(lowerAt(tokens, k - 1))) return null;
    const remit = tokens.slice(role.to, comma);
    // ("A lawyer for Mr Hale, NAME,": a remit naming a person by honorific is the client, left to roleBefore.)
    if (remit.some((t) => HONORIFICS.has(t.lower))) return null;
    return { text: `${withoutArticle(role.text)} ${remit.map((t) => t.text).join(' ')}`, head: role.head, from: k };
  }
  return null;
}

/** Words after an appositive's closing comma that make the name one of a list, not the role's holder. */
export const APPOSITION_LIST_WORDS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * "a sitting at which the owner, retired pilot Ilse Marten, spoke": a role with an article set off by a comma
 * right before a name's own role is the name's too, inside a sentence as at its opening (openingAppositiveRole).
 * Not when the name closes with neither a comma nor the sentence's end, nor in a list ("the landlord, tenant
 * Ilse Marten, and the council").
 */
export function setOffRoleBefore(tokens: Token[], run: CapitalRun): string | null {
  const own = roleBefore(tokens, run.from);
  if (own === null || own.determiner !== null || tokens[own.from - 1]?.text !== ',') return null;
  const close = tokens[run.to];
  if (close !== undefined && close.text !== ',' && close.kind !== 'punct') return null;
  if (close?.text === ',' && APPOSITION_LIST_WORDS.has(lowerAt(tokens, run.to + 1))) return null;
  const role = roleBefore(tokens, own.from - 1);
  if (role === null || role.determiner === null || !ARTICLES.has(role.determiner)) return null;
  // ("a claim against the landlord, tenant NAME,", "after the chairman, treasurer NAME,": a role a preposition
  // takes is somebody the sentence is about, the name after it another.)
  if (PREPOSITIONS_BEFORE_OTHER.has(lowerAt(tokens, role.from - 1))) return null;
  return withoutArticle(role.text);
}

/** Prepositions before a role set off by a comma that make the name after it somebody else ("against the landlord,"). */
export const PREPOSITIONS_BEFORE_OTHER: ReadonlySet<string> = new Set([
  ...['against', 'after', 'from', 'with', 'to', 'for', 'by', 'before', 'behind', 'beside', 'than', 'like', 'versus'],
]);

/** A role's text without the article opening it ("the regional envoy" is "regional envoy"). */
function withoutArticle(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/iu, '');
}

/**
 * Verbs of holding a post, in a relative clause after a name, with the role noun they make of their object: "NAME,
 * who chairs the livestock committee," is its chair ("the livestock chairman" later), "who heads the agency" its head.
 */
export const POST_VERBS: ReadonlyMap<string, string> = new Map([
  ['chairs', 'chair'],
  ['heads', 'head'],
  ['leads', 'leader'],
  ['directs', 'director'],
  ['manages', 'manager'],
  ['coaches', 'coach'],
  ['captains', 'captain'],
  ['edits', 'editor'],
]);

/**
 * Words right after a post verb that make it a verb of moving or of a lead in a race, holding no post: "who heads to
 * next week's event", "who leads by two strokes", "who heads home on Sunday".
 */
export const NO_POST_AFTER: ReadonlySet<string> = new Set([
  ...['to', 'for', 'into', 'towards', 'toward', 'back', 'home', 'out', 'off', 'by', 'in', 'at', 'from'],
  ...['down', 'with', 'after', 'through', 'across', 'abroad', 'north', 'south', 'east', 'west'],
]);

/** Most words of the object a post verb holds ("NFU Scotland's livestock committee"). */
const POST_OBJECT_WORDS = 6;

/**
 * "NAME, who chairs the farmers' union livestock committee and …": the role a relative clause of holding a post gives the
 * name (POST_VERBS), its object's words before the role noun; null when no such clause follows the name.
 */
export function postHeldRole(tokens: Token[], run: CapitalRun): string | null {
  if (tokens[run.to]?.text !== ',') return null;
  const who = relativeAfterAppositive(tokens, run.to + 1);
  if (who === -1) return null;
  const noun = POST_VERBS.get(lowerAt(tokens, who + 1));
  if (noun === undefined || NO_POST_AFTER.has(lowerAt(tokens, who + 2))) return null;
  const words: string[] = [];
  for (let k = who + 2; k < tokens.length && words.length < POST_OBJECT_WORDS; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || t.lower === 'and') break;
    if (!ARTICLES.has(t.lower)) words.push(withPossessive(t));
  }
  return words.length === 0 ? null : `${words.join(' ')} ${noun}`;
}

/** Most words of an appositive with an article between a name's comma and its "who" ("the Harlow Republican who"). */
const POST_APPOSITIVE_WORDS = 4;

/**
 * The "who" at `from`, or past an appositive of an article and a few words with no comma ("NAME, the Harlow
 * Republican who chairs …": the appositive is the name's, and so is its clause); -1 when none stands there.
 */
function relativeAfterAppositive(tokens: Token[], from: number): number {
  if (lowerAt(tokens, from) === 'who') return from;
  if (!ARTICLES.has(lowerAt(tokens, from))) return -1;
  for (let k = from + 1; k <= from + 1 + POST_APPOSITIVE_WORDS; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word') return -1;
    if (t.lower === 'who') return k > from + 1 ? k : -1;
    // ("NAME, an ally of Maria Kell who chairs …": past a link the clause may be the other person's.)
    if (ROLE_LINKS.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * The same posts in the passive, by the participle before "by NAME": "the inquiry, which is chaired by Ann Berg," makes
 * her its chair ("the chairperson said" later).
 */
export const PASSIVE_POST_VERBS: ReadonlyMap<string, string> = new Map([
  ['chaired', 'chair'],
  ['headed', 'head'],
  ['led', 'leader'],
  ['directed', 'director'],
  ['managed', 'manager'],
  ['coached', 'coach'],
  ['captained', 'captain'],
  ['edited', 'editor'],
]);

/** The role noun a passive post verb before "by" and the name makes of it ("chaired by Ann Berg": chair), or null. */
export function passivePostRole(tokens: Token[], run: CapitalRun): string | null {
  if (lowerAt(tokens, run.from - 1) !== 'by') return null;
  return PASSIVE_POST_VERBS.get(lowerAt(tokens, run.from - 2)) ?? null;
}

/** The words of a remit in lower case between a role's end and its appositive's ("of product safety"), or none. */
function remitAfter(tokens: Token[], from: number, end: number): string[] {
  if (!['of', 'for'].includes(lowerAt(tokens, from)) || tokens[end]?.text !== ',') return [];
  const words = tokens.slice(from, end);
  return words.every((t) => t.kind === 'word' && !t.capital) ? words.map((t) => t.text) : [];
}

/** Prepositions whose object a role and a speech verb after it do not describe ("to Springhill, the doctor said"). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'from', 'into', 'for', 'with', 'by', 'about', 'of']);

/** Prepositions of place: "leaders in Northfleet, the Prime Minister said" sets off a place, not a person. */
const PLACE_BEFORE_APPOSITIVE = new Set(['in', 'at', 'near', 'across', 'outside', 'inside', 'around']);

/** Most lower-case words a role's remit may run to ("minister for trade and industry") before the appositive closes. */
const REMIT_WORDS = 4;

/**
 * Past "at Riverside Arts", "of the Harbour Trust" after a role, or a remit in lower case closed by a comma ("the
 * Secretary of State for maritime affairs, who …"): where the appositive's words end.
 */
function pastWhere(tokens: Token[], from: number): number {
  let k = from;
  while (ROLE_LINKS.has(lowerAt(tokens, k))) {
    let j = k + 1;
    if (lowerAt(tokens, j) === 'the') j++;
    // Only "for" and "of" bring in a remit ("for maritime affairs"); "from the youth academy" says where, not what.
    const remit = lowerAt(tokens, k) === 'for' || lowerAt(tokens, k) === 'of';
    if (!tokens[j]?.capital && remit) {
      let end = j;
      while (
        end - j < REMIT_WORDS &&
        tokens[end]?.kind === 'word' &&
        !tokens[end]?.capital &&
        // ("for the state police": a word right after "the" is a noun, no verb of speech.)
        (lowerAt(tokens, end - 1) === 'the' || !isSpeechVerbAt(tokens, end))
      )
        end++;
      // "for the campaign group Tide Line,": the body's name may close the remit.
      if (end > j) while (tokens[end]?.capital) end++;
      return end > j && tokens[end]?.text === ',' ? end : k;
    }
    // ("NAME, the baker at the corner shop on Mill Road, …": where a role is held, in lower case, closed by a comma.)
    if (!tokens[j]?.capital) return placeClosedByComma(tokens, j) ?? k;
    // ("NAME, a geologist with the Dutch survey firm Veldmaat Grond, …": a nationality may open a
    // body's kind in lower case; "a welder at British Steel in Scunthorpe" goes on past the capitals as before.)
    const described =
      isNationality(lowerAt(tokens, j)) && !tokens[j + 1]?.capital ? placeClosedByComma(tokens, j) : undefined;
    if (described !== undefined) return described;
    while (tokens[j]?.capital) j++;
    k = j;
  }
  return k;
}

/** Most tokens of where a role is held, in lower case, before the comma closing the appositive ("the corner shop"). */
const ROLE_PLACE_TOKENS = 8;

/**
 * The comma closing a place where a role is held written in lower case from token `from` ("the corner shop on Mill
 * Road,"): words that are no speech verb, capitalised names and ROLE_LINKS between; undefined when no comma closes it.
 */
function placeClosedByComma(tokens: Token[], from: number): number | undefined {
  for (let end = from; end < from + ROLE_PLACE_TOKENS; end++) {
    const t = tokens[end];
    if (t?.text === ',') return end > from ? end : undefined;
    if (t?.kind !== 'word' || isSpeechVerbAt(tokens, end) || t.lower === 'who') return undefined;
  }
  return undefined;
}

/**
 * Words right before "as" that make the role after it one its subject holds or held, with the verb a particle needs
 * before it ("stepped down", "sworn in", "took over"; not "broke down as the judge read …"), or null when the word is
 * the verb: "NAME resigned as chair", "NAME was appointed as head coach".
 */
export const POST_BEFORE_AS: ReadonlyMap<string, ReadonlySet<string> | null> = new Map([
  ...[
    ...['resigned', 'quit', 'retired', 'served', 'serves', 'appointed', 'reappointed', 'named', 'elected'],
    ...['re-elected', 'confirmed', 'installed', 'remains', 'stays', 'continues', 'returns', 'returned'],
  ].map((verb): [string, null] => [verb, null]),
  ['down', new Set(['stepped', 'steps', 'step', 'stepping', 'stood', 'stands'])],
  ['in', new Set(['sworn'])],
  ['over', new Set(['took', 'takes', 'take', 'taking'])],
]);

/**
 * Words that may follow a post's role after "as": its end, a place or time ("as SIDE manager after four seasons"); a
 * verb there makes the "as" one of time ("as the judge read out the verdict").
 */
const AFTER_POST_ROLE: ReadonlySet<string> = new Set([
  ...['after', 'in', 'at', 'of', 'for', 'on', 'since', 'from', 'until', 'with', 'and', 'but', 'last', 'this'],
  ...['earlier', 'following', 'amid', 'before', 'ahead', 'effective', 'two', 'three', 'four', 'five'],
]);

/** Most tokens from a name opening its sentence to the "as" of its post ("NAME has stepped down as"). */
const POST_AS_TOKENS = 4;

/** Whether the word before "as" at token k makes the role after it a post (POST_BEFORE_AS). */
function postBeforeAs(tokens: Token[], k: number): boolean {
  const word = lowerAt(tokens, k - 1);
  if (!POST_BEFORE_AS.has(word)) return false;
  const verbs = POST_BEFORE_AS.get(word) ?? null;
  return verbs === null || verbs.has(lowerAt(tokens, k - 2));
}

/**
 * "Ann Berg has stepped down as Harbour camogie manager": the role after "as" that a full name opening its sentence
 * holds or held, by a verb of taking up or leaving a post (POST_BEFORE_AS); null otherwise, or when a verb follows
 * the role ("sat down as the chair opened the meeting").
 */
export function postAsRole(tokens: Token[], run: CapitalRun): string | null {
  if (run.from !== 0 || run.name.length < 2) return null;
  for (let k = run.to; k < tokens.length && k <= run.to + POST_AS_TOKENS; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || t.capital) return null;
    if (t.lower !== 'as') continue;
    if (!postBeforeAs(tokens, k)) return null;
    const role = roleAfter(tokens, k + 1);
    if (role === null) return null;
    const after = tokens[role.to];
    const verbAfter = after?.kind === 'word' && !after.capital && !AFTER_POST_ROLE.has(after.lower);
    return verbAfter ? null : withoutArticle(role.text);
  }
  return null;
}

/** Verbs that tie a name opening its sentence to the role after them ("NAME is the author of …"). */
export const COPULAS: ReadonlySet<string> = new Set(['is', 'was']);

/** Perfect forms of the copula, of two words ("NAME has been the mission's lead scientist since 2015"). */
export const PERFECT_COPULAS: readonly (readonly string[])[] = [
  ['has', 'been'],
  ['had', 'been'],
];

/** Copulas of a role held now ("is", "has been"), not one that may have ended ("was the mayor until 2019"). */
export const CURRENT_COPULAS: ReadonlySet<string> = new Set(['is', 'has']);

/**
 * Where the role after a copula right after `at` opens ("is", "has been"); -1 when no copula stands there, or, for a
 * `current` role only, one of the past (CURRENT_COPULAS).
 */
function pastCopula(tokens: Token[], at: number, current: boolean): number {
  if (current && !CURRENT_COPULAS.has(lowerAt(tokens, at))) return -1;
  if (COPULAS.has(lowerAt(tokens, at))) return at + 1;
  const perfect = PERFECT_COPULAS.find((words) => wordsAt(tokens, at, words));
  return perfect === undefined ? -1 : at + perfect.length;
}

/**
 * "Mira Osei is the author of a new novel", "Ben Ruiz was a ferry captain for thirty years", "NAME has been the
 * mission's lead scientist": a full name opening its sentence, then a copula (COPULAS, PERFECT_COPULAS) and a role
 * with an article; null otherwise.
 */
export function copularRole(tokens: Token[], run: CapitalRun, current = false): string | null {
  const start = pastCopula(tokens, run.to, current);
  if (run.from !== 0 || run.name.length < 2 || start === -1) return null;
  const role = roleAfter(tokens, start);
  if (role === null || role.determiner === null || !ARTICLES.has(role.determiner)) return null;
  return withoutArticle(role.text);
}

/** Whether a he or she (his, her …) stands in `tokens` from `from` on, before any other name of `runs`. */
function pronounBeforeName(tokens: readonly Token[], runs: readonly CapitalRun[], from: number): boolean {
  const other = runs.find((r) => r.kind === 'name' && r.from >= from)?.from ?? tokens.length;
  return tokens.slice(from, other).some((t) => MALE_PRONOUNS.has(t.lower) || FEMALE_PRONOUNS.has(t.lower));
}

/**
 * "Mira Osei is the author of a new picture book. A former teacher, she lives by the harbour.": a name with a
 * copular role (copularRole) is a person's when a he or she refers to it, later in the sentence or in the next one
 * before any other name — "Harbour Books is the publisher of the series" is a body's, spoken of as "it".
 */
export function copularPerson(articleId: string, sentence: Sentence, next: Sentence | undefined): NameEvidence[] {
  const run = sentence.runs[0];
  if (run === undefined || run.kind !== 'name') return [];
  const role = copularRole(sentence.tokens, run);
  if (role === null) return [];
  const referred =
    pronounBeforeName(sentence.tokens, sentence.runs, run.to) ||
    (next !== undefined && next.paragraph === sentence.paragraph && pronounBeforeName(next.tokens, next.runs, 0));
  return referred ? [{ articleId, name: run.name, role, gender: null }] : [];
}

/**
 * "Dr. Mira Osei is the mission's lead scientist.": the copular role held now (CURRENT_COPULAS) of a full name its
 * own sentence already shows as a person's (a title, a speech verb: `own`) is theirs too, with no pronoun needed to
 * confirm it.
 */
export function copularRoleOfPerson(
  articleId: string,
  sentence: Sentence,
  own: readonly NameEvidence[],
): NameEvidence[] {
  const run = sentence.runs[0];
  if (run === undefined || run.kind !== 'name') return [];
  const key = run.name.join(' ');
  if (!own.some((e) => e.kind !== 'organisation' && e.name.join(' ') === key)) return [];
  const role = copularRole(sentence.tokens, run, true);
  return role === null ? [] : [{ articleId, name: run.name, role, gender: null }];
}

/**
 * "Ann Berg took over as Harbour camogie manager in May.": a full name opening its sentence with the post
 * it took up or left (postAsRole) is a person's, that role theirs ("the manager admitted" later), speech or none.
 */
export function postAsPerson(articleId: string, sentence: Sentence): NameEvidence[] {
  const run = sentence.runs[0];
  if (run === undefined || run.kind !== 'name') return [];
  const role = postAsRole(sentence.tokens, run);
  return role === null ? [] : [{ articleId, name: run.name, role, gender: null }];
}

/** Words that set off a person's other name after their role: "The rapper, real name Sam Adu,", "the singer, born
 * Mary Ellen Cole,". */
export const OTHER_NAME_LEADS: readonly (readonly string[])[] = [
  ['real', 'name'],
  ['birth', 'name'],
  ['born'],
  ['née'],
  ['nee'],
];

/** How many tokens right before `at` are one of OTHER_NAME_LEADS (0 when none is). */
export function otherNameLeadBefore(tokens: readonly Token[], at: number): number {
  for (const lead of OTHER_NAME_LEADS) {
    const start = at - lead.length;
    if (start >= 0 && lead.every((word, i) => tokens[start + i]?.text.toLowerCase() === word)) return lead.length;
  }
  return 0;
}
