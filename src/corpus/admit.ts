// Deciding whether a new article may join a corpus, before anything is written: the entry is valid, its text is
// readable and has a body, and neither its url nor its text is already there. Pure; the CLI does the writing.
import { decodeArticle } from './build.ts';
import { articleIdOf, ingestArticle } from './ingest.ts';
import { reservedNameReason, sourceEntrySchema, stripBom, type SourceEntry } from './manifest.ts';
import type { PageReader } from './page.ts';
import type { Article, Passage } from './types.ts';

/** On success, also the article as it will load (title and date from the page when the entry leaves them null). */
export type Admission =
  | { ok: true; entry: SourceEntry; manifest: Record<string, unknown>; article: Article; passages: Passage[] }
  | { ok: false; errors: string[] };

/** Same words in the same order, whatever the spacing: what "identical text" means for two article files. */
export function textKey(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * `manifestText` is the current sources.json (null when the corpus is new), `existing` the current article texts by
 * file name, `onDisk` every name in the folder (readable or not). On success, `manifest` is the new sources.json content with the entry appended.
 */
export function admitArticle(
  manifestText: string | null,
  existing: ReadonlyMap<string, string>,
  candidate: { file: string; title: string | null; outlet: string; url: string; published: string | null },
  bytes: Uint8Array,
  onDisk: readonly string[] = [...existing.keys()],
  readPage?: PageReader,
): Admission {
  const errors: string[] = [];
  const parsedEntry = sourceEntrySchema.safeParse(candidate);
  if (!parsedEntry.success) {
    for (const issue of parsedEntry.error.issues) errors.push(`--${String(issue.path[0] ?? 'entry')} ${issue.message}`);
    return { ok: false, errors };
  }
  const entry = parsedEntry.data;
  const reserved = reservedNameReason(entry.file);
  if (reserved !== null) return { ok: false, errors: [`${entry.file} ${reserved}`] };

  let manifest: Record<string, unknown> = { articles: [] };
  if (manifestText !== null) {
    try {
      const json: unknown = JSON.parse(stripBom(manifestText));
      if (typeof json !== 'object' || json === null || !Array.isArray((json as { articles?: unknown }).articles)) {
        return { ok: false, errors: ['sources.json has no "articles" list; fix it (see `check`) before adding'] };
      }
      manifest = json as Record<string, unknown>;
    } catch (error) {
      return {
        ok: false,
        errors: [`sources.json is not valid JSON (${(error as Error).message}); fix it before adding`],
      };
    }
  }
  const listed = (manifest.articles as unknown[]).map((a) => a as { file?: unknown; url?: unknown });
  if (listed.some((a) => a.file === entry.file)) {
    errors.push(`a file named ${entry.file} is already in the corpus`);
  } else if (onDisk.includes(entry.file)) {
    errors.push(
      `a file named ${entry.file} is already in the corpus folder but no entry in sources.json lists it (left by an interrupted change?); remove or list it first`,
    );
  } else {
    const id = articleIdOf(entry.file);
    const sameId = [...listed.map((a) => a.file), ...onDisk].find(
      (f) => typeof f === 'string' && articleIdOf(f) === id,
    );
    if (sameId !== undefined)
      errors.push(
        `${entry.file} would have the same article id "${id}" as ${String(sameId)} (an id is the file name without its extension); rename it`,
      );
  }
  const sameUrl = listed.find((a) => a.url === entry.url);
  if (sameUrl) errors.push(`the url ${entry.url} is already in the corpus (${String(sameUrl.file)})`);

  const decoded = decodeArticle(entry.file, bytes);
  if (!decoded.ok) {
    errors.push(`${entry.file} ${decoded.problem.message}`);
    return { ok: false, errors };
  }
  const key = textKey(decoded.text);
  for (const [file, text] of existing) {
    if (textKey(text) === key) errors.push(`${entry.file} has the same text as ${file}, already in the corpus`);
  }
  const ingested = ingestArticle(decoded.text, entry, readPage);
  if (!ingested.ok) errors.push(`${entry.file} ${ingested.problem.message}`);
  if (errors.length > 0 || !ingested.ok) return { ok: false, errors };

  return {
    ok: true,
    entry,
    manifest: { ...manifest, articles: [...(manifest.articles as unknown[]), entry] },
    article: ingested.article,
    passages: ingested.passages,
  };
}
