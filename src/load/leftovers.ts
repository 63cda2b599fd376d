// What a killed change leaves in a corpus folder, cleaned up by the next change under the manifest lock (nothing
// else writes then): temporary files of dead processes, and files an interrupted import renamed into place but
// never listed (its journal names them).
import { readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { listedFileNames } from '../corpus/manifest.ts';
import { readRegularFile } from './articleFile.ts';
import { readManifestFile } from './corpus.ts';
import { processIsGone } from './processes.ts';

/** A write in progress is `<name>.<pid>.tmp`; one whose process is gone was killed mid-change. */
const TEMPORARY = /\.(\d+)\.tmp$/u;
/** The journal of an import in progress: `{"files": [...]}`, the files it renames into place. */
export const JOURNAL = /^\.import\.(\d+)\.journal$/u;
const JOURNAL_MAX_BYTES = 64 * 1024 * 1024;

function pidOf(pattern: RegExp, name: string): number | null {
  const pid = Number(pattern.exec(name)?.[1] ?? Number.NaN);
  return Number.isInteger(pid) && pid !== process.pid && processIsGone(pid) ? pid : null;
}

/** The files a journal names (none when it was cut short by the kill: then nothing had been renamed yet). */
function journalFiles(path: string): string[] {
  const read = readRegularFile(path, JOURNAL_MAX_BYTES);
  if (!read.ok) return [];
  try {
    const files = (JSON.parse(Buffer.from(read.bytes).toString('utf8')) as { files?: unknown }).files;
    return Array.isArray(files)
      ? files.filter((f): f is string => typeof f === 'string' && f.length > 0 && basename(f) === f)
      : [];
  } catch {
    return [];
  }
}

/** Call only holding the manifest lock. Restores the corpus a killed change started from, or keeps the one it finished. */
export function removeLeftovers(dir: string): void {
  const names = readdirSync(dir);
  for (const name of names) {
    if (pidOf(JOURNAL, name) === null) continue;
    // sources.json was replaced last: files it lists were imported completely; the others are removed.
    const manifest = readManifestFile(dir);
    const listed = new Set(manifest.ok ? listedFileNames(manifest.text) : []);
    for (const file of journalFiles(join(dir, name))) if (!listed.has(file)) rmSync(join(dir, file), { force: true });
    rmSync(join(dir, name), { force: true });
  }
  for (const name of names) if (pidOf(TEMPORARY, name) !== null) rmSync(join(dir, name), { force: true });
}
