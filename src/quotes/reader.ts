// The writer's sentences around quotations read for attribution: each sentence's speaker phrases (slots) and its
// speech verbs with their subjects (cues), resolved to people by the article's coreference as it is read.
import type { Article } from '../corpus/types.ts';
import { isSpeechVerbAt } from './evidence.ts';
import { lowerAt, type Sentence } from './frames.ts';
import { DAYS_MONTHS, DETERMINERS, PHRASAL_SPEECH_VERBS, ROLE_NOUNS, VERB_FILLERS } from './lexicon.ts';
import { normalizeName } from './match.ts';
import { isRoleHead, roleAfter, roleBefore } from './names.ts';
import { lookupName, type PeopleRegistry } from './people.ts';
import { ORGANISATION_NOUNS } from './organisations.ts';
import { isPlaceName } from './places.ts';
import { isStopWord } from '../corpus/stopwords.ts';
import type { Token } from './tokens.ts';
import { Coreference, PRONOUN_GENDER, type Slot } from './coreference.ts';

import {
  OTHER_PRONOUNS,
  NON_SUBJECT_LINKS,
  CLAUSE_OPENERS,
  LEADING_CONJUNCTIONS,
  TIME_NOUNS,
  TIME_LEADS,
  NAME_SUFFIXES,
  PLACE_LINKS,
  CLAUSE_JOINS,
  spanText,
  datelineEnd,
  documentFromLength,
  type Cue,
  type SentenceState,
} from './clauses.ts';

export class ArticleReader {
  private readonly states: SentenceState[] = [];

  /** Full names written in this article, by surname: a bare surname they share with someone else is ambiguous. */
  private readonly localNames = new Map<string, string[][]>();

  /** Whom each pronoun, role and name of the article stands for, read sentence by sentence. */
  readonly coreference: Coreference;

  constructor(
    private readonly article: Article,
    private readonly registry: PeopleRegistry,
  ) {
    this.coreference = new Coreference(article, registry, this.states);
  }

  /** Full names written in this article, by first name: "said Ann" after "Ann Okafor". */
  private readonly localFirstNames = new Map<string, string[][]>();

  /** Role nouns the article's body uses anywhere ("the coach"), for telling apart people of one surname. */
  private articleRoles = '';

