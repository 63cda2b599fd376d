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

/** Characters a URL may not hold as written: a link built from it would break or differ from the one stored. */
const URL_UNSAFE = /[\s\p{Cc}<>"`{}|\\^]/u;

export const sourceEntrySchema = z.object({
  file: z
    .string()
    .min(1, 'must not be empty')
    .refine(
      (f) => !f.includes('/') && !f.includes('\\') && f !== '.' && f !== '..',
      'must be a plain file name inside the corpus directory',
    ),
  title: z.string().trim().min(1, 'must not be empty (use null to take it from the text)').nullable(),
  outlet: z.string().trim().min(1, 'must not be empty'),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .refine(
      (u) => !URL_UNSAFE.test(u) || !/^https?:\/\//u.test(u),
      'must not contain spaces or characters that need percent-encoding (write a space as %20)',
    ),
  published: isoDate.nullable(),
});

export const manifestSchema = z.object({
  _about: z.string().optional(),
  articles: z.array(z.unknown()),
});

export type SourceEntry = z.infer<typeof sourceEntrySchema>;
export type Manifest = { _about?: string; articles: SourceEntry[] };

/** sources.json as text: a byte-order mark some editors write is not part of the JSON. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Names of the corpus folder that are not articles, each with why: adding a file by one of these names would be
 * lost or hidden. Hidden names also cover the lock and the cache.
 */
export const RESERVED_NAMES: ReadonlyArray<{ test: (file: string) => boolean; reason: string }> = [
  { test: (f) => f === 'sources.json', reason: 'is the name of the manifest (sources.json); rename the article' },
  {
    test: (f) => f.startsWith('.'),
    reason: 'is a hidden name (starts with "."); the corpus folder keeps its own hidden files',
  },
  { test: (f) => f.endsWith('.tmp'), reason: 'ends with .tmp, the suffix of files being written; rename the article' },
];

/** Longest article file name, in UTF-8 bytes: file systems stop at 255, and writing adds a temporary suffix. */
export const MAX_FILE_NAME_BYTES = 200;

/** Why `file` cannot be an article's name, or null when it can. */
export function reservedNameReason(file: string): string | null {
  const reserved = RESERVED_NAMES.find((r) => r.test(file));
  if (reserved) return reserved.reason;
  const bytes = new TextEncoder().encode(file).length;
  if (bytes > MAX_FILE_NAME_BYTES) return `is a name of ${bytes} bytes; at most ${MAX_FILE_NAME_BYTES} are allowed`;
  return null;
}

/**
 * Every `file` a manifest's entries name that is a plain file name, valid entry or not: the files a build may read,
 * and the files `check` counts as listed. Cheap: no validation of the other fields.
 */
export function listedFileNames(manifestText: string | null): string[] {
  let json: unknown;
  try {
    json = JSON.parse(stripBom(manifestText ?? 'null'));
  } catch {
    return [];
  }
  const articles = (json as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) return [];
  const files = articles.map((a) => (a as { file?: unknown } | null)?.file);
  return files.filter(
    (f): f is string =>
      typeof f === 'string' && f.length > 0 && !f.includes('/') && !f.includes('\\') && f !== '.' && f !== '..',
  );
}
