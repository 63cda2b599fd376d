// Evidence one sentence gives that a capitalised name is a person's or an organisation's: a title before the name,
// a role beside it ("NATO spokeswoman Carmen Romero", "Dmitry Rogozin, Russia's ambassador"), "who" or an age after
// it, a speech verb next to a full name; an organisation speaking of itself as "it".
import type { Sentence } from './frames.ts';
import { lowerAt } from './frames.ts';
import {
  AFFILIATION_PREPOSITIONS,
  INDEFINITE_ARTICLES,
  TITLE_MODIFIERS,
  PORTFOLIO_WORDS,
  INVERTING_SPEECH_VERBS,
  ROLE_NOUNS,
  SPEECH_NOUNS,
  VERB_FILLERS,
} from './lexicon.ts';
import {
  genderOfWord,
  isTitleWord,
  portfolioOfficeAt,
  runWords,
  titleMarksPerson,
  type CapitalRun,
  type Gender,
} from './names.ts';
import { isAcronym } from './capitals.ts';
import { ROLE_INITIALS } from './roleInitials.ts';
import {
  complementStart,
  HONORIFICS,
  isPluralOfPeople,
  isRoleHead,
  nameRemitEnd,
  roleAfter,
  roleBefore,
} from './rolePhrases.ts';
import type { NameEvidence } from './people.ts';
import {
  endsInOrganisationCue,
  businessCueBeforeLast,
  isAcronymName,
  isSeatOfOffice,
  opensBodyName,
  opensWithOrganisationCue,
  cueClosesName,
  ORGANISATION_CUES,
  ORGANISATION_NOUNS,
} from './organisations.ts';
import { afterPlacePreposition, isPlaceName, LOCATIVE_PREPOSITIONS, WHERE_PREPOSITIONS } from './places.ts';
import { pastBodyKind } from './phraseBefore.ts';
import { PORTFOLIO_LINKS } from './portfolios.ts';
import { statedAge, statedAgeNumber } from './ages.ts';
import { BUSINESS_NOUNS_BEFORE, bodyNounBefore, bodyNounRightBefore, isCamelCaseBrand } from './businessNames.ts';
import { INVERTING_COPULAS } from './topicFronts.ts';
import { isFirmMaker } from './roleLexicon.ts';
import { leadsInByColon } from './colonLeadIn.ts';
import { FINITE_CLAUSE_VERBS } from './clauseWords.ts';
import {
  cameFromEnds,
  datelineEnd,
  documentFromLength,
  issuedBy,
  ownsWordsInFrame,
  pastDashedAside,
  pastOpeningOccasion,
} from './clauses.ts';
import { isAgeWord, type Token } from './tokens.ts';
import { isStopWord } from '../corpus/stopwords.ts';
import {
  appositiveRole,
  openingAppositiveRole,
  setOffRoleBefore,
  otherNameLeadBefore,
  passivePostRole,
  postHeldRole,
  ROLE_LINKS,
  setOffRemitRole,
} from './roleEvidence.ts';
import {
  afterAccordingTo,
  isSpeechVerbAt,
  issuesDocumentAt,
  joinedSpeechVerb,
  participleSpeechVerb,
  pastAside,
  pastFillers,
  pastLongAppositive,
  pastUnclosedAppositive,
  speaksOfItself,
  speaksPastThingClause,
  speechVerbAfter,
} from './verbReach.ts';

export { isSpeechVerbAt, pastAside, speaksOfItself, speechVerbAfter } from './verbReach.ts';

/** "… according to NAME": the name after it is a source speaking. */
function accordingBefore(tokens: Token[], i: number): boolean {
  if (afterAccordingTo(tokens, i)) return true;
  // "according to the Ministry of Health": the body's name after "the".
  const at = lowerAt(tokens, i - 1) === 'the' ? i - 1 : i;
  if (at < i && afterAccordingTo(tokens, at)) return true;
  // "according to a statement from the Ministry of Health": the document's author.
  for (let k = at - 2; k >= Math.max(2, at - 5); k--)
    if (afterAccordingTo(tokens, k)) return documentFromLength(tokens, k) === at - k;
  return false;
}

/**
 * Whether `run` is the first full name of its sentence, no quotation before it ("Former Test quick Ann Hale was …":
 * a capital of one word before it names nobody in full).
 */
function firstNamed(sentence: Sentence, run: CapitalRun): boolean {
  const { tokens, runs } = sentence;
  return (
    runs.every((r) => r.from >= run.from || r.kind !== 'name' || r.name.length < 2) &&
    tokens.slice(0, run.from).every((t) => t.kind !== 'quote')
  );
}

/** Most lower-case words of mood between "a" and the name in "said a visibly tearful Ann Hale". */
const MOOD_WORDS_BEFORE_NAME = 2;

/**
 * "…," said a tearful Ann Hale outside court: an inverting speech verb, then "a" or "an" and up to two lower-case
 * words of mood right before the name at `from`, the verb closing a quote's credit (no word before it).
 */
export function invertedPastMood(tokens: Token[], from: number): boolean {
  for (let k = from - 2; k >= from - 1 - MOOD_WORDS_BEFORE_NAME && k >= 1; k--) {
    const word = tokens[k + 1];
    if (word?.kind !== 'word' || !/^\p{Ll}/u.test(word.text) || isStopWord(word.lower)) return false;
    // (The words of mood before an inverted speaker's name open with an indefinite article.)
    if (!INDEFINITE_ARTICLES.has(lowerAt(tokens, k))) continue;
    return INVERTING_SPEECH_VERBS.has(lowerAt(tokens, k - 1)) && (k - 1 === 0 || tokens[k - 2]?.kind !== 'word');
  }
  return false;
}

/** "minister for local government Ann Berg": a role's portfolio after "for" ends right before the name at `from`. */
function forPortfolioBefore(tokens: Token[], from: number): boolean {
  const start = complementStart(tokens, from);
  return start < from && lowerAt(tokens, start) === 'for';
}

