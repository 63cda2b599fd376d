// Excerpt choice inside retrieved passages: scores every run of one to three adjacent sentences by how much of
// the question's term weight it covers, and marks the question's terms in it.
import type { Article, Passage } from '../corpus/types.ts';
import { analyze, type Token } from '../search/fold.ts';
import type { QueryPlan } from '../search/query.ts';
import type { Mark } from './schema.ts';

export const MAX_EXCERPT_SENTENCES = 3;
/** A longer run must cover this much more of the question's weight than its best shorter part. */
export const MIN_EXTENSION_GAIN = 0.1;
/** How much the passage's retrieval score (relative to the best passage) adds to an excerpt's score. */
const RETRIEVAL_WEIGHT = 0.15;
/** Each sentence beyond the first costs this much, so a run only grows when it adds answer terms. */
const SENTENCE_COST = 0.04;
const PROXIMITY_WEIGHT = 0.05;

export interface Excerpt {
  passageId: string;
  articleId: string;
  /** Offsets into Article.text. */
  start: number;
  end: number;
  sentences: number[];
  /** Share of the question's term weight matched in the excerpt, in [0, 1]. */
  coverage: number;
  score: number;
  marks: Mark[];
  /** Non-stop terms of the excerpt, for recognising the same sentence in other sources. */
  terms: string[];
}

interface SentenceMatch {
  tokens: Token[];
  /** Query term index → best match factor in this sentence. */
  matched: Map<number, number>;
  /** Token positions (among non-stop tokens) of matches, for proximity. */
  positions: number[];
}

function matchSentence(article: Article, index: number, lookup: Map<string, [number, number][]>): SentenceMatch | null {
  const sentence = article.sentences[index];
  if (!sentence) return null;
  const tokens = analyze(article.text.slice(sentence.start, sentence.end)).map((t) => ({
    ...t,
    start: t.start + sentence.start,
    end: t.end + sentence.start,
  }));
  const matched = new Map<number, number>();
  const positions: number[] = [];
  let position = 0;
  for (const token of tokens) {
    if (token.stop) continue;
    const hits = lookup.get(token.term);
    if (hits) {
      positions.push(position);
      for (const [term, factor] of hits) matched.set(term, Math.max(matched.get(term) ?? 0, factor));
    }
    position++;
  }
  return { tokens, matched, positions };
}

/** Index term → the query terms it matches, with the factor. */
function matchLookup(plan: QueryPlan): Map<string, [number, number][]> {
  const lookup = new Map<string, [number, number][]>();
  plan.terms.forEach((term, i) => {
    for (const [match, factor] of term.matches) {
      const list = lookup.get(match) ?? [];
      list.push([i, factor]);
      lookup.set(match, list);
    }
  });
  return lookup;
}

/** Matched query terms per non-stop token span: 1 when they sit side by side, smaller as they spread out. */
function proximity(match: SentenceMatch): number {
  const n = match.positions.length;
  if (n < 2) return 0;
  const first = match.positions[0] ?? 0;
  const last = match.positions[n - 1] ?? 0;
  return (n - 1) / (last - first);
}

function mergeMarks(tokens: Token[], isMatch: (t: Token) => boolean, offset: number): Mark[] {
  const spans = tokens
    .filter((t) => !t.stop && isMatch(t))
    .map((t) => ({ start: t.start - offset, end: t.end - offset }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const marks: Mark[] = [];
  for (const span of spans) {
    const last = marks[marks.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else marks.push({ ...span });
  }
  return marks;
}

export interface PassageContext {
  passage: Passage;
  article: Article;
  /** Retrieval score relative to the best retrieved passage, in [0, 1]. */
  relativeScore: number;
}

/** The best excerpt of each passage (null when no sentence matches any question term). */
export function bestExcerpt(context: PassageContext, plan: QueryPlan): Excerpt | null {
  const { passage, article, relativeScore } = context;
  const lookup = matchLookup(plan);
  const totalWeight = plan.terms.reduce((sum, t) => sum + t.weight, 0);
  if (totalWeight === 0) return null;
  const matches = passage.sentences.map((i) => matchSentence(article, i, lookup));
  const coverageOf = (from: number, to: number): number => {
    const best = new Map<number, number>();
    for (let i = from; i <= to; i++) {
      for (const [term, factor] of matches[i]?.matched ?? []) best.set(term, Math.max(best.get(term) ?? 0, factor));
    }
    let weight = 0;
    for (const [term, factor] of best) weight += (plan.terms[term]?.weight ?? 0) * factor;
    return weight / totalWeight;
  };
  let chosen: { from: number; to: number; coverage: number; score: number } | null = null;
  for (let length = 1; length <= MAX_EXCERPT_SENTENCES; length++) {
    for (let from = 0; from + length <= matches.length; from++) {
      const to = from + length - 1;
      const coverage = coverageOf(from, to);
      if (coverage === 0) continue;
      // Each edge sentence must add answer terms of its own, or the shorter run is the better excerpt.
      if (length > 1 && (coverage < coverageOf(from + 1, to) + MIN_EXTENSION_GAIN || coverage < coverageOf(from, to - 1) + MIN_EXTENSION_GAIN)) {
        continue;
      }
      const close = length === 1 ? proximity(matches[from] as SentenceMatch) : 0;
      const score = coverage + RETRIEVAL_WEIGHT * relativeScore - SENTENCE_COST * (length - 1) + PROXIMITY_WEIGHT * close;
      if (!chosen || score > chosen.score) chosen = { from, to, coverage, score };
    }
  }
  if (!chosen) return null;
  const sentences = passage.sentences.slice(chosen.from, chosen.to + 1);
  const first = article.sentences[sentences[0] ?? -1];
  const last = article.sentences[sentences[sentences.length - 1] ?? -1];
  if (!first || !last) return null;
  const tokens = matches.slice(chosen.from, chosen.to + 1).flatMap((m) => m?.tokens ?? []);
  return {
    passageId: passage.id,
    articleId: article.id,
    start: first.start,
    end: last.end,
    sentences,
    coverage: chosen.coverage,
    score: chosen.score,
    marks: mergeMarks(tokens, (t) => lookup.has(t.term), first.start),
    terms: tokens.filter((t) => !t.stop).map((t) => t.term),
  };
}
