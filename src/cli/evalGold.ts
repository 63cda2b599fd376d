// Gold files of the development loop (`eval`): reading them, the question format of news-dev as a zod schema,
// and the folding that decides whether an excerpt contains a gold phrase.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { CliIo } from './io.ts';

export const answerableGoldSchema = z.object({
  file: z.string().optional(),
  q: z.string().min(1),
  any: z.array(z.string().min(1)).min(1),
});
export const unanswerableGoldSchema = z.object({
  file: z.string().optional(),
  q: z.string().min(1),
  unanswerable: z.literal(true),
});
export const qaGoldSchema = z.object({
  questions: z.array(z.union([answerableGoldSchema, unanswerableGoldSchema])).min(1),
});

export type QaGold = z.infer<typeof qaGoldSchema>['questions'][number];

/** Case, curly and straight quote marks, dashes and runs of whitespace do not decide a match (news-dev's rule). */
export function foldForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc`]/gu, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/gu, '"')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Which half of a development set an item belongs to when the set is split at a file name (`--split N21`): files
 * sorting before it are the tune half, the rest held out. Items without a file (unanswerable questions) alternate
 * between the halves in gold order, so each half gets its share.
 */
export function halfOf(file: string | undefined, split: string, positionWithoutFile: number): 'tune' | 'heldout' {
  if (file === undefined) return positionWithoutFile % 2 === 0 ? 'tune' : 'heldout';
  return file < split ? 'tune' : 'heldout';
}

/** A gold file parsed with `schema`, or null after printing why it cannot be used (unreadable, not JSON, wrong shape). */
export async function readGoldFile<T>(
  path: string,
  schema: z.ZodType<T>,
  format: string,
  io: CliIo,
): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    io.err(`eval: cannot read gold file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return null;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    io.err(`eval: gold file ${path} is not valid JSON: ${(error as Error).message}`);
    return null;
  }
  const gold = schema.safeParse(value);
  if (!gold.success) {
    const issue = gold.error.issues[0];
    io.err(
      `eval: gold file ${path} does not match the ${format} format at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`,
    );
    return null;
  }
  return gold.data;
}
