// The quote book's build in stages, each a pure function over plain data, so that the per-article stages can run on
// any thread (src/threads/) and the book still comes out the same as a build in one pass (book.ts):
//   1. readForBook, per article: its quotations, the name evidence and the pronoun gender cues of its sentences.
//   2. buildRegistry (people.ts), once: every article's evidence, in article order.
//   3. attributeForBook, per article: who said each quotation. An article's attribution reads the roles and aliases
//      the articles before it taught the registry (learnFrom), so it depends on their order: a run that attributes
//      articles apart from the ones before them records what it read (watchRegistry) and is kept only when that
//      equals what a run in order would have read (sameReads); else the article is attributed again, in order.
//   4. assembleBook, once: the quotes in article order, their same-words groups, and the people sorted.
import type { Article } from '../corpus/types.ts';
import { type ArticleAttribution, attributeArticle } from './attribute.ts';
import { articleEvidence, genderCues } from './evidence.ts';
import { type ExtractedQuote, extractQuotes } from './extract.ts';
import { articleSentences, type Sentence } from './frames.ts';
import { namesTheAsker } from './interviewers.ts';
import { aliasKey } from './match.ts';
import { enclosingQuote, readNested } from './nested.ts';
import { postAuthorEvidence } from './posts.ts';
import type { GenderCue, NameEvidence, PeopleRegistry, Person } from './people.ts';
import type { Quote, QuoteBook } from './book.ts';
import { groupSameWords, quoteTerms, type TermMemo } from './similarity.ts';
import type { SentenceStore } from './sentenceStore.ts';
import type { SentenceTagger } from './tagger.ts';

