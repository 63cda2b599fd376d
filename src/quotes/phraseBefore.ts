// The speaker phrase that ends right before a speech verb, read backwards from it ("Lena Fischer, 19, a law student,
// told", "Hugo Lind of Nordbank said"), or a phrase that blocks attribution ("a spokesman for Pryce said").
import type { Article } from '../corpus/types.ts';
import { PICKING_OUT } from './coreference.ts';
import type { Slot } from './slots.ts';
import { lowerAt } from './frames.ts';
import { nameBeforeAge } from './ages.ts';
import { BUSINESS_NOUNS_BEFORE } from './businessNames.ts';
import {
  ARTICLES,
  DAYS_MONTHS,
  DETERMINERS,
  INDEFINITE_ARTICLES,
  NAME_SUFFIXES,
  PROGRESSIVE_AUXILIARIES,
  VERB_FILLERS,
} from './lexicon.ts';
import { REPORT_SOURCE_WORDS } from './mentionPositions.ts';
import { isPluralOfPeople, isRoleHead, namePhraseOpensAt, roleBefore } from './rolePhrases.ts';
import {
  isAcronym,
  opensWithPortfolio,
  partyPlaceStart,
  portfolioOfficeAt,
  ROLE_PLACE_LINKS as PLACE_BEFORE_HOLDER_LINKS,
} from './names.ts';
import { isPortfolioWord } from './portfolios.ts';
import { commaInBodyName, isOrganisationName, ORGANISATION_NOUNS } from './organisations.ts';
import { isNationality, ROLE_MODIFIERS, SEAT_ROLES } from './roleLexicon.ts';
import type { Token } from './tokens.ts';
import { givenInAsideAfter, nameGivenAt } from './givenAs.ts';
import { afterPlacePreposition } from './places.ts';
import { HEARSAY_PARTICIPLES, issuerOpening, issuesDocumentAt, pastUnclosedAppositive } from './verbReach.ts';
import {
  OTHER_PRONOUNS,
  NON_SUBJECT_LINKS,
  TIME_NOUNS,
  TIME_LEADS,
  PLACE_LINKS,
  AUTHORED_DOCUMENTS,
  FINDINGS_DOCUMENTS,
  ISSUED_DOCUMENTS,
  OCCASION_DETERMINERS,
  OCCASIONS,
  dashedAsideOpening,
  issuedBy,
  isOwnedUtterance,
  pastOpeningOccasion,
} from './clauses.ts';
import { descSlot, organisationPhrase, phraseStart } from './speakerPhrases.ts';
import { OBJECT_PREPOSITIONS } from './pronounEvidence.ts';
import { outerRelativeComma, relativeAntecedent, relativeCommaBefore } from './relativeClauses.ts';

/** Plural nouns for a firm's staff who publish in its name: "analysts at NAME said" is NAME speaking. */
export const FIRM_VOICES: ReadonlySet<string> = new Set(['analysts', 'economists', 'strategists']);
/** The words tying FIRM_VOICES to the firm. */
const FIRM_VOICE_LINKS = new Set(['at', 'from']);

/**
 * Prepositions whose object is not the subject of the verb after it ("a spokesman for Pryce said", "the port office
 * in Vila Serrana said": a place the reader does not know is no speaker either).
 */
export const OBJECT_LINKS: ReadonlySet<string> = new Set([
  'for',
  'in',
  'of',
  'to',
  'from',
  'with',
  'at',
  'near',
  'by',
  'behind',
  'around',
  'against',
  'about',
  'like',
  'than',
  'among',
  'toward',
  'towards',
]);

/**
 * ", with Premier Ann Lee telling reporters …": "with" opening a clause of its own (after a comma or at the
 * sentence's start) before a participle brings in that participle's subject, not a preposition's object.
 */
function absoluteWith(tokens: Token[], from: number, verb: number): boolean {
  const opens = from - 1 === 0 || tokens[from - 2]?.text === ',';
  return lowerAt(tokens, from - 1) === 'with' && opens && /ing$/u.test(lowerAt(tokens, verb));
}

/**
 * "Revenue and Disaster Management Minister NAME said": "and" at `from - 1` between two capitalised words of a
 * portfolio (isPortfolioWord) joins one office's words, not two speakers.
 */
function joinsPortfolioWords(tokens: readonly Token[], from: number): boolean {
  return isPortfolioWord(tokens[from - 2]) && isPortfolioWord(tokens[from]);
}

/** Most lower-case words before a body's noun in "of the social welfare department". */
const LOWER_BODY_WORDS = 3;

/**
 * The name before "of the" or "from the" and a body written in lower case whose noun is at `noun` ("Ana Ruiz of the
 * social welfare department"); undefined when the words are otherwise.
 */
function ownerOfLowerBody(tokens: Token[], slots: readonly Slot[], noun: number): Slot | undefined {
  for (let k = noun - 1; k >= Math.max(0, noun - 1 - LOWER_BODY_WORDS); k--) {
    const t = tokens[k];
    if (t?.kind !== 'word' || t.capital) return undefined;
    if (t.lower !== 'the') continue;
    if (!PLACE_LINKS.has(lowerAt(tokens, k - 1))) return undefined;
    return slots.find((s) => s.kind === 'name' && s.to === k - 1 && s.ids.length > 0);
  }
  return undefined;
}

/**
 * "Lowlands and Borders MSP Dr Ana Ruiz said": "and" joins a place's or body's words that a role and the name
 * close — the word before it a capitalised word of no name's, the name's slot opening with a word that is no role,
 * a role inside it.
 */
function joinsRoleModifiers(tokens: Token[], slots: readonly Slot[], slot: Slot): boolean {
  const before = slots.find((s) => s.to === slot.from - 1);
  if (before?.kind !== 'other' || before.to - before.from !== 1 || slot.kind !== 'name') return false;
  if (isRoleHead(lowerAt(tokens, slot.from))) return false;
  for (let k = slot.from + 1; k < slot.to - 1; k++) if (isRoleHead(lowerAt(tokens, k))) return true;
  return false;
}

/**
 * Whether token k may end a phrase naming somebody, as the first of two speakers joined by "and" does ("Smith and
 * Jones said", "the mayor and the governor said", "residents and Ann Hale said"): a capitalised word, the end of a
 * speaker phrase, a role noun or a plural of people — not a verb or other word in lower case.
 */
