// Which capitalised names are people's: a title before the name, a role beside it ("NATO spokeswoman Carmen
// Romero", "Dmitry Rogozin, Russia's ambassador"), "who" after it, or a speech verb next to a full name.
import type { Sentence } from './frames.ts';
import { lowerAt } from './frames.ts';
import {
  FEMALE_PRONOUNS,
  INVERTING_SPEECH_VERBS,
  MALE_PRONOUNS,
  DAYS_MONTHS,
  PHRASAL_SPEECH_VERBS,
  SPEECH_VERBS,
  VERB_FILLERS,
} from './lexicon.ts';
import {
  genderOfWord,
  isPluralOfPeople,
  roleAfter,
  roleBefore,
  titleMarksPerson,
  type CapitalRun,
  type Gender,
} from './names.ts';
import type { GenderCue, NameEvidence } from './people.ts';
import {
  endsInOrganisationCue,
  isAcronymName,
  isOrganisationName,
  ORGANISATION_CUES,
  ORGANISATION_NOUNS,
} from './organisations.ts';
import { isPlaceName } from './places.ts';
import type { SentenceTagger } from './tagger.ts';
import type { Token } from './tokens.ts';

export function isSpeechVerbAt(tokens: Token[], i: number): boolean {
  const w = lowerAt(tokens, i);
  if (SPEECH_VERBS.has(w)) return true;
  const particle = PHRASAL_SPEECH_VERBS.get(w);
  return particle !== undefined && lowerAt(tokens, i + 1) === particle;
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Words that tie a role to the body it works for or the place it works in ("a director at Riverside Arts"). */
const ROLE_LINKS = new Set(['at', 'of', 'for', 'with', 'from', 'in', 'on']);

function speechVerbAfter(tokens: Token[], i: number): boolean {
  let k = i;
  // "Daniel Reyes Jr. said": the stop of a name suffix is not the end of the name's clause.
  if (tokens[k]?.text === '.' && NAME_SUFFIXES.has(lowerAt(tokens, k - 1))) k++;
  while (VERB_FILLERS.has(lowerAt(tokens, k))) k++;
  return isSpeechVerbAt(tokens, k);
}

/** "… according to NAME": the name after it is a source speaking. */
function accordingBefore(tokens: Token[], i: number): boolean {
  return lowerAt(tokens, i - 1) === 'to' && lowerAt(tokens, i - 2) === 'according';
}

function appositiveRole(tokens: Token[], run: CapitalRun): string | null {
  if (tokens[run.to]?.text !== ',') return null;
  // An age between the name and its role: "Lena Fischer, 19, a law student".
  const age = /^\d{1,3}$/u.test(tokens[run.to + 1]?.text ?? '') && tokens[run.to + 2]?.text === ',';
  const role = roleAfter(tokens, age ? run.to + 3 : run.to + 1);
  if (
    role === null ||
    (role.determiner !== null && role.determiner !== 'the' && role.determiner !== 'a' && role.determiner !== 'an')
  )
    return null;
  const end = pastWhere(tokens, role.to);
  const next = tokens[end];
  // An appositive closes with a comma, a sentence end, a speech verb or "who" ("Tomlin, a young boy who …").
  if (next !== undefined && next.kind === 'word' && !isSpeechVerbAt(tokens, end) && next.lower !== 'who') return null;
  return role.text.replace(/^(?:the|a|an)\s+/iu, '');
}

/** Past "at Riverside Arts", "of the Harbour Trust" after a role: where the appositive's words end. */
function pastWhere(tokens: Token[], from: number): number {
  let k = from;
  while (ROLE_LINKS.has(lowerAt(tokens, k))) {
    let j = k + 1;
    if (lowerAt(tokens, j) === 'the') j++;
    if (!tokens[j]?.capital) break;
    while (tokens[j]?.capital) j++;
    k = j;
  }
  return k;
}

function roleBeforeRun(
  tokens: Token[],
  run: CapitalRun,
  runs: readonly CapitalRun[],
): { text: string; head: string } | null {
  // "Mayor Tom Briggs of Millford": the role belongs to the person named before "of", not to the place after it.
  const link = lowerAt(tokens, run.from - 1);
  if ((link === 'of' || link === 'from') && runs.some((r) => r.kind === 'name' && r.to === run.from - 1)) return null;
  const comma = tokens[run.from - 1]?.text === ',';
  // "Russia’s ambassador to NATO, Dmitry Rogozin," is an appositive only if the name is closed off after it;
  // "After meeting the Russian president, Rasmussen said" is not.
  if (comma) {
    const next = tokens[run.to];
    if (next !== undefined && next.text !== ',' && next.kind !== 'punct') return null;
  }
  const end = comma ? run.from - 1 : run.from;
  const role = roleBefore(tokens, end);
  if (role === null) return null;
  return { text: role.text, head: role.head };
}

/** ", 45," or ", 45." right after a name: an age, as news gives it for people only. */
function statedAge(tokens: Token[], at: number): boolean {
  if (tokens[at]?.text !== ',' || !/^\d{1,3}$/u.test(tokens[at + 1]?.text ?? '')) return false;
  const age = Number(tokens[at + 1]?.text);
  const after = tokens[at + 2];
  return age > 0 && age < 120 && (after === undefined || after.kind === 'punct');
}

/** Evidence for every person-shaped name in the sentence, with role and gender when stated. */
export function nameEvidence(articleId: string, sentence: Sentence): NameEvidence[] {
  const found: NameEvidence[] = [];
  const { tokens } = sentence;
  for (const run of sentence.runs) {
    // "Northvale Council said": a name ending in an organisation's cue word is the body's, not a person's.
    if (run.kind !== 'name' || endsInOrganisationCue(run.name)) continue;
    const titled = titleMarksPerson(run);
    const before = roleBeforeRun(tokens, run, sentence.runs);
    const after = appositiveRole(tokens, run);
    // "NAME, who …", "NAME, whose …", and a full name with an age set off by commas ("Tom Hale, 45,"): people.
    const who = tokens[run.to]?.text === ',' && ['who', 'whose'].includes(lowerAt(tokens, run.to + 1));
    const aged = run.name.length >= 2 && statedAge(tokens, run.to);
    const inverted =
      (isSpeechVerbAt(tokens, run.from - 1) && (run.from - 1 === 0 || tokens[run.from - 2]?.kind !== 'word')) ||
      accordingBefore(tokens, run.from);
    // "Ann Lee, a director at Riverside Arts, said": the body after "at" closes the appositive but does not speak.
    const closesAppositive =
      tokens[run.to]?.text === ',' &&
      speechVerbAfter(tokens, run.to + 1) &&
      !ROLE_LINKS.has(lowerAt(tokens, run.from - 1));
    // "Analyst Priya Nair of Orbit Research said": the name before "of" speaks, not the body after it.
    const link = lowerAt(tokens, run.from - 1);
    const ofSomeone =
      (link === 'of' || link === 'from') && sentence.runs.some((r) => r.kind === 'name' && r.to === run.from - 1);
    // "Hugo Lind of Nordbank said": the name before "of" speaks.
    const next = lowerAt(tokens, run.to);
    const ofSomewhere =
      (next === 'of' || next === 'from') &&
      sentence.runs.some((r) => r.from === run.to + 1 && speechVerbAfter(tokens, r.to));
    const speaks =
      run.name.length >= 2 &&
      !ofSomeone &&
      (speechVerbAfter(tokens, run.to) || inverted || closesAppositive || ofSomewhere);
    // "the White House said", "the Golden Globes": a name is not written after "the" unless titled.
    const definite = lowerAt(tokens, run.from - 1) === 'the' && !titled;
    if (definite || (!titled && before === null && after === null && !who && !aged && !speaks)) continue;
    const titleRole =
      run.title.length > 0 && !/^(?:mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|prof|rev)$/iu.test(run.title)
        ? run.title
        : null;
    const role = titleRole ?? before?.text ?? after ?? null;
    let gender: Gender | null = run.headTitle !== null ? genderOfWord(run.headTitle) : null;
    if (gender === null && before !== null) gender = genderOfWord(before.head);
    found.push({ articleId, name: run.name, role, gender });
  }
  return found;
}

/** The words of a run as written, a leading "The" dropped ("The Health Ministry" -> Health Ministry). */
function runWords(tokens: Token[], run: CapitalRun): string[] {
  const words = tokens.slice(run.from, run.to).map((t) => t.text);
  return words[0]?.toLowerCase() === 'the' ? words.slice(1) : words;
}

/**
 * Organisations that speak: a capitalised name holding an organisation cue word ("the Health Ministry said",
 * "according to Acme Corp"), or a single name that speaks of itself as "it" ("Acme said its …").
 */
const ITSELF_WINDOW = 6;

/**
 * "Acme said it would …", "Acme said on Monday that its …": within a few words after the speech verb at `verb`,
 * before any other name or pronoun, the speaker is "it" — an organisation speaking of itself.
 */
export function speaksOfItself(tokens: Token[], verb: number): boolean {
  for (let k = verb + 1; k < Math.min(tokens.length, verb + 1 + ITSELF_WINDOW); k++) {
    const t = tokens[k];
    if (!t || t.kind === 'quote') return false;
    if (t.lower === 'it' || t.lower === 'its') return true;
    if (['he', 'she', 'they', 'we', 'i', 'his', 'her', 'their'].includes(t.lower)) return false;
    if (t.capital && !DAYS_MONTHS.has(t.lower)) return false;
  }
  return false;
}

export function organisationEvidence(articleId: string, sentence: Sentence): NameEvidence[] {
  const found: NameEvidence[] = [];
  const { tokens } = sentence;
  for (const run of sentence.runs) {
    const words = runWords(tokens, run);
    if (words.length === 0 || words.length > 6 || isPlaceName(words.join(' '))) continue;
    const inverted =
      (INVERTING_SPEECH_VERBS.has(lowerAt(tokens, run.from - 1)) &&
        (run.from - 1 === 0 || tokens[run.from - 2]?.kind !== 'word')) ||
      accordingBefore(tokens, run.from);
    const subject = speechVerbAfter(tokens, run.to);
    if (!subject && !inverted) continue;
    let k = run.to;
    while (VERB_FILLERS.has(lowerAt(tokens, k))) k++;
    const itself = subject && speaksOfItself(tokens, k);
    // "Police said" is a generic body, not a named one: a name needs a word of its own besides the cue.
    const ownWord = words.some((w) => !ORGANISATION_CUES.has(w.toLowerCase()));
    // "Acme Corp said"; not "Rights Council President Ana Berg said", where the person after the body speaks.
    if ((endsInOrganisationCue(words) && ownWord) || (itself && words.length === 1 && !isAcronymName(words))) {
      found.push({ articleId, name: words, role: null, gender: null, kind: 'organisation' });
    }
  }
  return found;
}

/** "Rasmussen said he would…": a pronoun after a sentence's first name, no other name between, tells its gender. */
export function genderCues(articleId: string, sentence: Sentence): GenderCue[] {
  const runs = sentence.runs.filter((r) => r.kind === 'name');
  const first = runs[0];
  if (!first || first.from > 3) return [];
  const nextRun = runs[1]?.from ?? sentence.tokens.length;
  for (let i = first.to; i < nextRun; i++) {
    const w = lowerAt(sentence.tokens, i);
    if (MALE_PRONOUNS.has(w)) return [{ articleId, name: first.name, gender: 'male' }];
    if (FEMALE_PRONOUNS.has(w)) return [{ articleId, name: first.name, gender: 'female' }];
  }
  return [];
}

const DASH_TOKENS = new Set(['–', '—', '-']);

/** A credit line opening with a dash, as roundups put under a quote: "– A combative Ann Okafor vents …". */
export function creditRun(sentence: Sentence): CapitalRun | null {
  if (!DASH_TOKENS.has(sentence.tokens[0]?.text ?? '')) return null;
  return sentence.runs.find((r) => r.kind === 'name' && r.from <= 4) ?? null;
}

/**
 * A roundup line's speaker: a full name opening the sentence, an optional bracket (team, party, country), a colon
 * and the quote: "Ana Ruiz (Rovers): “…”".
 */
export function roundupRun(sentence: Sentence): CapitalRun | null {
  const first = sentence.runs[0];
  if (first?.kind !== 'name' || first.from !== 0 || first.name.length < 2) return null;
  const { tokens } = sentence;
  let k = first.to;
  if (tokens[k]?.text === '(') {
    while (k < tokens.length && k < first.to + 8 && tokens[k]?.text !== ')') k++;
    if (tokens[k]?.text !== ')') return null;
    k++;
  }
  return tokens[k]?.text === ':' && tokens[k + 1]?.kind === 'quote' ? first : null;
}

/** A heading that names who speaks in the paragraphs under it: "Smith on the budget:". */
export function headingSpeakerRun(sentence: Sentence): CapitalRun | null {
  if (sentence.kind !== 'heading' || sentence.tokens[sentence.tokens.length - 1]?.text !== ':') return null;
  const first = sentence.runs[0];
  if (first?.kind !== 'name' || first.from !== 0 || lowerAt(sentence.tokens, first.to) !== 'on') return null;
  return first;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside', 'around']);

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
      !PLACE_PREPOSITIONS.has(lowerAt(before.tokens, r.from - 1)),
  );
  const only = names[0];
  if (names.length !== 1 || only === undefined || only.name.length > 3) return null;
  return { name: only.name, role: role.text.replace(/^(?:the)\s+/iu, '') };
}

