// The names of one article as the reader sees them: each capitalised run of a sentence looked up among the
// corpus's people and organisations, told apart by the full names, first names and roles this article uses.
import type { Article } from '../corpus/types.ts';
import type { Coreference } from './coreference.ts';
import type { Slot } from './slots.ts';
import {
  ADDRESS_FORM_MODIFIERS,
  ADDRESS_FORMS,
  OBJECT_GENDER,
  ORGANISATION_PRONOUNS,
  POSSESSIVE_GENDER,
  PRONOUN_GENDER,
} from './pronouns.ts';
import { lowerAt, type Sentence } from './frames.ts';
import { KINSHIP_NOUNS, ROLE_NOUNS } from './lexicon.ts';
import { normalizeName } from './match.ts';
import { bySeniority } from './seniority.ts';
import { sharedSurnameNames } from './sharedSurnames.ts';
import { roleBefore } from './rolePhrases.ts';
import { addToBucket, lookupName, type PeopleRegistry } from './people.ts';
import { afterPlacePreposition, isPlaceName } from './places.ts';
import { isOwnedUtterance, ownsQuoteBefore, spanText } from './clauses.ts';
import { capsHeadingFullName } from './capsLabel.ts';
import { isOrganisationName } from './organisations.ts';
import { statedAgeNumber } from './ages.ts';
import { type CapitalRun, type Gender, genderOfWord, namesTokens, runWords } from './names.ts';
import type { Token } from './tokens.ts';
import { addressLeadsIn, isSpeechVerbAt, leadInNounLeadsIn, speechVerbAfter } from './verbReach.ts';
import { holdersByRoleInitials, ROLE_INITIALS } from './roleInitials.ts';
import { roleHoldsTitle } from './roleLexicon.ts';
import { kinOwnerSurname } from './kinSurnames.ts';

/** A capitalised word opening a sentence that is not a name: "Giving", "Asked", "Clearly". */
const OPENER_SUFFIX = /(?:ing|ed|ly)$/u;

/** organisationOf's answers by registry and the run's words (bounded by the corpus's distinct runs, like the registry's own memo). */
const organisationMemo = new WeakMap<PeopleRegistry, Map<string, string | null>>();

/** A slot of a capitalised run; its fields in the order the reader has always made them. */
function runSlot(
  from: number,
  to: number,
  text: string,
  kind: Slot['kind'],
  ids: string[],
  typo = false,
  forms?: string[],
): Slot {
  const slot: Slot = {
    from,
    to,
    text,
    typo,
    determiner: null,
    entity: null,
    subject: false,
    resolved: false,
    kind,
    ids,
  };
  if (forms !== undefined) slot.forms = forms;
  return slot;
}

/** Words of when between "the" and a role in capitals ("the new MP", "the former President"). */
export const ROLE_TIME_WORDS: ReadonlySet<string> = new Set(['new', 'former', 'outgoing', 'incoming', 'current']);

/** Whether "the", one of ROLE_TIME_WORDS perhaps after it, stands right before token `from`. */
function definiteBefore(tokens: Token[], from: number): boolean {
  const before = lowerAt(tokens, from - 1);
  return before === 'the' || (ROLE_TIME_WORDS.has(before) && lowerAt(tokens, from - 2) === 'the');
}

/** Fewest letters of a first name's short form written alone ("Gwen", "Tad"): "Al" or "Jo" could be anybody's. */
export const SHORT_FORM_LETTERS = 3;

/**
 * Fewest letters of a short form taken from a first name's end ("Seun" for Oluwaseun, "Tobi" for Oluwatobi): "Ann"
 * ends too many names.
 */
export const SHORT_FORM_END_LETTERS = 4;

/** A title folded for comparison: lower case, no stops ("Dr." and "dr" are one). */
function foldTitle(title: string): string {
  return title.toLowerCase().replace(/\./gu, '');
}

export class ArticleNames {
  /** Full names written in this article, by surname: a bare surname they share with someone else is ambiguous. */
  private readonly localNames = new Map<string, string[][]>();

  /** Full names written in this article, by first name: "said Ann" after "Ann Okafor". */
  private readonly localFirstNames = new Map<string, string[][]>();

  /** Role nouns the article's body uses anywhere ("the coach"), for telling apart people of one surname. */
  private articleRoles = '';

