// Everything the commands need, from a corpus directory: the articles, a search index and the quote book.
import { loadParaphraseTable } from './paraphrases.ts';
import type { Deps } from '../../commands/types.ts';
import { createRetriever } from '../search/retriever.ts';
import type { Problem } from '../corpus/types.ts';
import { prepareQuoteBook } from '../quotes/index.ts';
import { warmEntityTagger } from '../answers/entities.ts';
import { loadCorpusCached, type CacheOptions } from './cache.ts';

/** `options` carries CORPUS_MAX_FILE_BYTES and the logger for cache failures (the defaults when not given). */
export async function loadDeps(dir: string, options: CacheOptions = {}): Promise<{ deps: Deps; problems: Problem[] }> {
  const { corpus, index, quotes } = await loadCorpusCached(dir, options);
  // The quote book's lookup tables take a few hundred milliseconds on a large corpus. /ask never needs them, so
  // they are built just after start-up (while the bot connects) rather than delaying it; a /quote arriving first
  // builds what it needs itself.
  setImmediate(() => prepareQuoteBook(quotes)).unref();
  // The entity tagger's model takes about 0.3 s to load: paid at start-up, not by the first question.
  warmEntityTagger();
  return {
    deps: { corpus, retriever: createRetriever(corpus, index, { paraphrases: loadParaphraseTable() }), quotes },
    problems: corpus.problems,
  };
}
