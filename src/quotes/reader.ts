// The writer's sentences around quotations read for attribution: each sentence's speaker phrases (slots) and its
// speech verbs with their subjects (cues), resolved to people by the article's coreference as it is read.
import { describedSpeakerNamed, ownNameGiven } from './ownNameReveal.ts';
import type { Article } from '../corpus/types.ts';
import { lowerAt, type Sentence } from './frames.ts';
import { isTitleWord } from './names.ts';
import { isRoleHead, nameRemitEnd, REMIT_OPENERS, remitEnd, ROLE_REMIT_TOKENS, roleAfter } from './rolePhrases.ts';
import type { PeopleRegistry } from './people.ts';
import type { Token } from './tokens.ts';
import { Coreference } from './coreference.ts';
import type { Slot } from './slots.ts';
import {
  BARE_CLAUSE_JOINS,
  CLAUSE_JOINS,
  CLAUSE_OPENERS,
  DISCOURSE_ADVERBS,
  FINITE_CLAUSE_VERBS,
  LEADING_CONJUNCTIONS,
  datelineEnd,
  reportedSubjects,
  type SentenceState,
} from './clauses.ts';
import { findCues } from './cues.ts';
import { closingBracketAt } from './verbReach.ts';
import { OPENING_TIME_WORDS, SUBJECT_OPENERS_AFTER_TIME, TIME_LEADS, TIME_NOUNS } from './clauseWords.ts';
import { DAYS_MONTHS, INDEFINITE_ARTICLES, UNNAMED_OPENERS } from './lexicon.ts';
import { BODY_VOICES } from './voices.ts';
import { ArticleNames } from './localNames.ts';
import { descSlot, npAt } from './speakerPhrases.ts';
import { cleftFocus, identifiedByCopula, pastOpeningPlace } from './copulaSubjects.ts';
import { nameHeadingRun } from './nameHeadings.ts';
import { capsHeadingName } from './capsLabel.ts';
import { personOfArticle } from './nameLookup.ts';

/**
 * Where the subject starts past a time phrase opening the sentence with no comma, before a name, a determiner or a
 * possessive ("Today his mother Ann Hale said", "On Monday the minister told", "Last night NAME said"); `k` when none.
 */
function pastOpeningTime(tokens: Token[], k: number): number {
  const word = lowerAt(tokens, k);
  let end = -1;
  if (OPENING_TIME_WORDS.has(word)) end = k + 1;
  else if (word === 'on' && DAYS_MONTHS.has(lowerAt(tokens, k + 1))) end = k + 2;
  else if (TIME_LEADS.has(word) && TIME_NOUNS.has(lowerAt(tokens, k + 1))) end = k + 2;
  const next = tokens[end];
  if (end === -1 || next?.kind !== 'word') return k;
  return next.capital || SUBJECT_OPENERS_AFTER_TIME.has(next.lower) ? end : k;
}

/** Whether a slot overlaps tokens [from, to). A loop: closures over the token loop's `i` allocated a context for
 * every token of every sentence read. */
function overlapsSlot(slots: readonly Slot[], from: number, to: number): boolean {
  for (const s of slots) if (s.from < to && s.to > from) return true;
  return false;
}

export class ArticleReader {
  private readonly states: SentenceState[] = [];

  /** Whom each pronoun, role and name of the article stands for, read sentence by sentence. */
  readonly coreference: Coreference;

  constructor(
    private readonly article: Article,
    private readonly registry: PeopleRegistry,
  ) {
    this.coreference = new Coreference(article, registry, this.states);
  }

  read(sentences: Sentence[]): SentenceState[] {
    const names = new ArticleNames(this.article, this.registry, this.coreference, sentences);
    for (const [i, sentence] of sentences.entries()) {
      // Headings are read too (a roundup's "Smith on the budget:" names the speaker below it); only body
      // sentences leave mentions for pronouns to refer to, and a heading naming who speaks under it.
      const state = this.readSentence(sentence, names);
      this.states.push(state);
      // ("“…,” says the woman at the counter. ¶ … Her name is NAME.": the described speaker is NAME.)
      const given = ownNameGiven(state);
      const described = given === null ? null : describedSpeakerNamed(this.states, i, given.gender);
      if (given !== null && described !== null) described.entity = given.named.entity;
      const next = sentences[i + 1];
      const run = nameHeadingRun(sentence, next, sentences[i - 1]);
      const slot = run === null ? undefined : state.slots.find((s) => s.kind === 'name' && s.from === run.from);
      if (slot !== undefined) this.coreference.recordHeadingSpeaker(sentence, slot);
      // ("JAMIE ODE (Rovers)" ¶ "The midfielder insisted …": a roundup's heading in capitals names its speaker too.)
      const heading = slot === undefined && sentence.kind === 'heading' && next !== undefined;
      const caps = heading ? capsHeadingName(sentence.tokens, next.tokens) : null;
      const person = caps === null ? null : personOfArticle(this.registry, this.article.id, caps);
      if (person !== null) this.coreference.recordHeadingSpeaker(sentence, { entity: person, from: 0 });
    }
    // (A lede's role held far below it is settled once every holder of that role is known.)
    this.coreference.settleLedeRole();
    return this.states;
  }

