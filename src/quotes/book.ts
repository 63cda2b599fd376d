// The quote book: every quotation of a corpus with its speaker, and the people quoted, built once from the
// articles. Pure: articles in, plain data out.
import type { Article } from '../corpus/types.ts';
import { attributeArticle, type AttributionMethod } from './attribute.ts';
import { articleEvidence, genderCues } from './evidence.ts';
import { extractQuotes, type ExtractedQuote, type Span } from './extract.ts';
import { articleSentences, type Sentence } from './frames.ts';
import { aliasKey } from './match.ts';
import { buildRegistry, type GenderCue, type GivenNameGender, type NameEvidence, type Person } from './people.ts';
import { SentenceTagger } from './tagger.ts';
import { enclosingQuote, readNested } from './nested.ts';
import { groupSameWords, quoteTerms, type TermMemo } from './similarity.ts';

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

const aliasKeys = new WeakMap<string[], Set<string>>();

function addUnique(list: string[], value: string): void {
  let keys = aliasKeys.get(list);
  if (!keys) {
    keys = new Set(list.map(aliasKey));
    aliasKeys.set(list, keys);
  }
  const key = aliasKey(value);
  if (keys.has(key)) return;
  keys.add(key);
  list.push(value);
}

/** Evidence that a name written only inside a quote is a person's: the outer quote has them speak a nested quote. */
function nestedSpeakerEvidence(article: Article, quotes: readonly ExtractedQuote[]): NameEvidence[] {
  const found: NameEvidence[] = [];
  quotes.forEach((quote, i) => {
    const outer = enclosingQuote(quotes, i);
    const outerQuote = outer === null ? undefined : quotes[outer];
    if (outerQuote === undefined) return;
    const { speaker } = readNested(article, outerQuote, quote);
    // A surname alone is left to the names the article gives in full.
    if (speaker?.kind === 'named' && speaker.name.length >= 2)
      found.push({ articleId: article.id, name: speaker.name, role: null, gender: null });
  });
  return found;
}

export interface QuoteBookOptions {
  /** Genders of given names, for people whose titles and pronouns do not say (none when not given). */
  givenNameGender?: GivenNameGender;
}

export function buildQuoteBook(articles: Article[], options: QuoteBookOptions = {}): QuoteBook {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Two passes: people are known only once every article has been read. An article's sentences (a token object
  // per word) are made again in the second pass rather than kept: kept for a whole corpus they take gigabytes
  // and most of the time goes to the garbage collector.
  const read: { article: Article; quotes: ExtractedQuote[] }[] = [];
  const evidence: NameEvidence[] = [];
  const cues: GenderCue[] = [];
  const tagger = new SentenceTagger();
  for (const article of sorted) {
    const quotes = extractQuotes(article);
    const sentences = articleSentences(article, quotes);
    for (const e of articleEvidence(article.id, sentences, tagger)) evidence.push(e);
    // A person named only inside a quote, whose words the quote quotes ("… Kompany … He went to say, '…'").
    for (const e of nestedSpeakerEvidence(article, quotes)) evidence.push(e);
    for (const sentence of sentences)
      if (sentence.kind === 'body') for (const cue of genderCues(article.id, sentence)) cues.push(cue);
    read.push({ article, quotes });
  }
  const registry = buildRegistry(evidence, cues, options.givenNameGender);
  const quotes: Omit<Quote, 'group'>[] = [];
  for (const { article, quotes: extracted } of read) {
    const sentences: Sentence[] = articleSentences(article, extracted);
    const attribution = attributeArticle(article, extracted, sentences, registry);
    for (const [id, forms] of attribution.aliases) {
      const person = registry.people.get(id);
      if (person) for (const form of forms) addUnique(person.aliases, form);
    }
    for (const [id, roles] of attribution.roles) {
      const person = registry.people.get(id);
      if (person) for (const role of roles) addUnique(person.roles, role);
    }
    extracted.forEach((q, i) => {
      const a = attribution.quotes[i] ?? { speaker: null, cue: null, method: 'none' as const };
      quotes.push({
        id: `${article.id}#q${i}`,
        articleId: article.id,
        start: q.start,
        end: q.end,
        segments: q.segments,
        paragraphs: q.paragraphs,
        text: q.text,
        partial: q.partial,
        scare: q.scare,
        headline: q.headline,
        speaker: a.speaker,
        cue: a.cue,
        method: a.method,
        position: i,
      });
    });
  }
  const memo: TermMemo = new Map();
  const groups = groupSameWords(quotes.map((q) => (q.scare ? [] : quoteTerms(q.text, memo))));
  const people = [...registry.people.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1,
  );
  return { articles: sorted, quotes: quotes.map((q, i) => ({ ...q, group: groups[i] ?? i })), people };
}
