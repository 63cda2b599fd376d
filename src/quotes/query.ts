// "What did X say (about Y)": the speaker's quotes, one entry per set of same words with the other outlets that
// reported them and any outlet that gave those words to somebody else, ranked by topic or by date.
import { textFragmentLink } from '../answers/fragment.ts';
import type { Article } from '../corpus/types.ts';
import { quoteContext, quoteParagraphs, type Quote, type QuoteBook } from './book.ts';
import type { QuoteItem, QuoteResult } from './result.ts';
import { closestSpeakers, speakersNamed, resolveSpeaker } from './speakers.ts';
import { holdsWords, quoteTerms } from './similarity.ts';
import { entryTerms, topicScores, Vocabulary, type EntryTerms } from './topics.ts';

export const DEFAULT_QUOTE_LIMIT = 10;

export interface QuoteQuery {
  speaker: string;
  about?: string;
  limit?: number;
  /** Also list scare quotes (one to three quoted words inside a sentence); left out by default. */
  includeScare?: boolean;
}

interface Entry {
  primary: Quote;
  others: Quote[];
  conflicts: Quote[];
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The fullest version of the same words: body before headline, whole sentences before fragments, longer first. */
function preferred(a: Quote, b: Quote): number {
  return (
    Number(a.headline) - Number(b.headline) ||
    Number(a.partial) - Number(b.partial) ||
    b.text.length - a.text.length ||
    compareIds(a.articleId, b.articleId) ||
    a.position - b.position
  );
}

/** Quotes by speaker and by group of same words, articles and names by id: computed once per book. */
interface QuoteIndex {
  articles: Map<string, Article>;
  names: Map<string, string>;
  bySpeaker: Map<string, Quote[]>;
  byGroup: Map<number, Quote[]>;
  /** Each group's quotes by speaker and its possible conflicts, made on first use. */
  groups: Map<number, GroupIndex>;
  /** A speaker's entries newest first, by `${includeScare}:${speaker}`, made on the speaker's first query. */
  listings: Map<string, Listing>;
  /** The terms of the listings that have been asked about a topic. */
  vocabulary: Vocabulary;
}

interface Listing {
  /** Newest first. */
  entries: Entry[];
  /** Made on the first query with a topic. */
  topics?: EntryTerms;
}

const indexes = new WeakMap<QuoteBook, QuoteIndex>();

function listed<K>(map: Map<K, Quote[]>, key: K, quote: Quote): void {
  const list = map.get(key);
  if (list) list.push(quote);
  else map.set(key, [quote]);
}

function indexOf(book: QuoteBook): QuoteIndex {
  let index = indexes.get(book);
  if (!index) {
    const bySpeaker = new Map<string, Quote[]>();
    const byGroup = new Map<number, Quote[]>();
    for (const q of book.quotes) {
      listed(byGroup, q.group, q);
      if (q.speaker !== null) listed(bySpeaker, q.speaker, q);
    }
    index = {
      articles: new Map(book.articles.map((a) => [a.id, a])),
      names: new Map(book.people.map((p) => [p.id, p.name])),
      bySpeaker,
      byGroup,
      groups: new Map(),
      listings: new Map(),
      vocabulary: new Vocabulary(),
    };
    indexes.set(book, index);
  }
  return index;
}

/** Builds the book's quote indexes, and every speaker's listing, now rather than on the first query. */
export function prepareQuotes(book: QuoteBook): void {
  const index = indexOf(book);
  for (const speaker of index.bySpeaker.keys()) listingOf(index, speaker, false);
}

/**
 * A group's quotes by speaker, and the quotes that can conflict with a speaker's: the first quote of each
 * (article, speaker) pair, in article order. Computed once per group, so a speaker's listing takes time in the
 * size of its groups rather than rescanning them per quote (a word-for-word quote from hundreds of speakers
 * across thousands of articles once kept preparation busy for minutes).
 */
interface GroupIndex {
  bySpeaker: Map<string, Quote[]>;
  conflicting: Quote[];
}

function groupIndexOf(index: QuoteIndex, group: number): GroupIndex {
  let found = index.groups.get(group);
  if (found) return found;
  const members = index.byGroup.get(group) ?? [];
  const bySpeaker = new Map<string, Quote[]>();
  const conflicting: Quote[] = [];
  const pairs = new Set<string>();
  for (const q of members) {
    if (q.speaker === null) continue;
    listed(bySpeaker, q.speaker, q);
    const pair = `${q.articleId}\u0000${q.speaker}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    conflicting.push(q);
  }
  conflicting.sort((a, b) => compareIds(a.articleId, b.articleId) || a.position - b.position);
  found = { bySpeaker, conflicting };
  index.groups.set(group, found);
  return found;
}

function entriesFor(index: QuoteIndex, speaker: string, includeScare: boolean): Entry[] {
  const groups = new Set(
    (index.bySpeaker.get(speaker) ?? []).filter((q) => includeScare || !q.scare).map((q) => q.group),
  );
  const entries: Entry[] = [];
  for (const group of groups) {
    const { bySpeaker, conflicting } = groupIndexOf(index, group);
    const mine = [...(bySpeaker.get(speaker) ?? [])].sort(preferred);
    const primary = mine[0];
    if (!primary) continue;
    const conflicts = conflicting.filter((q) => q.speaker !== speaker);
    const own: Entry[] = [{ primary, others: [], conflicts }];
    const reported = new Set<string>([primary.articleId]);
    // Each quote of this article already listed, to tell a partial quote its longer quote owns from other words.
    const listedHere: Quote[] = [primary];
    for (const q of mine.slice(1)) {
      if (!reported.has(q.articleId)) {
        reported.add(q.articleId);
        own[0]?.others.push(q);
        continue;
      }
      // The same speaker's longer quote in the article owns a partial quote of its words (a headline repeating the
      // body too); a partial quote of other words ("a record quarter for vehicle deliveries" beside "a record
      // quarter for deliveries") is a quotation of its own, listed apart.
      const same = listedHere.filter((l) => l.articleId === q.articleId);
      if (q.headline || same.some((l) => holdsWords(l.text, q.text))) continue;
      listedHere.push(q);
      own.push({ primary: q, others: [], conflicts });
    }
    own[0]?.others.sort((a, b) => compareIds(a.articleId, b.articleId));
    entries.push(...own);
  }
  return withoutOwnedPartials(entries).sort(newestFirst(index.articles));
}

/**
 * A speaker's entries less those whose quote is a partial quote of words that a longer quote of the same speaker
 * in the same article holds as written ("the hardest … of my career" in “It was the hardest decision of my
 * career …”), however few its terms: the longer one owns it, and takes the outlets that reported it.
 */
function withoutOwnedPartials(entries: Entry[]): Entry[] {
  const byArticle = new Map<string, Entry[]>();
  for (const entry of entries) {
    const list = byArticle.get(entry.primary.articleId);
    if (list) list.push(entry);
    else byArticle.set(entry.primary.articleId, [entry]);
  }
  const owned = new Set<Entry>();
  for (const list of byArticle.values()) {
    if (list.length < 2) continue;
    for (const entry of list) {
      if (!entry.primary.partial || entry.primary.headline) continue;
      const owner = list.find(
        (other) =>
          other !== entry &&
          !owned.has(other) &&
          other.primary.text.length > entry.primary.text.length &&
          holdsWords(other.primary.text, entry.primary.text),
      );
      if (!owner) continue;
      owned.add(entry);
      const reported = new Set([owner.primary.articleId, ...owner.others.map((q) => q.articleId)]);
      for (const q of entry.others) if (!reported.has(q.articleId)) owner.others.push(q);
      owner.others.sort((a, b) => compareIds(a.articleId, b.articleId));
    }
  }
  return owned.size === 0 ? entries : entries.filter((entry) => !owned.has(entry));
}

/** A speaker's entries newest first; the same for every query, so kept (a book's entries never change). */
function listingOf(index: QuoteIndex, speaker: string, includeScare: boolean): Listing {
  const key = `${includeScare ? 1 : 0}:${speaker}`;
  let listing = index.listings.get(key);
  if (!listing) {
    listing = { entries: entriesFor(index, speaker, includeScare) };
    index.listings.set(key, listing);
  }
  return listing;
}

function newestFirst(articles: Map<string, Article>) {
  return (a: Entry, b: Entry): number => {
    const da = articles.get(a.primary.articleId)?.published ?? null;
    const db = articles.get(b.primary.articleId)?.published ?? null;
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? 1 : -1;
    }
    return compareIds(a.primary.articleId, b.primary.articleId) || a.primary.position - b.primary.position;
  };
}

/** What a quote was said about: the paragraph it sits in (the sentences before and after it included). */
function contextOf(index: QuoteIndex, quote: Quote): string {
  const article = index.articles.get(quote.articleId);
  return article ? quoteParagraphs(article, quote) : '';
}

/** Topic relevance of each of a listing's entries, its terms read on the first topic query. */
function relevance(index: QuoteIndex, listing: Listing, topic: string[]): number[] {
  listing.topics ??= entryTerms(
    index.vocabulary,
    listing.entries.map((entry) => {
      const quotes = [entry.primary, ...entry.others];
      return { quoted: quotes.map((q) => q.text), around: quotes.map((q) => contextOf(index, q)) };
    }),
  );
  return topicScores(index.vocabulary, listing.topics, topic);
}

function item(
  names: Map<string, string>,
  articles: Map<string, Article>,
  entry: Entry,
  speakerName: string,
): QuoteItem | null {
  const article = articles.get(entry.primary.articleId);
  if (!article) return null;
  return {
    text: entry.primary.text,
    speaker: speakerName,
    partial: entry.primary.partial,
    articleId: article.id,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    link: textFragmentLink(article.url, entry.primary.text),
    published: article.published,
    context: quoteContext(article, entry.primary),
    alsoReportedBy: entry.others.flatMap((q) => {
      const a = articles.get(q.articleId);
      return a
        ? [{ articleId: a.id, outlet: a.outlet, url: a.url, link: textFragmentLink(a.url, q.text), text: q.text }]
        : [];
    }),
    conflicts: entry.conflicts.flatMap((q) => {
      const a = articles.get(q.articleId);
      const speaker = q.speaker === null ? undefined : names.get(q.speaker);
      return a && speaker !== undefined
        ? [{ speaker, articleId: a.id, outlet: a.outlet, url: a.url, text: q.text }]
        : [];
    }),
  };
}

/** What a speaker was quoted as saying, optionally about a topic; unknown names get suggestions instead. */
export function findQuotes(book: QuoteBook, query: QuoteQuery): QuoteResult {
  const person = resolveSpeaker(book, query.speaker);
  if (person === null)
    return {
      query: query.speaker,
      speaker: null,
      quotes: [],
      suggestions: closestSpeakers(book, query.speaker),
      alsoNamed: [],
    };
  const index = indexOf(book);
  const listing = listingOf(index, person.id, query.includeScare ?? false);
  const topic = query.about === undefined ? [] : quoteTerms(query.about);
  let entries = listing.entries;
  if (topic.length > 0) {
    // Ties keep the newest-first order the entries already have.
    const scores = relevance(index, listing, topic);
    const scored = listing.entries
      .map((entry, order) => ({ entry, order, score: scores[order] ?? 0 }))
      .filter((e) => e.score > 0);
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    entries = scored.map((e) => e.entry);
  }
  const limit = query.limit ?? DEFAULT_QUOTE_LIMIT;
  const quotes = entries.slice(0, Math.max(0, limit)).flatMap((e) => {
    const i = item(index.names, index.articles, e, person.name);
    return i ? [i] : [];
  });
  return {
    query: query.speaker,
    speaker: {
      name: person.name,
      aliases: person.aliases.filter((a) => a !== person.name),
      kind: person.kind,
      role: person.roles[0] ?? null,
    },
    quotes,
    suggestions: [],
    alsoNamed: speakersNamed(book, query.speaker),
  };
}
