// Vitest global setup: every test's temporary folders and files go under one fresh folder, removed when the run
// ends, so a test run leaves nothing behind in the system's temp folder (tests call os.tmpdir(), which reads TMPDIR).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'archivist-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
