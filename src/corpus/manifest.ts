// The sources.json manifest of a corpus directory: a contract other tools rely on.
// Parsing is pure; reading the file is the loader's job.
import { z } from 'zod';

const isoDate = z.string().superRefine((value, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be a date as YYYY-MM-DD' });
    return;
  }
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value)) {
    ctx.addIssue({ code: 'custom', message: 'is not a real calendar date' });
  }
});

export const sourceEntrySchema = z.object({
  file: z
    .string()
    .min(1, 'must not be empty')
    .refine((f) => !f.includes('/') && !f.includes('\\') && f !== '.' && f !== '..', 'must be a plain file name inside the corpus directory'),
  title: z.string().trim().min(1, 'must not be empty (use null to take it from the text)').nullable(),
  outlet: z.string().trim().min(1, 'must not be empty'),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  published: isoDate.nullable(),
});

export const manifestSchema = z.object({
  _about: z.string().optional(),
  articles: z.array(z.unknown()),
});

export type SourceEntry = z.infer<typeof sourceEntrySchema>;
export type Manifest = { _about?: string; articles: SourceEntry[] };
