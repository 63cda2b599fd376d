// Everything the commands need, from a corpus directory: the articles, a search index and the quote book.
import type { Deps } from '../../commands/types.ts';
import { createRetriever } from '../search/retriever.ts';
import type { Problem } from '../corpus/types.ts';
import { loadCorpusCached } from './cache.ts';

export async function loadDeps(dir: string): Promise<{ deps: Deps; problems: Problem[] }> {
  const { corpus, index, quotes } = await loadCorpusCached(dir);
  return {
    deps: { corpus, retriever: createRetriever(corpus, index), quotes },
    problems: corpus.problems,
  };
}
