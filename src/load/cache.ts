// A saved, processed corpus, search index and quote book beside the corpus (in DIR/.archivist-cache/), keyed by a hash of the
// manifest, every article file, and the code that turns them into passages and an index: any change to an
// article or to that code gives a new key, so a stale cache is never used. Writing it is best effort.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, MANIFEST_FILE, readManifest } from '../corpus/build.ts';
import type { Corpus } from '../corpus/types.ts';
import { buildQuoteBook, type QuoteBook } from '../quotes/book.ts';
import { buildIndex, loadIndex, serializeIndex, type SearchIndex } from '../search/options.ts';

export const CACHE_DIR = '.archivist-cache';
const CACHE_FORMAT = 2;
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
  const path = join(dir, CACHE_DIR, `${key}.json`);

  const saved = await readOrNull(path);
  if (saved !== null) {
    const restored = restore(saved.toString('utf8'), key);
    if (restored) return { ...restored, cached: true, key };
  }
  const corpus = buildCorpus(manifestText, files);
  const index = buildIndex(corpus);
  const quotes = buildQuoteBook(corpus.articles);
  await save(path, key, corpus, index, quotes).catch(() => undefined);
  return { corpus, index, quotes, cached: false, key };
}

type SavedQuotes = Omit<QuoteBook, 'articles'>;

function restore(text: string, key: string): { corpus: Corpus; index: SearchIndex; quotes: QuoteBook } | null {
  try {
    const data = JSON.parse(text) as { key?: unknown; corpus?: Corpus; index?: unknown; quotes?: SavedQuotes };
    if (data.key !== key || !data.corpus || typeof data.index !== 'string' || !data.quotes) return null;
    const loaded = loadIndex(data.index);
    if (!loaded.ok) return null;
    // Passage texts and the book's articles are not stored twice: they are rebuilt from the articles.
    const texts = new Map(data.corpus.articles.map((a) => [a.id, a.text]));
    const passages = data.corpus.passages.map((p) => ({ ...p, text: texts.get(p.articleId)?.slice(p.start, p.end) ?? '' }));
    const corpus = { ...data.corpus, passages };
    const articles = [...corpus.articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { corpus, index: loaded.index, quotes: { ...data.quotes, articles } };
  } catch {
    return null;
  }
}

async function save(path: string, key: string, corpus: Corpus, index: SearchIndex, book: QuoteBook): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Older entries are for other article versions: drop them so the cache does not grow without bound.
  for (const old of await readdir(dirname(path))) {
    if (old.endsWith('.json') && old !== `${key}.json`) await rm(join(dirname(path), old), { force: true });
  }
  const temporary = `${path}.${process.pid}.tmp`;
  const { articles: _articles, ...quotes } = book;
  const passages = corpus.passages.map(({ text: _text, ...rest }) => rest);
  await writeFile(temporary, JSON.stringify({ key, corpus: { ...corpus, passages }, index: serializeIndex(index), quotes }));
  await rename(temporary, path);
}