function namesSomebodyAt(tokens: readonly Token[], slots: readonly Slot[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word') return false;
  return t.capital || slots.some((s) => s.to === k + 1) || isRoleHead(t.lower) || isPluralOfPeople(t.lower);
}

/**
 * "co-founder and CEO Ana Ruiz said", "President and CEO Tom Hale said": "and" joins two roles of the one person the
 * name after them names — a role word before it, a title opening the name's run (after a party's letters too: "leader
 * and RJD MLA Ana Ruiz"), and no determiner before the first role ("the mayor and Senator Hale said" may be two people).
 */
function joinsTwoRoles(tokens: Token[], slot: Slot): boolean {
  const first = slot.from - 2;
  const determined = DETERMINERS.has(lowerAt(tokens, first - 1)) || tokens[first - 1]?.possessive === true;
  // ("leader and RJD MLA Ana Ruiz said": a party's letters may open the title before its role.)
  const titled =
    isRoleHead(lowerAt(tokens, slot.from)) ||
    (isAcronym(tokens[slot.from]?.text ?? '') &&
      slot.from + 1 < slot.to - 1 &&
      isRoleHead(lowerAt(tokens, slot.from + 1)));
  return (
    slot.kind === 'name' &&
    titled &&
    tokens[first]?.kind === 'word' &&
    isRoleHead(lowerAt(tokens, first)) &&
    !determined
  );
}

/** Whether a quote token's words end with a comma inside its closing mark ("“market perform,”"). */
function quoteClosesWithComma(article: Article, t: Token): boolean {
  return t.kind === 'quote' && article.text[t.end - 2] === ',';
}

/** Adverbs a writer sets off by commas between a speaker and the speech verb ("NAME, however, said"). */
export const SET_OFF_ADVERBS: ReadonlySet<string> = new Set([
  'however',
  'though',
  'meanwhile',
  'too',
  'instead',
  'likewise',
  'similarly',
]);

/**
 * Whether token `k` is a word of a name the name reader found ("Mr Still said", "Sgt Still said"): a surname that is
 * also a filler of VERB_FILLERS is no filler there.
 */
function insideName(slots: readonly Slot[], k: number): boolean {
  return slots.some((s) => s.kind === 'name' && s.from <= k && k < s.to);
}

/**
 * The token at or before `k` past the lower-case role modifiers (ROLE_MODIFIERS) before a titled name: "a spokesperson
 * for federal Harbours Minister NAME said" has its "for" before "federal".
 */
function pastRoleModifiers(tokens: readonly Token[], k: number): number {
  let at = k;
  while (at > 0 && tokens[at]?.capital === false && ROLE_MODIFIERS.has(tokens[at]?.lower ?? '')) at--;
  return at;
}

/** Participles of perceiving whose passive puts a speaker before a speech verb's gerund ("was heard saying"). */
export const PERCEIVED_SPEAKING: ReadonlySet<string> = new Set(['heard', 'seen', 'filmed', 'recorded', 'overheard']);

/** Modals that may open such a passive ("can be heard saying", "may be seen telling"). */
export const PERCEIVING_MODALS: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'will', 'would']);

/**
 * The token before a passive of perceiving (PERCEIVED_SPEAKING after a be, perhaps after a modal) ending at `j` right
 * before the gerund at `verb` ("NAME can be heard saying"); `j` itself when none stands there.
 */
function pastPerceivedSpeaking(tokens: Token[], slots: readonly Slot[], j: number, verb: number): number {
  const be = tokens[j - 1]?.lower ?? '';
  if (!/ing$/u.test(tokens[verb]?.lower ?? '') || !PERCEIVED_SPEAKING.has(tokens[j]?.lower ?? '')) return j;
  if (!PROGRESSIVE_AUXILIARIES.has(be)) return j;
  const past = PERCEIVING_MODALS.has(tokens[j - 2]?.lower ?? '') ? j - 3 : j - 2;
  // (Only a subject the passive's clause opens with: not "The man who attacked NAME can be heard shouting", whose
  // name is the object of the "who" clause.)
  const subject = slots.find((s) => s.to === past + 1 && s.kind !== 'other');
  const opens = subject === undefined ? -1 : (roleBefore(tokens, subject.from)?.from ?? subject.from);
  return opens !== -1 && PERCEIVED_SUBJECT_OPENERS.has(opens === 0 ? '' : (tokens[opens - 1]?.lower ?? '')) ? past : j;
}

/** What may stand right before the one perceived speaking: the sentence's start, "in which", "where", a comma. */
export const PERCEIVED_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['', 'which', 'where', 'whom', ',', 'and']);

