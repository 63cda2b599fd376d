// People known by their given name: a full name the article writes once with nothing else to say it is a person's
// ("Harbour master Ines Varga has run the port …"), whose surname (or given name) it then uses alone ("Varga: “…”",
// "Ines said …"). The evidence is kept by the registry only when the maintained given-name lists know the first word
// (people.ts, givenNameGender).
import { lowerAt, type Sentence } from './frames.ts';
import { FEMALE_PRONOUNS, MALE_PRONOUNS } from './lexicon.ts';
import { isAcronym, type CapitalRun } from './names.ts';
import type { Token } from './tokens.ts';
import { isOrganisationName, ORGANISATION_NOUNS } from './organisations.ts';
import type { NameEvidence } from './people.ts';
import { isPlaceName } from './places.ts';
import { roleAfter } from './rolePhrases.ts';
import { nameShaped, opensLikeVerb } from './pronounEvidence.ts';
import { surnameWrittenFirst } from './surnameFirst.ts';
import { frontedNameStarts, invertedSubjectStart } from './topicFronts.ts';

/** Words before a capitalised word that make it a place or a body's name, not a surname ("in Varga", "the Varga"). */
const NOT_A_SURNAME_BEFORE: ReadonlySet<string> = new Set(['the', 'in', 'at', 'from', 'of', 'to', 'near']);

/** Whether a run is a full name of two or three words that may be a person's: no place, body or initials. */
export function fullNameRun(sentence: Sentence, run: CapitalRun): boolean {
  const words = run.name;
  return (
    nameShaped(run) &&
    words.length <= 3 &&
    // ("at Zhou Meiling's show": a full name owning something after "at" is still a person's.)
    (!NOT_A_SURNAME_BEFORE.has(lowerAt(sentence.tokens, run.from - 1)) ||
      sentence.tokens[run.to - 1]?.possessive === true) &&
    !words.some((w) => isAcronym(w)) &&
    !isPlaceName(words.join(' ')) &&
    !isOrganisationName(words)
  );
}

/**
 * Full names (two or three words) whose last word, or first, the article also writes alone as a name ("Varga", "Ms
 * Varga", "Varga’s"; "Ines") in a sentence with a quotation or right before one, marked `givenName` for the registry
 * to keep only when it knows the first word as a given name.
 * `known` holds the names (lower case, joined by spaces) the article already has evidence for.
 */
export function surnameReusedEvidence(
  articleId: string,
  sentences: readonly Sentence[],
  known: ReadonlySet<string>,
): NameEvidence[] {
  const alone = new Set<string>();
  // Given names written alone as the subject opening a clause ("Idrissa came from Thiès"): a city's name, which may
  // be a given name too, is more often written after a preposition ("the exit for Houston").
  const givenAlone = new Set<string>();
  const quoted = (s: Sentence | undefined): boolean => s?.tokens.some((t) => t.kind === 'quote') === true;
  sentences.forEach((sentence, i) => {
    // Only beside a quotation ("Varga: “…”", "Varga shook her head. “…”"): where the article lets the person speak.
    if (!quoted(sentence) && sentences[i + 1]?.tokens[0]?.kind !== 'quote') return;
    const { tokens } = sentence;
    for (const run of sentence.runs)
      if (run.kind === 'name' && run.name.length === 1 && !NOT_A_SURNAME_BEFORE.has(lowerAt(tokens, run.from - 1))) {
        const word = (run.name[0] ?? '').toLowerCase();
        alone.add(word);
        const opensClause = run.from === 0 || tokens[run.from - 1]?.text === ',';
        const next = tokens[run.to];
        if (opensClause && next?.kind === 'word' && !next.capital) givenAlone.add(word);
      }
  });
  const found: NameEvidence[] = [];
  const seen = new Set<string>(known);
  for (const sentence of sentences) {
    // (A heading too: "Harbour Party — Ana Ruiz-Hale" over "Ms Ruiz-Hale described it as “…”".)
    if (sentence.kind === 'title') continue;
    for (const run of sentence.runs) {
      // ("Zhou Haoran (CHN) beat …" ¶ "Zhou: “…”": a name written surname first may be known by its first word.)
      const last = (run.name[run.name.length - 1] ?? '').toLowerCase();
      const first = surnameWrittenFirst(run.name.map((w) => w.toLowerCase()));
      // ("Idrissa Fall was less amused. Idrissa came from Thiès … ¶ “…”": so may the given name be, as features do.)
      const given = run.name.length >= 2 ? (run.name[0] ?? '').toLowerCase() : '';
      const reused = alone.has(last) || (first !== null && alone.has(first)) || (given !== '' && givenAlone.has(given));
      if (!fullNameRun(sentence, run) || !reused) continue;
      const key = run.name.join(' ').toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ articleId, name: run.name, role: null, gender: null, givenName: true });
    }
  }
  return found;
}

/**
 * "Sarah Jones runs the bakery on the corner. ¶ “…”": the full name (two or three words) opening a body sentence
 * (or after a topic front, "For Sarah Jones, …", or a fronted phrase, "Among them was Sarah Jones")
 * right before a quotation that stands alone at the start of its sentence, or before a sentence a he or she opens
 * ("Sarah Jones runs the bakery. ¶ She says …"), marked `givenName` as the surnames above
 * are. The article lets the person it has just introduced speak; the registry keeps the name only when the given-name
 * lists know its first word. `known` holds the names the article already has evidence for.
 */
