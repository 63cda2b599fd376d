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
  // The quote book's lookup tables take a few hundred milliseconds on a large corpus, and the entity tagger's model
  // about 0.3 s to load. Both are readied just after start-up (while the bot connects to the gateway, which takes
  // longer) rather than delaying it; a question or /quote arriving first loads what it needs itself, with the same
  // answer.
  setImmediate(() => {
    warmEntityTagger();
    prepareQuoteBook(quotes);
  }).unref();
  return {
    deps: { corpus, retriever: createRetriever(corpus, index, { paraphrases: loadParaphraseTable() }), quotes },
    problems: corpus.problems,
  };
}
