// Which capitalised names of an article are people's: each sentence's own evidence (sentenceEvidence.ts), names
// credited by a roundup's layout, a full name a definite role refers to, and single speaking words.
import type { Sentence } from './frames.ts';
import { fullerNameEvidence } from './fullerNames.ts';
import { lowerAt } from './frames.ts';
import { identifiedAs } from './clauses.ts';
import { capsHeadingFullName } from './capsLabel.ts';
import { isStoplessInitials } from './wordNames.ts';
import { INVERTING_SPEECH_VERBS, QUESTION_VERBS, SURNAME_LIKE, UNNAMED_OPENERS, VERB_FILLERS } from './lexicon.ts';
import { type CapitalRun, NAME_PARTICLES, runWords } from './names.ts';
import { isPluralOfPeople, isRoleHead, roleAfter, singularForms } from './rolePhrases.ts';
import type { NameEvidence } from './people.ts';
import { acronymEvidence } from './acronyms.ts';
import { businessAppositiveAfter, type BusinessNames, businessNames, isCamelCaseBrand } from './businessNames.ts';
import { forceEvidence } from './forces.ts';
import { tradeEvidence } from './trades.ts';
import { voiceEvidence } from './voices.ts';
import { givenAsRun } from './givenAs.ts';
import { isAcronymName, isOrganisationName, isSeatOfOffice, ORGANISATION_NOUNS } from './organisations.ts';
import { afterPlacePreposition, demonymBases, isPlaceName } from './places.ts';
import { knownAsEvidence, nicknameEvidence } from './nicknames.ts';
import {
  agedAppositive,
  isSpeechVerbAt,
  nameEvidence,
  organisationEvidence,
  speaksOfItself,
  pastAside,
  speechVerbAfter,
  subjectCreditedByRole,
} from './sentenceEvidence.ts';
import { statedAge } from './ages.ts';
import {
  bracketCreditRun,
  creditRun,
  creditSentencesBelow,
  headingSpeakerRun,
  topicHeadingName,
  roundupRun,
} from './layoutRuns.ts';
import { nameHeadingRun } from './nameHeadings.ts';
import { forViewRun } from './viewHolders.ts';
import type { SentenceTagger } from './tagger.ts';
import type { Token } from './tokens.ts';
import { nameShaped, opensLikeVerb, pronounAntecedent, pronounedName } from './pronounEvidence.ts';
import { copularPerson, copularRoleOfPerson, postAsPerson } from './roleEvidence.ts';
import { subjectBeforeQuoteEvidence, surnameReusedEvidence } from './givenNameEvidence.ts';
import { familySurnames, sharedSurnameLists } from './sharedSurnames.ts';

export { isSpeechVerbAt, nameEvidence, organisationEvidence, speaksOfItself } from './sentenceEvidence.ts';
export { genderCues } from './pronounEvidence.ts';

/** Titles written with the given name alone ("Sir Keir", "Dame Ruth"), not with the surname like "Mr". */
export const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set(['sir', 'dame']);

/**
 * Prepositions before a name in the sentence above a definite role that say where, not who ("in San Francisco", "to
 * Lake Placid"): wider than places.ts's PLACE_PREPOSITIONS, as a role referring back seldom stands for such a name.
 */
const WHERE_NOT_WHO_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside', 'around']);

/**
 * "… was shown in Lisbon by Mark Odell. The late Nordfone co-founder described it as …": the one full name (places
 * and organisations aside) of a sentence that the next sentence of its paragraph opens by referring to with a
 * definite role and a speech verb is a person's.
 */
function referredToByRole(before: Sentence | undefined, sentence: Sentence): { name: string[]; role: string } | null {
  if (before?.kind !== 'body' || before.paragraph !== sentence.paragraph) return null;
  if (lowerAt(sentence.tokens, 0) !== 'the') return null;
  const role = roleAfter(sentence.tokens, 0);
  if (role === null || ORGANISATION_NOUNS.has(role.head) || !isSpeechVerbAt(sentence.tokens, role.to)) return null;
  const names = before.runs.filter(
    (r) =>
      r.kind === 'name' &&
      r.name.length >= 2 &&
      !isPlaceName(r.name.join(' ')) &&
      !isOrganisationName(r.name) &&
      // "in San Francisco", "at Lake Placid": a name after a preposition of place says where, not who.
      !WHERE_NOT_WHO_PREPOSITIONS.has(lowerAt(before.tokens, r.from - 1)),
  );
  const only = names[0];
  if (names.length !== 1 || only === undefined || only.name.length > 3) return null;
  return { name: only.name, role: role.text.replace(/^(?:the)\s+/iu, '') };
}