/** Where a single capitalised word speaks: the subject of a speech verb ("Okoye said"), after one ("…," said
 * Okoye; according to Okoye), or credited by layout. */
function speakingSingleRuns(sentence: Sentence): CapitalRun[] {
  const found: CapitalRun[] = [];
  const { tokens } = sentence;
  for (const run of sentence.runs) {
    if (run.kind !== 'name' || run.name.length !== 1) continue;
    // "Mayor Tom Briggs of Millford said": the word after "of"/"from" says where the person before it is from.
    const link = lowerAt(tokens, run.from - 1);
    if ((link === 'of' || link === 'from') && tokens[run.from - 2]?.capital === true) continue;
    const inverted =
      INVERTING_SPEECH_VERBS.has(lowerAt(tokens, run.from - 1)) &&
      (run.from - 1 === 0 || tokens[run.from - 2]?.kind !== 'word');
    if (speechVerbAfter(tokens, run.to) || inverted) found.push(run);
  }
  for (const run of [creditRun(sentence), headingSpeakerRun(sentence)]) {
    if (run !== null && run.name.length === 1) found.push(run);
  }
  return found;
}

/** Parts of speech that a speaking name can never be ("Asked", "Speaking", "Then" open a clause). */
const NOT_A_NAME_TAGS = new Set(['DET', 'PRON', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'ADV', 'VERB', 'ADJ', 'NUM']);

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

