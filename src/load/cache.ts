// A saved, processed corpus, search index and quote book beside the corpus (in DIR/.archivist-cache/), keyed by a hash of the
// manifest, every article file, and the code that turns them into passages and an index: any change to an
// article or to that code gives a new key, so a stale cache is never used. Writing it is best effort.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, MANIFEST_FILE } from '../corpus/build.ts';
import type { Article, BlockKind, Corpus, Paragraph, Passage, Problem, Sentence } from '../corpus/types.ts';
import { buildQuoteBook, type QuoteBook } from '../quotes/book.ts';
import { openSections, sectionChunks, type ByteSource, type OpenedSections, type SectionArray } from '../search/binary.ts';
import { buildIndex, loadIndex, serializeIndex, type SearchIndex } from '../search/options.ts';
import { readOrNull } from './corpus.ts';

export const CACHE_DIR = '.archivist-cache';
const CACHE_FORMAT = 5;
const CACHE_EXTENSION = '.bin';
/** The folders whose code decides what the cache holds. */
const PIPELINE_FOLDERS = ['corpus', 'search', 'quotes'];

export interface LoadedCorpus {
  corpus: Corpus;
  index: SearchIndex;
  quotes: QuoteBook;
  /** Whether both came from the cache. */
  cached: boolean;
  key: string;
}

function readFileOrNull(path: string): Uint8Array | null {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

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
    hash.update(`load/cache.ts\0`).update(await readFile(fileURLToPath(import.meta.url)));
    return hash.digest('hex');
  })();
  return pipelineHash;
}

/**
 * The article files a manifest can name: every entry's `file` that is a plain file name. A superset of what
 * ingestion reads (it also drops invalid and repeated entries), so hashing these covers every byte a build uses,
 * without validating thousands of entries on every start.
 */
function candidateFiles(manifestText: string | null): string[] {
  let json: unknown;
  try {
    json = JSON.parse(manifestText ?? 'null');
  } catch {
    return [];
  }
  const articles = (json as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) return [];
  const files = articles.map((a) => (a as { file?: unknown } | null)?.file);
  return files.filter((f): f is string => typeof f === 'string' && f.length > 0 && !f.includes('/') && !f.includes('\\') && f !== '.' && f !== '..');
}

