// /ask question: [private:] — the sentences from the articles that answer a question, as numbered citations.
import { z } from 'zod';
import { answerQuestion } from '../src/answers/answer.ts';
import type { Answer } from '../src/answers/schema.ts';
import type { CitationCard, Reply } from '../src/reply/model.ts';
import { MAX_QUESTION_LENGTH, questionSchema } from './question.ts';
import { BOOLEAN_OPTION, CHAT_INPUT, defineCommand, STRING_OPTION, type Deps } from './types.ts';

export const ASK_CITATIONS = 3;

const askSchema = z.object({
  question: questionSchema({
    empty: 'Please type a question, for example: /ask question: what did Rasmussen propose?',
    noun: 'Your question',
  }),
  private: z.boolean().optional(),
});

export type AskInput = z.infer<typeof askSchema>;

export const NOTHING_FOUND = 'I found nothing in these articles that answers this.';
export const NOTHING_FOUND_HINT = 'Try other words, or /quote speaker:NAME to see what someone said.';
/** Outcome (b): the passages came close but none clearly answers; shown as such, never as an answer. */
export const HEDGE = "I couldn't find a clear answer. The closest passages:";

export function citationCards(answer: Answer, published: (articleId: string) => string | null): CitationCard[] {
  return answer.citations.map((c) => ({
    n: c.rank,
    excerpt: c.excerpt,
    marks: c.marks,
    source: { outlet: c.outlet, published: c.published, title: c.title, link: c.link },
    alsoReportedBy: c.alsoReportedBy.map((r) => ({
      outlet: r.outlet,
      published: published(r.articleId),
      title: null,
      link: r.link,
    })),
    conflicts: [],
  }));
}

/** The reply to a question, shared by /ask, @mentions and "Find sources". */
export function answerReply(question: string, deps: Deps, ephemeral: boolean): Reply {
  const answer = answerQuestion(question, deps.retriever, { k: ASK_CITATIONS });
  if (!answer.answered && answer.citations.length === 0) {
    // "Nothing found" is an error for the asker alone; a channel reply to an @mention still shows it.
    return {
      kind: 'info',
      ephemeral: true,
      heading: question,
      lines: [NOTHING_FOUND, NOTHING_FOUND_HINT],
      citations: [],
      links: [],
    };
  }
  const dates = new Map(deps.corpus.articles.map((a) => [a.id, a.published]));
  const cards = citationCards(answer, (id) => dates.get(id) ?? null);
  return {
    // A hedge is shown as information with its own first line, in the colour of notes, not of answers.
    kind: answer.answered ? 'answer' : 'info',
    ephemeral,
    heading: question,
    lines: answer.answered ? [] : [HEDGE],
    citations: cards,
    links: cards.map((card) => ({ label: `${card.n} · ${card.source.outlet}`, url: card.source.link })),
    footer: `${deps.corpus.articles.length} articles searched`,
  };
}

export const ask = defineCommand({
  type: CHAT_INPUT,
  name: 'ask',
  description: 'Find the sentences in the articles that answer a question',
  schema: askSchema,
  options: {
    question: {
      type: STRING_OPTION,
      description: 'Your question, in plain English',
      required: true,
      max_length: MAX_QUESTION_LENGTH,
    },
    private: { type: BOOLEAN_OPTION, description: 'Only you see the answer' },
  },
  isPrivate: (input) => input.private === true,
  run: (input, deps) => answerReply(input.question, deps, input.private === true),
});
