// "What did X say (about Y)": the speaker's quotes, one entry per set of same words with the other outlets that
// reported them and any outlet that gave those words to somebody else, ranked by topic or by date.
import { textFragmentLink } from '../answers/fragment.ts';
import type { Article } from '../corpus/types.ts';
import type { Quote, QuoteBook } from './book.ts';
import type { QuoteItem, QuoteResult } from './result.ts';
import { closestSpeakers, resolveSpeaker } from './speakers.ts';
import { quoteTerms, termMatches } from './similarity.ts';

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
  score: number;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The fullest version of the same words: body before headline, whole sentences before fragments, longer first. */
function preferred(a: Quote, b: Quote): number {
  return Number(a.headline) - Number(b.headline) || Number(a.partial) - Number(b.partial) || b.text.length - a.text.length || compareIds(a.articleId, b.articleId) || a.position - b.position;
}

const groupCache = new WeakMap<QuoteBook, Map<number, Quote[]>>();

/** The book's quotes by group of same words, computed once per book. */
function groupsOf(book: QuoteBook): Map<number, Quote[]> {
  let byGroup = groupCache.get(book);
  if (!byGroup) {
    byGroup = new Map<number, Quote[]>();
    for (const q of book.quotes) {
      const members = byGroup.get(q.group);
      if (members) members.push(q);
      else byGroup.set(q.group, [q]);
    }
    groupCache.set(book, byGroup);
  }
  return byGroup;
}

function entriesFor(book: QuoteBook, speaker: string, includeScare: boolean): Entry[] {
  const groups = new Set(book.quotes.filter((q) => q.speaker === speaker && (includeScare || !q.scare)).map((q) => q.group));
  const byGroup = groupsOf(book);
  const entries: Entry[] = [];
  for (const group of groups) {
    const members = byGroup.get(group) ?? [];
    const mine = members.filter((q) => q.speaker === speaker).sort(preferred);
    const primary = mine[0];
    if (!primary) continue;
    const others: Quote[] = [];
    for (const q of mine.slice(1)) {
      if (q.articleId !== primary.articleId && !others.some((o) => o.articleId === q.articleId)) others.push(q);
    }
    others.sort((a, b) => compareIds(a.articleId, b.articleId));
    const conflicts: Quote[] = [];
    for (const q of members) {
      if (q.speaker === null || q.speaker === speaker) continue;
      if (!conflicts.some((c) => c.articleId === q.articleId && c.speaker === q.speaker)) conflicts.push(q);
    }
    conflicts.sort((a, b) => compareIds(a.articleId, b.articleId) || a.position - b.position);
    entries.push({ primary, others, conflicts, score: 0 });
  }
  return entries;
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

const termCache = new WeakMap<Quote, { quoted: string[]; around: string[] }>();

function termsOf(quote: Quote): { quoted: string[]; around: string[] } {
  let terms = termCache.get(quote);
  if (!terms) {
    terms = { quoted: quoteTerms(quote.text), around: quoteTerms(quote.context) };
    termCache.set(quote, terms);
  }
  return terms;
}

/** Topic relevance: each topic term found in the quoted words counts 2, found only around them 1. */
function relevance(entry: Entry, topic: string[]): number {
  const quoted = [entry.primary, ...entry.others].flatMap((q) => termsOf(q).quoted);
  const around = [entry.primary, ...entry.others].flatMap((q) => termsOf(q).around);
  let score = 0;
  for (const term of topic) score += quoted.some((t) => termMatches(t, term)) ? 2 : around.some((t) => termMatches(t, term)) ? 1 : 0;
  return score;
}

function item(names: Map<string, string>, articles: Map<string, Article>, entry: Entry, speakerName: string): QuoteItem | null {
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
    context: entry.primary.context,
    alsoReportedBy: entry.others.flatMap((q) => {
      const a = articles.get(q.articleId);
      return a ? [{ articleId: a.id, outlet: a.outlet, url: a.url, link: textFragmentLink(a.url, q.text), text: q.text }] : [];
    }),
    conflicts: entry.conflicts.flatMap((q) => {
      const a = articles.get(q.articleId);
      const speaker = q.speaker === null ? undefined : names.get(q.speaker);
      return a && speaker !== undefined ? [{ speaker, articleId: a.id, outlet: a.outlet, url: a.url, text: q.text }] : [];
    }),
  };
}

/** What a speaker was quoted as saying, optionally about a topic; unknown names get suggestions instead. */
export function findQuotes(book: QuoteBook, query: QuoteQuery): QuoteResult {
  const person = resolveSpeaker(book, query.speaker);
  if (person === null) return { query: query.speaker, speaker: null, quotes: [], suggestions: closestSpeakers(book, query.speaker) };
  const articles = new Map(book.articles.map((a) => [a.id, a]));
  let entries = entriesFor(book, person.id, query.includeScare ?? false);
  const topic = query.about === undefined ? [] : quoteTerms(query.about);
  if (topic.length > 0) {
    for (const entry of entries) entry.score = relevance(entry, topic);
    entries = entries.filter((e) => e.score > 0);
    const byDate = newestFirst(articles);
    entries.sort((a, b) => b.score - a.score || byDate(a, b));
  } else {
    entries.sort(newestFirst(articles));
  }
  const limit = query.limit ?? DEFAULT_QUOTE_LIMIT;
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  const quotes = entries.slice(0, Math.max(0, limit)).flatMap((e) => {
    const i = item(names, articles, e, person.name);
    return i ? [i] : [];
  });
  return { query: query.speaker, speaker: { name: person.name, aliases: person.aliases.filter((a) => a !== person.name) }, quotes, suggestions: [] };
}
