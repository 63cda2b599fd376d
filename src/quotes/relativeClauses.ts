// Relative clauses set off by commas between a speaker and the speech verb: where the outermost one opens ("NAME,
// who chairs the committee, which oversees the plan, said"), and whom a "who" refers back to ("NAME (party), who said").
import { isRoleHead } from './rolePhrases.ts';
import { lowerAt } from './frames.ts';
import { RELATIVE_PRONOUNS } from './clauses.ts';
import { INDEFINITE_ARTICLES, PROGRESSIVE_AUXILIARIES, VERB_FILLERS } from './lexicon.ts';
import { nameBeforeAge } from './ages.ts';
import { afterPlacePreposition } from './places.ts';
import { isOrganisationName } from './organisations.ts';
import { ROLE_LINKS } from './roleEvidence.ts';
import { isSpeechVerbAt, joinedSpeechVerb } from './verbReach.ts';
import { FINITE_CLAUSE_VERBS } from './clauseWords.ts';
import { partyPlaceStart } from './names.ts';
import type { Slot } from './slots.ts';
import { openingBracketOf, type Token } from './tokens.ts';
import { OBJECT_PREPOSITIONS } from './pronounEvidence.ts';

/**
 * The comma that opens the outermost of relative clauses nested before a verb: from the comma at `p` opening
 * ", which oversees the plan,", back to ", who chairs the housing committee" when that comes right before it.
 */
export function outerRelativeComma(tokens: Token[], p: number): number {
  let at = p;
  while (RELATIVE_PRONOUNS.has(lowerAt(tokens, at + 1))) {
    let q = at - 1;
    while (q > 0 && tokens[q]?.text !== ',' && tokens[q]?.kind !== 'quote') q--;
    if (tokens[q]?.text !== ',' || !RELATIVE_PRONOUNS.has(lowerAt(tokens, q + 1))) break;
    at = q;
  }
  return at;
}

/** Most tokens a relative clause set off by commas may hold, its own commas included ("who has been with …"). */
const RELATIVE_CLAUSE_TOKENS = 25;

/**
 * The comma opening the relative clause that the comma at p may sit inside ("NAME, who has been with Lazio, Porto,
 * and Ajax, said": the comma before "who"), within RELATIVE_CLAUSE_TOKENS and before any quote; p when none does.
 */
export function relativeCommaBefore(tokens: Token[], p: number): number {
  if (RELATIVE_PRONOUNS.has(lowerAt(tokens, p + 1))) return p;
  for (let q = p - 1; q > 0 && q >= p - RELATIVE_CLAUSE_TOKENS; q--) {
    if (tokens[q]?.kind === 'quote') return p;
    if (tokens[q]?.text === ',' && RELATIVE_PRONOUNS.has(lowerAt(tokens, q + 1))) return q;
  }
  return p;
}

/** Most tokens back from a speech verb to the "who" of the relative clause it is joined to by "and". */
const RELATIVE_JOIN_TOKENS = 14;

/**
 * "…, the writer NAME, who presented the award and told the audience: “…”": the name a "who" refers back to, when
 * the speech verb at i is joined by "and" to the verb of that relative clause (joinedSpeechVerb); undefined when no
 * such clause stands before it.
 */
export function relativeJoinedSpeaker(tokens: Token[], slots: Slot[], i: number): Slot | undefined {
  for (let j = i - 2; j > 0 && j >= i - RELATIVE_JOIN_TOKENS; j--) {
    if (tokens[j]?.kind !== 'word') return undefined;
    if (tokens[j]?.lower === 'who')
      return joinedSpeechVerb(tokens, j + 1) === i ? relativeAntecedent(tokens, slots, j) : undefined;
  }
  return undefined;
}

/**
 * "NAME, who had insisted all winter that there was “…”, conceded …": the name a "who" refers back to when the speech
 * verb at i is that relative clause's own verb, past fillers between them (VERB_FILLERS: "who had long said"), no
 * form of "be" among them unless the verb is in -ing (PROGRESSIVE_AUXILIARIES); undefined when no "who" opens the
 * verb's clause.
 */
export function relativeOwnSpeaker(tokens: Token[], slots: Slot[], i: number): Slot | undefined {
  let j = i - 1;
  // ("NAME, who was described by critics as “…”": a passive's words are somebody else's; "who was saying" is hers.)
  // ("NAME, who has never called the plan “…”": nor words a negation says were never spoken.)
  const progressive = lowerAt(tokens, i).endsWith('ing');
  while (j > 0 && VERB_FILLERS.has(lowerAt(tokens, j))) {
    if (PROGRESSIVE_AUXILIARIES.has(lowerAt(tokens, j)) && !progressive) return undefined;
    if (NEGATIONS.has(lowerAt(tokens, j))) return undefined;
    j--;
  }
  if (lowerAt(tokens, j) !== 'who' || reportsOthersBefore(tokens, i)) return undefined;
  const antecedent = relativeAntecedent(tokens, slots, j);
  // ("The mother of NAME, who had told police …": the "who" may be the one the name is of.)
  return antecedent === undefined || lowerAt(tokens, antecedent.from - 1) === 'of' ? undefined : antecedent;
}

/** Words that say a verb's act did not happen ("who has never called it …", "who did not say …"). */
export const NEGATIONS: ReadonlySet<string> = new Set(['never', 'not']);