/**
 * The single capitalised words an article writes after a preposition of place ("tariffs on goods made in Tavria"):
 * a place's names, so none of them is a person known by one name when it later "responded" or "said".
 */
function placeWords(sentences: readonly Sentence[]): Set<string> {
  const found = new Set<string>();
  for (const sentence of sentences) {
    for (const run of sentence.runs) {
      if (run.name.length !== 1 || run.title.length > 0) continue;
      if (afterPlacePreposition(sentence.tokens, run.from)) found.add((run.name[0] ?? '').toLowerCase());
    }
  }
  return found;
}

/**
 * The capitalised words, lower-cased, whose people's adjective the article writes too (demonymBases: "Ostravia" beside
 * "Ostravian ports"): places, unless the given-name lists know them ("Julia" beside "Julian"), which the registry
 * checks (the evidence carries givenName).
 */
function placesByAdjective(sentences: readonly Sentence[]): Set<string> {
  const capitalised: string[] = [];
  for (const sentence of sentences)
    for (const t of sentence.tokens) if (t.kind === 'word' && t.capital) capitalised.push(t.text);
  const capitals = new Set(capitalised.map((w) => w.toLowerCase()));
  return new Set([...demonymBases(capitalised)].filter((base) => capitals.has(base)));
}

/**
 * The words an article's body writes in lower case ("the whistleblower unit"): capitalised alone elsewhere
 * ("Whistleblower tells court"), such a word is the common noun, never a person known by one name.
 */
function lowerCaseWords(sentences: readonly Sentence[]): Set<string> {
  const found = new Set<string>();
  for (const sentence of sentences) {
    if (sentence.kind !== 'body') continue;
    for (const t of sentence.tokens) if (t.kind === 'word' && !t.capital) found.add(t.lower);
  }
  return found;
}

/**
 * "Reader Oonagh from Galway emails: “…”": a one-word name after a role, then "from" and where its bearer writes
 * from, then a speech verb — a live blog's way of quoting its readers; so is one set off after a word of somebody
 * unnamed ("Another, Esi from Winneba, said": UNNAMED_OPENERS), as a phone-in's roundup writes its callers.
 */
function speaksFromPlace(tokens: Token[], from: number, to: number): boolean {
  // (A role before the name: not "Gardaí from Cork said", a body's plural.)
  const setOff = tokens[from - 1]?.text === ',' && UNNAMED_OPENERS.has(lowerAt(tokens, from - 2));
  if (!isRoleHead(lowerAt(tokens, from - 1)) && !setOff) return false;
  if (lowerAt(tokens, to) !== 'from' || tokens[to + 1]?.capital !== true) return false;
  let k = to + 1;
  while (tokens[k]?.capital === true && tokens[k]?.kind === 'word') k++;
  return speechVerbAfter(tokens, setOff && tokens[k]?.text === ',' ? k + 1 : k);
}

/** Where a single capitalised word speaks: the subject of a speech verb ("Okoye said"), after one ("…," said
 * Okoye; according to Okoye), or credited by layout. */
function speakingSingleRuns(sentence: Sentence): CapitalRun[] {
  const found: CapitalRun[] = [];
  const { tokens } = sentence;
  for (const run of sentence.runs) {
    if (run.kind !== 'name' || run.name.length !== 1 || isSeatOfOffice(runWords(tokens, run))) continue;
    // "Mayor Tom Briggs of Millford said": the word after "of"/"from" says where the person before it is from.
    const link = lowerAt(tokens, run.from - 1);
    if ((link === 'of' || link === 'from') && tokens[run.from - 2]?.capital === true) continue;
    const inverted =
      (INVERTING_SPEECH_VERBS.has(lowerAt(tokens, run.from - 1)) &&
        (run.from - 1 === 0 || tokens[run.from - 2]?.kind !== 'word')) ||
      askedAfterQuestion(tokens, run.from - 1);
    // "Four years ago Cook, now 41, woke up": an age set off after a surname is a person's too.
    // ("the union's president, identified simply as Okoro, …": a name the writer identifies somebody by.)
    if (
      speechVerbAfter(tokens, run.to) ||
      inverted ||
      statedAge(tokens, run.to) ||
      // ("For Lakshmi, a 52-year-old labourer who …,": so is one an appositive gives an age.)
      agedAppositive(tokens, run.to) ||
      identifiedAs(tokens, run.from) ||
      subjectCreditedByRole(tokens, run) ||
      speaksFromPlace(tokens, run.nameFrom, run.to)
    )
      found.push(run);
  }
  for (const run of [creditRun(sentence), headingSpeakerRun(sentence)]) {
    if (run !== null && run.name.length === 1) found.push(run);
  }
  return found;
}

