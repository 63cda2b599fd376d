// Who said each quotation, read the way a careful reader does: the speech verb next to the quote and its
// subject (a name, a role, "he"/"she", "the former prime minister"), the headline dash, and quote paragraphs
// that continue the previous speaker. When the speaker cannot be resolved it stays null rather than guessed.
import type { Article } from '../corpus/types.ts';
import type { ExtractedQuote } from './extract.ts';
import { creditRun, headingSpeakerRun, isSpeechVerbAt } from './evidence.ts';
import { lowerAt, type Sentence } from './frames.ts';
import {
  CREDIT_FRAMES,
  DAYS_MONTHS,
  DETERMINERS,
  ROLE_MODIFIERS,
  sameRoleWord,
  TITLE_MODIFIERS,
  VERB_FILLERS,
} from './lexicon.ts';
import { aliasKey, normalizeName } from './match.ts';
import { isRoleHead, roleAfter, roleBefore, type Gender } from './names.ts';
import { lookupName, type PeopleRegistry } from './people.ts';
import { ORGANISATION_CUES, ORGANISATION_NOUNS } from './organisations.ts';
import { isPlaceName } from './places.ts';
import { isStopWord } from '../corpus/stopwords.ts';
import type { Token } from './tokens.ts';

export type AttributionMethod =
  | 'after'
  | 'before'
  | 'final'
  | 'headline'
  | 'colon'
  | 'same-paragraph'
  | 'continuation'
  | 'credit'
  | 'none';

export interface Attribution {
  /** Id of the person in the registry, or null when the speaker is unknown or not a person. */
  speaker: string | null;
  /** The writer's words that name the speaker ("he said", "said the former Danish prime minister"). */
  cue: string | null;
  method: AttributionMethod;
}

export interface ArticleAttribution {
  quotes: Attribution[];
  /** Forms each person was referred to by in this article (names as written, titled names, roles used as names). */
  aliases: Map<string, string[]>;
  /** Roles learnt from descriptions resolved to a person. */
  roles: Map<string, string[]>;
}

interface Slot {
  from: number;
  to: number;
  kind: 'name' | 'role' | 'desc' | 'pronoun' | 'other';
  text: string;
  ids: string[];
  typo: boolean;
  determiner: string | null;
  entity: string | null;
  subject: boolean;
  resolved: boolean;
  /** How a resolved name slot names its person, for the alias list ("Rasmussen", "Mr Rasmussen"). */
  forms?: string[];
}

interface Cue {
  verb: number;
  verbEnd: number;
  /** Token span of the speaker phrase, when there is one. */
  np: { from: number; to: number } | null;
  subject: Slot | null;
  /** A speaker phrase that is not a person ("the Kremlin said", "officials said"): the speaker is unknown. */
  blocking: boolean;
  inverted: boolean;
}

interface SentenceState {
  sentence: Sentence;
  slots: Slot[];
  cues: Cue[];
}

interface Mention {
  entity: string;
  sentence: number;
  token: number;
  subject: boolean;
}

const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);
const OTHER_PRONOUNS = new Set(['i', 'we', 'they', 'it', 'you', 'one', 'this', 'that', 'who', 'which']);
const NON_SUBJECT_LINKS = new Set([
  'as',
  'and',
  'but',
  'or',
  'to',
  'then',
  'that',
  'when',
  'while',
  'not',
  'being',
  'after',
  'before',
  'by',
  'for',
  'of',
  'in',
  'on',
  'at',
  'with',
  'without',
  'if',
  'than',
  'so',
]);
const CLAUSE_OPENERS = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'when',
  'while',
  'yesterday',
  'today',
  'asked',
  'speaking',
  'referring',
  'despite',
  'with',
  'without',
  'following',
  'since',
  'as',
  'under',
  'for',
  'earlier',
  'later',
  'last',
  'this',
  'according',
  'instead',
  'unlike',
  'like',
  'amid',
  'addressing',
  'responding',
  'writing',
  'meanwhile',
  'however',
  'separately',
  'also',
  'still',
  'now',
  'then',
  'once',
  'although',
  'though',
  'if',
  'because',
  'from',
  'to',
  'by',
]);
const LEADING_CONJUNCTIONS = new Set([
  'but',
  'and',
  'yet',
  'so',
  'or',
  'however',
  'meanwhile',
  'still',
  'also',
  'indeed',
]);
const TIME_NOUNS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'evening', 'afternoon', 'day']);
const TIME_LEADS = new Set(['on', 'last', 'this', 'next', 'earlier', 'late', 'early']);
const DESCRIPTION_NOISE = new Set([
  'former',
  'new',
  'current',
  'incoming',
  'outgoing',
  'then',
  'top',
  'late',
  'our',
  'their',
  'its',
  'his',
  'her',
  'the',
  'a',
  'an',
  'this',
  'that',
]);
const DASHES = new Set(['–', '—', '-', '|']);
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** How many sentences back a pronoun or description looks for the person it means. */
const REFERENCE_WINDOW = 6;

function spanText(article: Article, tokens: Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return '';
  return article.text.slice(first.start, last.end);
}

function significantTokens(text: string): string[] {
  return normalizeName(text)
    .split(' ')
    .filter((t) => t.length > 0 && !DESCRIPTION_NOISE.has(t));
}

