// `import`: a folder of pages or text files joins a corpus in one step under the manifest lock. Everything is
// validated first; then the new files are written under temporary names and flushed, a journal names them, they
// are renamed into place, and sources.json is replaced last. A kill before that last rename leaves the old corpus
// (the journal lets the next change remove the renamed files); after it, the complete new one.
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { admitArticle, textKey } from '../corpus/admit.ts';
import { MANIFEST_FILE } from '../corpus/build.ts';
import { isPageFile } from '../corpus/ingest.ts';
import type { ImportRow } from '../corpus/importManifest.ts';
import { listedFileNames, reservedNameReason } from '../corpus/manifest.ts';
import type { PageReader } from '../corpus/page.ts';
import { DEFAULT_CORPUS_MAX_FILE_BYTES } from '../config/config.ts';
import { prepareCorpusFolder, syncFolder, writeDurably, writeFlushed } from './addArticle.ts';
import { openFolder, readCorpusFile, readRegularFile, reasonOf } from './articleFile.ts';
import { changeManifest } from './manifestChange.ts';
import { loadPageReader } from './pageReader.ts';

export interface ImportRequest {
  /** The folder of article files to import. */
  source: string;
  /** Rows from --manifest by file name (empty when none was given). */
  rows: ReadonlyMap<string, ImportRow>;
  dir: string;
}

export interface ImportOptions {
  maxFileBytes?: number;
  lockTimeoutMs?: number;
  /** Files validated (and later written) so far, for a progress bar. */
  onProgress?: (stage: 'validating' | 'writing', done: number, total: number) => void;
}

export interface ImportSummary {
  added: { file: string; title: string | null; passages: number }[];
  duplicates: { file: string; reason: string }[];
  refused: { file: string; reason: string }[];
}

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; errors: string[] };

const ARTICLE_FILE = /\.(?:txt|html?)$/iu;

interface Accepted {
  file: string;
  bytes: Uint8Array;
}

/** The folder's article candidates in name order: regular files, not hidden, by extension. */
function candidatesIn(
  source: string,
): { names: string[]; refused: { file: string; reason: string }[] } | { error: string } {
  let entries;
  try {
    entries = readdirSync(source, { withFileTypes: true });
  } catch (error) {
    return { error: `${source} ${reasonOf(error)}` };
  }
  const names: string[] = [];
  const refused: { file: string; reason: string }[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory())
      refused.push({
        file: entry.name,
        reason: 'is a folder; import reads the files of one folder, not its sub-folders',
      });
    else if (!ARTICLE_FILE.test(entry.name))
      refused.push({ file: entry.name, reason: 'is not a .txt, .html or .htm file' });
    else names.push(entry.name);
  }
  return { names, refused };
}

/** Metadata of one file: the manifest row first, then what a page states; null fields are filled by ingestion. */
function metadataOf(file: string, row: ImportRow | undefined, text: string, readPage: PageReader | undefined) {
  const page = isPageFile(file) && readPage !== undefined ? readPage(text) : null;
  const stated = page?.ok === true ? page.page : null;
  return {
    title: row?.title ?? null,
    outlet: row?.outlet ?? stated?.siteName ?? null,
    url: row?.url ?? stated?.url ?? null,
    published: row?.published ?? null,
  };
}

/** Duplicates are skipped, not refused: the same url or the same text is already there. */
const DUPLICATE = /is already in the corpus|has the same text as/u;

