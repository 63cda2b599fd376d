import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import { engineMatches, PARAPHRASE_FACTOR } from '../../src/search/query.ts';
import { ParaphraseTable } from '../../src/search/paraphrase.ts';
import { createRetriever } from '../../src/search/retriever.ts';

const result = ingestArticle(
  'The council announced its decision on the harbour plan on Monday evening after a long and heated public meeting at the town hall.',
  { file: 'p_council.txt', title: null, outlet: 'Town Crier', url: 'https://crier.example/decision', published: null },
);
if (!result.ok) throw new Error(result.problem.message);
const corpus = { articles: [result.article], passages: result.passages };
// "decid" (decide) lists "decis" (decision) as a derivation, at the derivation factor 0.8.
const table = new ParaphraseTable('decid decis+');

describe('planQuery with paraphrases', () => {
  it('counts a paraphrase the corpus has as a match at its relation factor times PARAPHRASE_FACTOR', () => {
    const plan = createRetriever(corpus, undefined, { paraphrases: table }).plan('When did the council decide?');
    const decide = plan.terms.find((t) => t.term === 'decid');
    expect(decide?.matches.get('decis')).toBeCloseTo(0.8 * PARAPHRASE_FACTOR, 10);
    expect(decide?.paraphrases.has('decis')).toBe(true);
    expect(decide?.found).toBe(true);
  });

  it('does not send a paraphrase to the engine', () => {
    const retriever = createRetriever(corpus, undefined, { paraphrases: table });
    const decide = retriever.plan('When did the council decide?').terms.find((t) => t.term === 'decid');
    expect(decide && [...engineMatches(decide, retriever.index).keys()]).toEqual([]);
  });

  it('has no paraphrase matches without a table', () => {
    const decide = createRetriever(corpus)
      .plan('When did the council decide?')
      .terms.find((t) => t.term === 'decid');
    expect(decide && [...decide.matches.keys()]).toEqual(['decid']);
    expect(decide?.found).toBe(false);
  });
});

describe('planQuery with two-word verbs', () => {
  const ruling = ingestArticle(
    'The planning board rejected the harbour hotel application on Tuesday after hearing from residents.',
    { file: 'p_board.txt', title: null, outlet: 'Town Crier', url: 'https://crier.example/board', published: null },
  );
  if (!ruling.ok) throw new Error(ruling.problem.message);
  const board = { articles: [ruling.article], passages: ruling.passages };
  // "turn down" is listed under its words' terms joined by "_", with "reject" as a first-sense synonym (factor 0.6).
  const phrases = new ParaphraseTable('turn_down reject1');

  it('gives the paraphrase of "turned down" to the content word of the pair, at the paraphrase factor', () => {
    const plan = createRetriever(board, undefined, { paraphrases: phrases }).plan(
      'Why did the board turn down the hotel?',
    );
    const turn = plan.terms.find((t) => t.term === 'turn');
    expect(turn?.matches.get('reject')).toBeCloseTo(0.6 * PARAPHRASE_FACTOR, 10);
    expect(turn?.paraphrases.has('reject')).toBe(true);
  });

  it('does not pair words that are not next to each other', () => {
    const plan = createRetriever(board, undefined, { paraphrases: phrases }).plan(
      'Why did the board turn the hotel down?',
    );
    expect([...(plan.terms.find((t) => t.term === 'turn')?.matches.keys() ?? [])]).toEqual(['turn']);
  });
});