/** The speaker phrase that ends right before token `end` (read backwards from a speech verb). */
export function npBefore(
  article: Article,
  tokens: Token[],
  slots: Slot[],
  end: number,
): { slot: Slot | null; blocking: boolean; span: { from: number; to: number } | null } {
  let j = end - 1;
  for (let guard = 0; guard < 12; guard++) {
    const before = j;
    while (j >= 0 && VERB_FILLERS.has(lowerAt(tokens, j)) && !insideName(slots, j)) j--;
    // "Daniel Reyes Jr. said": the suffix's stop belongs to the name.
    if (tokens[j]?.text === '.' && NAME_SUFFIXES.has(lowerAt(tokens, j - 1))) j--;
    if (
      j >= 1 &&
      (DAYS_MONTHS.has(lowerAt(tokens, j)) || TIME_NOUNS.has(lowerAt(tokens, j))) &&
      TIME_LEADS.has(lowerAt(tokens, j - 1))
    )
      j -= 2;
    if (j >= 1 && /^\d/u.test(tokens[j]?.text ?? '') && DAYS_MONTHS.has(lowerAt(tokens, j - 1))) j -= 1;
    // "Tom Hale in a statement said": the occasion of the words, not their speaker.
    if (
      j >= 2 &&
      OCCASIONS.has(lowerAt(tokens, j)) &&
      OCCASION_DETERMINERS.has(lowerAt(tokens, j - 1)) &&
      lowerAt(tokens, j - 2) === 'in'
    )
      j -= 3;
    // ("State Rep. NAME, D-Brent Mills, who …, said": a legislator's party and place set off after the name.)
    const party = partyPlaceStart(tokens, j + 1);
    if (party !== -1 && tokens[party - 1]?.text === ',') j = party - 2;
    // "Tom Hale is understood to have told staff": hearsay of the subject's own words ("have" is a filler).
    if (j >= 1 && lowerAt(tokens, j) === 'to' && HEARSAY_PARTICIPLES.has(lowerAt(tokens, j - 1))) j -= 2;
    // ("… in which NAME can be heard saying:": a passive of perceiving before the speech verb's gerund, the one
    // perceived speaking.)
    j = pastPerceivedSpeaking(tokens, slots, j, end);
    // ("NAME, a spokesperson of the party, however, said": an adverb set off by commas before the verb.)
    if (j >= 2 && tokens[j]?.text === ',' && SET_OFF_ADVERBS.has(lowerAt(tokens, j - 1)) && tokens[j - 2]?.text === ',')
      j -= 2;
    if (tokens[j]?.text === ')') {
      let open = j - 1;
      while (open >= 0 && tokens[open]?.text !== '(') open--;
      if (open >= 0) j = open - 1;
    }
    if (j === before) break;
  }
  if (j < 0) return { slot: null, blocking: false, span: null };
  const t = tokens[j];
  if (!t) return { slot: null, blocking: false, span: null };
  // ("“…,” a man who farms below the ridge told reporters": the unnamed person a restrictive "who" clause follows.)
  const described = describedBeforeWho(article, tokens, slots, j);
  if (described !== null) return { slot: described, blocking: false, span: { from: described.from, to: j + 1 } };
  // ("NAME, who has the shares at “hold,” later told": a comma closing a quote inside its marks closes the
  // clause as one after them does.)
  if (t.text === ',' || quoteClosesWithComma(article, t)) {
    // "Ben Jonas, 32, of Maple Lane, Bilbury, said": where the speaker lives, set off after the name (and age).
    const resident = addressOwner(tokens, slots, j);
    if (resident) return { slot: resident, blocking: false, span: { from: resident.from, to: j } };
    for (let p = j - 1; p > 0; p--) {
      const tp = tokens[p];
      if (!tp || tp.kind === 'quote') break;
      // ("NAME, the president of the Millers, Textile and Allied Trades Union, said": a comma inside a body's name.)
      if (tp.text !== ',' || commaInBodyName(tokens, p)) continue;
      // An appositive name: "the party’s finance spokesman, Tom Ledger, said" is Tom Ledger speaking, and so is
      // "His counterpart, Tolmark's president Viktor Hale, posted" with a role before the name.
      // Not a source a report quotes: "The article, quoting councillor Tom Ledger, said" is the article speaking.
      // ("The chair of the judges, Prof Ana Orr of Harbour University, said": the name before where it is from.)
      const named = REPORT_SOURCE_WORDS.has(lowerAt(tokens, p + 1))
        ? undefined
        : (slots.find((s) => s.kind === 'name' && s.to === j && namePhraseOpensAt(tokens, s.from, p + 1)) ??
          affiliatedName(tokens, slots, p + 1, j));
      // ("Cllr NAME, Leader of the Council, Harwick Borough Council, said": a body after the role is the role's.)
      // ("NAME, founder of the group Clear Air Dunmore, said": so is one a body's noun names right before it.)
      const bodyClosing = slots.some(
        (s) =>
          s.to === j &&
          ((s.from === p + 1 && isOrganisationName(s.text.split(' '))) ||
            (s.from > p + 2 && ORGANISATION_NOUNS.has(lowerAt(tokens, s.from - 1)) && !tokens[s.from - 1]?.capital)),
      );
      const rolesBody =
        bodyClosing && slots.some((s) => s.kind === 'name' && s.to <= p && !isOrganisationName(s.text.split(' ')));
      if (rolesBody) continue;
      // ("NAME, a professor at the University of Lagos, Akoka, told": one word set off right after a capitalised
      // name is the wider place it lies in, no name of its own, inside an appositive opened by a comma before it;
      // "NAME of Nairai, Lomaiviti, said" is read below.)
      const widerPlace =
        j - p === 2 &&
        slots.some((s) => s.from === p + 1 && s.to === j) &&
        slots.some((s) => s.kind !== 'pronoun' && s.to === p && tokens[p - 1]?.capital === true) &&
        commaBefore(tokens, p);
      if (widerPlace) continue;
      if (named) return { slot: named, blocking: false, span: { from: named.from, to: named.to } };
      // Appositives between a name and its verb: "Lena Fischer, 19, a law student, told".
      const opener = tokens[p + 1];
      if (opener && (/^\d/u.test(opener.text) || INDEFINITE_ARTICLES.has(opener.lower))) {
        const owner = slots.find((s) => s.kind === 'name' && s.to === p);
        // ("NAME, an analyst at the Harbour Institute, a think tank, said": the appositive is the body's, where the
        // person set off before it works; that person speaks.)
        const affiliate =
          owner !== undefined && isOrganisationName(owner.text.split(' '))
            ? personBeforeAffiliation(tokens, slots, owner)
            : undefined;
        if (affiliate) return { slot: affiliate, blocking: false, span: { from: affiliate.from, to: affiliate.to } };
        // ("NAME, who runs Brackley Lodge, a care home, told": the appositive is of the relative clause's object; the
        // phrase before the clause speaks.)
        // (Not a clause closed before the name: "After seeing Ana, who chairs it, Tom Hale, a nurse, said".)
        const clauseComma = owner === undefined ? -1 : relativeCommaBefore(tokens, owner.from - 1);
        const inClause =
          owner !== undefined && clauseComma < owner.from - 1 && !commaBetween(tokens, clauseComma, owner.from);
        if (inClause) return npBefore(article, tokens, slots, outerRelativeComma(tokens, clauseComma));
        // "study co-author Dr. Mina Osei, a glaciologist, said": the phrase starts with the role before the name.
        const role = owner ? roleBefore(tokens, owner.from) : null;
        if (owner) return { slot: owner, blocking: false, span: { from: role?.from ?? owner.from, to: owner.to } };
        continue;
      }
      // An age before the parenthetical closes the name it follows: "Ortiz, 54, who represents the district, said"
      // (", aged 54,", "(54),").
      const aged = nameBeforeAge(tokens, slots, p);
      if (aged && aged.to < p) return { slot: aged, blocking: false, span: { from: aged.from, to: aged.to } };
      // A parenthetical between subject and verb: "Rasmussen, who took office last month, said"; a relative clause
      // may hold another ("Adeyemi, who chairs the housing committee, which oversees the plan, said"), or a list
      // ("Costa, who has been with Lazio, Porto, and Ajax, said") or a place and the wider place it lies in.
      const relativeComma = outerRelativeComma(tokens, relativeCommaBefore(tokens, p));
      // ("NAME, leader of the Harbour Farmers Union, which organised the march, told": the body the "which" is of is
      // the role's, set off after the name that speaks.)
      // (Whoever the phrase before the role is: "A spokesman for NAME, chief executive of …, which …, said" is the
      // spokesman.)
      // ("NAME, the firm's director of quality, who came over in 2019, said": so is a role whose field is in lower
      // case.)
      const roleComma = roleAppositiveComma(tokens, slots, relativeComma);
      const fieldRoleComma = roleComma === -1 ? lowerRoleAppositiveComma(tokens, slots, relativeComma) : -1;
      if (fieldRoleComma !== -1) return npBefore(article, tokens, slots, fieldRoleComma);
      if (roleComma !== -1) return npBefore(article, tokens, slots, roleComma);
      const before = npBefore(article, tokens, slots, relativeComma);
      // ("A handler, who gave his name just as Nico, said:": the one name the "who" aside gives somebody unnamed is
      // whom the phrase stands for, and speaks.)
      const given =
        before.slot === null
          ? slots.find(
              (s) =>
                s.kind === 'name' &&
                s.to <= j &&
                nameGivenAt(tokens, s.from) &&
                givenInAsideAfter(tokens, relativeComma, s.from),
            )
          : undefined;
      if (given !== undefined)
        return { slot: given, blocking: false, span: { from: before.span?.from ?? given.from, to: j } };
      // ("NAME, head of the virology unit at Trevanion University, who …, called": "who" is the person the
      // appositive ending on the body is set off after, not the body — when that person's name, with the role
      // before it, opens the sentence: "Critics of NAME, head of …, who …, called" are the critics.)
      const spanWords = before.span === null ? [] : tokens.slice(before.span.from, before.span.to).map((x) => x.text);
      const body = before.slot === null && spanWords.length > 0 && isOrganisationName(spanWords);
      const who =
        body && lowerAt(tokens, relativeComma + 1) === 'who'
          ? relativeAntecedent(tokens, slots, relativeComma + 1)
          : undefined;
      const opensSentence = who !== undefined && (roleBefore(tokens, who.from)?.from ?? who.from) === 0;
      if (who !== undefined && who.kind === 'name' && opensSentence)
        return { slot: who, blocking: false, span: { from: who.from, to: who.to } };
      // ("A nurse in Tarrowmere, who would not give her name, said": a place after "in" is no one the "who" is.)
      const place =
        before.slot?.kind === 'name' &&
        before.slot.to - before.slot.from === 1 &&
        afterPlacePreposition(tokens, before.slot.from);
      // ("NAME, 81, from Tarrowby, who saw his rent double, said": a place the person is from, set off after the name
      // or its age, is theirs; the name before it speaks.)
      const fromAt = place ? (before.slot?.from ?? 0) - 1 : before.slot === null ? (before.span?.from ?? -1) : -1;
      if (lowerAt(tokens, fromAt) === 'from' && tokens[fromAt - 1]?.text === ',') {
        const aged = nameBeforeAge(tokens, slots, fromAt - 1);
        if (aged) return { slot: aged, blocking: false, span: { from: aged.from, to: aged.to } };
        const named = npBefore(article, tokens, slots, fromAt - 1);
        if (named.slot?.kind === 'name') return named;
      }
      return place ? { slot: null, blocking: true, span: before.span } : before;
    }
    // "Longtime neighbour and fellow allotment holder Rosa Quint, said:": a stray comma with no other before it in the clause
    // stands between a name and its verb.
    const stray = slots.find((s) => s.kind === 'name' && s.to === j);
    const opens = tokens.slice(0, j).every((x) => x.text !== ',' && x.kind !== 'quote');
    if (stray && opens) {
      const role = roleBefore(tokens, stray.from);
      return { slot: stray, blocking: false, span: { from: role?.from ?? stray.from, to: j } };
    }
    return { slot: null, blocking: false, span: null };
  }
  // "Ada Vale — the widow of a miner — told the crowd": the phrase before the aside speaks.
  const aside = dashedAsideOpening(tokens, j);
  // ("NAME, who was out to him 11 times — more than anyone — said": an aside closing a relative clause closes it as a
  // comma would; the phrase before the clause speaks.)
  const clause = aside > 0 ? relativeCommaBefore(tokens, aside) : -1;
  if (clause !== -1 && clause !== aside) return npBefore(article, tokens, slots, outerRelativeComma(tokens, clause));
  if (aside > 0) return npBefore(article, tokens, slots, aside);
  if (t.kind !== 'word') return { slot: null, blocking: false, span: null };
  // "Chancellor Greta Vogt of Germany said", "Hugo Lind of Nordbank said": the place or body says where the person
  // is from, not who speaks.
  // "Dr Maria Santos of the Lisbon Institute for Peace said": the body's name may run over "of", "for", "and".
  // "Sarah Quinn from the Save Our Hills group said": a body named before its lower-case noun is one too.
  const bodyNoun = ORGANISATION_NOUNS.has(t.lower) && !t.capital && tokens[j - 1]?.capital === true;
  const endsInName = slots.some((s) => s.to === j + 1 && (s.kind === 'other' || s.kind === 'name'));
  // "Owen Hale, co-founder of Brewline commented", "Ann Lee, site manager for Acme at Tarrow said": an appositive
  // the writer left unclosed; the name opening the sentence before it speaks, not the body or place the role is of.
  const unclosed = endsInName ? unclosedAppositiveOwner(tokens, slots, j + 1) : null;
  if (unclosed) return { slot: unclosed, blocking: false, span: { from: unclosed.from, to: j + 1 } };
  // ("Usec. Ana Ruiz of the social welfare department said": a body written in lower case after the name's "of the".)
  const lowerBodyOwner = ORGANISATION_NOUNS.has(t.lower) && !t.capital ? ownerOfLowerBody(tokens, slots, j) : undefined;
  if (lowerBodyOwner) return { slot: lowerBodyOwner, blocking: false, span: { from: lowerBodyOwner.from, to: j + 1 } };
  const place = bodyNoun || endsInName;
  const placeFrom = place ? pastBodyKind(tokens, capitalisedPhraseStart(tokens, slots, bodyNoun ? j - 1 : j)) : -1;
  // ("Resident Representative in Nepal NAME said": the place a role is held in stands between the role and its
  // holder's name, which capitalRuns keeps apart from it; the name speaks, not the role.)
  // (Only a name of two words: "The keeper in Berlin Zoo Anna Weber" leaves "Zoo Anna Weber", no one's name.)
  const holder = place
    ? slots.find((s) => s.kind === 'name' && s.to === j + 1 && s.from === placeFrom + 1 && s.to - s.from === 2)
    : undefined;
  const heldRole = holder
    ? slots.find((s) => (s.kind === 'desc' || s.kind === 'role') && s.to === placeFrom - 1)
    : undefined;
  if (holder && heldRole && PLACE_BEFORE_HOLDER_LINKS.has(lowerAt(tokens, placeFrom - 1)))
    return { slot: holder, blocking: false, span: { from: heldRole.from, to: j + 1 } };
  if (place && PLACE_LINKS.has(lowerAt(tokens, placeFrom - 1))) {
    const owner = slots.find((s) => s.kind === 'name' && s.to === placeFrom - 1 && s.ids.length > 0);
    if (owner) return { slot: owner, blocking: false, span: { from: owner.from, to: j + 1 } };
  }
  // ("A ward nurse in Tarrow has said": the place a role's holder works in or comes from; the role speaks.)
  if (place && ROLE_PLACE_LINKS.has(lowerAt(tokens, placeFrom - 1))) {
    const role = slots.find((s) => (s.kind === 'desc' || s.kind === 'role') && s.to === placeFrom - 1);
    if (role) return { slot: role, blocking: false, span: { from: role.from, to: j + 1 } };
    // ("“…,” the 22-year-old from Harbin said": a definite description read here for the first time.)
    const definite = roleBefore(tokens, placeFrom - 1);
    if (definite !== null && definite.determiner === 'the' && !OBJECT_LINKS.has(lowerAt(tokens, definite.from - 1))) {
      const slot = descSlot(article, slots, tokens, definite.from, definite.to, definite.determiner);
      return { slot, blocking: false, span: { from: definite.from, to: j + 1 } };
    }
  }
  // ("Prof Ana Orr of the Harbour Institute for Tides in Kestwick said": the place the body is in, after the body.)
  if (place && BODY_PLACE_LINKS.has(lowerAt(tokens, placeFrom - 1))) {
    const bodyFrom = capitalisedPhraseStart(tokens, slots, placeFrom - 1);
    const owner =
      bodyFrom < placeFrom - 1 && PLACE_LINKS.has(lowerAt(tokens, bodyFrom - 1))
        ? slots.find((s) => s.kind === 'name' && s.to === bodyFrom - 1 && s.ids.length > 0)
        : undefined;
    if (owner) return { slot: owner, blocking: false, span: { from: owner.from, to: j + 1 } };
    // ("Geologist Ana Orr of the state university in Quito told": so for a body written in lower case.)
    const noun = placeFrom - 2;
    const lowerOwner =
      ORGANISATION_NOUNS.has(lowerAt(tokens, noun)) && tokens[noun]?.capital === false
        ? ownerOfLowerBody(tokens, slots, noun)
        : undefined;
    if (lowerOwner) return { slot: lowerOwner, blocking: false, span: { from: lowerOwner.from, to: j + 1 } };
  }
  const slot = slots.find((s) => s.to === j + 1 && s.kind !== 'desc');
  // "A spokesman for Pryce said", "Officials close to Pryce said": the name is the object of a preposition; the
  // one speaking is the phrase before it, whom the sentence does not name.
  const person = slot?.kind === 'pronoun' || slot?.kind === 'name';
  // "analysts at Harwell Stanton said": a firm's analysts speak with its voice (a research note), so the firm speaks.
  if (slot?.kind === 'name' && FIRM_VOICE_LINKS.has(lowerAt(tokens, slot.from - 1)))
    if (FIRM_VOICES.has(lowerAt(tokens, slot.from - 2)))
      return { slot, blocking: false, span: { from: slot.from - 2, to: slot.to } };
  // "The Labour MP for Westbury asked": the seat after "for" says where the role's holder sits; the role speaks.
  const seated = slot?.kind === 'name' ? seatHolder(tokens, slots, slot) : undefined;
  if (seated) return { slot: seated, blocking: false, span: { from: seated.from, to: j + 1 } };
  // (Not "Minister for Climate Change Senator Sadia Rehman said": the portfolio is the object, the name speaks.)
  // (Nor "A statement from NAME said": a document speaks for whoever issued it.)
  // (The link may stand before role modifiers: "a spokesperson for federal Harbours Minister NAME said".)
  const link = slot ? pastRoleModifiers(tokens, slot.from - 1) : -1;
  if (
    slot &&
    person &&
    OBJECT_LINKS.has(lowerAt(tokens, link)) &&
    !opensWithPortfolio(tokens, slot.from) &&
    !issuedBy(tokens, link + 1) &&
    !absoluteWith(tokens, link + 1, end)
  )
    return { slot: null, blocking: true, span: { from: phraseStart(tokens, slot.from - 1), to: j + 1 } };
  if (slot && (slot.kind === 'pronoun' || slot.kind === 'name' || slot.kind === 'role')) {
    // "Smith and Jones said": several speakers at once are no one person.
    // (Not "Minister for Information and Broadcasting Anurag Mehra said": "and" joins the portfolio's words.)
    // (Nor "They laughed and Ann Hale said": "and" after a verb joins two clauses, not two speakers.)
    const joined = lowerAt(tokens, slot.from - 1);
    const twoRoles = joinsTwoRoles(tokens, slot);
    if (
      (joined === 'and' || joined === '&') &&
      namesSomebodyAt(tokens, slots, slot.from - 2) &&
      !opensWithPortfolio(tokens, slot.from) &&
      !twoRoles &&
      !joinsPortfolioWords(tokens, slot.from) &&
      !joinsRoleModifiers(tokens, slots, slot)
    )
      return { slot: null, blocking: true, span: { from: slot.from - 2, to: slot.to } };
    // The phrase includes a role before the name: "councillor Ana Reyes said".
    // ("co-founder and CEO Ana Ruiz said": the phrase opens with the first of the two roles.)
    const role = slot.kind !== 'name' ? null : roleBefore(tokens, twoRoles ? slot.from - 1 : slot.from);
    // "President of the Senate NAME said": the office before the portfolio opens the phrase.
    const office = slot.kind === 'name' ? portfolioOfficeAt(tokens, slot.from) : -1;
    const from = office >= 0 ? Math.min(office, role?.from ?? office) : (role?.from ?? slot.from);
    return { slot, blocking: false, span: { from, to: slot.to } };
  }
  const w = t.text.toLowerCase();
  // "A 2016 NAME inspection said": the body that issued the speaking document speaks.
  const issuer = ISSUED_DOCUMENTS.has(w)
    ? slots.find((s) => s.to === j && (s.kind === 'name' || s.kind === 'other'))
    : undefined;
  if (issuer && issuesDocumentAt(tokens, issuer.from, issuer.to))
    return { slot: issuer, blocking: false, span: { from: issuerOpening(tokens, issuer.from), to: j + 1 } };
  // "the statement said", "the letter added": the document speaks for whoever issued it. "A statement said"
  // opening its sentence goes on from the organisation just spoken of (resolveRole).
  const documentOpener = lowerAt(tokens, j - 1);
  // "his letter said", "her reply said": the document or reply speaks for the one the possessive stands for.
  // (Not "A reply to her complaint said": a possessive a preposition takes owns what the reply answers.)
  const owned = isOwnedUtterance(w) && !OBJECT_PREPOSITIONS.has(lowerAt(tokens, j - 2));
  const writer = owned ? slots.find((s) => s.kind === 'pronoun' && s.from === j - 1) : undefined;
  if (writer) return { slot: writer, blocking: false, span: { from: j - 1, to: j + 1 } };
  // ("“…,” Mrs Quill's statement said": so does one a name in the possessive owns, the name opening the phrase — not "a
  // reply to Mrs Quill's complaint said", "the ruling on Mr Hale's appeal said".)
  const ownerName =
    owned && tokens[j - 1]?.possessive === true
      ? slots.find((s) => s.kind === 'name' && s.to === j && (s.from === 0 || tokens[s.from - 1]?.kind !== 'word'))
      : undefined;
  if (ownerName) return { slot: ownerName, blocking: false, span: { from: ownerName.from, to: j + 1 } };
  if (
    (AUTHORED_DOCUMENTS.has(w) && (documentOpener === 'the' || (documentOpener === 'a' && j === 1))) ||
    (FINDINGS_DOCUMENTS.has(w) && documentOpener === 'the')
  )
    return {
      slot: descSlot(article, slots, tokens, j - 1, j + 1, documentOpener),
      blocking: false,
      span: { from: j - 1, to: j + 1 },
    };
  // "the latter said": one of the people just named, picked out by order.
  if (PICKING_OUT.has(w) && lowerAt(tokens, j - 1) === 'the')
    return {
      slot: descSlot(article, slots, tokens, j - 1, j + 1, 'the'),
      blocking: false,
      span: { from: j - 1, to: j + 1 },
    };
  if (OTHER_PRONOUNS.has(w) && !['that', 'who', 'which'].includes(w))
    return { slot: null, blocking: true, span: { from: j, to: j + 1 } };
  // "… like Representative Dale Voss (D-Ohio), who said …": the name the relative clause is set off after.
  const antecedent = w === 'who' ? relativeAntecedent(tokens, slots, j) : undefined;
  if (antecedent) return { slot: antecedent, blocking: false, span: { from: antecedent.from, to: antecedent.to } };
  // ("a rebuke from an official, who said the comments were “…”": somebody unnamed the "who" is speaks, nobody the
  // sentence's own subject is.)
  if (w === 'who' && unnamedBeforeComma(tokens, j)) return { slot: null, blocking: true, span: { from: j, to: j + 1 } };
  if (NON_SUBJECT_LINKS.has(w) || w === 'who' || w === 'which') return { slot: null, blocking: false, span: null };
  const organisation = organisationPhrase(article, tokens, slots, j + 1);
  if (organisation !== null)
    return { slot: organisation, blocking: false, span: { from: organisation.from, to: organisation.to } };
  const role = roleBefore(tokens, j + 1);
  // "A source close to the minister said": the role is the object of a preposition, like a name there.
  if (role && role.to === j + 1 && OBJECT_LINKS.has(lowerAt(tokens, role.from - 1)))
    return { slot: null, blocking: true, span: { from: phraseStart(tokens, role.from - 1), to: j + 1 } };
  if (role && role.to === j + 1) {
    const named = slots.find((s) => s.kind === 'name' && s.to === role.from);
    if (named && !role.text.includes(' '))
      return { slot: named, blocking: false, span: { from: named.from, to: j + 1 } };
    return {
      slot: descSlot(article, slots, tokens, role.from, role.to, role.determiner),
      blocking: false,
      span: { from: role.from, to: role.to },
    };
  }
  return { slot: null, blocking: true, span: { from: phraseStart(tokens, slot ? slot.from : j), to: j + 1 } };
}

