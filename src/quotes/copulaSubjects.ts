// The subject a sentence opens with when no speech verb names it: a name a copula identifies the opening with ("The
// guest is NAME", "That's NAME"), and a role after a place phrase opening the sentence ("By the till the baker …").
import { lowerAt } from './frames.ts';
import { DETERMINERS } from './lexicon.ts';
import { OBJECT_PREPOSITIONS } from './pronounEvidence.ts';
import { isRoleHead, roleAfter } from './rolePhrases.ts';
import type { Slot } from './slots.ts';
import type { Token } from './tokens.ts';

/** Prepositions opening a sentence with where it happens, before its subject with no comma ("At the door the baker …"). */
export const OPENING_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...['at', 'in', 'on', 'outside', 'inside', 'behind', 'by', 'from'],
]);

/** Most lower-case words of such a place after its preposition ("at the far end of the yard"). */
const OPENING_PLACE_WORDS = 6;

/**
 * Where the subject starts past a place phrase opening the sentence with no comma, when a definite role follows it
 * ("By the till the baker hands me …", "Outside the shop his wife Ann waits"): the role's determiner; `k` otherwise.
 */
export function pastOpeningPlace(tokens: Token[], k: number): number {
  if (!OPENING_PLACE_PREPOSITIONS.has(lowerAt(tokens, k))) return k;
  for (let j = k + 2; j <= k + 1 + OPENING_PLACE_WORDS; j++) {
    const t = tokens[j];
    if (t?.kind !== 'word' || t.capital) return k;
    // ("On the bench beside the manager the chairman …", "In a letter to the mayor the group …": a role after a
    // preposition is the place's object, not the subject; the subject's role has its verb right after it.)
    const objectOf =
      OBJECT_PREPOSITIONS.has(lowerAt(tokens, j - 1)) || OPENING_PLACE_PREPOSITIONS.has(lowerAt(tokens, j - 1));
    const role = lowerAt(tokens, j) === 'the' && !objectOf ? roleAfter(tokens, j) : null;
    const verb = tokens[role?.to ?? -1];
    const verbAfter = verb?.kind === 'word' && !verb.capital && !DETERMINERS.has(verb.lower);
    if (role !== null && role.to > j + 1 && isRoleHead(lowerAt(tokens, role.to - 1)) && verbAfter) return j;
  }
  return k;
}

/** Most lower-case words of a role between such a copula and the name ("That was deputy team leader NAME"). */
const COPULA_ROLE_WORDS = 3;

/** Copulas that identify the phrase opening a sentence with the name after them ("The guest is NAME"). */
export const IDENTIFYING_COPULAS: ReadonlySet<string> = new Set(['is', 'was']);

/** Words opening a sentence that stand for somebody just heard or met ("That was NAME, laughing."). */
export const DEMONSTRATIVE_OPENERS: ReadonlySet<string> = new Set(['that', 'this']);

/** Determiners that make a role opening the sentence somebody particular ("The guest", "Our host"). */
export const DEFINITE_ROLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'their']);

/**
 * The name a copula identifies the sentence's opening with, the subject the opening stands for: "The guest is NAME,
 * a retired signaller", "That is NAME, in the first of …", "That was NAME." — a definite role or description, or
 * "that"/"this", then "is"/"was" and a name closing its clause (a mark or the end after it, no possessive).
 * Undefined when the sentence does not open so.
 */
export function identifiedByCopula(
  tokens: Token[],
  slots: readonly Slot[],
  start: number,
  opening: Slot | null,
): Slot | undefined {
  let copula = -1;
  // (The subject's start passes "This …," as an opening clause; the sentence's own first word is looked at too.)
  const demonstrative = [start, 0].find((k) => DEMONSTRATIVE_OPENERS.has(lowerAt(tokens, k)));
  // ("That's NAME, peering at …": the copula may be the demonstrative's ending, the name right after it.)
  const contracted = opening === null && demonstrative !== undefined && tokens[demonstrative]?.possessive === true;
  if (opening === null && demonstrative !== undefined)
    copula = contracted ? demonstrative : roleCopulaAfter(tokens, demonstrative + 1);
  else if (
    opening !== null &&
    opening.from === start &&
    (opening.kind === 'role' || opening.kind === 'desc') &&
    DEFINITE_ROLE_DETERMINERS.has(opening.determiner ?? '')
  )
    copula = opening.to;
  if (copula === -1 || (!contracted && !IDENTIFYING_COPULAS.has(lowerAt(tokens, copula)))) return undefined;
  // ("That was deputy leader NAME, who …": the words of a role in lower case may stand before the name.)
  let at = copula + 1;
  while (at < copula + 1 + COPULA_ROLE_WORDS && tokens[at]?.kind === 'word' && tokens[at]?.capital === false) at++;
  if (at > copula + 1 && !isRoleHead(lowerAt(tokens, at - 1))) at = copula + 1;
  const name = slots.find((s) => s.kind === 'name' && s.from === at);
  if (name === undefined || tokens[name.to - 1]?.possessive === true) return undefined;
  const after = tokens[name.to];
  return after === undefined || after.kind !== 'word' ? name : undefined;
}

/** Most words of a role between a demonstrative and its copula ("This season's head coach is NAME"). */
const DEMONSTRATIVE_ROLE_WORDS = 4;

/**
 * Where the copula stands from token `k` on: right there ("That was NAME"), or after the lower-case words of a role
 * closing on its head ("This season's head coach is NAME"); -1 when neither.
 */
function roleCopulaAfter(tokens: Token[], k: number): number {
  if (IDENTIFYING_COPULAS.has(lowerAt(tokens, k))) return k;
  for (let j = k; j < k + DEMONSTRATIVE_ROLE_WORDS; j++) {
    const t = tokens[j];
    if (t?.kind !== 'word' || t.capital) return -1;
    if (IDENTIFYING_COPULAS.has(lowerAt(tokens, j + 1))) return isRoleHead(t.lower) ? j + 1 : -1;
  }
  return -1;
}

/** The words opening a cleft before the one it puts first ("it was … who"): "it" and a copula. */
export const CLEFT_OPENINGS: readonly string[][] = ['it was', 'it is'].map((o) => o.split(' '));

/** Relatives closing the phrase a cleft puts first ("it was the nurse who spoke up first"). */
export const CLEFT_RELATIVES: ReadonlySet<string> = new Set(['who', 'that']);

/**
 * Whether tokens `from` to `to` are what a cleft puts first ("…, but it was the nurse who spoke up first",
 * "It is Hale who decides"): the subject of the clause after it, whom a later he or she goes on with.
 */
export function cleftFocus(tokens: Token[], from: number, to: number): boolean {
  if (!CLEFT_RELATIVES.has(lowerAt(tokens, to))) return false;
  return CLEFT_OPENINGS.some((o) => o.every((w, j) => lowerAt(tokens, from - o.length + j) === w));
}