/** Words that end a role before the place or body it serves: "Prime Minister of", "MP for", "ambassador to". */
const ROLE_OF_LINKS = new Set(['of', 'for', 'to']);

function roleBeforeRun(
  tokens: Token[],
  run: CapitalRun,
  runs: readonly CapitalRun[],
): { text: string; head: string } | null {
  // "Mayor Tom Briggs of Millford": the role belongs to the person named before "of", not to the place after it;
  // "NAME, Prime Minister of Norvenia", "MP for Wexley Vale": a role ending in "of" or "for" is the name's office, the
  // name after it the place or body it serves.
  const link = lowerAt(tokens, run.from - 1);
  if ((link === 'of' || link === 'from') && runs.some((r) => r.kind === 'name' && r.to === run.from - 1)) return null;
  // ("A spokeswoman for Transport Minister Ann Lee said": so is a name with a title of its own after the role's link,
  // whom the role serves; "Minister for Health Ann Lee" keeps its office, read as the run's portfolio instead.)
  if (ROLE_OF_LINKS.has(link) && (run.nameFrom === run.from || portfolioOfficeAt(tokens, run.from) === -1)) return null;
  // ("the chief executive of supermarket chain Harrowgate": a body's noun right before the name makes it that body.)
  // ("the minister for local government Ann Berg": a body's noun closing a role's complement is the portfolio's.)
  const bodyNoun =
    (ORGANISATION_NOUNS.has(link) || BUSINESS_NOUNS_BEFORE.has(link)) && !forPortfolioBefore(tokens, run.from);
  if (bodyNoun && !isRoleHead(link) && run.nameFrom === run.from) return null;
  // ("The rapper, real name Sam Adu, ran": words giving the person's other name stand between the role and it.)
  const from = run.from - otherNameLeadBefore(tokens, run.from);
  const comma = tokens[from - 1]?.text === ',';
  // "Russia’s ambassador to NATO, Dmitry Rogozin," is an appositive only if the name is closed off after it;
  // "After meeting the Russian president, Rasmussen said" is not.
  if (comma) {
    // ("Counsel for the claimant, NAME of Wenlow Chambers, said": the body the name is of may stand before it.)
    const next = tokens[nameRemitEnd(tokens, run.to)];
    if (next !== undefined && next.text !== ',' && next.kind !== 'punct') return null;
  } else if (from !== run.from) return null;
  const end = pastBracketBack(tokens, comma ? from - 1 : from);
  const role = roleBefore(tokens, end) ?? (comma ? setOffRemitRole(tokens, end) : null);
  if (role === null) return null;
  // ("The mayor of Truro, Cornwall, said": one word set off right after the place a role is held in is the wider
  // place, no holder's name; "the secretary of Solidar (North West), Obiorah," names its holder after the aside.)
  if (comma && end === from - 1 && run.name.length === 1 && endsAtPlaceOfRole(tokens, role.from, end)) return null;
  return { text: role.text, head: role.head };
}

/** Words before the place or body a role is held in or over ("mayor of Truro", "head teacher in Truro"). */
export const ROLE_PLACE_WORDS: ReadonlySet<string> = new Set(['of', 'in', 'to', 'for']);

/** Whether the role [from, end) ends in a place or body after its link: "mayor of Truro", "envoy in Lusaka". */
function endsAtPlaceOfRole(tokens: Token[], from: number, end: number): boolean {
  let k = end - 1;
  while (k > from && tokens[k]?.capital === true) k--;
  return k < end - 1 && ROLE_PLACE_WORDS.has(lowerAt(tokens, k));
}

/** Most words of an owner in the possessive before a name ("the club's", "Castlemoor Rovers’"). */
const OWNER_WORDS = 3;

/**
 * Where the owner in the possessive right before token `from` opens ("at the club's Harrow Park", "at Castlemoor
 * Rovers’ Harrow Park": the token of "the" or of the owner's first word); `from` when no such owner stands there.
 */
function pastOwnerBack(tokens: Token[], from: number): number {
  if (tokens[from - 1]?.possessive !== true) return from;
  let k = from - 1;
  while (k > from - 1 - OWNER_WORDS && tokens[k - 1]?.kind === 'word' && tokens[k - 1]?.capital === true) k--;
  return lowerAt(tokens, k - 1) === 'the' ? k - 1 : k;
}

/** Nouns of a group of people that come from somewhere ("a family from Tarnby", "a delegation from Qarsan"). */
export const PEOPLE_GROUP_NOUNS: ReadonlySet<string> = new Set([
  ...['family', 'families', 'delegation', 'group', 'crowd', 'couple', 'contingent', 'party', 'team', 'class'],
]);

/**
 * Whether "from" after a noun of people in lower case stands right before token k ("a commuter from Skelby", "two
 * students from Ostrovia", "a family from Tarnby"): a role noun, a plural of people or a group's noun.
 */
function roleFrom(tokens: Token[], k: number): boolean {
  const noun = tokens[k - 2];
  if (lowerAt(tokens, k - 1) !== 'from' || noun?.capital !== false) return false;
  return ROLE_NOUNS.has(noun.lower) || isPluralOfPeople(noun.lower) || PEOPLE_GROUP_NOUNS.has(noun.lower);
}

/** Most tokens of a bracket between a role and its name ("(SUG)", "(National Health Agency)"). */
const ROLE_BRACKET_TOKENS = 6;

/**
 * "the regional secretary of Solidar (North West), Obiorah,": where a role ends before the bracket closing at `end`
 * (an acronym or short aside in brackets); `end` when no such bracket closes there.
 */
function pastBracketBack(tokens: Token[], end: number): number {
  if (tokens[end - 1]?.text !== ')') return end;
  for (let k = end - 2; k >= Math.max(0, end - 1 - ROLE_BRACKET_TOKENS); k--) {
    const t = tokens[k];
    if (t?.text === '(') return k;
    if (t?.kind !== 'word') return end;
  }
  return end;
}

