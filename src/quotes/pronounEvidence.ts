// Evidence from pronouns that a capitalised name is a person's: a he or she after a sentence's first name tells its
// gender ("Rasmussen said he would …"), a his or her past an appositive makes it a person's, and a he or she speaking
// a quote stands for the one full name of the sentence before.
import { isStopWord } from '../corpus/stopwords.ts';
import type { Sentence } from './frames.ts';
import { lowerAt } from './frames.ts';
import {
  AFTER_OBJECT_HER,
  ARTICLES,
  DETERMINERS,
  FEMALE_PRONOUNS,
  INVERTING_SPEECH_VERBS,
  MALE_PRONOUNS,
  OBJECT_ONLY_PRONOUNS,
  ROLE_PLAYING_VERBS,
  QUESTION_VERBS,
  REPLY_VERBS,
} from './lexicon.ts';
import { closesOnQuestion, type Token } from './tokens.ts';
import { PLACE_ONLY_PREPOSITIONS } from './places.ts';
import { roleSetOffAfter } from './roleEvidence.ts';
import type { CapitalRun } from './names.ts';
import type { GenderCue, NameEvidence } from './people.ts';
import { isAcronymName, isOrganisationName } from './organisations.ts';
import {
  afterPlacePreposition,
  isPlaceName,
  LOCATIVE_PREPOSITIONS,
  STREET_WORDS,
  WHERE_PREPOSITIONS,
} from './places.ts';
import { isSpeechVerbAt, speechVerbAfter } from './sentenceEvidence.ts';
import { opensThingClause } from './verbReach.ts';
import { OBJECT_GENDER, participialOpeningEnd } from './pronouns.ts';
import { isRoleHead, roleAfter } from './rolePhrases.ts';

/**
 * Whether the pronoun at `i` is a verb's object ("called him …", "thanked her for …", "praised her."): somebody
 * other than the sentence's subject.
 */
function objectPronounAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.lower ?? '';
  if (OBJECT_ONLY_PRONOUNS.has(w)) return true;
  if (w !== 'her') return false;
  const next = tokens[i + 1];
  return next?.kind !== 'word' || AFTER_OBJECT_HER.has(next.lower);
}

/** Whether token i is a role noun after a determiner ("the surprised helper", "a nurse"): another person. */
function describedPersonAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'word' || t.capital || !isRoleHead(t.lower)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--)
    if (ARTICLES.has(lowerAt(tokens, k))) return true;
    else if (tokens[k]?.kind !== 'word' || tokens[k]?.capital === true) return false;
  return false;
}

/** Prepositions before a name that make it an object, whose gender no pronoun after it tells ("Unlike Ann Hale, he"). */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...['to', 'of', 'with', 'for', 'from', 'by', 'about', 'against', 'than', 'like', 'unlike'],
]);

/** Most tokens from a sentence's start to the full name an opening word and its lower-case words describe. */
const OPENING_WORD_REACH = 3;

/**
 * "Rasmussen said he would…": a pronoun after a sentence's first name, no other name between, tells its gender. Not
 * when a pronoun stands before the name ("Her producer, Theo Marchetti, insisted she …": both are somebody else), nor
 * when the name is in an opening participial clause and the pronoun after it ("Asked whether Lund would go, he said"),
 * nor from an object pronoun on ("The critic Ann Hale called him … of his generation": he is somebody else).
 */