  private readSentence(sentence: Sentence, names: ArticleNames): SentenceState {
    const { tokens } = sentence;
    const slots: Slot[] = names.slotsOf(sentence);
    const start = this.subjectStart(tokens, slots);
    const opening = npAt(this.article, tokens, slots, start);
    // ("The store's owner, pharmacist Ann Hale, spent …": the name set off after a role opening the sentence.)
    const named =
      opening.slot === null
        ? undefined
        : (nameSetOffAfter(tokens, slots, opening.slot) ?? remitHolder(tokens, slots, opening.slot));
    // ("One of them, a retired lorry driver, said …": somebody brought in unnamed after a partitive.)
    const partitive =
      opening.slot === null
        ? partitiveAppositive(tokens, slots, (k) => npAt(this.article, tokens, slots, k).slot ?? undefined)
        : undefined;
    // ("The guest is Wendy Hale, …", "That was Ana, laughing.": the name a copula identifies the opening with.)
    const held = named ?? partitive ?? identifiedByCopula(tokens, slots, start, opening.slot);
    const subject = held === undefined ? opening : { ...opening, slot: held };
    if (subject.slot) subject.slot.subject = true;
    // ", but opposition leader Tom Hale was not convinced": a clause of its own has a subject too, the latest one
    // a later "he" refers to.
    for (let i = 1; i < tokens.length; i++) {
      const own = this.clauseSubjectAt(tokens, slots, i, subject.slot);
      if (own !== null) own.subject = true;
    }
    for (const slot of slots) if (cleftFocus(tokens, slot.from, slot.to)) slot.subject = true;
    const owner = subject.slot === null ? undefined : ownerOfSubject(tokens, slots, subject.slot);
    if (owner !== undefined) owner.ownsSubject = true;
    const cues = findCues(this.article, sentence, slots, subject.slot);
    for (const cue of cues) if (cue.subject) cue.subject.subject = true;
    for (const cue of cues) if (cue.subject && !cue.blocking) this.coreference.speaking.add(cue.subject);
    for (const slot of reportedSubjects(tokens, cues)) this.coreference.reported.add(slot);
    // Definite roles anywhere in the sentence ("after meeting the mayor") are mentions too, when not read yet.
    for (let i = 0; i < tokens.length; i++) {
      if (lowerAt(tokens, i) !== 'the' || overlapsSlot(slots, i, i + 1)) continue;
      const role = roleAfter(tokens, i);
      if (role === null || overlapsSlot(slots, role.from, role.to)) continue;
      const slot = descSlot(this.article, slots, tokens, role.from, role.to, role.determiner);
      slot.mentionOnly = true;
      if (cleftFocus(tokens, slot.from, slot.to)) slot.subject = true;
    }
    slots.sort((a, b) => a.from - b.from);
    // Pronouns last: the names and roles of their own clause are known by then.
    for (const slot of slots) if (slot.kind !== 'pronoun') this.coreference.resolve(sentence, slot, slots);
    for (const slot of slots) if (slot.kind === 'pronoun') this.coreference.resolve(sentence, slot, slots);
    // ("“…,” the fair's organiser conceded. The organiser, NAME, said …": the unheld role above is the name's.)
    const roleNamed = named ?? (opening.slot?.kind === 'name' ? opening.slot : undefined);
    const roleText = roleNamed === undefined ? null : roleSetOffBefore(tokens, start, roleNamed);
    if (roleNamed !== undefined && roleText !== null) this.coreference.holdsRoleAbove(sentence, roleText, roleNamed);
    return { sentence, slots, cues, subject: subject.slot };
  }

