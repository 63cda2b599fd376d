// A saved, processed corpus, search index and quote book beside the corpus (in DIR/.archivist-cache/), keyed by a hash of the
// manifest, every article file's bytes, and the code that turns them into passages and an index: any change to an
// article or to that code gives a new key, so a stale cache is never used. A file's hash is remembered with its stamp
// (fileStamps.ts), so a start reads only the files whose stamp changed. The file ends with a hash of its own
// bytes, checked before use, so an altered or damaged cache is rebuilt, never served. Writing it is best effort,
// and every failure to read or write it is logged at warn level with its reason. This module does the I/O only: the
// bytes are laid out by cacheFile.ts, the corpus columns by src/corpus/codec.ts, the index by src/search/indexCodec.ts.
import { processIsGone } from './processes.ts';
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../corpus/build.ts';
import { listedFileNames } from '../corpus/manifest.ts';
import type { Corpus } from '../corpus/types.ts';
import { DEFAULT_CORPUS_MAX_FILE_BYTES } from '../config/config.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import { buildQuoteBook, type QuoteBook } from '../quotes/book.ts';
import type { ByteSource } from '../search/binary.ts';
import { buildIndex, type SearchIndex } from '../search/indexCodec.ts';
import {
  CACHE_FORMAT,
  decodeCacheFile,
  describeCacheFileError,
  encodeCacheFile,
  type CacheContents,
} from './cacheFile.ts';
import { reasonOf } from './articleFile.ts';
import {
  fingerprintFile,
  hashBytes,
  readStampBook,
  writeStampBook,
  type Fingerprint,
  type StampBook,
} from './fileStamps.ts';
import { readListedFiles, readManifestFile, type LoadOptions } from './corpus.ts';
import { pageReaderFor } from './pageReader.ts';
import { buildIndexAndBook } from './rebuild.ts';
import type { OnProgress } from './progress.ts';

export const CACHE_DIR = '.archivist-cache';
const CACHE_EXTENSION = '.bin';
/** The folders whose code decides what the cache holds (threads: the index and quote book built on other threads). */
const PIPELINE_FOLDERS = ['corpus', 'search', 'quotes', 'threads'];
/**
 * The file's last bytes: a marker, then the CRC-32 of every byte before it (big-endian). It is there to catch damage
 * (a truncated or torn file, flipped bits), which a CRC-32 misses about once in 4 billion; it never guarded against a
 * deliberate edit (whoever can write the file can write its checksum), so a cryptographic hash bought nothing, and
 * SHA-256 of the whole file (115 MB at 100k passages) was about a tenth of a cold start. README: "The cache is checked".
 */
const CHECKSUM_MARKER = new TextEncoder().encode('ARCVCRC1');
const CHECKSUM_BYTES = CHECKSUM_MARKER.length + 4;
/** A save in progress writes `<key>.bin.<pid>.tmp`; one whose process is gone was killed. */
const TEMPORARY = /\.(\d+)\.tmp$/u;
/** Errors that mean "there is no cache here": not worth a warning when reading. */
const ABSENT: ReadonlySet<string> = new Set(['ENOENT', 'ENOTDIR']);
const MISSING: Fingerprint = { ok: false, missing: true, reason: 'is missing' };

export interface LoadedCorpus {
  corpus: Corpus;
  index: SearchIndex;
  quotes: QuoteBook;
  /** Whether both came from the cache. */
  cached: boolean;
  key: string;
}

export interface CacheOptions extends LoadOptions {
  /** Where cache failures are reported; warnings on stderr when not given. */
  logger?: Logger;
  /** Stages and counts of a rebuild (or that the cache was used), for the entry point to log. */
  onProgress?: OnProgress;
  /** Threads that build the quote book (BUILD_WORKERS; 1, the main thread, when not given). */
  buildWorkers?: number | 'auto';
  /**
   * With the quote book in the main thread, a corpus of at least this many passages is indexed on a worker thread
   * meanwhile (src/threads/indexThread.ts; MIN_PASSAGES_FOR_INDEX_THREAD when not given, Infinity never).
   */
  indexThreadMinPassages?: number;
}

/**
 * Libraries whose versions decide what the cache holds (tokens, stems, sentences, pages): an upgrade of any of them
 * rebuilds. Read from their package.json, beside this project's.
 */
