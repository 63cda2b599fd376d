import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeLeftovers } from '../../src/load/leftovers.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited (so its leftovers are abandoned). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

async function folder(listed: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'archivist-leftovers-'));
  dirs.push(dir);
  await writeFile(
    join(dir, 'sources.json'),
    JSON.stringify({
      articles: listed.map((file, n) => ({
        file,
        title: 't',
        outlet: 'o',
        url: `https://o.example/${n}`,
        published: null,
      })),
    }),
  );
  for (const file of listed) await writeFile(join(dir, file), 'text');
  return dir;
}

describe('removeLeftovers', () => {
  it('removes files a killed import renamed into place but never listed, its journal and temporary files', async () => {
    const dir = await folder(['a.txt']);
    const pid = deadPid();
    await writeFile(join(dir, 'b.txt'), 'renamed before the kill');
    await writeFile(join(dir, `c.txt.${pid}.tmp`), 'not yet renamed');
    await writeFile(join(dir, `.import.${pid}.journal`), JSON.stringify({ files: ['b.txt', 'c.txt'] }));
    removeLeftovers(dir);
    expect((await readdir(dir)).sort()).toEqual(['a.txt', 'sources.json']);
  });

  it('keeps the files of an import whose sources.json was replaced before the kill', async () => {
    const dir = await folder(['a.txt', 'b.txt']);
    const pid = deadPid();
    await writeFile(join(dir, `.import.${pid}.journal`), JSON.stringify({ files: ['b.txt'] }));
    removeLeftovers(dir);
    expect((await readdir(dir)).sort()).toEqual(['a.txt', 'b.txt', 'sources.json']);
  });

  it('leaves the journal and files of a running import alone, and never a file outside the folder', async () => {
    const dir = await folder(['a.txt']);
    await writeFile(join(dir, 'b.txt'), 'being imported');
    await writeFile(join(dir, `.import.${process.ppid}.journal`), JSON.stringify({ files: ['b.txt'] }));
    const pid = deadPid();
    await writeFile(join(dir, `.import.${pid}.journal`), JSON.stringify({ files: ['../a.txt', 'a.txt'] }));
    removeLeftovers(dir);
    expect((await readdir(dir)).sort()).toEqual([`.import.${process.ppid}.journal`, 'a.txt', 'b.txt', 'sources.json']);
  });
});
