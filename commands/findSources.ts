// "Find sources" (Apps → Find sources on a message): answers the message's text as a question.
import { z } from 'zod';
import { answerReply } from './ask.ts';
import { truncateText } from '../src/reply/truncate.ts';
import { MAX_QUESTION_LENGTH, questionSchema } from './question.ts';
import { defineCommand, MESSAGE } from './types.ts';

/** A long message is looked up by its opening, cut at a sentence or word end, rather than refused. */
const findSchema = z.object({
  message: z.preprocess(
    (text) => (typeof text === 'string' ? truncateText(text.trim(), MAX_QUESTION_LENGTH).replace(/…$/u, '') : text),
    questionSchema({ empty: 'That message has no text to look up.', noun: 'That message' }),
  ),
});

export type FindSourcesInput = z.infer<typeof findSchema>;

export const findSources = defineCommand({
  type: MESSAGE,
  name: 'Find sources',
  schema: findSchema,
  run: (input, deps) => answerReply(input.message, deps, false),
});
