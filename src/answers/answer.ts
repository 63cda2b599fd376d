// Answer composition: the one to three sentences that answer a question, verbatim, as numbered citations with
// deep links, and one of three outcomes: an answer, the closest passages (a hedge), or nothing found.
import type { Article } from '../corpus/types.ts';
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
import type { EvidenceScorer } from './evidence.ts';
import { textFragmentLink } from './fragment.ts';
import {
  CANDIDATE_PASSAGES,
  rankSentences,
  SCORE_WEIGHTS,
  type Candidate,
  type Ranking,
  type ScoreWeights,
} from './rank.ts';
import type { Answer, Citation, Mark } from './schema.ts';

export const DEFAULT_K = 3;
/** The sentence before joins the excerpt when it carries at least this share of the question (its subject). */
export const PREVIOUS_IN_EXCERPT = 0.1;
/** The sentence after joins it when it matches at least this share of the question that the sentence lacks. */
export const NEXT_IN_EXCERPT = 0.1;
/** Further citations need at least this share of the best citation's score: weaker ones would be noise. */
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

interface Excerpt {
  candidate: Candidate;
  article: Article;
  /** First and last sentence index shown. */
  from: number;
  to: number;
  start: number;
  end: number;
  marks: Mark[];
  terms: string[];
}

/**
 * Whether sentences `from`..`to` read as one stretch of body text: no heading or title between them, which an
 * excerpt would otherwise show as if it were part of the prose.
 */
function bodyThroughout(article: Article, from: number, to: number): boolean {
  const first = article.sentences[from]?.paragraph;
  const last = article.sentences[to]?.paragraph;
  if (first === undefined || last === undefined) return false;
  for (let p = first; p <= last; p++) if (article.paragraphs[p]?.kind !== 'body') return false;
  return true;
}

/** The sentences an excerpt shows: the candidate's, with its neighbours when the answer leans on them. */
function excerptRange(candidate: Candidate, article: Article, scorer: EvidenceScorer): { from: number; to: number } {
  const index = candidate.sentence;
  const withPrevious =
    index > 0 && candidate.evidence.fromPrevious >= PREVIOUS_IN_EXCERPT && bodyThroughout(article, index - 1, index);
  const withNext =
    index + 1 < article.sentences.length &&
    scorer.added(article, index, index + 1) >= NEXT_IN_EXCERPT &&
    bodyThroughout(article, index, index + 1);
  return { from: withPrevious ? index - 1 : index, to: withNext ? index + 1 : index };
}

