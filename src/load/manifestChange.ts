// One change to a corpus folder's sources.json, as add, import and remove make it: under the manifest lock, with the
// files a killed change left cleared first and the manifest read again under the lock (another change may have landed).
import { reasonOf } from './articleFile.ts';
import { readManifestFile } from './corpus.ts';
import { removeLeftovers } from './leftovers.ts';
import { withManifestLock, type Locked } from './manifestLock.ts';

/**
 * Runs `change` on the manifest's text (null when the corpus has none) while holding the lock. A lock not taken, a
 * manifest that cannot be read, or a throw is an error value: "cannot lock DIR for the PURPOSE: reason".
 */
export async function changeManifest<T>(
  dir: string,
  purpose: 'change' | 'import',
  change: (manifestText: string | null) => Promise<T>,
  lockTimeoutMs?: number,
): Promise<Locked<T>> {
  try {
    const locked = await withManifestLock(
      dir,
      async (): Promise<Locked<T>> => {
        removeLeftovers(dir);
        const manifest = readManifestFile(dir);
        if (!manifest.ok) return { ok: false, error: `${manifest.problem.file} ${manifest.problem.message}` };
        return { ok: true, value: await change(manifest.text) };
      },
      lockTimeoutMs,
    );
    return locked.ok ? locked.value : locked;
  } catch (error) {
    return { ok: false, error: `cannot lock ${dir} for the ${purpose}: ${reasonOf(error)}` };
  }
}