/** Stage 1's result for one article. */
export interface ArticleReading {
  quotes: ExtractedQuote[];
  evidence: NameEvidence[];
  cues: GenderCue[];
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

/**
 * Evidence that a transcript's label names a person: the one full name the article writes for it ("Tom Hale" for
 * "Hale:", "Tia Kerr" for "TK:"), whose answers or questions are that person's words; and that the one the prose
 * brings in as asking a transcript's "Q:" questions is a person ("Tia Kerr caught up with the founder").
 */
function transcriptSpeakerEvidence(
  article: Article,
  quotes: readonly ExtractedQuote[],
  sentences: readonly Sentence[],
): NameEvidence[] {
  const found = new Map<string, NameEvidence>();
  const add = (name: string[]): void => {
    const key = name.join(' ');
    if (!found.has(key)) found.set(key, { articleId: article.id, name, role: null, gender: null });
  };
  let asked: number | null = null;
  for (const quote of quotes) {
    const turn = quote.transcript;
    if (turn === undefined || !(turn.answer || turn.question)) continue;
    if (turn.question && turn.form === 'marks') asked = turn.opens;
    const only = turn.names.length === 1 ? turn.names[0] : undefined;
    if (only !== undefined) add(only.split(' '));
  }
  for (const sentence of sentences) {
    if (asked === null || sentence.kind !== 'body' || sentence.paragraph >= asked) continue;
    for (const run of sentence.runs)
      if (run.kind === 'name' && run.name.length >= 2 && namesTheAsker(sentence.tokens, run.nameFrom, run.to))
        add(run.name);
  }
  return [...found.values()];
}

/**
 * Stage 1: an article's quotations and what its sentences say about people. Its sentences (a token object per word)
 * are kept only packed, in `store` when one is given (sentenceStore.ts), for stage 3; else stage 3 makes them again.
 */
export function readForBook(article: Article, tagger: SentenceTagger, store?: SentenceStore): ArticleReading {
  const quotes = extractQuotes(article);
  const sentences = articleSentences(article, quotes);
  store?.keep(article, quotes, sentences);
  const evidence = articleEvidence(article.id, sentences, tagger);
  // A person named only inside a quote, whose words the quote quotes ("… Brandt … He went to say, '…'").
  for (const e of nestedSpeakerEvidence(article, quotes)) evidence.push(e);
  for (const e of transcriptSpeakerEvidence(article, quotes, sentences)) evidence.push(e);
  for (const e of postAuthorEvidence(article, quotes)) evidence.push(e);
  const cues: GenderCue[] = [];
  for (const sentence of sentences)
    if (sentence.kind === 'body') for (const cue of genderCues(article.id, sentence)) cues.push(cue);
  return { quotes, evidence, cues };
}

/**
 * Stage 3: who said each quotation of one article, with the aliases and roles it teaches the registry. Its sentences
 * come from `store` when stage 1 kept them there.
 */
export function attributeForBook(
  article: Article,
  quotes: readonly ExtractedQuote[],
  registry: PeopleRegistry,
  store?: SentenceStore,
): ArticleAttribution {
  const sentences = store?.take(article, quotes) ?? articleSentences(article, quotes);
  return attributeArticle(article, quotes, sentences, registry);
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

/** What one article's attribution teaches the registry: the forms and roles its people were referred to by. */
export function learnFrom(registry: PeopleRegistry, attribution: Pick<ArticleAttribution, 'aliases' | 'roles'>): void {
  for (const [id, forms] of attribution.aliases) {
    const person = registry.people.get(id);
    if (person) for (const form of forms) addUnique(person.aliases, form);
  }
  for (const [id, roles] of attribution.roles) {
    const person = registry.people.get(id);
    if (person) for (const role of roles) addUnique(person.roles, role);
  }
}

/** The people whose aliases and roles one attribution read, with the lists as it read them. */
export interface RegistryReads {
  aliases: Map<string, readonly string[]>;
  roles: Map<string, readonly string[]>;
}

/**
 * The registry as stage 3 sees it, with every read of a person's aliases or roles written down (the parts of the
 * registry that learnFrom changes; the rest stays as buildRegistry made it). The caller empties `reads` between
 * articles, and calls learnFrom on the registry it watches (learning through the watched one would count as reads).
 */
export function watchRegistry(registry: PeopleRegistry): { registry: PeopleRegistry; reads: RegistryReads } {
  const reads: RegistryReads = { aliases: new Map(), roles: new Map() };
  const people = new Map<string, Person>();
  for (const [id, person] of registry.people) {
    people.set(id, {
      id: person.id,
      name: person.name,
      get aliases(): string[] {
        if (!reads.aliases.has(id)) reads.aliases.set(id, [...person.aliases]);
        return person.aliases;
      },
      get roles(): string[] {
        if (!reads.roles.has(id)) reads.roles.set(id, [...person.roles]);
        return person.roles;
      },
      gender: person.gender,
      kind: person.kind,
    });
  }
  return { registry: { ...registry, people }, reads };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Whether every alias and role list an attribution read is what `registry` holds now. */
export function sameReads(reads: RegistryReads, registry: PeopleRegistry): boolean {
  for (const [id, seen] of reads.aliases) if (!sameList(seen, registry.people.get(id)?.aliases ?? [])) return false;
  for (const [id, seen] of reads.roles) if (!sameList(seen, registry.people.get(id)?.roles ?? [])) return false;
  return true;
}

/** Stage 4: the book from every article's quotations and attributions, in article order. */
export function assembleBook(
  sorted: Article[],
  extracted: readonly (readonly ExtractedQuote[])[],
  attributions: readonly ArticleAttribution['quotes'][],
  registry: PeopleRegistry,
): QuoteBook {
  const quotes: Omit<Quote, 'group'>[] = [];
  sorted.forEach((article, n) => {
    const attribution = attributions[n] ?? [];
    (extracted[n] ?? []).forEach((q, i) => {
      const a = attribution[i] ?? { speaker: null, cue: null, method: 'none' as const };
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
  });
  const memo: TermMemo = new Map();
  const groups = groupSameWords(quotes.map((q) => (q.scare ? [] : quoteTerms(q.text, memo))));
  const people = [...registry.people.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1,
  );
  return { articles: sorted, quotes: quotes.map((q, i) => ({ ...q, group: groups[i] ?? i })), people };
}

/** Articles in id order: the order every stage works in. */
export function sortedArticles(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