  /**
   * The subject of a clause that the conjunction at token `i` opens, or null: after a comma or semicolon ("…, but
   * opposition leader Tom Hale was not convinced", "…, and the singer is saving her voice"), or with no comma when a
   * finite verb follows the phrase after "and" or "but" and the sentence's subject does not end right before it
   * ("NAME scored twice in the win and manager NAME was delighted"; "Hale and Berg were" is one subject of two
   * people). A description brought in unnamed ("a court official") heads no clause a later "he" goes on with.
   */
  private clauseSubjectAt(tokens: Token[], slots: Slot[], i: number, sentenceSubject: Slot | null): Slot | null {
    // Compared directly: an array literal here was made for every token of every sentence.
    const mark = tokens[i - 1]?.text;
    const word = lowerAt(tokens, i);
    const afterComma = (mark === ',' || mark === ';') && CLAUSE_JOINS.has(word);
    const bare =
      !afterComma &&
      mark !== ',' &&
      BARE_CLAUSE_JOINS.has(word) &&
      (sentenceSubject === null || sentenceSubject.to < i);
    if (!afterComma && !bare) return null;
    const own = npAt(this.article, tokens, slots, i + 1);
    if (own.slot === null || (own.slot.kind === 'desc' && own.slot.determiner !== 'the')) return null;
    if (afterComma) return own.slot;
    const finite = own.span !== null && FINITE_CLAUSE_VERBS.has(lowerAt(tokens, own.span.to));
    return own.slot.kind !== 'pronoun' && finite ? own.slot : null;
  }

  /**
   * Past a side's label opening the sentence in a roundup — a party, country or body, a colon, then the writer's own
   * clause ("Harbour Greens: Deputy leader Ann Hale was blunt.") —, or 0. A person's name so set is a transcript's
   * speaker label, not passed over.
   */
  private sideLabelEnd(tokens: readonly Token[], slots: readonly Slot[]): number {
    const colon = tokens.findIndex((t) => t.text === ':');
    if (colon < 1 || colon > SIDE_LABEL_WORDS || !tokens.slice(0, colon).every((t) => t.kind === 'word' && t.capital))
      return 0;
    const label = slots.find((s) => s.from === 0);
    if (label === undefined || label.to !== colon) return 0;
    const entity = label.entity === null ? undefined : this.registry.people.get(label.entity);
    if (label.kind !== 'other' && entity?.kind !== 'organisation') return 0;
    const next = tokens[colon + 1];
    return next?.kind === 'word' && next.capital ? colon + 1 : 0;
  }

  /** Where the sentence's subject starts, past conjunctions and an opening adverbial ("In his speech, …"). */
  private subjectStart(tokens: Token[], slots: readonly Slot[]): number {
    let k = datelineEnd(tokens) || this.sideLabelEnd(tokens, slots);
    while (
      LEADING_CONJUNCTIONS.has(lowerAt(tokens, k)) ||
      tokens[k]?.text === ',' ||
      (DISCOURSE_ADVERBS.has(lowerAt(tokens, k)) && tokens[k + 1]?.text === ',')
    )
      k++;
    k = pastOpeningPlace(tokens, pastOpeningTime(tokens, k));
    const first = lowerAt(tokens, k);
    // ("Long-serving machinist Ann Pole", "Outgoing chairman Tom Hale": an -ing word before a role describes it.)
    const participle = /ing$/u.test(first) && !isRoleHead(lowerAt(tokens, k + 1));
    if (CLAUSE_OPENERS.has(first) || participle) {
      for (let j = k + 1; j < Math.min(tokens.length, k + 25); j++) {
        if (tokens[j]?.text === ',') {
          k = first === 'according' ? appositiveAfterOpeningEnd(tokens, j) + 1 : j + 1;
          while (LEADING_CONJUNCTIONS.has(lowerAt(tokens, k))) k++;
          return k;
        }
        if (tokens[j]?.kind === 'quote') break;
      }
    }
    return k;
  }
}

/** Most tokens of the words after a description's role noun set off after a name, before its closing comma. */
const APPOSITIVE_TAIL_TOKENS = 6;

/** Words that open a clause's subject after a description set off in an opening phrase ("…, the jump is …"). */
export const SUBJECT_OPENERS_AFTER_APPOSITIVE: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'it',
  'they',
  'he',
  'she',
  'we',
]);

/**
 * The comma closing a description set off after the name that ends an "According to NAME" phrase at the comma
 * `comma` ("According to Ann Hale, a Harbour-based grain trader, the jump …": its subject is "the jump", not the
 * trader); else `comma` itself. The description opens with "a" or "an" and goes on past its role noun at most
 * APPOSITIVE_TAIL_TOKENS words ("a lecturer in law at Harbour University,"); the subject after its comma opens with
 * a word of SUBJECT_OPENERS_AFTER_APPOSITIVE or a capital, not with an aside ("…, a spokesman, who would not …, said").
 */
