// Coreference for attribution: whom a name, "he"/"she", a role ("the minister", "the coach") or an organisation
// noun ("the ministry") stands for — the subject of the latest clause that named someone compatible, not the nearest
// name. Names and pronouns are resolved here; roles and descriptions in roleReference.ts.
import type { Article } from '../corpus/types.ts';
import { lowerAt, quotationOnly, type Sentence } from './frames.ts';
import {
  AFFILIATION_PREPOSITIONS,
  ARTICLES,
  ASKED_NAME_QUESTIONS,
  INDEFINITE_ARTICLES,
  KINSHIP_NOUNS,
  PUT_TO_PHRASES,
  QUESTION_VERBS,
  REPLY_VERBS,
  sameRoleWord,
  SUBORDINATING_CONJUNCTIONS,
  UNNAMED_OPENERS,
  VERB_FILLERS,
} from './lexicon.ts';
import { aliasKey, normalizeName } from './match.ts';
import { surnameBeforeRomanisedGivenName, surnameWrittenFirst } from './surnameFirst.ts';
import type { Gender } from './names.ts';
import { isPluralOfPeople, isRoleHead } from './rolePhrases.ts';
import { ROLE_MODIFIERS } from './roleLexicon.ts';
import { ORGANISATION_NOUNS } from './organisations.ts';
import type { PeopleRegistry } from './people.ts';
import type { Token } from './tokens.ts';
import { isSpeechVerbAt } from './verbReach.ts';
import {
  askingOpeningEnd,
  OBJECT_GENDER,
  ROYAL_ADDRESS_FORMS,
  royallyTitled,
  opensWithUnknownPerson,
  ORGANISATION_PRONOUNS,
  participialOpeningEnd,
  POSSESSIVE_GENDER,
  PRONOUN_GENDER,
  SUBJECT_PRONOUNS,
} from './pronouns.ts';
import { bodyVoicedBefore, REFERENCE_WINDOW, type ReferenceReader, resolveRole } from './roleReference.ts';
import { isPlural, nationalitiesIn, roleHeadWord, significantTokens, tokenMatches } from './roleMatching.ts';
import type { SentenceState } from './clauses.ts';
import { asidePosition } from './mentionPositions.ts';
import { anonymousSource, givenAsRun, givenInAsideAfter, keptAnonymous } from './givenAs.ts';
import { latestInParagraph, type Mention, type Slot } from './slots.ts';
import { BODY_VOICES, bodyOfVoice, VOICE_LINKS } from './voices.ts';
import { setOffAsBody } from './bodyAppositive.ts';
import { introducedPerson } from './introducedPeople.ts';

export { PICKING_OUT } from './roleReference.ts';

/** Words telling where a person named after a lede spoke ("was speaking at", "made the comments"). */
export const LEDE_NAMING_WORDS: ReadonlySet<string> = new Set(['speaking', 'spoke', 'comments', 'remarks']);

/**
 * Determiners of a role in the lede that the first person named after it with a role of the same head may hold: "the
 * minister", "its leader", "a judge described the case as “…”".
 */
export const LEDE_ROLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'a', 'an']);

/** Most sentences of quotation only between a speaking role and the sentence naming it (holdsRoleAbove). */
const QUOTATION_SENTENCES_PAST = 2;

/**
 * Words bringing somebody in unnamed whom the next sentence may name by "the" and the same role, set off before the
 * name ("A veteran painter said “…”. The painter, NAME, …", "One resident …").
 */
export const REVEALED_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one']);

/** Most sentences after the lede within which the first person named with a role of its head holds the lede's role. */
const LEDE_ROLE_SENTENCES = 6;

/**
 * Whether a he or she (or its other forms) before `slot` in its sentence stands for `entity` with a gender other than
 * `gender`: the sentence's own word for that person, which a later pronoun of the other gender cannot be.
 */
function calledByOtherGender(slots: readonly Slot[], slot: Slot, entity: string, gender: string | undefined): boolean {
  if (gender === undefined) return false;
  return slots.some((s) => {
    if (s.kind !== 'pronoun' || s.from >= slot.from || s.entity !== entity) return false;
    const word = s.text.toLowerCase();
    const own = PRONOUN_GENDER.get(word) ?? POSSESSIVE_GENDER.get(word) ?? OBJECT_GENDER.get(word);
    return own !== undefined && own !== gender;
  });
}

/** Most words after a role's slot before the comma that sets off its name ("The Green Party's health spokeswoman,"). */
const ROLE_TAIL_WORDS = 4;

export class Coreference implements ReferenceReader {
  readonly mentions: Mention[] = [];
  readonly aliases = new Map<string, string[]>();
  readonly roles = new Map<string, string[]>();
  /** Nationalities people are called by in this article ("the Dutchman"), as adjectives ("dutch"). */
  readonly nationalities = new Map<string, string[]>();
  /** The people the article gives each age ("Maya Bird, 29,"), by age: filled by the article's names. */
  readonly statedAges = new Map<string, Set<string>>();
  /** Subjects of clauses a speech verb reports: mentions, but no clause's subject a later pronoun goes on with. */
  readonly reported = new WeakSet<Slot>();
  /** People named by the title, headings and captions read so far, in reading order. */
  readonly headlined: string[] = [];
  /** Subjects of a speech verb of their sentence (not "officials said"): the people speaking where they stand. */
  readonly speaking = new WeakSet<Slot>();

  constructor(
    readonly article: Article,
    readonly registry: PeopleRegistry,
    /** The sentences read so far, shared with the reader: a role may stand for the one speaking there. */
    readonly states: readonly SentenceState[],
  ) {}

  private addTo(map: Map<string, string[]>, id: string, value: string): void {
    const list = map.get(id) ?? [];
    if (!list.some((v) => aliasKey(v) === aliasKey(value))) list.push(value);
    map.set(id, list);
  }

  private readonly localGender = new Map<string, Gender>();

  genderOf(id: string): Gender | null {
    // (A gender only a given name guessed yields to the one the article's own he or she has given the person.)
    const local = this.localGender.get(id);
    if (local !== undefined && this.registry.guessedGender?.has(id) === true) return local;
    return this.registry.people.get(id)?.gender ?? local ?? null;
  }

  /** The people among `ids` that one of the words of `title` ("Gov.", "head coach") names a known role of. */
  withRole(ids: readonly string[], title: string): string[] {
    const words = significantTokens(title);
    if (words.length === 0) return [];
    return ids.filter((id) =>
      this.rolesOf(id).some((role) =>
        significantTokens(role).some((r) => words.some((w) => sameRoleWord(w, r) || tokenMatches(w, r))),
      ),
    );
  }

  rolesOf(id: string): string[] {
    const unnamed = this.unnamed.get(id);
    if (unnamed !== undefined) return [unnamed.join(' ')];
    return [...(this.registry.people.get(id)?.roles ?? []), ...(this.roles.get(id) ?? [])];
  }

  nationalitiesOf(id: string): string[] {
    return this.nationalities.get(id) ?? [];
  }

  /** The first word of a person's name of two words or more, as written ("Sam" of Sam Ode); '' otherwise. */
  private givenNameOfPerson(id: string): string {
    const words = (this.registry.people.get(id)?.name ?? '').split(' ');
    return words.length >= 2 ? (words[0] ?? '') : '';
  }

  isPerson(id: string): boolean {
    return this.registry.people.get(id)?.kind !== 'organisation';
  }

  candidates(sentenceIndex: number, token: number): Mention[] {
    const result: Mention[] = [];
    // (The window counts the writer's sentences: a paragraph of quotation alone holds nobody new to refer to. It
    // reads at most twice as many sentences in all, so that a long transcript costs no more than a short one.)
    let written = 0;
    const last = Math.max(0, sentenceIndex - 2 * REFERENCE_WINDOW);
    for (let s = sentenceIndex; s >= last && written <= REFERENCE_WINDOW; s--) {
      const state = this.states[s];
      if (state === undefined || !quotationOnly(state.sentence)) written++;
      const here = this.mentions.filter((m) => m.sentence === s && (s < sentenceIndex || m.token < token));
      // Subjects of main clauses first, then subjects of subordinate ones ("Ms Hale said …, while Ms Berg …
      // lived"), then everyone else; latest first within each.
      const tokens = this.states[s]?.sentence.tokens ?? [];
      const rank = (m: Mention): number =>
        m.subject ? (SUBORDINATING_CONJUNCTIONS.has(tokens[m.token - 1]?.lower ?? '') ? 1 : 2) : 0;
      here.sort((a, b) => rank(b) - rank(a) || b.token - a.token);
      result.push(...here);
    }
    return result;
  }

