// The corpus as columns for the cache file: article texts as UTF-8, paragraphs, sentences and passages as number arrays,
// and back. Pure: columns in, a corpus or a specific CorpusDecodeError out; the cache file itself is src/load's job.
import { z } from 'zod';
import type { Article, BlockKind, Corpus, Paragraph, Passage, Sentence } from './types.ts';

/** The typed arrays a column is stored as (a subset of what src/search/binary.ts stores). */
export type CorpusColumn = Uint8Array | Uint32Array;

const BLOCK_KINDS: readonly BlockKind[] = ['title', 'heading', 'body'];

const SavedArticle = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string().nullable(),
  outlet: z.string(),
  url: z.string(),
  published: z.string().nullable(),
  byline: z.string().optional(),
  posts: z.array(z.object({ paragraph: z.number().int().nonnegative(), author: z.string() })).optional(),
});

/** An article's fields the header holds, the optional ones only when present (the same keys both ways). */
type HeaderFields = Pick<Article, 'id' | 'file' | 'title' | 'outlet' | 'url' | 'published' | 'byline' | 'posts'>;

function savedFields(article: z.infer<typeof SavedArticle> | Article): HeaderFields {
  const { byline, posts } = article;
  const { id, file, title, outlet, url, published } = article;
  return {
    ...{ id, file, title, outlet, url, published },
    ...(byline === undefined ? {} : { byline }),
    ...(posts === undefined ? {} : { posts }),
  };
}

/** What the columns do not hold: article metadata, passage ids and the problems found when the corpus was built. */
export const CorpusHeader = z.object({
  problems: z.array(z.object({ file: z.string(), field: z.string().optional(), message: z.string() })),
  articles: z.array(SavedArticle),
  /**
   * Null when every passage is named as the chunker names it (namedByArticle): the ids are then made at load. Stored,
   * 100k ids were about a tenth of a cold start (parsed and checked), and the index stored them again.
   */
  passageIds: z.array(z.string()).nullable(),
  passageCount: z.number().int().nonnegative(),
});
export type CorpusHeader = z.infer<typeof CorpusHeader>;

export interface EncodedCorpus {
  header: CorpusHeader;
  columns: Map<string, CorpusColumn>;
}

/** Why saved columns are not a corpus; describeCorpusDecodeError says it in words. */
export type CorpusDecodeError =
  | { kind: 'header'; reason: string }
  | { kind: 'missing'; column: string }
  | { kind: 'type'; column: string; expected: 'u8' | 'u32' }
  | { kind: 'length'; column: string; expected: number; actual: number }
  | { kind: 'range'; column: string; at: number; reason: string };

export type CorpusDecodeResult = { ok: true; corpus: Corpus } | { ok: false; error: CorpusDecodeError };

export function describeCorpusDecodeError(error: CorpusDecodeError): string {
  switch (error.kind) {
    case 'header':
      return `its corpus header is malformed (${error.reason})`;
    case 'missing':
      return `column ${error.column} is missing`;
    case 'type':
      return `column ${error.column} is not ${error.expected}`;
    case 'length':
      return `column ${error.column} has ${error.actual} entries where ${error.expected} are needed`;
    case 'range':
      return `column ${error.column}, entry ${error.at}: ${error.reason}`;
  }
}

/** Bytes of `text` as UTF-8, lone surrogates counted as U+FFFD (3 bytes), as TextEncoder writes them. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether every passage is named `${articleId}#${n}`, n counting its article's passages from 0, as the chunker names them. */
export function namedByArticle(passages: readonly Pick<Passage, 'id' | 'articleId'>[]): boolean {
  const counts = new Map<string, number>();
  for (const p of passages) {
    const n = counts.get(p.articleId) ?? 0;
    if (p.id !== `${p.articleId}#${n}`) return false;
    counts.set(p.articleId, n + 1);
  }
  return true;
}

/**
 * The corpus as a header and columns; passage texts are not stored (they are slices of their article's text).
 * Null when the corpus breaks an invariant the columns rely on (indices equal to positions, passages of listed articles).
 */