/** "Lakshmi, a 52-year-old farm labourer,": an appositive after token `at` describing somebody of an age. */
export function agedAppositive(tokens: Token[], at: number): boolean {
  return (
    tokens[at]?.text === ',' && INDEFINITE_ARTICLES.has(lowerAt(tokens, at + 1)) && isAgeWord(lowerAt(tokens, at + 2))
  );
}

/** Where a body's name ends, its noun included when written in lower case ("Tide Line group"). Not a closure in
 * nameEvidence: tsx names every closure as it is made, which cost a tenth of a second per hundred thousand passages. */
function bodyNounEnd(tokens: Token[], r: CapitalRun): number {
  return ORGANISATION_NOUNS.has(lowerAt(tokens, r.to)) && tokens[r.to]?.capital !== true ? r.to + 1 : r.to;
}

/**
 * Past the wider place a place is set in, between commas (", Lomaiviti," in "of Nairai, Lomaiviti, said"): the token after
 * its closing comma; k when none is there.
 */
export function pastWiderPlace(runs: readonly CapitalRun[], tokens: Token[], k: number): number {
  if (tokens[k]?.text !== ',') return k;
  const place = runs.find((r) => r.from === k + 1);
  return place !== undefined && tokens[place.to]?.text === ',' ? place.to + 1 : k;
}

/** Honorifics that name the bearer's calling, as a role the article may refer back to ("the professor said"). */
export const HONORIFIC_CALLINGS: ReadonlyMap<string, string> = new Map([
  ['prof', 'professor'],
  ['professor', 'professor'],
  ['rev', 'reverend'],
  ['father', 'priest'],
]);

/** Of HONORIFIC_CALLINGS, those that name a calling only before a full name ("Father Ilie Varga"; "Father Christmas"). */
export const FULL_NAME_CALLINGS: ReadonlySet<string> = new Set(['father']);

/**
 * The calling an honorific in a run's title names ("Prof." → "professor") before the name's `words`; null when none
 * does.
 */
function honorificCalling(title: string, words: number): string | null {
  for (const word of title.split(' ')) {
    const honorific = word.toLowerCase().replace(/\.$/u, '');
    if (words < 2 && FULL_NAME_CALLINGS.has(honorific)) continue;
    const calling = HONORIFIC_CALLINGS.get(honorific);
    if (calling !== undefined) return calling;
  }
  return null;
}

/** A title's words without the honorifics closing it ("Deputy Speaker Dr" is "Deputy Speaker"); "" when all are. */
function withoutHonorifics(title: string): string {
  const words = title.split(' ').filter((w) => w.length > 0);
  while (words.length > 0 && HONORIFICS.has((words[words.length - 1] ?? '').toLowerCase().replace(/\.$/u, '')))
    words.pop();
  return words.join(' ');
}

/**
 * Role nouns a body holds as often as a person ("the regulator", "the watchdog", "the site's owner"): a single word set
 * off after one names a body, since a person is named there in full.
 */
export const BODY_HELD_ROLES: ReadonlySet<string> = new Set([
  'regulator',
  'watchdog',
  'owner',
  'developer',
  'landlord',
  'broadcaster',
  'publisher',
  'contractor',
]);

/**
 * Plural nouns of those who run something, written right before a name in apposition ("organisers Harbour Live said
 * they …", "promoters Northgate Events"): the name is a body's, however a person's it looks.
 */
export const RUNNERS_BEFORE_BODY: ReadonlySet<string> = new Set([
  ...['organisers', 'organizers', 'promoters', 'developers', 'operators', 'owners', 'sponsors'],
  ...['producers', 'publishers', 'manufacturers', 'contractors', 'insurers', 'lenders'],
]);

/**
 * Whether a name set off after a body's noun (bodyNounBefore) closes as a body's: at the sentence's end, or with a
 * comma before a speech verb, "which" or a verb in the past ("The delivery firm, Harwick Parcels, said"); not "the
 * group, Stelios, who …", nor "outside the court, Kempamma, 58, said", a person's.
 */
function closesAsBody(tokens: Token[], to: number): boolean {
  const after = tokens[to];
  if (after === undefined || after.text === '.') return true;
  // ("Mrs Hale's group, Tarn Open Door, helped the family …": so does one before a verb in the past, the clause's own.)
  const next = tokens[to + 1];
  const pastVerb = next?.kind === 'word' && !next.capital && /\p{Ll}ed$/u.test(next.text);
  return after.text === ',' && (speechVerbAfter(tokens, to + 1) || lowerAt(tokens, to + 1) === 'which' || pastVerb);
}

/**
 * Whether a name right after a body's noun (bodyNounRightBefore) closes as a body's: at the sentence's end, with a
 * closing bracket ("the group Tide Line (TL)") or with a verb of speech right after it. (One closed by a comma is
 * read as an appositive is: "…, spokeswoman for the campaign group Tide Line, called".)
 */
function closesRightAfterBody(tokens: Token[], to: number): boolean {
  const after = tokens[to]?.text;
  return after === undefined || after === '.' || after === ')' || speechVerbAfter(tokens, to);
}

/** Titles of offices held by one person at a time that a capitalised name may close ("Data Commissioner"). */
export const OFFICE_TITLES: ReadonlySet<string> = new Set([
  ...['commissioner', 'ombudsman', 'ombudsperson', 'registrar', 'comptroller', 'coroner'],
]);

/**
 * Titles of offices a capitalised name may close only after the office's portfolio or modifiers ("External Affairs
 * Minister", "Deputy Premier"): "Tom Premier", a builder, is a person.
 */
export const PORTFOLIO_OFFICE_TITLES: ReadonlySet<string> = new Set(['minister', 'president', 'secretary', 'premier']);

/**
 * "Tarrowland's Data Commissioner warned against it", "External Affairs Minister of State NAME": a name of two words
 * or more closed by an office's title (OFFICE_TITLES), or by one of PORTFOLIO_OFFICE_TITLES after portfolio words and
 * modifiers only, names the office, not a person ("Hun Sen", "Tom Barr" are people).
 */
