// The question a person asks, as /ask, an @mention or "Find sources" on a message: trimmed, not empty, not too long.
import { z } from 'zod';
import type { Parsed } from './types.ts';

export const MAX_QUESTION_LENGTH = 300;

/**
 * Length in characters as Discord's API counts them: Unicode code points, so an emoji is one character, not the two
 * UTF-16 units of String#length. truncateText cuts in code points too, so text cut to MAX_QUESTION_LENGTH by a
 * command always passes this check.
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

export function questionSchema(what: { empty: string; noun: string }) {
  return z
    .string({ error: what.empty })
    .transform((text) => text.trim())
    .superRefine((text, ctx) => {
      const length = characterCount(text);
      if (length === 0) ctx.addIssue({ code: 'custom', message: what.empty });
      else if (length > MAX_QUESTION_LENGTH) {
        ctx.addIssue({
          code: 'custom',
          message: `${what.noun} is ${length} characters long; please keep it to ${MAX_QUESTION_LENGTH} or fewer.`,
        });
      }
    });
}

/** The first issue's message: one short, specific line for the person who typed it. */
export function firstError<T>(result: z.ZodSafeParseResult<T>): Parsed<T> {
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: result.error.issues[0]?.message ?? 'That input is not valid.' };
}