const PIPELINE_PACKAGES = [
  'minisearch',
  'stemmer',
  'wink-nlp',
  'wink-eng-lite-web-model',
  'gender-detection-from-name',
  'linkedom',
  '@mozilla/readability',
];

/** `name@version` of each pipeline package ("name@absent" when it is not installed). */
export async function pipelinePackageVersions(): Promise<string[]> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return Promise.all(
    PIPELINE_PACKAGES.map(async (name) => {
      try {
        const json = JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
          version?: unknown;
        };
        return `${name}@${typeof json.version === 'string' ? json.version : 'unknown'}`;
      } catch {
        return `${name}@absent`;
      }
    }),
  );
}

const stderrLogger = createLogger('info', (line) => process.stderr.write(`${line}\n`));

let pipelineHash: Promise<string> | undefined;

/** A hash of the ingestion and indexing code, computed once per process. */
function hashPipeline(): Promise<string> {
  pipelineHash ??= (async () => {
    const src = join(dirname(fileURLToPath(import.meta.url)), '..');
    const hash = createHash('sha256');
    for (const folder of PIPELINE_FOLDERS) {
      const files = (await readdir(join(src, folder))).filter((f) => f.endsWith('.ts')).sort();
      for (const file of files) hash.update(`${folder}/${file}\0`).update(await readFile(join(src, folder, file)));
    }
    for (const file of ['cache.ts', 'cacheFile.ts', 'articleFile.ts', 'fileStamps.ts', 'rebuild.ts'])
      hash.update(`load/${file}\0`).update(await readFile(join(src, 'load', file)));
    for (const version of await pipelinePackageVersions()) hash.update(`package ${version}\0`);
    return hash.digest('hex');
  })();
  return pipelineHash;
}

/**
 * The cache key: manifest, each listed file's length and hash (or why it was not read: missing, too large, a
 * directory…), and the pipeline code. The reason of an unread file is part of the key, so a changed size cap rebuilds.
 */
function cacheKey(
  pipeline: string,
  manifestBytes: Uint8Array | null,
  files: readonly string[],
  fingerprints: ReadonlyMap<string, Fingerprint>,
): string {
  const hash = createHash('sha256').update(`archivist-cache ${CACHE_FORMAT}\0${pipeline}\0`);
  hash.update(manifestBytes ?? 'no manifest');
  for (const file of files) {
    const print = fingerprints.get(file) ?? MISSING;
    hash.update(`\0${file}\0${print.ok ? `${print.length}\0${print.hash}` : `unread ${print.reason}`}\0`);
  }
  return hash.digest('hex').slice(0, 32);
}

/** A file read section by section: each read gets its own aligned array, so nothing keeps the whole file alive. */
function fileSource(fd: number, length: number): ByteSource {
  return {
    length,
    read(offset, count) {
      if (offset + count > length) throw new Error(`section past the end (${offset + count} > ${length} bytes)`);
      const bytes = new Uint8Array(count);
      let done = 0;
      while (done < count) {
        const read = readSync(fd, bytes, done, count - done, offset + done);
        if (read === 0) throw new Error('file ended early');
        done += read;
      }
      return bytes;
    },
  };
}

/** Whether the file's trailing checksum matches its contents; the reason when it does not. */
function verifyChecksum(fd: number, size: number): { ok: true } | { ok: false; reason: string } {
  if (size < CHECKSUM_BYTES) return { ok: false, reason: 'too short to hold its checksum' };
  const body = size - CHECKSUM_BYTES;
  const trailer = new Uint8Array(CHECKSUM_BYTES);
  if (readSync(fd, trailer, 0, CHECKSUM_BYTES, body) !== CHECKSUM_BYTES)
    return { ok: false, reason: 'checksum unreadable' };
  if (!CHECKSUM_MARKER.every((b, i) => trailer[i] === b))
    return { ok: false, reason: 'no checksum (an older or damaged file)' };
  let crc = 0;
  const chunk = new Uint8Array(1 << 20);
  for (let at = 0; at < body; ) {
    const read = readSync(fd, chunk, 0, Math.min(chunk.length, body - at), at);
    if (read === 0) return { ok: false, reason: 'file ended early' };
    crc = crc32(chunk.subarray(0, read), crc);
    at += read;
  }
  const expected = new DataView(trailer.buffer, CHECKSUM_MARKER.length, 4).getUint32(0);
  if (crc !== expected) return { ok: false, reason: 'its contents do not match its checksum (altered or damaged)' };
  return { ok: true };
}

