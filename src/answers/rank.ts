// Candidate answer sentences: every sentence of the retrieved passages and their neighbours, scored by their
// evidence in context, the retrieval score of their passage and whether they hold what the question asks for.
import type { Article } from '../corpus/types.ts';
import type { QueryPlan } from '../search/query.ts';
import type { Retriever } from '../search/retriever.ts';
import { comparePassageIds } from '../search/search.ts';
import { analyze } from '../search/fold.ts';
import { EvidenceScorer, type Evidence } from './evidence.ts';
import { memoOf, sentenceEntities, sentenceTokens } from './sentenceMemo.ts';
import { classifyQuestion, type QuestionClass } from './questionClasses.ts';
import { answerTypeOf, countedOf } from './answerType.ts';
import { countedNounOf, countedVerbOf } from './countedVerb.ts';
import { withNamesFromPassages } from './uncasedNames.ts';
import { paraphrasingPassages, passageIdsOf } from './paraphrasingPassages.ts';

/**
 * What a candidate sentence's score is made of; each is a number in [0, 1]. The score is their weighted sum.
 * - article: the share of the question its article holds anywhere (articleMatches), so a sentence of the story the
 *   question is about outranks one of another story that happens to share its words;
 * - articleNames: the share of the question's names (people, places, bodies) its article holds anywhere, 0 for a
 *   question naming none: a question about one person is answered by a story that names them, however well a
 *   sentence of another story matches its other words;
 * - own, inContext, names, proximity, fromPrevious, missing: its evidence (evidence.ts);
 * - retrieval: its passage's engine score relative to the best passage;
 * - answerType: it holds an entity of the type the question asks for (a date for "when"), or its cue words;
 * - counted: it counts what a "how many" question names ("20 children"), not merely some number (answerType.ts);
 * - lead: it is the article's first sentence, which in news answers who, what, when and where;
 * - quoteForSay: it holds a quotation and the question asks what someone said;
 * - length: its length in words over 40 (capped at 1): a long sentence holds more answers.
 */
export const RANK_FEATURES = [
  'article',
  'articleNames',
  'own',
  'inContext',
  'names',
  'proximity',
  'fromPrevious',
  'missing',
  'retrieval',
  'answerType',
  'counted',
  'lead',
  'quoteForSay',
  'length',
] as const;
export type RankFeature = (typeof RANK_FEATURES)[number];
export type ScoreWeights = Readonly<Record<RankFeature, number>>;
export type RankFeatures = Record<RankFeature, number>;

/**
 * Weights of a sentence's score, on the tune half only: the others fitted by bench/calibrate-answers.ts (which also
 * refits the confidence), `article` chosen by hand among 0.2, 0.3 and 0.4, `counted` among 0.1, 0.15 and 0.25, and
 * `articleNames` among 0.3, 1, 2 and 4 (see README, "Answers").
 */
export const SCORE_WEIGHTS: ScoreWeights = {
  article: 0.3,
  articleNames: 1,
  own: 0.3,
  inContext: 0.3,
  names: 0,
  proximity: 0.05,
  fromPrevious: 0,
  missing: 0,
  retrieval: 0.3,
  answerType: 0.35,
  counted: 0.15,
  lead: 0,
  quoteForSay: 0.1,
  length: 0,
};