  private collectLocalNames(sentences: Sentence[]): void {
    const roles = new Set<string>();
    for (const sentence of sentences)
      if (sentence.kind === 'body') for (const t of sentence.tokens) if (ROLE_NOUNS.has(t.lower)) roles.add(t.lower);
    this.articleRoles = [...roles].join(' ');
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

  /** The organisation a capitalised run names, when the corpus has seen it speak; "The" before it is left out. */
  private organisationOf(tokens: Token[], from: number, to: number): string | null {
    const words = tokens.slice(from, to).map((t) => t.text);
    const named = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words;
    if (named.length === 0) return null;
    const ids = lookupName(this.registry, named).ids.filter((id) => !this.coreference.isPerson(id));
    return ids.length === 1 ? (ids[0] ?? null) : null;
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
        if (match.ids.length > 1) {
          // "Gov. Cooper" where the corpus knows a governor and a coach called Cooper: the title tells them apart.
          const hint = roleBefore(tokens, run.from)?.text ?? '';
          const byRole = this.coreference.withRole(match.ids, `${run.title} ${hint}`);
          // …or else the roles the article speaks of anywhere ("Cooper, whose side lost …” the coach said").
          const byArticle = byRole.length === 0 ? this.coreference.withRole(match.ids, this.articleRoles) : [];
          if (byRole.length === 1) match = { ids: byRole, typo: match.typo };
          else if (byArticle.length === 1) match = { ids: byArticle, typo: match.typo };
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
    // Definite roles anywhere in the sentence ("after meeting the mayor") are mentions too, when not read yet.
    for (let i = 0; i < tokens.length; i++) {
      if (lowerAt(tokens, i) !== 'the' || slots.some((s) => s.from <= i && s.to > i)) continue;
      const role = roleAfter(tokens, i);
      if (role === null || slots.some((s) => s.from < role.to && s.to > role.from)) continue;
      const slot = this.descSlot(slots, tokens, role.from, role.to, role.determiner);
      slot.mentionOnly = true;
    }
    slots.sort((a, b) => a.from - b.from);
    // Pronouns last: the names and roles of their own clause are known by then.
    for (const slot of slots) if (slot.kind !== 'pronoun') this.coreference.resolve(sentence, slot);
    for (const slot of slots) if (slot.kind === 'pronoun') this.coreference.resolve(sentence, slot, slots);
    return { sentence, slots, cues, subject: subject.slot };
  }

  /** Where the sentence's subject starts, past conjunctions and an opening adverbial ("In his speech, …"). */
  private subjectStart(tokens: Token[]): number {
    let k = datelineEnd(tokens);
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
    // "said Marlow lawyer Jane Tessaro": the first name owns the role; the second speaks.
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
      // "Daniel Reyes Jr. said": the suffix's stop belongs to the name.
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
        // An appositive name: "the party’s finance spokesman, Tom Ledger, said" is Tom Ledger speaking.
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
    // "Chancellor Greta Vogt of Germany said": the place says where the person is from, not who speaks.
    const place = slots.find((s) => s.to === j + 1 && s.kind === 'other');
    if (place && PLACE_LINKS.has(lowerAt(tokens, place.from - 1))) {
      const owner = slots.find((s) => s.kind === 'name' && s.to === place.from - 1 && s.ids.length > 0);
      if (owner) return { slot: owner, blocking: false, span: { from: owner.from, to: j + 1 } };
    }
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

  /** "quoted X as saying": the speaker phrase between "quoted" and "as saying", when it is a person. */
  private quotedAsSaying(
    tokens: Token[],
    slots: Slot[],
    verb: number,
  ): { from: number; to: number; slot: Slot } | null {
    const np = this.npAt(tokens, slots, verb + 1);
    if (np.slot === null || np.span === null) return null;
    const as = np.span.to;
    if (lowerAt(tokens, as) !== 'as' || !['saying', 'telling'].includes(lowerAt(tokens, as + 1))) return null;
    return { from: np.span.from, to: np.span.to, slot: np.slot };
  }

  private findCues(sentence: Sentence, slots: Slot[], subject: Slot | null): Cue[] {
    const { tokens } = sentence;
    const cues: Cue[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const w = lowerAt(tokens, i);
      // "in the words of X, “…”": X speaks.
      if (w === 'words' && lowerAt(tokens, i + 1) === 'of' && lowerAt(tokens, i - 1) === 'the') {
        const np = this.npAt(tokens, slots, i + 2);
        if (np.slot !== null) {
          cues.push({ verb: i, verbEnd: i + 2, np: np.span, subject: np.slot, blocking: false, inverted: true });
          continue;
        }
      }
      if (w === 'according' && lowerAt(tokens, i + 1) === 'to') {
        // "according to a statement from X": the statement's author speaks.
        const from = i + 2 + documentFromLength(tokens, i + 2);
        const np = this.npAt(tokens, slots, from);
        cues.push({ verb: i, verbEnd: from, np: np.span, subject: np.slot, blocking: np.blocking, inverted: true });
        continue;
      }
      if (!isSpeechVerbAt(tokens, i)) continue;
      // "TASS quoted Foreign Minister X as saying": the one quoted speaks, not the agency quoting.
      const quoted = w === 'quoted' ? this.quotedAsSaying(tokens, slots, i) : null;
      if (quoted !== null) {
        cues.push({ verb: i, verbEnd: quoted.to, np: quoted, subject: quoted.slot, blocking: false, inverted: true });
        continue;
      }
      const particle = PHRASAL_SPEECH_VERBS.get(w);
      const verbEnd = particle !== undefined && lowerAt(tokens, i + 1) === particle ? i + 2 : i + 1;
      const prev = tokens[i - 1];
      // "…," said X: the speaker follows the verb right after a quotation or at the start of the sentence.
      const afterQuote =
        prev?.kind === 'quote' || (prev?.text === ',' && tokens[i - 2]?.kind === 'quote') || prev === undefined;
      if (!afterQuote) {
        // ", calling it …", ", adding that …": a participle clause speaks for the sentence's subject, whatever
        // clause stands between ("He warned of damage as the storm passes, saying …").
        if (prev?.text === ',' && /ing$/u.test(w) && subject !== null && subject.from < i) {
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
        const np = this.npBefore(tokens, slots, i);
        if (np.slot !== null || np.blocking || prev?.kind === 'word') {
          cues.push({ verb: i, verbEnd, np: np.span, subject: np.slot, blocking: np.blocking, inverted: false });
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
}
