// The archive service /archive uses: adds and removes articles with the CLI's validation, lock and atomic write,
// then rebuilds the live corpus at once, so the reply can name what the bot now answers from.
import type { ArchiveService, AttachmentRef, Fetched } from '../../commands/archiveService.ts';
import { addArticleBytes } from './addArticle.ts';
import type { LiveCorpus } from './liveCorpus.ts';
import { removeArticle } from './removeArticle.ts';

export interface ArchiveServiceOptions {
  dir: string;
  maxFileBytes: number;
  live: LiveCorpus;
  fetchAttachment(file: AttachmentRef, maxBytes: number): Promise<Fetched>;
}

export function createArchiveService(options: ArchiveServiceOptions): ArchiveService {
  return {
    fetchAttachment: options.fetchAttachment,
    async add(request) {
      const added = await addArticleBytes({ ...request, dir: options.dir }, { maxFileBytes: options.maxFileBytes });
      if (!added.ok) return added;
      await options.live.reload();
      const { quotes } = options.live.current();
      const speakerIds = new Set(
        quotes.quotes.filter((q) => q.articleId === added.article.id && q.speaker !== null).map((q) => q.speaker),
      );
      const speakers = quotes.people.filter((p) => speakerIds.has(p.id)).map((p) => p.name);
      return { ok: true, file: added.entry.file, title: added.article.title, passages: added.passages, speakers };
    },
    async remove(url) {
      const removed = await removeArticle(options.dir, url);
      if (removed.ok) await options.live.reload();
      return removed;
    },
  };
}