  resolve(sentence: Sentence, slot: Slot, sentenceSlots?: readonly Slot[]): void {
    if (slot.resolved) return;
    slot.resolved = true;
    const setOff =
      slot.kind === 'role' || slot.kind === 'desc' ? this.nameSetOffAfter(sentence, slot, sentenceSlots) : null;
    if (slot.kind === 'name') {
      slot.entity = this.pickName(slot.ids);
      if (slot.entity !== null) for (const form of slot.forms ?? []) this.addTo(this.aliases, slot.entity, form);
      if (slot.entity !== null) this.namesLedeSpeaker(sentence, slot, slot.entity, sentenceSlots ?? []);
      if (slot.entity !== null) this.holdsLedeRole(sentence, slot.entity);
    } else if (slot.kind === 'pronoun') {
      const word = slot.text.toLowerCase();
      const gender = PRONOUN_GENDER.get(word) ?? POSSESSIVE_GENDER.get(word) ?? OBJECT_GENDER.get(word);
      // "she said after meeting the mayor": whoever the rest of the clause names as an object is not "she".
      // "Asked whether Lund would travel, he said": nor whoever an opening participial clause names.
      const opening = participialOpeningEnd(sentence.tokens);
      // ("When Judge NAME asked whether she followed the charge, she replied": nor the one asking in an opening clause
      // of time.)
      const asking = askingOpeningEnd(sentence.tokens);
      // ("In a letter to her sister, Joan, she wrote": nor the one a possessive of the pronoun's gender sets off before
      // it with a role — the sister is not the "her" the sentence's she goes on with.)
      // (Not one named inside somebody else's relative clause after it: "she told the hall …, a remark that drew a
      // rebuke from an official, who said NAME's comments were wrong" is NAME.)
      const othersClause = relativeClauseAfter(sentence.tokens, slot.to);
      const others = new Set(
        (sentenceSlots ?? []).flatMap((s) =>
          (s.from > slot.from && !s.subject && s.from < othersClause) ||
          (s.to <= opening && opening < slot.from) ||
          (s.to <= asking && asking < slot.from) ||
          (s.to <= slot.from && gender !== undefined && ownedRoleGender(sentence.tokens, s.from) === gender)
            ? s.entity !== null && s.kind !== 'pronoun'
              ? [s.entity]
              : []
            : [],
        ),
      );
      if (gender !== undefined && opensWithUnknownPerson(sentence.tokens, sentenceSlots ?? [], slot.from)) {
        this.record(sentence, slot);
        return;
      }
      if (ORGANISATION_PRONOUNS.has(word)) {
        slot.entity = this.bodySpeaking(sentence, slot, others);
        this.record(sentence, slot);
        return;
      }
      // ("Sandhu responded within minutes. “…,” she said": a gender only a given name guessed yields to the subject of
      // the sentence right before, in the pronoun's paragraph.)
      // (Not when the sentence has already called that person by the other gender's pronoun: "He reminded NAME that
      // she had described …".)
      const guessedOver = slot.subject ? this.guessedSubjectBefore(sentence) : undefined;
      // (Nor when a subject or speaker of the pronoun's gender came earlier in its paragraph: "Ann Hale was pressed
      // on it. Dean Berg, beside her, said … She went further" is Hale.)
      const guessedBefore =
        guessedOver !== undefined &&
        (calledByOtherGender(sentenceSlots ?? [], slot, guessedOver, gender) ||
          this.genderFitEarlierInParagraph(sentence, slot, gender, guessedOver))
          ? undefined
          : guessedOver;
      // A he or she reporting the sentence's own words, set off after a comma ("…, she said", "A young guard, she
      // said, fired …").
      const trailing = sentence.tokens[slot.from - 1]?.text === ',' && this.speaking.has(slot);
      // A pronoun in a clause below its sentence's own subject ("Justice Ode said the claim that he knew nothing was
      // false"): who it is is read too loosely to tell anybody's gender by. (A trailing one is in no clause below the
      // subject, but read as that subject — "Firefighter Kit Orlan, she said, was first through the door" — it is
      // read as loosely.)
      const ownSubjectBefore = (entity: string | null): boolean =>
        this.mentions.some(
          (m) =>
            m.sentence === sentence.index &&
            m.subject &&
            m.token < slot.from &&
            (entity === null || m.entity === entity),
        );
      // ("“Sam's right. …,” he said": a he or she speaking is nobody its own sentence's quote calls by given name.)
      const calledInQuote = this.speaking.has(slot) ? givenNamesInQuotes(this.article.text, sentence.tokens) : null;
      // ("“…,” His Majesty said": a royal form of address stands for somebody known by a royal title, or nobody.)
      const royal = slot.to - slot.from >= 2 && ROYAL_ADDRESS_FORMS.has(lowerAt(sentence.tokens, slot.to - 1));
      const compatible = (entity: string): boolean => {
        if (!this.isPerson(entity) || others.has(entity)) return false;
        if (royal && !royallyTitled(this.rolesOf(entity))) return false;
        if (calledInQuote?.has(this.givenNameOfPerson(entity)) === true) return false;
        const g = this.genderOf(entity);
        return g === null || g === gender || entity === guessedBefore;
      };
      // "He reminded reporters … ¶ The article, quoting Ann Hale, told of her arrest. ¶ “…,” he said": a he or she
      // heading a clause goes on with the subject of a clause before, not with a person named in passing.
      // "Correcting reports that had misquoted Ann Hale was somebody else's task, he said": a he or she reporting the
      // sentence's own words after them is none of the people those words name in passing.
      // ("A neighbour had found her the keys, she said": nor somebody unnamed the words report on, unless kept
      // anonymous: "One driver, who asked not to be named, had not been paid, he said" is the driver's account.)
      const heading = slot.subject && !this.reported.has(slot);
      // ("Hale's lawyer, Ann Berg, argued … ¶ “…,” he added": the owner of the subject's role is no subject.)
      // ("Her coach, NAME, first saw her in 2015. She finished 14th": nor, for a pronoun of the possessive's gender,
      // the name set off after a role a he or she owns, unless it speaks there, "Her colleague, NAME, said …", or its
      // gender is known: "His lawyer, Tom Berg, lodged an appeal. “…,” he said".)
      const candidates = this.candidates(sentence.index, slot.from).filter(
        (m) =>
          (!trailing || m.sentence !== sentence.index || (m.subject && !this.reportedOn(m.entity))) &&
          !(heading && m.ownsSubject === true) &&
          !(
            gender !== undefined &&
            m.speaking !== true &&
            this.genderOf(m.entity) === null &&
            this.roleOwnerGender(m) === gender
          ),
      );
      // ("Meera Castell's father, Anand, 91, moved in two winters ago. ¶ “…,” she said": the owner of a subject
      // the pronoun cannot be is who it is.)
      // ("Among them was a woman whose brother … She had cried at the gala, she said": somebody brought in unnamed
      // since the latest person the pronoun may be.)
      const introduced =
        gender === undefined
          ? null
          : this.introducedSince(
              sentence,
              slot,
              gender,
              candidates.find((m) => compatible(m.entity)),
            );
      const found =
        introduced !== null
          ? undefined
          : ((heading ? this.discourseSpeaker(candidates, compatible) : undefined) ??
            candidates.find((m) => compatible(m.entity)) ??
            (heading ? this.ownerOfUnfitSubject(sentence, slot, compatible) : undefined) ??
            this.goingOn(sentence));
      const across = found === undefined && slot.subject && !royal ? this.guessedSubjectAcross(sentence) : undefined;
      slot.entity =
        introduced ?? this.addresseeReplying(sentence, slot, compatible, true) ?? found?.entity ?? across ?? null;
      // Once "she" has meant somebody, a later "he" in the article means somebody else.
      const below = trailing ? ownSubjectBefore(slot.entity) : ownSubjectBefore(null);
      // ("“…,” Noa said. She added …": so does a guessed gender the sentence right before has overruled, for the
      // article's later pronouns.)
      // (Only a she that speaks: "“…,” NAME said. She had worked there for years" may be somebody else.)
      const overruled = slot.entity !== null && slot.entity === guessedBefore && this.speaking.has(slot);
      if (!below && slot.entity !== null && gender !== undefined && (this.genderOf(slot.entity) === null || overruled))
        this.localGender.set(slot.entity, gender);
    } else if (
      (slot.kind === 'role' || slot.kind === 'desc') &&
      slot.subject &&
      keptAnonymous(sentence.tokens, slot.to)
    ) {
      // ("The driver, who asked not to be identified, said": nobody the article names; see unnamedBy.)
      slot.entity = null;
    } else if (
      (slot.kind === 'role' || slot.kind === 'desc') &&
      slot.subject &&
      setOffAsBody(sentence.tokens, slot.to)
    ) {
      // ("The caterer, a company called Gilt Hall, said": a body holds the role; nobody the article names.)
      slot.entity = null;
    } else if (setOff !== null) {
      // ("The party's health spokeswoman, Ann Hale, went further": the name set off after the role is whom it
      // stands for, not somebody earlier the role might fit.)
      slot.entity = setOff;
    } else if (slot.kind === 'role' || slot.kind === 'desc') {
      const { entity: resolved, describes } = resolveRole(this, sentence, slot);
      const entity = resolved ?? this.givenNameOf(sentence, slot, sentenceSlots ?? []);
      // ("X asked Ms Ode whether … ¶ “…,” the witness replied": a definite role replying is the one asked.)
      const asked =
        entity === null && slot.determiner === 'the' && slot.subject
          ? this.addresseeReplying(sentence, slot, (id) => this.isPerson(id))
          : null;
      slot.entity = entity ?? asked ?? this.appositiveName(sentence, slot, sentenceSlots ?? []);
      if (describes) this.learnRole(slot);
      else if (slot.entity !== null)
        // ("“…,” the Irishman said": the nationality the person is known by here, to tell them from "the Turkish
        // coach" later.)
        for (const nationality of nationalitiesIn(significantTokens(slot.text)))
          this.addTo(this.nationalities, slot.entity, nationality);
    }
    this.record(sentence, slot);
  }