/**
 * The name opening a sentence (perhaps after "In a statement") that is followed by a comma and a role phrase ending
 * at `end` ("Owen Hale, co-founder of Brewline"), when the role's head is lower-case: null otherwise.
 */
function unclosedAppositiveOwner(tokens: Token[], slots: Slot[], end: number): Slot | null {
  // "Ann Lee, spokeswoman for the employers' group Tidewell tonight said": no comma closes the role before its verb.
  // ("In a statement Ann Lee, spokeswoman …": the name may open the sentence after the occasion of the words.)
  const start = pastOpeningOccasion(tokens);
  const opening = slots.find((s) => s.kind === 'name' && s.from === start);
  if (opening && pastUnclosedAppositive(tokens, opening.to) >= end) return opening;
  const role = roleBefore(tokens, end);
  if (role === null || tokens[role.from - 1]?.text !== ',' || tokens[role.from]?.capital) return null;
  return slots.find((s) => s.kind === 'name' && s.from === start && s.to === role.from - 1) ?? null;
}

/** The role phrase holding a seat (SEAT_ROLES) that "for" ties the name `seat` to ("the MP for Westbury"), if any. */
function seatHolder(tokens: Token[], slots: Slot[], seat: Slot): Slot | undefined {
  if (lowerAt(tokens, seat.from - 1) !== 'for') return undefined;
  return slots.find((s) => s.kind === 'desc' && s.to === seat.from - 1 && SEAT_ROLES.has(lowerAt(tokens, s.to - 1)));
}

