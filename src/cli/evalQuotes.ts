// `eval --quotes --data DIR --gold FILE [--split NAME] [--json] [--explain]`: measures /quote against a quotation
// gold file (news-dev's format): recall of required quotes, precision per gold speaker, and every attribution right.
import { z } from 'zod';
import { foldForMatch, halfOf, readGoldFile } from './evalGold.ts';
import type { CliIo } from './io.ts';
import { formatProblem } from './problems.ts';
import type { Article } from '../corpus/types.ts';
import { loadCorpus } from '../load/corpus.ts';
import { buildQuoteBook, type Quote, type QuoteBook } from '../quotes/book.ts';
import { normalizeName } from '../quotes/match.ts';
import { prepareQuoteBook } from '../quotes/prepare.ts';
import { findQuotes } from '../quotes/query.ts';
import { resolveSpeaker } from '../quotes/speakers.ts';
import { isOtherHalf } from './quoteHalves.ts';
import { givenNameGender } from '../load/givenNames.ts';

export interface QuotesEvalOptions {
  data: string;
  goldPath: string;
  split: string | undefined;
  json: boolean;
  explain: boolean;
}

export const UNKNOWN_SPEAKER = 'UNKNOWN';

export const quoteGoldItemSchema = z.object({
  file: z.string().min(1),
  speaker: z.string().min(1),
  frag: z.string().min(1),
  optional: z.boolean(),
});
export const quotesGoldSchema = z.object({ quotes: z.array(quoteGoldItemSchema).min(1) });
export type QuoteGoldItem = z.infer<typeof quoteGoldItemSchema>;

type Half = 'tune' | 'heldout' | null;

/** A required gold quotation and whether /quote for its speaker returned it. */
export interface RecallResult {
  file: string;
  half: Half;
  speaker: string;
  frag: string;
  found: boolean;
  /** The book's quote holding the frag, when one was extracted: who it was given to and by which words. */
  extracted: {
    speaker: string | null;
    kind: 'person' | 'organisation' | null;
    method: string;
    cue: string | null;
    /** Whether the person given is the gold's by name (samePerson), though /quote may resolve the name elsewhere. */
    namedAsGold: boolean;
  } | null;
  /** Whom /quote understood the gold name as. */
  resolvedAs: string | null;
  /** Whether the frag is in the article's text as the corpus cleaned it. */
  inCleanText: boolean;
}

/** One quote a /quote listing for a gold speaker returned, and whether the gold gives it to that speaker. */
export interface ReturnedResult {
  file: string;
  half: Half;
  speaker: string;
  text: string;
  correct: boolean;
}

/** A quote the bot gave to somebody, overlapping a gold quotation: right when the gold names the same person. */
export interface AttributionResult {
  file: string;
  half: Half;
  text: string;
  given: string;
  cue: string | null;
  method: string;
  gold: string;
  right: boolean;
}

/** Why required quotes were missed, counted: the words never read as a quote, read but given to nobody, given
 * to somebody else, or given to the right person whom /quote did not list under the gold name. */
export interface MissBreakdown {
  /** Of the wrong speakers: given to a person the gold names (same name), whom /quote does not reach by that name. */
  wrongButNamedAsGold: number;
  /** Of the not extracted: the frag is not in the article's text as cleaned (the cleaner dropped its paragraph). */
  notInCleanText: number;
  notExtracted: number;
  unattributed: number;
  wrongSpeaker: number;
  notListed: number;
  /** Unattributed and wrong-speaker misses counted by the rule that decided them ("none" when no rule answered). */
  byMethod: Record<string, number>;
}

export interface QuotesTotals {
  required: number;
  found: number;
  misses: MissBreakdown;
  returned: number;
  returnedCorrect: number;
  attributed: number;
  attributedRight: number;
}

export interface QuotesEvaluation {
  recall: RecallResult[];
  listed: ReturnedResult[];
  attributions: AttributionResult[];
}