  /**
   * The person named right after a definite role that is its sentence's subject, set off by commas or followed by a
   * speech verb ("The party's health spokeswoman, Ann Hale, said"; "The Green Party's health spokeswoman, …", whose
   * slot the party's name cuts short); null when there is none.
   */
  private nameSetOffAfter(sentence: Sentence, slot: Slot, sentenceSlots: readonly Slot[] | undefined): string | null {
    const { tokens } = sentence;
    if (!slot.subject || slot.determiner !== 'the') return null;
    let comma = slot.to;
    while (comma < slot.to + ROLE_TAIL_WORDS && tokens[comma]?.kind === 'word') comma++;
    if (tokens[comma]?.text !== ',' || !isRoleHead(lowerAt(tokens, comma - 1))) return null;
    const named = sentenceSlots?.find((x) => x.kind === 'name' && x.from === comma + 1);
    if (named === undefined || (tokens[named.to]?.text !== ',' && !isSpeechVerbAt(tokens, named.to))) return null;
    return this.pickName(named.ids);
  }

  /**
   * "According to NAME, a tax adviser who works for charities, …": an indefinite description set off right after a
   * name describes that person, whom it stands for; null otherwise.
   */
  private appositiveName(sentence: Sentence, slot: Slot, sentenceSlots: readonly Slot[]): string | null {
    if (!INDEFINITE_ARTICLES.has(slot.determiner ?? '')) return null;
    if (sentence.tokens[slot.from - 1]?.text !== ',') return null;
    // (Not "run by Tom Hale, a spokeswoman said": a description speaking is somebody else, and one set off is closed
    // by a comma or goes on in a "who" clause.)
    // (A comma closes it past the body it goes on with, "an analyst with the Institute for X,", read by its text: a
    // mark has no lower-case form. Right after the description, the comma may open the clause of somebody else who
    // speaks: "a meeting with NAME, a council spokesman, who would not give his name, said".)
    const end = descriptionEnd(sentence.tokens, slot.to);
    const closer = sentence.tokens[end];
    if (this.speaking.has(slot) || !((closer?.text === ',' && end > slot.to) || closer?.lower === 'who')) return null;
    const named = sentenceSlots.find((x) => x.kind === 'name' && x.to === slot.from - 1 && x.entity !== null);
    return named?.entity ?? null;
  }

  /**
   * The mention, among the candidates before `slot`, of the owner of a subject whom `compatible` does not allow, the
   * owner allowed ("Meera Castell's father, Anand, …" for a "she"); undefined when there is none.
   */
  private ownerOfUnfitSubject(
    sentence: Sentence,
    slot: Slot,
    compatible: (entity: string) => boolean,
  ): Mention | undefined {
    const subjectFits = (index: number): boolean =>
      this.mentions.some((m) => m.sentence === index && m.subject && compatible(m.entity));
    return this.candidates(sentence.index, slot.from).find(
      (m) => m.ownsSubject === true && compatible(m.entity) && !subjectFits(m.sentence),
    );
  }

  /**
   * "The ministry said … ¶ It added: “…”": "it" before a speech verb stands for the organisation that was the
   * subject or speaker of a clause lately (within the candidates), never for a person; null when none was.
   */
  private bodySpeaking(sentence: Sentence, slot: Slot, others: ReadonlySet<string>): string | null {
    const found = this.candidates(sentence.index, slot.from).find(
      (m) => (m.subject || m.speaking === true) && !this.isPerson(m.entity) && !others.has(m.entity),
    );
    if (found === undefined) return null;
    // "A 2019 review said … ¶ It went on: “…”": a speech verb in between whose speaker is no one listed (a
    // report, a survey) is what "it" goes on with, not the organisation before it.
    for (let s = sentence.index - 1; s > found.sentence; s--)
      if (this.states[s]?.cues.some((c) => c.subject === null && c.blocking)) return null;
    return found.entity;
  }

  /**
   * The person somebody brought in unnamed as the sentence's subject ("Another resident, who gave her name only as
   * NAME, said") gave their name as, when the sentence gives one after the slot (givenAs.ts); null otherwise.
   */
  private givenNameOf(sentence: Sentence, slot: Slot, sentenceSlots: readonly Slot[]): string | null {
    if (!slot.subject) return null;
    const run = givenAsRun(sentence);
    if (run === null || run.from < slot.to) return null;
    // ("The depot's night supervisor, who gave his name as NAME, said": a definite role hands its name over in
    // the "who" aside right after it, the name as good as brought in unnamed.)
    if (!UNNAMED_OPENERS.has(slot.determiner ?? '') && !givenInAsideAfter(sentence.tokens, slot.to, run.from))
      return null;
    const named = sentenceSlots.find((x) => x.kind === 'name' && x.from === run.from);
    return named === undefined ? null : this.pickName(named.ids);
  }

  /** Leaves a resolved slot's mention for later pronouns and roles, and notes who was headlined or a subject. */
  private record(sentence: Sentence, slot: Slot): void {
    // Somebody left unnamed is somebody too: "A police officer said … “…,” he said" is the officer, not the
    // person named before. The mention stays for later pronouns and roles; the slot names nobody.
    const entity = slot.entity ?? this.unnamedBy(sentence, slot);
    if (entity !== null && this.unnamed.has(entity)) slot.entity = this.voices.get(entity) ?? null;
    if (entity !== null && slot.kind === 'name' && sentence.kind !== 'body' && this.isPerson(entity))
      if (!this.headlined.includes(entity)) this.headlined.push(entity);
    if (entity !== null && sentence.kind === 'body') {
      const subject = slot.subject && !this.reported.has(slot);
      const aside = !subject && asidePosition(sentence.tokens, slot.from, slot.to) !== null;
      const speaking = this.speaking.has(slot);
      const ownsSubject = slot.ownsSubject === true;
      this.mentions.push({ entity, sentence: sentence.index, token: slot.from, subject, aside, speaking, ownsSubject });
      if (subject || speaking) this.subjectsSoFar.add(entity);
    }
  }

