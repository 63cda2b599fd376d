// A saved, processed corpus, search index and quote book beside the corpus (in DIR/.archivist-cache/), keyed by a hash of the
// manifest, every article file, and the code that turns them into passages and an index: any change to an
// article or to that code gives a new key, so a stale cache is never used. The file ends with a hash of its own
// bytes, checked before use, so an altered or damaged cache is rebuilt, never served. Writing it is best effort,
// and every failure to read or write it is logged with its reason.
import { processIsGone } from './processes.ts';
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../corpus/build.ts';
import { listedFileNames } from '../corpus/manifest.ts';
import type { Article, BlockKind, Corpus, Paragraph, Passage, Problem, Sentence } from '../corpus/types.ts';
import { DEFAULT_CORPUS_MAX_FILE_BYTES } from '../config/config.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import { buildQuoteBook, type QuoteBook } from '../quotes/book.ts';
import {
  openSections,
  sectionChunks,
  type ByteSource,
  type OpenedSections,
  type SectionArray,
} from '../search/binary.ts';
import { buildIndex, loadIndex, serializeIndex, type SearchIndex } from '../search/indexCodec.ts';
import { readCorpusFile, reasonOf, type FileReading } from './articleFile.ts';
import { readListedFiles, readManifestFile, type LoadOptions } from './corpus.ts';
import { pageReaderFor } from './pageReader.ts';
import type { OnProgress } from './progress.ts';

export const CACHE_DIR = '.archivist-cache';
const CACHE_FORMAT = 7;
const CACHE_EXTENSION = '.bin';
/** The folders whose code decides what the cache holds. */
const PIPELINE_FOLDERS = ['corpus', 'search', 'quotes'];
/** The file's last bytes: a marker, then the SHA-256 of every byte before it. */
const CHECKSUM_MARKER = new TextEncoder().encode('ARCVSUM1');
const CHECKSUM_BYTES = CHECKSUM_MARKER.length + 32;
/** A save in progress writes `<key>.bin.<pid>.tmp`; one whose process is gone was killed. */
const TEMPORARY = /\.(\d+)\.tmp$/u;
/** Errors that mean "there is no cache here": not worth a warning when reading. */
const ABSENT: ReadonlySet<string> = new Set(['ENOENT', 'ENOTDIR']);

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
    for (const file of ['cache.ts', 'articleFile.ts'])
      hash.update(`load/${file}\0`).update(await readFile(join(src, 'load', file)));
    for (const version of await pipelinePackageVersions()) hash.update(`package ${version}\0`);
    return hash.digest('hex');
  })();
  return pipelineHash;
}

/**
 * The cache key: manifest, each listed file's bytes (or why it was not read: missing, too large, a directory…),
 * and the pipeline code. The reason of an unread file is part of the key, so a changed size cap rebuilds.
 */
function cacheKey(
  pipeline: string,
  manifestBytes: Uint8Array | null,
  files: readonly string[],
  read: (file: string) => FileReading,
): string {
  const hash = createHash('sha256').update(`archivist-cache ${CACHE_FORMAT}\0${pipeline}\0`);
  hash.update(manifestBytes ?? 'no manifest');
  for (const file of files) {
    const reading = read(file);
    hash.update(`\0${file}\0${reading.ok ? reading.bytes.length : `unread ${reading.reason}`}\0`);
    if (reading.ok) hash.update(reading.bytes);
  }
  return hash.digest('hex').slice(0, 32);
}