/** Most tokens of an address set off after a name ("of Maple Lane, Bilbury,"). */
const ADDRESS_TOKENS = 8;

/**
 * The name whose address ends at the comma `j` ("Ben Jonas, 32, of Maple Lane, Bilbury,"): "of" or "from" and
 * capitalised words and commas only, after the name or its age set off by commas; undefined otherwise.
 */
function addressOwner(tokens: Token[], slots: Slot[], j: number): Slot | undefined {
  let k = j - 1;
  while (k > j - 1 - ADDRESS_TOKENS && (tokens[k]?.capital === true || tokens[k]?.text === ',')) k--;
  const link = lowerAt(tokens, k);
  if ((link !== 'of' && link !== 'from') || k === j - 1 || tokens[k - 1]?.text !== ',') return undefined;
  return nameBeforeAge(tokens, slots, k - 1);
}

/** Lower-case words that may describe a body's kind before its noun ("the conservation group", "a youth charity"). */
const BODY_KIND_WORDS = 3;

/** Words joining a role to the body it is held in ("chief executive of", "spokeswoman for", "analyst at", "geologist with"). */
export const ROLE_BODY_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with']);

/**
 * The comma opening a role set off after a name, the role ending at the comma `end` on the body it is held in
 * ("NAME, chief executive of Tarrow Melk,"); -1 when no role of a body ends there.
 */