  /**
   * A heading naming who speaks under it ("Ana Ruiz (Rovers captain)" ¶ "Asked about …, the captain laughed."):
   * its person is the subject the section opens with, a mention later roles and pronouns may stand for.
   */
  recordHeadingSpeaker(sentence: Sentence, slot: Pick<Slot, 'entity' | 'from'>): void {
    const entity = slot.entity;
    if (entity === null || !this.isPerson(entity)) return;
    const mention = { entity, sentence: sentence.index, token: slot.from, subject: true, aside: false };
    this.mentions.push({ ...mention, speaking: true, ownsSubject: false });
    this.subjectsSoFar.add(entity);
  }

  /**
   * "“…,” he said. ¶ He reminded reporters … ¶ The article, quoting Ann Hale, told of her arrest by police. ¶ “…,”
   * he said": when the latest compatible mentions are asides (mentionPositions.ts), the person of the latest clause
   * that names someone compatible not in passing, when they were speaking lately (within the candidates). Undefined
   * when the latest compatible mention is no aside, or nobody else compatible was speaking.
   */
  private discourseSpeaker(
    candidates: readonly Mention[],
    compatible: (entity: string) => boolean,
  ): Mention | undefined {
    const latest = candidates.find((m) => compatible(m.entity));
    if (latest === undefined) return undefined;
    // ("Tamatea grumbled. The Sharks had prop Pounamu sent off. ¶ “…,” he said": an object never a subject nor a
    // speaker yet, after a sentence of its paragraph whose subject is a person who spoke, is named in passing too;
    // the subject goes on.)
    const objectInPassing = !latest.subject && latest.speaking !== true && !this.subjectsSoFar.has(latest.entity);
    if (objectInPassing) {
      const subject = this.subjectMentionOf(latest.sentence - 1);
      const sameParagraph =
        this.states[latest.sentence - 1]?.sentence.paragraph === this.states[latest.sentence]?.sentence.paragraph;
      const spoke = subject !== undefined && candidates.some((m) => m.entity === subject.entity && m.speaking === true);
      if (subject !== undefined && sameParagraph && spoke && compatible(subject.entity)) return subject;
    }
    if (!this.inPassing(latest)) return undefined;
    const speaker = candidates.find((m) => m.aside !== true && compatible(m.entity));
    if (speaker === undefined || !candidates.some((m) => m.entity === speaker.entity && m.speaking === true))
      return undefined;
    return speaker;
  }

  /**
   * Whether a mention names its person only in passing: an aside (mentionPositions.ts) of somebody the article has
   * never had as a subject or a speaker so far.
   */
  inPassing(mention: Mention): boolean {
    return mention.aside === true && !this.subjectsSoFar.has(mention.entity);
  }

  /** The people and organisations mentioned so far as the subject of a clause or a speaker. */
  private readonly subjectsSoFar = new Set<string>();

  /**
   * "The minister said the winter had been hard. “…,” he added": when nobody of the pronoun's gender was named
   * lately, the subject of the sentence right before it in its paragraph goes on speaking — the gender a given name
   * is usually borne with is only a guess. Undefined when that sentence has no person as its subject.
   */
  private goingOn(sentence: Sentence): Mention | undefined {
    const before = this.states[sentence.index - 1];
    if (!before || before.sentence.paragraph !== sentence.paragraph) return undefined;
    return this.subjectMentionOf(before.sentence.index);
  }

  /** The mention of a named person, not left unnamed, as the subject of sentence `index`. */
  private subjectMentionOf(index: number): Mention | undefined {
    return this.mentions.find(
      (m) => m.sentence === index && m.subject && this.isPerson(m.entity) && !this.unnamed.has(m.entity),
    );
  }

  /**
   * The person the last sentence of the paragraph before names as its subject, by name, when only a given name guessed
   * their gender, for a sentence opening its own paragraph that finds nobody of the pronoun's gender: "Minister NAME
   * shared the order online." ¶ "“…,” he wrote."
   */
  private guessedSubjectAcross(sentence: Sentence): string | undefined {
    // ("NAME says … ¶ “…” ¶ He says …": past paragraphs that are quotation only, the speaker's own words.)
    let at = sentence.index - 1;
    let paragraph = sentence.paragraph;
    for (;;) {
      let first = at;
      while (this.states[first - 1]?.sentence.paragraph === paragraph - 1) first--;
      const own = this.states.slice(first, at + 1);
      if (this.states[at]?.sentence.paragraph !== paragraph - 1 || !own.every((s) => quotationOnly(s.sentence))) break;
      paragraph -= 1;
      at = first - 1;
    }
    const before = this.states[at];
    if (before?.sentence.paragraph !== paragraph - 1 || before.sentence.kind !== 'body') return undefined;
    const subject = this.guessedNamedSubject(before, this.subjectMentionOf(before.sentence.index)?.entity);
    return subject ?? this.guessedOnlyPerson(paragraph - 1);
  }

  /**
   * The one person paragraph `paragraph` names, in any place, when only a given name guessed their gender: "The first
   * award went to grime star NAME." ¶ "“…,” he told the host."
   */
  private guessedOnlyPerson(paragraph: number): string | undefined {
    const named = new Set(
      this.mentions
        .filter((m) => this.states[m.sentence]?.sentence.paragraph === paragraph && this.isPerson(m.entity))
        .map((m) => m.entity),
    );
    const [only] = named;
    return named.size === 1 && only !== undefined && this.registry.guessedGender?.has(only) === true ? only : undefined;
  }

  /** `subject`, when `state` names it by name as its subject and only a given name guessed its gender. */
  private guessedNamedSubject(state: SentenceState | undefined, subject: string | undefined): string | undefined {
    // ("“…,” Noa said. She added …": a sentence opening with a quote has its speaker named after it as its subject,
    // when it names nobody else: "“…,” said NAME, the lawyer for NAME2. She said …" may be NAME2's.)
    const opensWithQuote = state?.sentence.tokens[0]?.kind === 'quote';
    const people = new Set(state?.slots.filter((x) => x.kind === 'name' && x.entity !== null).map((x) => x.entity));
    const speaker = state?.cues.find((c) => !c.blocking && c.subject?.kind === 'name')?.subject;
    const named = state?.subject ?? (opensWithQuote && people.size === 1 ? speaker : undefined);
    if (subject === undefined || named?.kind !== 'name' || named.entity !== subject) return undefined;
    return this.registry.guessedGender?.has(subject) === true ? subject : undefined;
  }

  /**
   * Whether somebody other than `other`, of `gender`, is a subject or a speaker earlier in the paragraph of `slot`,
   * before it.
   */
  private genderFitEarlierInParagraph(
    sentence: Sentence,
    slot: Slot,
    gender: string | undefined,
    other: string,
  ): boolean {
    if (gender === undefined) return false;
    return this.mentions.some(
      (m) =>
        m.entity !== other &&
        (m.subject || m.speaking === true) &&
        (m.sentence < sentence.index || m.token < slot.from) &&
        this.states[m.sentence]?.sentence.paragraph === sentence.paragraph &&
        this.isPerson(m.entity) &&
        this.genderOf(m.entity) === gender,
    );
  }

  /**
   * The person the sentence right before in the paragraph names as its subject, by name (a role there may stand for
   * somebody else), when only a given name guessed their gender.
   */
  private guessedSubjectBefore(sentence: Sentence): string | undefined {
    return this.guessedNamedSubject(this.states[sentence.index - 1], this.goingOn(sentence)?.entity);
  }

