// The Answer to a question: numbered citations of verbatim excerpts, as zod schemas because answers cross
// boundaries (the CLI's JSON lines, the Discord and console renderers).
import { z } from 'zod';

/** A span to emphasise, as offsets into the excerpt. */
export const markSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** Another outlet reporting the same sentence or fact as a citation. */
export const reportSchema = z.strictObject({
  articleId: z.string(),
  outlet: z.string(),
  url: z.string(),
  link: z.string(),
  excerpt: z.string(),
});

const citationFields = {
  rank: z.number().int().positive(),
  passageId: z.string(),
  articleId: z.string(),
  title: z.string().nullable(),
  outlet: z.string(),
  url: z.string(),
  link: z.string(),
  /** YYYY-MM-DD, or null when the source gives no date (renderers print "undated"). */
  published: z.string().nullable(),
  /** Article.text.slice(start, end) of one sentence or of adjacent sentences: verbatim. */
  excerpt: z.string(),
  score: z.number(),
  alsoReportedBy: z.array(reportSchema),
};

export const citationSchema = z.strictObject({ ...citationFields, marks: z.array(markSchema) });

export const answerSchema = z.strictObject({
  question: z.string(),
  /**
   * True for an answer. False for a hedge (the closest passages, cited, none clearly answering) or, with no
   * citations, when nothing in the corpus answers the question.
   */
  answered: z.boolean(),
  /** How sure the composer is that the first citation answers the question, in [0, 1]. */
  confidence: z.number().min(0).max(1),
  citations: z.array(citationSchema),
});

/** The CLI's `ask --json` line: the answer without marks. */
export const answerJsonSchema = z.strictObject({
  question: z.string(),
  answered: z.boolean(),
  confidence: z.number().min(0).max(1),
  citations: z.array(z.strictObject(citationFields)),
});

export type Mark = z.infer<typeof markSchema>;
export type Report = z.infer<typeof reportSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type AnswerJson = z.infer<typeof answerJsonSchema>;

export function toAnswerJson(answer: Answer): AnswerJson {
  return {
    question: answer.question,
    answered: answer.answered,
    confidence: answer.confidence,
    citations: answer.citations.map(({ marks: _marks, ...citation }) => citation),
  };
}