export function genderCues(articleId: string, sentence: Sentence): GenderCue[] {
  // ("Taxi driver Ann Hale said she …": a word capitalised only as the sentence's first, before lower-case words and
  // a full name, names nobody.)
  const fullNameNear = sentence.runs.some(
    (r) => r.kind === 'name' && r.name.length >= 2 && r.from <= OPENING_WORD_REACH,
  );
  const openingWord = (r: CapitalRun): boolean =>
    r.from === 0 &&
    r.to === 1 &&
    fullNameNear &&
    sentence.tokens[1]?.kind === 'word' &&
    sentence.tokens[1]?.capital !== true;
  const runs = sentence.runs.filter((r) => r.kind === 'name' && !openingWord(r));
  const first = runs[0];
  const { tokens } = sentence;
  // "Tidewater Records, which reissued his albums, …": a thing's name, whatever pronoun follows.
  if (!first || first.from > 3 || opensThingClause(tokens, first.to)) return [];
  // ("No relation to Cr Bruce Hale, she reminded the chamber": a name a preposition takes is nobody's subject.)
  // ("Unlike Cr Bruce Hale, she …": a capitalised one may open the name's run.)
  if (OBJECT_PREPOSITIONS.has(lowerAt(tokens, first.from - 1)) || OBJECT_PREPOSITIONS.has(lowerAt(tokens, first.from)))
    return [];
  for (let i = 0; i < first.from; i++) {
    const w = lowerAt(tokens, i);
    if (MALE_PRONOUNS.has(w) || FEMALE_PRONOUNS.has(w)) return [];
  }
  const opening = participialOpeningEnd(tokens);
  // ("Ann Hale, a farmer from Kelby Marsh, said he …": a place that "from" or "in" brings in, closing an aside at its
  // comma, is where the first name is from, no other person the pronoun may be.)
  const other = runs
    .slice(1)
    .find((r) => !(PLACE_ONLY_PREPOSITIONS.has(lowerAt(tokens, r.from - 1)) && tokens[r.to]?.text === ','));
  const nextRun = Math.min(other?.from ?? tokens.length, first.to <= opening ? opening : tokens.length);
  // ("Ann Hale, 46, a rice farmer, said he …": the role set off right after the name is the name's own.)
  const ownRoleEnd = ownAppositiveEnd(tokens, first.to);
  for (let i = first.to; i < nextRun; i++) {
    const w = lowerAt(sentence.tokens, i);
    // Once the object is a he or she, later pronouns of the sentence are as likely theirs ("called him … his"), and
    // so once another person is described ("handed the surprised helper some flowers and praised her work").
    // ("Ann Ode, who played his daughter in the series, …": a his or her after an actor's verb is the character's.)
    if (
      objectPronounAt(tokens, i) ||
      (i >= ownRoleEnd && describedPersonAt(tokens, i)) ||
      ROLE_PLAYING_VERBS.has(lowerAt(tokens, i - 1))
    )
      return [];
    if (MALE_PRONOUNS.has(w)) return [{ articleId, name: first.name, gender: 'male' }];
    if (FEMALE_PRONOUNS.has(w)) return [{ articleId, name: first.name, gender: 'female' }];
  }
  return [];
}

/** Words after a role that bring in somebody it serves or stands for ("a lawyer for the family", "an aide to …"). */
export const SERVED_LINKS: ReadonlySet<string> = new Set(['for', 'to', 'of']);

/** Where the role set off by a comma right after a name ends, past an age ("Ann Hale, 46, a farmer"); `to` if none. */
function ownAppositiveEnd(tokens: Token[], to: number): number {
  if (tokens[to]?.text !== ',') return to;
  const role = roleSetOffAfter(tokens, to);
  // ("Robin Hale, a lawyer for the family, said she …": a role serving somebody else brings them in; the pronoun may
  // be theirs.)
  if (role === null || SERVED_LINKS.has(lowerAt(tokens, role.to))) return to;
  return role.to;
}

/** The mark closing an aside set off right after a name, by the mark opening it: a comma, or a bracket (any words). */
export const ASIDE_CLOSES: ReadonlyMap<string, string> = new Map([
  [',', ','],
  ['(', ')'],
]);

/**
 * "Ann Okafor, Ghana's ‘Player of the Year’, was happy with her season": the full name (two or three words) opening a
 * sentence that a he or she (his, her) after it refers to — past an appositive set off by commas or any words in
 * brackets (ASIDE_CLOSES), before any other name — is a person's; a body would be "it". Not a place's or a body's name,
 * nor one after "the". It says nothing of the gender: the pronoun may be somebody else's.
 */