  /**
   * “…?” a reporter asked Ana Duarte. “…,” she replied: a he or she replying stands for the person the sentence
   * before asked, not for the one asking. Null when the pronoun does not reply or nobody named was asked.
   * ("We asked economist Dr. NAME what explains the swing. ¶ “…,” she said": a `pronoun` speaking replies too when
   * the question is put in the sentence before (ASKED_NAME_QUESTIONS after the name) by nobody named the pronoun fits;
   * then a gender only a given name guessed does not rule the one asked out.)
   */
  private addresseeReplying(
    sentence: Sentence,
    slot: Slot,
    compatible: (entity: string) => boolean,
    pronoun = false,
  ): string | null {
    let k = slot.to;
    while (VERB_FILLERS.has(sentence.tokens[k]?.lower ?? '')) k++;
    const replies = REPLY_VERBS.has(sentence.tokens[k]?.lower ?? '');
    if (!replies && !(pronoun && this.speaking.has(slot))) return null;
    const before = this.states[sentence.index - 1];
    if (!before || before.sentence.paragraph < sentence.paragraph - 1) return null;
    const tokens = before.sentence.tokens;
    // ("Chair Ann Berg asked NAME why … “…,” she said": a named asker the pronoun fits goes on speaking.)
    const asker = this.subjectMentionOf(before.sentence.index)?.entity;
    if (!replies && asker !== undefined && compatible(asker)) return null;
    for (const asked of before.slots) {
      // ("Counsel put it to the inspector that … ¶ “…,” he replied": one a question is put to, by role too.)
      if (replies && asked.entity !== null && questionPutTo(tokens, asked.from) && compatible(asked.entity))
        return asked.entity;
      if (asked.kind !== 'name' || asked.entity === null) continue;
      const questioned = replies || ASKED_NAME_QUESTIONS.has(lowerAt(tokens, asked.to));
      const guessed = !replies && this.registry.guessedGender?.has(asked.entity) === true;
      if (!questioned || !(compatible(asked.entity) || (guessed && this.isPerson(asked.entity)))) continue;
      if (QUESTION_VERBS.has(lowerAt(tokens, askedVerbAt(tokens, asked.from)))) return asked.entity;
    }
    return null;
  }

  /** A role or description resolved to a named person tells one of their roles, and a name they go by. */
  private learnRole(slot: Slot): void {
    const entity = slot.entity;
    if (entity === null || this.unnamed.has(entity)) return;
    this.addTo(this.roles, entity, significantTokens(slot.text).join(' '));
    const alias = slot.kind === 'role' ? slot.text.replace(/^the\s+/iu, '') : slot.text.replace(/^The\b/u, 'the');
    if (slot.determiner === null || slot.determiner === 'the') this.addTo(this.aliases, entity, alias);
  }

  /** Stand-ins for the people a clause brings in without a name, with the role words they were given. */
  private readonly unnamed = new Map<string, string[]>();
  /** The body each unnamed spokesperson speaks for (voices.ts), by stand-in. */
  private readonly voices = new Map<string, string>();

  /** The organisation listed for the body whose voice the slot's role noun is, or null. */
  private voiceOf(sentence: Sentence, slot: Slot): string | null {
    const body = bodyOfVoice(sentence, slot.to - 1);
    if (body === null) return null;
    const ids = (this.registry.forms.get(normalizeName(body.join(' '))) ?? []).filter((id) => !this.isPerson(id));
    return ids.length === 1 ? (ids[0] ?? null) : null;
  }

  /**
   * "The club said … ¶ A spokesman added: “…”": a bare "a spokesman" (no body named with it, no "for" after it) is
   * the voice of the organisation speaking or the subject just before (bodyVoicedBefore); null otherwise.
   */
  private bareVoice(sentence: Sentence, slot: Slot): string | null {
    if (normalizeName(slot.text).split(' ').length !== 2) return null;
    if (VOICE_LINKS.has(sentence.tokens[slot.to]?.lower ?? '')) return null;
    return bodyVoicedBefore(this, sentence);
  }

  /** The slot and sentence each unnamed stand-in was brought in by. */
  private readonly unnamedSlots = new Map<string, { slot: Slot; sentence: number }>();

  /** The unnamed stand-ins for sources who chose to stay anonymous (anonymousSource: "who asked not to be named"). */
  private readonly anonymousSources = new Set<string>();

  /**
   * "“…,” a parish councillor has said. ¶ Green member Ann Hale was speaking at …": a lede that brings a
   * speaker in unnamed, then names one person as the subject of the next paragraph's first sentence that speaks
   * or tells where they spoke (LEDE_NAMING_WORDS) — that person is the speaker, and later "the councillor" too.
   */
  private namesLedeSpeaker(sentence: Sentence, slot: Slot, entity: string, slots: readonly Slot[]): void {
    const before = this.states[sentence.index - 1];
    const firstBody = this.ledeState();
    if (!slot.subject || !this.isPerson(entity) || sentence.kind !== 'body' || !before) return;
    if (before !== firstBody || before.sentence.paragraph !== sentence.paragraph - 1) return;
    if (slots.some((s) => s !== slot && s.kind === 'name' && s.entity !== null && s.entity !== entity)) return;
    if (!sentence.tokens.some((t) => LEDE_NAMING_WORDS.has(t.lower))) return;
    const lede = [...this.unnamedSlots].filter(([, u]) => u.sentence === before.sentence.index);
    const [id, introduced] = lede.length === 1 ? (lede[0] ?? []) : [];
    if (lede.length === 0) this.namesLedeRole(before, entity);
    if (id === undefined || introduced === undefined) return;
    if (!before.cues.some((c) => c.subject === introduced.slot)) return;
    introduced.slot.entity = entity;
    this.addTo(this.roles, entity, (this.unnamed.get(id) ?? []).join(' '));
    for (const m of this.mentions) if (m.entity === id) m.entity = entity;
    if (this.subjectsSoFar.has(id)) this.subjectsSoFar.add(entity);
    this.unnamed.delete(id);
    this.unnamedSlots.delete(id);
  }

  /**
   * "The council approved the rise after its leader warned it was “one bad winter away” … ¶ Council leader Ann Hale
   * said …": a role nobody known holds (LEDE_ROLE_DETERMINERS), the subject of the lede's speech verb, is the first
   * person named after it whose known role has the same head. A news story may name the judge or lawyer its opening
   * line left unnamed only after the charges and the victims: one named more than LEDE_ROLE_SENTENCES after the lede
   * holds it only if nobody else in the article holds a role of that head (settleLedeRole).
   */
  private holdsLedeRole(sentence: Sentence, entity: string): void {
    const lede = this.ledeState();
    if (lede === undefined || sentence.kind !== 'body' || sentence.index <= lede.sentence.index) return;
    if (!this.isPerson(entity)) return;
    if (this.mentions.some((m) => m.entity === entity)) return;
    const role = this.unheldLedeRole(lede);
    const head = role === undefined ? undefined : roleHeadWord(significantTokens(role.text));
    if (role === undefined || head === undefined) return;
    if (!this.holdsRoleOf(entity, head)) return;
    role.entity = entity;
    if (sentence.index > lede.sentence.index + LEDE_ROLE_SENTENCES) this.farLedeRole = { slot: role, head, entity };
  }

  /**
   * "“…,” the fair's chief organiser conceded. The organiser, NAME, said …": a definite role nobody known holds,
   * the subject of a speech verb in the sentence right before, is the name this sentence sets off after a role of
   * the same head (`roleText`, `named`), every word of which the role above has ("The organiser" of "the fair's chief
   * organiser"; not "The transport minister" of "the finance minister").
   */
  holdsRoleAbove(sentence: Sentence, roleText: string, named: Slot): void {
    // ("“…,” said one fraud expert. “…” ¶ The expert, NAME, …": past the quotation that goes on after the credit.)
    let at = sentence.index - 1;
    while (at > sentence.index - 1 - QUOTATION_SENTENCES_PAST && this.quotationAt(at)) at--;
    const before = this.states[at];
    const words = significantTokens(roleText);
    const head = roleHeadWord(words);
    if (before === undefined || named.entity === null || head === undefined) return;
    // ("One veteran painter … was heard to say “…”. The painter, NAME, said …": somebody brought in unnamed is the
    // one "the" and the same role then name.)
    const revealed = roleText.split(' ')[0]?.toLowerCase() === 'the';
    const roles = unheldSpeakingRoles(before, REVEALED_OPENERS).filter((s) => {
      const above = significantTokens(s.text);
      const opener = s.determiner ?? '';
      const fits = REVEALED_OPENERS.has(opener) ? revealed : !INDEFINITE_ARTICLES.has(opener);
      return fits && roleHeadWord(above) === head && words.every((w) => above.includes(w));
    });
    const [role] = roles;
    if (roles.length === 1 && role !== undefined) role.entity = named.entity;
  }