/**
 * "Patricia, reached by phone, said": single words speaking past an aside set off by commas, all in lower case — a
 * given name or a surname that stands for the full name its article writes, and nobody known by one name on its own
 * ("Chelsea, after the final whistle, said" is a club's). Not "Her deputy at Morava, the lawyer Kofi Abu, said", an
 * appositive naming the one who speaks.
 */
function speakingPastAsideRuns(sentence: Sentence): CapitalRun[] {
  const { tokens } = sentence;
  return sentence.runs.filter((run) => {
    if (run.kind !== 'name' || run.name.length !== 1) return false;
    const asideEnd = pastAside(tokens, run.to);
    const plainAside = tokens.slice(run.to + 1, asideEnd).every((t) => t.kind !== 'word' || !t.capital);
    return asideEnd > run.to && plainAside && speechVerbAfter(tokens, asideEnd);
  });
}

/**
 * Whether a verb of asking at token k follows a quoted question ("“…?” asked Okoro"): the name after it asked, as
 * after any inverting speech verb. ("asked Okoro" elsewhere names whom somebody asked.)
 */
function askedAfterQuestion(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return QUESTION_VERBS.has(lowerAt(tokens, k)) && before?.kind === 'quote' && /\?\P{L}*$/u.test(before.text);
}

/** Parts of speech that a speaking name can never be ("Asked", "Speaking", "Then" open a clause). */
const NOT_A_NAME_TAGS = new Set(['DET', 'PRON', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'ADV', 'VERB', 'ADJ', 'NUM']);

/** Whether a word is the plural of a body's noun (ORGANISATION_NOUNS): "ministries", "councils", "agencies". */
export function isPluralOfBody(word: string): boolean {
  return singularForms(word.toLowerCase()).some((singular) => ORGANISATION_NOUNS.has(singular));
}

/**
 * Whether a single speaking word with no full name in its article is a person's name ("Okoro said", "…," said
 * Okafor): not a place, an organisation ("Police", "Apple said it …"), an acronym ("NATO"), nor "the X"; and
 * the POS tagger reads it as a proper noun at the start of a sentence, or at least as no function word after it.
 */
export function isSpeakingPerson(sentence: Sentence, run: CapitalRun, tagger: SentenceTagger): boolean {
  const { tokens } = sentence;
  const words = run.name;
  if (isPlaceName(words.join(' ')) || isOrganisationName(words) || isAcronymName(words)) return false;
  if (isPluralOfPeople(words[0] ?? '')) return false;
  // ("Ministries urged “calm”", "“…” Ministries urged": a plural of a body's noun capitalised only as a sentence's
  // first word, or after a quote closing on a stop.)
  const before = tokens[run.from - 1];
  const opens = run.from === 0 || (before?.kind === 'quote' && /[.!?]$/u.test(before.text));
  if (opens && isPluralOfBody(words[0] ?? '')) return false;
  if (lowerAt(tokens, run.from - 1) === 'the' || tokens[run.nameFrom]?.possessive === true) return false;
  let k = run.to;
  while (VERB_FILLERS.has(lowerAt(tokens, k))) k++;
  // "Acme said it would …": an organisation speaks of itself as "it".
  if (isSpeechVerbAt(tokens, k) && speaksOfItself(tokens, k)) return false;
  const tag = tagger.tags(tokens)[run.nameFrom] ?? '';
  const opensSentence = run.nameFrom === 0 || tokens.slice(0, run.nameFrom).every((t) => t.kind !== 'word');
  if (opensSentence) return tag === 'PROPN';
  return !NOT_A_NAME_TAGS.has(tag);
}

