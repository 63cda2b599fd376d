// The public face of the quotation reader: build a quote book from articles, then ask it who said what.
export { buildQuoteBook, type Quote, type QuoteBook } from './book.ts';
export { prepareQuoteBook } from './prepare.ts';
export { DEFAULT_QUOTE_LIMIT, findQuotes, type QuoteQuery } from './query.ts';
export {
  quoteResultSchema,
  speakersResultSchema,
  type QuoteResult,
  type QuoteItem,
  type SpeakersResult,
} from './result.ts';
export { listSpeakers, resolveSpeaker, suggestSpeakers, MAX_CHOICE_NAME } from './speakers.ts';
export type { Person } from './people.ts';