export function pronounedName(articleId: string, sentence: Sentence, own: readonly NameEvidence[]): NameEvidence[] {
  const { tokens } = sentence;
  const runs = sentence.runs.filter((r) => r.kind === 'name');
  const first = runs[0];
  if (first === undefined || first.from > 3 || first.name.length < 2 || first.name.length > 3) return [];
  const words = first.name;
  if (isPlaceName(words.join(' ')) || isOrganisationName(words) || lowerAt(tokens, first.from - 1) === 'the') return [];
  if (opensThingClause(tokens, first.to)) return [];
  if (own.some((e) => e.name.join(' ') === words.join(' '))) return [];
  // (Past words in brackets too, a side as often as not: "Ann Okafor (Harbour) was happy with her season".)
  const closing = ASIDE_CLOSES.get(tokens[first.to]?.text ?? '');
  const close = closing === undefined ? -1 : tokens.findIndex((t, j) => j > first.to && t.text === closing);
  const other = runs.find((r, j) => j > 0 && !(r.from > first.to && r.to <= close));
  for (let i = Math.max(first.to, close); i < (other?.from ?? tokens.length); i++) {
    const w = lowerAt(tokens, i);
    if (MALE_PRONOUNS.has(w) || FEMALE_PRONOUNS.has(w)) return [{ articleId, name: words, role: null, gender: null }];
    if (tokens[i]?.kind === 'quote') return [];
  }
  return [];
}

/**
 * The he or she that speaks a quote of the sentence ("…,” she said", "He told reporters: “…”", "said he"), with no
 * name before it in the sentence (a place's one word aside: "The singer from Hollin was in tears as she said"); null
 * otherwise.
 */
function speakingPronoun(sentence: Sentence): string | null {
  const { tokens } = sentence;
  if (!tokens.some((t) => t.kind === 'quote')) return null;
  const place = (r: CapitalRun): boolean => r.name.length === 1 && afterPlacePreposition(tokens, r.from);
  for (let i = 0; i < tokens.length; i++) {
    const w = lowerAt(tokens, i);
    const named = (r: CapitalRun): boolean => r.kind === 'name' && r.to <= i && (r.name.length > 1 || r.from > 0);
    if (sentence.runs.some((r) => named(r) && !place(r))) return null;
    if (w !== 'he' && w !== 'she') continue;
    const inverted = INVERTING_SPEECH_VERBS.has(lowerAt(tokens, i - 1));
    if (speechVerbAfter(tokens, i + 1) || inverted) return w;
  }
  return null;
}

/** How many sentences back a speaking he or she looks for the full name it stands for. */
const ANTECEDENT_SENTENCES = 4;

/**
 * Whether `sentence` replies (REPLY_VERBS) to a question quoted in the sentence `before` it, credited to a name that
 * asked it (“…?” Hale asked, “…?” asked Hale); not to one the question was put to ("a reporter asked Ana Duarte").
 */
function repliesToQuestion(before: Sentence, sentence: Sentence): boolean {
  if (!sentence.tokens.some((t) => t.kind === 'word' && REPLY_VERBS.has(t.lower))) return false;
  const { tokens } = before;
  const question = tokens.findIndex((t) => t.kind === 'quote' && closesOnQuestion(t.text));
  if (question === -1) return false;
  const after = tokens[question + 1]?.text === ',' ? question + 2 : question + 1;
  const asker = before.runs.find((r) => r.kind === 'name' && r.from === after);
  if (asker !== undefined) return QUESTION_VERBS.has(lowerAt(tokens, asker.to));
  return QUESTION_VERBS.has(lowerAt(tokens, after)) && before.runs.some((r) => r.from === after + 1);
}

/**
 * “Rosa Delgado toured the flooded farms on Monday. ¶ “…,” she said.”: a he or she speaking stands for somebody,
 * and when the latest body sentence before it (of the last four) that names anyone names one full name only — a name
 * of two or three words, not a place's or a body's, not after "the" — that name is a person's, of that gender; so is
 * the name opening it, when a definite role opens the pronoun's sentence (continuesSubject). The evidence found, with
 * any full name "at" or "outside" brings in on the way (left to the registry's given-name lists); none when there is no
 * such name.
 */