function contains(haystack: string, needle: string): boolean {
  return foldForMatch(haystack).includes(foldForMatch(needle));
}

function nameTokens(name: string): string[] {
  return normalizeName(name)
    .split(' ')
    .filter((t) => t.length > 0);
}

/** Whether the bot's person is the one the gold names: one name's words within the other's (Obama, Barack Obama). */
export function samePerson(book: QuoteBook, personId: string, goldName: string): boolean {
  // The gold's UNKNOWN is "no named person" (an unnamed source or an organisation): an organisation fits it.
  if (goldName === UNKNOWN_SPEAKER) return book.people.find((p) => p.id === personId)?.kind === 'organisation';
  if (resolveSpeaker(book, goldName)?.id === personId) return true;
  const person = book.people.find((p) => p.id === personId);
  if (!person) return false;
  const gold = nameTokens(goldName);
  return [person.name, ...person.aliases].some((form) => {
    const tokens = nameTokens(form);
    if (tokens.length === 0) return false;
    return tokens.every((t) => gold.includes(t)) || gold.every((t) => tokens.includes(t));
  });
}

/**
 * The gold quotation a bot quote stands for: the longest frag of its file the quote holds, leaving out the frags of
 * quotes nested in it (a shorter quote of its article that holds the frag too is the one the frag stands for).
 */
function goldFor(quote: Quote, items: readonly QuoteGoldItem[], ofArticle: readonly Quote[]): QuoteGoldItem | null {
  let best: QuoteGoldItem | null = null;
  for (const item of items) {
    if (!contains(quote.text, item.frag)) continue;
    if (innermostHolding(ofArticle, item.frag) !== quote) continue;
    if (best === null || item.frag.length > best.frag.length) best = item;
  }
  return best;
}

/** The shortest of the quotes that hold the frag (a nested quote before the quote around it), or undefined. */
function innermostHolding(quotes: readonly Quote[], frag: string): Quote | undefined {
  let best: Quote | undefined;
  for (const q of quotes)
    if (contains(q.text, frag) && (best === undefined || q.text.length < best.text.length)) best = q;
  return best;
}

