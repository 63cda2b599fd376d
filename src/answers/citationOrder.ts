// Which candidates fill the citations after the first: the best remaining sentence, less a penalty for repeating
// the question words the citations already chosen show. Sentences that merely restate the question's names ("Watertown
// resident X said", "The Salt Orchard has been picked up …") would otherwise take slots 2 and 3 from one that holds
// the answer without repeating them.
import type { Retriever } from '../search/retriever.ts';
import type { EvidenceScorer } from './evidence.ts';
import { addExcerpt, type Excerpt } from './excerpts.ts';
import type { Candidate } from './rank.ts';

/** A further citation loses this much score per share of the question's weight it matches that earlier ones show. */
export const REPEAT_PENALTY = 0.3;

/** The question terms the excerpts' sentences match by themselves, each at its best factor. */
export function shownTerms(excerpts: readonly Excerpt[], scorer: EvidenceScorer): Map<number, number> {
  const shown = new Map<number, number>();
  for (const excerpt of excerpts)
    for (let i = excerpt.from; i <= excerpt.to; i++)
      for (const [term, factor] of scorer.sentence(excerpt.article, i)?.matched ?? [])
        shown.set(term, Math.max(shown.get(term) ?? 0, factor));
  return shown;
}

/**
 * Share of the question's weight a candidate matches by itself that the excerpts chosen so far already match; 0 for
 * a sentence next to one of them, which joins it (addExcerpt) rather than taking a citation of its own.
 */
export function repeatedShare(
  candidate: Candidate,
  excerpts: readonly Excerpt[],
  shown: ReadonlyMap<number, number>,
  retriever: Retriever,
  scorer: EvidenceScorer,
): number {
  if (shown.size === 0) return 0;
  const beside = excerpts.some(
    (e) => e.article.id === candidate.articleId && candidate.sentence >= e.from - 1 && candidate.sentence <= e.to + 1,
  );
  if (beside) return 0;
  const article = retriever.article(candidate.articleId);
  const matched = article ? scorer.sentence(article, candidate.sentence)?.matched : undefined;
  const again = new Map<number, number>();
  for (const [term, factor] of matched ?? []) {
    const before = shown.get(term);
    if (before !== undefined) again.set(term, Math.min(factor, before));
  }
  return scorer.shareOf(again);
}

/**
 * Excerpts for the candidates (best first, each with a sentence score of at least `minScore`) until `enough` says so: each time the candidate
 * whose score less REPEAT_PENALTY × its repeated share is highest. The first is always the best candidate.
 */
export function pickExcerpts(
  candidates: readonly Candidate[],
  minScore: number,
  retriever: Retriever,
  scorer: EvidenceScorer,
  enough: (excerpts: readonly Excerpt[]) => boolean,
  penalty: number = REPEAT_PENALTY,
): Excerpt[] {
  const excerpts: Excerpt[] = [];
  const left = candidates.filter((c) => c.sentenceScore >= minScore);
  while (left.length > 0 && !enough(excerpts)) {
    const shown = shownTerms(excerpts, scorer);
    let at = 0;
    let top = Number.NEGATIVE_INFINITY;
    left.forEach((candidate, i) => {
      const value = candidate.score - penalty * repeatedShare(candidate, excerpts, shown, retriever, scorer);
      if (value > top) {
        top = value;
        at = i;
      }
    });
    const [candidate] = left.splice(at, 1);
    const article = candidate && retriever.article(candidate.articleId);
    if (candidate && article) addExcerpt(excerpts, candidate, article, scorer);
  }
  return excerpts;
}