function tokenMatches(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

function roleMatches(description: string[], role: string): boolean {
  const roleTokens = significantTokens(role);
  return description.length > 0 && description.every((d) => roleTokens.some((r) => tokenMatches(d, r)));
}

function isPlural(head: string): boolean {
  return /[^s]s$/u.test(head) && !['ambassador', 'chief'].includes(head);
}

class ArticleReader {
  private readonly mentions: Mention[] = [];
  private readonly states: SentenceState[] = [];
  readonly aliases = new Map<string, string[]>();
  readonly roles = new Map<string, string[]>();

  /** Full names written in this article, by surname: a bare surname they share with someone else is ambiguous. */
  private readonly localNames = new Map<string, string[][]>();

  constructor(
    private readonly article: Article,
    private readonly registry: PeopleRegistry,
  ) {}

  /** Full names written in this article, by first name: "said Pep" after "Pep Guardiola". */
  private readonly localFirstNames = new Map<string, string[][]>();

  private collectLocalNames(sentences: Sentence[]): void {
    for (const sentence of sentences) {
      for (const run of sentence.runs) {
        if (run.kind !== 'name' || run.name.length < 2) continue;
        const first = run.name[0] ?? '';
        if (/(?:ing|ed|ly)$/u.test(first)) continue;
        const surname = normalizeName(run.name[run.name.length - 1] ?? '');
        this.localNames.set(surname, [...(this.localNames.get(surname) ?? []), run.name]);
        const given = normalizeName(first);
        this.localFirstNames.set(given, [...(this.localFirstNames.get(given) ?? []), run.name]);
      }
    }
  }

  /** The one person this article names in full with this first name, written alone ("Tedros", "Pep"). */
  private byFirstName(word: string): string[] {
    const ids = new Set<string>();
    for (const full of this.localFirstNames.get(normalizeName(word)) ?? []) {
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

  /** "Moreno" in an article that names a Luis Moreno is not the corpus's Pablo Moreno. */
  private surnameClaimedByOther(surname: string, ids: string[]): boolean {
    for (const full of this.localNames.get(normalizeName(surname)) ?? []) {
      let matched = false;
      for (let drop = 0; drop <= full.length - 2 && !matched; drop++) {
        matched = lookupName(this.registry, full.slice(drop)).ids.some((id) => ids.includes(id));
      }
      if (!matched) return true;
    }
    return false;
  }

  private addTo(map: Map<string, string[]>, id: string, value: string): void {
    const list = map.get(id) ?? [];
    if (!list.some((v) => aliasKey(v) === aliasKey(value))) list.push(value);
    map.set(id, list);
  }

  private readonly localGender = new Map<string, Gender>();

  private genderOf(id: string): Gender | null {
    return this.registry.people.get(id)?.gender ?? this.localGender.get(id) ?? null;
  }

  private rolesOf(id: string): string[] {
    return [...(this.registry.people.get(id)?.roles ?? []), ...(this.roles.get(id) ?? [])];
  }

  private isPerson(id: string): boolean {
    return this.registry.people.get(id)?.kind !== 'organisation';
  }

  /** The organisation a capitalised run names, when the corpus has seen it speak; "The" before it is left out. */
  private organisationOf(tokens: Token[], from: number, to: number): string | null {
    const words = tokens.slice(from, to).map((t) => t.text);
    const named = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words;
    if (named.length === 0) return null;
    const ids = lookupName(this.registry, named).ids.filter((id) => !this.isPerson(id));
    return ids.length === 1 ? (ids[0] ?? null) : null;
  }

  /** "the ministry", "the company": the latest organisation named in the article whose name has that word or kind. */
  private organisationFor(head: string): string | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const entity = this.mentions[i]?.entity;
      if (entity === undefined || this.isPerson(entity)) continue;
      const words = normalizeName(this.registry.people.get(entity)?.name ?? '').split(' ');
      if (
        words.includes(head) ||
        words.some(
          (w) => ORGANISATION_CUES.get(w) !== undefined && ORGANISATION_CUES.get(w) === ORGANISATION_CUES.get(head),
        )
      )
        return entity;
    }
    return null;
  }

  read(sentences: Sentence[]): SentenceState[] {
    this.collectLocalNames(sentences);
    for (const sentence of sentences) {
      // Headings are read too (a roundup's "Smith on the budget:" names the speaker below it); only body
      // sentences leave mentions for pronouns to refer to.
      const state = this.readSentence(sentence);
      this.states.push(state);
    }
    return this.states;
  }

  private readSentence(sentence: Sentence): SentenceState {
    const { tokens } = sentence;
    const slots: Slot[] = [];
    for (const run of sentence.runs) {
      const base = {
        from: run.from,
        to: run.to,
        text: spanText(this.article, tokens, run.from, run.to),
        typo: false,
        determiner: null,
        entity: null,
        subject: false,
        resolved: false,
      };
      // An organisation known to speak ("the Health Ministry said") is a speaker like a person.
      const organisation = this.organisationOf(tokens, run.from, run.to);
      if (organisation !== null) {
        slots.push({ ...base, kind: 'name', ids: [organisation] });
        continue;
      }
      // A place is never a speaker: "Russia said" leaves the speaker unknown.
      if (run.kind === 'name' && isPlaceName(run.name.join(' '))) {
        slots.push({ ...base, kind: 'other', ids: [] });
        continue;
      }
      if (run.kind === 'name') {
        let words = run.name;
        let match = lookupName(this.registry, words);
        // A capitalised word opening the sentence is not part of the name ("Giving Rasmussen …"); a first name is.
        const opener = run.from === 0 && /(?:ing|ed|ly)$/u.test(run.name[0] ?? '');
        if (match.ids.length === 0 && opener && run.name.length > 1) {
          words = run.name.slice(1);
          match = lookupName(this.registry, words);
        }
        if (match.ids.length === 0 && words.length === 1) {
          const ids = this.byFirstName(words[0] ?? '');
          if (ids.length > 0) match = { ids, typo: false };
        }
        if (match.ids.length > 0 && words.length === 1 && this.surnameClaimedByOther(words[0] ?? '', match.ids)) {
          slots.push({ ...base, kind: 'name', ids: [] });
          continue;
        }
        if (match.ids.length > 0) {
          const name = words.join(' ');
          const forms = [name];
          if (words === run.name && run.title.length > 0 && !run.title.includes(' '))
            forms.push(`${run.title} ${name}`);
          slots.push({ ...base, kind: 'name', ids: match.ids, typo: match.typo, forms });
          continue;
        }
      }
      slots.push({ ...base, kind: run.kind === 'role' ? 'role' : 'other', ids: [] });
    }
    tokens.forEach((t, i) => {
      if (t.kind === 'word' && PRONOUN_GENDER.has(t.text.toLowerCase())) {
        slots.push({
          from: i,
          to: i + 1,
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
    });
    const subject = this.npAt(tokens, slots, this.subjectStart(tokens));
    if (subject.slot) subject.slot.subject = true;
    const cues = this.findCues(sentence, slots, subject.slot);
    for (const cue of cues) if (cue.subject) cue.subject.subject = true;
    slots.sort((a, b) => a.from - b.from);
    for (const slot of slots) this.resolve(sentence, slot);
    return { sentence, slots, cues };
  }

  /** Where the sentence's subject starts, past conjunctions and an opening adverbial ("In his speech, …"). */
  private subjectStart(tokens: Token[]): number {
    let k = 0;
    while (LEADING_CONJUNCTIONS.has(lowerAt(tokens, k)) || tokens[k]?.text === ',') k++;
    const first = lowerAt(tokens, k);
    if (CLAUSE_OPENERS.has(first) || /ing$/u.test(first)) {
      for (let j = k + 1; j < Math.min(tokens.length, k + 25); j++) {
        if (tokens[j]?.text === ',') {
          k = j + 1;
          while (LEADING_CONJUNCTIONS.has(lowerAt(tokens, k))) k++;
          return k;
        }
        if (tokens[j]?.kind === 'quote') break;
      }
    }
    return k;
  }

  private slotAt(slots: Slot[], from: number, kinds: Slot['kind'][]): Slot | undefined {
    return slots.find((s) => s.from === from && kinds.includes(s.kind));
  }

  private descSlot(slots: Slot[], tokens: Token[], from: number, to: number, determiner: string | null): Slot {
    const existing = slots.find((s) => s.from === from && s.to === to);
    if (existing) return existing;
    const slot: Slot = {
      from,
      to,
      kind: 'desc',
      text: spanText(this.article, tokens, from, to),
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

  /** The speaker phrase starting at token k: a pronoun, a (titled) name, a role, or a description. */
  private npAt(
    tokens: Token[],
    slots: Slot[],
    k: number,
  ): { slot: Slot | null; blocking: boolean; span: { from: number; to: number } | null } {
    const pronoun = this.slotAt(slots, k, ['pronoun']);
    if (pronoun) return { slot: pronoun, blocking: false, span: { from: k, to: k + 1 } };
    if (OTHER_PRONOUNS.has(lowerAt(tokens, k))) return { slot: null, blocking: true, span: { from: k, to: k + 1 } };
    const name = this.slotAt(slots, k, ['name']);
    // "said Weinstein lawyer Phyllis Kupferstein": the first name owns the role; the second speaks.
    if (name && isRoleHead(lowerAt(tokens, name.to)) && !tokens[name.to]?.capital) {
      for (let j = name.to + 1; j <= name.to + 3 && j < tokens.length; j++) {
        const speaker = this.slotAt(slots, j, ['name']);
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
    const roleRun = this.slotAt(slots, k, ['role']);
    const role = roleAfter(tokens, k);
    if (role) {
      const after = tokens[role.to]?.text === ',' ? role.to + 1 : role.to;
      const named = this.slotAt(slots, after, ['name']) ?? this.slotAt(slots, role.to, ['name']);
      if (named) return { slot: named, blocking: false, span: { from: k, to: named.to } };
      if (roleRun && roleRun.to >= role.to)
        return { slot: roleRun, blocking: false, span: { from: roleRun.from, to: roleRun.to } };
      return {
        slot: this.descSlot(slots, tokens, role.from, role.to, role.determiner),
        blocking: false,
        span: { from: role.from, to: role.to },
      };
    }
    if (roleRun) return { slot: roleRun, blocking: false, span: { from: roleRun.from, to: roleRun.to } };
    // "said central bank governor Anna Berg": plain words ending in a role noun right before a name.
    for (let j = k + 1; j <= k + 6 && j < tokens.length; j++) {
      const named = this.slotAt(slots, j, ['name']);
      if (named) {
        const role = roleBefore(tokens, j);
        if (role !== null) return { slot: named, blocking: false, span: { from: k, to: named.to } };
        break;
      }
      const t = tokens[j - 1];
      if (t?.kind !== 'word' || NON_SUBJECT_LINKS.has(t.text.toLowerCase())) break;
    }
    const other = this.slotAt(slots, k, ['other']);
    if (other) return { slot: null, blocking: true, span: { from: other.from, to: other.to } };
    // "said the ministry", "said the health ministry".
    for (let end = k + 2; end <= k + 4 && end <= tokens.length; end++) {
      if (!ORGANISATION_NOUNS.has(lowerAt(tokens, end - 1))) continue;
      const organisation = this.organisationPhrase(tokens, slots, end);
      if (organisation !== null && organisation.from === k)
        return { slot: organisation, blocking: false, span: { from: k, to: end } };
    }
    const t = tokens[k];
    if (t?.kind === 'word' && DETERMINERS.has(t.text.toLowerCase()))
      return { slot: null, blocking: true, span: { from: k, to: k + 1 } };
    return { slot: null, blocking: false, span: null };
  }

  /** The speaker phrase that ends right before token `end` (read backwards from a speech verb). */
  private npBefore(
    tokens: Token[],
    slots: Slot[],
    end: number,
  ): { slot: Slot | null; blocking: boolean; span: { from: number; to: number } | null } {
    let j = end - 1;
    for (let guard = 0; guard < 12; guard++) {
      const before = j;
      while (j >= 0 && VERB_FILLERS.has(lowerAt(tokens, j))) j--;
      // "Theodore Boutrous Jr. said": the suffix's stop belongs to the name.
      if (tokens[j]?.text === '.' && NAME_SUFFIXES.has(lowerAt(tokens, j - 1))) j--;
      if (
        j >= 1 &&
        (DAYS_MONTHS.has(lowerAt(tokens, j)) || TIME_NOUNS.has(lowerAt(tokens, j))) &&
        TIME_LEADS.has(lowerAt(tokens, j - 1))
      )
        j -= 2;
      if (j >= 1 && /^\d/u.test(tokens[j]?.text ?? '') && DAYS_MONTHS.has(lowerAt(tokens, j - 1))) j -= 1;
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
    if (t.text === ',') {
      for (let p = j - 1; p > 0; p--) {
        const tp = tokens[p];
        if (!tp || tp.kind === 'quote') break;
        if (tp.text !== ',') continue;
        // An appositive name: "Labour’s shadow chancellor, Peter Grant, said" is Peter Grant speaking.
        const named = slots.find((s) => s.kind === 'name' && s.from === p + 1 && s.to === j);
        if (named) return { slot: named, blocking: false, span: { from: named.from, to: named.to } };
        // Appositives between a name and its verb: "Lena Fischer, 19, a law student, told".
        const opener = tokens[p + 1];
        if (opener && (/^\d/u.test(opener.text) || ['a', 'an'].includes(opener.lower))) {
          const owner = slots.find((s) => s.kind === 'name' && s.to === p);
          if (owner) return { slot: owner, blocking: false, span: { from: owner.from, to: owner.to } };
          continue;
        }
        // A parenthetical between subject and verb: "Rasmussen, who took office last month, said".
        return this.npBefore(tokens, slots, p);
      }
      return { slot: null, blocking: false, span: null };
    }
    if (t.kind !== 'word') return { slot: null, blocking: false, span: null };
    const slot = slots.find((s) => s.to === j + 1 && s.kind !== 'desc');
    if (slot && (slot.kind === 'pronoun' || slot.kind === 'name' || slot.kind === 'role')) {
      // "Smith and Jones said": several speakers at once are no one person.
      const joined = lowerAt(tokens, slot.from - 1);
      if ((joined === 'and' || joined === '&') && tokens[slot.from - 2]?.kind === 'word')
        return { slot: null, blocking: true, span: { from: slot.from - 2, to: slot.to } };
      // The phrase includes a role before the name: "councillor Ana Reyes said".
      const role = slot.kind === 'name' ? roleBefore(tokens, slot.from) : null;
      return { slot, blocking: false, span: { from: role?.from ?? slot.from, to: slot.to } };
    }
    const w = t.text.toLowerCase();
    if (OTHER_PRONOUNS.has(w) && !['that', 'who', 'which'].includes(w))
      return { slot: null, blocking: true, span: { from: j, to: j + 1 } };
    if (NON_SUBJECT_LINKS.has(w) || w === 'who' || w === 'which') return { slot: null, blocking: false, span: null };
    const organisation = this.organisationPhrase(tokens, slots, j + 1);
    if (organisation !== null)
      return { slot: organisation, blocking: false, span: { from: organisation.from, to: organisation.to } };
    const role = roleBefore(tokens, j + 1);
    if (role && role.to === j + 1) {
      const named = slots.find((s) => s.kind === 'name' && s.to === role.from);
      if (named && !role.text.includes(' '))
        return { slot: named, blocking: false, span: { from: named.from, to: j + 1 } };
      return {
        slot: this.descSlot(slots, tokens, role.from, role.to, role.determiner),
        blocking: false,
        span: { from: role.from, to: role.to },
      };
    }
    return { slot: null, blocking: true, span: { from: this.phraseStart(tokens, slot ? slot.from : j), to: j + 1 } };
  }

  /** "the ministry", "the health ministry" ending right before token `end`: a description of an organisation. */
  private organisationPhrase(tokens: Token[], slots: Slot[], end: number): Slot | null {
    const head = lowerAt(tokens, end - 1);
    if (!ORGANISATION_NOUNS.has(head) || isRoleHead(head) || tokens[end - 1]?.capital) return null;
    for (let d = end - 2; d >= Math.max(0, end - 4); d--) {
      const t = tokens[d];
      if (t?.kind !== 'word') return null;
      if (t.lower === 'the') return this.descSlot(slots, tokens, d, end, 'the');
      if (!/^\p{Ll}/u.test(t.text) || isStopWord(t.lower)) return null;
    }
    return null;
  }

  /** Where a noun phrase ending at or after token k starts: back over its words to a determiner ("the ministry"). */
  private phraseStart(tokens: Token[], k: number): number {
    let from = k;
    for (let i = k - 1; i >= Math.max(0, k - 4); i--) {
      const t = tokens[i];
      if (
        t?.kind !== 'word' ||
        NON_SUBJECT_LINKS.has(t.lower) ||
        CLAUSE_JOINS.has(t.lower) ||
        isSpeechVerbAt(tokens, i)
      )
        break;
      from = i;
      if (DETERMINERS.has(t.lower)) break;
    }
    return from;
  }

  private findCues(sentence: Sentence, slots: Slot[], subject: Slot | null): Cue[] {
    const { tokens } = sentence;
    const cues: Cue[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const w = lowerAt(tokens, i);
      if (w === 'according' && lowerAt(tokens, i + 1) === 'to') {
        const np = this.npAt(tokens, slots, i + 2);
        cues.push({ verb: i, verbEnd: i + 2, np: np.span, subject: np.slot, blocking: np.blocking, inverted: true });
        continue;
      }
      if (!isSpeechVerbAt(tokens, i)) continue;
      const verbEnd = tokens[i + 1] && lowerAt(tokens, i + 1) === 'out' ? i + 2 : i + 1;
      const prev = tokens[i - 1];
      // "…," said X: the speaker follows the verb right after a quotation or at the start of the sentence.
      const afterQuote =
        prev?.kind === 'quote' || (prev?.text === ',' && tokens[i - 2]?.kind === 'quote') || prev === undefined;
      if (!afterQuote) {
        const np = this.npBefore(tokens, slots, i);
        if (np.slot !== null || np.blocking || prev?.kind === 'word') {
          cues.push({ verb: i, verbEnd, np: np.span, subject: np.slot, blocking: np.blocking, inverted: false });
          continue;
        }
        // ", calling it …", ", adding that …": a participle clause speaks for the sentence's subject.
        if (prev?.text === ',' && /ing$/u.test(w) && subject !== null) {
          cues.push({
            verb: i,
            verbEnd,
            np: { from: subject.from, to: subject.to },
            subject,
            blocking: false,
            inverted: false,
          });
          continue;
        }
        const forward = this.npAt(tokens, slots, verbEnd);
        cues.push({
          verb: i,
          verbEnd,
          np: forward.slot ? forward.span : null,
          subject: forward.slot,
          blocking: false,
          inverted: true,
        });
        continue;
      }
      const np = this.npAt(tokens, slots, verbEnd);
      cues.push({ verb: i, verbEnd, np: np.span, subject: np.slot, blocking: np.blocking, inverted: true });
    }
    return cues;
  }

  private candidates(sentenceIndex: number, token: number): Mention[] {
    const result: Mention[] = [];
    for (let s = sentenceIndex; s >= Math.max(0, sentenceIndex - REFERENCE_WINDOW); s--) {
      const here = this.mentions.filter((m) => m.sentence === s && (s < sentenceIndex || m.token < token));
      here.sort((a, b) => Number(b.subject) - Number(a.subject) || b.token - a.token);
      result.push(...here);
    }
    return result;
  }

  private resolve(sentence: Sentence, slot: Slot): void {
    if (slot.resolved) return;
    slot.resolved = true;
    if (slot.kind === 'name') {
      slot.entity = this.pickName(slot.ids);
      if (slot.entity !== null) for (const form of slot.forms ?? []) this.addTo(this.aliases, slot.entity, form);
    } else if (slot.kind === 'pronoun') {
      const gender = PRONOUN_GENDER.get(slot.text.toLowerCase());
      const found = this.candidates(sentence.index, slot.from).find((m) => {
        if (!this.isPerson(m.entity)) return false;
        const g = this.genderOf(m.entity);
        return g === null || g === gender;
      });
      slot.entity = found?.entity ?? null;
      // Once "she" has meant somebody, a later "he" in the article means somebody else.
      if (slot.entity !== null && gender !== undefined && this.genderOf(slot.entity) === null)
        this.localGender.set(slot.entity, gender);
    } else if (slot.kind === 'role' || slot.kind === 'desc') {
      slot.entity = this.resolveRole(sentence, slot);
    }
    if (slot.entity !== null && sentence.kind === 'body') {
      this.mentions.push({ entity: slot.entity, sentence: sentence.index, token: slot.from, subject: slot.subject });
    }
  }

  private pickName(ids: string[]): string | null {
    if (ids.length === 1) return ids[0] ?? null;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m && ids.includes(m.entity)) return m.entity;
    }
    const present = ids.filter((id) => this.registry.present.get(this.article.id)?.has(id));
    return present.length === 1 ? (present[0] ?? null) : null;
  }

  /** The person of the latest sentence (of the last three) that names someone: its subject, or its only person. */
  private compatibleSubject(sentence: Sentence, slot: Slot, description: string[]): string | null {
    for (let s = sentence.index; s >= Math.max(0, sentence.index - 2); s--) {
      const here = this.mentions.filter(
        (m) => m.sentence === s && (s < sentence.index || m.token < slot.from) && this.isPerson(m.entity),
      );
      if (here.length === 0) continue;
      const subjects = [...new Set(here.filter((m) => m.subject).map((m) => m.entity))];
      const everyone = [...new Set(here.map((m) => m.entity))];
      const entity = subjects.length === 1 ? subjects[0] : everyone.length === 1 ? everyone[0] : undefined;
      if (entity === undefined) return null;
      const roles = this.rolesOf(entity);
      const head = description[description.length - 1] ?? '';
      if (roles.some((r) => significantTokens(r).some((t) => sameRoleWord(head, t) || tokenMatches(head, t))))
        return entity;
      // With no role known for the subject, only when nobody else was named lately: "the coach" after
      // sentences naming two people could be either (looser, this gave wrong speakers on held-out articles).
      const lately = new Set(this.mentions.filter((m) => m.sentence >= sentence.index - 3).map((m) => m.entity));
      if (roles.length === 0 && lately.size === 1) return entity;
      // …or when that subject was the one speaking there ("Guardiola said: … ¶ “…,” the boss said"), though
      // the clause named others too: the role then continues the speaker, not the nearest name.
      const speaking = this.states[s]?.cues.some((c) => !c.blocking && c.subject?.entity === entity) ?? false;
      return roles.length === 0 && speaking && s < sentence.index ? entity : null;
    }
    return null;
  }

  private resolveRole(sentence: Sentence, slot: Slot): string | null {
    if (slot.determiner === 'a' || slot.determiner === 'an') return null;
    const words = normalizeName(slot.text).split(' ');
    const head = words[words.length - 1] ?? '';
    if (slot.determiner === 'the' && ORGANISATION_NOUNS.has(head) && !isRoleHead(head))
      return this.organisationFor(head);
    if (isPlural(head)) return null;
    const description = significantTokens(slot.text);
    if (description.length === 0) return null;
    const seen: string[] = [];
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m && !seen.includes(m.entity)) seen.push(m.entity);
    }
    let entity = seen.find((id) => this.rolesOf(id).some((r) => roleMatches(description, r))) ?? null;
    // "the former Danish prime minister, who …": a past office describes the person the story is about.
    if (entity === null && slot.kind === 'desc' && slot.determiner === 'the' && words.includes('former')) {
      entity = this.candidates(sentence.index, slot.from).find((m) => this.isPerson(m.entity))?.entity ?? null;
    }
    // "the boss said", "said the agency head": a definite role stands for the subject of the latest clause that
    // named a person whose known roles do not say otherwise — not for the nearest name.
    if (entity === null && slot.determiner === 'the' && slot.subject)
      entity = this.compatibleSubject(sentence, slot, description);
    if (entity !== null) {
      this.addTo(this.roles, entity, description.join(' '));
      const alias = slot.kind === 'role' ? slot.text.replace(/^the\s+/iu, '') : slot.text.replace(/^The\b/u, 'the');
      if (slot.determiner === null || slot.determiner === 'the') this.addTo(this.aliases, entity, alias);
    }
    return entity;
  }
}

function quotePositions(states: SentenceState[], quote: number): { state: SentenceState; index: number }[] {
  const found: { state: SentenceState; index: number }[] = [];
  for (const state of states) {
    state.sentence.tokens.forEach((t, index) => {
      if (t.kind === 'quote' && t.quote === quote) found.push({ state, index });
    });
  }
  return found;
}

const CLAUSE_JOINS = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'yet']);

/**
 * The speech verb that carries a sentence: the first one with a speaker, unless a later one opens a clause of its
 * own ("…, but Jones disagreed"); one inside reported speech ("Jones said Smith had told him") does not count.
 */
function mainCue(state: SentenceState): Cue | null {
  let kept: Cue | null = null;
  for (const cue of state.cues) {
    if (cue.subject === null && !cue.blocking) continue;
    const start = Math.min(cue.verb, cue.np?.from ?? cue.verb);
    const before = state.sentence.tokens[start - 1];
    const opensClause =
      before === undefined ||
      before.kind === 'quote' ||
      [',', ';', ':'].includes(before.text) ||
      CLAUSE_JOINS.has(before.lower);
    if (kept === null || opensClause) kept = cue;
  }
  return kept;
}

function cueText(article: Article, state: SentenceState, cue: Cue): string {
  const tokens = state.sentence.tokens;
  const from = Math.min(cue.verb, cue.np?.from ?? cue.verb);
  const to = Math.max(cue.verbEnd, cue.np?.to ?? cue.verbEnd);
  return spanText(article, tokens, from, to);
}

function fromCue(article: Article, state: SentenceState, cue: Cue, method: AttributionMethod): Attribution {
  return { speaker: cue.subject?.entity ?? null, cue: cueText(article, state, cue), method };
}

/** Attributes every quotation of one article. */
export function attributeArticle(
  article: Article,
  quotes: readonly ExtractedQuote[],
  sentences: Sentence[],
  registry: PeopleRegistry,
): ArticleAttribution {
  const reader = new ArticleReader(article, registry);
  const states = reader.read(sentences);
  const result: Attribution[] = [];
  /** Who was speaking at the end of each paragraph; absent when nobody was. */
  const paragraphSpeaker = new Map<number, string | null>();
  const byParagraph = new Map<number, number[]>();
  quotes.forEach((q, i) => {
    const p = q.paragraphs[q.paragraphs.length - 1] ?? -1;
    byParagraph.set(p, [...(byParagraph.get(p) ?? []), i]);
  });
  const unresolved: Attribution = { speaker: null, cue: null, method: 'none' };
  const done = new Map<number, Attribution>();

  const attributeQuote = (qi: number): Attribution => {
    const positions = quotePositions(states, qi);
    const first = positions[0];
    const last = positions[positions.length - 1];
    if (!first || !last) return unresolved;
    const lastTokens = last.state.sentence.tokens;
    // 1. Right after the quote: "…," said X / "…," X said.
    let k = last.index + 1;
    if (lastTokens[k]?.text === ',' || DASHES.has(lastTokens[k]?.text ?? '')) k++;
    for (const cue of last.state.cues) {
      if (cue.inverted && cue.verb === k) return fromCue(article, last.state, cue, 'after');
      // "…," the ministry said: the speaker phrase starts right after the quote.
      if (!cue.inverted && cue.np !== null && cue.np.from === k) return fromCue(article, last.state, cue, 'after');
    }
    // 2. A speech verb earlier in the sentence: X said "…" / X described it as "…".
    const before = first.state.cues.filter((c) => c.verb < first.index).sort((a, b) => b.verb - a.verb);
    for (const cue of before) {
      if (cue.subject !== null || cue.blocking) return fromCue(article, first.state, cue, 'before');
    }
    // 3. An attribution closing the sentence: … "…" and more, the minister said.
    const after = last.state.cues.filter(
      (c) => c.verb > last.index && !lastTokens.slice(last.index + 1, c.verb).some((t) => t.kind === 'quote'),
    );
    const final = after[after.length - 1];
    if (final && (final.subject !== null || final.blocking)) {
      const startOf = Math.min(final.verb, final.np?.from ?? final.verb);
      if (lastTokens[startOf - 1]?.text === ',') return fromCue(article, last.state, final, 'final');
    }
    // 4. Headlines: "…" – Rasmussen, or Rasmussen: "…".
    const dash = lastTokens[last.index + 1];
    if (dash && DASHES.has(dash.text)) {
      const slot = last.state.slots.find((s) => s.from === last.index + 2 && s.kind === 'name');
      if (slot) return { speaker: slot.entity, cue: `${dash.text} ${slot.text}`, method: 'headline' };
    }
    const firstTokens = first.state.sentence.tokens;
    if (firstTokens[first.index - 1]?.text === ':') {
      const slot = first.state.slots.find(
        (s) => s.to === first.index - 1 && (s.kind === 'name' || s.kind === 'pronoun' || s.kind === 'role'),
      );
      if (slot) return { speaker: slot.entity, cue: `${slot.text}:`, method: 'colon' };
    }
    const opensSentence = firstTokens.slice(0, first.index).every((t) => t.kind === 'punct');
    if (first.state.cues.length === 0 && last.state.cues.length === 0 && opensSentence) {
      // 5. Somebody is already speaking in this paragraph: "…," he said. "…"
      const paragraph = first.state.sentence.paragraph;
      const current = speakerBefore(paragraph, first.state.sentence.index);
      if (current) return { ...current, method: 'same-paragraph' };
      // 6. A roundup's credit: after the quote in its paragraph ("“…” Villa manager Dean Smith on the draw") or
      // as a dash line under it ("– Smith on the result").
      const inline = creditInline(last.state, last.index);
      if (inline !== null) return inline;
      const credit = creditAfter(paragraph);
      if (credit !== null) return credit;
      // 7. A quote paragraph with no attribution continues the previous paragraph's speaker.
      const paragraphCues = states.some((s) => s.sentence.paragraph === paragraph && s.cues.length > 0);
      const startsParagraph =
        states.find((s) => s.sentence.paragraph === paragraph) === first.state && first.index === 0;
      if (!paragraphCues && startsParagraph && paragraphSpeaker.has(paragraph - 1)) {
        const speaker = paragraphSpeaker.get(paragraph - 1) ?? null;
        return { speaker, cue: null, method: 'continuation' };
      }
    }
    return unresolved;
  };

  /**
   * Who is speaking at the end of the sentences of `paragraph` before sentence `before`: the main speech verb of
   * the latest sentence that has one, or the speaker of its quotes.
   */
  const speakerBefore = (paragraph: number, before: number): { speaker: string | null; cue: string | null } | null => {
    for (let i = before - 1; i >= 0; i--) {
      const state = states[i];
      if (!state || state.sentence.paragraph !== paragraph) break;
      const cue = mainCue(state);
      if (cue) return { speaker: cue.subject?.entity ?? null, cue: cueText(article, state, cue) };
      const said = state.sentence.tokens.flatMap((t) =>
        t.kind === 'quote' && t.quote !== undefined && done.has(t.quote) ? [done.get(t.quote)] : [],
      );
      const lastSaid = said[said.length - 1];
      if (lastSaid) return { speaker: lastSaid.speaker, cue: lastSaid.cue };
    }
    return null;
  };

  /**
   * A credit right after a quotation that opens its sentence: up to six words (role words, possessives) then a
   * name, no verb between ("“…” Aston Villa manager Dean Smith", "“…” Hazard's coach Ana Ruiz on the win").
   */
  const creditInline = (quoteState: SentenceState, quoteIndex: number): Attribution | null => {
    let state = quoteState;
    let k = quoteIndex + 1;
    // A quote ending in a stop closes its sentence: the credit is then the next one of the paragraph.
    if (k >= state.sentence.tokens.length) {
      const next = states[state.sentence.index + 1];
      if (!next || next.sentence.paragraph !== state.sentence.paragraph) return null;
      state = next;
      k = 0;
    }
    const tokens = state.sentence.tokens;
    if (DASHES.has(tokens[k]?.text ?? '')) k++;
    const frame = CREDIT_FRAMES.find((f) => f.every((w, i) => lowerAt(tokens, k + i) === w));
    const from = k + (frame?.length ?? 0);
    for (let j = from; j < Math.min(tokens.length, from + 7); j++) {
      const slot = state.slots.find((s) => s.kind === 'name' && s.from === j);
      // A possessive name owns the role that follows ("United's manager …"): the speaker is named after it.
      if (slot && tokens[slot.to - 1]?.possessive) {
        j = slot.to - 1;
        continue;
      }
      if (slot) {
        const next = tokens[slot.to];
        const closes =
          next === undefined ||
          next.kind === 'punct' ||
          ['on', 'after', 'about', 'before', 'when', 'following', 'in'].includes(next.lower);
        // A credited name not known as a person still stops the quote from continuing an earlier speaker.
        return closes ? { speaker: slot.entity, cue: spanText(article, tokens, k, slot.to), method: 'credit' } : null;
      }
      const t = tokens[j];
      if (t?.kind !== 'word' || isSpeechVerbAt(tokens, j)) return null;
      // Only the words of a role may stand before the credited name ("Villa manager", "the former coach"), not
      // a clause ("read the banner above Berg").
      if (
        !t.capital &&
        !t.possessive &&
        !DETERMINERS.has(t.lower) &&
        !isRoleHead(t.lower) &&
        !ROLE_MODIFIERS.has(t.lower) &&
        !TITLE_MODIFIERS.has(t.lower)
      )
        return null;
    }
    return null;
  };

  /** The speaker a dash credit line opening paragraph `after + 1` names. */
  const creditAfter = (after: number): Attribution | null => {
    const state = states.find((s) => s.sentence.paragraph === after + 1);
    const run = state ? creditRun(state.sentence) : null;
    if (!state || run === null) return null;
    const slot = state.slots.find((s) => s.kind === 'name' && s.from === run.from);
    if (!slot || slot.entity === null) return null;
    return { speaker: slot.entity, cue: spanText(article, state.sentence.tokens, 0, slot.to), method: 'credit' };
  };

  /** Who a heading ending in a colon says speaks below it: "Jones added:", "Jones on the budget:", then "On X:". */
  let headingSpeaker: string | null = null;
  const readHeading = (paragraph: number): void => {
    const state = states.find((s) => s.sentence.paragraph === paragraph);
    if (state?.sentence.tokens[state.sentence.tokens.length - 1]?.text !== ':') {
      headingSpeaker = null;
      return;
    }
    const cue = mainCue(state);
    const run = headingSpeakerRun(state.sentence);
    const named =
      run === null ? null : (state.slots.find((s) => s.kind === 'name' && s.from === run.from)?.entity ?? null);
    if (cue?.subject?.entity) headingSpeaker = cue.subject.entity;
    else if (named !== null) headingSpeaker = named;
    else if (lowerAt(state.sentence.tokens, 0) !== 'on') headingSpeaker = null;
    if (headingSpeaker !== null) paragraphSpeaker.set(paragraph, headingSpeaker);
  };

  for (const paragraph of article.paragraphs) {
    const indices = byParagraph.get(paragraph.index) ?? [];
    for (const qi of indices) done.set(qi, attributeQuote(qi));
    if (paragraph.kind === 'heading') readHeading(paragraph.index);
    if (paragraph.kind !== 'body') continue;
    const sentencesOf = states.filter((s) => s.sentence.paragraph === paragraph.index);
    const end = (sentencesOf[sentencesOf.length - 1]?.sentence.index ?? -1) + 1;
    const current = speakerBefore(paragraph.index, end);
    if (current) paragraphSpeaker.set(paragraph.index, current.speaker);
  }
  for (let i = 0; i < quotes.length; i++) result.push(done.get(i) ?? unresolved);
  return { quotes: result, aliases: reader.aliases, roles: reader.roles };
}