function namesAnOffice(name: readonly string[]): boolean {
  const last = (name.at(-1) ?? '').toLowerCase();
  if (name.length < 2) return false;
  if (OFFICE_TITLES.has(last)) return true;
  return (
    PORTFOLIO_OFFICE_TITLES.has(last) &&
    name.slice(0, -1).every((w) => PORTFOLIO_WORDS.has(w.toLowerCase()) || TITLE_MODIFIERS.has(w.toLowerCase()))
  );
}

/** Shortest past form read by its ending alone ("backed", "benefited"; not "red" or "bed"). */
const PAST_FORM_LENGTH = 5;

/**
 * Whether token k opens the predicate of a clause whose subject ends right before it: a finite verb of
 * FINITE_CLAUSE_VERBS or a past form in "-ed" with a word after it ("says Harrow Vale benefited from", "said Harrow
 * Park was"), so the name before is what a speaker reports on, not the speaker of an inverted credit.
 */
export function opensPredicate(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word' || t.capital) return false;
  // ("says Ann Hale unprompted.": a form in -ed that closes the sentence describes the speaker, no verb of a clause.)
  const pastForm = t.lower.length >= PAST_FORM_LENGTH && t.lower.endsWith('ed') && tokens[k + 1]?.kind === 'word';
  return FINITE_CLAUSE_VERBS.has(t.lower) || pastForm;
}

/**
 * Whether name run `run` is set off by commas right after a full name and closed by a role's noun ("Dr NAME,
 * Borough Surgeon, told …", "NAME, Fleet Surgeon, said"): the capitalised role of the person before it, no name.
 */
function roleSetOffAfterName(tokens: readonly Token[], run: CapitalRun, runs: readonly CapitalRun[]): boolean {
  if (tokens[run.from - 1]?.text !== ',' || tokens[run.to]?.text !== ',') return false;
  if (!isRoleHead((run.name.at(-1) ?? '').toLowerCase())) return false;
  return runs.some((r) => r.kind === 'name' && r.to === run.from - 1 && r.name.length >= 2);
}

