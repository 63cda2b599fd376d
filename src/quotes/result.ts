// The answer to "what did X say (about Y)": the contract of `quote --json` that other tools rely on.
import { z } from 'zod';

export const reportSchema = z.object({
  articleId: z.string(),
  outlet: z.string(),
  url: z.string(),
  link: z.string(),
  text: z.string(),
});

export const conflictSchema = z.object({
  speaker: z.string(),
  articleId: z.string(),
  outlet: z.string(),
  url: z.string(),
  text: z.string(),
});

export const quoteItemSchema = z.object({
  /** The quotation without its marks. */
  text: z.string(),
  speaker: z.string(),
  partial: z.boolean(),
  articleId: z.string(),
  title: z.string().nullable(),
  outlet: z.string(),
  url: z.string(),
  link: z.string(),
  published: z.string().nullable(),
  /** The sentence(s) around the quotation, verbatim. */
  context: z.string(),
  /** Other outlets reporting the same words by the same speaker. */
  alsoReportedBy: z.array(reportSchema),
  /** Outlets giving the same (or near-identical) words to somebody else. */
  conflicts: z.array(conflictSchema),
});

/** Who speaks: a person, or an organisation speaking as one ("the ministry said"). */
export const speakerKindSchema = z.enum(['person', 'organisation']);

export const quoteResultSchema = z.object({
  query: z.string(),
  speaker: z
    .object({ name: z.string(), aliases: z.array(z.string()), kind: speakerKindSchema, role: z.string().nullable() })
    .nullable(),
  quotes: z.array(quoteItemSchema),
  /** Closest known speaker names when the query names nobody known. */
  suggestions: z.array(z.string()),
  /** Every quoted person the query fits equally well ("Cooper": Roy Cooper, Scott Cooper), the chosen one included; empty when it fits one. */
  alsoNamed: z.array(
    z.object({ name: z.string(), role: z.string().nullable(), kind: speakerKindSchema, quotes: z.number().int() }),
  ),
});

export const speakersResultSchema = z.object({
  speakers: z.array(
    z.object({
      name: z.string(),
      aliases: z.array(z.string()),
      quotes: z.number().int(),
      kind: speakerKindSchema,
      role: z.string().nullable(),
    }),
  ),
});

export type QuoteReport = z.infer<typeof reportSchema>;
export type QuoteConflict = z.infer<typeof conflictSchema>;
export type QuoteItem = z.infer<typeof quoteItemSchema>;
export type QuoteResult = z.infer<typeof quoteResultSchema>;
export type SpeakersResult = z.infer<typeof speakersResultSchema>;