/**
 * Closes a restored cache file once nothing can read from it any more: its corpus reads the article texts from the
 * open file when each article is first read (a later save that replaces or removes the file leaves this open copy
 * as it was).
 */
const openCacheFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing to do.
  }
});

function restoreFile(path: string, key: string, logger: Logger): CacheContents | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    // No cache yet (or something that is not a folder in its place, which saving then reports).
    if (!ABSENT.has((error as NodeJS.ErrnoException).code ?? ''))
      logger.warn(`cache: ${path} ${reasonOf(error)}; rebuilding`);
    return null;
  }
  let keepOpen = false;
  try {
    const size = fstatSync(fd).size;
    const checked = verifyChecksum(fd, size);
    if (!checked.ok) {
      logger.warn(`cache: ${path} is not used: ${checked.reason}; rebuilding`);
      return null;
    }
    const source = fileSource(fd, size - CHECKSUM_BYTES);
    const restored = decodeCacheFile(source, key);
    if (!restored.ok) {
      logger.warn(`cache: ${path} is not used: ${describeCacheFileError(restored.error)}; rebuilding`);
      return null;
    }
    // The corpus holds `source` (through its articles) for as long as it is in use; the file closes after that.
    openCacheFiles.register(source, fd);
    keepOpen = true;
    return restored.value;
  } catch (error) {
    logger.warn(`cache: ${path} ${reasonOf(error)}; rebuilding`);
    return null;
  } finally {
    if (!keepOpen) closeSync(fd);
  }
}

/** Removes the temporary files of saves whose process was killed (a save still running in another process stays). */
export function removeLeftoverTemporaries(dir: string, logger: Logger): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if (!ABSENT.has((error as NodeJS.ErrnoException).code ?? ''))
      logger.warn(`cache: cannot list ${dir}: ${reasonOf(error)}`);
    return;
  }
  for (const name of names) {
    const pid = Number(TEMPORARY.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isInteger(pid) || pid === process.pid || !processIsGone(pid)) continue;
    try {
      rmSync(join(dir, name), { force: true });
      logger.info(`cache: removed ${join(dir, name)}, left by a save that did not finish`);
    } catch (error) {
      logger.warn(`cache: cannot remove ${join(dir, name)}, left by a save that did not finish: ${reasonOf(error)}`);
    }
  }
}