/** Evidence for every person-shaped name in the sentence, with role and gender when stated. */
export function nameEvidence(articleId: string, sentence: Sentence): NameEvidence[] {
  const found: NameEvidence[] = [];
  const { tokens } = sentence;
  for (const run of sentence.runs) {
    // "Northvale Council said": a name ending in an organisation's cue word is the body's, not a person's.
    // ("Downing Street said": so is the name of an office's seat, and "NexaLink Ghana" one holding a brand's word.)
    if (
      run.kind !== 'name' ||
      namesAnOffice(run.name) ||
      endsInOrganisationCue(run.name) ||
      businessCueBeforeLast(run.name) ||
      isSeatOfOffice(runWords(tokens, run)) ||
      run.name.some(isCamelCaseBrand) ||
      roleSetOffAfterName(tokens, run, sentence.runs)
    )
      continue;
    const titled = titleMarksPerson(run);
    const before = roleBeforeRun(tokens, run, sentence.runs);
    // ("The regulator, Ofcorp, said": one word set off after a role bodies hold as often as people is a body's.)
    // ("organisers Harbour Live said": so is a name right after a plural noun of those who run something.)
    const runners = tokens[run.from - 1]?.capital === false && RUNNERS_BEFORE_BODY.has(lowerAt(tokens, run.from - 1));
    // ("Toymaker Tarvoss sues rival", "carmaker Orvelle said": so is a name of one word right after a firm's word of
    // what it makes.)
    const made = run.name.length === 1 && isFirmMaker(lowerAt(tokens, run.from - 1));
    // ("The delivery firm, Harwick Parcels, said": so is a name set off after a body's noun.)
    // ("the advocacy group Clean Water Marston said": so is one right after it, when a verb of speech or the
    // sentence's punctuation closes it; "the charity Tom Hale founded" names a person.)
    const apposed =
      !titled &&
      ((bodyNounBefore(tokens, run.from) && closesAsBody(tokens, run.to)) ||
        (bodyNounRightBefore(tokens, run.from) && closesRightAfterBody(tokens, run.to)));
    if (
      (before !== null && run.name.length === 1 && BODY_HELD_ROLES.has(before.head)) ||
      ((runners || made) && !titled) ||
      apposed
    ) {
      // ("Chair of the group Ann Hale said": after a role's "of the group", a full name opening with a given name
      // the lists know is the role's holder; the registry keeps the person then, else the body.)
      const held = apposed && run.name.length >= 2 && heldOfBodyNoun(tokens, run.from);
      const byNoun = apposed ? { byBodyNoun: true as const, ...(held ? { heldAtBody: true as const } : {}) } : {};
      found.push({ articleId, name: run.name, role: null, gender: null, kind: 'organisation', ...byNoun });
      if (held) found.push({ articleId, name: run.name, role: null, gender: null, givenName: true });
      continue;
    }
    const after = appositiveRole(tokens, run);
    // "NAME, who …", "NAME, whose …", and a full name with an age set off by commas ("Tom Hale, 45,"): people.
    // ("The bishop of Villa Alta, whose church …": not a place an office is held over.)
    // ("NAME of Northvale Research, who …": the body the person is of may stand between the name and the clause.)
    // ("…, from a school in Kelmar, whose …", "a commuter from Skelby, who …": one word a preposition of where, or a
    // role's "from", brings in is the place, the clause not its; "the goal came from Okafor, who …" is a person's.)
    const whoAt = pastBodyOf(tokens, run.to);
    // ("NAME, chair of the campaign group Commuter Voice Tarrow, who …": nor a body's name after its noun, the
    // clause the person's before it.)
    const who =
      tokens[whoAt]?.text === ',' &&
      ['who', 'whose'].includes(lowerAt(tokens, whoAt + 1)) &&
      !bodyNounRightBefore(tokens, run.from) &&
      !(
        run.name.length === 1 &&
        (WHERE_PREPOSITIONS.has(lowerAt(tokens, run.from - 1)) || roleFrom(tokens, run.from))
      ) &&
      !(
        lowerAt(tokens, run.from - 1) === 'of' &&
        (PLACE_HELD_OFFICES.has(lowerAt(tokens, run.from - 2)) ||
          (STUDY_ROLES.has(lowerAt(tokens, run.from - 2)) && namesFieldOrSchool(run.name)))
      );
    const aged = run.name.length >= 2 && statedAge(tokens, run.to);
    // ("…, says Ann Hale." credits her; "…, says Harrow Vale benefited from …" reports what a place did.)
    const inverted =
      (isSpeechVerbAt(tokens, run.from - 1) &&
        (run.from - 1 === 0 || tokens[run.from - 2]?.kind !== 'word') &&
        !opensPredicate(tokens, run.to)) ||
      accordingBefore(tokens, run.from) ||
      invertedPastMood(tokens, run.from);
    // "Ann Lee, a director at Riverside Arts, said": the body after "at" closes the appositive but does not speak.
    // "Lars Holm, in a statement, said": an aside between commas stands between the name and its verb.
    // "…, spokeswoman for the campaign group Tide Line, called": the name after a body's noun is that body's.
    // ("NAME, whose trust runs orchards near Te Ara, remembers": nor a place closing a clause set off before the verb.)
    const closesAppositive =
      tokens[run.to]?.text === ',' &&
      !afterPlacePreposition(tokens, run.from) &&
      !speaksPastThingClause(tokens, run.to) &&
      (speechVerbAfter(tokens, run.to + 1) ||
        speechVerbAfter(tokens, pastAside(tokens, run.to)) ||
        pastLongAppositive(tokens, run.to) > run.to) &&
      !ROLE_LINKS.has(lowerAt(tokens, run.from - 1)) &&
      (!ORGANISATION_NOUNS.has(lowerAt(tokens, run.from - 1)) || forPortfolioBefore(tokens, run.from));
    // "“…,” NAME, the top officer in the district.": a name and its role right after a quote credit it, verb or none.
    const creditedByRole =
      tokens[run.from - 1]?.kind === 'quote' && tokens[run.to]?.text === ',' && roleAfter(tokens, run.to + 1) !== null;
    // "Ada Vale — the widow of a miner — told": an aside set off by dashes stands between the name and its verb.
    const pastAsideAt = pastDashedAside(tokens, run.to);
    const dashedAside = pastAsideAt > run.to && speechVerbAfter(tokens, pastAsideAt);
    // "Ann Lee, spokeswoman for the employers' group Tidewell said": the writer left the appositive unclosed.
    const unclosed = run.from === pastOpeningOccasion(tokens) && pastUnclosedAppositive(tokens, run.to) > run.to;
    // "Analyst Priya Nair of Orbit Research said": the name before "of" speaks, not the body after it.
    const link = lowerAt(tokens, run.from - 1);
    // ("NAME, spokesperson of Harbour MoT tweeted": the name after a role's "of" or "for" is the role's body.)
    // ("NAME, chief executive of the cooperative Tarrow Melk, said": past the body's kind and "the" too.)
    const kindFrom = pastBodyKind(tokens, run.from);
    const ofSomeone =
      ((link === 'of' || link === 'from') && sentence.runs.some((r) => r.kind === 'name' && r.to === run.from - 1)) ||
      ((link === 'of' || link === 'for') && isRoleHead(lowerAt(tokens, run.from - 2))) ||
      (kindFrom < run.from &&
        ROLE_OF_LINKS.has(lowerAt(tokens, kindFrom - 1)) &&
        isRoleHead(lowerAt(tokens, kindFrom - 2)));
    // "Hugo Lind of Nordbank said", "Sarah Quinn from the Save Our Hills group said": the name before "of" speaks.
    const next = lowerAt(tokens, run.to);
    const bodyFrom = lowerAt(tokens, run.to + 1) === 'the' ? run.to + 2 : run.to + 1;
    // "Tomas Vel of Nairai, Lomaiviti, said": the place may be followed by the wider place it lies in, between commas.
    const body = next === 'of' || next === 'from' ? sentence.runs.find((r) => r.from === bodyFrom) : undefined;
    const bodyEnd = body === undefined ? -1 : bodyNounEnd(tokens, body);
    const ofSomewhere =
      body !== undefined &&
      (speechVerbAfter(tokens, bodyEnd) || speechVerbAfter(tokens, pastWiderPlace(sentence.runs, tokens, bodyEnd)));
    // "Tide Line says it will …": a name speaking of itself as "it" is an organisation's.
    const itself = speechVerbAfter(tokens, run.to) && speaksOfItself(tokens, pastFillers(tokens, run.to));
    // "A tribute from Ann Hale, his successor:": the one whose words a noun for something said comes from.
    // ("The comment, called out from the last row, came from Ann Hale, a parent": so is the one it came from, with a
    // role set off after the name; "came from Harbour Vale, where …" is a place.)
    const wordsFrom =
      (lowerAt(tokens, run.from - 1) === 'from' && SPEECH_NOUNS.has(lowerAt(tokens, run.from - 2))) ||
      (cameFromEnds(tokens).includes(run.from) &&
        tokens[run.to]?.text === ',' &&
        roleAfter(tokens, run.to + 1) !== null);
    // ("A review of the crush at the club's Harrow Park has concluded": a name with an owner that a preposition of
    // place brings in is no subject of the verb after it. Without an owner, "analysts at Harwell Stanton said" makes the
    // firm they speak for, voiceEvidence.)
    const ownerAt = pastOwnerBack(tokens, run.from);
    const speaks =
      run.name.length >= 2 &&
      !ofSomeone &&
      !itself &&
      !(ownerAt < run.from && LOCATIVE_PREPOSITIONS.has(lowerAt(tokens, ownerAt - 1))) &&
      (speechVerbAfter(tokens, run.to) ||
        wordsFrom ||
        inverted ||
        closesAppositive ||
        unclosed ||
        ofSomewhere ||
        dashedAside ||
        creditedByRole ||
        subjectCreditedByRole(tokens, run) ||
        ownsWordsInFrame(tokens, run.from, run.to) ||
        (run.from === 0 && joinedSpeechVerb(tokens, run.to) !== -1) ||
        (firstNamed(sentence, run) && participleSpeechVerb(tokens, run.to) !== -1));
    // ("NAME was blunt: “…”", "The other dissenter, NAME, was shorter: “…”": a colon leads in to the words; a person
    // then only if the given-name lists know the first word, not "Silver Arrow was magnificent: “…”".)
    const colonLead = run.name.length >= 2 && !ofSomeone && leadsInByColon(tokens, run.from, run.to);
    const onlyColon = colonLead && !titled && before === null && after === null && !who && !aged && !speaks;
    // "the White House said", "the Golden Globes": a name is not written after "the" unless titled.
    // ("President of the Senate NAME": "the" opens the office's portfolio, not the name.)
    const definite = lowerAt(tokens, run.from - 1) === 'the' && !titled && portfolioOfficeAt(tokens, run.from) === -1;
    // ("The inquiry, which is chaired by Ann Berg,": the post she holds is evidence of a person too.)
    const heldPost = run.name.length >= 2 ? passivePostRole(tokens, run) : null;
    // ("Transport CS Ann Berg has spoken …": an office in initials right before a full name is a person's title.)
    const initialled =
      run.name.length >= 2 && run.nameFrom > run.from && ROLE_INITIALS.test(tokens[run.nameFrom - 1]?.text ?? '');
    // ("Minister for Fisheries and Disaster Relief R. Devi visited …": a full name after an office's portfolio,
    // the office right before its "for" or "of".)
    const portfolioOffice = run.name.length >= 2 && run.nameFrom > run.from ? portfolioOfficeAt(tokens, run.from) : -1;
    const portfolioTitled = portfolioOffice !== -1 && PORTFOLIO_LINKS.has(lowerAt(tokens, portfolioOffice + 1));
    if (
      definite ||
      (!titled &&
        !initialled &&
        !portfolioTitled &&
        before === null &&
        after === null &&
        !who &&
        !aged &&
        !speaks &&
        !colonLead &&
        heldPost === null)
    )
      continue;
    // ("Deputy Speaker Dr NAME", "Minister Datuk Seri NAME": honorifics after the office are no part of the role.)
    const office = withoutHonorifics(run.title);
    const titleRole = office.length > 0 ? office : null;
    // "Federal Minister for Postal Services NAME": the office and its whole portfolio are the role, not the
    // portfolio's last words the run opened with.
    // ("Deputy Minister of Health NAME": the capitalised modifiers before the office are the role's too.)
    const officeAt = titleRole !== null ? officeOpening(tokens, portfolioOfficeAt(tokens, run.from)) : -1;
    const portfolioRole =
      officeAt === -1
        ? null
        : withoutHonorifics(
            tokens
              .slice(officeAt, run.nameFrom)
              .map((t) => t.text)
              .join(' '),
          );
    const role = portfolioRole ?? titleRole ?? before?.text ?? after ?? null;
    let gender: Gender | null = run.headTitle !== null ? genderOfWord(run.headTitle) : null;
    if (gender === null && before !== null) gender = genderOfWord(before.head);
    const age = aged ? statedAgeNumber(tokens, run.to) : null;
    const weak = onlyColon && heldPost === null ? { givenName: true as const } : {};
    found.push({ articleId, name: run.name, role, gender, ...(age === null ? {} : { age }), ...weak });
    // ("Housing convener Councillor Ann Berg said": the role before her title is hers too.)
    // (Not the office's own opening words again, cut at its link: "Deputy Minister of" of "Deputy Minister of
    // Health NAME", "CFRA Undersecretary for" of "CFRA Undersecretary for Field Operations NAME".)
    const cutAtLink = PORTFOLIO_LINKS.has(before?.text.split(' ').at(-1)?.toLowerCase() ?? '');
    if (before !== null && role !== null && role !== before.text && !cutAtLink)
      found.push({ articleId, name: run.name, role: before.text, gender });
    // ("Prof. Ann Berg, a transport historian, said … “…,” the professor said": an honorific naming a calling is a role.)
    const calling = honorificCalling(run.title, run.name.length);
    if (calling !== null && calling !== role?.toLowerCase())
      found.push({ articleId, name: run.name, role: calling, gender });
    // ("Ann Berg, who chairs the livestock committee, said": the post she holds is a role of hers.)
    const post = postHeldRole(tokens, run) ?? heldPost;
    if (post !== null) found.push({ articleId, name: run.name, role: post, gender });
    // ("The envoy for the talks, diplomat Ann Berg, said": the role opening the sentence is hers too.)
    const opening = openingAppositiveRole(tokens, run) ?? setOffRoleBefore(tokens, run);
    if (opening !== null && opening !== role) found.push({ articleId, name: run.name, role: opening, gender });
  }
  return found;
}

