// A qualified role going on with the person just written about: "Finance Minister Ada Okoro defended the budget.
// “…,” the Harbour Party leader said." — a description nobody was given, standing for the subject before it.
import type { Sentence } from './frames.ts';
import { TITLE_MODIFIERS } from './lexicon.ts';
import { CAPTAINCY_TITLES, GENDER_TITLES, MEMBER_ROLES, PLAYING_POSITIONS, PORTFOLIO_WORDS } from './roleLexicon.ts';
import { fitsRoles, roleHeadWord, significantTokens } from './roleMatching.ts';
import { isRoleHead } from './rolePhrases.ts';
import type { ReferenceReader } from './roleReference.ts';
import type { Mention, Slot } from './slots.ts';

/** How many sentences back, besides the one of the subject, nobody else may be named unless the subject spoke. */
const LATELY = 3;

/**
 * Whether the definite role `description` (its significant words) goes on with `entity`, the person of sentence
 * `from`, though none of that person's known roles names it: its head is a role noun after a capitalised word
 * saying whose role it is ("the Harbour Party leader"); no word before the head names a portfolio or office (the "Transport Minister",
 * the "Deputy Leader" are posts somebody else may hold) unless the head is a member's (MEMBER_ROLES: "the Labour
 * MP" names a party), the head tells no other gender; nobody else
 * the article names holds a role it fits, and no other person was named from sentence `from` up to it; and the
 * person was speaking in sentence `from` ("Okoro said …") or nobody else was named in the LATELY sentences before —
 * or else a qualifier of the role is a word of the person's own roles and of nobody else's the article named so far.
 */
export function qualifiedRoleGoesOn(
  reader: ReferenceReader,
  sentence: Sentence,
  slot: Slot,
  description: readonly string[],
  entity: string,
  from: number,
): boolean {
  const { tokens } = sentence;
  const head = description[description.length - 1] ?? '';
  if (description.length < 2 || !isRoleHead(head)) return false;
  const post = description.slice(0, -1).some((w) => PORTFOLIO_WORDS.has(w) || TITLE_MODIFIERS.has(w));
  if (post && !MEMBER_ROLES.has(head)) return false;
  if (!tokens.slice(slot.from + 1, slot.to - 1).some((t) => t.capital)) return false;
  const gender = GENDER_TITLES.get(head);
  const own = reader.genderOf(entity);
  if (gender !== undefined && own !== null && own !== gender) return false;
  const others = [...(reader.registry.present.get(reader.article.id) ?? [])].filter(
    (id) => id !== entity && reader.isPerson(id),
  );
  const fits = (id: string): boolean => fitsRoles([...description], reader.rolesOf(id), reader.nationalitiesOf(id));
  // "Tarrow Governor NAME … ¶ “…,” added the Tarrow County chief": a qualifier of the role that one of the
  // person's own roles holds, and nobody else's named so far, says whose role it is, whoever else was named since.
  // (Somebody the article names only later is nobody it refers back to: "the Congress MP" before "Trinamool
  // Congress MP NAME" is introduced.)
  const qualifiers = description.slice(0, -1);
  const holds = (id: string): boolean =>
    reader.rolesOf(id).some((r) => significantTokens(r).some((w) => qualifiers.includes(w)));
  const before = (m: Mention): boolean => m.sentence < sentence.index || m.token < slot.from;
  const named = new Set(reader.mentions.filter(before).map((m) => m.entity));
  const namedSoFar = others.filter((id) => named.has(id) || reader.headlined.includes(id));
  if (holds(entity) && !namedSoFar.some((id) => holds(id) || fits(id))) return true;
  if (others.some(fits)) return false;
  const namedSince = (since: number): boolean =>
    reader.mentions.some((m) => m.sentence >= since && before(m) && reader.isPerson(m.entity) && m.entity !== entity);
  if (namedSince(from)) return false;
  // The one speaking there, or the only person named lately.
  const speaking = reader.states[from]?.cues.some((c) => !c.blocking && c.subject?.entity === entity) ?? false;
  return speaking || !namedSince(sentence.index - LATELY);
}

/**
 * Whether the role `description` (as written, "the" and one role noun) is one held beside every role known, `roles`:
 * a playing position beside a captaincy ("Captain NAME … ¶ “…,” the flanker said") or a captaincy beside positions ("Striker NAME …
 * the skipper said").
 */
export function heldBesideRoles(roles: readonly string[], description: string): boolean {
  // (Only a bare "the flanker": "the Wales fly-half" after "Ireland captain NAME" is a player of another side.)
  const words = description.toLowerCase().split(' ');
  if (words.length !== 2 || words[0] !== 'the') return false;
  const head = roleHeadWord(words) ?? '';
  if (roles.length === 0 || head === '') return false;
  const heads = roles.map((r) => roleHeadWord(r.toLowerCase().split(' ')) ?? '');
  return (
    (PLAYING_POSITIONS.has(head) && heads.every((h) => CAPTAINCY_TITLES.has(h))) ||
    (CAPTAINCY_TITLES.has(head) && heads.every((h) => PLAYING_POSITIONS.has(h)))
  );
}