export function subjectBeforeQuoteEvidence(
  articleId: string,
  sentences: readonly Sentence[],
  known: ReadonlySet<string>,
): NameEvidence[] {
  const found: NameEvidence[] = [];
  sentences.forEach((sentence, i) => {
    if (sentence.kind !== 'body' || sentence.tokens.some((t) => t.kind === 'quote')) return;
    // "… ¶ “…”", or "… ¶ She says …": the next sentence is a quotation, or a he or she going on with the person.
    const following = sentences[i + 1];
    const next = following?.tokens[0];
    const subject = sentence.runs.find((r) => r.kind === 'name');
    if (subject === undefined || opensLikeVerb(subject) || !fullNameRun(sentence, subject)) return;
    const opensOn = GOING_ON_PRONOUNS.has(next?.lower ?? '');
    // ("Sarah Jones is retiring. ¶ If you shop here you know Sarah: she …": a he or she going on with the name in a
    // sentence of the writer's own, no quote in it and nobody else named first, says it is a person's whatever lists
    // know the given name — a body would be "it". Not a subject of two ("Sarah Jones and Tom Berg toured …").)
    const goesOn =
      following !== undefined &&
      !NAMED_EVENT_HEADS.has(subject.name[0]?.toLowerCase() ?? '') &&
      !following.tokens.some((t) => t.kind === 'quote') &&
      lowerAt(sentence.tokens, subject.to) !== 'and' &&
      pronounBeforeOtherName(following, subject.name);
    // ("Ann Hale still rehearses daily. The dancer, who …, will … ¶ “…”": a definite role of a person opening the
    // next sentence of the paragraph goes on with the name, and the quotation right under it is the person's.)
    const roleGoesOn =
      following?.paragraph === sentence.paragraph &&
      opensWithPersonRole(following) &&
      sentences[i + 2]?.tokens[0]?.kind === 'quote';
    if (next?.kind !== 'quote' && !opensOn && !goesOn && !roleGoesOn) return;
    // ("For Sarah Jones, the flood was the last straw.", "For baker Sarah Jones, …", "Among them was Sarah Jones":
    // the name a topic front or a fronted phrase sets up is whom the sentence is about.)
    // ("After eleven years, Sarah Jones is retiring.": so is one after an opening phrase of lower-case words.)
    const opens =
      subject.from === 0 ||
      subject.from === invertedSubjectStart(sentence.tokens) ||
      subject.from === openingPhraseEnd(sentence.tokens);
    if (!opens && !frontedNameStarts(sentence.tokens).includes(subject.from)) return;
    const key = subject.name.join(' ').toLowerCase();
    if (known.has(key)) return;
    found.push(
      goesOn
        ? { articleId, name: subject.name, role: null, gender: null }
        : { articleId, name: subject.name, role: null, gender: null, givenName: true },
    );
  });
  return found;
}

/** Words heading the name of a storm, which the writer may call "he" or "she" ("Storm Dudley … By dawn he had …"). */
export const NAMED_EVENT_HEADS: ReadonlySet<string> = new Set(['storm', 'hurricane', 'typhoon', 'cyclone']);

/** Pronouns in the sentence after a person's introduction that go on with that person ("She says …"). */
const GOING_ON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * Whether a he or she (GOING_ON_PRONOUNS) stands in a sentence before any name of it but one of the words of `name`
 * ("If you shop here, you know Halina: she …").
 */
function pronounBeforeOtherName(sentence: Sentence, name: readonly string[]): boolean {
  const other = sentence.runs.find((r) => r.kind === 'name' && !r.name.every((w) => name.includes(w)));
  const before = other?.from ?? sentence.tokens.length;
  return sentence.tokens.slice(0, before).some((t) => t.kind === 'word' && GOING_ON_PRONOUNS.has(t.lower));
}

/**
 * Whether a sentence opens with "the" and a role that its words say is a person's: "who" set off right after it,
 * or a he, she, his or her in the sentence ("The pilot, who steered her first ship at nineteen, …"). Not "The host,
 * a listed building, …" nor "The leader, unbeaten since August, …": a venue or a side holds such roles too.
 */
function opensWithPersonRole(sentence: Sentence): boolean {
  const { tokens } = sentence;
  if (lowerAt(tokens, 0) !== 'the') return false;
  const role = roleAfter(tokens, 0);
  if (role === null || ORGANISATION_NOUNS.has(role.head)) return false;
  const who = tokens[role.to]?.text === ',' && lowerAt(tokens, role.to + 1) === 'who';
  return who || tokens.some((t) => t.kind === 'word' && PERSON_PRONOUNS.has(t.lower));
}

/** Pronouns that only a person takes, in the sentence going on with a role: a man's or a woman's, no reflexive. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(
  [...MALE_PRONOUNS, ...FEMALE_PRONOUNS].filter((w) => !w.endsWith('self')),
);

/** Most tokens of a phrase of lower-case words and numbers opening a sentence before its comma ("After eleven years,"). */
const OPENING_PHRASE_TOKENS = 6;

/** Where the subject starts after such an opening phrase and its comma; -1 when the sentence opens with none. */
function openingPhraseEnd(tokens: readonly Token[]): number {
  const comma = tokens.findIndex((t, k) => k > 0 && k <= OPENING_PHRASE_TOKENS && t.text === ',');
  if (comma === -1) return -1;
  const phrase = tokens.slice(1, comma);
  return phrase.every((t) => t.kind === 'word' && !t.capital) ? comma + 1 : -1;
}