  constructor(
    private readonly article: Article,
    private readonly registry: PeopleRegistry,
    private readonly coreference: Coreference,
    private readonly sentences: readonly Sentence[],
  ) {
    this.collectLocalNames(sentences);
    this.collectStatedAges(sentences);
  }

  /** Full names written in this article, each with the index of the first sentence that writes it. */
  private readonly firstWritten = new Map<string, { name: string[]; sentence: number }>();

  /** Full names this article writes after a title, by the title folded ("dr" for "Dr."): "Dr. Ann Green". */
  private readonly titledFullNames = new Map<string, string[][]>();

  /** The people among `ids` this article writes in full after `title` ("Dr. Ann Green" for "Dr. Green"). */
  private titledHere(title: string, ids: readonly string[]): string[] {
    const names = this.titledFullNames.get(foldTitle(title)) ?? [];
    const found = new Set(names.flatMap((name) => lookupName(this.registry, name).ids));
    return ids.filter((id) => found.has(id));
  }

  /**
   * The people among `ids` whose roles hold the role a title stands for (roleHoldsTitle: "Cllr" for "councillor", or
   * "Councillor" as it is).
   */
  private holdersOfTitle(title: string, ids: readonly string[]): string[] {
    const folded = foldTitle(title).split(' ').at(-1) ?? '';
    return ids.filter((id) => (this.registry.people.get(id)?.roles ?? []).some((r) => roleHoldsTitle(r, folded)));
  }

  /** The first sentence naming each person of this article in full (filled on first use). */
  private firstNamedAt: Map<string, number> | null = null;

  /** Whether this article names the person in full at or before sentence `index`. */
  private namedBy(id: string, index: number): boolean {
    if (this.firstNamedAt === null) {
      const at = new Map<string, number>();
      for (const { name, sentence } of this.firstWritten.values())
        for (let drop = 0; drop <= name.length - 2; drop++)
          for (const found of lookupName(this.registry, name.slice(drop)).ids)
            at.set(found, Math.min(at.get(found) ?? sentence, sentence));
      this.firstNamedAt = at;
    }
    const first = this.firstNamedAt.get(id);
    return first !== undefined && first <= index;
  }

  /** "Maya Bird, 29,", "Cook, now 41,": the people this article gives an age, for "the 29-year-old said". */
  private collectStatedAges(sentences: readonly Sentence[]): void {
    for (const sentence of sentences) {
      for (const run of sentence.runs) {
        const age = run.kind === 'name' ? statedAgeNumber(sentence.tokens, run.to) : null;
        if (age === null) continue;
        const ids = lookupName(this.registry, run.name).ids;
        if (ids.length !== 1 || ids[0] === undefined) continue;
        const set = this.coreference.statedAges.get(age) ?? new Set<string>();
        set.add(ids[0]);
        this.coreference.statedAges.set(age, set);
      }
    }
  }

  private collectLocalNames(sentences: readonly Sentence[]): void {
    const roles = new Set<string>();
    for (const sentence of sentences)
      if (sentence.kind === 'body') for (const t of sentence.tokens) if (ROLE_NOUNS.has(t.lower)) roles.add(t.lower);
    // ("her daughter Ivy Tennant … Mrs Tennant": a kinship noun tells no two people of a family apart.)
    this.articleRoles = [...roles].filter((r) => !KINSHIP_NOUNS.has(r)).join(' ');
    sentences.forEach((sentence, i) => {
      for (const run of sentence.runs) {
        if (run.kind !== 'name' || run.name.length < 2) continue;
        if (OPENER_SUFFIX.test(run.name[0] ?? '')) continue;
        this.noteFullName(run.name, sentence.index);
        if (run.title.length > 0) addToBucket(this.titledFullNames, foldTitle(run.title), run.name);
      }
      // ("her son Chris", "Regular customer Paul, 80": a one-word name a role or kinship brings in is somebody of
      // their own, no short form of another's first name; so is one a home place brings in, as a caller or voter is
      // introduced: "Ama from Tamale".)
      const { tokens } = sentence;
      tokens.forEach((t, k) => {
        if (t.kind !== 'word' || !t.capital) return;
        const before = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
        const lead = tokens[before];
        // ("Pupil Anna": a role noun may carry the sentence's capital.)
        const roleLead = lead?.kind === 'word' && (!lead.capital || before === 0) && ROLE_NOUNS.has(lead.lower);
        // (A place after "from", as a town is written — "Wunmi from Port Harcourt"; "Gwen from Harwick Food Bank" is
        // a body's.)
        const homeAfter = (): boolean => {
          if (tokens[k - 1]?.capital === true || lowerAt(tokens, k + 1) !== 'from') return false;
          const home = sentence.runs.find((r) => r.from === k + 2);
          return home !== undefined && !isOrganisationName(runWords(tokens, home));
        };
        if (roleLead || homeAfter()) this.broughtInAlone.add(normalizeName(t.text));
      });
      // ("Jim and Mary Tolland" … "said Jim": the given name sharing the surname is a full name written here too.)
      for (const name of sharedSurnameNames(sentence)) this.noteFullName(name, sentence.index);
      // ("TARIQ BALOCH (Player of the Match)" ¶ "Tariq said …": a roundup's heading in capitals writes the name in
      // full too, for its given name and surname written alone below.)
      const below = sentences[i + 1];
      const caps =
        sentence.kind === 'heading' && below !== undefined ? capsHeadingFullName(sentence.tokens, below.tokens) : null;
      if (caps !== null) this.noteFullName(caps, sentence.index);
    });
  }

