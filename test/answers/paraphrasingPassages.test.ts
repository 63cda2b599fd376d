import { describe, expect, it } from 'vitest';
import { paraphrasingPassages, passageIdsOf } from '../../src/answers/paraphrasingPassages.ts';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import { ParaphraseTable } from '../../src/search/paraphrase.ts';
import { createRetriever } from '../../src/search/retriever.ts';

// "pai" (pay) lists "fund" as a first-sense synonym.
const table = new ParaphraseTable('pai fund1');
const meta = { title: null, outlet: 'Town Crier', url: 'https://crier.example/study', published: null };

function retrieverOf(paragraphs: readonly string[]) {
  const result = ingestArticle(paragraphs.join('\n\n'), { ...meta, file: 'p_study.txt' });
  if (!result.ok) throw new Error(result.problem.message);
  return createRetriever({ articles: [result.article], passages: result.passages }, undefined, {
    paraphrases: table,
  });
}

const STUDY = [
  [
    'A study of the harbour found that the water was cleaner than at any time since records began in 1950.',
    'Oyster beds that vanished in the 1970s have started to return near the northern breakwater.',
    'Seals were seen on the mudflats in March for the first time in living memory.',
    'Fishermen say their catches of bass and mullet have doubled over the past decade.',
    'The town council hopes the news will bring more visitors to the waterfront this summer.',
  ].join(' '),
  [
    'The researchers sampled the water at forty places along the shore every week for two whole years.',
    'They measured nitrates, phosphates, oxygen and the tiny plants that feed the fish.',
    'Readings were worst after heavy rain, when drains overflowed into the inner basin.',
    'A new storm tank built in 2019 has cut those overflows by more than half.',
    'The team plans to publish its full data online next month for anyone to check.',
  ].join(' '),
  'The study was funded by the Harbour Trust, a local charity that looks after the old docks.',
];
describe('paraphrasingPassages', () => {
  it('finds the passage of an article that says a question word only in other words ("funded" for "paid")', () => {
    const retriever = retrieverOf(STUDY);
    const ids = passageIdsOf(retriever, 'p_study');
    expect(ids.length).toBeGreaterThan(1);
    const plan = retriever.plan('Who paid for the study?');
    const found = paraphrasingPassages(retriever, plan, ['p_study'], new Set([ids[0] ?? '']));
    expect(found.map((p) => p.text.includes('funded by the Harbour Trust'))).toEqual([true]);
  });

  it('looks for nothing when the article says the question word itself', () => {
    const retriever = retrieverOf([...STUDY, 'The council paid for the boat.']);
    const plan = retriever.plan('Who paid for the study?');
    expect(paraphrasingPassages(retriever, plan, ['p_study'], new Set())).toEqual([]);
  });

  it('does not return a passage already read', () => {
    const retriever = retrieverOf(STUDY);
    const plan = retriever.plan('Who paid for the study?');
    expect(paraphrasingPassages(retriever, plan, ['p_study'], new Set(passageIdsOf(retriever, 'p_study')))).toEqual([]);
  });
});