export function encodeCorpus(corpus: Corpus): EncodedCorpus | null {
  const articleNumber = new Map(corpus.articles.map((a, i) => [a.id, i]));
  const inOrder = corpus.articles.every(
    (a) => a.paragraphs.every((p, i) => p.index === i) && a.sentences.every((s, i) => s.index === i),
  );
  if (!inOrder || corpus.passages.some((p) => !articleNumber.has(p.articleId))) return null;
  const encoder = new TextEncoder();
  // Every text encoded straight into one array of the exact size: no per-article copies.
  const textBytes = Uint32Array.from(corpus.articles, (a) => utf8Length(a.text));
  const texts = new Uint8Array(textBytes.reduce((sum, n) => sum + n, 0));
  let at = 0;
  for (const [i, article] of corpus.articles.entries()) {
    const length = textBytes[i] as number;
    if (encoder.encodeInto(article.text, texts.subarray(at, at + length)).written !== length) return null;
    at += length;
  }
  const paragraphs = corpus.articles.flatMap((a) => a.paragraphs);
  const sentences = corpus.articles.flatMap((a) => a.sentences);
  const u32 = <T>(items: readonly T[], value: (item: T) => number): Uint32Array => Uint32Array.from(items, value);
  const header: CorpusHeader = {
    problems: corpus.problems,
    articles: corpus.articles.map(savedFields),
    passageIds: namedByArticle(corpus.passages) ? null : corpus.passages.map((p) => p.id),
    passageCount: corpus.passages.length,
  };
  const columns = new Map<string, CorpusColumn>([
    ['article.textBytes', textBytes],
    ['article.textLength', u32(corpus.articles, (a) => a.text.length)],
    ['article.paragraphs', u32(corpus.articles, (a) => a.paragraphs.length)],
    ['article.sentences', u32(corpus.articles, (a) => a.sentences.length)],
    ['texts', texts],
    ['paragraph.kind', Uint8Array.from(paragraphs, (p) => BLOCK_KINDS.indexOf(p.kind))],
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
  ]);
  return { header, columns };
}

/** The names of the columns encodeCorpus writes, in order. */
export const CORPUS_COLUMNS: readonly string[] = [
  'article.textBytes',
  'article.textLength',
  'article.paragraphs',
  'article.sentences',
  'texts',
  'paragraph.kind',
  'paragraph.start',
  'paragraph.end',
  'sentence.paragraph',
  'sentence.start',
  'sentence.end',
  'passage.article',
  'passage.paragraph',
  'passage.start',
  'passage.end',
  'passage.sentenceCount',
  'passage.sentences',
];

/** Thrown inside decodeCorpus only, carrying the error value it returns. */
class DoesNotFit extends Error {
  constructor(readonly error: CorpusDecodeError) {
    super(error.kind);
  }
}

type ColumnReader = (name: string) => CorpusColumn | Uint16Array | Float64Array | undefined;

/**
 * A u8 column's bytes, read a stretch at a time (from a file, say) rather than held: `read` gives exactly the bytes
 * asked for, or throws. What a cache file gives for the article texts, so they stay on disk until an article is read.
 */
export interface ColumnBytes {
  readonly length: number;
  read(offset: number, length: number): Uint8Array;
}

/** Where decodeCorpus may take a u8 column's bytes from instead of reading the column whole (undefined: read it). */
export type ColumnBytesReader = (name: string) => ColumnBytes | undefined;

function column<T extends CorpusColumn>(
  read: ColumnReader,
  name: string,
  type: { new (length: number): T; readonly BYTES_PER_ELEMENT: number },
  length?: number,
): T {
  const array = read(name);
  if (array === undefined) throw new DoesNotFit({ kind: 'missing', column: name });
  if (!(array instanceof type))
    throw new DoesNotFit({ kind: 'type', column: name, expected: type.BYTES_PER_ELEMENT === 1 ? 'u8' : 'u32' });
  if (length !== undefined && array.length !== length)
    throw new DoesNotFit({ kind: 'length', column: name, expected: length, actual: array.length });
  return array;
}

function sum(counts: Uint32Array): number {
  let total = 0;
  for (const n of counts) total += n;
  return total;
}

/** start ≤ end ≤ limit, else a range error for that entry. */
function checkSpan(name: string, at: number, start: number, end: number, limit: number): void {
  if (start > end || end > limit)
    throw new DoesNotFit({ kind: 'range', column: name, at, reason: `span ${start}–${end} is not within 0–${limit}` });
}

/** Offsets of each entry's first item in a flat column, from the entries' counts (one more: the total). */
function firsts(counts: Uint32Array): Float64Array {
  const out = new Float64Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) out[i + 1] = (out[i] as number) + (counts[i] as number);
  return out;
}

