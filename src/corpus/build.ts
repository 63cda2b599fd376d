// Builds a corpus from a manifest's text and the bytes of its files, keeping every good article and reporting
// each bad entry with its file and field. Pure: the loader does the reading.
import type { z } from 'zod';
import { articleIdOf, ingestArticle } from './ingest.ts';
import type { PageReader } from './page.ts';
import { manifestSchema, reservedNameReason, sourceEntrySchema, stripBom, type SourceEntry } from './manifest.ts';
import type { Article, Corpus, Passage, Problem } from './types.ts';

export const MANIFEST_FILE = 'sources.json';

export interface ManifestReading {
  entries: SourceEntry[];
  problems: Problem[];
}

function fieldOf(issue: z.core.$ZodIssue): string | undefined {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  return path.length > 0 ? path.join('.') : undefined;
}

function problem(file: string, message: string, field?: string): Problem {
  return field === undefined ? { file, message } : { file, field, message };
}

/**
 * Parses sources.json; entries that fail validation, use a reserved name, or repeat a file, an article id or a url
 * are reported, not kept (the first of a repeated pair stays).
 */
export function readManifest(text: string | null): ManifestReading {
  if (text === null) return { entries: [], problems: [problem(MANIFEST_FILE, 'is missing')] };
  let json: unknown;
  try {
    json = JSON.parse(stripBom(text));
  } catch (error) {
    return { entries: [], problems: [problem(MANIFEST_FILE, `is not valid JSON: ${(error as Error).message}`)] };
  }
  const shape = manifestSchema.safeParse(json);
  if (!shape.success) {
    const issues = shape.error.issues.map((i) => problem(MANIFEST_FILE, i.message, fieldOf(i)));
    return { entries: [], problems: issues };
  }
  const entries: SourceEntry[] = [];
  const problems: Problem[] = [];
  const files = new Set<string>();
  const fileOfId = new Map<string, string>();
  const urls = new Set<string>();
  shape.data.articles.forEach((candidate, index) => {
    const parsed = sourceEntrySchema.safeParse(candidate);
    const where = (candidate as { file?: unknown } | null)?.file;
    const file = typeof where === 'string' && where.length > 0 ? where : `${MANIFEST_FILE} articles[${index}]`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(problem(file, issue.message, fieldOf(issue) ?? 'entry'));
      return;
    }
    const entry = parsed.data;
    if (files.has(entry.file)) {
      problems.push(problem(entry.file, `is listed more than once in ${MANIFEST_FILE}`, 'file'));
      return;
    }
    const reserved = reservedNameReason(entry.file);
    if (reserved !== null) {
      problems.push(problem(entry.file, reserved, 'file'));
      return;
    }
    const id = articleIdOf(entry.file);
    const sameId = fileOfId.get(id);
    if (sameId !== undefined) {
      problems.push(
        problem(
          entry.file,
          `has the same article id "${id}" as ${sameId} (an id is the file name without its extension); rename one`,
          'file',
        ),
      );
      return;
    }
    if (urls.has(entry.url)) {
      problems.push(problem(entry.file, `has the same url as another article: ${entry.url}`, 'url'));
      return;
    }
    files.add(entry.file);
    fileOfId.set(id, entry.file);
    urls.add(entry.url);
    entries.push(entry);
  });
  return { entries, problems };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes article bytes, refusing anything that is not valid UTF-8 rather than guessing an encoding. */
export function decodeArticle(
  file: string,
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problem: Problem } {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, problem: problem(file, `is not valid UTF-8 (first bad byte at offset ${at})`) };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, found by bisection; a cut inside a character is still a decodable prefix minus <4 bytes.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      utf8.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

/**
 * `files` maps a file name to its bytes, `unreadable` a file name to why it could not be read (a directory, too
 * large, outside the folder…); a name the manifest lists but neither map has is reported missing.
 */
export interface BuildOptions {
  /** Reads .html/.htm articles; without it a page is a problem of its entry. */
  readPage?: PageReader;
  /** Called after each entry with how many are done and how many there are (for progress on large corpora). */
  onEntry?: (done: number, total: number) => void;
}

export function buildCorpus(
  manifestText: string | null,
  files: ReadonlyMap<string, Uint8Array>,
  unreadable: ReadonlyMap<string, string> = new Map(),
  options: BuildOptions = {},
): Corpus {
  const { entries, problems } = readManifest(manifestText);
  const articles: Article[] = [];
  const passages: Passage[] = [];
  let done = 0;
  for (const entry of entries) {
    done += 1;
    options.onEntry?.(done, entries.length);
    const reason = unreadable.get(entry.file);
    if (reason !== undefined) {
      problems.push(problem(entry.file, reason, 'file'));
      continue;
    }
    const bytes = files.get(entry.file);
    if (bytes === undefined) {
      problems.push(problem(entry.file, 'is listed in sources.json but the file is missing', 'file'));
      continue;
    }
    const decoded = decodeArticle(entry.file, bytes);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      continue;
    }
    const result = ingestArticle(decoded.text, entry, options.readPage);
    if (!result.ok) {
      problems.push(result.problem);
      continue;
    }
    articles.push(result.article);
    passages.push(...result.passages);
  }
  return { articles, passages, problems };
}
