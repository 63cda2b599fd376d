// The layout of a cache file: a header (format, key, the corpus header), the corpus columns (src/corpus/codec.ts),
// the saved index (src/search/indexCodec.ts) and the quote book. Pure: no files here; cache.ts reads and writes them.
import { decodeCorpus, describeCorpusDecodeError, encodeCorpus, type CorpusDecodeError } from '../corpus/codec.ts';
import type { Corpus } from '../corpus/types.ts';
import type { QuoteBook } from '../quotes/book.ts';
import { openSections, sectionChunks, type ByteSource, type SectionArray } from '../search/binary.ts';
import { loadIndex, serializeIndex, type SearchIndex } from '../search/indexCodec.ts';

/** Bump when the layout below or the corpus columns change. */
export const CACHE_FORMAT = 11;

export interface CacheContents {
  corpus: Corpus;
  index: SearchIndex;
  quotes: QuoteBook;
}

/** Why a cache file's bytes are not usable; describeCacheFileError says it in words for the warning. */
export type CacheFileError =
  | { kind: 'container'; reason: string }
  | { kind: 'stale'; reason: string }
  | { kind: 'corpus'; error: CorpusDecodeError }
  | { kind: 'index'; reason: string }
  | { kind: 'quotes'; reason: string };

export type CacheFileResult = { ok: true; value: CacheContents } | { ok: false; error: CacheFileError };

export function describeCacheFileError(error: CacheFileError): string {
  switch (error.kind) {
    case 'container':
      return `it is not a cache file (${error.reason})`;
    case 'stale':
      return `its header is not this format and key (${error.reason})`;
    case 'corpus':
      return `its corpus does not decode: ${describeCorpusDecodeError(error.error)}`;
    case 'index':
      return `its index does not load (${error.reason})`;
    case 'quotes':
      return `its quote book does not decode (${error.reason})`;
  }
}

/**
 * The file's bytes as consecutive chunks (the columns' memory is not copied), or null when the corpus breaks an
 * invariant the columns rely on. The quote book's articles are not stored: they are the corpus's own, sorted by id.
 */
export function encodeCacheFile(key: string, contents: CacheContents): Uint8Array[] | null {
  const encoded = encodeCorpus(contents.corpus);
  if (encoded === null) return null;
  const { articles: _articles, ...quotes } = contents.quotes;
  const sections = new Map<string, SectionArray>(encoded.columns);
  sections.set('quotes', new TextEncoder().encode(JSON.stringify(quotes)));
  // The index's passage ids are the corpus's (the same strings once loaded), so it does not store them again.
  sections.set(
    'index',
    serializeIndex(
      contents.index,
      contents.corpus.passages.map((p) => p.id),
    ),
  );
  return sectionChunks({ format: CACHE_FORMAT, key, corpus: encoded.header }, sections);
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The quote book's lists from their saved JSON, or why they are not there. */
export function parseQuoteLists(bytes: Uint8Array): Omit<QuoteBook, 'articles'> | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const book = parsed as Partial<Omit<QuoteBook, 'articles'>> | null;
  if (typeof book !== 'object' || book === null || !Array.isArray(book.quotes) || !Array.isArray(book.people))
    return { error: 'no quotes and people lists' };
  return { quotes: book.quotes, people: book.people };
}

/**
 * The quote book with its lists parsed on first use (about half a second of a cold start at 100k passages; only
 * /quote needs them, and deps.ts readies them just after start-up). The bytes passed the file's checksum, so they are
 * the JSON this module wrote: a failure to parse them is a bug, thrown with its reason.
 */
function lazyQuoteBook(bytes: Uint8Array, articles: QuoteBook['articles']): QuoteBook {
  let lists: Omit<QuoteBook, 'articles'> | undefined;
  // Dropped once parsed: the JSON (17 MB at 100k passages) is not needed again.
  let json: Uint8Array | undefined = bytes;
  const parsed = (): Omit<QuoteBook, 'articles'> => {
    if (lists === undefined) {
      const result = parseQuoteLists(json ?? new Uint8Array(0));
      if ('error' in result) throw new Error(`cache: its quote book does not decode (${result.error})`);
      lists = result;
      json = undefined;
    }
    return lists;
  };
  return {
    articles,
    get quotes() {
      return parsed().quotes;
    },
    get people() {
      return parsed().people;
    },
  };
}

/**
 * The contents of a cache file, read one section at a time (each section's bytes can go once decoded), or why not.
 * The article texts are read from `source` when each article is first read, so it must stay readable while the
 * corpus is in use.
 */
export function decodeCacheFile(source: Uint8Array | ByteSource, key: string): CacheFileResult {
  const opened = openSections(source);
  if (!opened.ok) return { ok: false, error: { kind: 'container', reason: opened.message } };
  const { header, read, bytesOf } = opened.value;
  const base = header as { format?: unknown; key?: unknown; corpus?: unknown } | null;
  if (typeof base !== 'object' || base === null) return { ok: false, error: { kind: 'stale', reason: 'no header' } };
  if (base.format !== CACHE_FORMAT)
    return { ok: false, error: { kind: 'stale', reason: `format ${String(base.format)}, not ${CACHE_FORMAT}` } };
  if (base.key !== key) return { ok: false, error: { kind: 'stale', reason: 'another key' } };
  // The article texts (half the file at 100k passages) stay in the source until an article is read.
  const decoded = decodeCorpus(base.corpus, read, bytesOf);
  if (!decoded.ok) return { ok: false, error: { kind: 'corpus', error: decoded.error } };
  const indexBytes = read('index');
  if (!(indexBytes instanceof Uint8Array)) return { ok: false, error: { kind: 'index', reason: 'no index section' } };
  const loaded = loadIndex(
    indexBytes,
    decoded.corpus.passages.map((p) => p.id),
  );
  if (!loaded.ok) return { ok: false, error: { kind: 'index', reason: loaded.message } };
  const quoteBytes = read('quotes');
  if (!(quoteBytes instanceof Uint8Array)) return { ok: false, error: { kind: 'quotes', reason: 'no quotes section' } };
  const { corpus } = decoded;
  return {
    ok: true,
    value: { corpus, index: loaded.index, quotes: lazyQuoteBook(quoteBytes, [...corpus.articles].sort(byId)) },
  };
}