/** Scores a built quote book against gold quotations; quotations of files the corpus does not hold are missed. */
export function scoreQuotes(
  book: QuoteBook,
  gold: readonly QuoteGoldItem[],
  split: string | undefined,
): QuotesEvaluation {
  const byFile = new Map<string, Article>(book.articles.map((a) => [a.file, a]));
  const fileOfId = new Map<string, string>(book.articles.map((a) => [a.id, a.file]));
  const halfOfFile = (file: string): Half => (split === undefined ? null : halfOf(file, split, 0));
  const names = new Map(book.people.map((p) => [p.id, p.name]));
  // Each article's quotes, read once: a frag belongs to the innermost of them that holds it.
  const quotesOf = new Map<string, Quote[]>();
  for (const quote of book.quotes) {
    const list = quotesOf.get(quote.articleId);
    if (list) list.push(quote);
    else quotesOf.set(quote.articleId, [quote]);
  }
  const extractedOf = (g: QuoteGoldItem): RecallResult['extracted'] => {
    const article = byFile.get(g.file);
    return extractedFor(book, article, quotesOf.get(article?.id ?? '') ?? [], g, names);
  };
  // A gold file the corpus lacks (or cleaned to nothing) still counts: its quotations are missed.
  const items = gold;
  const itemsOfFile = new Map<string, QuoteGoldItem[]>();
  for (const g of items) itemsOfFile.set(g.file, [...(itemsOfFile.get(g.file) ?? []), g]);

  const recall: RecallResult[] = [];
  const returned: ReturnedResult[] = [];
  const speakers = [...new Set(items.filter((g) => g.speaker !== UNKNOWN_SPEAKER).map((g) => g.speaker))].sort();
  for (const speaker of speakers) {
    const result = findQuotes(book, { speaker, limit: Number.MAX_SAFE_INTEGER });
    const listed = result.quotes.flatMap((q) => [
      { articleId: q.articleId, text: q.text },
      ...q.alsoReportedBy.map((r) => ({ articleId: r.articleId, text: r.text })),
    ]);
    const listedIn = listed.flatMap((l) => {
      const file = fileOfId.get(l.articleId);
      return file !== undefined && itemsOfFile.has(file) ? [{ file, articleId: l.articleId, text: l.text }] : [];
    });
    // The gold names each person as its article does ("Obama" here, "Barack Obama" there): a listed quote is
    // right when its gold speaker is the asked name or resolves to the same person.
    const asked = result.speaker === null ? null : resolveSpeaker(book, speaker);
    const sameAsAsked = (name: string): boolean =>
      name === speaker || (asked !== null && name !== UNKNOWN_SPEAKER && resolveSpeaker(book, name)?.id === asked.id);
    for (const l of listedIn) {
      const ofFile = itemsOfFile.get(l.file) ?? [];
      const correct =
        ofFile.some((g) => sameAsAsked(g.speaker) && contains(l.text, g.frag)) ||
        isOtherHalf(
          book,
          l,
          ofFile.filter((g) => sameAsAsked(g.speaker)).map((g) => g.frag),
          ofFile.map((g) => g.frag),
        );
      returned.push({ file: l.file, half: halfOfFile(l.file), speaker, text: l.text, correct });
    }
    for (const g of items.filter((x) => x.speaker === speaker && !x.optional)) {
      const found = listedIn.some((l) => l.file === g.file && contains(l.text, g.frag));
      recall.push({
        file: g.file,
        half: halfOfFile(g.file),
        speaker,
        frag: g.frag,
        found,
        extracted: extractedOf(g),
        resolvedAs: result.speaker?.name ?? null,
        inCleanText: inCleanText(byFile.get(g.file), g.frag),
      });
    }
  }
  for (const g of items.filter((x) => x.speaker === UNKNOWN_SPEAKER && !x.optional)) {
    // An unnamed source is found when its words are extracted and given to no person (nobody, or an organisation).
    const extracted = extractedOf(g);
    const toNoPerson = extracted !== null && (extracted.speaker === null || extracted.kind === 'organisation');
    recall.push({
      file: g.file,
      half: halfOfFile(g.file),
      speaker: g.speaker,
      frag: g.frag,
      found: toNoPerson,
      extracted,
      resolvedAs: null,
      inCleanText: inCleanText(byFile.get(g.file), g.frag),
    });
  }

  const attributions: AttributionResult[] = [];
  for (const quote of book.quotes) {
    if (quote.speaker === null) continue;
    const file = fileOfId.get(quote.articleId);
    if (file === undefined) continue;
    const item = goldFor(quote, itemsOfFile.get(file) ?? [], quotesOf.get(quote.articleId) ?? []);
    if (item === null) continue;
    attributions.push({
      file,
      half: halfOfFile(file),
      text: quote.text,
      given: names.get(quote.speaker) ?? quote.speaker,
      cue: quote.cue,
      method: quote.method,
      gold: item.speaker,
      right: samePerson(book, quote.speaker, item.speaker),
    });
  }
  return { recall, listed: returned, attributions };
}

function inCleanText(article: Article | undefined, frag: string): boolean {
  return article !== undefined && contains(article.text, frag);
}

function extractedFor(
  book: QuoteBook,
  article: Article | undefined,
  ofArticle: readonly Quote[],
  gold: QuoteGoldItem,
  names: Map<string, string>,
): RecallResult['extracted'] {
  if (!article) return null;
  const quote = innermostHolding(ofArticle, gold.frag);
  if (!quote) return null;
  const kind = quote.speaker === null ? null : (book.people.find((p) => p.id === quote.speaker)?.kind ?? null);
  return {
    speaker: quote.speaker === null ? null : (names.get(quote.speaker) ?? quote.speaker),
    kind,
    method: quote.method,
    cue: quote.cue,
    namedAsGold: quote.speaker !== null && samePerson(book, quote.speaker, gold.speaker),
  };
}

