// The HTML page reader, imported only when a corpus or a new article has a page: Readability and linkedom cost
// a noticeable import (see the commit that added them), which a corpus of plain text should not pay.
import { isPageFile } from '../corpus/ingest.ts';
import type { PageReader } from '../corpus/page.ts';

let reader: Promise<PageReader> | undefined;

export function loadPageReader(): Promise<PageReader> {
  reader ??= import('../corpus/page.ts').then((page) => page.readPage);
  return reader;
}

/** The page reader when any of `files` is a page, else undefined (nothing imported). */
export async function pageReaderFor(files: readonly string[]): Promise<PageReader | undefined> {
  return files.some(isPageFile) ? loadPageReader() : undefined;
}
