// /sources — the articles in the corpus, newest first, with outlet, date and link, a page at a time.
import { z } from 'zod';
import { formatDate } from '../src/reply/format.ts';
import type { Reply } from '../src/reply/model.ts';
import { CHAT_INPUT, defineCommand } from './types.ts';

export const SOURCES_PER_PAGE = 10;

const sourcesSchema = z.object({});

export const sources = defineCommand({
  type: CHAT_INPUT,
  name: 'sources',
  description: 'List the articles I answer from',
  schema: sourcesSchema,
  options: {},
  fromState: () => ({}),
  run(_input, deps, context): Reply {
    const articles = [...deps.corpus.articles].sort(
      (a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id),
    );
    const pages = Math.max(1, Math.ceil(articles.length / SOURCES_PER_PAGE));
    const page = Math.min(Math.max(0, context.page), pages - 1);
    const shown = articles.slice(page * SOURCES_PER_PAGE, (page + 1) * SOURCES_PER_PAGE);
    const reply: Reply = {
      kind: 'info',
      ephemeral: false,
      heading: `${articles.length} articles`,
      lines: articles.length === 0 ? ['The corpus has no articles yet.'] : [],
      citations: [],
      entries: shown.map((a) => ({
        label: a.title ?? a.url,
        detail: `${a.outlet}, ${formatDate(a.published)}`,
        link: a.url,
      })),
      links: [],
    };
    if (pages > 1) reply.pager = { command: 'sources', page, pages, state: [] };
    return reply;
  },
});
