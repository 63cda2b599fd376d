import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, withManifestLock } from '../../src/load/manifestLock.ts';

const folder = () => mkdtemp(join(tmpdir(), 'archivist-lock-'));

describe('withManifestLock', () => {
  it('runs changes one at a time and removes the lock after each', async () => {
    const dir = await folder();
    const events: string[] = [];
    const change = (name: string) => async () => {
      events.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, 30));
      events.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([
      withManifestLock(dir, change('a'), 2000),
      withManifestLock(dir, change('b'), 2000),
    ]);
    expect(results).toEqual([
      { ok: true, value: 'a' },
      { ok: true, value: 'b' },
    ]);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
    expect(await readdir(dir)).toEqual([]);
  });

  it('releases the lock when the change throws', async () => {
    const dir = await folder();
    await expect(withManifestLock(dir, () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(await readdir(dir)).toEqual([]);
  });

  it('breaks a lock whose process is gone, but not one held by a process on another machine', async () => {
    const dir = await folder();
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 2 ** 30, host: hostname(), since: '2024-01-01T00:00:00.000Z' }),
    );
    expect(await withManifestLock(dir, async () => 'ran', 200)).toEqual({ ok: true, value: 'ran' });
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 2 ** 30, host: 'elsewhere', since: '2024-01-01T00:00:00.000Z' }),
    );
    expect(await withManifestLock(dir, async () => 'ran', 100)).toEqual({
      ok: false,
      error: `another change to sources.json is in progress (process ${2 ** 30} on elsewhere since 2024-01-01T00:00:00.000Z); try again when it has finished (waited 0 s for ${join(dir, LOCK_FILE)})`,
    });
  });
});