  /** Notes a full name this article writes in sentence `index`, by its surname and by its first name. */
  private noteFullName(name: string[], index: number): void {
    const key = normalizeName(name.join(' '));
    if (!this.firstWritten.has(key)) this.firstWritten.set(key, { name, sentence: index });
    const surname = normalizeName(name[name.length - 1] ?? '');
    const bySurname = this.localNames.get(surname);
    if (bySurname) bySurname.push(name);
    else this.localNames.set(surname, [name]);
    const given = normalizeName(name[0] ?? '');
    const byGiven = this.localFirstNames.get(given);
    if (byGiven) byGiven.push(name);
    else this.localFirstNames.set(given, [name]);
  }

  /** Whether the registry knows this person by one word only ("Ruth", from "his wife Ruth"). */
  private oneWordPerson(id: string): boolean {
    const person = this.registry.people.get(id);
    return person !== undefined && person.kind === 'person' && !person.name.includes(' ');
  }

  /**
   * The one person this article names in full with this first name, written alone ("Tedros", "Pep"), or with a
   * first name it is the short form of ("Gwen" for a Gwendolyn Ashe the article names in full, and nobody else).
   */
  private byFirstName(word: string): string[] {
    const ids = new Set<string>();
    const written = normalizeName(word);
    for (const full of this.localFirstNames.get(written) ?? this.shortFormOf(written)) {
      for (let end = full.length; end >= 2; end--) {
        const found = lookupName(this.registry, full.slice(0, end)).ids;
        if (found.length > 0) {
          for (const id of found) ids.add(id);
          break;
        }
      }
    }
    return ids.size === 1 ? [...ids] : [];
  }

  /**
   * The full names whose first name opens with `short` (at least SHORT_FORM_LETTERS letters, and not the whole
   * first name), when they all share that first name: "Gwen" for "Gwendolyn Ashe"; none when two first names fit.
   */
  private shortFormOf(short: string): string[][] {
    if (short.length < SHORT_FORM_LETTERS || this.broughtInAlone.has(short)) return [];
    // ("Rose, who has lived here forty years" beside "Ambrose Penhallow": a given name the lists know, written as a
    // person's, is that person's own, not the end of another's.)
    const ownName = this.registry.givenNameWords?.has(short) === true;
    const fitting = [...this.localFirstNames].filter(
      ([given]) =>
        given.length > short.length &&
        (given.startsWith(short) || (short.length >= SHORT_FORM_END_LETTERS && given.endsWith(short) && !ownName)),
    );
    return fitting.length === 1 ? (fitting[0]?.[1] ?? []) : [];
  }

  /** One-word names a role or kinship noun brings in ("her son Chris"): nobody's short form. */
  private readonly broughtInAlone = new Set<string>();

  /** Ids of the people and organisations this article writes a full name of (filled on first use). */
  private namedInFull: Set<string> | null = null;

