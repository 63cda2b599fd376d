import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { processIsGone } from '../../src/load/processes.ts';

describe('processIsGone', () => {
  it('says a running process is not gone', () => {
    expect(processIsGone(process.pid)).toBe(false);
  });

  it('says a process that has exited is gone', () => {
    const child = spawnSync(process.execPath, ['-e', '0']);
    expect(child.pid).toBeGreaterThan(0);
    expect(processIsGone(child.pid)).toBe(true);
  });
});
