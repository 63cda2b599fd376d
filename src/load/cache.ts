// A saved, processed corpus, search index and quote book beside the corpus (in DIR/.archivist-cache/), keyed by a hash of the
// manifest, every article file, and the code that turns them into passages and an index: any change to an
// article or to that code gives a new key, so a stale cache is never used. Writing it is best effort.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, MANIFEST_FILE, readManifest } from '../corpus/build.ts';
import type { Article, BlockKind, Corpus, Paragraph, Passage, Problem, Sentence } from '../corpus/types.ts';
import { buildQuoteBook, type QuoteBook } from '../quotes/book.ts';
import { decodeSections, encodeSections, type SectionArray } from '../search/binary.ts';
import { buildIndex, loadIndex, serializeIndex, type SearchIndex } from '../search/options.ts';

export const CACHE_DIR = '.archivist-cache';
const CACHE_FORMAT = 3;
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

async function readOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
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

/** Reads a corpus directory, from its cache when the key matches, else by ingesting and indexing (then saving). */
export async function loadCorpusCached(dir: string): Promise<LoadedCorpus> {
  const manifestBytes = await readOrNull(join(dir, MANIFEST_FILE));
  const manifestText = manifestBytes === null ? null : manifestBytes.toString('utf8');
  const files = new Map<string, Uint8Array>();
  const hash = createHash('sha256').update(`archivist-cache ${CACHE_FORMAT}\0${await hashPipeline()}\0`);
  hash.update(manifestBytes ?? 'no manifest');
  const entries = readManifest(manifestText).entries;
  // Read in parallel (the disk waits dominate a cold start), then hash in manifest order.
  const contents = await Promise.all(entries.map((entry) => readOrNull(join(dir, entry.file))));
  entries.forEach((entry, i) => {
    const bytes = contents[i] ?? null;
    hash.update(`\0${entry.file}\0${bytes === null ? 'missing' : bytes.length}\0`);
    if (bytes !== null) {
      files.set(entry.file, bytes);
      hash.update(bytes);
    }
  });
  const key = hash.digest('hex').slice(0, 32);
  const path = join(dir, CACHE_DIR, `${key}${CACHE_EXTENSION}`);

  const saved = await readOrNull(path);
  if (saved !== null) {
    const restored = restore(saved, key);
    if (restored) return { ...restored, cached: true, key };
  }
  const corpus = buildCorpus(manifestText, files);
  const index = buildIndex(corpus);
  const quotes = buildQuoteBook(corpus.articles);
  await save(path, key, corpus, index, quotes).catch(() => undefined);
  return { corpus, index, quotes, cached: false, key };
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
function encodeCache(key: string, corpus: Corpus, index: SearchIndex, book: QuoteBook): Uint8Array | null {
  const articleNumber = new Map(corpus.articles.map((a, i) => [a.id, i]));
  const encoder = new TextEncoder();
  const texts = corpus.articles.map((a) => encoder.encode(a.text));
  const allTexts = new Uint8Array(texts.reduce((sum, t) => sum + t.length, 0));
  let at = 0;
  for (const t of texts) {
    allTexts.set(t, at);
    at += t.length;
  }
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
    ['article.textBytes', Uint32Array.from(texts, (t) => t.length)],
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
    ['index', serializeIndex(index)],
  ]);
  return encodeSections(header, sections);
}

/** Thrown inside restore only, for a file whose sections do not fit together; restore turns it into a rebuild. */
class Malformed extends Error {}

function section<T extends SectionArray>(sections: ReadonlyMap<string, SectionArray>, name: string, type: new (length: number) => T, length?: number): T {
  const array = sections.get(name);
  if (!(array instanceof type) || (length !== undefined && array.length !== length)) throw new Malformed(name);
  return array;
}