/**
 * Whether, between the speech verb at i and the next quote, the clause reports somebody else's words: another speech
 * verb ("who accused the minister of calling pensioners “…”") or a finite verb of a subject of its own ("who told the
 * committee the chief had described it as “…”"), except "there" or "it" before it ("that there was “…”").
 */
function reportsOthersBefore(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && tokens[k]?.kind !== 'quote'; k++) {
    const word = lowerAt(tokens, k);
    if (isSpeechVerbAt(tokens, k)) return true;
    if (FINITE_CLAUSE_VERBS.has(word) && !EXPLETIVE_SUBJECTS.has(lowerAt(tokens, k - 1))) return true;
    if (PERCEIVING_WORDS.has(word)) return true;
  }
  return false;
}

/** Subjects that stand for no speaker before a finite verb ("that there was “…”", "that it was “…”"). */
export const EXPLETIVE_SUBJECTS: ReadonlySet<string> = new Set(['there', 'it']);

/** Words of hearing somebody else ("who described hearing her neighbour scream “…”"). */
export const PERCEIVING_WORDS: ReadonlySet<string> = new Set(['hearing', 'heard', 'overheard', 'overhearing']);

/**
 * The name a "who" at token j refers back to: the one right before its comma, past a bracket ("NAME (party), who"), or,
 * when that is a place or the body a role is held at closing an appositive set off after a name, that name.
 */
export function relativeAntecedent(tokens: Token[], slots: Slot[], j: number): Slot | undefined {
  if (tokens[j - 1]?.text !== ',') return undefined;
  let end = j - 1;
  if (tokens[end - 1]?.text === ')') {
    const open = openingBracketOf(tokens, end - 1);
    if (open === -1) return undefined;
    end = open;
  }
  // ("State Rep. NAME, D-Brent Mills, who": past a legislator's party and place set off after the name.)
  const party = partyPlaceStart(tokens, end);
  if (party !== -1) end = party - 1;
  // ("NAME, 72, who said": past the age set off after the name; not "the mother of NAME, 34, who said", where the
  // age may be either's.)
  const aged = nameBeforeAge(tokens, slots, end);
  if (aged !== undefined && aged.to < end)
    return OBJECT_PREPOSITIONS.has(lowerAt(tokens, aged.from - 1)) ? undefined : aged;
  const closing = slots.find((s) => (s.kind === 'name' || s.kind === 'other') && s.to === end);
  // ("NAME, a crash examiner for the regional police, who told": an appositive in lower case set off after the
  // name closes right before "who"; the name it is set off after is whom the "who" is.)
  if (closing === undefined) return appositiveOwner(tokens, slots, end);
  const named = closing.kind === 'name' ? closing : undefined;
  // ("NAME, 44, a nurse from Morlaix, who said": the place closing an appositive set off after a name is not whom
  // the "who" is; "a letter from Maria Lopez, who said", with no such appositive, is Maria Lopez.)
  if (afterPlacePreposition(tokens, closing.from)) return appositiveOwner(tokens, slots, closing.from - 1) ?? named;
  // ("NAME, a hostage-talks adviser at the Institute of Tarrow, who told": nor is the body a role is held at —
  // "who" is a person.)
  // ("NAME, Director of Music, who called": nor the portfolio a role written as a title is of.)
  const link = lowerAt(tokens, closing.from - 1) === 'the' ? closing.from - 2 : closing.from - 1;
  const titled = tokens[link - 1]?.capital === true && isRoleHead(lowerAt(tokens, link - 1));
  const held = isOrganisationName(closing.text.split(' ')) || titled;
  if (held && ROLE_LINKS.has(lowerAt(tokens, link))) return appositiveOwner(tokens, slots, link + 1) ?? named;
  return named;
}

/** Most lower-case words of an appositive before the place or body it ends on ("head of the virology unit at"). */
const APPOSITIVE_WORDS = 8;

/**
 * The name an appositive is set off after, the appositive ending at token `end` (exclusive) and opening with "a" or
 * "an" or a role word: ", a nurse from", ", head of the virology unit at" after "NAME," or "NAME, 44,"; undefined
 * when no such appositive stands there.
 */
function appositiveOwner(tokens: Token[], slots: Slot[], end: number): Slot | undefined {
  for (let k = end - 1; k >= Math.max(1, end - APPOSITIVE_WORDS - 1); k--) {
    const t = tokens[k];
    if (t?.text === ',') {
      const opener = lowerAt(tokens, k + 1);
      // ("NAME, 44, a nurse", "NAME (44), a nurse": past an age set off after the name.)
      return INDEFINITE_ARTICLES.has(opener) || isRoleHead(opener) ? nameBeforeAge(tokens, slots, k) : undefined;
    }
    // (A role written as a title is no name: "NAME, Head of".)
    if (t?.kind !== 'word' || (t.capital && !isRoleHead(t.lower))) return undefined;
  }
  return undefined;
}

/**
 * Whether the quote at token `quote` stands inside a "who" clause set off after a name earlier in its sentence ("NAME,
 * who had called the festival “…,” welcomed the decision"): the verb after the clause is the name's, no verb inverted
 * after a quote.
 */
export function quoteInWhoClause(tokens: Token[], quote: number): boolean {
  for (let k = quote - 1; k > 0; k--) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'quote' || t.text === '.') return false;
    if (t.text === ',') return lowerAt(tokens, k + 1) === 'who';
  }
  return false;
}
