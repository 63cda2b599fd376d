// /help — what the bot does and how to ask.
import { z } from 'zod';
import { infoReply } from '../src/reply/model.ts';
import { CHAT_INPUT, defineCommand } from './types.ts';

export const help = defineCommand({
  type: CHAT_INPUT,
  name: 'help',
  description: 'What archivist does and how to ask',
  schema: z.object({}).strict(),
  options: {},
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
});
