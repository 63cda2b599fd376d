// Whose view a sentence names without a speech verb: "It is a sentiment shared by Ann Hale, a nurse.", "The reaction
// from the council leader, Tom Berg, was swift.", "That is the view of Ann Hale, who runs the bakery:" — the person
// whose view, reaction or verdict it is speaks the quotation it brings in.
import { lowerAt } from './frames.ts';
import type { Slot } from './slots.ts';
import type { CapitalRun } from './names.ts';
import { isOrganisationName } from './organisations.ts';
import { roleBefore } from './rolePhrases.ts';
import type { Token } from './tokens.ts';
import { isSpeechVerbAt } from './verbReach.ts';

/** Nouns for what somebody thinks or answers, whose holder a link names ("the view of", "a reaction from"). */
export const VIEW_NOUNS: ReadonlySet<string> = new Set([
  'view',
  'views',
  'verdict',
  'reaction',
  'response',
  'sentiment',
  'opinion',
  'assessment',
  'feeling',
  'take',
  'answer',
  'reply',
  'conclusion',
  'message',
  'advice',
]);

/** Words linking a view noun to its holder: "the view of", "a reaction from", "a sentiment shared by". */
export const VIEW_LINKS: readonly (readonly string[])[] = [
  ['of'],
  ['from'],
  ['shared', 'by'],
  ['echoed', 'by'],
  ['voiced', 'by'],
];

/** Where the holder's phrase starts after the view noun at `noun` and its link; -1 when no link follows it. */
function holderStart(tokens: Token[], noun: number): number {
  for (const link of VIEW_LINKS)
    if (link.every((word, k) => lowerAt(tokens, noun + 1 + k) === word)) return noun + 1 + link.length;
  return -1;
}

/**
 * The name of the one whose view the sentence names after a view noun and its link: a name right there, or one set
 * off by commas after a role there ("from the council leader, Tom Berg,"). Undefined when there is none, or the
 * sentence quotes before it.
 */
export function viewHolder(tokens: Token[], slots: readonly Slot[]): Slot | undefined {
  for (let noun = 0; noun < tokens.length; noun++) {
    if (tokens[noun]?.kind === 'quote') return undefined;
    if (!VIEW_NOUNS.has(tokens[noun]?.lower ?? '')) continue;
    const start = holderStart(tokens, noun);
    if (start === -1) continue;
    const at = slots.find((s) => s.from === start || (s.from === start + 1 && lowerAt(tokens, start) === 'the'));
    if (at === undefined) return undefined;
    if (at.kind === 'name') return at.entity === null ? undefined : at;
    if (at.kind !== 'role' && at.kind !== 'desc') return undefined;
    // ("from the council leader, Tom Berg,": the name set off after the role.)
    if (tokens[at.to]?.text !== ',') return undefined;
    const named = slots.find((s) => s.kind === 'name' && s.from === at.to + 1);
    return named !== undefined && named.entity !== null ? named : undefined;
  }
  return undefined;
}

/**
 * The full name a sentence opens with after "For", perhaps after its role, set off by a comma, when a quotation
 * follows and no speech verb stands anywhere ("For graduate student Ana Ruiz, 24, who built the rig, the find was
 * “worth every cold night on the roof”"): the view is that person's, so the name is a person's even if named only
 * here — when a role stands before it or an age or "who" after its comma, and it is no body's name. (forPerson, which
 * gives the quote, passes over a verb inside a ", who …," clause; this reading of evidence takes none.)
 */
export function forViewRun(tokens: Token[], runs: readonly CapitalRun[]): CapitalRun | null {
  if (lowerAt(tokens, 0) !== 'for') return null;
  const run = runs.find((r) => r.kind === 'name' && r.name.length >= 2 && tokens[r.to]?.text === ',');
  if (run === undefined || (run.from !== 1 && (roleBefore(tokens, run.from)?.from ?? -1) !== 1)) return null;
  // ("For Castle Ferries, which …", "For Harbour Bank, the news was …": a body's view, no person's; a person comes with
  // a role before the name, or an age or "who" after its comma.)
  const setOff = tokens[run.to + 1];
  const described = run.from !== 1 || setOff?.lower === 'who' || /^\d{1,3}$/u.test(setOff?.text ?? '');
  if (isOrganisationName(run.name) || !described) return null;
  const quoteAfter = tokens.some((t, k) => k > run.to && t.kind === 'quote');
  const speech = tokens.some((t, k) => t.kind === 'word' && isSpeechVerbAt(tokens, k));
  return quoteAfter && !speech ? run : null;
}