/** The cache key: manifest, every candidate file's bytes (null when missing), and the pipeline code. */
function cacheKey(pipeline: string, manifestBytes: Uint8Array | null, files: readonly string[], bytesOf: (file: string) => Uint8Array | null): string {
  const hash = createHash('sha256').update(`archivist-cache ${CACHE_FORMAT}\0${pipeline}\0`);
  hash.update(manifestBytes ?? 'no manifest');
  for (const file of files) {
    const bytes = bytesOf(file);
    hash.update(`\0${file}\0${bytes === null ? 'missing' : bytes.length}\0`);
    if (bytes !== null) hash.update(bytes);
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * Reads files one after another into one reused buffer: for hashing only, each view is valid until the next call.
 * Sequential synchronous reads of page-cached files cost a fraction of thousands of parallel promise reads.
 */
function sharedReader(dir: string): (file: string) => Uint8Array | null {
  let buffer = new Uint8Array(1 << 20);
  return (file) => {
    let fd: number;
    try {
      fd = openSync(join(dir, file), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      let size = 0;
      for (;;) {
        if (size === buffer.length) {
          const grown = new Uint8Array(buffer.length * 2);
          grown.set(buffer);
          buffer = grown;
        }
        const read = readSync(fd, buffer, size, buffer.length - size, null);
        if (read === 0) return buffer.subarray(0, size);
        size += read;
      }
    } finally {
      closeSync(fd);
    }
  };
}

/** A file read section by section: each read gets its own aligned array, so nothing keeps the whole file alive. */
function fileSource(fd: number): ByteSource {
  return {
    length: fstatSync(fd).size,
    read(offset, length) {
      const bytes = new Uint8Array(length);
      let done = 0;
      while (done < length) {
        const read = readSync(fd, bytes, done, length - done, offset + done);
        if (read === 0) throw new Malformed('file ended early');
        done += read;
      }
      return bytes;
    },
  };
}

function restoreFile(path: string, key: string): { corpus: Corpus; index: SearchIndex; quotes: QuoteBook } | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    return restore(fileSource(fd), key);
  } finally {
    closeSync(fd);
  }
}

/** Reads a corpus directory, from its cache when the key matches, else by ingesting and indexing (then saving). */
export async function loadCorpusCached(dir: string): Promise<LoadedCorpus> {
  const pipeline = await hashPipeline();
  const manifestBytes = await readOrNull(join(dir, MANIFEST_FILE));
  const manifestText = manifestBytes === null ? null : manifestBytes.toString('utf8');
  const candidates = candidateFiles(manifestText);
  const key = cacheKey(pipeline, manifestBytes, candidates, sharedReader(dir));
  const restored = restoreFile(join(dir, CACHE_DIR, `${key}${CACHE_EXTENSION}`), key);
  if (restored) return { ...restored, cached: true, key };

  // Build from the bytes read now, and key the saved result by exactly those bytes (files may have changed since).
  // Read one at a time: a hundred thousand parallel opens would exceed the open-file limit.
  const files = new Map<string, Uint8Array>();
  for (const file of candidates) {
    const bytes = readFileOrNull(join(dir, file));
    if (bytes) files.set(file, bytes);
  }
  const builtKey = cacheKey(pipeline, manifestBytes, candidates, (file) => files.get(file) ?? null);
  const corpus = buildCorpus(manifestText, files);
  const index = buildIndex(corpus);
  const quotes = buildQuoteBook(corpus.articles);
  await save(join(dir, CACHE_DIR, `${builtKey}${CACHE_EXTENSION}`), builtKey, corpus, index, quotes).catch(() => undefined);
  return { corpus, index, quotes, cached: false, key: builtKey };
}

interface SavedArticle {
  id: string;
  file: string;
  title: string | null;
  outlet: string;
  url: string;
  published: string | null;
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
  const inOrder = corpus.articles.every((a) => a.paragraphs.every((p, i) => p.index === i) && a.sentences.every((s, i) => s.index === i));
  if (!inOrder || corpus.passages.some((p) => !articleNumber.has(p.articleId))) return null;
  const { articles: _articles, ...quotes } = book;
  const header: Header = {
    format: CACHE_FORMAT,
    key,
    problems: corpus.problems,
    articles: corpus.articles.map(({ id, file, title, outlet, url, published }) => ({ id, file, title, outlet, url, published })),
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
  // The index in minisearch's own saved form, loaded back through the same options (src/search/options.ts).
  sections.set('index', serializeIndex(index));
  return sectionChunks(header, sections);
}

/** Thrown inside restore only, for a file whose sections do not fit together; restore turns it into a rebuild. */
class Malformed extends Error {}

type Sections = OpenedSections['read'];

function section<T extends SectionArray>(read: Sections, name: string, type: new (length: number) => T, length?: number): T {
  const array = read(name);
  if (!(array instanceof type) || (length !== undefined && array.length !== length)) throw new Malformed(name);
  return array;
}

function isHeader(value: unknown, key: string): value is Header {
  const h = value as Partial<Header> | null;
  return typeof h === 'object' && h !== null && h.format === CACHE_FORMAT && h.key === key && Array.isArray(h.problems) && Array.isArray(h.articles) && Array.isArray(h.passageIds);
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
      paragraphs.push({ index: i, kind: blockKind, start: paragraphStart[paragraphAt] as number, end: paragraphEnd[paragraphAt] as number });
    }
    const sentences: Sentence[] = [];
    for (let i = 0; i < (sentenceCounts[a] as number); i++, sentenceAt++) {
      sentences.push({ index: i, paragraph: sentenceParagraph[sentenceAt] as number, start: sentenceStart[sentenceAt] as number, end: sentenceEnd[sentenceAt] as number });
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
    passages.push({ id, articleId: owner.id, paragraph: paragraph[p] as number, start: from, end: to, text: owner.text.slice(from, to), sentences: Array.from(sentences.subarray(listAt, listAt + n)) });
    listAt += n;
  });
  return passages;
}

/** The cache's contents, read one part at a time (each part's bytes are dropped once it is rebuilt); null to rebuild. */
function restore(source: ByteSource, key: string): { corpus: Corpus; index: SearchIndex; quotes: QuoteBook } | null {
  try {
    const opened = openSections(source);
    if (!opened.ok || !isHeader(opened.value.header, key)) return null;
    const header = opened.value.header as Header;
    const read = opened.value.read;
    const loaded = loadIndex(section(read, 'index', Uint8Array));
    if (!loaded.ok) return null;
    const articles = restoreArticles(header, read);
    const passages = restorePassages(header, read, articles);
    const quotes = JSON.parse(new TextDecoder().decode(section(read, 'quotes', Uint8Array))) as Omit<QuoteBook, 'articles'>;
    const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { corpus: { articles, passages, problems: header.problems }, index: loaded.index, quotes: { ...quotes, articles: sorted } };
  } catch {
    return null;
  }
}

async function save(path: string, key: string, corpus: Corpus, index: SearchIndex, book: QuoteBook): Promise<void> {
  const chunks = encodeCache(key, corpus, index, book);
  if (chunks === null) return;
  await mkdir(dirname(path), { recursive: true });
  // Older entries are for other article versions (or an older cache format): drop them so the cache does not grow.
  for (const old of await readdir(dirname(path))) {
    if ((old.endsWith('.json') || old.endsWith(CACHE_EXTENSION)) && old !== `${key}${CACHE_EXTENSION}`) await rm(join(dirname(path), old), { force: true });
  }
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, chunks);
  await rename(temporary, path);
}