export function quotesTotalsOf(evaluation: QuotesEvaluation, half?: Half): QuotesTotals {
  const keep = <T extends { half: Half }>(list: readonly T[]): T[] =>
    half === undefined ? [...list] : list.filter((x) => x.half === half);
  const recall = keep(evaluation.recall);
  const returned = keep(evaluation.listed);
  const attributions = keep(evaluation.attributions);
  return {
    required: recall.length,
    found: recall.filter((r) => r.found).length,
    misses: missBreakdownOf(recall),
    returned: returned.length,
    returnedCorrect: returned.filter((r) => r.correct).length,
    attributed: attributions.length,
    attributedRight: attributions.filter((a) => a.right).length,
  };
}

/** The category of a missed quote: counts only, so a held-out half can be looked at without its items. */
export function missCategory(
  r: RecallResult,
): Exclude<keyof MissBreakdown, 'notInCleanText' | 'wrongButNamedAsGold' | 'byMethod'> {
  if (r.extracted === null) return 'notExtracted';
  if (r.extracted.speaker === null) return 'unattributed';
  if (r.speaker === UNKNOWN_SPEAKER || r.resolvedAs === null || r.extracted.speaker !== r.resolvedAs)
    return 'wrongSpeaker';
  return 'notListed';
}

const PRONOUN_CUE = /\b(?:he|she|they|it|we|i)\b/iu;

/** What the words that named the speaker were: the gold's name, a pronoun, something else, or none at all. */
export function cueKind(cue: string | null, goldSpeaker: string): 'no cue' | 'gold name' | 'pronoun' | 'other words' {
  if (cue === null) return 'no cue';
  const words = nameTokens(cue);
  if (goldSpeaker !== UNKNOWN_SPEAKER && nameTokens(goldSpeaker).some((t) => t.length > 2 && words.includes(t)))
    return 'gold name';
  return PRONOUN_CUE.test(cue) ? 'pronoun' : 'other words';
}

function missBreakdownOf(recall: readonly RecallResult[]): MissBreakdown {
  const misses: MissBreakdown = {
    notInCleanText: 0,
    wrongButNamedAsGold: 0,
    notExtracted: 0,
    unattributed: 0,
    wrongSpeaker: 0,
    notListed: 0,
    byMethod: {},
  };
  for (const r of recall) {
    if (r.found) continue;
    const category = missCategory(r);
    misses[category]++;
    if (r.extracted === null && !r.inCleanText) misses.notInCleanText++;
    if (category === 'wrongSpeaker' && r.extracted?.namedAsGold === true) misses.wrongButNamedAsGold++;
    if (r.extracted !== null && (category === 'unattributed' || category === 'wrongSpeaker')) {
      const key = `${category === 'unattributed' ? 'unattributed' : 'wrong'} by ${r.extracted.method} (${cueKind(r.extracted.cue, r.speaker)})`;
      misses.byMethod[key] = (misses.byMethod[key] ?? 0) + 1;
    }
  }
  return misses;
}

function percent(n: number, of: number): string {
  return of === 0 ? '—' : `${((100 * n) / of).toFixed(1)}%`;
}

export function formatQuotesTotals(label: string, t: QuotesTotals): string {
  return [
    `${label}: ${t.required} required quotes`,
    `  recall ${t.found}/${t.required} (${percent(t.found, t.required)})  precision, gold speakers ${t.returnedCorrect}/${t.returned} (${percent(t.returnedCorrect, t.returned)})  every attribution right ${t.attributedRight}/${t.attributed} (${percent(t.attributedRight, t.attributed)})`,
    `  missed ${t.required - t.found}: not extracted ${t.misses.notExtracted} (${t.misses.notInCleanText} not in the cleaned text), extracted but unattributed ${t.misses.unattributed}, wrong speaker ${t.misses.wrongSpeaker} (${t.misses.wrongButNamedAsGold} to a person of the gold name that /quote does not reach by it), right speaker not listed ${t.misses.notListed}`,
    ...(Object.keys(t.misses.byMethod).length === 0
      ? []
      : [
          `  by rule: ${Object.entries(t.misses.byMethod)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')}`,
        ]),
  ].join('\n');
}

