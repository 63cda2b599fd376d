// One change to a corpus folder's sources.json at a time, across processes: a lock file created exclusively
// (O_EXCL) beside it, waited for up to a timeout, broken only when the process holding it is gone.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = '.sources.lock';
/** Long enough for an add on a large corpus (it reads every article to refuse identical text). */
export const DEFAULT_LOCK_TIMEOUT_MS = 30_000;

export type Locked<T> = { ok: true; value: T } | { ok: false; error: string };

interface Holder {
  pid: number;
  host: string;
  since: string;
}

function readHolder(path: string): Holder | null {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' && typeof holder.since === 'string'
      ? (holder as Holder)
      : null;
  } catch {
    return null;
  }
}

/** A lock file left empty this long was created by a process killed before it could write its name. */
const UNWRITTEN_LOCK_MS = 10_000;

function ageOf(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** A lock whose holder ran on this machine and has exited: left by a killed change. */
function isAbandoned(path: string, holder: Holder | null): boolean {
  if (holder === null) return ageOf(path) > UNWRITTEN_LOCK_MS;
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `change` holding the folder's lock. Waits up to `timeoutMs` for another change to finish; then gives up
 * with an error naming the holder. `change` must re-read sources.json itself: what was read before is stale.
 */
export async function withManifestLock<T>(
  dir: string,
  change: () => Promise<T>,
  timeoutMs = DEFAULT_LOCK_TIMEOUT_MS,
): Promise<Locked<T>> {
  const path = join(dir, LOCK_FILE);
  const deadline = Date.now() + timeoutMs;
  let wait = 5;
  for (;;) {
    if (tryCreate(path)) break;
    const holder = readHolder(path);
    if (isAbandoned(path, holder)) {
      // Moved aside first, so two processes breaking the same stale lock cannot both remove a fresh one.
      const aside = `${path}.${process.pid}.stale`;
      try {
        renameSync(path, aside);
        rmSync(aside, { force: true });
      } catch {
        // Another process broke it first.
      }
      continue;
    }
    if (Date.now() >= deadline) {
      const by = holder === null ? '' : ` (process ${holder.pid} on ${holder.host} since ${holder.since})`;
      return {
        ok: false,
        error: `another change to sources.json is in progress${by}; try again when it has finished (waited ${Math.round(timeoutMs / 1000)} s for ${path})`,
      };
    }
    await sleep(Math.min(wait, Math.max(1, deadline - Date.now())));
    wait = Math.min(wait * 2, 200);
  }
  try {
    return { ok: true, value: await change() };
  } finally {
    rmSync(path, { force: true });
  }
}
