// How sure an answer is: one calibrated score over several features of the best candidate sentence, which
// decides between an answer and "the closest passages". Calibrated on the tune half only, never per question.
import type { QueryPlan } from '../search/query.ts';
import type { Candidate } from './rank.ts';

export interface ConfidenceFeatures {
  /** Share of the question's weight the best sentence covers in context. */
  inContext: number;
  /** Share it covers by itself. */
  own: number;
  /** Share of the question's name weight covered in context. */
  names: number;
  /** 1 holds the asked-for type, 0 lacks it, 0.5 when the question asks for no type. */
  answerType: number;
  /** Best score minus the best score from another article, clipped to [0, 1]. */
  margin: number;
  /** Share of the question's weight carried by words the corpus never uses. */
  unseen: number;
  /** Share of the question's weight of its heaviest word the best sentence lacks even in context. */
  missing: number;
}

/**
 * Logistic weights over the features (bias first). Fitted by bench/calibrate-answers.ts on the tune half of
 * news-dev (N01–N20 and every other unanswerable question) with the seed dev set; see the README for the figures.
 */
export type ConfidenceWeights = Readonly<Record<keyof ConfidenceFeatures | 'bias', number>>;

export const CONFIDENCE_WEIGHTS: ConfidenceWeights = {
  bias: -2.64,
  inContext: 1.66,
  own: 1.28,
  names: 0.76,
  answerType: 0.46,
  margin: 0.21,
  unseen: -1.12,
  missing: -0.49,
};

/** An answer needs at least this confidence; below it the reply is "the closest passages". */
export const ANSWER_CONFIDENCE = 0.296;

export function featuresOf(plan: QueryPlan, candidates: readonly Candidate[]): ConfidenceFeatures | null {
  const best = candidates[0];
  if (!best) return null;
  const other = candidates.find((c) => c.articleId !== best.articleId);
  return {
    inContext: best.evidence.inContext,
    own: best.evidence.own,
    names: best.evidence.names,
    answerType: best.answerType ?? 0.5,
    margin: Math.max(0, Math.min(1, best.score - (other?.score ?? 0))),
    unseen: unseenShare(plan),
    missing: best.evidence.missing,
  };
}

export function confidenceOf(features: ConfidenceFeatures, weights: ConfidenceWeights = CONFIDENCE_WEIGHTS): number {
  let z = weights.bias;
  for (const key of Object.keys(features) as (keyof ConfidenceFeatures)[]) z += weights[key] * features[key];
  return 1 / (1 + Math.exp(-z));
}

/** Share of the question's weight carried by words the corpus never uses (nor any of their matches). */
export function unseenShare(plan: QueryPlan): number {
  const total = plan.terms.reduce((sum, t) => sum + t.weight, 0);
  return total === 0 ? 0 : plan.terms.reduce((sum, t) => sum + (t.found ? 0 : t.weight), 0) / total;
}
