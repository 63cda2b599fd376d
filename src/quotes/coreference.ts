// Coreference for attribution: whom a name, "he"/"she", a role ("the minister", "the coach") or an organisation
// noun ("the ministry") stands for — the subject of the latest clause that named someone compatible, not the nearest name.
import type { Article } from '../corpus/types.ts';
import type { Sentence } from './frames.ts';
import { AFFILIATION_NOUNS, NATIONALITY_NOUNS, sameRoleWord, UNNAMED_OPENERS } from './lexicon.ts';
import { aliasKey, normalizeName } from './match.ts';
import type { Gender } from './names.ts';
import { isAgeWord, isRoleHead } from './rolePhrases.ts';
import { ORGANISATION_CUES, ORGANISATION_NOUNS } from './organisations.ts';
import type { PeopleRegistry } from './people.ts';
import { participialOpeningEnd, POSSESSIVE_GENDER, PRONOUN_GENDER, speaksOf } from './pronouns.ts';
import { isPlural, roleMatches, significantTokens, tokenMatches } from './roleMatching.ts';
import { AUTHORED_DOCUMENTS, mainCue, type SentenceState } from './clauses.ts';
import { latestInParagraph, type Mention, type Slot } from './slots.ts';

/** Words that pick one of the people just named out by their order: "the latter", "the former". */
export const PICKING_OUT: ReadonlySet<string> = new Set(['latter', 'former']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** How many sentences back a pronoun or description looks for the person it means. */
const REFERENCE_WINDOW = 6;

export class Coreference {
  private readonly mentions: Mention[] = [];
  readonly aliases = new Map<string, string[]>();
  readonly roles = new Map<string, string[]>();
  /** The people the article gives each age ("Maya Bird, 29,"), by age: filled by the article's names. */
  readonly statedAges = new Map<string, Set<string>>();

  constructor(
    private readonly article: Article,
    private readonly registry: PeopleRegistry,
    /** The sentences read so far, shared with the reader: a role may stand for the one speaking there. */
    private readonly states: readonly SentenceState[],
  ) {}

  private addTo(map: Map<string, string[]>, id: string, value: string): void {
    const list = map.get(id) ?? [];
    if (!list.some((v) => aliasKey(v) === aliasKey(value))) list.push(value);
    map.set(id, list);
  }

  private readonly localGender = new Map<string, Gender>();

  private genderOf(id: string): Gender | null {
    return this.registry.people.get(id)?.gender ?? this.localGender.get(id) ?? null;
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

  private rolesOf(id: string): string[] {
    const unnamed = this.unnamed.get(id);
    if (unnamed !== undefined) return [unnamed.join(' ')];
    return [...(this.registry.people.get(id)?.roles ?? []), ...(this.roles.get(id) ?? [])];
  }

  isPerson(id: string): boolean {
    return this.registry.people.get(id)?.kind !== 'organisation';
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
    // "Apple said … “…,” the company said": a business noun for the one organisation named lately whose name
    // says nothing of its kind.
    if (ORGANISATION_CUES.get(head) !== 'business') return null;
    const lately = new Set(
      this.mentions.slice(-REFERENCE_WINDOW).flatMap((m) => (this.isPerson(m.entity) ? [] : [m.entity])),
    );
    const unmarked = [...lately].filter((id) =>
      normalizeName(this.registry.people.get(id)?.name ?? '')
        .split(' ')
        .every((w) => ORGANISATION_CUES.get(w) === undefined),
    );
    return lately.size === 1 && unmarked.length === 1 ? (unmarked[0] ?? null) : null;
  }

  candidates(sentenceIndex: number, token: number): Mention[] {
    const result: Mention[] = [];
    for (let s = sentenceIndex; s >= Math.max(0, sentenceIndex - REFERENCE_WINDOW); s--) {
      const here = this.mentions.filter((m) => m.sentence === s && (s < sentenceIndex || m.token < token));
      here.sort((a, b) => Number(b.subject) - Number(a.subject) || b.token - a.token);
      result.push(...here);
    }
    return result;
  }

  resolve(sentence: Sentence, slot: Slot, sentenceSlots?: readonly Slot[]): void {
    if (slot.resolved) return;
    slot.resolved = true;
    if (slot.kind === 'name') {
      slot.entity = this.pickName(slot.ids);
      if (slot.entity !== null) for (const form of slot.forms ?? []) this.addTo(this.aliases, slot.entity, form);
    } else if (slot.kind === 'pronoun') {
      const word = slot.text.toLowerCase();
      const gender = PRONOUN_GENDER.get(word) ?? POSSESSIVE_GENDER.get(word);
      // "she said after meeting the mayor": whoever the rest of the clause names as an object is not "she".
      // "Asked whether Lund would travel, he said": nor whoever an opening participial clause names.
      const opening = participialOpeningEnd(sentence.tokens);
      const others = new Set(
        (sentenceSlots ?? []).flatMap((s) =>
          (s.from > slot.from && !s.subject) || (s.to <= opening && opening < slot.from)
            ? s.entity !== null && s.kind !== 'pronoun'
              ? [s.entity]
              : []
            : [],
        ),
      );
      const found = this.candidates(sentence.index, slot.from).find((m) => {
        if (!this.isPerson(m.entity) || others.has(m.entity)) return false;
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
    // Somebody left unnamed is somebody too: "A police officer said … “…,” he said" is the officer, not the
    // person named before. The mention stays for later pronouns and roles; the slot names nobody.
    const entity = slot.entity ?? this.unnamedBy(sentence, slot);
    if (entity !== null && this.unnamed.has(entity)) slot.entity = null;
    if (entity !== null && sentence.kind === 'body') {
      this.mentions.push({ entity, sentence: sentence.index, token: slot.from, subject: slot.subject });
    }
  }

  /** Stand-ins for the people a clause brings in without a name, with the role words they were given. */
  private readonly unnamed = new Map<string, string[]>();

  /**
   * A new unnamed person when the slot is the subject of its clause and brings somebody in with a role and no name
   * ("a senior official", "one resident", "another witness"); null otherwise.
   */
  private unnamedBy(sentence: Sentence, slot: Slot): string | null {
    if (slot.kind !== 'desc' && slot.kind !== 'role') return null;
    if (!slot.subject || slot.mentionOnly === true) return null;
    const words = normalizeName(slot.text).split(' ');
    const opener = slot.determiner ?? words[0] ?? '';
    const head = words[words.length - 1] ?? '';
    if (!UNNAMED_OPENERS.has(opener) || !isRoleHead(head) || ORGANISATION_NOUNS.has(head) || isPlural(head))
      return null;
    const id = `unnamed ${sentence.index}:${slot.from}`;
    this.unnamed.set(
      id,
      significantTokens(slot.text).filter((w) => !UNNAMED_OPENERS.has(w)),
    );
    return id;
  }

  /** Of `ids`, the one named or referred to latest in the paragraph of `sentence` so far; null when none is. */
  latestInParagraph(ids: readonly string[], sentence: Sentence): string | null {
    return latestInParagraph(this.mentions, (i) => this.states[i]?.sentence.paragraph, ids, sentence);
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
  private compatibleSubject(sentence: Sentence, slot: Slot, description: string[], anyRole = false): string | null {
    for (let s = sentence.index; s >= Math.max(0, sentence.index - 2); s--) {
      const here = this.mentions.filter(
        (m) => m.sentence === s && (s < sentence.index || m.token < slot.from) && this.isPerson(m.entity),
      );
      if (here.length === 0) continue;
      const subjects = [...new Set(here.filter((m) => m.subject).map((m) => m.entity))];
      const everyone = [...new Set(here.map((m) => m.entity))];
      const entity = subjects.length === 1 ? subjects[0] : everyone.length === 1 ? everyone[0] : undefined;
      if (entity === undefined) return null;
      if (anyRole) return entity;
      const roles = this.rolesOf(entity);
      const head = description[description.length - 1] ?? '';
      if (roles.some((r) => significantTokens(r).some((t) => sameRoleWord(head, t) || tokenMatches(head, t))))
        return entity;
      // A role with nothing known to fit it: not the person its own quote speaks of ("“Ellison knew what he
      // was doing,” the prosecutor said").
      if (this.quoteSpeaksOf(sentence, entity)) return null;
      // With no role known for the subject, only when nobody else was named lately: "the coach" after
      // sentences naming two people could be either (looser, this gave wrong speakers on held-out articles).
      // Organisations named lately do not compete with a person's role ("the late Apple co-founder").
      const lately = new Set(
        this.mentions.filter((m) => m.sentence >= sentence.index - 3 && this.isPerson(m.entity)).map((m) => m.entity),
      );
      if (roles.length === 0 && lately.size === 1) return entity;
      // …or when that subject was the one speaking there ("Okafor said: … ¶ “…,” the coach said"), though
      // the clause named others too: the role then continues the speaker, not the nearest name.
      const speaking = this.states[s]?.cues.some((c) => !c.blocking && c.subject?.entity === entity) ?? false;
      return roles.length === 0 && speaking && s < sentence.index ? entity : null;
    }
    return null;
  }

  /** Whether a quote of the sentence speaks of the person rather than as them ("“He knew …,” the judge said"). */
  private quoteSpeaksOf(sentence: Sentence, entity: string): boolean {
    const person = this.registry.people.get(entity);
    const names = [person?.name ?? '', ...(person?.aliases ?? [])];
    const gender = this.genderOf(entity);
    return sentence.tokens.some(
      (t) => t.kind === 'quote' && speaksOf(this.article.text.slice(t.start, t.end), names, gender),
    );
  }

  /**
   * "the latter said", "the former told": of the people named by the latest of the last three sentences that names
   * two or more, in order, the last or the first.
   */
  private pickedOut(sentence: Sentence, slot: Slot, which: string): string | null {
    for (let s = sentence.index; s >= Math.max(0, sentence.index - 3); s--) {
      const here = this.mentions
        .filter((m) => m.sentence === s && (s < sentence.index || m.token < slot.from) && this.isPerson(m.entity))
        .sort((a, b) => a.token - b.token);
      const people = [...new Set(here.map((m) => m.entity))];
      if (people.length < 2) continue;
      return (which === 'latter' ? people[people.length - 1] : people[0]) ?? null;
    }
    return null;
  }

  /**
   * "Acme issued a statement on Monday. “…,” the statement said.": whoever the latest sentence that speaks of such
   * a document (in the last six) has speaking, or else its subject.
   */
  private authorOf(sentence: Sentence, document: string): string | null {
    for (let s = sentence.index - 1; s >= Math.max(0, sentence.index - REFERENCE_WINDOW); s--) {
      const state = this.states[s];
      if (!state?.sentence.tokens.some((t) => t.lower === document)) continue;
      return mainCue(state)?.subject?.entity ?? state.subject?.entity ?? null;
    }
    return null;
  }

  private resolveRole(sentence: Sentence, slot: Slot): string | null {
    // "a senior official", "one resident": somebody brought in unnamed, never a person named before.
    const opener = slot.determiner ?? normalizeName(slot.text).split(' ')[0] ?? '';
    if (UNNAMED_OPENERS.has(opener)) return null;
    // "his spokesman", "their lawyer": somebody else's aide, never the person named before.
    if (slot.determiner !== null && POSSESSIVE_DETERMINERS.has(slot.determiner)) return null;
    const words = normalizeName(slot.text).split(' ');
    const head = words[words.length - 1] ?? '';
    if (words.length === 2 && words[0] === 'the' && PICKING_OUT.has(head)) return this.pickedOut(sentence, slot, head);
    if (words.length === 2 && words[0] === 'the' && AUTHORED_DOCUMENTS.has(head)) return this.authorOf(sentence, head);
    // "the 71-year-old said": an age fits any person; it stands for the subject of the last clause naming one.
    const written = slot.text.split(/\s+/u);
    const lastWord = (written[written.length - 1] ?? '').toLowerCase();
    if (isAgeWord(lastWord) || NATIONALITY_NOUNS.has(lastWord) || AFFILIATION_NOUNS.has(lastWord)) {
      // "Maya Bird, 29, … the 29-year-old said": the one person the article gave that age.
      const aged = slot.determiner === 'the' ? this.statedAges.get(lastWord.split('-')[0] ?? '') : undefined;
      if (aged?.size === 1) return [...aged][0] ?? null;
      // "said the 34-year-old, who joined late": a relative clause introduces somebody; only a bare age refers
      // back, or one opening the sentence ("The 54-year-old, who coached the side, said").
      const introduced =
        sentence.tokens[slot.to]?.text === ',' && sentence.tokens[slot.to + 1]?.lower === 'who' && slot.from > 0;
      const refers = slot.determiner === 'the' && slot.subject && !introduced;
      return refers ? this.compatibleSubject(sentence, slot, [], true) : null;
    }
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
    if (
      entity === null &&
      slot.mentionOnly !== true &&
      slot.kind === 'desc' &&
      slot.determiner === 'the' &&
      words.includes('former')
    ) {
      entity = this.candidates(sentence.index, slot.from).find((m) => this.isPerson(m.entity))?.entity ?? null;
    }
    // "the boss said", "said the agency head": a definite role stands for the subject of the latest clause that
    // named a person whose known roles do not say otherwise — not for the nearest name.
    if (entity === null && slot.determiner === 'the' && slot.subject)
      entity = this.compatibleSubject(sentence, slot, description);
    if (entity !== null && !this.unnamed.has(entity)) {
      this.addTo(this.roles, entity, description.join(' '));
      const alias = slot.kind === 'role' ? slot.text.replace(/^the\s+/iu, '') : slot.text.replace(/^The\b/u, 'the');
      if (slot.determiner === null || slot.determiner === 'the') this.addTo(this.aliases, entity, alias);
    }
    return entity;
  }
}