  /** Whether the sentence read at `at` is quotation only. */
  private quotationAt(at: number): boolean {
    const state = this.states[at];
    return state !== undefined && quotationOnly(state.sentence);
  }

  /** Whether a role of `entity` known so far has the head `head`. */
  private holdsRoleOf(entity: string, head: string): boolean {
    return this.rolesOf(entity).some((r) => roleHeadWord(significantTokens(r)) === head);
  }

  /** The lede's role a person named far below it holds (holdsLedeRole), with its head. */
  private farLedeRole: { slot: Slot; head: string; entity: string } | undefined;

  /**
   * Once the article is read: a lede's role held by a person named far below it is nobody's when another person of
   * the article holds a role of that head too ("Prosecuting lawyer NAME … Defence lawyer NAME"), or when that person
   * speaks nowhere else in the article.
   */
  settleLedeRole(): void {
    const far = this.farLedeRole;
    if (far === undefined) return;
    const holders = new Set(
      this.mentions.flatMap((m) =>
        // (Not the somebody unnamed the lede's role itself brought in.)
        this.isPerson(m.entity) && !this.unnamedSlots.has(m.entity) && this.holdsRoleOf(m.entity, far.head)
          ? [m.entity]
          : [],
      ),
    );
    // (Nor when that person is never given words of their own in the article: "Magistrate NAME, who heard the case in
    // 2019, retired last year" is somebody else.)
    const speaks = this.states.some((s) =>
      s.cues.some((c) => c.subject !== far.slot && c.subject?.entity === far.entity),
    );
    if (holders.size > 1 || !speaks) far.slot.entity = null;
  }

  /** The lede: the article's first body sentence read so far. */
  private ledeState(): SentenceState | undefined {
    return this.states.find((s) => s.sentence.kind === 'body');
  }

  /** The one role of nobody known after a LEDE_ROLE_DETERMINERS word that is the subject of a speech verb in `lede`. */
  private unheldLedeRole(lede: SentenceState): Slot | undefined {
    const roles = unheldSpeakingRoles(lede);
    return roles.length === 1 ? roles[0] : undefined;
  }

  /**
   * "The Secretary of State has told … “…” ¶ Speaking at the quay, Ann Hale said …": a definite role nobody known
   * holds, the subject of the lede's speech verb, is the person the next paragraph names speaking (namesLedeSpeaker's
   * conditions), who holds that role from then on.
   */
  private namesLedeRole(lede: SentenceState, entity: string): void {
    const role = this.unheldLedeRole(lede);
    if (role?.determiner !== 'the') return;
    const words = significantTokens(role.text).filter((w) => w !== 'the');
    if (roleHeadWord(words) === undefined) return;
    role.entity = entity;
    this.addTo(this.roles, entity, words.join(' '));
  }

  /**
   * Whether `entity` is somebody unnamed, no source who chose to stay anonymous, whom words may report on ("A
   * neighbour had …", "A boy, who could not be named for legal reasons, was hurt").
   */
  private reportedOn(entity: string): boolean {
    return this.unnamedSlots.has(entity) && !this.anonymousSources.has(entity);
  }

  /**
   * A new unnamed person when the slot is the subject of its clause and brings somebody in with a role and no name
   * ("a senior official", "one resident", "another witness"); null otherwise.
   */
  private unnamedBy(sentence: Sentence, slot: Slot): string | null {
    if (slot.kind !== 'desc' && slot.kind !== 'role') return null;
    if (!slot.subject || slot.mentionOnly === true) return null;
    const words = normalizeName(slot.text).split(' ');
    const opener = slot.determiner ?? words[0] ?? '';
    // ("A former colleague of Mr Hale", "a spokesperson for the Office of Sport": the head stands before the first
    // word relating the person to somebody or something.)
    const linkAt = words.findIndex((w, i) => i > 1 && AFFILIATION_PREPOSITIONS.has(w));
    const head = (linkAt === -1 ? words[words.length - 1] : words[linkAt - 1]) ?? '';
    // ("The driver, who asked not to be identified, said": a source kept anonymous is nobody named, however
    // definite the words for them.)
    const unnamedOpener = UNNAMED_OPENERS.has(opener) || keptAnonymous(sentence.tokens, slot.to);
    // ("One of his colleagues said": one person of a group, though the group's noun is plural.)
    const one = opener === 'one' && words[1] === 'of' && isPluralOfPeople(head);
    // ("A winch operator who …": "who" right after says a person, whatever the head noun, unless it is plural;
    // speakerPhrases.ts reads such words as a description, unnamedBeforeWho.)
    const who = lowerAt(sentence.tokens, slot.to) === 'who' && !isPlural(head);
    const personHead = (one || isRoleHead(head)) && !ORGANISATION_NOUNS.has(head) && (one || !isPlural(head));
    if (!unnamedOpener || !(personHead || who)) return null;
    // ("A former teacher from Morlaix, she now answers for …": a description opening the sentence before a pronoun
    // subject set off by a comma describes that subject, nobody new.)
    if (describesPronounAfter(sentence.tokens, slot)) return null;
    const id = `unnamed ${sentence.index}:${slot.from}`;
    this.unnamedSlots.set(id, { slot, sentence: sentence.index });
    if (anonymousSource(sentence.tokens, slot.to)) this.anonymousSources.add(id);
    const body = BODY_VOICES.has(head) ? (this.voiceOf(sentence, slot) ?? this.bareVoice(sentence, slot)) : null;
    if (body !== null) this.voices.set(id, body);
    this.unnamed.set(
      id,
      significantTokens(slot.text).filter((w) => !UNNAMED_OPENERS.has(w)),
    );
    return id;
  }

  /**
   * The stand-in for somebody of `gender` a sentence of the pronoun's paragraph brought in unnamed (introducedPerson)
   * after `latest`, the latest mention the pronoun may be, and before the pronoun; null when none was.
   */
  private introducedSince(sentence: Sentence, slot: Slot, gender: Gender, latest: Mention | undefined): string | null {
    for (let s = sentence.index; s >= 0; s--) {
      // (The pronoun's own sentence is read up to the pronoun; its state is not kept yet.)
      const read = s === sentence.index ? sentence : this.states[s]?.sentence;
      if (read === undefined || read.paragraph !== sentence.paragraph) return null;
      if (latest !== undefined && s < latest.sentence) return null;
      const person = introducedPerson(read, s === sentence.index ? slot.from : undefined);
      if (person === null || person.gender !== gender) continue;
      if (latest !== undefined && s === latest.sentence && person.at < latest.token) return null;
      const id = `unnamed ${s}:${person.at}`;
      if (!this.unnamed.has(id)) this.unnamed.set(id, person.words);
      return id;
    }
    return null;
  }

  /** Of `ids`, the one named or referred to latest in the paragraph of `sentence` so far; null when none is. */
  latestInParagraph(ids: readonly string[], sentence: Sentence): string | null {
    return latestInParagraph(this.mentions, (i) => this.states[i]?.sentence.paragraph, ids, sentence);
  }

