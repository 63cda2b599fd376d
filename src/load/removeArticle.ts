// Removing an article by its url, under the manifest lock: sources.json is rewritten without the entry (temporary
// file, fsync, rename), then the article file is removed; a kill between the two leaves an unlisted file, which
// `check` reports and nothing loads.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE } from '../corpus/build.ts';
import { stripBom } from '../corpus/manifest.ts';
import { writeDurably } from './addArticle.ts';
import { reasonOf } from './articleFile.ts';
import { changeManifest } from './manifestChange.ts';

export type RemoveResult = { ok: true; file: string; title: string | null } | { ok: false; error: string };

export async function removeArticle(dir: string, url: string, lockTimeoutMs?: number): Promise<RemoveResult> {
  const changed = await changeManifest(
    dir,
    'change',
    async (manifestText): Promise<RemoveResult> => {
      if (manifestText === null)
        return { ok: false, error: `no article has the url ${url}: the corpus has no ${MANIFEST_FILE}` };
      let json: { articles?: unknown };
      try {
        json = JSON.parse(stripBom(manifestText)) as { articles?: unknown };
      } catch (error) {
        return {
          ok: false,
          error: `${MANIFEST_FILE} is not valid JSON (${(error as Error).message}); fix it before removing`,
        };
      }
      const articles = Array.isArray(json.articles)
        ? (json.articles as { url?: unknown; file?: unknown; title?: unknown }[])
        : null;
      if (articles === null)
        return {
          ok: false,
          error: `${MANIFEST_FILE} has no "articles" list; fix it (see \`check\`) before removing`,
        };
      const at = articles.findIndex((a) => a?.url === url);
      const found = articles[at];
      if (found === undefined) return { ok: false, error: `no article has the url ${url}` };
      try {
        writeDurably(
          dir,
          join(dir, MANIFEST_FILE),
          `${JSON.stringify({ ...json, articles: articles.filter((_, i) => i !== at) }, null, 2)}\n`,
        );
      } catch (error) {
        return { ok: false, error: `could not write ${MANIFEST_FILE}: ${reasonOf(error)}` };
      }
      const file = typeof found.file === 'string' ? found.file : '';
      if (file.length > 0 && !file.includes('/') && !file.includes('\\')) rmSync(join(dir, file), { force: true });
      return { ok: true, file, title: typeof found.title === 'string' ? found.title : null };
    },
    lockTimeoutMs,
  );
  return changed.ok ? changed.value : { ok: false, error: changed.error };
}