export function appositiveAfterOpeningEnd(tokens: Token[], comma: number): number {
  if (tokens[comma - 1]?.capital !== true) return comma;
  const role = roleAfter(tokens, comma + 1);
  if (role === null || role.from !== comma + 1 || !INDEFINITE_ARTICLES.has(role.determiner ?? '')) return comma;
  for (let k = role.to; k < Math.min(tokens.length, role.to + APPOSITIVE_TAIL_TOKENS + 1); k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    const opensSubject = next?.capital === true || SUBJECT_OPENERS_AFTER_APPOSITIVE.has(next?.lower ?? '');
    if (t?.text === ',') return opensSubject ? k : comma;
    if (t?.kind !== 'word') return comma;
  }
  return comma;
}

/** Most words of a side's label opening a roundup's sentence ("Harbour Independent Farmers Party: …"). */
const SIDE_LABEL_WORDS = 4;

/**
 * The name owning the role that opens the subject's phrase, when the subject is another person's name: "Hale's
 * lawyer, Ann Berg, argued", "Hale's wife Ann said". Undefined when the subject has no such owner.
 */
export function ownerOfSubject(tokens: readonly Token[], slots: readonly Slot[], subject: Slot): Slot | undefined {
  if (subject.kind !== 'name') return undefined;
  const owner = slots.find((s) => s.kind === 'name' && s.to < subject.from && tokens[s.to - 1]?.possessive === true);
  if (owner === undefined || owner.from !== 0) return undefined;
  // Between the owner and the subject's name: the role it owns, and the commas setting the name off.
  const between = tokens.slice(owner.to, subject.from).filter((t) => t.text !== ',');
  return between.length > 0 && between.length <= OWNED_ROLE_WORDS && between.some((t) => isRoleHead(t.text))
    ? owner
    : undefined;
}

/** How many words the role between an owner and the subject's name may have ("chief of staff" and shorter). */
const OWNED_ROLE_WORDS = 3;

/**
 * The name set off by commas right after a role or description opening the sentence ("The store's owner,
 * pharmacist Ann Hale, spent …"; a role of its own may stand before the name), the subject the role is; undefined
 * when none stands there.
 */
export function nameSetOffAfter(tokens: Token[], slots: readonly Slot[], opening: Slot): Slot | undefined {
  let roleEnd = opening.to;
  // ("Harbour Parks managing executive for the reserve, NAME, praised …": a body's name owns the role after it, as a
  // possessive would.)
  // ("Counsel to the defendants, NAME, urged …": a role noun with no article opening the sentence, capitalised only
  // as its first word, was read as a capitalised phrase of its own; it is a role as "The counsel" is.)
  const bareRole = opening.kind === 'other' && opening.from === 0 && opening.to === 1 && isRoleHead(lowerAt(tokens, 0));
  if (opening.kind !== 'desc' && opening.kind !== 'role' && !bareRole) {
    const owned =
      tokens[roleEnd]?.kind === 'word' && !tokens[roleEnd]?.capital ? roleAfter(tokens, roleEnd, true) : null;
    if (owned === null) return undefined;
    roleEnd = owned.to;
  }
  // ("the Ranking Member on the Works Committee, Hon. NAME,": a remit may follow the role before its comma.)
  const comma = remitEnd(tokens, roleEnd);
  if (tokens[comma]?.text !== ',') return undefined;
  const name = slots.find((s) => s.kind === 'name' && s.from > comma && s.from <= comma + 1 + OWNED_ROLE_WORDS);
  if (name === undefined) return undefined;
  // ("The ranking member, Sen. NAME (D-Minn.), tried …": past a bracket after the name, as a party's.)
  let end = nameRemitEnd(tokens, name.to);
  const close = tokens[end]?.text === '(' ? closingBracketAt(tokens, end) : -1;
  if (close !== -1) end = close + 1;
  if (tokens[end]?.text !== ',') return undefined;
  const between = tokens.slice(comma + 1, name.from);
  // ("The organiser, Deputy Head of Schools NAME, said": a title in capitals may stand before the name too.)
  return between.every((t) => t.kind === 'word' && (!t.capital || isTitleWord(t.text))) ? name : undefined;
}

/**
 * The words of the role opening the sentence at `start`, its remit with them ("The lawyer for the island families"),
 * when a comma right after them sets off the name `named` ("The organiser, NAME,"); null otherwise ("Harbour Party
 * leader NAME later joined" sets no name off).
 */