/** A file read section by section: each read gets its own aligned array, so nothing keeps the whole file alive. */
function fileSource(fd: number, length: number): ByteSource {
  return {
    length,
    read(offset, count) {
      if (offset + count > length) throw new Malformed('section past the end');
      const bytes = new Uint8Array(count);
      let done = 0;
      while (done < count) {
        const read = readSync(fd, bytes, done, count - done, offset + done);
        if (read === 0) throw new Malformed('file ended early');
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
  const hash = createHash('sha256');
  const chunk = new Uint8Array(1 << 20);
  for (let at = 0; at < body; ) {
    const read = readSync(fd, chunk, 0, Math.min(chunk.length, body - at), at);
    if (read === 0) return { ok: false, reason: 'file ended early' };
    hash.update(chunk.subarray(0, read));
    at += read;
  }
  const expected = trailer.subarray(CHECKSUM_MARKER.length);
  const actual = hash.digest();
  if (!actual.equals(expected))
    return { ok: false, reason: 'its contents do not match its checksum (altered or damaged)' };
  return { ok: true };
}

function restoreFile(
  path: string,
  key: string,
  logger: Logger,
): { corpus: Corpus; index: SearchIndex; quotes: QuoteBook } | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    // No cache yet (or something that is not a folder in its place, which saving then reports).
    if (!ABSENT.has((error as NodeJS.ErrnoException).code ?? ''))
      logger.warn(`cache: ${path} ${reasonOf(error)}; rebuilding`);
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    const checked = verifyChecksum(fd, size);
    if (!checked.ok) {
      logger.warn(`cache: ${path} is not used: ${checked.reason}; rebuilding`);
      return null;
    }
    const restored = restore(fileSource(fd, size - CHECKSUM_BYTES), key);
    if (!restored.ok) logger.warn(`cache: ${path} is not used: ${restored.reason}; rebuilding`);
    return restored.ok ? restored.value : null;
  } catch (error) {
    logger.warn(`cache: ${path} ${reasonOf(error)}; rebuilding`);
    return null;
  } finally {
    closeSync(fd);
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
  // Hashing reads every file into one reused buffer: each view is valid until the next read.
  const shared = { bytes: new Uint8Array(1 << 20) };
  const missing: FileReading = { ok: false, missing: true, reason: 'is missing' };
  const key = cacheKey(pipeline, manifest.bytes, candidates, (file) =>
    folder === null ? missing : readCorpusFile(folder, file, maxFileBytes, shared),
  );
  const restored = restoreFile(join(cacheDir, `${key}${CACHE_EXTENSION}`), key, logger);
  if (restored) {
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
  const builtKey = cacheKey(pipeline, manifest.bytes, candidates, (file) => {
    const bytes = files.get(file);
    if (bytes !== undefined) return { ok: true, bytes };
    const reason = unreadable.get(file);
    return reason === undefined ? missing : { ok: false, missing: false, reason };
  });
  const readPage = await pageReaderFor(candidates);
  const onProgress = options.onProgress;
  const corpus = buildCorpus(manifest.text, files, unreadable, {
    ...(readPage === undefined ? {} : { readPage }),
    ...(onProgress === undefined
      ? {}
      : { onEntry: (done: number, total: number) => onProgress({ stage: 'ingesting', done, total }) }),
  });
  let started = Date.now();
  onProgress?.({ stage: 'indexing', passages: corpus.passages.length });
  const index = buildIndex(corpus);
  onProgress?.({ stage: 'indexed', passages: corpus.passages.length, ms: Date.now() - started });
  started = Date.now();
  onProgress?.({ stage: 'quoting', articles: corpus.articles.length });
  const quotes = buildQuoteBook(corpus.articles);
  onProgress?.({ stage: 'quoted', articles: corpus.articles.length, ms: Date.now() - started });
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
  }
  return { corpus, index, quotes, cached: false, key: builtKey };
}

interface SavedArticle {
  id: string;
  file: string;
  title: string | null;
  outlet: string;
  url: string;
  published: string | null;
  byline?: string;
}

interface Header {
  format: number;
  key: string;
  problems: Problem[];
  articles: SavedArticle[];
  passageIds: string[];
}

const KINDS: readonly BlockKind[] = ['title', 'heading', 'body'];

/**
 * The corpus as columns: article texts as UTF-8, paragraphs, sentences and passages as number arrays. Passage
 * texts and the quote book's articles are not stored: they are slices of, and the same objects as, the articles.
 * Null when the corpus breaks an invariant the columns rely on (indices equal to positions).
 */
function encodeCache(key: string, corpus: Corpus, index: SearchIndex, book: QuoteBook): Uint8Array[] | null {
  const articleNumber = new Map(corpus.articles.map((a, i) => [a.id, i]));
  const encoder = new TextEncoder();
  // Every text encoded straight into one array of the exact size: no per-article copies.
  const textBytes = Uint32Array.from(corpus.articles, (a) => Buffer.byteLength(a.text, 'utf8'));
  const allTexts = new Uint8Array(textBytes.reduce((sum, n) => sum + n, 0));
  let at = 0;
  let whole = true;
  corpus.articles.forEach((a, i) => {
    const length = textBytes[i] as number;
    whole &&= encoder.encodeInto(a.text, allTexts.subarray(at, at + length)).written === length;
    at += length;
  });
  if (!whole) return null;
  const paragraphs = corpus.articles.flatMap((a) => a.paragraphs);
  const sentences = corpus.articles.flatMap((a) => a.sentences);
  const inOrder = corpus.articles.every(
    (a) => a.paragraphs.every((p, i) => p.index === i) && a.sentences.every((s, i) => s.index === i),
  );
  if (!inOrder || corpus.passages.some((p) => !articleNumber.has(p.articleId))) return null;
  const { articles: _articles, ...quotes } = book;
  const header: Header = {
    format: CACHE_FORMAT,
    key,
    problems: corpus.problems,
    articles: corpus.articles.map(({ id, file, title, outlet, url, published, byline }) => ({
      id,
      file,
      title,
      outlet,
      url,
      published,
      ...(byline === undefined ? {} : { byline }),
    })),
    passageIds: corpus.passages.map((p) => p.id),
  };
  const u32 = <T>(items: readonly T[], value: (item: T) => number): Uint32Array => Uint32Array.from(items, value);
  const sections = new Map<string, SectionArray>([
    ['article.textBytes', textBytes],
    ['article.paragraphs', u32(corpus.articles, (a) => a.paragraphs.length)],
    ['article.sentences', u32(corpus.articles, (a) => a.sentences.length)],
    ['texts', allTexts],
    ['paragraph.kind', Uint8Array.from(paragraphs, (p) => KINDS.indexOf(p.kind))],
    ['paragraph.start', u32(paragraphs, (p) => p.start)],
    ['paragraph.end', u32(paragraphs, (p) => p.end)],
    ['sentence.paragraph', u32(sentences, (s) => s.paragraph)],
    ['sentence.start', u32(sentences, (s) => s.start)],
    ['sentence.end', u32(sentences, (s) => s.end)],
    ['passage.article', u32(corpus.passages, (p) => articleNumber.get(p.articleId) ?? 0)],
    ['passage.paragraph', u32(corpus.passages, (p) => p.paragraph)],
    ['passage.start', u32(corpus.passages, (p) => p.start)],
    ['passage.end', u32(corpus.passages, (p) => p.end)],
    ['passage.sentenceCount', u32(corpus.passages, (p) => p.sentences.length)],
    ['passage.sentences', Uint32Array.from(corpus.passages.flatMap((p) => p.sentences))],
    ['quotes', encoder.encode(JSON.stringify(quotes))],
  ]);
  // The index as its postings arrays, loaded back through the same codec and options (src/search/indexCodec.ts).
  sections.set('index', serializeIndex(index));
  return sectionChunks(header, sections);
}

/** Thrown inside restore only, for a file whose sections do not fit together; restore turns it into a rebuild. */
class Malformed extends Error {}

type Sections = OpenedSections['read'];

function section<T extends SectionArray>(
  read: Sections,
  name: string,
  type: new (length: number) => T,
  length?: number,
): T {
  const array = read(name);
  if (!(array instanceof type) || (length !== undefined && array.length !== length)) throw new Malformed(name);
  return array;
}

function isHeader(value: unknown, key: string): value is Header {
  const h = value as Partial<Header> | null;
  return (
    typeof h === 'object' &&
    h !== null &&
    h.format === CACHE_FORMAT &&
    h.key === key &&
    Array.isArray(h.problems) &&
    Array.isArray(h.articles) &&
    Array.isArray(h.passageIds)
  );
}

function restoreArticles(header: Header, read: Sections): Article[] {
  const count = header.articles.length;
  const textBytes = section(read, 'article.textBytes', Uint32Array, count);
  const paragraphCounts = section(read, 'article.paragraphs', Uint32Array, count);
  const sentenceCounts = section(read, 'article.sentences', Uint32Array, count);
  const paragraphCount = paragraphCounts.reduce((sum, n) => sum + n, 0);
  const sentenceCount = sentenceCounts.reduce((sum, n) => sum + n, 0);
  const kind = section(read, 'paragraph.kind', Uint8Array, paragraphCount);
  const paragraphStart = section(read, 'paragraph.start', Uint32Array, paragraphCount);
  const paragraphEnd = section(read, 'paragraph.end', Uint32Array, paragraphCount);
  const sentenceParagraph = section(read, 'sentence.paragraph', Uint32Array, sentenceCount);
  const sentenceStart = section(read, 'sentence.start', Uint32Array, sentenceCount);
  const sentenceEnd = section(read, 'sentence.end', Uint32Array, sentenceCount);
  const texts = section(read, 'texts', Uint8Array);
  const decoder = new TextDecoder();
  const articles: Article[] = [];
  let textAt = 0;
  let paragraphAt = 0;
  let sentenceAt = 0;
  header.articles.forEach((saved, a) => {
    const length = textBytes[a] as number;
    if (textAt + length > texts.length) throw new Malformed('texts');
    // One decode per article, so each text gets the narrowest string representation of its own characters.
    const text = decoder.decode(texts.subarray(textAt, textAt + length));
    textAt += length;
    const paragraphs: Paragraph[] = [];
    for (let i = 0; i < (paragraphCounts[a] as number); i++, paragraphAt++) {
      const blockKind = KINDS[kind[paragraphAt] as number];
      if (blockKind === undefined) throw new Malformed('paragraph.kind');
      paragraphs.push({
        index: i,
        kind: blockKind,
        start: paragraphStart[paragraphAt] as number,
        end: paragraphEnd[paragraphAt] as number,
      });
    }
    const sentences: Sentence[] = [];
    for (let i = 0; i < (sentenceCounts[a] as number); i++, sentenceAt++) {
      sentences.push({
        index: i,
        paragraph: sentenceParagraph[sentenceAt] as number,
        start: sentenceStart[sentenceAt] as number,
        end: sentenceEnd[sentenceAt] as number,
      });
    }
    articles.push({ ...saved, text, paragraphs, sentences });
  });
  return articles;
}

function restorePassages(header: Header, read: Sections, articles: readonly Article[]): Passage[] {
  const count = header.passageIds.length;
  const article = section(read, 'passage.article', Uint32Array, count);
  const paragraph = section(read, 'passage.paragraph', Uint32Array, count);
  const start = section(read, 'passage.start', Uint32Array, count);
  const end = section(read, 'passage.end', Uint32Array, count);
  const sentenceCount = section(read, 'passage.sentenceCount', Uint32Array, count);
  const sentences = section(read, 'passage.sentences', Uint32Array);
  const passages: Passage[] = [];
  let listAt = 0;
  header.passageIds.forEach((id, p) => {
    const owner = articles[article[p] as number];
    const n = sentenceCount[p] as number;
    if (!owner || listAt + n > sentences.length) throw new Malformed('passages');
    const from = start[p] as number;
    const to = end[p] as number;
    passages.push({
      id,
      articleId: owner.id,
      paragraph: paragraph[p] as number,
      start: from,
      end: to,
      text: owner.text.slice(from, to),
      sentences: Array.from(sentences.subarray(listAt, listAt + n)),
    });
    listAt += n;
  });
  return passages;
}

type Restored =
  | { ok: true; value: { corpus: Corpus; index: SearchIndex; quotes: QuoteBook } }
  | { ok: false; reason: string };

/** The cache's contents, read one part at a time (each part's bytes are dropped once it is rebuilt), or why not. */
function restore(source: ByteSource, key: string): Restored {
  try {
    const opened = openSections(source);
    if (!opened.ok) return { ok: false, reason: opened.message };
    if (!isHeader(opened.value.header, key)) return { ok: false, reason: 'its header is not this format and key' };
    const header = opened.value.header as Header;
    const read = opened.value.read;
    const loaded = loadIndex(section(read, 'index', Uint8Array));
    if (!loaded.ok) return { ok: false, reason: `its index does not load (${loaded.message})` };
    const articles = restoreArticles(header, read);
    const passages = restorePassages(header, read, articles);
    const quotes = JSON.parse(new TextDecoder().decode(section(read, 'quotes', Uint8Array))) as Omit<
      QuoteBook,
      'articles'
    >;
    const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      ok: true,
      value: {
        corpus: { articles, passages, problems: header.problems },
        index: loaded.index,
        quotes: { ...quotes, articles: sorted },
      },
    };
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof Malformed ? `section ${error.message} does not fit` : reasonOf(error),
    };
  }
}

/** Writes the cache (false when the corpus cannot be encoded); a failure throws, with the temporary file removed. */
async function save(path: string, key: string, corpus: Corpus, index: SearchIndex, book: QuoteBook): Promise<boolean> {
  const chunks = encodeCache(key, corpus, index, book);
  if (chunks === null) return false;
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  chunks.push(CHECKSUM_MARKER, hash.digest());
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