/** Why each required quote was missed and each attribution went wrong, for the items of one half (or all). */
export function formatQuotesExplanation(evaluation: QuotesEvaluation, half: Half | undefined): string[] {
  const inHalf = (x: { half: Half }): boolean => half === undefined || x.half === half;
  const lines: string[] = [];
  for (const r of evaluation.recall.filter((x) => inHalf(x) && !x.found)) {
    const how =
      r.extracted === null
        ? 'not extracted'
        : `extracted, given to ${r.extracted.speaker ?? 'nobody'} (${r.extracted.method}${r.extracted.cue === null ? '' : `: ${r.extracted.cue}`})`;
    const resolved = r.speaker === UNKNOWN_SPEAKER ? '' : `; "${r.speaker}" resolves to ${r.resolvedAs ?? 'nobody'}`;
    lines.push(`missed [${r.file}] ${r.speaker}: "${r.frag}" — ${how}${resolved}`);
  }
  for (const a of evaluation.attributions.filter((x) => inHalf(x) && !x.right)) {
    lines.push(
      `wrong  [${a.file}] "${a.text.slice(0, 80)}" given to ${a.given} (${a.method}${a.cue === null ? '' : `: ${a.cue}`}), gold: ${a.gold}`,
    );
  }
  for (const r of evaluation.listed.filter((x) => inHalf(x) && !x.correct)) {
    lines.push(
      `extra  [${r.file}] /quote ${r.speaker} lists "${r.text.slice(0, 80)}", which the gold gives to nobody or someone else`,
    );
  }
  return lines;
}

export async function evaluateQuotes(options: QuotesEvalOptions, io: CliIo): Promise<number> {
  const gold = (await readGoldFile(options.goldPath, quotesGoldSchema, 'quotation', io))?.quotes;
  if (gold === undefined) return 2;
  // Read without the cache: the development corpus is someone else's folder and is never written to.
  const corpus = await loadCorpus(options.data);
  for (const problem of corpus.problems) io.err(formatProblem(problem));
  const files = new Set(corpus.articles.map((a) => a.file));
  const absent = [...new Set(gold.filter((g) => !files.has(g.file)).map((g) => g.file))];
  if (absent.length > 0)
    io.err(
      `eval: ${absent.length} gold file(s) not in the corpus, their quotations count as missed: ${absent.slice(0, 5).join(', ')}${absent.length > 5 ? ', …' : ''}`,
    );
  const book = prepareQuoteBook(buildQuoteBook(corpus.articles, { givenNameGender }));
  const evaluation = scoreQuotes(book, gold, options.split);
  const all = quotesTotalsOf(evaluation);
  const halves =
    options.split === undefined
      ? null
      : { tune: quotesTotalsOf(evaluation, 'tune'), heldout: quotesTotalsOf(evaluation, 'heldout') };
  if (options.json) {
    io.out(JSON.stringify({ ...all, ...(halves === null ? {} : { halves }), ...evaluation }));
    return 0;
  }
  if (options.explain) {
    // With a split, only the tune half is explained: the held-out half is looked at as totals alone.
    for (const line of formatQuotesExplanation(evaluation, options.split === undefined ? undefined : 'tune'))
      io.out(line);
    if (options.split !== undefined)
      io.out(`(held-out items, ${options.split} and after, are not explained: totals only)`);
    io.out('');
  }
  io.out(formatQuotesTotals('all', all));
  if (halves !== null) {
    io.out(formatQuotesTotals(`tune (files before ${options.split ?? ''})`, halves.tune));
    io.out(formatQuotesTotals(`held out (${options.split ?? ''} and after)`, halves.heldout));
  }
  return 0;
}