function roleSetOffBefore(tokens: Token[], start: number, named: Slot): string | null {
  // (A name opening the sentence has no role before it: most sentences, read with no role phrase looked for.)
  if (named.from <= start) return null;
  const role = roleAfter(tokens, start);
  if (role === null) return null;
  const end = remitEnd(tokens, role.to);
  if (tokens[end]?.text !== ',' || end > named.from) return null;
  return tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(' ');
}

/** Words opening a partitive that names nobody before a description set off by a comma ("One of them, a …"). */
export const PARTITIVE_OPENERS: ReadonlySet<string> = new Set(['one', 'another']);

/** Most tokens of such a partitive before its comma ("One of the protesters outside,"). */
const PARTITIVE_TOKENS = 6;

/**
 * The description of somebody unnamed set off after a partitive opening the sentence ("One of them, a retired lorry
 * driver from the coast, said …"), the sentence's subject; undefined when none stands there.
 */
function partitiveAppositive(
  tokens: Token[],
  slots: readonly Slot[],
  phraseAt: (k: number) => Slot | undefined,
): Slot | undefined {
  if (!PARTITIVE_OPENERS.has(lowerAt(tokens, 0)) || lowerAt(tokens, 1) !== 'of') return undefined;
  const comma = tokens.findIndex((t, k) => k > 1 && k <= PARTITIVE_TOKENS && t.text === ',');
  if (comma === -1 || tokens.slice(2, comma).some((t) => t.kind !== 'word')) return undefined;
  const opener = lowerAt(tokens, comma + 1);
  if (opener !== 'a' && opener !== 'an') return undefined;
  // ("One of them, a former Polish welder, NAME, 63, was …": the name set off after the description is who it is.)
  const closing = tokens.findIndex((t, k) => k > comma + 1 && k <= comma + 1 + PARTITIVE_TOKENS * 2 && t.text === ',');
  const named = closing === -1 ? undefined : slots.find((s) => s.kind === 'name' && s.from === closing + 1);
  if (named !== undefined && tokens[named.to]?.text === ',') return named;
  const slot = phraseAt(comma + 1);
  return slot !== undefined && (slot.kind === 'desc' || slot.kind === 'role') ? slot : undefined;
}

/**
 * The name right after a role in capitals and its remit, with no comma ("Harbour MLA for East Tarrow Dr Ana Ruiz has
 * been speaking …": the remit's place runs into the name), the subject the role is; undefined when none stands there.
 */
function remitHolder(tokens: Token[], slots: readonly Slot[], opening: Slot): Slot | undefined {
  // ("A former colleague of Mr Hale said": a role somebody unnamed holds relates them to the name; it is not its title.
  // A voice of a body stays its body's: "A spokesperson for the Office of Sport said".)
  const voice = tokens.slice(opening.from, opening.to).some((t) => BODY_VOICES.has(t.lower));
  if (UNNAMED_OPENERS.has(opening.determiner ?? '') && !voice) return undefined;
  const remitAfter = isRoleHead(lowerAt(tokens, opening.to - 1)) && REMIT_OPENERS.has(lowerAt(tokens, opening.to));
  // ("Minister of Minerals and Water Dr Ana Ruiz said": the role's phrase may hold the remit's opening already.)
  const remitWithin = tokens
    .slice(opening.from + 1, opening.to)
    .some((t, k) => REMIT_OPENERS.has(t.lower) && isRoleHead(lowerAt(tokens, opening.from + k)));
  if (!remitAfter && !remitWithin) return undefined;
  // ("Minister of Energy Ana Ruiz said": a phrase read as the role's may close with the holder's name.)
  const closing = remitWithin
    ? slots.find((s) => s.kind === 'name' && s.from > opening.from && s.to === opening.to && s.ids.length > 0)
    : undefined;
  if (closing !== undefined) return closing;
  const name = slots.find((s) => s.kind === 'name' && s.from > opening.to && s.from <= opening.to + ROLE_REMIT_TOKENS);
  if (name === undefined || name.ids.length === 0 || tokens[name.to]?.text === ',') return undefined;
  // ("The portfolio holder for highways sat beside NAME": a remit is a place's or body's capitalised words, the small words
  // between them and an owner ("for the region's Office of …"), not a verb and its object.)
  const between = tokens.slice(opening.to, name.from);
  const remitWord = (t: Token): boolean =>
    t.capital || t.possessive === true || REMIT_OPENERS.has(t.lower) || REMIT_LINKS.has(t.lower);
  return between.every((t) => t.kind === 'word' && remitWord(t)) ? name : undefined;
}

/** Small words a remit may hold besides its openers between its capitalised ones ("for the Ports and Harbours"). */
export const REMIT_LINKS: ReadonlySet<string> = new Set(['the', 'and']);
