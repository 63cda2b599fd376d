import { appendFile, mkdtemp, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openFolder, type CorpusFolder } from '../../src/load/articleFile.ts';
import {
  fingerprintFile,
  hashBytes,
  readStampBook,
  STAMPS_FILE,
  stampFile,
  writeStampBook,
  type StampBook,
  type StampRecord,
} from '../../src/load/fileStamps.ts';
import { createLogger } from '../../src/log/logger.ts';

async function folder(): Promise<CorpusFolder> {
  const dir = await mkdtemp(join(tmpdir(), 'archivist-stamps-'));
  const opened = openFolder(dir);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.folder;
}

function recorder(): { lines: string[]; logger: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  return { lines, logger: createLogger('info', (line) => lines.push(line.replace(/^\S+ /u, ''))) };
}

/** The fingerprint of `file` and the record it asks to keep (undefined when none). */
function fingerprint(f: CorpusFolder, file: string, book: StampBook, maxBytes = 1000) {
  let kept: StampRecord | undefined;
  const print = fingerprintFile(f, file, maxBytes, book, { bytes: new Uint8Array(16) }, (_, record) => {
    kept = record;
  });
  return { print, kept };
}

/** Runs `work` with the clock `seconds` ahead, as if the files had been written that long ago. */
function later<T>(seconds: number, work: () => T): T {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + seconds * 1000);
  try {
    return work();
  } finally {
    vi.useRealTimers();
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('fingerprintFile', () => {
  it('reads and hashes a file with no record, and keeps its stamp when it last changed more than 3 s before', async () => {
    const f = await folder();
    await writeFile(join(f.real, 'a.txt'), 'hello');
    const expected = { ok: true, length: 5, hash: hashBytes(new TextEncoder().encode('hello')) };
    const { print, kept } = later(10, () => fingerprint(f, 'a.txt', new Map()));
    expect(print).toEqual(expected);
    expect(kept).toEqual({ stamp: stampFile(f, 'a.txt')?.stamp, length: 5, hash: expected.hash });
  });

  it('keeps no stamp for a file changed within the last 3 s (an edit in the same clock tick would keep it)', async () => {
    const f = await folder();
    await writeFile(join(f.real, 'a.txt'), 'hello');
    const { print, kept } = fingerprint(f, 'a.txt', new Map());
    expect(print).toEqual({ ok: true, length: 5, hash: hashBytes(new TextEncoder().encode('hello')) });
    expect(kept).toBeUndefined();
  });

  it('takes the recorded hash, without reading the file, when its stamp is the recorded one', async () => {
    const f = await folder();
    await writeFile(join(f.real, 'a.txt'), 'hello');
    const record = { stamp: stampFile(f, 'a.txt')?.stamp ?? '', length: 5, hash: 'recorded' };
    const { print, kept } = fingerprint(f, 'a.txt', new Map([['a.txt', record]]));
    expect(print).toEqual({ ok: true, length: 5, hash: 'recorded' });
    expect(kept).toBe(record);
  });

  it('reads again a file whose size and modification time changed', async () => {
    const f = await folder();
    await writeFile(join(f.real, 'a.txt'), 'hello');
    const record = { stamp: stampFile(f, 'a.txt')?.stamp ?? '', length: 5, hash: 'recorded' };
    await appendFile(join(f.real, 'a.txt'), ' world');
    const { print } = fingerprint(f, 'a.txt', new Map([['a.txt', record]]));
    expect(print).toEqual({ ok: true, length: 11, hash: hashBytes(new TextEncoder().encode('hello world')) });
  });

  it('reads again a file edited with its size and modification time kept (its change time moved)', async () => {
    const f = await folder();
    const path = join(f.real, 'a.txt');
    await writeFile(path, 'hello');
    // Whole seconds, so that setting the time again gives exactly the same time.
    await utimes(path, 1_700_000_000, 1_700_000_000);
    const record = { stamp: stampFile(f, 'a.txt')?.stamp ?? '', length: 5, hash: 'recorded' };
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeFile(path, 'jello');
    await utimes(path, 1_700_000_000, 1_700_000_000);
    expect((await stat(path)).mtimeMs).toBe(1_700_000_000_000);
    const { print } = fingerprint(f, 'a.txt', new Map([['a.txt', record]]));
    expect(print).toEqual({ ok: true, length: 5, hash: hashBytes(new TextEncoder().encode('jello')) });
  });

  it('gives the reason of a file that cannot be read, whatever its record says', async () => {
    const f = await folder();
    await writeFile(join(f.real, 'big.txt'), 'x'.repeat(20));
    const record = { stamp: stampFile(f, 'big.txt')?.stamp ?? '', length: 20, hash: 'recorded' };
    expect(fingerprint(f, 'big.txt', new Map([['big.txt', record]]), 10).print).toEqual({
      ok: false,
      missing: false,
      reason: 'is larger than the limit of 10 bytes for one file (20 bytes; CORPUS_MAX_FILE_BYTES sets the limit)',
    });
    expect(fingerprint(f, 'none.txt', new Map()).print).toEqual({ ok: false, missing: true, reason: 'is missing' });
  });
});

describe('the stamps file', () => {
  it('gives back the records written', async () => {
    const { real } = await folder();
    const book: StampBook = new Map([
      ['b.txt', { stamp: '2:3:4:5:6', length: 2, hash: 'hb' }],
      ['a.txt', { stamp: '1:2:3:4:5', length: 1, hash: 'ha' }],
    ]);
    const { lines, logger } = recorder();
    writeStampBook(real, book, logger);
    expect(readStampBook(real, logger)).toEqual(book);
    expect(lines).toEqual([]);
  });

  it('is no records, silently, when missing, and with a warning when it is not a stamps file', async () => {
    const { real } = await folder();
    const { lines, logger } = recorder();
    expect(readStampBook(real, logger).size).toBe(0);
    await writeFile(join(real, STAMPS_FILE), '{"format": 0, "files": {}}');
    expect(readStampBook(real, logger).size).toBe(0);
    expect(lines).toEqual([
      `WARN cache: ${join(real, STAMPS_FILE)} is not a stamps file of this format; every article file is read`,
    ]);
  });

  it('skips a malformed record and keeps the others', async () => {
    const { real } = await folder();
    await writeFile(
      join(real, STAMPS_FILE),
      [
        'archivist-stamps 2',
        'a.txt\t1:2:3:4:5\t1\tha',
        'b.txt\t1:2:3:4:5\tone\thb',
        'c.txt\t1:2:3:4:5\t1.5\thc',
        'd.txt\t1:2:3:4:5\t1',
        'e.txt\t1:2:3:4:5\t1\the\tmore',
        '',
      ].join('\n'),
    );
    expect([...readStampBook(real, recorder().logger).keys()]).toEqual(['a.txt']);
  });

  it('does not remember a file whose name holds a tab or a line break', async () => {
    const { real } = await folder();
    const record = { stamp: '1:2:3:4:5', length: 1, hash: 'ha' };
    const book: StampBook = new Map([
      ['a.txt', record],
      ['tab\there.txt', record],
      ['line\nbreak.txt', record],
    ]);
    writeStampBook(real, book, recorder().logger);
    expect(readStampBook(real, recorder().logger)).toEqual(new Map([['a.txt', record]]));
    expect(await readFile(join(real, STAMPS_FILE), 'utf8')).toBe('archivist-stamps 2\na.txt\t1:2:3:4:5\t1\tha\n');
  });
});