/** Where an office found at `at` opens, past the capitalised modifiers before it ("Deputy Minister"); -1 stays. */
function officeOpening(tokens: Token[], at: number): number {
  let k = at;
  while (k > 0 && tokens[k - 1]?.capital === true && TITLE_MODIFIERS.has(lowerAt(tokens, k - 1))) k--;
  return k;
}

/**
 * Whether the run opens its sentence (perhaps after "the") as the subject of a verb in lower case: "Brackwell Parish
 * Council objected …", not a compound subject ("X and Y are …").
 */
function opensAsSubject(tokens: Token[], run: CapitalRun): boolean {
  const next = tokens[run.to];
  return (
    (run.from === 0 || (run.from === 1 && lowerAt(tokens, 0) === 'the')) &&
    next?.kind === 'word' &&
    !next.capital &&
    next.lower !== 'and' &&
    next.lower !== 'or'
  );
}

/**
 * "Zolani will open the summit, the singer told fans at a concert.": a sentence that opens (past a dateline) with a
 * name as the subject of a verb in lower case and closes with a credit of a definite role and a speech verb; the role
 * is the subject's, so the name speaks. Not after a copula: "NAME is the best thing to happen to the shop, the owner
 * joked" is somebody else's word on the name.
 */
export function subjectCreditedByRole(tokens: Token[], run: CapitalRun): boolean {
  const next = tokens[run.to];
  if (run.from !== datelineEnd(tokens) || next?.kind !== 'word' || next.capital) return false;
  if (next.lower === 'and' || INVERTING_COPULAS.has(next.lower)) return false;
  const comma = tokens.findLastIndex((t, k) => k > run.to && t.text === ',');
  const role = comma === -1 || lowerAt(tokens, comma + 1) !== 'the' ? null : roleAfter(tokens, comma + 1);
  return role !== null && !isPluralOfPeople(role.head) && speechVerbAfter(tokens, role.to);
}

