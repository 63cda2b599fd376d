// Answer composition: the one to three sentences that answer a question, verbatim, as numbered citations with
// deep links, and one of three outcomes: an answer, the closest passages (a hedge), or nothing found.
import { analyze } from '../search/fold.ts';
import type { QueryPlan } from '../search/query.ts';
import type { Retriever } from '../search/retriever.ts';
import {
  ANSWER_CONFIDENCE,
  CONFIDENCE_WEIGHTS,
  confidenceOf,
  featuresOf,
  unseenShare,
  type ConfidenceFeatures,
  type ConfidenceWeights,
} from './confidence.ts';
import { isNearDuplicate } from './duplicates.ts';
import { textFragmentLink } from './fragment.ts';
import { CANDIDATE_PASSAGES, rankSentences, SCORE_WEIGHTS, type Ranking, type ScoreWeights } from './rank.ts';
import type { Answer, Citation } from './schema.ts';
import type { Excerpt } from './excerpts.ts';
import { pickExcerpts } from './citationOrder.ts';

export const DEFAULT_K = 3;
/** Further citations need at least this share of the best citation's sentence score: weaker ones would be noise. */
export const CITATION_SCORE_SHARE = 0.5;

export interface AnswerOptions {
  /** Most citations to give (default DEFAULT_K). */
  k?: number;
  /** The calibration, for the calibration script alone: every caller else takes the calibrated defaults. */
  tuning?: Tuning;
}

export interface Tuning {
  score: ScoreWeights;
  confidence: ConfidenceWeights;
  threshold: number;
}

export const CALIBRATED: Tuning = {
  score: SCORE_WEIGHTS,
  confidence: CONFIDENCE_WEIGHTS,
  threshold: ANSWER_CONFIDENCE,
};

const SCORE_DECIMALS = 1e4;

/**
 * Whether the question names someone or something the corpus never mentions: a run of capitalised words none of
 * whose terms the corpus has ("Thomas Menino" in a corpus without him), not one unknown word of a known name.
 */
export function namesSomethingUnknown(plan: QueryPlan, clipped: (term: string) => boolean = () => false): boolean {
  const byTerm = new Map(plan.terms.map((t) => [t.term, t]));
  const tokens = analyze(plan.question);
  let group: boolean[] = [];
  const unknownGroup = (): boolean => group.length > 0 && group.every((found) => !found);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const term = token && byTerm.get(token.term);
    const previous = tokens[i - 1];
    const adjacent =
      previous !== undefined && token !== undefined && /^\s*$/u.test(plan.question.slice(previous.end, token.start));
    if (!adjacent && unknownGroup()) return true;
    if (!adjacent) group = [];
    if (term?.name) group.push(term.found || (isClippedForm(token?.form ?? '') && clipped(term.term)));
    else if (token && !token.stop) {
      if (unknownGroup()) return true;
      group = [];
    }
  }
  return unknownGroup();
}

/** Most letters of a name word that may be a clipped form of a longer one ("Lib Dems", "Dem", "Rep"). */
export const CLIPPED_NAME_LETTERS = 4;

/** Whether a name word is short enough to be a clipped form: its search term may begin a longer word of the corpus. */
function isClippedForm(form: string): boolean {
  return /^\p{L}+$/u.test(form) && form.length <= CLIPPED_NAME_LETTERS;
}

/**
 * When words no article uses carry this share of a question's weight, the question is about something the corpus
 * never mentions, named or not ("the best recipe for sourdough bread").
 */
export const UNSEEN_NOTHING_SHARE = 0.5;
/** …and at least this many such words: one unknown word of a short question is more likely a paraphrase. */
export const UNSEEN_NOTHING_WORDS = 2;

export interface Decision {
  ranking: Ranking;
  features: ConfidenceFeatures | null;
  confidence: number;
  outcome: 'answer' | 'hedge' | 'nothing';
  reason: string;
  excerpts: Excerpt[];
}

/** Ranks, decides and picks the excerpts to cite; answerQuestion and explainQuestion share it. */
export function decide(
  question: string,
  retriever: Retriever,
  k: number = DEFAULT_K,
  tuning: Tuning = CALIBRATED,
): Decision {
  const ranking = rankSentences(question, retriever, Math.max(CANDIDATE_PASSAGES, k * 3), tuning.score);
  const { plan, candidates, scorer } = ranking;
  const nothing = (reason: string): Decision => ({
    ranking,
    features: null,
    confidence: 0,
    outcome: 'nothing',
    reason,
    excerpts: [],
  });
  if (plan.terms.length === 0) return nothing('the question has no content words');
  if (namesSomethingUnknown(plan, (term) => retriever.index.extendsPrefix(term)))
    return nothing('the question names something no article mentions');
  if (unseenShare(plan) >= UNSEEN_NOTHING_SHARE && plan.terms.filter((t) => !t.found).length >= UNSEEN_NOTHING_WORDS)
    return nothing('most of the question is in words no article uses');
  if (candidates.length === 0) return nothing('no passage shares a content word with the question');
  const features = featuresOf(plan, candidates, ranking.questionClass, ranking.articleTerms);
  const confidence = features === null ? 0 : confidenceOf(features, tuning.confidence);
  const bestScore = candidates[0]?.sentenceScore ?? 0;
  // k citations, counted after the same report from several outlets is folded into one: a story carried by three
  // outlets would otherwise fill the answer with one sentence.
  const excerpts = pickExcerpts(
    candidates,
    CITATION_SCORE_SHARE * bestScore,
    retriever,
    scorer,
    (chosen) => reportsOf(chosen).length >= k,
  );
  const answered = confidence >= tuning.threshold;
  return {
    ranking,
    features,
    confidence,
    outcome: answered ? 'answer' : 'hedge',
    reason: answered
      ? `confidence ${confidence.toFixed(3)} ≥ ${tuning.threshold}`
      : `confidence ${confidence.toFixed(3)} < ${tuning.threshold}`,
    excerpts,
  };
}

