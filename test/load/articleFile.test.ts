import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  openFolder,
  readCorpusFile,
  readRegularFile,
  reasonOf,
  type CorpusFolder,
} from '../../src/load/articleFile.ts';

async function folder(): Promise<CorpusFolder> {
  const dir = await mkdtemp(join(tmpdir(), 'archivist-file-'));
  const opened = openFolder(dir);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.folder;
}

describe('openFolder', () => {
  it('resolves a folder, and says why a missing path or a file is not one', async () => {
    const { dir, real } = await folder();
    expect(openFolder(dir)).toEqual({ ok: true, folder: { dir, real } });
    expect(openFolder(join(dir, 'none'))).toEqual({ ok: false, missing: true, reason: 'does not exist' });
    await writeFile(join(dir, 'f.txt'), 'x');
    expect(openFolder(join(dir, 'f.txt'))).toEqual({
      ok: false,
      missing: false,
      reason: 'is not a folder (--data and CORPUS_DIR name the corpus folder)',
    });
  });
});

describe('readCorpusFile', () => {
  it('reads a regular file and a symlink to a file inside the folder', async () => {
    const f = await folder();
    await writeFile(join(f.real, 'a.txt'), 'hello');
    await mkdir(join(f.real, 'sub'));
    await writeFile(join(f.real, 'sub', 'b.txt'), 'inside');
    await symlink(join(f.real, 'sub', 'b.txt'), join(f.real, 'link.txt'));
    const text = (name: string) => {
      const read = readCorpusFile(f, name, 100);
      return read.ok ? Buffer.from(read.bytes).toString('utf8') : read.reason;
    };
    expect([text('a.txt'), text('link.txt')]).toEqual(['hello', 'inside']);
  });

  it('refuses what is not a regular file inside the folder, each with its reason', async () => {
    const f = await folder();
    await mkdir(join(f.real, 'dir'));
    execFileSync('mkfifo', [join(f.real, 'fifo')]);
    await symlink('/dev/null', join(f.real, 'null'));
    await writeFile(join(f.real, 'big'), 'x'.repeat(101));
    expect(readCorpusFile(f, 'missing', 100)).toEqual({ ok: false, missing: true, reason: 'is missing' });
    expect(readCorpusFile(f, 'dir', 100)).toEqual({ ok: false, missing: false, reason: 'is a directory, not a file' });
    expect(readCorpusFile(f, 'fifo', 100)).toEqual({
      ok: false,
      missing: false,
      reason: 'is a named pipe (FIFO), not a regular file',
    });
    expect(readCorpusFile(f, 'null', 100)).toEqual({
      ok: false,
      missing: false,
      reason: 'is a symbolic link to a file outside the corpus folder; only files inside it are read',
    });
    expect(readCorpusFile(f, 'big', 100)).toEqual({
      ok: false,
      missing: false,
      reason: 'is larger than the limit of 100 bytes for one file (101 bytes; CORPUS_MAX_FILE_BYTES sets the limit)',
    });
  });

  it('reads into a shared buffer, growing it when a file is larger', async () => {
    const f = await folder();
    await writeFile(join(f.real, 'a.txt'), 'abcdefghij');
    const shared = { bytes: new Uint8Array(4) };
    const read = readCorpusFile(f, 'a.txt', 100, shared);
    expect(read.ok && Buffer.from(read.bytes).toString('utf8')).toBe('abcdefghij');
    expect(shared.bytes.length).toBeGreaterThanOrEqual(10);
  });
});

describe('readRegularFile', () => {
  it('follows symlinks anywhere (an operator names the file) but still refuses devices and pipes', async () => {
    const f = await folder();
    await writeFile(join(f.real, 'a.txt'), 'hello');
    await symlink(join(f.real, 'a.txt'), join(f.real, 'l.txt'));
    const read = readRegularFile(join(f.real, 'l.txt'), 100);
    expect(read.ok && Buffer.from(read.bytes).toString('utf8')).toBe('hello');
    expect(readRegularFile('/dev/zero', 100)).toEqual({
      ok: false,
      missing: false,
      reason: 'is a device, not a regular file',
    });
    expect(readRegularFile(join(f.real, 'none.txt'), 100)).toEqual({
      ok: false,
      missing: true,
      reason: 'does not exist',
    });
  });
});

describe('reasonOf', () => {
  it('words known error codes and keeps the code of others', () => {
    expect(reasonOf(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe(
      'cannot be read: permission denied (EACCES)',
    );
    expect(reasonOf(Object.assign(new Error('x'), { code: 'EMFILE' }))).toBe('cannot be read: EMFILE');
  });
});
