// What the cache key needs of each article file, without reading the file when it has not changed: its length and a
// hash of its bytes, remembered beside the cache with the file's stamp (size, modification and change times, inode,
// device). A file whose stamp differs, or that has none yet, is read and hashed as every file used to be.
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../log/logger.ts';
import { readCorpusFile, reasonOf, type CorpusFolder } from './articleFile.ts';

/** The stamps file in the cache folder. */
export const STAMPS_FILE = 'files.stamps';
const STAMPS_FORMAT = 2;
/**
 * A file changed less than this long before its stamp was taken is not remembered, so it is read again at the next
 * start: a file system stores times in ticks (up to 2 s on some), and an edit in the same tick as the stamp, keeping
 * the size, would leave the stamp unchanged. Only the change time counts here: it cannot be set back by `touch`.
 */
export const RECENT_CHANGE_MS = 3_000;

/** A file's length and the SHA-256 of its bytes, or why it was not read (missing, too large, a directory…). */
export type Fingerprint = { ok: true; length: number; hash: string } | { ok: false; missing: boolean; reason: string };

/** The stamp of a file and the hash of its bytes when it had that stamp. */
export interface StampRecord {
  stamp: string;
  length: number;
  hash: string;
}

export type StampBook = Map<string, StampRecord>;

/**
 * Everything that changes when a file's bytes can have changed: any write sets the change time to now. Milliseconds
 * are precise enough: a file is remembered only when its change time is more than RECENT_CHANGE_MS old, so a later
 * write moves the change time by more than that.
 */
export function stampOf(stats: Stats): string {
  return `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}:${stats.dev}`;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

/**
 * The stamps file: a first line naming the format, then one line per file, its name, stamp, length and hash
 * separated by tabs. Lines, not JSON: at 100k passages, parsing 10,320 records as JSON and checking them was about
 * 70 ms of a cold start. A file whose name holds a tab or a line break is not remembered (it is read at each start).
 */
const STAMPS_HEADER = `archivist-stamps ${STAMPS_FORMAT}`;

/** The remembered stamps (empty when there are none, or when the file is not one this code wrote: then all is read). */
export function readStampBook(cacheDir: string, logger: Logger): StampBook {
  const book: StampBook = new Map();
  let text: string;
  try {
    text = readFileSync(join(cacheDir, STAMPS_FILE), 'utf8');
  } catch (error) {
    // No cache folder yet (or a file in its place, which saving the cache reports) is not worth a warning.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR')
      logger.warn(`cache: ${join(cacheDir, STAMPS_FILE)} ${reasonOf(error)}; every article file is read`);
    return book;
  }
  const lines = text.split('\n');
  if (lines[0] !== STAMPS_HEADER) {
    logger.warn(
      `cache: ${join(cacheDir, STAMPS_FILE)} is not a stamps file of this format; every article file is read`,
    );
    return book;
  }
  for (let i = 1; i < lines.length; i++) {
    const [file, stamp, length, hash, extra] = (lines[i] as string).split('\t');
    const bytes = Number(length);
    if (file && stamp && hash && extra === undefined && length === String(bytes) && Number.isSafeInteger(bytes))
      book.set(file, { stamp, length: bytes, hash });
  }
  return book;
}

/** Writes the stamps (best effort: a failure is logged and only means files are read again at the next start). */
export function writeStampBook(cacheDir: string, book: StampBook, logger: Logger): void {
  const path = join(cacheDir, STAMPS_FILE);
  const temporary = `${path}.${process.pid}.tmp`;
  const lines = [STAMPS_HEADER];
  for (const [file, { stamp, length, hash }] of [...book].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    if (!/[\t\n\r]/u.test(file)) lines.push(`${file}\t${stamp}\t${length}\t${hash}`);
  try {
    writeFileSync(temporary, `${lines.join('\n')}\n`);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    logger.warn(
      `cache: ${path} could not be saved (${reasonOf(error)}); article files are read again at the next start`,
    );
  }
}

/** The file's stamp when it is a regular file (not a link), with the clock just before it was taken; else null. */
export function stampFile(
  folder: CorpusFolder,
  file: string,
): { stamp: string; ctimeMs: number; takenMs: number } | null {
  const takenMs = Date.now();
  try {
    const stats = lstatSync(join(folder.real, file), { throwIfNoEntry: false });
    return stats?.isFile() ? { stamp: stampOf(stats), ctimeMs: stats.ctimeMs, takenMs } : null;
  } catch {
    // The read below gives the reason (a name the file system refuses, a folder that went away…).
    return null;
  }
}

/**
 * The fingerprint of one listed file: from its record when the file's stamp is the recorded one and within the size
 * limit, else by reading it (through readCorpusFile, with all its rules). `remember` receives the record to keep
 * for the next start: the stamp taken before the read, when the file had not changed just before.
 */
export function fingerprintFile(
  folder: CorpusFolder,
  file: string,
  maxBytes: number,
  book: StampBook,
  buffer: { bytes: Uint8Array },
  remember: (file: string, record: StampRecord) => void,
): Fingerprint {
  const stamped = stampFile(folder, file);
  const known = book.get(file);
  if (stamped !== null && known !== undefined && known.stamp === stamped.stamp && known.length <= maxBytes) {
    remember(file, known);
    return { ok: true, length: known.length, hash: known.hash };
  }
  const read = readCorpusFile(folder, file, maxBytes, buffer);
  if (!read.ok) return read;
  const fingerprint = { ok: true as const, length: read.bytes.length, hash: hashBytes(read.bytes) };
  if (stamped !== null && stamped.ctimeMs < stamped.takenMs - RECENT_CHANGE_MS)
    remember(file, { stamp: stamped.stamp, length: fingerprint.length, hash: fingerprint.hash });
  return fingerprint;
}