/**
 * The full name inside a run that a single speaking word stands for: the words up to it when it is the surname
 * ("Ann Okafor" in "Ann Okafor Reaction" for "Okafor said"), it and the next when it is the first name
 * ("said Pep"). Null when the run holds no such name of two or three words.
 */
function fullNameFor(run: CapitalRun, speaking: Set<string>): string[] | null {
  const words = run.name.map((w) => w.toLowerCase());
  for (let k = words.length - 1; k >= 1; k--)
    if (k <= 2 && speaking.has(words[k] ?? '')) return run.name.slice(0, k + 1);
  if (speaking.has(words[0] ?? '') && words.length >= 2) return run.name.slice(0, 2);
  return null;
}

/** Family words a tabloid writes as if names ("Gran, 78,", "Mum-to-be"): never a person known by one name. */
export const FAMILY_CALLINGS: ReadonlySet<string> = new Set([
  ...['gran', 'granny', 'grandma', 'grandad', 'granddad', 'grandpa', 'nan', 'nanna', 'mum', 'mom', 'dad'],
]);

/** Fewest letters of a word that can be a person known by one name ("Okoro said"); "on X announcing" is not. */
export const MIN_ONE_NAME_LETTERS = 2;

/** The names (lower case, joined by spaces) an appositive calls a business's anywhere in the article. */
function premisesNamed(sentences: readonly Sentence[]): Set<string> {
  const found = new Set<string>();
  for (const { tokens, runs } of sentences)
    for (const run of runs) if (businessAppositiveAfter(tokens, run.to)) found.add(run.name.join(' ').toLowerCase());
  return found;
}

/** Whether a name is a body's (an organisation cue in it), unless it ends in a common surname (SURNAME_LIKE). */
function bodyNameOfNoSurname(name: readonly string[]): boolean {
  return isOrganisationName(name) && !SURNAME_LIKE.has((name[name.length - 1] ?? '').toLowerCase());
}

/**
 * The name of a run that is one given name before a name of two words or more that speaks alone ("Lucía Ferrer
 * Alba" for "Ferrer Alba told", "Matías de la Vega" for "De la Vega said"): a surname of several words, as
 * Spanish and Portuguese names have. Null otherwise.
 */
function fullNameEndingIn(run: CapitalRun, speakingSurnames: ReadonlySet<string>): string[] | null {
  if (run.name.length < 3) return null;
  const tail = run.name.slice(1).join(' ').toLowerCase();
  return speakingSurnames.has(tail) ? run.name : null;
}

/**
 * Evidence for the people of one article: each sentence's own evidence, a name credited under a quote by a
 * dash line, plus full names whose surname (or first name) alone is later the subject of a speech verb
 * ("Harbour master Grace Okoye … Okoye said").
 */