/** Reads a corpus directory, from its cache when the key matches, else by ingesting and indexing (then saving). */
export async function loadCorpusCached(dir: string, options: CacheOptions = {}): Promise<LoadedCorpus> {
  const logger = options.logger ?? stderrLogger;
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_CORPUS_MAX_FILE_BYTES;
  const pipeline = await hashPipeline();
  const manifest = readManifestFile(dir);
  if (!manifest.ok) {
    const corpus: Corpus = { articles: [], passages: [], problems: [manifest.problem] };
    return { corpus, index: buildIndex(corpus), quotes: buildQuoteBook([]), cached: false, key: '' };
  }
  const { folder } = manifest;
  const cacheDir = join(dir, CACHE_DIR);
  removeLeftoverTemporaries(cacheDir, logger);
  const candidates = listedFileNames(manifest.text);
  // An unchanged file (same stamp as at the last start) is not read: its remembered length and hash are used.
  const known: StampBook = folder === null ? new Map() : readStampBook(cacheDir, logger);
  const kept: StampBook = new Map();
  const fingerprints = new Map<string, Fingerprint>();
  // Hashing reads every changed file into one reused buffer: each view is valid until the next read.
  const shared = { bytes: new Uint8Array(1 << 20) };
  if (folder !== null)
    for (const file of candidates)
      if (!fingerprints.has(file))
        fingerprints.set(
          file,
          fingerprintFile(folder, file, maxFileBytes, known, shared, (f, record) => kept.set(f, record)),
        );
  const key = cacheKey(pipeline, manifest.bytes, candidates, fingerprints);
  const restored = restoreFile(join(cacheDir, `${key}${CACHE_EXTENSION}`), key, logger);
  if (restored) {
    if (folder !== null && changedBook(known, kept)) writeStampBook(cacheDir, kept, logger);
    options.onProgress?.({
      stage: 'cache',
      articles: restored.corpus.articles.length,
      passages: restored.corpus.passages.length,
    });
    return { ...restored, cached: true, key };
  }

  // Build from the bytes read now, and key the saved result by exactly those bytes (files may have changed since).
  options.onProgress?.({ stage: 'reading', files: candidates.length });
  const { files, unreadable } = readListedFiles(folder, candidates, maxFileBytes);
  const built = new Map<string, Fingerprint>();
  // The stamps taken above were taken before these reads: a file changed since then has another stamp now.
  const builtBook: StampBook = new Map();
  for (const file of candidates) {
    const bytes = files.get(file);
    const reason = unreadable.get(file);
    if (bytes !== undefined) {
      const print = { ok: true as const, length: bytes.length, hash: hashBytes(bytes) };
      built.set(file, print);
      const stamp = kept.get(file)?.stamp;
      if (stamp !== undefined) builtBook.set(file, { stamp, length: print.length, hash: print.hash });
    } else if (reason !== undefined) built.set(file, { ok: false, missing: false, reason });
  }
  const builtKey = cacheKey(pipeline, manifest.bytes, candidates, built);
  const readPage = await pageReaderFor(candidates);
  const onProgress = options.onProgress;
  const corpus = buildCorpus(manifest.text, files, unreadable, {
    ...(readPage === undefined ? {} : { readPage }),
    ...(onProgress === undefined
      ? {}
      : { onEntry: (done: number, total: number) => onProgress({ stage: 'ingesting', done, total }) }),
  });
  const { index, quotes } = await buildIndexAndBook(corpus, {
    logger,
    onProgress,
    buildWorkers: options.buildWorkers ?? 1,
    indexThreadMinPassages: options.indexThreadMinPassages,
  });
  if (folder !== null) {
    const path = join(cacheDir, `${builtKey}${CACHE_EXTENSION}`);
    await save(path, builtKey, corpus, index, quotes).then(
      (saved) => {
        if (!saved)
          logger.warn(
            `cache: ${path} not saved: the corpus breaks an invariant the cache relies on; every start rebuilds`,
          );
      },
      (error: unknown) =>
        logger.warn(
          `cache: ${path} could not be saved (${error instanceof Error ? error.message : String(error)}); every start rebuilds until it can`,
        ),
    );
    if (existsSync(cacheDir) && changedBook(known, builtBook)) writeStampBook(cacheDir, builtBook, logger);
  }
  return { corpus, index, quotes, cached: false, key: builtKey };
}

/** Whether the stamps to keep differ from those read (a file added, removed, changed or seen for the first time). */
function changedBook(read: StampBook, kept: StampBook): boolean {
  if (read.size !== kept.size) return true;
  for (const [file, record] of kept) if (read.get(file) !== record) return true;
  return false;
}

/** The checksum trailer's number for these bytes, as its 4 bytes (big-endian). */
export function checksumOf(chunks: readonly Uint8Array[]): Uint8Array {
  let crc = 0;
  for (const chunk of chunks) crc = crc32(chunk, crc);
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, crc);
  return bytes;
}

/** Writes the cache (false when the corpus cannot be encoded); a failure throws, with the temporary file removed. */
async function save(path: string, key: string, corpus: Corpus, index: SearchIndex, book: QuoteBook): Promise<boolean> {
  const chunks = encodeCacheFile(key, { corpus, index, quotes: book });
  if (chunks === null) return false;
  chunks.push(CHECKSUM_MARKER, checksumOf(chunks));
  await mkdir(dirname(path), { recursive: true });
  // Older entries are for other article versions (or an older cache format): drop them so the cache does not grow.
  for (const old of await readdir(dirname(path))) {
    if ((old.endsWith('.json') || old.endsWith(CACHE_EXTENSION)) && old !== `${key}${CACHE_EXTENSION}`)
      await rm(join(dirname(path), old), { force: true });
  }
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, chunks);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return true;
}