/** Determiners before a body's noun that names the body after it ("his club NAME", "the charity NAME"). */
const BODY_NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'its', 'their']);

/**
 * Whether the name starting at `from` follows a body's noun in lower case after a determiner ("his club NAME"), or
 * right after a preposition, one lower-case word of its trade perhaps between ("managing director of retail
 * consultancy NAME", "an analyst at investment bank NAME"; not "for the campaign group NAME", named in passing).
 */
export function namedBody(tokens: Token[], from: number): boolean {
  const noun = tokens[from - 1];
  if (noun?.kind !== 'word' || noun.capital || !ORGANISATION_NOUNS.has(noun.lower) || isRoleHead(noun.lower))
    return false;
  if (BODY_NOUN_DETERMINERS.has(lowerAt(tokens, from - 2))) return true;
  const trade = tokens[from - 2];
  const lead =
    trade?.kind === 'word' && !trade.capital && !AFFILIATION_PREPOSITIONS.has(trade.lower) ? from - 3 : from - 2;
  return AFFILIATION_PREPOSITIONS.has(lowerAt(tokens, lead));
}

/** Words tying a role to the body noun after it ("Chair of the group", "a nurse at the clinic"). */
export const ROLE_BODY_LINKS: ReadonlySet<string> = new Set(['of', 'at']);

/**
 * Whether the name at `from` follows a role's link, "the" and a body's noun ("Chair of the group NAME"): the role
 * held at a body the sentence does not name.
 */
function heldOfBodyNoun(tokens: Token[], from: number): boolean {
  return (
    lowerAt(tokens, from - 2) === 'the' &&
    ROLE_BODY_LINKS.has(lowerAt(tokens, from - 3)) &&
    isRoleHead(lowerAt(tokens, from - 4))
  );
}

/** Most words of a body's name read for evidence; more for one its cue word and a link open ("Ministry of …"). */
const NAME_WORDS = 6;
const BODY_NAME_WORDS = 10;

/** Relative pronouns that refer back to a person ("NAME of Harbour First Nation, who led the work, said"). */
export const PERSON_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose', 'whom']);

/** Most words of a body's name after "of" between a person's name and what follows it ("of Northvale Research"). */
const BODY_OF_WORDS = 4;

/** The token past "of BODY" right after a name ending at `to` ("NAME of Northvale Research, who"), or `to` itself. */
function pastBodyOf(tokens: Token[], to: number): number {
  if (lowerAt(tokens, to) !== 'of' || tokens[to + 1]?.capital !== true) return to;
  let k = to + 1;
  while (k < to + 1 + BODY_OF_WORDS && tokens[k]?.capital === true && tokens[k]?.kind === 'word') k++;
  return k;
}

/** Offices held over a place, so that "the mayor of NAME, whose …" is a place's name, no person's. */
export const PLACE_HELD_OFFICES: ReadonlySet<string> = new Set([
  ...['archbishop', 'bishop', 'mayor', 'governor', 'premier', 'sheriff', 'emir', 'sultan'],
  ...['provost', 'reeve', 'prefect', 'burgomaster'],
]);

/**
 * Roles held in a field of study or at a school ("a student of Soil Science, who …", "a graduate of Kelmar College,
 * who …"): the name after their "of" is the field or the school, not whom the "who" after it describes.
 */
export const STUDY_ROLES: ReadonlySet<string> = new Set([
  ...['student', 'students', 'professor', 'lecturer', 'graduate', 'undergraduate', 'postgraduate', 'alumnus'],
  ...['alumna', 'scholar', 'researcher', 'teacher'],
]);

/**
 * Last words of the name of a field of study or a school ("Soil Science", "Marine Studies", "Kelmar College"):
 * after a study role's "of", such a name is no person's ("a student of Ann Hale, who said" still is).
 */
export const FIELD_OR_SCHOOL_WORDS: ReadonlySet<string> = new Set([
  ...['science', 'sciences', 'studies', 'engineering', 'law', 'medicine', 'history', 'economics', 'physics'],
  ...['chemistry', 'biology', 'mathematics', 'music', 'art', 'arts', 'literature', 'philosophy', 'politics'],
  ...['agriculture', 'education', 'nursing', 'architecture', 'theology', 'psychology', 'sociology', 'ecology'],
  ...['college', 'school', 'academy', 'university', 'institute', 'polytechnic', 'seminary', 'conservatory'],
]);

/** Whether a capitalised name ends in one of FIELD_OR_SCHOOL_WORDS. */
function namesFieldOrSchool(name: readonly string[]): boolean {
  return FIELD_OR_SCHOOL_WORDS.has((name[name.length - 1] ?? '').toLowerCase());
}

/**
 * Organisations that speak: a capitalised name holding an organisation cue word ("the Health Ministry said",
 * "according to Acme Corp"), or a single name that speaks of itself as "it" ("Acme said its …").
 */