/**
 * The columns an article's text, paragraphs and sentences and a passage's text and sentence list are made from when
 * first read. Only the columns' memory is kept until then: a cold start makes no strings and no per-sentence objects,
 * and serving makes them only for the articles it reads.
 */
interface SavedColumns {
  texts: ColumnBytes;
  textFirst: Float64Array;
  textLength: Uint32Array;
  kind: Uint8Array;
  paragraphStart: Uint32Array;
  paragraphEnd: Uint32Array;
  paragraphFirst: Float64Array;
  sentenceParagraph: Uint32Array;
  sentenceStart: Uint32Array;
  sentenceEnd: Uint32Array;
  sentenceFirst: Float64Array;
  passageSentences: Uint32Array;
}

/**
 * Where an article or a passage is in the columns, and its parts once made; a property no listing sees. The parts
 * stay behind accessors for good (made on first read, kept here, replaced when written): turning them into data
 * properties would give each object its own shape and slow every property read of the code that serves answers.
 */
const SAVED = Symbol('saved');
interface ArticleState {
  columns: SavedColumns;
  n: number;
  text: string | undefined;
  paragraphs: Paragraph[] | undefined;
  sentences: Sentence[] | undefined;
}
interface PassageState {
  owner: Article;
  first: number;
  count: number;
  text: string | undefined;
  sentences: number[] | undefined;
}
type SavedArticle = Article & { [SAVED]: ArticleState };
type SavedPassage = Passage & { [SAVED]: PassageState };

const decoder = new TextDecoder();

function articleText(article: SavedArticle): string {
  const { columns, n } = article[SAVED];
  const from = columns.textFirst[n] as number;
  const text = decoder.decode(columns.texts.read(from, (columns.textFirst[n + 1] as number) - from));
  // The bytes passed the cache file's checksum, and their length was written from this text: a difference is a bug.
  if (text.length !== columns.textLength[n])
    throw new Error(
      `corpus columns: the text of ${article.id} decodes to ${text.length} characters, not ${columns.textLength[n]}`,
    );
  return text;
}

function articleParagraphs(article: SavedArticle): Paragraph[] {
  const { columns, n } = article[SAVED];
  const first = columns.paragraphFirst[n] as number;
  const count = (columns.paragraphFirst[n + 1] as number) - first;
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < count; i++)
    paragraphs.push({
      index: i,
      kind: BLOCK_KINDS[columns.kind[first + i] as number] as BlockKind,
      start: columns.paragraphStart[first + i] as number,
      end: columns.paragraphEnd[first + i] as number,
    });
  return paragraphs;
}

function articleSentences(article: SavedArticle): Sentence[] {
  const { columns, n } = article[SAVED];
  const first = columns.sentenceFirst[n] as number;
  const count = (columns.sentenceFirst[n + 1] as number) - first;
  const sentences: Sentence[] = [];
  for (let i = 0; i < count; i++)
    sentences.push({
      index: i,
      paragraph: columns.sentenceParagraph[first + i] as number,
      start: columns.sentenceStart[first + i] as number,
      end: columns.sentenceEnd[first + i] as number,
    });
  return sentences;
}

/** One accessor pair per part, shared by every object (so all articles, and all passages, keep one shape). */
const ARTICLE_PARTS: PropertyDescriptorMap = {
  text: {
    get(this: SavedArticle) {
      const state = this[SAVED];
      state.text ??= articleText(this);
      return state.text;
    },
    set(this: SavedArticle, value: string) {
      this[SAVED].text = value;
    },
    enumerable: true,
    configurable: true,
  },
  paragraphs: {
    get(this: SavedArticle) {
      const state = this[SAVED];
      state.paragraphs ??= articleParagraphs(this);
      return state.paragraphs;
    },
    set(this: SavedArticle, value: Paragraph[]) {
      this[SAVED].paragraphs = value;
    },
    enumerable: true,
    configurable: true,
  },
  sentences: {
    get(this: SavedArticle) {
      const state = this[SAVED];
      state.sentences ??= articleSentences(this);
      return state.sentences;
    },
    set(this: SavedArticle, value: Sentence[]) {
      this[SAVED].sentences = value;
    },
    enumerable: true,
    configurable: true,
  },
};

