// From one raw article file and its manifest entry to a structured, citable article and its passages.
import { chunkArticle } from './chunk.ts';
import { cleanArticle, type Block } from './clean.ts';
import type { SourceEntry } from './manifest.ts';
import type { PageReader } from './page.ts';
import { splitSentences } from './segment.ts';
import type { Article, EmbeddedPost, Paragraph, Passage, Problem, Sentence } from './types.ts';

export type IngestResult = { ok: true; article: Article; passages: Passage[] } | { ok: false; problem: Problem };

const PARAGRAPH_SEPARATOR = '\n\n';

/** The article id: the file name without its extension. */
export function articleIdOf(file: string): string {
  return file.replace(/\.[^.]+$/u, '');
}

/** Article files that are HTML pages, by extension (read by a PageReader, not the plain-text cleaner). */
export function isPageFile(file: string): boolean {
  return /\.html?$/iu.test(file);
}

/** The blocks and page metadata of one article file: a page through `readPage`, plain text through the cleaner. */
function blocksOf(
  raw: string,
  entry: SourceEntry,
  readPage: PageReader | undefined,
):
  | { ok: true; blocks: Block[]; title: string | null; byline: string | null; published: string | null }
  | { ok: false; problem: Problem } {
  if (!isPageFile(entry.file))
    return { ok: true, blocks: cleanArticle(raw, entry.title), title: null, byline: null, published: null };
  if (readPage === undefined)
    return {
      ok: false,
      problem: { file: entry.file, message: 'is an HTML page, but this build was run without the page reader' },
    };
  const read = readPage(raw);
  if (!read.ok) return { ok: false, problem: { file: entry.file, message: read.reason } };
  const { page } = read;
  // sources.json wins over the page; the page fills what sources.json leaves null.
  const title = entry.title ?? page.title;
  const blocks = page.blocks.map((b) => (b.kind === 'title' && title !== null ? { ...b, text: title } : b));
  if (title !== null && !blocks.some((b) => b.kind === 'title')) blocks.unshift({ text: title, kind: 'title' });
  return { ok: true, blocks, title: page.title, byline: page.byline, published: page.published };
}

/** `readPage` reads .html/.htm files; the loader passes it when the corpus has any (it costs an import). */
export function ingestArticle(raw: string, entry: SourceEntry, readPage?: PageReader): IngestResult {
  const read = blocksOf(raw, entry, readPage);
  if (!read.ok) return read;
  const { blocks } = read;
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const posts: EmbeddedPost[] = [];
  let text = '';
  for (const block of blocks) {
    if (text.length > 0) text += PARAGRAPH_SEPARATOR;
    const start = text.length;
    text += block.text;
    const index = paragraphs.length;
    paragraphs.push({ index, kind: block.kind, start, end: text.length });
    if (block.kind !== 'body') continue;
    if (block.postBy !== undefined) posts.push({ paragraph: index, author: block.postBy });
    for (const span of splitSentences(block.text)) {
      sentences.push({ index: sentences.length, paragraph: index, start: start + span.start, end: start + span.end });
    }
  }
  if (sentences.length === 0) {
    return {
      ok: false,
      problem: { file: entry.file, message: 'is empty after cleaning: no article body text was found' },
    };
  }
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const article: Article = {
    id: articleIdOf(entry.file),
    file: entry.file,
    title: entry.title ?? titleBlock?.text ?? null,
    outlet: entry.outlet,
    url: entry.url,
    published: entry.published ?? read.published,
    text,
    paragraphs,
    sentences,
    ...(read.byline === null ? {} : { byline: read.byline }),
    ...(posts.length === 0 ? {} : { posts }),
  };
  return { ok: true, article, passages: chunkArticle(article) };
}
