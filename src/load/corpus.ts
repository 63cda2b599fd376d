// File loading: reads a corpus directory (sources.json and the article files it lists) from disk.
// Every file goes through readCorpusFile: a bad entry is a problem for that entry alone; everything after is pure.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { buildCorpus, MANIFEST_FILE } from '../corpus/build.ts';
import { listedFileNames, stripBom } from '../corpus/manifest.ts';
import type { Corpus, Problem } from '../corpus/types.ts';
import { DEFAULT_CORPUS_MAX_FILE_BYTES } from '../config/config.ts';
import { openFolder, readCorpusFile, reasonOf, type CorpusFolder } from './articleFile.ts';
import { pageReaderFor } from './pageReader.ts';

export const DEFAULT_CORPUS_DIR = 'data';
/** sources.json lists every article (~200 bytes each): this allows millions, and stops a link to /dev/zero. */
export const MANIFEST_MAX_BYTES = 512 * 1024 * 1024;

export interface LoadOptions {
  /** The largest article file read (CORPUS_MAX_FILE_BYTES). */
  maxFileBytes?: number;
}

/** A file's bytes, or null when it does not exist; any other read error is thrown. */
export async function readOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export type ManifestRead =
  | { ok: true; folder: CorpusFolder | null; bytes: Uint8Array | null; text: string | null }
  | { ok: false; problem: Problem };

/** The folder and its sources.json (null when either is missing), or the one problem that stops everything. */
export function readManifestFile(dir: string): ManifestRead {
  const opened = openFolder(dir);
  if (!opened.ok) {
    if (opened.missing) return { ok: true, folder: null, bytes: null, text: null };
    return { ok: false, problem: { file: dir, message: opened.reason } };
  }
  const read = readCorpusFile(opened.folder, MANIFEST_FILE, MANIFEST_MAX_BYTES);
  if (!read.ok) {
    if (read.missing) return { ok: true, folder: opened.folder, bytes: null, text: null };
    return { ok: false, problem: { file: MANIFEST_FILE, message: read.reason } };
  }
  return {
    ok: true,
    folder: opened.folder,
    bytes: read.bytes,
    // A view of the bytes read, not a copy of them (3 MB at 100k passages).
    text: stripBom(Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.length).toString('utf8')),
  };
}

/** Reads each named file: bytes for the good ones, a reason for each one that cannot be an article. */
export function readListedFiles(
  folder: CorpusFolder | null,
  names: readonly string[],
  maxFileBytes: number,
): { files: Map<string, Uint8Array>; unreadable: Map<string, string> } {
  const files = new Map<string, Uint8Array>();
  const unreadable = new Map<string, string>();
  if (folder === null) return { files, unreadable };
  // One file at a time: opening every file at once fails past the open-file limit (EMFILE) on large corpora,
  // and is no faster on a local disk.
  for (const name of names) {
    if (files.has(name) || unreadable.has(name)) continue;
    const read = readCorpusFile(folder, name, maxFileBytes);
    if (read.ok) files.set(name, read.bytes);
    else if (!read.missing) unreadable.set(name, read.reason);
  }
  return { files, unreadable };
}

/** Reads the manifest and every article it lists; bad entries become problems, good articles load. */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const manifest = readManifestFile(dir);
  if (!manifest.ok) return { articles: [], passages: [], problems: [manifest.problem] };
  const names = listedFileNames(manifest.text);
  const { files, unreadable } = readListedFiles(
    manifest.folder,
    names,
    options.maxFileBytes ?? DEFAULT_CORPUS_MAX_FILE_BYTES,
  );
  const readPage = await pageReaderFor(names);
  return buildCorpus(manifest.text, files, unreadable, readPage === undefined ? {} : { readPage });
}

/** Names in the folder that are the corpus's own (manifest, hidden files, files being written), not articles. */
function isOwnFile(name: string): boolean {
  return name === MANIFEST_FILE || name.startsWith('.') || name.endsWith('.tmp');
}

/** Files in the folder that no entry of sources.json lists: an interrupted change, or a file copied in by hand. */
export function unlistedFiles(dir: string, manifestText: string | null): Problem[] {
  if (manifestText === null) return [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    return [{ file: dir, message: `cannot be listed: ${reasonOf(error)}` }];
  }
  const listed = new Set(listedFileNames(manifestText));
  return names
    .filter((name) => !isOwnFile(name) && !listed.has(name))
    .sort()
    .map((file) => ({
      file,
      message: 'is in the corpus folder but no entry in sources.json lists it (add it with `add`, or remove it)',
    }));
}

/** What `check` reports: the corpus with every problem, including files no entry lists. */
export async function checkCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const corpus = await loadCorpus(dir, options);
  const manifest = readManifestFile(dir);
  if (!manifest.ok) return corpus;
  return { ...corpus, problems: [...corpus.problems, ...unlistedFiles(dir, manifest.text)] };
}
