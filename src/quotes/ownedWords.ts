// Words a possessive's noun of speech brings in with "that": "her statement that “…”", "NAME's claim that “…”" are
// the owner's, whoever else the sentence names (the one rejecting the claim is not its speaker).
import { isOwnedUtterance } from './clauses.ts';
import { isStopWord } from '../corpus/stopwords.ts';
import { lowerAt } from './frames.ts';
import type { Token } from './tokens.ts';
import type { Attribution, AttributionContext, QuotePlace } from './ruleTypes.ts';

/**
 * "The court heard her statement that “the light was on”", "Okafor rejected Ruiz’s claim that “…”": a quote right
 * after the "that" of a noun of something said or written (isOwnedUtterance) goes to the noun's owner — a his or her
 * the reader resolved, or a name, role or body in the possessive. Only right after: one further on may be what the
 * sentence says of the claim ("called Ruiz’s claim that he slept through it “a fairy tale”") — unless a copula of
 * the that-clause brings it in ("over his remark that the plan was “a gift to landlords”"). Null otherwise.
 */
export function ownerOfWords(context: AttributionContext, { first }: QuotePlace): Attribution | null {
  const state = first.state;
  const tokens = state.sentence.tokens;
  const that = thatBefore(tokens, first.index);
  if (that === -1 || !isOwnedUtterance(lowerAt(tokens, that - 1))) return null;
  const owner = state.slots.find(
    (s) => s.to === that - 1 && s.entity !== null && (s.kind === 'pronoun' || tokens[s.to - 1]?.possessive === true),
  );
  if (owner === undefined || owner.entity === null) return null;
  // ("NAME dismissed her warning that “…”": a his or her the reader took for the sentence's own subject is somebody
  // else's words the subject answers, read too loosely to give.)
  // ("NAME hit out at NAME2 over his remark that …": unless a name stands right before the link to the pronoun,
  // whose remark it is.)
  if (owner.kind === 'pronoun' && owner.entity === state.subject?.entity) {
    const link = lowerAt(tokens, owner.from - 1);
    const named = state.slots.find((s) => s.kind === 'name' && s.to === owner.from - 1 && s.entity !== null);
    if (!OWNER_LINKS.has(link) || named === undefined || named.entity === owner.entity) return null;
    // (Not "apologised to NAME for his remark", "was mocked by NAME over his boast": one the subject answers to.)
    if (NOT_OWNER_LEADS.has(leadBefore(tokens, named.from))) return null;
    return {
      speaker: named.entity,
      cue: `${named.text} ${link} ${owner.text} ${tokens[that - 1]?.text ?? ''}`,
      method: 'before',
    };
  }
  return { speaker: owner.entity, cue: `${owner.text} ${tokens[that - 1]?.text ?? ''} that`, method: 'before' };
}

/** Links between a person named as an object and a possessive of theirs ("at NAME over his remark"). */
export const OWNER_LINKS: ReadonlySet<string> = new Set(['over', 'for', 'about']);

/**
 * Words before a name (past its role's words) that make it one the subject answers to or is acted on by, not the
 * one whose words the subject attacks: "apologised to NAME", "questions from NAME", "mocked by NAME".
 */
export const NOT_OWNER_LEADS: ReadonlySet<string> = new Set(['to', 'from', 'by', 'with']);

/** Most role words between such a lead and the name ("at opposition leader NAME"). */
const LEAD_ROLE_WORDS = 3;

/** The first stop word before token `from`, past at most LEAD_ROLE_WORDS other words; "" when there is none. */
function leadBefore(tokens: Token[], from: number): string {
  for (let k = from - 1; k >= Math.max(0, from - 1 - LEAD_ROLE_WORDS); k--) {
    if (tokens[k]?.kind !== 'word') return '';
    if (isStopWord(lowerAt(tokens, k))) return lowerAt(tokens, k);
  }
  return '';
}

/** Copulas that end a that-clause right before a quote they bring in ("… that the plan was “…”"). */
export const CLAUSE_COPULAS: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are']);

/** Words that open the clause's subject, a noun phrase ("that the plan was", "that their offer is"). */
export const CLAUSE_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its', 'this']);

/**
 * Most words of the clause's subject: a determiner and up to three words more ("that the town's budget plans
 * was"). A longer clause, or one of another shape, may hold its own verb: "Ruiz's claim that the scheme would pay
 * for itself was “…”" is the subject's verdict on the claim, not the claim.
 */
const CLAUSE_SUBJECT_WORDS = 4;

/**
 * The "that" right before the quote at `quote`, or the one opening a clause whose subject (a determiner, then words
 * alone, CLAUSE_SUBJECT_WORDS at most) a copula closes right before the quote (CLAUSE_COPULAS); -1 otherwise.
 */
function thatBefore(tokens: Token[], quote: number): number {
  if (lowerAt(tokens, quote - 1) === 'that') return quote - 1;
  if (!CLAUSE_COPULAS.has(lowerAt(tokens, quote - 1))) return -1;
  for (let k = quote - 2; k >= Math.max(1, quote - 2 - CLAUSE_SUBJECT_WORDS); k--) {
    if (tokens[k]?.kind !== 'word') return -1;
    if (lowerAt(tokens, k - 1) === 'that') return CLAUSE_SUBJECT_OPENERS.has(lowerAt(tokens, k)) ? k - 1 : -1;
  }
  return -1;
}
