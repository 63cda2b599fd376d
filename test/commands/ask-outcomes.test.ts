import { describe, expect, it } from 'vitest';
import { answerReply, HEDGE, NOTHING_FOUND, NOTHING_FOUND_HINT } from '../../commands/ask.ts';
import type { Deps } from '../../commands/types.ts';
import { answerQuestion } from '../../src/answers/answer.ts';
import { ANSWER_CONFIDENCE } from '../../src/answers/confidence.ts';
import { buildQuoteBook } from '../../src/quotes/book.ts';
import { createRetriever } from '../../src/search/retriever.ts';
import { fixtureCorpus } from '../search/fixture-corpus.ts';

const corpus = fixtureCorpus();
const retriever = createRetriever(corpus);
const deps: Deps = { corpus, retriever, quotes: buildQuoteBook(corpus.articles) };

const ANSWERED = 'When will the new school open?';
const HEDGED = 'Who owns the ferries?';
const UNKNOWN = 'How tall is the Eiffel Tower?';

describe('the three outcomes of /ask', () => {
  it('answers with the answer card when the confidence reaches the threshold', () => {
    const answer = answerQuestion(ANSWERED, retriever);
    expect(answer.answered).toBe(true);
    expect(answer.confidence).toBeGreaterThanOrEqual(ANSWER_CONFIDENCE);
    const reply = answerReply(ANSWERED, deps, false);
    expect(reply).toMatchObject({ kind: 'answer', ephemeral: false, heading: ANSWERED, lines: [] });
    expect(reply.citations[0]?.excerpt).toBe(
      'A new primary school on the edge of town will open its doors in September, the education authority confirmed on Thursday.',
    );
  });

  it('shows the closest passages under the hedge line when no passage clearly answers', () => {
    const answer = answerQuestion(HEDGED, retriever);
    expect(answer.answered).toBe(false);
    expect(answer.confidence).toBeLessThan(ANSWER_CONFIDENCE);
    expect(answer.citations.length).toBeGreaterThan(0);
    const reply = answerReply(HEDGED, deps, false);
    expect(reply).toMatchObject({ kind: 'info', ephemeral: false, lines: [HEDGE] });
    expect(HEDGE).toBe("I couldn't find a clear answer. The closest passages:");
    expect(reply.citations.map((c) => c.excerpt)).toEqual(answer.citations.map((c) => c.excerpt));
  });

  it('says nothing was found, privately and with no citations, when the question names something unknown', () => {
    const answer = answerQuestion(UNKNOWN, retriever);
    expect(answer).toEqual({ question: UNKNOWN, answered: false, confidence: 0, citations: [] });
    expect(answerReply(UNKNOWN, deps, false)).toEqual({
      kind: 'info',
      ephemeral: true,
      heading: UNKNOWN,
      lines: [NOTHING_FOUND, NOTHING_FOUND_HINT],
      citations: [],
      links: [],
    });
  });

  it('finds nothing when words no article uses carry most of the question', () => {
    const question = 'How much will the ferry tickets cost next year?';
    expect(answerQuestion(question, retriever)).toEqual({ question, answered: false, confidence: 0, citations: [] });
  });
});
