// How sure an answer is: one calibrated score over several features of the best candidate sentence, which
// decides between an answer and "the closest passages". Calibrated on the tune half only, never per question.
import type { QueryPlan } from '../search/query.ts';
import type { QuestionClass } from './questionClasses.ts';
import type { Candidate } from './rank.ts';

export interface ConfidenceFeatures {
  /** Share of the question's weight the best sentence covers in context. */
  inContext: number;
  /** Share it covers by itself. */
  own: number;
  /** Share of the question's name weight covered in context. */
  names: number;
  /** Share of the weight of its other words covered in context. */
  content: number;
  /** 1 holds the asked-for type, 0 lacks it, 0.5 when the question asks for no type. */
  answerType: number;
  /** Best score minus the best score from another article, clipped to [0, 1]. */
  margin: number;
  /** Share of the question's weight carried by words the corpus never uses. */
  unseen: number;
  /** Share of the question's weight of its heaviest word the best sentence lacks even in context. */
  missing: number;
  /** 1 when the question asks for a type of entity (a date, a sum, a person, a count of X) and the best sentence holds none. */
  typeMissing: number;
  /** Share of the question's numbers ("2016", "8") that the best sentence's article never has. */
  numbersMissing: number;
}

/**
 * Logistic weights over the features (bias first). Fitted by bench/calibrate-answers.ts (--keep-score, --leave-out
 * margin,missing) on the tune material of ten sets at once: news-dev N01–N20, the tune halves of four real-news sets
 * outside the repository (R, S, U, W: each with every other unanswerable question) and the whole of a fifth (V),
 * ask-styles, ask-styles-2, news-styles-4 and news-styles-3: 1,033 answerable and 169 unanswerable questions; the
 * threshold keeps 5% of the pooled answerable questions below it. Fitted earlier on six of them, the held-out halves
 * hedged more of their answerable questions (README, "Answers").
 */
export type ConfidenceWeights = Readonly<Record<keyof ConfidenceFeatures | 'bias', number>>;

/**
 * Features that decide alone, not fitted: a question asking about "2016" cannot be answered by an article that never
 * says 2016, however much else it shares. One tune question shows this, too few for a fit to weigh it (fitted, the
 * weight stayed at -1.6 and the question was answered); as a veto, unanswerable questions given an answer fell by
 * one in each half with no answerable question hedged more (README, "Answers").
 */
export const VETO_WEIGHTS = { numbersMissing: -9 } as const satisfies Partial<ConfidenceWeights>;

export const CONFIDENCE_WEIGHTS: ConfidenceWeights = {
  bias: -1.7,
  inContext: 0.8,
  own: 0.67,
  names: 0.02,
  content: 1.37,
  answerType: 0.54,
  margin: 0,
  unseen: 0.03,
  missing: 0,
  typeMissing: -1.77,
  ...VETO_WEIGHTS,
};

/** An answer needs at least this confidence; below it the reply is "the closest passages". */
export const ANSWER_CONFIDENCE = 0.352;

/** Question numbers: digits, as years, counts and model numbers are written. */
const NUMBER_TERM = /^\p{N}/u;

export function featuresOf(
  plan: QueryPlan,
  candidates: readonly Candidate[],
  questionClass: QuestionClass | null,
  /** The question terms each candidate's article holds (Ranking.articleTerms). */
  articleTerms: ReadonlyMap<string, ReadonlyMap<number, number>>,
): ConfidenceFeatures | null {
  const best = candidates[0];
  if (!best) return null;
  const other = candidates.find((c) => c.articleId !== best.articleId);
  return {
    inContext: best.evidence.inContext,
    own: best.evidence.own,
    names: best.evidence.names,
    content: best.evidence.content,
    answerType: best.answerType ?? 0.5,
    margin: Math.max(0, Math.min(1, best.score - (other?.score ?? 0))),
    unseen: unseenShare(plan),
    missing: best.evidence.missing,
    typeMissing: typeMissing(questionClass, best),
    numbersMissing: numbersMissing(plan, articleTerms.get(best.articleId) ?? new Map()),
  };
}

export function confidenceOf(features: ConfidenceFeatures, weights: ConfidenceWeights = CONFIDENCE_WEIGHTS): number {
  let z = weights.bias;
  for (const key of Object.keys(features) as (keyof ConfidenceFeatures)[]) z += weights[key] * features[key];
  return 1 / (1 + Math.exp(-z));
}

/**
 * Whether the best sentence lacks what the question asks for: an entity of the wanted type, or for a counting
 * question a number that counts what it names ("how many seats" against "won 5 of the 7 districts").
 */
function typeMissing(questionClass: QuestionClass | null, best: Candidate): number {
  if (!questionClass || questionClass.wants.length === 0) return 0;
  if (best.answerType === 0) return 1;
  return questionClass.counts && best.features.counted === 0 ? 1 : 0;
}

function numbersMissing(plan: QueryPlan, held: ReadonlyMap<number, number>): number {
  const numbers = plan.terms.flatMap((t, i) => (NUMBER_TERM.test(t.term) ? [i] : []));
  return numbers.length === 0 ? 0 : numbers.filter((i) => !held.has(i)).length / numbers.length;
}

/** Share of the question's weight carried by words the corpus never uses (nor any of their matches). */
export function unseenShare(plan: QueryPlan): number {
  const total = plan.terms.reduce((sum, t) => sum + t.weight, 0);
  return total === 0 ? 0 : plan.terms.reduce((sum, t) => sum + (t.found ? 0 : t.weight), 0) / total;
}
