import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_DIR, checksumOf, loadCorpusCached } from '../../src/load/cache.ts';
import {
  CACHE_FORMAT,
  decodeCacheFile,
  describeCacheFileError,
  encodeCacheFile,
  parseQuoteLists,
  type CacheContents,
} from '../../src/load/cacheFile.ts';
import { createLogger } from '../../src/log/logger.ts';
import { openSections, sectionChunks, type SectionArray } from '../../src/search/binary.ts';

async function corpusCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'archivist-cachefile-'));
  await cp('data', dir, { recursive: true, filter: (source) => !source.includes(CACHE_DIR) });
  return dir;
}

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The file's sections and header, changed by `edit`, laid out again (without the checksum trailer). */
function rewritten(
  bytes: Uint8Array,
  edit: (header: Record<string, unknown>, sections: Map<string, SectionArray>) => void,
): Uint8Array {
  const opened = openSections(bytes);
  if (!opened.ok) throw new Error(opened.message);
  const header = { ...(opened.value.header as Record<string, unknown>) };
  const sections = new Map(opened.value.names.map((name) => [name, opened.value.read(name) as SectionArray]));
  edit(header, sections);
  return joined(sectionChunks(header, sections));
}

async function loadedContents(): Promise<{ key: string; contents: CacheContents; bytes: Uint8Array }> {
  const dir = await corpusCopy();
  const { corpus, index, quotes, key } = await loadCorpusCached(dir);
  const contents = { corpus, index, quotes };
  const chunks = encodeCacheFile(key, contents);
  if (chunks === null) throw new Error('does not encode');
  return { key, contents, bytes: joined(chunks) };
}

describe('encodeCacheFile and decodeCacheFile', () => {
  it('give back the corpus and quote book, and an index that ranks alike', async () => {
    const { key, contents, bytes } = await loadedContents();
    const decoded = decodeCacheFile(bytes, key);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.corpus).toEqual(contents.corpus);
    expect(decoded.value.quotes).toEqual(contents.quotes);
    const boosts = new Map([
      ['missil', 1],
      ['defenc', 1],
    ]);
    const ranked = contents.index.rank(boosts);
    expect(ranked.length).toBeGreaterThan(0);
    expect(decoded.value.index.rank(boosts)).toEqual(ranked);
  });

  it('refuses another key or format as stale', async () => {
    const { key, bytes } = await loadedContents();
    expect(decodeCacheFile(bytes, 'another')).toEqual({ ok: false, error: { kind: 'stale', reason: 'another key' } });
    const older = rewritten(bytes, (header) => {
      header.format = CACHE_FORMAT - 1;
    });
    const result = decodeCacheFile(older, key);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'stale', reason: `format ${CACHE_FORMAT - 1}, not ${CACHE_FORMAT}` },
    });
    if (!result.ok)
      expect(describeCacheFileError(result.error)).toBe(
        `its header is not this format and key (format ${CACHE_FORMAT - 1}, not ${CACHE_FORMAT})`,
      );
  });

  it('says what is wrong with bytes that are not a cache file, a quote book that is not JSON, or a short column', async () => {
    const { key, bytes } = await loadedContents();
    expect(decodeCacheFile(new TextEncoder().encode('{"key": "truncated'), key)).toEqual({
      ok: false,
      error: { kind: 'container', reason: 'not an archivist binary file' },
    });
    const notJson = rewritten(bytes, (_header, sections) => sections.set('quotes', new TextEncoder().encode('{"q')));
    // The quote book is parsed on first use: bytes that passed the checksum but are not its JSON are a bug, thrown.
    const quotes = decodeCacheFile(notJson, key);
    expect(quotes.ok).toBe(true);
    if (quotes.ok)
      expect(() => quotes.value.quotes.people).toThrow(/^cache: its quote book does not decode \(.*JSON.*\)$/u);
    expect(parseQuoteLists(new TextEncoder().encode('{"quotes": []}'))).toEqual({
      error: 'no quotes and people lists',
    });
    const short = rewritten(bytes, (_header, sections) => sections.set('sentence.end', new Uint32Array(3)));
    const column = decodeCacheFile(short, key);
    expect(column.ok ? null : describeCacheFileError(column.error)).toMatch(
      /^its corpus does not decode: column sentence\.end has 3 entries where \d+ are needed$/u,
    );
  });
});

describe('a cache file that is whole but does not decode', () => {
  it('is logged at warn with the reason, and the corpus is rebuilt and saved again', async () => {
    const dir = await corpusCopy();
    const first = await loadCorpusCached(dir);
    const path = join(dir, CACHE_DIR, `${first.key}.bin`);
    const saved = new Uint8Array(await readFile(path));
    // Same layout as cache.ts writes: the sections, then a marker and the CRC-32 of every byte before it.
    const body = rewritten(saved.subarray(0, saved.length - 12), (_header, sections) =>
      sections.set('passage.sentenceCount', new Uint32Array(2)),
    );
    const marker = new TextEncoder().encode('ARCVCRC1');
    await writeFile(path, joined([body, marker, checksumOf([body])]));

    const lines: { level: string; message: string }[] = [];
    const logger = createLogger('info', (line) => {
      const [, level = '', message = ''] = /^\S+ (\S+) (.*)$/u.exec(line) ?? [];
      lines.push({ level, message });
    });
    const again = await loadCorpusCached(dir, { logger });
    expect(again.cached).toBe(false);
    expect(again.corpus).toEqual(first.corpus);
    expect(lines.filter((l) => l.level !== 'INFO')).toEqual([
      {
        level: 'WARN',
        message: `cache: ${path} is not used: its corpus does not decode: column passage.sentenceCount has 2 entries where ${first.corpus.passages.length} are needed; rebuilding`,
      },
    ]);
    expect((await loadCorpusCached(dir)).cached).toBe(true);
  });
});
