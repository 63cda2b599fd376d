// The question a person asks, as /ask, an @mention or "Find sources" on a message: trimmed, not empty, not too long.
import { z } from 'zod';
import type { Parsed } from './types.ts';

export const MAX_QUESTION_LENGTH = 300;

export function questionSchema(what: { empty: string; noun: string }) {
  return z
    .string({ error: what.empty })
    .transform((text) => text.trim())
    .superRefine((text, ctx) => {
      if (text.length === 0) ctx.addIssue({ code: 'custom', message: what.empty });
      else if (text.length > MAX_QUESTION_LENGTH) {
        ctx.addIssue({
          code: 'custom',
          message: `${what.noun} is ${text.length} characters long; please keep it to ${MAX_QUESTION_LENGTH} or fewer.`,
        });
      }
    });
}

/** The first issue's message: one short, specific line for the person who typed it. */
export function firstError<T>(result: z.ZodSafeParseResult<T>): Parsed<T> {
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: result.error.issues[0]?.message ?? 'That input is not valid.' };
}
