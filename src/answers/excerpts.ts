// Excerpts of an answer: the sentences a citation shows, verbatim: the answering sentence, its neighbour when the
// answer leans on it, and a candidate beside it that scores nearly as well, never across a heading.
import type { Article } from '../corpus/types.ts';
import type { EvidenceScorer } from './evidence.ts';
import type { Mark } from './schema.ts';
import type { Candidate } from './rank.ts';

/** The sentence before joins the excerpt when it carries at least this share of the question (its subject). */
export const PREVIOUS_IN_EXCERPT = 0.1;
/** The sentence after joins it when it matches at least this share of the question that the sentence lacks. */
export const NEXT_IN_EXCERPT = 0.1;
export interface Excerpt {
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
export function addExcerpt(excerpts: Excerpt[], candidate: Candidate, article: Article, scorer: EvidenceScorer): void {
  const sameArticle = excerpts.filter((e) => e.article.id === article.id);
  const index = candidate.sentence;
  if (sameArticle.some((e) => index >= e.from && index <= e.to)) return;
  // The excerpt on either side it could join: near enough in score, short enough, with body text throughout.
  const beside = sameArticle.find((e) => {
    const from = Math.min(e.from, index);
    const to = Math.max(e.to, index);
    return (
      (index === e.to + 1 || index === e.from - 1) &&
      candidate.sentenceScore >= JOIN_SCORE_SHARE * e.candidate.sentenceScore &&
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