  /**
   * Whether one written word names a person or organisation of this article: the word is written here as a
   * person's (a title, "who", a speech verb: "Gov. Cooper said"), or one of `ids` is named here with evidence or
   * written here in full (all of a name of two words or more, or its last words).
   */
  private ofThisArticle(word: string, ids: readonly string[]): boolean {
    if (this.registry.evidenced.get(this.article.id)?.has(normalizeName(word)) === true) return true;
    const present = this.registry.present.get(this.article.id);
    if (ids.some((id) => present?.has(id) === true)) return true;
    if (this.namedInFull === null) {
      const named = new Set<string>();
      for (const fulls of this.localNames.values())
        for (const full of fulls)
          for (let drop = 0; drop <= full.length - 2; drop++)
            for (const found of lookupName(this.registry, full.slice(drop)).ids) named.add(found);
      this.namedInFull = named;
    }
    const named = this.namedInFull;
    return ids.some((id) => named.has(id));
  }

  /** `ids` without the people known to be of the other gender than the title's ("Mrs"), unless none would be left. */
  private fittingTitle(title: string, ids: string[]): string[] {
    const gender = genderOfWord(title.replace(/\.$/u, ''));
    if (gender === null) return ids;
    const fitting = ids.filter((id) => {
      const known = this.coreference.genderOf(id);
      return known === null || known === gender;
    });
    return fitting.length > 0 ? fitting : ids;
  }

  /** Of `ids`, the one whose known gender fits the he or she speaking first in the sentence after `sentence` in its
   * paragraph, if only one does; else all of them. */
  private fittingSpeakerBelow(sentence: Sentence, ids: string[]): string[] {
    const next = this.sentences[sentence.index + 1];
    // ("Reyes, the lawyer, said … ¶ “…,” he said": or the next paragraph's, when a quote opens it and the name's
    // own sentence quotes nobody; "Reyes said: “…” ¶ “…,” she said" may be another Reyes answering.)
    const quoteBelow =
      next?.paragraph === sentence.paragraph + 1 &&
      next.tokens[0]?.kind === 'quote' &&
      !sentence.tokens.some((t) => t.kind === 'quote');
    if (next === undefined || (next.paragraph !== sentence.paragraph && !quoteBelow)) return ids;
    const gender = speakingPronounGender(next.tokens);
    if (gender === null) return ids;
    const fitting = ids.filter((id) => this.coreference.genderOf(id) === gender);
    return fitting.length === 1 ? fitting : ids;
  }

  /**
   * "Moreno" in an article that names a Luis Moreno is not the corpus's Pablo Moreno. With `knownOnly`, only a full
   * name the registry knows somebody by claims the word.
   */
  private surnameClaimedByOther(surname: string, ids: string[], knownOnly = false): boolean {
    for (const full of this.localNames.get(normalizeName(surname)) ?? []) {
      let matched = false;
      let known = false;
      for (let drop = 0; drop <= full.length - 2 && !matched; drop++) {
        const found = lookupName(this.registry, full.slice(drop)).ids;
        known ||= found.length > 0;
        matched = found.some((id) => ids.includes(id));
      }
      if (!matched && (known || !knownOnly)) return true;
    }
    return false;
  }

  /**
   * The organisation a capitalised run names, when the corpus has seen it speak; "The" before it is left out.
   * `joined` is the run's name joined by spaces: the words looked up when the name is the run's words.
   */
  private organisationOf(tokens: Token[], run: CapitalRun, joined: string): string | null {
    const { from, to } = run;
    const first = from < to ? tokens[from]?.text : undefined;
    // Only a word of three letters lower-cases to "the": the length first spares lower-casing every run's first word.
    const skip = first !== undefined && first.length === 3 && first.toLowerCase() === 'the' ? 1 : 0;
    if (to - from - skip <= 0) return null;
    let key = '';
    if (namesTokens(tokens, run, from + skip)) key = joined;
    else
      for (let i = from + skip; i < to; i++)
        key += i === from + skip ? (tokens[i]?.text ?? '') : ` ${tokens[i]?.text ?? ''}`;
    // The answer depends only on the words and the registry's names and kinds, which stage 3 does not change.
    let known = organisationMemo.get(this.registry);
    if (known === undefined) {
      known = new Map();
      organisationMemo.set(this.registry, known);
    }
    const answer = known.get(key);
    if (answer !== undefined) return answer;
    const named = tokens.slice(from + skip, to).map((t) => t.text);
    const ids = lookupName(this.registry, named, key).ids.filter((id) => !this.coreference.isPerson(id));
    const found = ids.length === 1 ? (ids[0] ?? null) : null;
    known.set(key, found);
    return found;
  }

  /** The people of this article by their roles' initials (roleInitials.ts), read on first use. */
  private byRoleInitials: Map<string, string | null> | null = null;