function roleAppositiveComma(tokens: Token[], slots: readonly Slot[], end: number): number {
  const body = slots.find((s) => s.to === end && s.kind !== 'pronoun');
  if (body === undefined) return -1;
  // ("the Farmers’ Defence Collective": a possessive opening the body's name is the name's.)
  let from = body.from;
  while (tokens[from - 1]?.capital === true && tokens[from - 1]?.possessive === true) from--;
  let kindFrom = pastBodyKind(tokens, from);
  if (kindFrom === from && ARTICLES.has(lowerAt(tokens, kindFrom - 1))) kindFrom--;
  const link = kindFrom - 1;
  if (!ROLE_BODY_LINKS.has(lowerAt(tokens, link))) return -1;
  // The role's words, in lower case, back to the comma that sets it off: "chief executive", "leader" — or a role
  // written as a title ("Managing Director").
  const roleWord = (k: number): boolean =>
    tokens[k]?.kind === 'word' &&
    (!tokens[k]?.capital || slots.some((s) => s.kind === 'role' && s.from <= k && k < s.to));
  let comma = link - 1;
  while (comma > link - 1 - ROLE_WORDS_BEFORE_BODY && roleWord(comma)) comma--;
  if (tokens[comma]?.text !== ',' || comma === link - 1 || !isRoleHead(lowerAt(tokens, link - 1))) return -1;
  return slots.some((s) => s.kind === 'name' && s.to === comma) ? comma : -1;
}

