// The quote book: every quotation of a corpus with its speaker, and the people quoted, built once from the
// articles. Pure: articles in, plain data out.
import type { Article } from '../corpus/types.ts';
import type { AttributionMethod } from './attribute.ts';
import {
  type ArticleReading,
  assembleBook,
  attributeForBook,
  learnFrom,
  readForBook,
  sortedArticles,
} from './bookStages.ts';
import type { Span } from './extract.ts';
import { buildRegistry, type GivenNameGender, type Person } from './people.ts';
import { SentenceStore } from './sentenceStore.ts';
import { SentenceTagger } from './tagger.ts';

export interface Quote {
  /** `${articleId}#q${n}`, n counting the article's quotes from 0. */
  id: string;
  articleId: string;
  /** Offsets into the article text of the quotation, marks included. */
  start: number;
  end: number;
  /** The quoted words in each paragraph, marks excluded. */
  segments: Span[];
  paragraphs: number[];
  /** The quotation without its marks. */
  text: string;
  partial: boolean;
  scare: boolean;
  headline: boolean;
  /** Id of the speaking person (see QuoteBook.people), or null when unknown. */
  speaker: string | null;
  /** The words that name the speaker, as written. */
  cue: string | null;
  method: AttributionMethod;
  /** Quotes with the same number report the same words (across outlets, or a headline repeating the body). */
  group: number;
  /** Position of the quote in the article, for ordering. */
  position: number;
}

export interface QuoteBook {
  /** Sorted by id. */
  articles: Article[];
  quotes: Quote[];
  /** Sorted by name. */
  people: Person[];
}

/**
 * The sentence(s) around a quotation, verbatim (the whole paragraph for a title or heading). Not stored with the
 * quote: it is a slice of the article’s text, and stored it made up more than a quarter of the saved book.
 */
export function quoteContext(article: Article, quote: Pick<Quote, 'start' | 'end' | 'paragraphs'>): string {
  const first = quote.paragraphs[0] ?? -1;
  const paragraph = article.paragraphs[first];
  if (paragraph && paragraph.kind !== 'body') return article.text.slice(paragraph.start, paragraph.end);
  const around = article.sentences.filter((s) => s.end > quote.start && s.start < quote.end);
  const from = around[0]?.start ?? quote.start;
  const to = around[around.length - 1]?.end ?? quote.end;
  return article.text.slice(Math.min(from, quote.start), Math.max(to, quote.end));
}

/** The paragraph(s) a quotation sits in, verbatim: what it was said about, for matching a topic. */
export function quoteParagraphs(article: Article, quote: Pick<Quote, 'start' | 'end' | 'paragraphs'>): string {
  const texts = quote.paragraphs.flatMap((n) => {
    const paragraph = article.paragraphs[n];
    return paragraph ? [article.text.slice(paragraph.start, paragraph.end)] : [];
  });
  return texts.length > 0 ? texts.join('\n') : article.text.slice(quote.start, quote.end);
}

export interface QuoteBookOptions {
  /** Genders of given names, for people whose titles and pronouns do not say (none when not given). */
  givenNameGender?: GivenNameGender;
}

export function buildQuoteBook(articles: Article[], options: QuoteBookOptions = {}): QuoteBook {
  const sorted = sortedArticles(articles);
  // Two passes: people are known only once every article has been read (bookStages.ts).
  const readings: ArticleReading[] = [];
  const tagger = new SentenceTagger();
  const store = new SentenceStore();
  for (const article of sorted) readings.push(readForBook(article, tagger, store));
  const registry = buildRegistry(
    readings.flatMap((r) => r.evidence),
    readings.flatMap((r) => r.cues),
    options.givenNameGender,
  );
  const attributions = sorted.map((article, n) => {
    const attribution = attributeForBook(article, readings[n]?.quotes ?? [], registry, store);
    learnFrom(registry, attribution);
    return attribution.quotes;
  });
  return assembleBook(
    sorted,
    readings.map((r) => r.quotes),
    attributions,
    registry,
  );
}