  /**
   * Of `ids`, the one the sentence right before `sentence` has as its subject, or else the one alone it mentions (a
   * relative it brings in by kinship aside); null when none or several are.
   */
  mentionedJustBefore(ids: readonly string[], sentence: Sentence): string | null {
    const found = new Set<string>();
    const subjects = new Set<string>();
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m === undefined || m.sentence < sentence.index - 1) break;
      // ("her daughter Ivy Tennant", "whose brother Matt": a relative brought in by kinship is not who is meant.)
      if (m.sentence !== sentence.index - 1 || !ids.includes(m.entity) || this.introducedAsKin(m)) continue;
      found.add(m.entity);
      if (m.subject) subjects.add(m.entity);
    }
    if (subjects.size === 1) return [...subjects][0] ?? null;
    return found.size === 1 ? ([...found][0] ?? null) : null;
  }

  /**
   * Whether a mention's name follows a kinship noun after a possessive ("her teenage son NAME", "her son, NAME"),
   * brought in by the kinship only: not when that name speaks in its sentence ("Her son, NAME, said …").
   */
  private introducedAsKin(m: Mention): boolean {
    return m.speaking !== true && this.namedAsKin(m);
  }

  /** Whether the article so far has brought the person in by their kinship to somebody ("his brother, NAME"). */
  broughtInAsKin(id: string): boolean {
    return this.mentions.some((m) => m.entity === id && this.introducedAsKin(m));
  }

  /** The gender of the possessive owning the role a mention's name is set off after, opening its sentence ("Her
   * coach, NAME,"); null when the name stands otherwise. */
  private roleOwnerGender(m: Mention): Gender | null {
    const tokens = this.states[m.sentence]?.sentence.tokens ?? [];
    if (m.token < 3 || tokens[m.token - 1]?.text !== ',') return null;
    for (let k = 1; k < m.token - 1; k++) if (tokens[k]?.kind !== 'word' || tokens[k]?.capital) return null;
    return POSSESSIVE_GENDER.get(tokens[0]?.lower ?? '') ?? null;
  }

  /** Whether a mention's name follows a kinship noun after a possessive, speaking or not ("Her son, NAME, said"). */
  private namedAsKin(m: Mention): boolean {
    const tokens = this.states[m.sentence]?.sentence.tokens ?? [];
    const noun = kinshipNounBefore(tokens, m.token);
    if (noun === -1) return kinshipSetOffAfter(tokens, m.token);
    for (let k = noun - 1; k >= Math.max(0, noun - 3); k--) {
      const w = tokens[k]?.lower ?? '';
      // ("whose younger brother Matt": the relative's possessive too.)
      if (POSSESSIVE_GENDER.has(w) || w === 'their' || w === 'whose') return true;
      if (tokens[k]?.kind !== 'word' || tokens[k]?.capital === true) return false;
    }
    return false;
  }

  /**
   * Of people sharing a surname written alone, `chosen`, or the one the title names when `chosen` is a relative the
   * article brought in by kinship ("The potter Rosa Tennant … Her daughter, Ivy Tennant, said … ¶ Tennant was
   * made a fellow in 2004"): the relative's nearness does not outweigh the story's subject.
   */
  headlinedOverRelative(ids: readonly string[], chosen: string): string {
    const headlined = ids.filter((id) => this.headlined.includes(id));
    const broughtInAsKin = this.mentions.some((m) => m.entity === chosen && this.namedAsKin(m));
    return headlined.length === 1 && broughtInAsKin ? (headlined[0] ?? chosen) : chosen;
  }

  /** Whether the article so far has named the person by `word` alone ("Varga told", not "Ana Varga"), lower-cased. */
  calledByWordAlone(id: string, word: string): boolean {
    return this.mentions.some((m) => {
      const tokens = this.states[m.sentence]?.sentence.tokens;
      return m.entity === id && tokens?.[m.token]?.lower === word && tokens[m.token + 1]?.capital !== true;
    });
  }

  /** Whether the article so far has named the person by the first word of their name alone ("Ivo recalls"). */
  calledByGivenName(id: string): boolean {
    const name = this.registry.people.get(id)?.name ?? '';
    const words = normalizeName(name).split(' ');
    // ("Peng recalls" of "Zhou Peng": a name written surname first closes with the given name.)
    const surnameFirst = surnameWrittenFirst(words) !== null || surnameBeforeRomanisedGivenName(name) !== null;
    const given = (surnameFirst ? words.at(-1) : words[0]) ?? '';
    return this.calledByWordAlone(id, given);
  }

  private pickName(ids: string[]): string | null {
    if (ids.length === 1) return ids[0] ?? null;
    // "Rosa Tennant … her daughter Ivy Tennant … Mrs Tennant said": a shared surname alone stands for the one the
    // article wrote about, not for a relative it brought in by their kinship to somebody; else for the latest.
    const latest =
      this.mentions.findLast((m) => ids.includes(m.entity) && !this.introducedAsKin(m)) ??
      this.mentions.findLast((m) => ids.includes(m.entity));
    if (latest !== undefined) return this.headlinedOverRelative(ids, latest.entity);
    const present = ids.filter((id) => this.registry.present.get(this.article.id)?.has(id));
    return present.length === 1 ? (present[0] ?? null) : null;
  }
}

/** Most role words between a kinship noun and the name it brings in ("his daughter, singer NAME"). */
const KIN_ROLE_WORDS = 2;

/**
 * Where the kinship noun bringing in the name at `at` stands: right before it, before a comma ("her son, NAME"), or
 * before up to KIN_ROLE_WORDS role words in lower case after that ("his daughter, singer NAME"); -1 when none does.
 */
function kinshipNounBefore(tokens: readonly Token[], at: number): number {
  let k = pastRoleWords(tokens, at - 1, KIN_ROLE_WORDS, (w) => KINSHIP_NOUNS.has(w));
  if (tokens[k]?.text === ',') k--;
  return KINSHIP_NOUNS.has(tokens[k]?.lower ?? '') ? k : -1;
}

/** Marks that set a kinship off after a name ("NAME, his brother", "NAME - her younger sister"). */
export const KIN_SET_OFF_MARKS: ReadonlySet<string> = new Set([',', '-', '–', '—', '(']);

/**
 * Whether the name opening at token `at` is set off by a relative's kinship to somebody named before it ("his
 * assistant, Mick Hale - his younger brother", "Ivy Hale, her daughter,"): a possessive, up to KIN_ROLE_WORDS words in
 * lower case, a kinship noun.
 */