/** Most tokens of a role in lower case set off after a name ("the firm's newly appointed director of quality"). */
const LOWER_ROLE_TOKENS = 8;

/**
 * The comma opening a role written in lower case after a name, the role ending at the comma `end` ("NAME, the firm's
 * director of quality,"): the words between are lower-case words (a possessive may open them), a role noun among
 * them, and a name ends right before; -1 otherwise.
 */
export function lowerRoleAppositiveComma(tokens: readonly Token[], slots: readonly Slot[], end: number): number {
  let comma = end - 1;
  while (comma > end - 1 - LOWER_ROLE_TOKENS && tokens[comma]?.kind === 'word' && tokens[comma]?.capital !== true)
    comma--;
  if (tokens[comma]?.text !== ',' || comma === end - 1) return -1;
  if (!tokens.slice(comma + 1, end).some((t) => isRoleHead(t.lower))) return -1;
  return slots.some((s) => s.kind === 'name' && s.to === comma) ? comma : -1;
}

/** Most words of a role set off after a name, before the body it is held in ("deputy chief executive of"). */
const ROLE_WORDS_BEFORE_BODY = 4;

/**
 * Where a body's name starting at `k` starts with the lower-case kind set before it ("of the conservation group
 * Terrawatch": from "the"), so the link to the person's name stands right before; `k` when no kind stands there.
 */
export function pastBodyKind(tokens: readonly Token[], k: number): number {
  const noun = tokens[k - 1];
  if (
    noun?.kind !== 'word' ||
    noun.capital ||
    !(ORGANISATION_NOUNS.has(noun.lower) || BUSINESS_NOUNS_BEFORE.has(noun.lower))
  )
    return k;
  for (let m = k - 2; m >= Math.max(0, k - 2 - BODY_KIND_WORDS); m--) {
    const t = tokens[m];
    // ("the Dutch survey firm NAME": a nationality may describe the kind, in capitals.)
    if (t?.kind !== 'word' || (t.capital && !isNationality(t.lower))) return k;
    if (ARTICLES.has(t.lower)) return m;
  }
  return k;
}

/**
 * Lower-case words inside the name of a body or place ("Institute for Peace", "Bank of England"), in the languages
 * bodies keep their names in too ("Institut de la Mer et des Côtes", "Banco de la Ribera").
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  ...['of', 'for', 'and', 'on'],
  ...['de', 'du', 'des', 'la', 'le', 'les', 'en', 'et', 'di', 'del', 'della', 'da', 'do', 'dos', 'das', 'y', 'e'],
]);

/** Whether token k joins the words of a name: a connector (NAME_CONNECTORS) or an ampersand ("Quent & Marrow"). */
function connectsName(tokens: readonly Token[], k: number): boolean {
  return NAME_CONNECTORS.has(tokens[k]?.lower ?? '') || tokens[k]?.text === '&';
}

/**
 * Where the capitalised phrase ending at token `end` starts, over the connectors inside a body's name and an
 * opening "the": "the Lisbon Institute for Peace" from "Peace". A connector right after a person's name is the
 * link to the body, not part of its name ("Rachel Tran of Brightwater Securities").
 */
