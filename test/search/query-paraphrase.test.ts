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
