// Answer composition: from the best passages, the one to three sentences that answer the question, verbatim,
// as numbered citations with deep links; the same report from several outlets is shown once.
import type { QueryPlan } from '../search/query.ts';
import type { Retriever } from '../search/retriever.ts';
import { comparePassageIds } from '../search/search.ts';
import { isNearDuplicate } from './duplicates.ts';
import { ExcerptScorer, type Excerpt } from './excerpt.ts';
import { textFragmentLink } from './fragment.ts';
import type { Answer, Citation } from './schema.ts';

export const DEFAULT_K = 3;
/**
 * An answer needs an excerpt covering at least this share of the question's term weight (IDF-weighted, terms the
 * corpus lacks included). Calibrated once on the 27 questions of bench/eval-qa.ts (dev set plus our own), never per
 * question: the best excerpt of every answerable question covered at least 0.516, that of every unanswerable one at
 * most 0.467; 0.5 sits in that gap. Questions naming something the corpus never mentions are refused before this.
 */
export const ANSWER_THRESHOLD = 0.5;
/** Further citations (rank 2 and on) need this share: weaker excerpts would be noise beside a good first one. */
export const CITATION_THRESHOLD = 0.4;
/** Passages retrieved per citation asked for; excerpts are chosen among them. */
const CANDIDATES_PER_CITATION = 3;
const MIN_CANDIDATES = 9;

export interface AnswerOptions {
  /** Most citations to give (default DEFAULT_K). */
  k?: number;
}

const SCORE_DECIMALS = 1e4;

/** Candidate excerpts for a question, best first (one per retrieved passage), before thresholds and duplicates. */
export function rankExcerpts(question: string, retriever: Retriever, k: number = DEFAULT_K): { plan: QueryPlan; excerpts: Excerpt[] } {
  const plan = retriever.plan(question);
  if (plan.terms.length === 0 || k <= 0) return { plan, excerpts: [] };
  const hits = retriever.search(plan, Math.max(MIN_CANDIDATES, k * CANDIDATES_PER_CITATION));
  const top = hits[0]?.score ?? 0;
  const scorer = new ExcerptScorer(plan);
  const excerpts: Excerpt[] = [];
  for (const hit of hits) {
    const passage = retriever.passage(hit.passageId);
    const article = passage && retriever.article(passage.articleId);
    if (!passage || !article) continue;
    const excerpt = scorer.best({ passage, article, relativeScore: top > 0 ? hit.score / top : 0 });
    if (excerpt) excerpts.push(excerpt);
  }
  excerpts.sort((a, b) => b.score - a.score || comparePassageIds(a.passageId, b.passageId));
  return { plan, excerpts };
}

export function answerQuestion(question: string, retriever: Retriever, options: AnswerOptions = {}): Answer {
  const k = options.k ?? DEFAULT_K;
  const refused: Answer = { question, answered: false, citations: [] };
  const { plan, excerpts } = rankExcerpts(question, retriever, k);
  // A question naming something the corpus never mentions is about something else, however much else matches.
  if (plan.terms.some((t) => t.name && !t.found)) return refused;
  const best = excerpts[0];
  if (!best || best.coverage < ANSWER_THRESHOLD) return refused;

  const citations: Citation[] = [];
  const shown: Excerpt[] = [];
  for (const excerpt of excerpts) {
    if (excerpt.coverage < CITATION_THRESHOLD) continue;
    const article = retriever.article(excerpt.articleId);
    if (!article) continue;
    const text = article.text.slice(excerpt.start, excerpt.end);
    const same = shown.findIndex((s) => isNearDuplicate(s.terms, excerpt.terms));
    if (same !== -1) {
      const citation = citations[same];
      const reported = citation && (citation.articleId === article.id || citation.alsoReportedBy.some((r) => r.articleId === article.id));
      if (citation && !reported) {
        citation.alsoReportedBy.push({ articleId: article.id, outlet: article.outlet, url: article.url, link: textFragmentLink(article.url, text), excerpt: text });
      }
      continue;
    }
    if (citations.length >= k) continue;
    shown.push(excerpt);
    citations.push({
      rank: citations.length + 1,
      passageId: excerpt.passageId,
      articleId: article.id,
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      link: textFragmentLink(article.url, text),
      published: article.published,
      excerpt: text,
      marks: excerpt.marks,
      score: Math.round(excerpt.score * SCORE_DECIMALS) / SCORE_DECIMALS,
      alsoReportedBy: [],
    });
  }
  return { question, answered: true, citations };
}

export interface Explanation {
  lines: string[];
}

/** Why a question went as it did: its plan and its candidate excerpts with their features. */
export function explainQuestion(question: string, retriever: Retriever): Explanation {
  const { plan, excerpts } = rankExcerpts(question, retriever, DEFAULT_K);
  const lines = [`plan: ${plan.terms.map((t) => `${t.term}${t.name ? '(name)' : ''}${t.found ? '' : '(unseen)'} w=${t.weight.toFixed(2)}`).join(', ')}`];
  for (const e of excerpts.slice(0, 5)) {
    const article = retriever.article(e.articleId);
    lines.push(`  ${e.score.toFixed(3)} cov=${e.coverage.toFixed(3)} ${e.passageId}: ${(article?.text.slice(e.start, e.end) ?? '').slice(0, 160)}`);
  }
  return { lines };
}
