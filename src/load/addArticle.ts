// Writing a new article into a corpus directory atomically: the article file and sources.json are each written
// to a temporary file and renamed into place, so a failure at any step leaves the corpus exactly as it was.
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { admitArticle } from '../corpus/admit.ts';
import { MANIFEST_FILE } from '../corpus/build.ts';
import { readOrNull } from './corpus.ts';
import type { SourceEntry } from '../corpus/manifest.ts';

export type AddResult = { ok: true; entry: SourceEntry } | { ok: false; errors: string[] };

export interface AddRequest {
  source: string;
  title: string;
  outlet: string;
  url: string;
  published: string | null;
  dir: string;
}

async function readTextOrNull(path: string): Promise<string | null> {
  return (await readOrNull(path))?.toString('utf8') ?? null;
}

async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function addArticle(request: AddRequest): Promise<AddResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(request.source);
  } catch (error) {
    return { ok: false, errors: [`cannot read ${request.source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`] };
  }
  const manifestPath = join(request.dir, MANIFEST_FILE);
  const manifestText = await readTextOrNull(manifestPath);
  const existing = new Map<string, string>();
  const names = await readdir(request.dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n !== MANIFEST_FILE && !n.endsWith('.tmp') && !n.startsWith('.'))) {
    const text = await readTextOrNull(join(request.dir, name)).catch(() => null);
    if (text !== null) existing.set(name, text);
  }
  const admission = admitArticle(
    manifestText,
    existing,
    { file: basename(request.source), title: request.title, outlet: request.outlet, url: request.url, published: request.published },
    bytes,
  );
  if (!admission.ok) return admission;

  await mkdir(request.dir, { recursive: true });
  const articlePath = join(request.dir, admission.entry.file);
  await writeAtomically(articlePath, bytes);
  try {
    await writeAtomically(manifestPath, `${JSON.stringify(admission.manifest, null, 2)}\n`);
  } catch (error) {
    await rm(articlePath, { force: true });
    return { ok: false, errors: [`could not write ${MANIFEST_FILE}: ${(error as Error).message}; nothing was changed`] };
  }
  return { ok: true, entry: admission.entry };
}
