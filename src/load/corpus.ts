// File loading: reads a corpus directory (sources.json and the article files it lists) from disk.
// The only place besides the CLI's add that touches corpus files; everything after reading is pure.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCorpus, MANIFEST_FILE, readManifest } from '../corpus/build.ts';
import type { Corpus } from '../corpus/types.ts';

export const DEFAULT_CORPUS_DIR = 'data';

/** A file's bytes, or null when it does not exist; any other read error is thrown. */
export async function readOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Reads the manifest and every article it lists; bad entries become problems, good articles load. */
export async function loadCorpus(dir: string): Promise<Corpus> {
  const manifestBytes = await readOrNull(join(dir, MANIFEST_FILE));
  const manifestText = manifestBytes === null ? null : manifestBytes.toString('utf8');
  const { entries } = readManifest(manifestText);
  const files = new Map<string, Uint8Array>();
  // One file at a time: opening every file at once fails past the open-file limit (EMFILE) on large corpora,
  // and is no faster on a local disk.
  for (const entry of entries) {
    const bytes = await readOrNull(join(dir, entry.file));
    if (bytes !== null) files.set(entry.file, bytes);
  }
  return buildCorpus(manifestText, files);
}