function excerptOf(
  candidate: Candidate,
  article: Article,
  scorer: EvidenceScorer,
  from: number,
  to: number,
): Excerpt | null {
  const sentences = [];
  for (let i = from; i <= to; i++) {
    const match = scorer.sentence(article, i);
    if (!match) return null;
    sentences.push(match);
  }
  const start = sentences[0]?.start ?? 0;
  const end = sentences[sentences.length - 1]?.end ?? 0;
  const tokens = sentences.flatMap((s) => s.tokens);
  const marks: Mark[] = [];
  for (const t of tokens.filter((t) => scorer.isMatch(t))) {
    const span = { start: t.start - start, end: t.end - start };
    const last = marks[marks.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else marks.push(span);
  }
  return { candidate, article, from, to, start, end, marks, terms: tokens.filter((t) => !t.stop).map((t) => t.term) };
}

/** Most sentences one excerpt shows when a further candidate next to it joins it. */
export const MAX_EXCERPT_SENTENCES = 3;
/** A candidate next to a shown excerpt joins it when it scores at least this share of that excerpt's sentence. */
export const JOIN_SCORE_SHARE = 0.85;

/**
 * Adds a candidate to the excerpts: a sentence already shown adds nothing; a sentence next to a shown excerpt of
 * its article that scores nearly as well joins that excerpt (together they are the answer, read as one passage), up
 * to MAX_EXCERPT_SENTENCES; otherwise it is an excerpt of its own, without the neighbours an earlier one shows.
 */
function addExcerpt(excerpts: Excerpt[], candidate: Candidate, article: Article, scorer: EvidenceScorer): void {
  const sameArticle = excerpts.filter((e) => e.article.id === article.id);
  const index = candidate.sentence;
  if (sameArticle.some((e) => index >= e.from && index <= e.to)) return;
  // The excerpt on either side it could join: near enough in score, short enough, with body text throughout.
  const beside = sameArticle.find((e) => {
    const from = Math.min(e.from, index);
    const to = Math.max(e.to, index);
    return (
      (index === e.to + 1 || index === e.from - 1) &&
      candidate.score >= JOIN_SCORE_SHARE * e.candidate.score &&
      to - from < MAX_EXCERPT_SENTENCES &&
      bodyThroughout(article, from, to)
    );
  });
  if (beside) {
    const joined = excerptOf(
      beside.candidate,
      article,
      scorer,
      Math.min(beside.from, index),
      Math.max(beside.to, index),
    );
    if (joined) excerpts.splice(excerpts.indexOf(beside), 1, joined);
    return;
  }
  let { from, to } = excerptRange(candidate, article, scorer);
  if (sameArticle.some((e) => from >= e.from && from <= e.to)) from = index;
  if (sameArticle.some((e) => to >= e.from && to <= e.to)) to = index;
  const excerpt = excerptOf(candidate, article, scorer, from, to);
  if (excerpt) excerpts.push(excerpt);
}

/**
 * Whether the question names someone or something the corpus never mentions: a run of capitalised words none of
 * whose terms the corpus has ("Thomas Menino" in a corpus without him), not one unknown word of a known name.
 */
export function namesSomethingUnknown(plan: QueryPlan): boolean {
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
    if (term?.name) group.push(term.found);
    else if (token && !token.stop) {
      if (unknownGroup()) return true;
      group = [];
    }
  }
  return unknownGroup();
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
  if (namesSomethingUnknown(plan)) return nothing('the question names something no article mentions');
  if (unseenShare(plan) >= UNSEEN_NOTHING_SHARE && plan.terms.filter((t) => !t.found).length >= UNSEEN_NOTHING_WORDS)
    return nothing('most of the question is in words no article uses');
  if (candidates.length === 0) return nothing('no passage shares a content word with the question');
  const features = featuresOf(plan, candidates);
  const confidence = features === null ? 0 : confidenceOf(features, tuning.confidence);
  const excerpts: Excerpt[] = [];
  const bestScore = candidates[0]?.score ?? 0;
  for (const candidate of candidates) {
    if (excerpts.length >= k || candidate.score < CITATION_SCORE_SHARE * bestScore) break;
    const article = retriever.article(candidate.articleId);
    if (!article) continue;
    addExcerpt(excerpts, candidate, article, scorer);
  }
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

/** The Answer a decision gives: its excerpts as numbered citations, the same report from several outlets once. */
export function answerOf(decision: Decision): Answer {
  const question = decision.ranking.plan.question;
  const citations: Citation[] = [];
  const shown: Excerpt[] = [];
  for (const excerpt of decision.excerpts) {
    const { article } = excerpt;
    const text = article.text.slice(excerpt.start, excerpt.end);
    // Within one article, excerpts are different sentences by construction: sharing the article's words (its
    // subject, its speaker) does not make them the same report.
    const same = shown.findIndex((s) => s.article.id !== article.id && isNearDuplicate(s.terms, excerpt.terms));
    if (same !== -1) {
      const citation = citations[same];
      const reported = citation?.alsoReportedBy.some((r) => r.articleId === article.id);
      if (citation && !reported) {
        citation.alsoReportedBy.push({
          articleId: article.id,
          outlet: article.outlet,
          url: article.url,
          link: textFragmentLink(article.url, text),
          excerpt: text,
        });
      }
      continue;
    }
    shown.push(excerpt);
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
      alsoReportedBy: [],
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
    `class: ${questionClass?.name ?? 'none'}; plan: ${plan.terms.map((t) => `${t.term}${t.name ? '(name)' : ''}${t.found ? '' : '(unseen)'} w=${t.weight.toFixed(2)}`).join(', ')}`,
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