export function articleEvidence(articleId: string, sentences: Sentence[], tagger: SentenceTagger): NameEvidence[] {
  const found: NameEvidence[] = [];
  const surnames = new Set<string>();
  const singles: { sentence: Sentence; run: CapitalRun }[] = [];
  const honorificGiven = new Set<string>();
  // Each sentence's own name evidence, kept for the pronoun rule, which looks back at the sentences before.
  const ownEvidence: NameEvidence[][] = [];
  const creditsBelow = creditSentencesBelow(sentences);
  for (const [i, sentence] of sentences.entries()) {
    for (const run of sentence.runs)
      if (run.name.length === 1 && GIVEN_NAME_TITLES.has(run.headTitle ?? ''))
        honorificGiven.add((run.name[0] ?? '').toLowerCase());
    const own = nameEvidence(articleId, sentence);
    own.push(...pronounedName(articleId, sentence, own));
    if (own.length === 0) own.push(...copularPerson(articleId, sentence, sentences[i + 1]));
    else own.push(...copularRoleOfPerson(articleId, sentence, own));
    own.push(...postAsPerson(articleId, sentence));
    ownEvidence.push(own);
    found.push(...own);
    found.push(...organisationEvidence(articleId, sentence));
    found.push(...voiceEvidence(articleId, sentence));
    // ("A witness, who gave her name only as Candice, said …": the one name somebody unnamed offered is a person's.)
    const givenAs = givenAsRun(sentence);
    if (givenAs !== null) found.push({ articleId, name: givenAs.name, role: null, gender: null });
    const referred = referredToByRole(sentences[i - 1], sentence);
    if (referred !== null) found.push({ articleId, ...referred, gender: null });
    found.push(...pronounAntecedent(articleId, sentences, i, (j) => ownEvidence[j] ?? []));
    const credited =
      creditRun(sentence) ??
      bracketCreditRun(sentence) ??
      roundupRun(sentence) ??
      nameHeadingRun(sentence, sentences[i + 1], sentences[i - 1]) ??
      forViewRun(sentence.tokens, sentence.runs) ??
      creditsBelow.get(i) ??
      null;
    if (credited !== null && credited.name.length >= 2)
      found.push({ articleId, name: credited.name, role: null, gender: null });
    // ("ANA RUIZ ON HER WINNER" ¶ "“…”": a roundup's heading names who speaks below; so does one in capitals
    // naming a role and the person, "CAPTAIN ANA OKAFOR-HALE" ¶ "… Okafor-Hale said".)
    const below = sentences[i + 1];
    const capsName =
      sentence.kind === 'heading' && below !== undefined ? capsHeadingFullName(sentence.tokens, below.tokens) : null;
    if (capsName !== null) found.push({ articleId, name: capsName, role: null, gender: null });
    const topicName = topicHeadingName(sentence, below);
    if (topicName !== null && topicName.length >= 2)
      found.push({ articleId, name: topicName, role: null, gender: null });
    for (const run of speakingSingleRuns(sentence)) {
      surnames.add((run.name[0] ?? '').toLowerCase());
      singles.push({ sentence, run });
    }
    for (const run of speakingPastAsideRuns(sentence)) surnames.add((run.name[0] ?? '').toLowerCase());
  }
  // "Mr Okafor", "striker Ruiz": a surname the article gives a person alone is looked for in full too.
  for (const e of found) if (e.name.length === 1 && e.kind === undefined) surnames.add((e.name[0] ?? '').toLowerCase());
  found.push(...acronymEvidence(articleId, sentences));
  found.push(...forceEvidence(articleId, sentences));
  found.push(...tradeEvidence(articleId, sentences));
  const known = new Set(found.map((e) => e.name.join(' ').toLowerCase()));
  const named = new Set(
    found
      .filter((e) => e.name.length >= 2 && e.kind !== 'organisation')
      .flatMap((e) => e.name.map((w) => w.toLowerCase())),
  );
  // "Lucía Ferrer Alba … Ferrer Alba told": words that speak together may be a surname of several words.
  const pairs = new Set(
    found.filter((e) => e.name.length >= 2 && e.kind === undefined).map((e) => e.name.join(' ').toLowerCase()),
  );
  // ("Casa Marisol, the tapas bar …": a name an appositive calls a business's is no full name a surname alone stands
  // for, wherever it stands; read once, when a run first makes such a name.)
  let premises: Set<string> | undefined;
  for (const sentence of sentences) {
    for (const run of sentence.runs) {
      if (!nameShaped(run)) continue;
      const name = fullNameFor(run, surnames) ?? fullNameEndingIn(run, pairs);
      if (name === null) continue;
      premises ??= premisesNamed(sentences);
      if (premises.has(run.name.join(' ').toLowerCase())) continue;
      // ("NexaLink said" under "NexaLink Ghana country manager NAME": a brand's word names no person's name.)
      // ("Rovers said" after "Castlemoor Rovers": nor does a body's, unless its last word is a common surname,
      // SURNAME_LIKE: "Dr Lena Bank … Bank said" is hers.)
      if (name.some(isCamelCaseBrand) || bodyNameOfNoSurname(name)) continue;
      // ("Harlowe said" after "the modelling firm Harlowe Loss Analytics": a body's name whose first word speaks
      // is the body's, not a person's name cut from it.)
      if (name.length < run.name.length && isOrganisationName(run.name)) continue;
      const key = name.join(' ').toLowerCase();
      if (known.has(key)) continue;
      known.add(key);
      // ("For Blessing Okoro, … Ms Okoro": a first word ending as a participle does must be a given name
      // the lists know, opensLikeVerb.)
      if (opensLikeVerb(run)) {
        found.push({ articleId, name, role: null, gender: null, givenName: true });
        continue;
      }
      found.push({ articleId, name, role: null, gender: null });
      for (const word of name) named.add(word.toLowerCase());
    }
  }
  // "signed Marco Di Ilvesi … Di Ilvesi, who …, commented": a surname with a particle that speaks is the full name's
  // the article writes it in.
  found.push(...particleSurnameFullNames(articleId, sentences, found, known));
  // "What Mateo Ortega said" … "Mateo Ortega Lozano climbed to third": the name the article writes in full elsewhere.
  found.push(...fullerNameEvidence(articleId, sentences, found, known));
  // "Harbour master Ines Varga … Varga: “…”": a full name whose surname the article uses alone, if a given name.
  found.push(...surnameReusedEvidence(articleId, sentences, known));
  // "Sarah Jones runs the bakery. ¶ “…”": a full name introduced right before a quotation standing alone.
  found.push(...subjectBeforeQuoteEvidence(articleId, sentences, known));
  // "Jim and Mary Tolland": a given name sharing the surname after the list's last, if the given-name lists know it
  // ("Berg and Tom Hale", "Oxfam and Ann Kerr" make nobody) or the article has it speak alone, in no other full
  // name, and writes of the surname's family ("the Saarnios", "the Saarnio family"): "Ilmatar and Veikko Saarnio …
  // Ilmatar said", where the lists know no Ilmatar; not "Okonkwo and Liam Bryce scored … Okonkwo said", a sports report's
  // surname.
  let families: ReadonlySet<string> | undefined;
  for (const sentence of sentences)
    for (const { names, kin } of sharedSurnameLists(sentence))
      for (const name of names) {
        const key = name.join(' ').toLowerCase();
        if (known.has(key)) continue;
        known.add(key);
        const given = (name[0] ?? '').toLowerCase();
        families ??= familySurnames(sentences);
        const family = families.has((name[name.length - 1] ?? '').toLowerCase());
        const speaksAlone = family && surnames.has(given) && !named.has(given);
        // ("the Adeyemi brothers, Tunde and Femi": a plural of kin says the words are given names.)
        const sure = kin || speaksAlone;
        found.push({ articleId, name, role: null, gender: null, ...(sure ? {} : { givenName: true as const }) });
      }
  // "Wilhelmina “Mina” van Ost … Mina van Ost said": the name the nickname makes is the same person's.
  found.push(...nicknameEvidence(articleId, sentences, found));
  // ("NAME, popularly known as ALIAS, …": so is the name set off after it with "known as".)
  found.push(...knownAsEvidence(articleId, sentences, found));
  // "Sir Keir", "Dame Ruth": these titles go with the given name; the person is the one named in full with it.
  const givenFirst = new Set(found.filter((e) => e.name.length >= 2).map((e) => (e.name[0] ?? '').toLowerCase()));
  for (let i = found.length - 1; i >= 0; i--) {
    const e = found[i];
    const word = (e?.name[0] ?? '').toLowerCase();
    if (e?.name.length === 1 && honorificGiven.has(word) && givenFirst.has(word)) found.splice(i, 1);
  }
  // A speaking word that no full name in the article accounts for is a person known by one name ("Okoro said").
  const places = placeWords(sentences);
  let demonymPlaces: Set<string> | undefined;
  let businesses: BusinessNames | undefined;
  let lowered: Set<string> | undefined;
  for (const { sentence, run } of singles) {
    const word = (run.name[0] ?? '').toLowerCase();
    if (named.has(word) || known.has(word) || places.has(word)) continue;
    lowered ??= lowerCaseWords(sentences);
    if (lowered.has(word)) continue;
    // "Harlow Motor Corp. … Harlow said", "Harlow’s shares … Harlow said": a business speaking by one word.
    const written = run.name[0] ?? '';
    businesses ??= businessNames(sentences);
    const business = businesses.namedBy.get(written) ?? null;
    if (business !== null || businesses.used.has(written) || isCamelCaseBrand(written)) {
      known.add(word);
      const name = business ?? [written];
      found.push({
        articleId,
        name,
        role: null,
        gender: null,
        kind: 'organisation',
        ...(business && { short: written }),
      });
      continue;
    }
    // ("shared a post on X to say …": a single letter is a platform's or a grade's, no one known by one name.)
    // ("Gran, 78, lost her savings": a family word a tabloid writes in capitals is no one's name.)
    if (written.length < MIN_ONE_NAME_LETTERS || FAMILY_CALLINGS.has(word)) continue;
    if (!isSpeakingPerson(sentence, run, tagger)) continue;
    known.add(word);
    // ("Ostravia warns" where the article writes of "Ostravian ports": a place its people's adjective names — unless
    // the given-name lists know the word, "Julia said" beside her husband "Julian": givenName.)
    demonymPlaces ??= placesByAdjective(sentences);
    const maybePlace = demonymPlaces.has(word) ? { givenName: true as const } : {};
    found.push({ articleId, name: run.name, role: null, gender: null, alone: true, ...maybePlace });
  }
  return withoutBodyLetters(withoutSpeakingBodies(found), sentences);
}