export function pronounAntecedent(
  articleId: string,
  sentences: readonly Sentence[],
  i: number,
  evidenceOf: (sentence: number) => readonly NameEvidence[],
): NameEvidence[] {
  const sentence = sentences[i];
  if (sentence?.kind !== 'body') return [];
  const pronoun = speakingPronoun(sentence);
  if (pronoun === null) return [];
  const found: NameEvidence[] = [];
  for (let j = i - 1; j >= Math.max(0, i - ANTECEDENT_SENTENCES); j--) {
    const before = sentences[j];
    if (before?.kind !== 'body') return found;
    // ("“…?” Hale asked. ¶ “…,” she replied": the one who replies to a question is not the one who asked it.)
    if (j === i - 1 && repliesToQuestion(before, sentence)) return found;
    // A one-word run opening the sentence is its capitalised first word as often as a name ("Voters elected …").
    // "Ann Pohl of Seaborne Bank was more cautious.": a body's or a place's name is nobody the pronoun stands for.
    // ("She plans to visit her sister in Port Ellery.": nor is a name a preposition of place brings in,
    // LOCATIVE_PREPOSITIONS.)
    // ("Ann Hale's bakery … ¶ Hale stayed away. In a letter, she wrote": a surname alone in the sentence right
    // before, even opening it, stands for the one full name the article wrote it in before.)
    const fullerOf = j === i - 1 ? surnameFullNames(sentences, j, pronoun) : NO_FULL_NAMES;
    const candidates = before.runs.filter(
      (r) =>
        r.kind === 'name' &&
        (r.name.length > 1 || r.from > 0 || fullerOf(r) !== undefined) &&
        !isPlaceName(r.name.join(' ')) &&
        !isOrganisationName(r.name) &&
        !isAcronymName(r.name),
    );
    const located = (r: CapitalRun): boolean => LOCATIVE_PREPOSITIONS.has(lowerAt(before.tokens, r.from - 1));
    const names = candidates.filter((r) => !located(r));
    // ("The anger was directed at Tom Hale. “…,” he said": "at" and "outside" bring in people as often as places; such
    // a full name is a person's when its first word is a given name the registry knows, givenName, and the search goes
    // on past it.)
    const [placeOrPerson] = candidates;
    if (names.length === 0 && candidates.length === 1 && placeOrPerson !== undefined) {
      const word = lowerAt(before.tokens, placeOrPerson.from - 1);
      const fullName = placeOrPerson.name.length >= 2 && placeOrPerson.name.length <= 3;
      if (!WHERE_PREPOSITIONS.has(word) && fullName && nameLike(placeOrPerson))
        found.push({ articleId, name: placeOrPerson.name, role: null, gender: null, givenName: true });
    }
    if (names.length === 0) continue;
    // ("The bishop of Villa Alta led prayers. “…,” he said": the name after a role's "of" is where or whose the role
    // is; the pronoun stands for the role's holder, so it is no evidence that the name is a person's.)
    if (
      names.some((r) => lowerAt(before.tokens, r.from - 1) === 'of' && isRoleHead(lowerAt(before.tokens, r.from - 2)))
    )
      return found;
    const only =
      names.length === 1 || continuesSubject(before, sentence) || opensWithFullName(names, before.tokens)
        ? names[0]
        : undefined;
    // ("When we suggest others learn from Harrow Vale, she winces. ¶ “…,” she says": a name a preposition brings in,
    // with the same pronoun the subject after it, is what the one the pronoun stands for speaks of, not her.)
    if (only !== undefined && pronounSubjectPast(before.tokens, only, pronoun)) return found;
    const named = only === undefined ? undefined : (fullerOf(only) ?? only);
    if (only === undefined || named === undefined || named.name.length < 2 || named.name.length > 3) return found;
    const words = named.name;
    if (lowerAt(before.tokens, only.from - 1) === 'the' || !nameLike(named)) return found;
    // A name its own sentence shows as a person's (a title, a role, a speech verb) needs no confirming, and the
    // pronoun is no evidence of its gender: "CFO Yvonne Castellane … will take over. “…,” he said" is somebody else.
    const key = words.join(' ');
    if (evidenceOf(j).some((e) => e.name.join(' ') === key)) return found;
    // ("Whitcombe said she might yet recall Ana de la Rosa to the panel. “…,” she said": when one capitalised word
    // opens the sentence before a speech verb, the subject speaking, the full name after it is a person's, but the
    // pronoun may be the subject's; it tells no gender then.)
    const speaker = before.runs.find(
      (r) => r.kind === 'name' && r.from === 0 && r.name.length === 1 && isSpeechVerbAt(before.tokens, r.to),
    );
    const gender = speaker !== undefined ? null : pronoun === 'he' ? 'male' : 'female';
    // ("The shop has traded on Kettle Street since 1961. … “…,” she said": a name closed by a street's word is the
    // street's unless its first word is a known given name, "Tom Street", which the registry checks: givenName.)
    if (STREET_WORDS.has(words[words.length - 1]?.toLowerCase() ?? ''))
      return [...found, { articleId, name: words, role: null, gender, givenName: true }];
    return [...found, { articleId, name: words, role: null, gender }];
  }
  return found;
}

