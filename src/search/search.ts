// Passage search: sends a query plan's searched terms to the engine and ranks passages by score, ties by id.
import { engineMatches, type QueryPlan } from './query.ts';
import type { SearchIndex } from './indexCodec.ts';

export interface PassageHit {
  passageId: string;
  /** Engine score (BM25+ over text and title), rounded so that equal scores compare equal. */
  score: number;
}

/** Orders passage ids by article id, then by passage number ("a#2" before "a#10"). */
export function comparePassageIds(a: string, b: string): number {
  const hashA = a.lastIndexOf('#');
  const hashB = b.lastIndexOf('#');
  const articleA = hashA === -1 ? a : a.slice(0, hashA);
  const articleB = hashB === -1 ? b : b.slice(0, hashB);
  if (articleA !== articleB) return articleA < articleB ? -1 : 1;
  const numberA = Number(a.slice(hashA + 1));
  const numberB = Number(b.slice(hashB + 1));
  if (numberA !== numberB && !Number.isNaN(numberA) && !Number.isNaN(numberB)) return numberA - numberB;
  return a < b ? -1 : a > b ? 1 : 0;
}

const SCORE_PRECISION = 1e6;

/** The engine query: each searched term and its sendable alternatives, with the alternative's factor as boost. */
function engineTerms(plan: QueryPlan, index: SearchIndex): Map<string, number> {
  const boosts = new Map<string, number>();
  for (const term of plan.terms) {
    if (!term.searched) continue;
    for (const [match, factor] of engineMatches(term, index))
      boosts.set(match, Math.max(boosts.get(match) ?? 0, factor));
  }
  return boosts;
}

/**
 * The best `limit` passages for the plan, best first; equal scores in passage id order. With `keep`, only the
 * passages it accepts (those of the outlets a question names).
 */
export function searchPassages(
  index: SearchIndex,
  plan: QueryPlan,
  limit: number,
  keep?: (passageId: string) => boolean,
): PassageHit[] {
  const boosts = engineTerms(plan, index);
  if (boosts.size === 0 || limit <= 0) return [];
  // The engine sorts by raw score; rounding can make neighbours equal, so take everything tied with the last kept.
  const hits = index
    .rank(boosts, keep)
    .map((r) => ({ passageId: r.id, score: Math.round(r.score * SCORE_PRECISION) / SCORE_PRECISION }));
  let end = Math.min(limit, hits.length);
  const last = hits[end - 1];
  while (last && end < hits.length && hits[end]?.score === last.score) end++;
  return hits
    .slice(0, end)
    .sort((a, b) => b.score - a.score || comparePassageIds(a.passageId, b.passageId))
    .slice(0, limit);
}