export function answerQuestion(question: string, retriever: Retriever, options: AnswerOptions = {}): Answer {
  const k = options.k ?? DEFAULT_K;
  if (k <= 0) return { question, answered: false, confidence: 0, citations: [] };
  return answerOf(decide(question, retriever, k, options.tuning));
}

/** One report an answer cites: the excerpt shown, and the same report's excerpts from other articles. */
export interface Report {
  shown: Excerpt;
  alsoIn: Excerpt[];
}

/**
 * Excerpts grouped by report, in order: an excerpt that nearly repeats an earlier one of another article (wire copy,
 * a quote carried by several outlets) joins that one's group. Within one article, excerpts are different sentences
 * by construction: sharing the article's words (its subject, its speaker) does not make them the same report.
 */
export function reportsOf(excerpts: readonly Excerpt[]): Report[] {
  const reports: Report[] = [];
  for (const excerpt of excerpts) {
    const same = reports.find(
      (r) => r.shown.article.id !== excerpt.article.id && isNearDuplicate(r.shown.terms, excerpt.terms),
    );
    if (same) same.alsoIn.push(excerpt);
    else reports.push({ shown: excerpt, alsoIn: [] });
  }
  return reports;
}

/** The Answer a decision gives: its excerpts as numbered citations, the same report from several outlets once. */
export function answerOf(decision: Decision): Answer {
  const question = decision.ranking.plan.question;
  const citations: Citation[] = [];
  for (const { shown: excerpt, alsoIn } of reportsOf(decision.excerpts)) {
    const { article } = excerpt;
    const text = article.text.slice(excerpt.start, excerpt.end);
    const alsoReportedBy: Citation['alsoReportedBy'] = [];
    for (const other of alsoIn) {
      // reportsOf groups only excerpts of other articles; one article's several excerpts are listed once.
      if (alsoReportedBy.some((r) => r.articleId === other.article.id)) continue;
      const otherText = other.article.text.slice(other.start, other.end);
      alsoReportedBy.push({
        articleId: other.article.id,
        outlet: other.article.outlet,
        url: other.article.url,
        link: textFragmentLink(other.article.url, otherText),
        excerpt: otherText,
      });
    }
    citations.push({
      rank: citations.length + 1,
      passageId: excerpt.candidate.passageId,
      articleId: article.id,
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      link: textFragmentLink(article.url, text),
      published: article.published,
      excerpt: text,
      marks: excerpt.marks,
      score: Math.round(excerpt.candidate.score * SCORE_DECIMALS) / SCORE_DECIMALS,
      alsoReportedBy,
    });
  }
  return {
    question,
    answered: decision.outcome === 'answer',
    confidence: Math.round(decision.confidence * SCORE_DECIMALS) / SCORE_DECIMALS,
    citations,
  };
}

export interface Explanation {
  lines: string[];
}

/** Why a question went as it did: its class and plan, the candidate sentences with their features, the decision. */
export function explainQuestion(question: string, retriever: Retriever, k: number = DEFAULT_K): Explanation {
  return explain(decide(question, retriever, k), retriever);
}

/** Why a decision went as it did (the eval's --explain, which decides once for the answer and the explanation). */
export function explain(decision: Decision, retriever: Retriever): Explanation {
  const { plan, questionClass, candidates } = decision.ranking;
  const lines = [
    `class: ${questionClass?.name ?? 'none'}; plan: ${plan.terms.map((t) => `${t.term}${t.name ? '(name)' : ''}${t.found ? '' : '(unseen)'} w=${t.weight.toFixed(2)}`).join(', ')}${plan.fromOutlets ? `; from outlets: ${plan.fromOutlets.names.join(', ')}` : ''}`,
    `decision: ${decision.outcome} — ${decision.reason}${
      decision.features
        ? `; features ${Object.entries(decision.features)
            .map(([key, value]) => `${key}=${value.toFixed(2)}`)
            .join(' ')}`
        : ''
    }`,
  ];
  for (const c of candidates.slice(0, 6)) {
    const article = retriever.article(c.articleId);
    const sentence = article?.sentences[c.sentence];
    const text = article && sentence ? article.text.slice(sentence.start, sentence.end).replace(/\s+/gu, ' ') : '';
    const e = c.evidence;
    lines.push(
      `  ${c.score.toFixed(3)} own=${e.own.toFixed(2)} ctx=${e.inContext.toFixed(2)} names=${e.names.toFixed(2)} prev=${e.fromPrevious.toFixed(2)} ret=${c.retrieval.toFixed(2)} type=${c.answerType ?? '-'} ${c.articleId}[${c.sentence}]: ${text.slice(0, 150)}`,
    );
  }
  return { lines };
}
