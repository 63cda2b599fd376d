// From one raw article file and its manifest entry to a structured, citable article and its passages.
import { chunkArticle } from './chunk.ts';
import { cleanArticle } from './clean.ts';
import type { SourceEntry } from './manifest.ts';
import { splitSentences } from './segment.ts';
import type { Article, Paragraph, Passage, Problem, Sentence } from './types.ts';

export type IngestResult = { ok: true; article: Article; passages: Passage[] } | { ok: false; problem: Problem };

const PARAGRAPH_SEPARATOR = '\n\n';

/** The article id: the file name without its extension. */
export function articleIdOf(file: string): string {
  return file.replace(/\.[^.]+$/u, '');
}

export function ingestArticle(raw: string, entry: SourceEntry): IngestResult {
  const blocks = cleanArticle(raw, entry.title);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let text = '';
  for (const block of blocks) {
    if (text.length > 0) text += PARAGRAPH_SEPARATOR;
    const start = text.length;
    text += block.text;
    const index = paragraphs.length;
    paragraphs.push({ index, kind: block.kind, start, end: text.length });
    if (block.kind !== 'body') continue;
    for (const span of splitSentences(block.text)) {
      sentences.push({ index: sentences.length, paragraph: index, start: start + span.start, end: start + span.end });
    }
  }
  if (sentences.length === 0) {
    return { ok: false, problem: { file: entry.file, message: 'is empty after cleaning: no article body text was found' } };
  }
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const article: Article = {
    id: articleIdOf(entry.file),
    file: entry.file,
    title: entry.title ?? titleBlock?.text ?? null,
    outlet: entry.outlet,
    url: entry.url,
    published: entry.published,
    text,
    paragraphs,
    sentences,
  };
  return { ok: true, article, passages: chunkArticle(article) };
}
