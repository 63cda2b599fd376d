// Readies a quote book for serving: the per-book indexes that let a query touch only one speaker's quotes and the
// names that can match, built up front (they are also built on first use, so calling this is optional).
import type { QuoteBook } from './book.ts';
import { prepareQuotes } from './query.ts';
import { prepareSpeakers } from './speakerIndex.ts';

/** Builds every per-book index now; call after building or restoring a book, before the first query. */
export function prepareQuoteBook(book: QuoteBook): QuoteBook {
  prepareSpeakers(book);
  prepareQuotes(book);
  return book;
}
