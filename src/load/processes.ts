// Whether a process of this machine still runs: how the loaders tell a lock or temporary file of a killed process
// (safe to remove) from one of a process still writing it.

/** True when no process `pid` exists here (kill(pid, 0) answers ESRCH); a process we may not signal still exists. */
export function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
