// A worker thread of the quote book's build (bookWorkers.ts starts it): it reads its share of the articles (stage 1
// of src/quotes/bookStages.ts), then attributes them in order against the registry the main thread built from every
// article's evidence (stage 3), writing down what each attribution read of the registry's aliases and roles.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../corpus/types.ts';
import { type ArticleReading, attributeForBook, learnFrom, readForBook, watchRegistry } from '../quotes/bookStages.ts';
import { SentenceStore } from '../quotes/sentenceStore.ts';
import { SentenceTagger } from '../quotes/tagger.ts';
import type { AttributedArticle, FromBookWorker, ToBookWorker } from './bookProtocol.ts';

const port = parentPort;
if (port === null) throw new Error('bookWorker.ts runs as a worker thread only');

let articles: Article[] = [];
let readings: ArticleReading[] = [];
/** The share's sentences, packed by the read for the attribution (as buildQuoteBook keeps them). */
let store = new SentenceStore();

function handle(message: ToBookWorker): FromBookWorker {
  if (message.type === 'read') {
    articles = message.articles;
    const tagger = new SentenceTagger();
    store = new SentenceStore();
    readings = articles.map((article) => readForBook(article, tagger, store));
    return { type: 'read', readings };
  }
  const { registry, reads } = watchRegistry(message.registry);
  const results: AttributedArticle[] = articles.map((article, n) => {
    reads.aliases = new Map();
    reads.roles = new Map();
    const attribution = attributeForBook(article, readings[n]?.quotes ?? [], registry, store);
    const seen = { aliases: reads.aliases, roles: reads.roles };
    // What the articles before it in this share taught, as a run in order would have learnt it.
    learnFrom(message.registry, attribution);
    return { attribution, reads: seen };
  });
  return { type: 'attributed', results };
}

port.on('message', (message: ToBookWorker) => {
  let reply: FromBookWorker;
  try {
    reply = handle(message);
  } catch (error) {
    reply = { type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