const PASSAGE_PARTS: PropertyDescriptorMap = {
  text: {
    get(this: SavedPassage) {
      const state = this[SAVED];
      state.text ??= state.owner.text.slice(this.start, this.end);
      return state.text;
    },
    set(this: SavedPassage, value: string) {
      this[SAVED].text = value;
    },
    enumerable: true,
    configurable: true,
  },
  sentences: {
    get(this: SavedPassage) {
      const state = this[SAVED];
      state.sentences ??= Array.from(
        (state.owner as SavedArticle)[SAVED].columns.passageSentences.subarray(state.first, state.first + state.count),
      );
      return state.sentences;
    },
    set(this: SavedPassage, value: number[]) {
      this[SAVED].sentences = value;
    },
    enumerable: true,
    configurable: true,
  },
};

/** The article texts' bytes: from `bytesOf` when it has them (checked for length only), else the column read whole. */
function textColumn(read: ColumnReader, bytesOf: ColumnBytesReader | undefined, length: number): ColumnBytes {
  const lazy = bytesOf?.('texts');
  if (lazy === undefined) {
    const bytes = column(read, 'texts', Uint8Array, length);
    return { length, read: (offset, count) => bytes.subarray(offset, offset + count) };
  }
  if (lazy.length !== length)
    throw new DoesNotFit({ kind: 'length', column: 'texts', expected: length, actual: lazy.length });
  return lazy;
}

function decodeArticles(
  header: CorpusHeader,
  read: ColumnReader,
  bytesOf: ColumnBytesReader | undefined,
): { articles: Article[]; columns: SavedColumns } {
  const count = header.articles.length;
  const textBytes = column(read, 'article.textBytes', Uint32Array, count);
  const textLength = column(read, 'article.textLength', Uint32Array, count);
  const paragraphCounts = column(read, 'article.paragraphs', Uint32Array, count);
  const sentenceCounts = column(read, 'article.sentences', Uint32Array, count);
  const paragraphCount = sum(paragraphCounts);
  const sentenceCount = sum(sentenceCounts);
  const kind = column(read, 'paragraph.kind', Uint8Array, paragraphCount);
  const paragraphStart = column(read, 'paragraph.start', Uint32Array, paragraphCount);
  const paragraphEnd = column(read, 'paragraph.end', Uint32Array, paragraphCount);
  const sentenceParagraph = column(read, 'sentence.paragraph', Uint32Array, sentenceCount);
  const sentenceStart = column(read, 'sentence.start', Uint32Array, sentenceCount);
  const sentenceEnd = column(read, 'sentence.end', Uint32Array, sentenceCount);
  const texts = textColumn(read, bytesOf, sum(textBytes));
  const columns: SavedColumns = {
    texts,
    textFirst: firsts(textBytes),
    textLength,
    kind,
    paragraphStart,
    paragraphEnd,
    paragraphFirst: firsts(paragraphCounts),
    sentenceParagraph,
    sentenceStart,
    sentenceEnd,
    sentenceFirst: firsts(sentenceCounts),
    passageSentences: new Uint32Array(0),
  };
  // Every entry is checked now, on the numbers alone, so a bad column is refused at load rather than at first use.
  let paragraphAt = 0;
  let sentenceAt = 0;
  const articles: Article[] = [];
  for (const [a, saved] of header.articles.entries()) {
    const length = textLength[a] as number;
    const paragraphsHere = paragraphCounts[a] as number;
    for (let i = 0; i < paragraphsHere; i++, paragraphAt++) {
      if (BLOCK_KINDS[kind[paragraphAt] as number] === undefined)
        throw new DoesNotFit({
          kind: 'range',
          column: 'paragraph.kind',
          at: paragraphAt,
          reason: `${kind[paragraphAt]} is not a block kind`,
        });
      checkSpan(
        'paragraph.start',
        paragraphAt,
        paragraphStart[paragraphAt] as number,
        paragraphEnd[paragraphAt] as number,
        length,
      );
    }
    const sentencesHere = sentenceCounts[a] as number;
    for (let i = 0; i < sentencesHere; i++, sentenceAt++) {
      const paragraph = sentenceParagraph[sentenceAt] as number;
      if (paragraph >= paragraphsHere)
        throw new DoesNotFit({
          kind: 'range',
          column: 'sentence.paragraph',
          at: sentenceAt,
          reason: `paragraph ${paragraph} of an article with ${paragraphsHere}`,
        });
      checkSpan(
        'sentence.start',
        sentenceAt,
        sentenceStart[sentenceAt] as number,
        sentenceEnd[sentenceAt] as number,
        length,
      );
    }
    const post = saved.posts?.find((p) => p.paragraph >= paragraphsHere);
    if (post !== undefined)
      throw new DoesNotFit({
        kind: 'header',
        reason: `article ${saved.id}: a post in paragraph ${post.paragraph} of an article with ${paragraphsHere} paragraphs`,
      });
    const article = savedFields(saved);
    const state: ArticleState = { columns, n: a, text: undefined, paragraphs: undefined, sentences: undefined };
    Object.defineProperties(article, ARTICLE_PARTS);
    Object.defineProperty(article, SAVED, { value: state });
    articles.push(article as Article);
  }
  return { articles, columns };
}