/**
 * The evidence without the plain speaking of a name set off after a body's noun ("recalled by the manufacturer,
 * Tallow Bikes. … Tallow Bikes said"): what a body says makes no person of it; a role, gender or age would, and so
 * would a given name the lists know ("Chair of the group Ann Hale", givenName).
 */
function withoutSpeakingBodies(found: NameEvidence[]): NameEvidence[] {
  const bodies = new Set(found.flatMap((e) => (e.byBodyNoun === true ? [e.name.join(' ').toLowerCase()] : [])));
  if (bodies.size === 0) return found;
  // (A given name the lists know makes a person of a name set off after a role's "of the group" only when the article
  // reads that name as a body nowhere else: "a spokesman for the group Grace Harbour, which …" keeps "Director of the
  // group Grace Harbour" the body's.)
  const plainBodies = new Set(
    found.flatMap((e) => (e.kind === 'organisation' && e.heldAtBody !== true ? [e.name.join(' ').toLowerCase()] : [])),
  );
  return found.filter(
    (e) =>
      e.kind === 'organisation' ||
      e.role !== null ||
      e.gender !== null ||
      e.age !== undefined ||
      (e.givenName === true && !plainBodies.has(e.name.join(' ').toLowerCase())) ||
      !bodies.has(e.name.join(' ').toLowerCase()),
  );
}

