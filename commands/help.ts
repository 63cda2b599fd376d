// /help — what the bot does and how to ask.
import { z } from 'zod';
import { infoReply } from '../src/reply/model.ts';
import { firstError } from './question.ts';
import { CHAT_INPUT, type Command } from './types.ts';

export const help: Command<Record<string, never>> = {
  definition: { name: 'help', type: CHAT_INPUT, description: 'What archivist does and how to ask' },
  parse: (options) => firstError(z.object({}).strict().transform(() => ({}) as Record<string, never>).safeParse(options)),
  run: (_input, deps) =>
    infoReply(
      [
        `I answer from ${deps.corpus.articles.length} news articles, quoting their exact sentences with a link that opens each source at the excerpt.`,
        '/ask question: …  finds the passages that answer a question (add private: True to see the answer alone).',
        '/quote speaker: … [about: …]  lists what a person was quoted as saying.',
        '/sources  lists the articles. Apps → Find sources on any message looks up that message.',
        'You can also @mention me with a question.',
      ],
      { ephemeral: true, heading: 'archivist' },
    ),
};
