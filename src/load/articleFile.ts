// Reading one file of a corpus folder safely: only a regular file whose real path is inside the folder, no larger
// than a cap, read with a bounded read that cannot block (FIFOs) or run away (/dev/zero). Anything else is a reason.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';

export type FileReading = { ok: true; bytes: Uint8Array } | { ok: false; missing: boolean; reason: string };

/** A corpus folder, resolved once: its real path is what every entry's real path must start with. */
export interface CorpusFolder {
  dir: string;
  real: string;
}

export type FolderResult = { ok: true; folder: CorpusFolder } | { ok: false; missing: boolean; reason: string };

/** Why a system error stopped a read, in words (the code stays, for searching). */
const ERROR_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'cannot be read: permission denied (EACCES)',
  EPERM: 'cannot be read: operation not permitted (EPERM)',
  ENAMETOOLONG: 'has a name too long for the file system (ENAMETOOLONG)',
  ELOOP: 'is a symbolic link that loops or changed while being read (ELOOP)',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'is not inside a folder (a part of its path is a file: ENOTDIR)',
  EIO: 'cannot be read: input/output error (EIO)',
};

export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && ERROR_REASONS[code] !== undefined) return ERROR_REASONS[code];
  return `cannot be read: ${code ?? (error instanceof Error ? error.message : String(error))}`;
}

/** The corpus folder, or why it cannot be one (missing, a file, unreadable). */
export function openFolder(dir: string): FolderResult {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, missing: code === 'ENOENT', reason: code === 'ENOENT' ? 'does not exist' : reasonOf(error) };
  }
  try {
    const fd = openSync(real, constants.O_RDONLY | constants.O_DIRECTORY);
    closeSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      missing: false,
      reason: code === 'ENOTDIR' ? 'is not a folder (--data and CORPUS_DIR name the corpus folder)' : reasonOf(error),
    };
  }
  return { ok: true, folder: { dir, real } };
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'is a directory, not a file';
  if (stats.isFIFO()) return 'is a named pipe (FIFO), not a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'is a device, not a regular file';
  if (stats.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}

/** Opened without following a final symlink and without blocking on a pipe; ELOOP means "it is a symlink". */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** The real path of a symlinked entry when it stays inside the folder, else why it may not be read. */
function followInside(folder: CorpusFolder, path: string): { ok: true; real: string } | { ok: false; reason: string } {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason: code === 'ENOENT' ? 'is a symbolic link to nothing (its target is missing)' : reasonOf(error),
    };
  }
  if (!real.startsWith(folder.real + sep))
    return {
      ok: false,
      reason: 'is a symbolic link to a file outside the corpus folder; only files inside it are read',
    };
  return { ok: true, real };
}

/**
 * Reads `file` (a plain name) of the folder: at most `maxBytes` bytes, into `buffer` when given (the result is then
 * a view, valid until the buffer's next use) or a new array.
 */
export function readCorpusFile(
  folder: CorpusFolder,
  file: string,
  maxBytes: number,
  buffer?: { bytes: Uint8Array },
): FileReading {
  const path = join(folder.real, file);
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, missing: true, reason: 'is missing' };
    if (code !== 'ELOOP') return { ok: false, missing: false, reason: reasonOf(error) };
    const target = followInside(folder, path);
    if (!target.ok) return { ok: false, missing: false, reason: target.reason };
    try {
      fd = openSync(target.real, OPEN_FLAGS);
    } catch (again) {
      return { ok: false, missing: false, reason: reasonOf(again) };
    }
  }
  try {
    return readOpened(fd, maxBytes, buffer);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a file given by the operator (not inside the corpus folder: symlinks are followed), with the same rules:
 * a regular file, at most `maxBytes`, read without blocking.
 */
export function readRegularFile(path: string, maxBytes: number): FileReading {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, missing: code === 'ENOENT', reason: code === 'ENOENT' ? 'does not exist' : reasonOf(error) };
  }
  try {
    return readOpened(fd, maxBytes);
  } finally {
    closeSync(fd);
  }
}

function readOpened(fd: number, maxBytes: number, buffer?: { bytes: Uint8Array }): FileReading {
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, missing: false, reason: kindOf(stats) };
    if (stats.size > maxBytes) return { ok: false, missing: false, reason: tooLarge(`${stats.size}`, maxBytes) };
    // Bounded: the file may grow after fstat, so never read past the cap (one byte more tells it grew).
    const limit = maxBytes + 1;
    let target = buffer?.bytes ?? new Uint8Array(Math.min(limit, stats.size + 1));
    let size = 0;
    for (;;) {
      if (size === target.length) {
        if (size >= limit) break;
        const grown = new Uint8Array(Math.min(limit, target.length * 2));
        grown.set(target);
        target = grown;
        if (buffer) buffer.bytes = grown;
      }
      const read = readSync(fd, target, size, target.length - size, null);
      if (read === 0) break;
      size += read;
    }
    if (size > maxBytes) return { ok: false, missing: false, reason: tooLarge(`at least ${size}`, maxBytes) };
    return { ok: true, bytes: target.subarray(0, size) };
  } catch (error) {
    return { ok: false, missing: false, reason: reasonOf(error) };
  }
}

function tooLarge(size: string, maxBytes: number): string {
  return `is larger than the limit of ${maxBytes} bytes for one file (${size} bytes; CORPUS_MAX_FILE_BYTES sets the limit)`;
}