  /** The one person of this article whose role's initials `word` is ("EAM" for an External Affairs Minister). */
  private roleHolder(word: string | undefined): string | null {
    if (word === undefined || !ROLE_INITIALS.test(word)) return null;
    this.byRoleInitials ??= holdersByRoleInitials(this.registry, this.article.id);
    return this.byRoleInitials.get(word) ?? null;
  }

  /**
   * Whether a run whose words are a place's name is a person's here: written with an honorific ("Mr Jordan"), or a
   * surname of a person this article names in full ("Alex Jordan … Jordan said").
   */
  private placeNamedPerson(run: CapitalRun, joined: string): boolean {
    if (run.title.length > 0) return true;
    return lookupName(this.registry, run.name, joined).ids.some((id) => this.namedInFullHere(id));
  }

  /** Whether `word` is the last word of the full name of a person this article names in full. */
  private surnameHere(word: string): boolean {
    const wanted = normalizeName(word);
    for (const id of this.registry.present.get(this.article.id) ?? [])
      if (
        this.namedInFullHere(id) &&
        normalizeName(this.registry.people.get(id)?.name ?? '')
          .split(' ')
          .at(-1) === wanted
      )
        return true;
    return false;
  }

  /** Whether `id` is a person of this article named in full (two words or more). */
  private namedInFullHere(id: string): boolean {
    const person = this.registry.people.get(id);
    const present = this.registry.present.get(this.article.id);
    return present?.has(id) === true && person?.kind === 'person' && person.name.split(' ').length >= 2;
  }

  /** The holder of the role whose initials open a name of two words, when the second is that holder's surname. */
  private initialledHolder(name: readonly string[]): string | null {
    const [initials, surname] = name;
    if (name.length !== 2 || initials === undefined || surname === undefined) return null;
    const holder = this.roleHolder(initials);
    const words = holder === null ? [] : normalizeName(this.registry.people.get(holder)?.name ?? '').split(' ');
    return words.length >= 2 && words[words.length - 1] === normalizeName(surname) ? holder : null;
  }

