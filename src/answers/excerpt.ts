// Excerpt choice inside retrieved passages: scores every run of one to three adjacent sentences by how much of
// the question's term weight it covers, and marks the question's terms in it.
import type { Article, Passage } from '../corpus/types.ts';
import { analyze, type Token } from '../search/fold.ts';
import type { QueryPlan } from '../search/query.ts';
import { answerKindOf, mentionsKind, type AnswerKind } from './kind.ts';
import type { Mark } from './schema.ts';

export const MAX_EXCERPT_SENTENCES = 3;
/** A longer run must cover this much more of the question's weight than either of its shorter parts. */
export const MIN_EXTENSION_GAIN = 0.1;
/** How much the passage's retrieval score (relative to the best passage) adds to an excerpt's score. */
const RETRIEVAL_WEIGHT = 0.15;
/** Each sentence beyond the first costs this much, so a run only grows when it adds answer terms. */
const SENTENCE_COST = 0.04;
const PROXIMITY_WEIGHT = 0.05;
/** Bonus for containing what the question asks for (a date for "when", a number for "how many"). */
const ANSWER_KIND_BONUS = 0.1;
/** A sentence with "he"/"she" is credited with a name from the sentence before at this factor. */
export const COREFERENCE_FACTOR = 0.8;

const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him']);

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
  text: string;
  /** Query term index → best match factor in this sentence (names a pronoun stands for included). */
  matched: Map<number, number>;
  /** Positions among the non-stop tokens of matched words, for proximity. */
  positions: number[];
}

export interface PassageContext {
  passage: Passage;
  article: Article;
  /** Retrieval score relative to the best retrieved passage, in [0, 1]. */
  relativeScore: number;
}

/** Scores excerpts for one question; sentence analyses are shared across the passages of that question. */
export class ExcerptScorer {
  private readonly lookup = new Map<string, [number, number][]>();
  private readonly totalWeight: number;
  private readonly kind: AnswerKind | null;
  private readonly own = new Map<string, SentenceMatch>();

  constructor(private readonly plan: QueryPlan) {
    plan.terms.forEach((term, i) => {
      for (const [match, factor] of term.matches) {
        const list = this.lookup.get(match) ?? [];
        list.push([i, factor]);
        this.lookup.set(match, list);
      }
    });
    this.totalWeight = plan.terms.reduce((sum, t) => sum + t.weight, 0);
    this.kind = answerKindOf(plan.question);
  }

  /** A sentence's own matches, before coreference. */
  private ownMatch(article: Article, index: number): SentenceMatch | null {
    const key = `${article.id}\u0000${index}`;
    const cached = this.own.get(key);
    if (cached) return cached;
    const sentence = article.sentences[index];
    if (!sentence) return null;
    const text = article.text.slice(sentence.start, sentence.end);
    const tokens = analyze(text);
    for (const t of tokens) {
      t.start += sentence.start;
      t.end += sentence.start;
    }
    const matched = new Map<number, number>();
    const positions: number[] = [];
    let position = 0;
    for (const token of tokens) {
      if (token.stop) continue;
      const hits = this.lookup.get(token.term);
      if (hits) {
        positions.push(position);
        for (const [term, factor] of hits) matched.set(term, Math.max(matched.get(term) ?? 0, factor));
      }
      position++;
    }
    const match = { tokens, text, matched, positions };
    this.own.set(key, match);
    return match;
  }

  /** Own matches plus, when the sentence says "he" or "she", the names matched in the sentence before. */
  private match(article: Article, index: number): SentenceMatch | null {
    const own = this.ownMatch(article, index);
    if (!own || index === 0 || !own.tokens.some((t) => t.stop && PERSONAL_PRONOUNS.has(t.form))) return own;
    const before = this.ownMatch(article, index - 1);
    if (!before) return own;
    const matched = new Map(own.matched);
    for (const [term, factor] of before.matched) {
      if (!this.plan.terms[term]?.name) continue;
      matched.set(term, Math.max(matched.get(term) ?? 0, factor * COREFERENCE_FACTOR));
    }
    return { ...own, matched };
  }

  private coverage(matches: (SentenceMatch | null)[], from: number, to: number): number {
    const best = new Map<number, number>();
    for (let i = from; i <= to; i++) {
      for (const [term, factor] of matches[i]?.matched ?? []) best.set(term, Math.max(best.get(term) ?? 0, factor));
    }
    let weight = 0;
    for (const [term, factor] of best) weight += (this.plan.terms[term]?.weight ?? 0) * factor;
    return weight / this.totalWeight;
  }

  /** The best excerpt of a passage, or null when no sentence matches any question term. */
  best(context: PassageContext): Excerpt | null {
    const { passage, article, relativeScore } = context;
    if (this.totalWeight === 0) return null;
    const matches = passage.sentences.map((i) => this.match(article, i));
    let chosen: { from: number; to: number; coverage: number; score: number } | null = null;
    for (let length = 1; length <= MAX_EXCERPT_SENTENCES; length++) {
      for (let from = 0; from + length <= matches.length; from++) {
        const to = from + length - 1;
        const coverage = this.coverage(matches, from, to);
        if (coverage === 0) continue;
        // Each edge sentence must add answer terms of its own, or the shorter run is the better excerpt.
        if (length > 1 && (coverage < this.coverage(matches, from + 1, to) + MIN_EXTENSION_GAIN || coverage < this.coverage(matches, from, to - 1) + MIN_EXTENSION_GAIN)) {
          continue;
        }
        const run = matches.slice(from, to + 1);
        const close = length === 1 ? proximity(run[0]) : 0;
        const kind = this.kind !== null && run.some((m) => m !== null && mentionsKind(m.text, this.kind as AnswerKind)) ? 1 : 0;
        const score = coverage + RETRIEVAL_WEIGHT * relativeScore - SENTENCE_COST * (length - 1) + PROXIMITY_WEIGHT * close + ANSWER_KIND_BONUS * kind;
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
      marks: mergeMarks(tokens, (t) => this.lookup.has(t.term), first.start),
      terms: tokens.filter((t) => !t.stop).map((t) => t.term),
    };
  }
}

/** Matched words per non-stop token span: 1 when side by side, smaller as they spread out. */
function proximity(match: SentenceMatch | null | undefined): number {
  const n = match?.positions.length ?? 0;
  if (!match || n < 2) return 0;
  const first = match.positions[0] ?? 0;
  const last = match.positions[n - 1] ?? 0;
  return (n - 1) / (last - first);
}

/** Marks of the matched words, offsets relative to the excerpt; a compound and its parts make one mark. */
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