/**
 * The evidence without names opened by capitals the article also writes alone ("NHS Harwick said" where "the NHS"
 * stands elsewhere): those are a body's letters, not a person's initials written without stops ("RS Mehta").
 */
function withoutBodyLetters(found: NameEvidence[], sentences: readonly Sentence[]): NameEvidence[] {
  const opened = new Set(found.flatMap((e) => (personsInitials(e) ? [e.name[0] ?? ''] : [])));
  if (opened.size === 0) return found;
  const alone = new Set<string>();
  for (const { tokens } of sentences)
    tokens.forEach((t, k) => {
      if (opened.has(t.text) && tokens[k + 1]?.capital !== true) alone.add(t.text);
    });
  return alone.size === 0 ? found : found.filter((e) => !personsInitials(e) || !alone.has(e.name[0] ?? ''));
}

/** Whether evidence for a person names two words, the first two or three capitals ("RS Mehta"). */
function personsInitials(e: NameEvidence): boolean {
  return e.kind !== 'organisation' && e.name.length === 2 && isStoplessInitials(e.name[0] ?? '');
}

/**
 * Full names ending in a surname with a particle ("Di Ilvesi", "van Dijk") that the article's evidence has as a name of
 * its own: "Marco Di Ilvesi" written once in passing is the person "Di Ilvesi" who speaks. Each name once.
 */
function particleSurnameFullNames(
  articleId: string,
  sentences: readonly Sentence[],
  found: readonly NameEvidence[],
  known: Set<string>,
): NameEvidence[] {
  const surnames = new Set(
    found
      .filter(
        (e) => e.name.length === 2 && NAME_PARTICLES.has((e.name[0] ?? '').toLowerCase()) && e.kind !== 'organisation',
      )
      .map((e) => e.name.join(' ').toLowerCase()),
  );
  if (surnames.size === 0) return [];
  const fuller: NameEvidence[] = [];
  for (const sentence of sentences)
    for (const run of sentence.runs) {
      if (run.kind !== 'name' || run.name.length !== 3) continue;
      const key = run.name.join(' ').toLowerCase();
      if (known.has(key) || !surnames.has(run.name.slice(1).join(' ').toLowerCase())) continue;
      known.add(key);
      fuller.push({ articleId, name: run.name, role: null, gender: null });
    }
  return fuller;
}