  /** A slot for every capitalised run of the sentence (a name, role or other phrase) and every he/she. */
  slotsOf(sentence: Sentence): Slot[] {
    const { tokens } = sentence;
    const slots: Slot[] = [];
    for (const run of sentence.runs) {
      const { from, to } = run;
      const text = spanText(this.article, tokens, from, to);
      // An organisation known to speak ("the Health Ministry said") is a speaker like a person.
      // The name joined once, for the organisations, the places and the people looked up below.
      const joined = run.name.join(' ');
      const organisation = this.organisationOf(tokens, run, joined);
      if (organisation !== null) {
        slots.push(runSlot(from, to, text, 'name', [organisation]));
        continue;
      }
      // A place is never a speaker: "Russia said" leaves the speaker unknown. ("Jordan said" where the article
      // names Alex Jordan in full, or "Mr Jordan", is the person.)
      if (run.kind === 'name' && isPlaceName(joined) && !this.placeNamedPerson(run, joined)) {
        slots.push(runSlot(from, to, text, 'other', []));
        continue;
      }
      if (run.kind === 'name') {
        // ("Deputy Public Prosecutor Ann Ong … DPP Ong told the court": the initials of a role this article gives the
        // one person of that surname, before the surname, are that role, not a given name's initials.)
        const initialled = this.initialledHolder(run.name);
        if (initialled !== null) {
          slots.push(runSlot(from, to, text, 'name', [initialled], false, [joined]));
          continue;
        }
        let words = run.name;
        let match = lookupName(this.registry, words, joined);
        // A capitalised word opening the sentence is not part of the name ("Giving Rasmussen …"); a first name is.
        const opener = run.from === 0 && OPENER_SUFFIX.test(run.name[0] ?? '');
        if (match.ids.length === 0 && opener && run.name.length > 1) {
          words = run.name.slice(1);
          match = lookupName(this.registry, words);
        }
        // "Ruth Calder said: …" then "Ruth added: …": a first name written alone is the person this article names
        // in full with it, even where "his wife Ruth" made a person of the one word too.
        // (So is one whose only matches are people of other articles: "Rahim said" here is not a "Rahimi" there.)
        let byGivenName = false;
        // ("Dorian said" where the article names Dorian Petrov and an Ana Dorrian: a given name written exactly beats a
        // surname one letter off.)
        // (Only a given name written whole: "Daniel said" is no Daniella's short form then.)
        const exactGiven = match.typo && this.localFirstNames.has(normalizeName(words[0] ?? ''));
        if (
          words.length === 1 &&
          (match.ids.every((id) => this.oneWordPerson(id)) ||
            exactGiven ||
            !this.ofThisArticle(words[0] ?? '', match.ids))
        ) {
          const ids = this.byFirstName(words[0] ?? '');
          if (ids.length > 0) match = { ids, typo: false };
          byGivenName = ids.length > 0;
        }
        // "Long naps, she said": one word names only a person of this article, never one met in another article.
        if (match.ids.length > 0 && words.length === 1 && !this.ofThisArticle(words[0] ?? '', match.ids)) {
          slots.push(runSlot(from, to, text, 'name', []));
          continue;
        }
        // ("Hoa said" for Hoa Le where the restaurant "Pho Hoa" ends in the word: a given name is claimed only by a
        // full name the corpus knows somebody by.)
        const claimed =
          match.ids.length > 0 &&
          words.length === 1 &&
          this.surnameClaimedByOther(words[0] ?? '', match.ids, byGivenName);
        if (claimed) {
          slots.push(runSlot(from, to, text, 'name', []));
          continue;
        }
        // "Mrs Tennant said" where the corpus knows a Ross and a Rosa Tennant: a gendered title rules out whoever is
        // known to be of the other gender, before nearness picks among the rest.
        if (match.ids.length > 1) match = { ids: this.fittingTitle(run.title, match.ids), typo: match.typo };
        // ("Dr. Sam Green" … "Dale Green" … "Dr. Green urged": the one the article wrote in full after that title.)
        const titled = match.ids.length > 1 && run.title.length > 0 ? this.titledHere(run.title, match.ids) : [];
        if (titled.length === 1) match = { ids: titled, typo: match.typo };
        // ("Local councillor NAME Quist" … "NAME2 Quist, 68" … "Cllr Quist's uncle": the one holding the role the
        // title stands for.)
        const holding = match.ids.length > 1 && run.title.length > 0 ? this.holdersOfTitle(run.title, match.ids) : [];
        if (holding.length === 1) match = { ids: holding, typo: match.typo };
        // ("Santos said staff were exhausted. “…,” she said": so does a he or she speaking in the paragraph's next
        // sentence, for the one name of the sentence.)
        // (Not when the sentence names anybody else: "Tennant asked Ms Berg whether she had read it. “…,” she said".)
        if (match.ids.length > 1 && !sentence.runs.some((r) => r.kind === 'name' && r !== run))
          match = { ids: this.fittingSpeakerBelow(sentence, match.ids), typo: match.typo };
        // ("The elder Marsh said": of a family's people of one surname, the one of the greater stated age.)
        const senior =
          match.ids.length > 1 && lowerAt(tokens, from - 2) === 'the'
            ? bySeniority(match.ids, lowerAt(tokens, from - 1), this.coreference.statedAges)
            : null;
        if (senior !== null) match = { ids: [senior], typo: match.typo };
        // "Anna Brandt, for her part, … “…,” Brandt says": one of them named earlier in the paragraph is meant.
        // ("Fire chief Marc Gagnon says …" ¶ "“…,” Gagnon said": so is the one the sentence right before names.)
        const inParagraph = match.ids.length > 1 ? this.coreference.latestInParagraph(match.ids, sentence) : null;
        const justBefore =
          match.ids.length > 1 && inParagraph === null
            ? this.coreference.mentionedJustBefore(match.ids, sentence)
            : null;
        // (Not a relative the sentence before, in another paragraph, names over the one the title names.)
        const here =
          inParagraph ?? (justBefore === null ? null : this.coreference.headlinedOverRelative(match.ids, justBefore));
        if (here !== null) match = { ids: [here], typo: match.typo };
        // ("… her brother, Ivo Tennant … Ivo recalls … Tennant said": when nothing near decides, a relative the
        // article calls by the given name alone, as writers do to tell a family apart, is not the one the shared
        // surname alone means, unless the title names them.)
        if (match.ids.length > 1 && words.length === 1) {
          const bySurname = match.ids.filter(
            (id) => !this.coreference.calledByGivenName(id) || this.coreference.headlined.includes(id),
          );
          if (bySurname.length === 1) match = { ids: bySurname, typo: match.typo };
        }
        // "Four years ago Cook, now 41, …" before "Her mother, June Cook": a surname stands for the one the article
        // has named in full so far, not for somebody it names later.
        if (match.ids.length > 1) {
          const known = match.ids.filter((id) => this.namedBy(id, sentence.index));
          if (known.length > 0 && known.length < match.ids.length) match = { ids: known, typo: match.typo };
        }
        // ("Ana Varga Ruiz … Varga told the audience … Lucia Varga, a scientist … Varga, for her part, said": when
        // nothing near decides, the one the article has already called by the word alone.)
        if (match.ids.length > 1 && words.length === 1) {
          const word = (words[0] ?? '').toLowerCase();
          const calledSo = match.ids.filter((id) => this.coreference.calledByWordAlone(id, word));
          if (calledSo.length === 1) match = { ids: calledSo, typo: match.typo };
        }
        // ("Rosa Ferrer … Ferrer told" where "Ana Ferrer-Soto" is named too: the surname written whole is the one.)
        if (match.ids.length > 1 && words.length === 1) {
          const whole = match.ids.filter((id) => this.registry.people.get(id)?.name.split(' ').at(-1) === words[0]);
          if (whole.length === 1) match = { ids: whole, typo: match.typo };
        }
        if (match.ids.length > 1) {
          // "Gov. Cooper" where the corpus knows a governor and a coach called Cooper: the title tells them apart.
          const hint = roleBefore(tokens, run.from)?.text ?? '';
          const byRole = this.coreference.withRole(match.ids, `${run.title} ${hint}`);
          // …or else the roles the article speaks of anywhere ("Cooper, whose side lost …” the coach said), never a
          // relative's the article brought in by kinship: "his assistant, Mick Hale - his younger brother" is no sign
          // that "Hale" alone is he.
          const byArticle =
            byRole.length === 0
              ? this.coreference.withRole(
                  match.ids.filter((id) => !this.coreference.broughtInAsKin(id)),
                  this.articleRoles,
                )
              : [];
          if (byRole.length === 1) match = { ids: byRole, typo: match.typo };
          else if (byArticle.length === 1) match = { ids: byArticle, typo: match.typo };
        }
        if (match.ids.length > 0) {
          const name = words.join(' ');
          const forms = [name];
          if (words === run.name && run.title.length > 0 && !run.title.includes(' '))
            forms.push(`${run.title} ${name}`);
          // ("Varga's mother, Edit,": looked up as "Edit Varga" too.)
          const kin = words.length === 1 ? kinOwnerSurname(tokens, from, (w) => this.surnameHere(w)) : null;
          if (kin !== null) forms.push(`${name} ${kin}`);
          slots.push(runSlot(from, to, text, 'name', match.ids, match.typo, forms));
          continue;
        }
      }
      // ("Temple did not respond": a surname that is also a word of places and bodies, alone and not after a
      // preposition of place, is the person the article names in full with it.)
      const surname = run.kind === 'other' && run.name.length === 1 && run.title.length === 0;
      if (surname && !afterPlacePreposition(tokens, from)) {
        const present = this.registry.present.get(this.article.id);
        const ids = lookupName(this.registry, run.name, joined).ids.filter((id) => present?.has(id) === true);
        const [only] = ids;
        if (ids.length === 1 && only !== undefined && this.namedInFullHere(only)) {
          slots.push(runSlot(from, to, text, 'name', ids, false, [joined]));
          continue;
        }
      }
      // ("Dean Ostrowski, 52, … But for Dean, the trip was ruined": a title's word alone is the given name of the one
      // person the article names in full with it; not "the Dean".)
      const lone =
        run.kind === 'other' && run.name.length === 0 && to - from === 1 && lowerAt(tokens, from - 1) !== 'the';
      const given = lone ? this.byFirstName(run.title) : [];
      const [person] = given;
      if (person !== undefined && this.namedInFullHere(person)) {
        slots.push(runSlot(from, to, text, 'name', given, false, [joined]));
        continue;
      }
      // "External Affairs Minister Ann Rao … the EAM said": a role's initials after "the" stand for its holder.
      const holder =
        lowerAt(tokens, from - 1) === 'the' && to - from === 1 ? this.roleHolder(tokens[from]?.text) : null;
      if (holder !== null) {
        slots.push(runSlot(from, to, text, 'name', [holder]));
        continue;
      }
      // ("at the President's House", "the Governor's Mansion": a role owning a place in capitals names the place.)
      const owningPlace = tokens[to - 1]?.possessive === true && tokens[to]?.capital === true;
      const slot = runSlot(from, to, text, run.kind === 'role' && !owningPlace ? 'role' : 'other', []);
      // ("“…,” the new MP said": a role in capitals after "the", a word of when perhaps between, is definite as one
      // in lower case is.)
      if (slot.kind === 'role' && definiteBefore(tokens, from)) slot.determiner = 'the';
      slots.push(slot);
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined) continue;
      // "Her response: “…”": a possessive pronoun owning something said stands for the one who said it.
      // ("In her own words, “…”": "own" may stand between.)
      const owned = lowerAt(tokens, i + 1) === 'own' ? i + 2 : i + 1;
      // ("his email said": so does one owning a document that speaks, phraseBefore.ts.)
      const ownedWord = lowerAt(tokens, owned);
      // ("Her speech on the stage: “…”": so does one owning an address that leads in to a colon.)
      // ("His position, for the record: “…”": or a noun that is somebody's words only leading in to a colon.)
      // ("“…,” was his only comment": or, right after a copula, one owning such a noun a few words on.)
      const owns =
        POSSESSIVE_GENDER.has(t.lower) &&
        (isOwnedUtterance(ownedWord) ||
          addressLeadsIn(tokens, owned) ||
          leadInNounLeadsIn(tokens, owned) ||
          ownsQuoteBefore(tokens, i - 1, i, i + 1));
      // "“…,” it said": "it" is a speaker only before a speech verb; elsewhere it is a thing, not a slot.
      const speaksAsBody = ORGANISATION_PRONOUNS.has(t.lower) && speechVerbAfter(tokens, i + 1);
      // "her Honour said", "his Excellency added": the pronoun and the form of address are one reference to a person.
      const addressEnd = t.kind === 'word' && POSSESSIVE_GENDER.has(t.lower) ? addressFormEnd(tokens, i + 1) : -1;
      const address = addressEnd !== -1;
      if (address) {
        const covered = slots.findIndex((s) => s.from === i + 1 && s.to === addressEnd);
        if (covered !== -1) slots.splice(covered, 1);
      }
      // ("According to him, “…”": an object pronoun after "according to" stands for the one whose words they are;
      // not "according to her lawyer", whose owner is not the one speaking.)
      const accordingTo =
        OBJECT_GENDER.has(t.lower) &&
        tokens[i + 1]?.kind !== 'word' &&
        lowerAt(tokens, i - 1) === 'to' &&
        lowerAt(tokens, i - 2) === 'according';
      if (t.kind === 'word' && (PRONOUN_GENDER.has(t.lower) || owns || speaksAsBody || address || accordingTo)) {
        slots.push({
          from: i,
          to: address ? addressEnd : i + 1,
          kind: 'pronoun',
          text: t.text,
          ids: [],
          typo: false,
          determiner: null,
          entity: null,
          subject: false,
          resolved: false,
        });
      }
    }
    return slots;
  }
}