function decodePassages(
  header: CorpusHeader,
  read: ColumnReader,
  articles: readonly Article[],
  columns: SavedColumns,
): Passage[] {
  const count = header.passageCount;
  const ids = header.passageIds;
  if (ids !== null && ids.length !== count)
    throw new DoesNotFit({ kind: 'length', column: 'passageIds', expected: count, actual: ids.length });
  /** Passages of each article met so far: the number in a made id. */
  const seen = new Uint32Array(articles.length);
  const article = column(read, 'passage.article', Uint32Array, count);
  const paragraph = column(read, 'passage.paragraph', Uint32Array, count);
  const start = column(read, 'passage.start', Uint32Array, count);
  const end = column(read, 'passage.end', Uint32Array, count);
  const sentenceCount = column(read, 'passage.sentenceCount', Uint32Array, count);
  const sentences = column(read, 'passage.sentences', Uint32Array, sum(sentenceCount));
  columns.passageSentences = sentences;
  const passages: Passage[] = [];
  let listAt = 0;
  for (let p = 0; p < count; p++) {
    const n = article[p] as number;
    const owner = articles[n];
    if (owner === undefined)
      throw new DoesNotFit({
        kind: 'range',
        column: 'passage.article',
        at: p,
        reason: `article ${article[p]} of ${articles.length}`,
      });
    const from = start[p] as number;
    const to = end[p] as number;
    checkSpan('passage.start', p, from, to, columns.textLength[n] as number);
    const paragraphsHere = (columns.paragraphFirst[n + 1] as number) - (columns.paragraphFirst[n] as number);
    if ((paragraph[p] as number) >= paragraphsHere)
      throw new DoesNotFit({
        kind: 'range',
        column: 'passage.paragraph',
        at: p,
        reason: `paragraph ${paragraph[p]} of an article with ${paragraphsHere}`,
      });
    const listed = sentenceCount[p] as number;
    const sentencesHere = (columns.sentenceFirst[n + 1] as number) - (columns.sentenceFirst[n] as number);
    for (let i = listAt; i < listAt + listed; i++)
      if ((sentences[i] as number) >= sentencesHere)
        throw new DoesNotFit({
          kind: 'range',
          column: 'passage.sentences',
          at: p,
          reason: `a sentence past the ${sentencesHere} of its article`,
        });
    const id = ids === null ? `${owner.id}#${seen[n]}` : (ids[p] as string);
    seen[n] = (seen[n] as number) + 1;
    const passage = { id, articleId: owner.id, paragraph: paragraph[p] as number, start: from, end: to };
    const state: PassageState = { owner, first: listAt, count: listed, text: undefined, sentences: undefined };
    Object.defineProperties(passage, PASSAGE_PARTS);
    Object.defineProperty(passage, SAVED, { value: state });
    passages.push(passage as Passage);
    listAt += listed;
  }
  return passages;
}

/**
 * The corpus from its header (any JSON value, checked here) and columns (read one at a time, so each can be dropped).
 * With `bytesOf`, the article texts are not read now: each article's bytes are read from it when its text is first
 * asked for (so it must stay readable while the corpus is in use).
 */
export function decodeCorpus(header: unknown, read: ColumnReader, bytesOf?: ColumnBytesReader): CorpusDecodeResult {
  const parsed = CorpusHeader.safeParse(header);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: { kind: 'header', reason: `${issue?.path.join('.') || 'header'}: ${issue?.message ?? 'invalid'}` },
    };
  }
  try {
    const { articles, columns } = decodeArticles(parsed.data, read, bytesOf);
    const passages = decodePassages(parsed.data, read, articles, columns);
    const problems = parsed.data.problems.map(({ file, field, message }) => ({
      file,
      ...(field === undefined ? {} : { field }),
      message,
    }));
    return { ok: true, corpus: { articles, passages, problems } };
  } catch (error) {
    if (error instanceof DoesNotFit) return { ok: false, error: error.error };
    throw error;
  }
}