function isHeader(value: unknown, key: string): value is Header {
  const h = value as Partial<Header> | null;
  return typeof h === 'object' && h !== null && h.format === CACHE_FORMAT && h.key === key && Array.isArray(h.problems) && Array.isArray(h.articles) && Array.isArray(h.passageIds);
}

function restore(bytes: Uint8Array, key: string): { corpus: Corpus; index: SearchIndex; quotes: QuoteBook } | null {
  try {
    const decoded = decodeSections(bytes);
    if (!decoded.ok || !isHeader(decoded.value.header, key)) return null;
    const { header, sections } = { header: decoded.value.header as Header, sections: decoded.value.sections };
    const loaded = loadIndex(section(sections, 'index', Uint8Array));
    if (!loaded.ok) return null;
    const articleCount = header.articles.length;
    const textBytes = section(sections, 'article.textBytes', Uint32Array, articleCount);
    const paragraphCounts = section(sections, 'article.paragraphs', Uint32Array, articleCount);
    const sentenceCounts = section(sections, 'article.sentences', Uint32Array, articleCount);
    const texts = section(sections, 'texts', Uint8Array);
    const paragraphCount = paragraphCounts.reduce((sum, n) => sum + n, 0);
    const sentenceCount = sentenceCounts.reduce((sum, n) => sum + n, 0);
    const kind = section(sections, 'paragraph.kind', Uint8Array, paragraphCount);
    const paragraphStart = section(sections, 'paragraph.start', Uint32Array, paragraphCount);
    const paragraphEnd = section(sections, 'paragraph.end', Uint32Array, paragraphCount);
    const sentenceParagraph = section(sections, 'sentence.paragraph', Uint32Array, sentenceCount);
    const sentenceStart = section(sections, 'sentence.start', Uint32Array, sentenceCount);
    const sentenceEnd = section(sections, 'sentence.end', Uint32Array, sentenceCount);

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

    const passageCount = header.passageIds.length;
    const passageArticle = section(sections, 'passage.article', Uint32Array, passageCount);
    const passageParagraph = section(sections, 'passage.paragraph', Uint32Array, passageCount);
    const passageStart = section(sections, 'passage.start', Uint32Array, passageCount);
    const passageEnd = section(sections, 'passage.end', Uint32Array, passageCount);
    const passageSentenceCount = section(sections, 'passage.sentenceCount', Uint32Array, passageCount);
    const passageSentences = section(sections, 'passage.sentences', Uint32Array);
    const passages: Passage[] = [];
    let listAt = 0;
    header.passageIds.forEach((id, p) => {
      const article = articles[passageArticle[p] as number];
      const count = passageSentenceCount[p] as number;
      if (!article || listAt + count > passageSentences.length) throw new Malformed('passages');
      const start = passageStart[p] as number;
      const end = passageEnd[p] as number;
      const sentences = Array.from(passageSentences.subarray(listAt, listAt + count));
      listAt += count;
      passages.push({ id, articleId: article.id, paragraph: passageParagraph[p] as number, start, end, text: article.text.slice(start, end), sentences });
    });

    const quotes = JSON.parse(decoder.decode(section(sections, 'quotes', Uint8Array))) as Omit<QuoteBook, 'articles'>;
    const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { corpus: { articles, passages, problems: header.problems }, index: loaded.index, quotes: { ...quotes, articles: sorted } };
  } catch {
    return null;
  }
}

async function save(path: string, key: string, corpus: Corpus, index: SearchIndex, book: QuoteBook): Promise<void> {
  const bytes = encodeCache(key, corpus, index, book);
  if (bytes === null) return;
  await mkdir(dirname(path), { recursive: true });
  // Older entries are for other article versions (or an older cache format): drop them so the cache does not grow.
  for (const old of await readdir(dirname(path))) {
    if ((old.endsWith('.json') || old.endsWith(CACHE_EXTENSION)) && old !== `${key}${CACHE_EXTENSION}`) await rm(join(dirname(path), old), { force: true });
  }
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}