/**
 * Where a form of address opening at token k ends ("Honour", "Excellency", "Royal Highness": ADDRESS_FORM_MODIFIERS
 * before it), capitalised and owning nothing ("Her Majesty's" owns); -1 when none opens there.
 */
function addressFormEnd(tokens: readonly Token[], k: number): number {
  const capital = (t: Token | undefined): boolean => t?.kind === 'word' && t.capital;
  const at = capital(tokens[k]) && ADDRESS_FORM_MODIFIERS.has(tokens[k]?.lower ?? '') ? k + 1 : k;
  const t = tokens[at];
  return capital(t) && !t?.possessive && ADDRESS_FORMS.has(t?.lower ?? '') ? at + 1 : -1;
}

/**
 * The gender of a he or she that speaks first in a sentence: right after the quotation opening it ("“…,” she
 * said") or opening it before a speech verb ("She added: …"); null when the sentence opens otherwise.
 */
function speakingPronounGender(tokens: Token[]): Gender | null {
  let k = 0;
  while (tokens[k] !== undefined && tokens[k]?.kind !== 'word') k++;
  const gender = PRONOUN_GENDER.get(tokens[k]?.lower ?? '');
  return gender !== undefined && isSpeechVerbAt(tokens, k + 1) ? gender : null;
}