function nameLike(run: CapitalRun): boolean {
  const first = run.name[0] ?? '';
  return run.kind === 'name' && run.name.length >= 2 && !/(?:ing|ed|ly)$/u.test(first);
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

/**
 * Evidence for the people of one article: each sentence's own evidence, a name credited under a quote by a
 * dash line, plus full names whose surname (or first name) alone is later the subject of a speech verb
 * ("Harbour master Grace Okoye … Okoye said").
 */
export function articleEvidence(articleId: string, sentences: Sentence[], tagger: SentenceTagger): NameEvidence[] {
  const found: NameEvidence[] = [];
  const surnames = new Set<string>();
  const singles: { sentence: Sentence; run: CapitalRun }[] = [];
  for (const [i, sentence] of sentences.entries()) {
    found.push(...nameEvidence(articleId, sentence));
    found.push(...organisationEvidence(articleId, sentence));
    const referred = referredToByRole(sentences[i - 1], sentence);
    if (referred !== null) found.push({ articleId, ...referred, gender: null });
    const credited = creditRun(sentence) ?? roundupRun(sentence);
    if (credited !== null && credited.name.length >= 2)
      found.push({ articleId, name: credited.name, role: null, gender: null });
    for (const run of speakingSingleRuns(sentence)) {
      surnames.add((run.name[0] ?? '').toLowerCase());
      singles.push({ sentence, run });
    }
  }
  const known = new Set(found.map((e) => e.name.join(' ').toLowerCase()));
  const named = new Set(
    found
      .filter((e) => e.name.length >= 2 && e.kind !== 'organisation')
      .flatMap((e) => e.name.map((w) => w.toLowerCase())),
  );
  for (const sentence of sentences) {
    for (const run of sentence.runs) {
      if (!nameLike(run)) continue;
      const name = fullNameFor(run, surnames);
      if (name === null) continue;
      const key = name.join(' ').toLowerCase();
      if (known.has(key)) continue;
      known.add(key);
      found.push({ articleId, name, role: null, gender: null });
      for (const word of name) named.add(word.toLowerCase());
    }
  }
  // A speaking word that no full name in the article accounts for is a person known by one name ("Okoro said").
  for (const { sentence, run } of singles) {
    const word = (run.name[0] ?? '').toLowerCase();
    if (named.has(word) || known.has(word)) continue;
    if (!isSpeakingPerson(sentence, run, tagger)) continue;
    known.add(word);
    found.push({ articleId, name: run.name, role: null, gender: null, alone: true });
  }
  return found;
}
