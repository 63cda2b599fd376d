// "Find sources" (Apps → Find sources on a message): answers the message's text as a question.
import { z } from 'zod';
import { answerReply } from './ask.ts';
import { firstError, questionSchema } from './question.ts';
import { MESSAGE, type Command } from './types.ts';

const findSchema = z.object({
  message: questionSchema({ empty: 'That message has no text to look up.', noun: 'That message' }),
});

export type FindSourcesInput = z.infer<typeof findSchema>;

export const findSources: Command<FindSourcesInput> = {
  definition: { name: 'Find sources', type: MESSAGE },
  parse: (options) => firstError(findSchema.safeParse(options)),
  run: (input, deps) => answerReply(input.message, deps, false),
};
