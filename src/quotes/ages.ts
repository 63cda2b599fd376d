// A person's age as news sets it off after a name (", 45,", ", aged 45,", "(45)"), and the name an appositive after
// such an age belongs to: read by the name evidence, the reader of ages, the phrases before a speech verb and the
// antecedent of a relative "who" (relativeClauses.ts).
import type { Slot } from './slots.ts';
import type { Token } from './tokens.ts';

/** Words that may stand before an age set off after a name: "Cook, now 41,", "Hale, aged 45,". */
export const AGE_LEADS: ReadonlySet<string> = new Set(['now', 'aged']);

/**
 * ", 45," or ", 45." right after a name (", now 41,"), or "(45)" as Irish and British papers write it: an age, as news
 * gives it for people only.
 */
export function statedAge(tokens: readonly Token[], at: number): boolean {
  return statedAgeEnd(tokens, at) !== -1;
}

/** Where the age statedAge reads at token `at` ends (the token after its number or bracket); -1 when none is there. */
export function statedAgeEnd(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text === '(') {
    const bracketed = tokens[at + 1]?.text ?? '';
    const age = /^\d{1,3}$/u.test(bracketed) ? Number(bracketed) : 0;
    return age > 0 && age < 120 && tokens[at + 2]?.text === ')' ? at + 3 : -1;
  }
  if (tokens[at]?.text !== ',') return -1;
  const number = AGE_LEADS.has(tokens[at + 1]?.lower ?? '') ? at + 2 : at + 1;
  if (!/^\d{1,3}$/u.test(tokens[number]?.text ?? '')) return -1;
  const age = Number(tokens[number]?.text);
  const after = tokens[number + 1];
  return age > 0 && age < 120 && (after === undefined || after.kind === 'punct') ? number + 1 : -1;
}

/** The number of the age statedAge reads at token `at` ("45" of ", aged 45,", "(45)"); null when none is there. */
export function statedAgeNumber(tokens: readonly Token[], at: number): string | null {
  const end = statedAgeEnd(tokens, at);
  if (end === -1) return null;
  return tokens[tokens[at]?.text === '(' ? end - 2 : end - 1]?.text ?? null;
}

/** Most tokens of an age set off after a name (", aged 45"). */
const AGE_TOKENS = 4;

/**
 * The name that an appositive or address opening after the comma at `comma` is set off after: the name right before
 * the comma, or the name whose stated age ends there ("NAME, 44, a nurse", "NAME, aged 44, of Leeds", "NAME (44),").
 */
export function nameBeforeAge(tokens: readonly Token[], slots: readonly Slot[], comma: number): Slot | undefined {
  return slots.find(
    (s) =>
      s.kind === 'name' &&
      (s.to === comma || (s.to < comma && s.to >= comma - AGE_TOKENS && statedAgeEnd(tokens, s.to) === comma)),
  );
}
