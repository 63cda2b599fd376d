// A roundup heading's label word after a name ("Ana Ruiz Reaction", "Coach Ode Reaction"): it is no part of the name,
// and it says the section under it is that person's, as "What NAME said" does.
import { capitalRuns, type CapitalRun } from './names.ts';
import { isOrganisationName } from './organisations.ts';
import type { Token } from './tokens.ts';

/**
 * Words a roundup writes after a speaker's name to head their section: "Ana Ruiz Reaction". (Not "verdict": a court
 * report's "NAME Verdict" is the verdict on NAME.)
 */
export const NAME_LABEL_WORDS: ReadonlySet<string> = new Set(['reaction', 'reactions']);

/** Last words of a heading's run that make it a group's, not a person's ("Marsh Family Reaction", "Vale Fans Reaction"). */
export const GROUP_WORDS: ReadonlySet<string> = new Set([
  'family',
  'fans',
  'camp',
  'club',
  'team',
  'squad',
  'supporters',
]);

/**
 * Whether a heading's last run is a name closing right before its label word that may be a person's: no body's and
 * no group's.
 */
function personBeforeLabel(run: CapitalRun | undefined, tokens: readonly Token[]): run is CapitalRun {
  if (run?.kind !== 'name' || run.to !== tokens.length - 1) return false;
  return !isOrganisationName(run.name) && !GROUP_WORDS.has((run.name[run.name.length - 1] ?? '').toLowerCase());
}

/** Whether a heading's tokens close with a capitalised label word (NAME_LABEL_WORDS) right after a word. */
function closesWithLabel(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  return last?.kind === 'word' && last.capital && NAME_LABEL_WORDS.has(last.lower) && before?.kind === 'word';
}

/**
 * A heading's capitalised runs with a closing label word left out of the name it would run into ("Captain Ana Ruiz
 * Reaction" → "Captain Ana Ruiz"), when the words before it read as a name and no body's or group's; the runs as read
 * otherwise.
 */
export function headingRuns(tokens: Token[], runs: CapitalRun[]): CapitalRun[] {
  if (!closesWithLabel(tokens)) return runs;
  const trimmed = capitalRuns(tokens.slice(0, -1));
  const last = trimmed[trimmed.length - 1];
  return personBeforeLabel(last, tokens) ? trimmed : runs;
}

/**
 * The name a heading closing with a label word heads a section for ("Ana Ruiz Reaction", "Captain Ana Ruiz
 * Reaction"): its last run, a name ending right before the label; null otherwise.
 */
export function labelledName(tokens: readonly Token[], runs: readonly CapitalRun[]): CapitalRun | null {
  if (!closesWithLabel(tokens)) return null;
  const last = runs[runs.length - 1];
  return personBeforeLabel(last, tokens) ? last : null;
}