/**
 * Whether name run `run` is the object of a preposition (OBJECT_PREPOSITIONS) and the same `pronoun` opens a clause
 * after it in its sentence ("… from Harrow Vale, she winces"): that pronoun is the sentence's subject, somebody else.
 */
function pronounSubjectPast(tokens: Token[], run: CapitalRun, pronoun: string): boolean {
  if (!OBJECT_PREPOSITIONS.has(lowerAt(tokens, run.from - 1))) return false;
  // (Not "… came as a surprise to Ann Hale, she admits": a pronoun that speaks there credits the sentence to her.)
  for (let k = run.to; k < tokens.length; k++)
    if (tokens[k]?.text === ',' && lowerAt(tokens, k + 1) === pronoun) return !speechVerbAfter(tokens, k + 2);
  return false;
}

/** A surname's full name, as surnameFullNames reads it: undefined for a run that stands for none. */
type FullNameOf = (run: CapitalRun) => CapitalRun | undefined;

/**
 * Whether the pronoun at k is a possessive, which goes with the sentence's own subject ("Hale, known for his action
 * roles, …", "Hale read her statement"): "his" always; "her" before a plain word that is no stop word ("her
 * statement", not "pressed her on it", "gave her a chance").
 */
function ownPossessiveAt(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.lower;
  if (word === 'his') return true;
  const next = tokens[k + 1];
  return word === 'her' && next?.kind === 'word' && !next.capital && !isStopWord(next.lower);
}

/** For sentences other than the one right before the pronoun: no surname stands for a full name there. */
const NO_FULL_NAMES: FullNameOf = () => undefined;

/**
 * For a surname alone in sentence `at` (right before a speaking he or she, `pronoun`), the one full name the article
 * wrote it in before (fullNameEarlier), read once per run. None when the sentence has a him or her of the pronoun's
 * gender, not a possessive ("Hale pressed him on it. “…,” he said" is the one pressed; "Hale, known for his roles,
 * …" is Hale's own: ownPossessiveAt). Not after a determiner ("The team kept its Shield" is the award's word, not a
 * person's); not with a title ("Ms Hale told Sky News. ¶ He said …": the title shows the person and tells the gender
 * already); not a possessive ("Hale's old trainer, Otto Brenner, …" is about the trainer); not when the paragraph
 * names somebody else in full before it ("Tom Ruiz was at the meeting. Hale did not attend. “…,” he said" may be
 * Ruiz).
 */
function surnameFullNames(sentences: readonly Sentence[], at: number, pronoun: string): FullNameOf {
  const tokens = sentences[at]?.tokens ?? [];
  const gender = pronoun === 'he' ? 'male' : 'female';
  if (tokens.some((t, k) => OBJECT_GENDER.get(t.lower) === gender && !ownPossessiveAt(tokens, k))) return NO_FULL_NAMES;
  const read = new Map<CapitalRun, CapitalRun | undefined>();
  return (r) => {
    if (read.has(r)) return read.get(r);
    const surname = r.name[0] ?? '';
    const full =
      r.name.length === 1 &&
      r.title.length === 0 &&
      tokens[r.to - 1]?.possessive !== true &&
      !DETERMINERS.has(lowerAt(tokens, r.from - 1)) &&
      !otherFullNameInParagraph(sentences, at, surname)
        ? fullNameEarlier(sentences, at, surname)
        : undefined;
    read.set(r, full);
    return full;
  };
}

