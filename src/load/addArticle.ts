// Writing a new article into a corpus directory: under the folder's lock, sources.json is read again, the article
// admitted, then the article file and sources.json are each written to a temporary file, flushed to disk and
// renamed into place, so two adds at once both land and a failure at any step leaves the corpus as it was.
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { admitArticle } from '../corpus/admit.ts';
import { MANIFEST_FILE } from '../corpus/build.ts';
import { reservedNameReason, type SourceEntry } from '../corpus/manifest.ts';
import type { Article } from '../corpus/types.ts';
import { pageReaderFor } from './pageReader.ts';
import { DEFAULT_CORPUS_MAX_FILE_BYTES } from '../config/config.ts';
import { openFolder, readCorpusFile, readRegularFile, reasonOf } from './articleFile.ts';
import { changeManifest } from './manifestChange.ts';

/** On success, the entry written and the article as it loads (title, date and byline from a page when not given). */
export type AddResult =
  | { ok: true; entry: SourceEntry; article: Article; passages: number }
  | { ok: false; errors: string[] };

export interface AddRequest {
  source: string;
  /** Null takes the title from the article (the page's og:title or headline, or the text's first line). */
  title: string | null;
  outlet: string;
  url: string;
  published: string | null;
  dir: string;
}

export interface AddOptions {
  /** The largest article accepted (CORPUS_MAX_FILE_BYTES). */
  maxFileBytes?: number;
  /** How long to wait for another change to sources.json to finish. */
  lockTimeoutMs?: number;
}

/** Creates `path` (never overwriting) with `data`, flushed to disk before it returns. */
export function writeFlushed(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, 'wx');
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The corpus folder ready for a change: an existing folder, or one created now; otherwise why not, as a message.
 * Shared by add and import, before either takes the manifest lock.
 */
export async function prepareCorpusFolder(dir: string): Promise<string | null> {
  const folder = openFolder(dir);
  if (!folder.ok && !folder.missing) return `${dir} ${folder.reason}`;
  try {
    await mkdir(dir, { recursive: true });
    return null;
  } catch (error) {
    return `${dir} cannot be created: ${reasonOf(error)}`;
  }
}

/** Temporary name, write, fsync, rename, then fsync the folder so the rename itself survives a crash. */
export function writeDurably(dir: string, path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFlushed(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(dir);
}

/** Flushes a folder's entries (a rename in it) to disk. */
export function syncFolder(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The folder's names other than its own files, and the text of each readable one (to refuse identical text). */
function readExisting(dir: string, maxFileBytes: number): { names: string[]; texts: Map<string, string> } {
  const opened = openFolder(dir);
  const texts = new Map<string, string>();
  if (!opened.ok) return { names: [], texts };
  const names = readdirSync(dir).filter((n) => n !== MANIFEST_FILE && !n.endsWith('.tmp') && !n.startsWith('.'));
  for (const name of names) {
    const read = readCorpusFile(opened.folder, name, maxFileBytes);
    if (read.ok) texts.set(name, Buffer.from(read.bytes).toString('utf8'));
  }
  return { names, texts };
}

export async function addArticle(request: AddRequest, options: AddOptions = {}): Promise<AddResult> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_CORPUS_MAX_FILE_BYTES;
  const file = basename(request.source);
  const reserved = reservedNameReason(file);
  if (reserved !== null) return { ok: false, errors: [`${file} ${reserved}`] };
  const source = readRegularFile(request.source, maxFileBytes);
  if (!source.ok) return { ok: false, errors: [`${request.source} ${source.reason}`] };
  return addArticleBytes({ ...request, file, bytes: source.bytes }, options);
}

/** The same as addArticle, for bytes already in memory (an attachment from Discord) named `file`. */
export async function addArticleBytes(
  request: Omit<AddRequest, 'source'> & { file: string; bytes: Uint8Array },
  options: AddOptions = {},
): Promise<AddResult> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_CORPUS_MAX_FILE_BYTES;
  const { file } = request;
  const reserved = reservedNameReason(file);
  if (reserved !== null) return { ok: false, errors: [`${file} ${reserved}`] };
  if (request.bytes.length > maxFileBytes)
    return {
      ok: false,
      errors: [
        `${file} is larger than the limit of ${maxFileBytes} bytes for one file (${request.bytes.length} bytes; CORPUS_MAX_FILE_BYTES sets the limit)`,
      ],
    };
  const source = { bytes: request.bytes };
  const readPage = await pageReaderFor([file]);
  const unprepared = await prepareCorpusFolder(request.dir);
  if (unprepared !== null) return { ok: false, errors: [unprepared] };

  const changed = await changeManifest(
    request.dir,
    'change',
    async (manifestText): Promise<AddResult> => {
      const existing = readExisting(request.dir, maxFileBytes);
      const admission = admitArticle(
        manifestText,
        existing.texts,
        { file, title: request.title, outlet: request.outlet, url: request.url, published: request.published },
        source.bytes,
        existing.names,
        readPage,
      );
      if (!admission.ok) return admission;

      const articlePath = join(request.dir, admission.entry.file);
      try {
        writeDurably(request.dir, articlePath, source.bytes);
      } catch (error) {
        return { ok: false, errors: [`could not write ${admission.entry.file}: ${reasonOf(error)}`] };
      }
      try {
        writeDurably(request.dir, join(request.dir, MANIFEST_FILE), `${JSON.stringify(admission.manifest, null, 2)}\n`);
      } catch (error) {
        rmSync(articlePath, { force: true });
        return { ok: false, errors: [`could not write ${MANIFEST_FILE}: ${reasonOf(error)}`] };
      }
      return { ok: true, entry: admission.entry, article: admission.article, passages: admission.passages.length };
    },
    options.lockTimeoutMs,
  );
  return changed.ok ? changed.value : { ok: false, errors: [changed.error] };
}