export function organisationEvidence(articleId: string, sentence: Sentence): NameEvidence[] {
  const found: NameEvidence[] = [];
  const { tokens } = sentence;
  for (const run of sentence.runs) {
    const words = runWords(tokens, run);
    // ("Ministry of Foreign Affairs and Regional Cooperation": a body's name that its cue and link open may be
    // longer than others.)
    const most = opensBodyName(words) ? BODY_NAME_WORDS : NAME_WORDS;
    if (words.length === 0 || words.length > most || isPlaceName(words.join(' '))) continue;
    // "Dr Bank added": a person's title before a surname that is also an organisation word makes it a person's.
    if (run.kind === 'name' && titleMarksPerson(run)) continue;
    // "the Minister's statement, saying it …": a role or title alone is a person's office, never a body.
    if (words.every((w) => isTitleWord(w) || ROLE_NOUNS.has(w.toLowerCase()))) continue;
    // "Senators said it was …", "Critics say it …": a group of people is neither a person nor a body.
    if (words.length === 1 && isPluralOfPeople(words[0] ?? '')) continue;
    const inverted =
      (INVERTING_SPEECH_VERBS.has(lowerAt(tokens, run.from - 1)) &&
        (run.from - 1 === 0 || tokens[run.from - 2]?.kind !== 'word')) ||
      accordingBefore(tokens, run.from);
    // "A statement from Harbour Trust, which runs the pier, said": an aside between commas may stand between a
    // document's issuer and the verb.
    // "Tidewater Records, which reissued his albums, said": a name a clause of a thing follows is a body's.
    const pastThing = speaksPastThingClause(tokens, run.to);
    // "Police said" is a generic body, not a named one: a name needs a word of its own besides the cue.
    const ownWord = words.some((w) => !ORGANISATION_CUES.has(w.toLowerCase()));
    // ("Health Board Kestwick": a run read as a body's name for a cue word inside it, names.ts classify.)
    // (Not "the Harbour Farmers Association Pat Kenny said": a full name after the cue is the body's man.)
    const bodyRun = run.kind === 'other' && cueClosesName(words);
    const cueNamed =
      ((endsInOrganisationCue(words) || opensBodyName(words) || bodyRun) && ownWord) || isSeatOfOffice(words);
    // ("The Department of Harbours, in a statement, said": an aside between commas may stand between a body's name,
    // or a document's issuer, and the verb; not a "who" clause, which is a person's before the body's name: "Elder
    // NAME of Harbour First Nation, who led the work, said".)
    const aside = issuedBy(tokens, run.from) || (cueNamed && !PERSON_RELATIVES.has(lowerAt(tokens, run.to + 1)));
    // ("Health Board Kestwick (HBK) said": the body's initials in brackets between its name and the verb.)
    const initials =
      tokens[run.to]?.text === '(' && isAcronym(tokens[run.to + 1]?.text ?? '') && tokens[run.to + 2]?.text === ')';
    const subject =
      speechVerbAfter(tokens, initials ? run.to + 3 : run.to) ||
      pastThing ||
      (aside && speechVerbAfter(tokens, pastAside(tokens, run.to)));
    // Bodies listed before they speak, so that "the council added" or "It went on:" later has them to stand for:
    // a name right after a body's noun ("His club Sporting Delmare posted a tribute", "the charity Shelterwell
    // said"), the issuer of a document that speaks ("A 2016 NAME inspection said"), and a body named by a word of its
    // kind opening the sentence as its subject ("Brackwell Parish Council objected to the estate").
    // ("The Chicago Bears let a lead slip": a name after "the" closed by a plural is a team's or a band's, no person's.)
    const last = tokens[run.to - 1];
    const definitePlural =
      lowerAt(tokens, run.from - 1) === 'the' &&
      words.length >= 2 &&
      last?.possessive !== true &&
      /\p{Ll}s$/u.test(last?.text ?? '');
    const listedBeforeSpeaking =
      ((namedBody(tokens, run.from) || issuesDocumentAt(tokens, run.from, run.to) || definitePlural) &&
        words.length <= 4) ||
      (!subject && !inverted && opensAsSubject(tokens, run) && cueNamed) ||
      // ("Hale's team, Vantor Racing, said": a body's name set off after a body's noun, as nameEvidence reads one
      // without a cue word.)
      (cueNamed && bodyNounBefore(tokens, run.from) && closesAsBody(tokens, run.to));
    if (listedBeforeSpeaking) {
      const held = words.length >= 2 && heldOfBodyNoun(tokens, run.from) ? { heldAtBody: true as const } : {};
      found.push({ articleId, name: words, role: null, gender: null, kind: 'organisation', ...held });
      continue;
    }
    if (!subject && !inverted) continue;
    // ("Ann Hale (52) from Kilbride said it was a disgrace": a place a person comes from is no subject of the verb
    // after it; "a statement from Harbour Trust said it" is read above, as the document's issuer.)
    if (
      lowerAt(tokens, run.from - 1) === 'from' &&
      tokens[run.from - 1]?.capital === false &&
      !issuedBy(tokens, run.from)
    )
      continue;
    let k = run.to;
    while (VERB_FILLERS.has(lowerAt(tokens, k))) k++;
    const itself = subject && speaksOfItself(tokens, k);
    // "Acme Corp said"; not "Rights Council President Ana Berg said", where the person after the body speaks.
    // "Tide Line says it will": a name of a few words speaking of itself is a body's too, unless titled.
    const named = run.kind !== 'name' || !titleMarksPerson(run);
    // "Northgate Rail apologised and said": a name opening with a cue word speaks as a body when it opens its
    // sentence as the subject (not "Minister for Council NAME said", where the cue word is the office's).
    const cueOpened = subject && named && opensAsSubject(tokens, run) && opensWithOrganisationCue(words);
    const thing = run.kind === 'name' && named && pastThing;
    if (
      cueNamed ||
      thing ||
      cueOpened ||
      (itself && named && words.length <= 4 && !(words.length === 1 && isAcronymName(words)))
    ) {
      found.push({ articleId, name: words, role: null, gender: null, kind: 'organisation' });
    }
  }
  return found;
}