function capitalisedPhraseStart(tokens: Token[], slots: Slot[], end: number): number {
  let k = end;
  while (k > 0) {
    const before = tokens[k - 1];
    if (before?.kind === 'word' && before.capital) {
      k--;
      continue;
    }
    // ("Sciences de la Santé": two connectors may stand together.)
    const connectors = connectsName(tokens, k - 2) ? 2 : 1;
    if (
      connectsName(tokens, k - 1) &&
      tokens[k - 1 - connectors]?.capital === true &&
      !slots.some((s) => s.kind === 'name' && s.ids.length > 0 && s.to === k - connectors)
    )
      k -= 1 + connectors;
    else break;
  }
  return lowerAt(tokens, k - 1) === 'the' ? k - 1 : k;
}

/** Words tying a body to the place it is in, after the body a person is of ("… of the Harbour Institute in Kestwick"). */
const BODY_PLACE_LINKS: ReadonlySet<string> = new Set(['in', 'at']);

/** Words between a role and the place its holder works in or comes from ("a ward nurse in Tarrow"). */
export const ROLE_PLACE_LINKS: ReadonlySet<string> = new Set(['in', 'from']);

/** Words tying a name to the body or place it is from ("Prof Ana Orr of Harbour University"). */
const AFFILIATION_LINKS: ReadonlySet<string> = new Set(['of', 'from', 'at']);

/**
 * The name of an appositive from token `from` to the body or place closing it at token `end`, tied to it by "of",
 * "from" or "at" ("Prof Ana Orr of Harbour University"); undefined when the appositive is no such phrase.
 */
function affiliatedName(tokens: Token[], slots: Slot[], from: number, end: number): Slot | undefined {
  const body = slots.find((s) => s.to === end && s.from > from);
  if (body === undefined || !AFFILIATION_LINKS.has(lowerAt(tokens, body.from - 1))) return undefined;
  return slots.find((s) => s.kind === 'name' && s.to === body.from - 1 && namePhraseOpensAt(tokens, s.from, from));
}

/**
 * The person whose appositive a body's name ends ("NAME, a policy analyst at the Harbour Institute"): a name, no
 * body's, closed by a comma, with only the role's words between that comma and the body.
 */
function personBeforeAffiliation(tokens: Token[], slots: readonly Slot[], body: Slot): Slot | undefined {
  // (Not "In a letter to Tom Berg, the Harbour Institute, a think tank, said": the person opens the sentence and an
  // appositive of a role follows, "a policy analyst at", "director of".)
  return slots.find(
    (s) =>
      s.kind === 'name' &&
      s.from === 0 &&
      s.to < body.from &&
      tokens[s.to]?.text === ',' &&
      (INDEFINITE_ARTICLES.has(lowerAt(tokens, s.to + 1)) || isRoleHead(lowerAt(tokens, s.to + 1))) &&
      !isOrganisationName(s.text.split(' ')) &&
      // (Words only between: no comma, so no other appositive.)
      tokens.slice(s.to + 1, body.from).every((t) => t.kind === 'word'),
  );
}

/** Whether a comma stands between tokens `from` and `to`, both exclusive. */
function commaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (tokens[k]?.text === ',') return true;
  return false;
}

/** Whether a comma stands before token `at` in its clause, after any quotation. */
function commaBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    if (tokens[k]?.kind === 'quote') return false;
    if (tokens[k]?.text === ',') return true;
  }
  return false;
}

/** Whether a role brought in unnamed ("an official", "a resident") closes right before the comma of "who" at `j`. */
function unnamedBeforeComma(tokens: Token[], j: number): boolean {
  if (tokens[j - 1]?.text !== ',') return false;
  const role = roleBefore(tokens, j - 1);
  return role !== null && role.to === j - 1 && UNNAMED_WHO_OPENERS.has(role.determiner ?? '');
}

/** Openers of somebody unnamed whom a "who" after them stands for ("an official, who said"). */
export const UNNAMED_WHO_OPENERS: ReadonlySet<string> = new Set(['a', 'an']);

/** Most words of a restrictive "who" clause between a description and its speech verb ("who farms below the ridge"). */
export const RESTRICTIVE_CLAUSE_WORDS = 8;

/**
 * The description of somebody unnamed (UNNAMED_WHO_OPENERS: "a man", "an elderly woman") that a "who" clause with no
 * commas follows, the clause ending at token `end` right before the speech verb ("a man who farms below the ridge
 * told"); null when the words back to the "who" are not plain lower-case words, or nobody unnamed stands before it.
 */
function describedBeforeWho(article: Article, tokens: Token[], slots: Slot[], end: number): Slot | null {
  for (let k = end; k > end - RESTRICTIVE_CLAUSE_WORDS && k > 0; k--) {
    const t = tokens[k];
    if (t?.kind !== 'word' || t.capital) return null;
    if (t.lower !== 'who') continue;
    const role = roleBefore(tokens, k);
    if (role === null || role.to !== k || !UNNAMED_WHO_OPENERS.has(role.determiner ?? '')) return null;
    // (Only one opening the clause, or the words after a quote: not "The mayor told reporters a worker who … had
    // complained", somebody a clause reports on, nor "NAME, 71, a former postwoman who said she had …", the
    // description set off after a name.)
    if (!opensSpeakerPhrase(tokens, role.from)) return null;
    return descSlot(article, slots, tokens, role.from, k, role.determiner);
  }
  return null;
}

/** Most words of the subject phrase a description may be set off after at the opening ("The ship's captain,"). */
const OPENING_SUBJECT_WORDS = 5;

/**
 * Whether a phrase starting at `from` opens its sentence, follows a quote (a comma perhaps between), or is set off
 * after a short phrase opening the sentence with a determiner ("The ship's captain, an officer who …").
 */
function opensSpeakerPhrase(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1];
  if (before === undefined || before.kind === 'quote') return true;
  if (before.text !== ',') return false;
  if (tokens[from - 2]?.kind === 'quote') return true;
  const opening = tokens.slice(0, from - 1);
  return (
    opening.length <= OPENING_SUBJECT_WORDS &&
    DETERMINERS.has(opening[0]?.lower ?? '') &&
    opening.every((t) => t.kind === 'word')
  );
}