function kinshipSetOffAfter(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (tokens[k]?.kind === 'word' && tokens[k]?.capital === true) k++;
  if (!KIN_SET_OFF_MARKS.has(tokens[k]?.text ?? '')) return false;
  const owner = tokens[k + 1]?.lower ?? '';
  if (!POSSESSIVE_GENDER.has(owner) && owner !== 'their') return false;
  for (let n = k + 2; n <= k + 2 + KIN_ROLE_WORDS; n++) {
    const t = tokens[n];
    if (t?.kind !== 'word' || t.capital) return false;
    if (KINSHIP_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/**
 * Back from token `k` past up to `most` words of a role in lower case and their articles ("the political
 * scientist"), stopping at a word `stop` accepts: the index reached.
 */
function pastRoleWords(tokens: readonly Token[], k: number, most: number, stop: (word: string) => boolean): number {
  for (let n = 0; n < most && k > 0; n++, k--) {
    const t = tokens[k];
    if (t?.kind !== 'word' || t.capital || stop(t.lower)) break;
    if (!isRoleHead(t.lower) && !ROLE_MODIFIERS.has(t.lower) && !ARTICLES.has(t.lower)) break;
  }
  return k;
}

/** Most tokens of the place or body a description set off after a name goes on with ("at the University of Tarrow"). */
const DESCRIPTION_COMPLEMENT_REACH = 10;

/** Words tying a description to the place or body it goes on with: the affiliation words and "in" ("a nurse in"). */
export const DESCRIPTION_LINKS: ReadonlySet<string> = new Set([...AFFILIATION_PREPOSITIONS, 'in']);

/**
 * Where a description ending at token `to` ends with the place or body it goes on with (a DESCRIPTION_LINKS word, then
 * words: "a historian at the Tarrow Institute"); `to` when none follows.
 */
function descriptionEnd(tokens: readonly Token[], to: number): number {
  if (!DESCRIPTION_LINKS.has(tokens[to]?.lower ?? '')) return to;
  for (let k = to + 1; k < Math.min(tokens.length, to + 1 + DESCRIPTION_COMPLEMENT_REACH); k++) {
    const t = tokens[k];
    if (t?.text === ',' || t?.lower === 'who') return k;
    if (t?.kind !== 'word') return to;
  }
  return to;
}

/** Most tokens between a description opening a sentence and the comma before the he or she it describes. */
const DESCRIBED_PRONOUN_REACH = 6;

/** Most tokens of a "who" clause after a description opening a sentence, up to the comma before the he or she. */
const DESCRIBED_CLAUSE_REACH = 30;

/**
 * Whether a description opening the sentence is set off by a comma before a pronoun subject (SUBJECT_PRONOUNS: "A
 * former teacher, she …"), past a "who" clause of its own ("A nurse who trained in Leeds, she …") — not one of a
 * parenthetical report ("A young guard, she said, fired …": the guard fired).
 */
function describesPronounAfter(tokens: Token[], slot: Slot): boolean {
  if (slot.from !== 0) return false;
  let from = slot.to;
  // (The clause's own commas are passed over: the comma before the he or she closes it.)
  if (tokens[from]?.lower === 'who') {
    const comma = tokens.findIndex(
      (t, k) =>
        k > from &&
        k - from <= DESCRIBED_CLAUSE_REACH &&
        t.text === ',' &&
        SUBJECT_PRONOUNS.has(lowerAt(tokens, k + 1)),
    );
    if (comma === -1) return false;
    from = comma;
  }
  for (let k = from; k < Math.min(tokens.length, from + DESCRIBED_PRONOUN_REACH); k++) {
    const t = tokens[k];
    if (t?.text === ',') {
      if (!SUBJECT_PRONOUNS.has(tokens[k + 1]?.lower ?? '')) return false;
      let verb = k + 2;
      while (VERB_FILLERS.has(tokens[verb]?.lower ?? '')) verb++;
      return !(isSpeechVerbAt(tokens, verb) && tokens[verb + 1]?.text === ',');
    }
    if (t?.kind !== 'word') return false;
  }
  return false;
}

/** Most role words between a verb of asking and the name it asks ("asked political scientist Dr. NAME"). */
const ASKED_ROLE_WORDS = 4;

/**
 * Whether a PUT_TO_PHRASES phrase ends right before token `from`, or before up to ASKED_ROLE_WORDS words of a role
 * and its article there ("put it to the sergeant", "suggested to Sergeant NAME").
 */
function questionPutTo(tokens: readonly Token[], from: number): boolean {
  const to = pastRoleWords(tokens, from - 1, ASKED_ROLE_WORDS, (w) => w === 'to');
  return PUT_TO_PHRASES.some((phrase) => phrase.every((w, j) => tokens[to - phrase.length + 1 + j]?.lower === w));
}

/**
 * Where the verb asking the name at `from` stands: right before it, or before up to ASKED_ROLE_WORDS words of a role
 * in lower case and its article ("asked the political scientist NAME").
 */
function askedVerbAt(tokens: readonly Token[], from: number): number {
  return pastRoleWords(tokens, from - 1, ASKED_ROLE_WORDS, (w) => QUESTION_VERBS.has(w));
}

/**
 * The roles of nobody known after a LEDE_ROLE_DETERMINERS word that are subjects of a speech verb in `state` ("the
 * fair's organiser said", "a council officer said"): roles a name given later may turn out to hold.
 */
function unheldSpeakingRoles(state: SentenceState, openers: ReadonlySet<string> = new Set()): Slot[] {
  return state.cues.flatMap((c) => {
    const s = c.subject;
    const definite = LEDE_ROLE_DETERMINERS.has(s?.determiner ?? '') || openers.has(s?.determiner ?? '');
    return s !== null && (s.kind === 'desc' || s.kind === 'role') && definite && s.entity === null ? [s] : [];
  });
}

/** Relative pronouns opening a clause of somebody else's after a comma (", who said …"). */
export const OTHERS_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose']);

/** Where the first relative clause set off by a comma after token `from` opens (", who …"); the sentence's end if none. */
function relativeClauseAfter(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length - 1; k++)
    if (tokens[k]?.text === ',' && OTHERS_RELATIVES.has(tokens[k + 1]?.lower ?? '')) return k + 1;
  return tokens.length;
}

/**
 * Possessive pronouns that own a role or a relative set off before a name ("her sister, Joan,"), with the gender of
 * the he or she they are.
 */
export const OWNING_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['his', 'male'],
  ['her', 'female'],
]);

/** Most words between such a pronoun and the role noun before the comma ("her younger sister, Joan,"). */
const OWNED_ROLE_GAP = 2;

/**
 * The gender of the owning pronoun when the name at token `from` is set off by a comma after a role or relative it
 * opens inside the sentence ("to her sister, Joan,": female) — somebody a he or she of that gender is not ("his
 * neighbour, Nadia, … she began yelling" is Nadia). Undefined when no such pronoun opens one.
 */
function ownedRoleGender(tokens: Token[], from: number): Gender | undefined {
  if (tokens[from - 1]?.text !== ',' || !isRoleHead(lowerAt(tokens, from - 2))) return undefined;
  for (let k = from - 3; k >= Math.max(0, from - 3 - OWNED_ROLE_GAP); k--) {
    const owner = OWNING_PRONOUNS.get(lowerAt(tokens, k));
    // (Not one opening the sentence: "Her husband, NAME, read a statement he …" is the sentence's subject.)
    if (owner !== undefined) return k > 0 ? owner : undefined;
    if (tokens[k]?.kind !== 'word' || tokens[k]?.capital === true) return undefined;
  }
  return undefined;
}

/**
 * The capitalised words of a sentence's quotes, as written and without a possessive ending ("Sam" of "Sam's
 * right"): the names the quoted words call people by.
 */
function givenNamesInQuotes(text: string, tokens: readonly Token[]): Set<string> {
  const found = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'quote') continue;
    // ("“He said to me, ‘You will be the next Mei,’” she recalled": a quote inside it is somebody else's words, who
    // may call the speaker by name; not "“I said to her, ‘Nell, …’”", the speaker's own.)
    const quoted = text
      .slice(t.start, t.end)
      .replace(NESTED_QUOTATION, (inner: string, at: number, outer: string) =>
        FIRST_PERSON_LEAD_IN.test(outer.slice(0, at)) ? inner : ' '.repeat(inner.length),
      );
    for (const m of quoted.matchAll(QUOTED_CAPITAL_WORD)) {
      // ("Mark my words", "Grace under pressure": a word opening a sentence is capitalised anyway; only a possessive
      // or a comma after it, "Sam's right", "Ana, you were brilliant", makes it a name there.)
      const opening = SENTENCE_OPENING.test(quoted.slice(0, m.index));
      if (!opening || m[2] !== undefined || quoted[m.index + m[0].length] === ',') found.add(m[1] ?? '');
    }
  }
  return found;
}

/**
 * A quotation inside a quote's text, opened after a space, colon, comma or bracket: in curly or straight single marks
 * (an apostrophe inside a word, "don’t", closes nothing) or in double marks.
 */
export const NESTED_QUOTATION = /(?<=[\s:,(])(?:‘(?:[^’]|’(?=\p{L}))*’|“[^”]*”|"[^"]*"|'(?:[^']|'(?=\p{L}))*')/gu;

/** An "I" or "we" in the sentence of the outer quote before a nested one: the speaker's own words are nested. */
const FIRST_PERSON_LEAD_IN = /(?:^|[.!?]\s)[^.!?]*\b(?:I|[Ww]e)\b[^.!?]*$/u;

/** A capitalised word inside a quotation, its possessive ending apart. */
const QUOTED_CAPITAL_WORD = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)(['’]s)?(?![\p{L}-])/gu;
/** What stands before a word that opens a sentence inside a quotation: nothing but marks, or a sentence's stop. */
const SENTENCE_OPENING = /(?:^|[.!?]["”’']?)\s*["“‘']?$/u;