/** Double quotation marks, and the opening single one of British house style (the closing one is also the apostrophe). */
const QUOTE_MARKS = /["\u201c\u201d\u2018]/u;
const LENGTH_SCALE = 40;

/** Passages retrieved per question; their sentences and the sentence on each side are the candidates. */
export const CANDIDATE_PASSAGES = 8;
/** Passages scoring below this share of the best passage are not read: their sentences would rank too low. */
export const MIN_RELATIVE_RETRIEVAL = 0.2;
/**
 * Only the best of the candidates (by everything but answer type) are tagged for entities: tagging costs. Nine, not
 * six: an answer sentence that repeats few of the question's words ("Crossings restart on 4 June") ranked seventh to
 * ninth before its date was seen.
 */
export const TAGGED_CANDIDATES = 9;

export interface Candidate {
  articleId: string;
  passageId: string;
  /** Index into Article.sentences. */
  sentence: number;
  evidence: Evidence;
  /** Retrieval score of the passage, relative to the best passage, in [0, 1]. */
  retrieval: number;
  /** 1 when the sentence holds what the question's class asks for, 0 when not, null when it asks for nothing. */
  answerType: number | null;
  features: RankFeatures;
  score: number;
  /**
   * The score without its article's share of the question's names (`articleNames`), which every sentence of the
   * article has alike: what compares a sentence with its neighbours (excerpts.ts) and sets the citation floor. With
   * the names share, every sentence of the right article scores high and any neighbour would join the excerpt.
   */
  sentenceScore: number;
}

export interface Ranking {
  plan: QueryPlan;
  questionClass: QuestionClass | null;
  scorer: EvidenceScorer;
  candidates: Candidate[];
  /** For each candidate's article, the question terms it holds anywhere (articleMatches), as ranking found them. */
  articleTerms: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

/** The features a sentence's evidence gives. */
function evidenceFeatures(
  evidence: Evidence,
): Pick<RankFeatures, 'own' | 'inContext' | 'names' | 'proximity' | 'fromPrevious' | 'missing'> {
  return {
    own: evidence.own,
    inContext: evidence.inContext,
    names: evidence.names,
    proximity: evidence.proximity,
    fromPrevious: evidence.fromPrevious,
    missing: evidence.missing,
  };
}

function featuresOf(
  article: { all: number; names: number },
  evidence: Evidence,
  retrieval: number,
  index: number,
  text: string,
  sayQuestion: boolean,
): RankFeatures {
  return {
    article: article.all,
    articleNames: article.names,
    ...evidenceFeatures(evidence),
    retrieval,
    answerType: 0,
    counted: 0,
    lead: index === 0 ? 1 : 0,
    quoteForSay: sayQuestion && QUOTE_MARKS.test(text) ? 1 : 0,
    length: Math.min(1, text.split(/\s+/u).length / LENGTH_SCALE),
  };
}

export function scoreOf(weights: ScoreWeights, features: RankFeatures): number {
  let score = 0;
  for (const feature of RANK_FEATURES) score += weights[feature] * features[feature];
  return score;
}

/** A candidate's score and its sentence score (the score less the article's names share, Candidate.sentenceScore). */
function scoresOf(weights: ScoreWeights, features: RankFeatures): { score: number; sentenceScore: number } {
  const score = scoreOf(weights, features);
  return { score, sentenceScore: score - weights.articleNames * features.articleNames };
}

/** Candidate sentences for a question, best first; ties by passage id, then sentence. */
export function rankSentences(
  question: string,
  retriever: Retriever,
  passages = CANDIDATE_PASSAGES,
  weights: ScoreWeights = SCORE_WEIGHTS,
  tagged = TAGGED_CANDIDATES,
): Ranking {
  const asked = retriever.plan(question);
  const questionClass = classifyQuestion(question);
  const memo = memoOf(retriever);
  const scorerOf = (plan: QueryPlan): EvidenceScorer =>
    new EvidenceScorer(plan, (article, index) => sentenceTokens(memo, article, index));
  if (asked.terms.length === 0)
    return { plan: asked, questionClass, scorer: scorerOf(asked), candidates: [], articleTerms: new Map() };
  const hits = retriever.search(asked, passages);
  // A question typed without capitals gets its names from the passages retrieved for it.
  const plan = withNamesFromPassages(asked, () => hits.map((h) => retriever.passage(h.passageId)?.text ?? ''));
  const scorer = scorerOf(plan);
  const top = hits[0]?.score ?? 0;
  // First the sentences to consider, with their passage's retrieval score; then the names of the question that each
  // article's retrieved sentences match, which every sentence of that article is credited with as context.
  const chosen = new Map<string, { article: Article; passageId: string; index: number; retrieval: number }>();
  const consider = (article: Article, passageId: string, index: number, retrieval: number): void => {
    if (index < 0 || index >= article.sentences.length) return;
    const key = `${article.id}\u0000${index}`;
    const known = chosen.get(key);
    if (!known || known.retrieval < retrieval) chosen.set(key, { article, passageId, index, retrieval });
  };
  // A weak passage of an article a strong passage comes from is read too: the story's lead may take most of the
  // engine's score (it names everything) while the answer sits a few paragraphs on.
  const strongArticles = new Set(
    hits
      .filter((h) => top > 0 && h.score / top >= MIN_RELATIVE_RETRIEVAL)
      .map((h) => retriever.passage(h.passageId)?.articleId),
  );
  for (const hit of hits) {
    const passage = retriever.passage(hit.passageId);
    const article = passage && retriever.article(passage.articleId);
    if (!passage || !article) continue;
    const relative = top > 0 ? hit.score / top : 0;
    if (relative < MIN_RELATIVE_RETRIEVAL && !strongArticles.has(article.id)) continue;
    for (const index of passage.sentences) consider(article, passage.id, index, relative);
    const first = passage.sentences[0];
    const last = passage.sentences[passage.sentences.length - 1];
    // The answer may sit just across a passage boundary from the sentences that match the question.
    if (first !== undefined) consider(article, passage.id, first - 1, relative);
    if (last !== undefined) consider(article, passage.id, last + 1, relative);
  }
  // …and one of its passages the engine left out that says a question word in other words ("funded" for "paid"):
  // paraphrases are not sent to the engine.
  const read = new Set(hits.map((h) => h.passageId));
  for (const passage of paraphrasingPassages(retriever, plan, strongArticles, read)) {
    const article = retriever.article(passage.articleId);
    if (article) for (const index of passage.sentences) consider(article, passage.id, index, 0);
  }
  const inArticle = new Map<string, Map<number, number>>();
  for (const { article, index } of chosen.values()) {
    const matched = inArticle.get(article.id) ?? new Map<number, number>();
    for (const [term, factor] of scorer.sentence(article, index)?.matched ?? [])
      if (plan.terms[term]?.name) matched.set(term, Math.max(matched.get(term) ?? 0, factor));
    inArticle.set(article.id, matched);
  }
  const articleTerms = new Map<string, Map<number, number>>();
  const namesAsked = plan.terms.some((t) => t.name);
  const articleShares = new Map<string, { all: number; names: number }>();
  const articleShare = (article: Article): { all: number; names: number } => {
    const known = articleShares.get(article.id);
    if (known !== undefined) return known;
    const matched = articleMatches(retriever, plan, article);
    const share = {
      all: scorer.shareOf(matched),
      names: namesAsked ? scorer.shareOf(matched, 'names') : 0,
    };
    articleTerms.set(article.id, matched);
    articleShares.set(article.id, share);
    return share;
  };
  const seen = new Map<string, Candidate>();
  for (const [key, { article, passageId, index, retrieval }] of chosen) {
    const evidence = scorer.evidence(article, index, inArticle.get(article.id));
    if (!evidence || evidence.inContext === 0) continue;
    const sentence = article.sentences[index];
    const text = sentence ? article.text.slice(sentence.start, sentence.end) : '';
    const features = featuresOf(articleShare(article), evidence, retrieval, index, text, questionClass?.name === 'say');
    seen.set(key, {
      articleId: article.id,
      passageId,
      sentence: index,
      evidence,
      retrieval,
      answerType: null,
      features,
      ...scoresOf(weights, features),
    });
  }
  const candidates = [...seen.values()].sort(byScore);
  const questionTerms = new Set(
    analyze(question)
      .filter((t) => !t.stop)
      .map((t) => t.term),
  );
  // A candidate whose score, with the largest answer-type bonus, stays below the third best cannot reach a citation:
  // it is not worth tagging.
  const third = candidates[Math.min(2, candidates.length - 1)]?.score ?? 0;
  const reachable = candidates
    .slice(0, tagged)
    .filter((c) => c.score + Math.max(0, weights.answerType) + Math.max(0, weights.counted) >= third);
  // A counting question's verb ("killed" in "how many people have been killed") must be in a sentence that counts.
  const countedVerb = questionClass?.counts ? countedVerbOf(question) : null;
  const verbTerm = countedVerb === null ? -1 : plan.terms.findIndex((t) => t.term === countedVerb);
  const countedNoun = questionClass?.counts ? countedNounOf(question) : null;
  const measureTerms = new Map(
    plan.terms.flatMap((t, i) => (questionClass?.measures?.includes(t.form) ? [[i, 1] as const] : [])),
  );
  for (const candidate of reachable) {
    const article = retriever.article(candidate.articleId);
    const sentence = article?.sentences[candidate.sentence];
    if (!article || !sentence) continue;
    const spans =
      questionClass === null || questionClass.wants.length === 0
        ? []
        : sentenceEntities(retriever, article, candidate.sentence);
    const match = scorer.sentence(article, candidate.sentence);
    const tokens = match?.tokens ?? [];
    // A pronoun standing for the question's subject is where the sentence names it ("It runs 2 hours…").
    const matchedAt = tokens
      .filter((t) => scorer.isMatch(t) || t.start === candidate.evidence.pronounAt)
      .map((t) => t.start - sentence.start);
    const text = article.text.slice(sentence.start, sentence.end);
    candidate.answerType = answerTypeOf(questionClass, spans, text, questionTerms, matchedAt);
    candidate.features.answerType = candidate.answerType ?? 0;
    const saysVerb = verbTerm < 0 || (match?.matched.has(verbTerm) ?? false);
    // …and a number before the verb itself ("Two dogs died") counts the noun between, not the question's.
    const countedAt =
      verbTerm < 0
        ? matchedAt
        : tokens
            .filter(
              (t) =>
                (scorer.isMatch(t) && !scorer.matchesOnly(t, verbTerm)) || t.start === candidate.evidence.pronounAt,
            )
            .map((t) => t.start - sentence.start);
    const nounAt =
      countedNoun === null ? [] : tokens.filter((t) => t.term === countedNoun).map((t) => t.start - sentence.start);
    candidate.features.counted = saysVerb
      ? (countedOf(questionClass, spans, text, countedAt, questionTerms, nounAt) ?? 0)
      : 0;
    // A sentence holding the age answers the "old" of "how old" without saying it.
    if (candidate.answerType === 1 && measureTerms.size > 0) {
      const evidence = scorer.evidence(article, candidate.sentence, inArticle.get(article.id), measureTerms);
      if (evidence) {
        candidate.evidence = evidence;
        Object.assign(candidate.features, evidenceFeatures(evidence));
      }
    }
    Object.assign(candidate, scoresOf(weights, candidate.features));
  }
  candidates.sort(byScore);
  return { plan, questionClass, scorer, candidates, articleTerms };
}

/**
 * The question's terms that the article holds anywhere (any passage's text, or its title), each at its best match
 * factor: how much the article as a whole is about the question. Two stories may share a sentence's words ("score",
 * "City"); the one the question is about shares the rest of them too. Asked of the index, so no sentence is read.
 */
export function articleMatches(retriever: Retriever, plan: QueryPlan, article: Article): Map<number, number> {
  const passageIds = passageIdsOf(retriever, article.id);
  const matched = new Map<number, number>();
  plan.terms.forEach((term, i) => {
    for (const [match, factor] of term.matches) {
      if (factor <= (matched.get(i) ?? 0)) continue;
      if (retriever.index.containsAny(match, passageIds)) matched.set(i, factor);
    }
  });
  return matched;
}

function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || comparePassageIds(a.passageId, b.passageId) || a.sentence - b.sentence;
}