export async function importFolder(request: ImportRequest, options: ImportOptions = {}): Promise<ImportResult> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_CORPUS_MAX_FILE_BYTES;
  const listing = candidatesIn(request.source);
  if ('error' in listing) return { ok: false, errors: [listing.error] };
  const missingRows = [...request.rows.keys()].filter((file) => !listing.names.includes(file));
  const readPage = listing.names.some(isPageFile) ? await loadPageReader() : undefined;
  const unprepared = await prepareCorpusFolder(request.dir);
  if (unprepared !== null) return { ok: false, errors: [unprepared] };
  const changed = await changeManifest(
    request.dir,
    'import',
    async (manifestOnDisk): Promise<ImportResult> => {
      const summary: ImportSummary = { added: [], duplicates: [], refused: [...listing.refused] };
      for (const file of missingRows)
        summary.refused.push({ file, reason: 'is listed in the manifest but is not in the folder' });

      // What is there now: names on disk, and each article's text (identical text is a duplicate).
      const onDisk = readdirSync(request.dir).filter(
        (n) => n !== MANIFEST_FILE && !n.startsWith('.') && !n.endsWith('.tmp'),
      );
      const texts = new Map<string, string>();
      const opened = openFolder(request.dir);
      if (opened.ok) {
        for (const name of listedFileNames(manifestOnDisk)) {
          const read = readCorpusFile(opened.folder, name, maxFileBytes);
          if (read.ok) texts.set(textKey(Buffer.from(read.bytes).toString('utf8')), name);
        }
      }
      let manifestText = manifestOnDisk;
      const accepted: Accepted[] = [];
      for (const [i, file] of listing.names.entries()) {
        options.onProgress?.('validating', i + 1, listing.names.length);
        const refuse = (reason: string) => void summary.refused.push({ file, reason });
        const reserved = reservedNameReason(file);
        if (reserved !== null) {
          refuse(reserved);
          continue;
        }
        const read = readRegularFile(join(request.source, file), maxFileBytes);
        if (!read.ok) {
          refuse(read.reason);
          continue;
        }
        const text = Buffer.from(read.bytes).toString('utf8');
        const same = texts.get(textKey(text));
        if (same !== undefined) {
          summary.duplicates.push({ file, reason: `has the same text as ${same}, already in the corpus` });
          continue;
        }
        const meta = metadataOf(file, request.rows.get(file), text, readPage);
        const missing: string[] = (['url', 'outlet'] as const).filter((k) => meta[k] === null);
        if (!isPageFile(file) && meta.title === null) missing.unshift('title');
        if (missing.length > 0) {
          const where = isPageFile(file)
            ? 'the page states none (no canonical link/og:url, no og:site_name)'
            : 'a text file states none';
          refuse(`has no ${missing.join(', ')}: ${where}; give them in a --manifest row`);
          continue;
        }
        const admission = admitArticle(
          manifestText,
          new Map(),
          { file, title: meta.title, outlet: meta.outlet ?? '', url: meta.url ?? '', published: meta.published },
          read.bytes,
          [...onDisk, ...accepted.map((a) => a.file)],
          readPage,
        );
        if (!admission.ok) {
          const reason = admission.errors.map((e) => e.replace(`${file} `, '')).join('; ');
          if (admission.errors.every((e) => DUPLICATE.test(e))) summary.duplicates.push({ file, reason });
          else refuse(reason);
          continue;
        }
        manifestText = JSON.stringify(admission.manifest);
        texts.set(textKey(text), file);
        accepted.push({ file, bytes: read.bytes });
        summary.added.push({ file, title: admission.article.title, passages: admission.passages.length });
      }
      if (accepted.length === 0) return { ok: true, summary };
      try {
        writeAll(
          request.dir,
          accepted,
          `${JSON.stringify(JSON.parse(manifestText ?? '{}'), null, 2)}\n`,
          options.onProgress,
        );
      } catch (error) {
        return { ok: false, errors: [`could not write the import: ${reasonOf(error)}; nothing was changed`] };
      }
      return { ok: true, summary };
    },
    options.lockTimeoutMs,
  );
  return changed.ok ? changed.value : { ok: false, errors: [changed.error] };
}

/**
 * Temporary files, flushed; the journal; renames; sources.json last. On an error, everything this import put in
 * the folder is removed again (the journal's list), so the corpus is the old one.
 */
function writeAll(
  dir: string,
  accepted: readonly Accepted[],
  manifest: string,
  onProgress: ImportOptions['onProgress'],
): void {
  const journal = join(dir, `.import.${process.pid}.journal`);
  const temporary = (file: string) => join(dir, `${file}.${process.pid}.tmp`);
  const renamed: string[] = [];
  try {
    accepted.forEach((a, i) => {
      writeFlushed(temporary(a.file), a.bytes);
      onProgress?.('writing', i + 1, accepted.length);
    });
    writeFlushed(journal, JSON.stringify({ files: accepted.map((a) => a.file) }));
    syncFolder(dir);
    for (const a of accepted) {
      renameSync(temporary(a.file), join(dir, a.file));
      renamed.push(a.file);
    }
    syncFolder(dir);
    writeDurably(dir, join(dir, MANIFEST_FILE), manifest);
  } catch (error) {
    for (const file of renamed) rmSync(join(dir, file), { force: true });
    for (const a of accepted) rmSync(temporary(a.file), { force: true });
    rmSync(journal, { force: true });
    throw error;
  }
  rmSync(journal, { force: true });
}