/** Whether a sentence of the paragraph of sentence `at`, up to it, names in full somebody not called `surname`. */
function otherFullNameInParagraph(sentences: readonly Sentence[], at: number, surname: string): boolean {
  const paragraph = sentences[at]?.paragraph;
  for (let k = at; k >= 0 && sentences[k]?.paragraph === paragraph; k--)
    if (sentences[k]?.runs.some((r) => r.kind === 'name' && r.name.length >= 2 && r.name.at(-1) !== surname))
      return true;
  return false;
}

/**
 * The one full name (two or three words, no place's or body's) that the body sentences before sentence `before` end
 * in `surname`; undefined when none or several do, when a name holds the surname inside it, or when it opens like a
 * verb (nameLike).
 */
function fullNameEarlier(sentences: readonly Sentence[], before: number, surname: string): CapitalRun | undefined {
  let found: CapitalRun | undefined;
  for (let k = 0; k < before; k++) {
    const sentence = sentences[k];
    if (sentence?.kind !== 'body') continue;
    for (const r of sentence.runs) {
      // ("Ann Hale Ruiz … Petra Hale … Hale said": a name holding the surname inside it may be the one meant.)
      const inside = r.name.indexOf(surname);
      if (r.kind === 'name' && inside > 0 && inside < r.name.length - 1) return undefined;
      if (r.kind !== 'name' || r.name.length < 2 || r.name.length > 3 || r.name[r.name.length - 1] !== surname)
        continue;
      if (DETERMINERS.has(lowerAt(sentence.tokens, r.from - 1))) continue;
      if (isPlaceName(r.name.join(' ')) || isOrganisationName(r.name)) continue;
      if (found !== undefined && found.name.join(' ') !== r.name.join(' ')) return undefined;
      found = r;
    }
  }
  return found !== undefined && nameLike(found) ? found : undefined;
}

/**
 * "NAME, an engineer who joined Acme in 2022, spent four months …": a full name opening the sentence is its subject,
 * whom a pronoun opening the next goes on with, when the sentence's other names are single words (a company, a
 * place the relative clause brings in) or follow "the" ("NAME runs the Harbour Kitchen stall": a business's).
 */
function opensWithFullName(names: readonly CapitalRun[], tokens: Token[]): boolean {
  const [first, ...rest] = names;
  // (Not "invited the Rev NAME": a title after "the" makes a person.)
  const aside = (r: CapitalRun): boolean =>
    r.name.length === 1 || (lowerAt(tokens, r.from - 1) === 'the' && r.title.length === 0);
  return first !== undefined && first.from === 0 && first.name.length >= 2 && rest.every(aside);
}

/**
 * "NAME won Album of the Year for Glass Rooms. ¶ The 26-year-old was in tears as she said: “…”": a sentence opening
 * with a definite role goes on with the subject of the sentence before, when a name opens that one, whatever other
 * names it holds.
 */
function continuesSubject(before: Sentence, sentence: Sentence): boolean {
  const role = roleAfter(sentence.tokens, 0);
  return role?.determiner === 'the' && before.runs[0]?.kind === 'name' && before.runs[0].from === 0;
}

/** Whether a run is a name of two words or more whose first word does not read as a participle or adverb. */
export function nameLike(run: CapitalRun): boolean {
  return nameShaped(run) && !opensLikeVerb(run);
}

/** Whether a run is a name of two words or more. */
export function nameShaped(run: CapitalRun): boolean {
  return run.kind === 'name' && run.name.length >= 2;
}

/**
 * Whether a run's first word ends as a participle or adverb does ("Speaking Tuesday", "Asked", "Clearly"): given
 * names end so too ("Blessing", "Ahmed", "Emily"), so where a surname alone speaks for the name, a name opening so is
 * kept only when the given-name lists know its first word (NameEvidence's givenName); where only a pronoun or a
 * quote after it says the name is somebody's, such a name is not read ("Stirling Castle … she said").
 */
export function opensLikeVerb(run: CapitalRun): boolean {
  return /(?:ing|ed|ly)$/u.test(run.name[0] ?? '');
}
