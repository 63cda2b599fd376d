import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/corpus/ingest.ts';
import type { Article, Passage } from '../../src/corpus/types.ts';
import { POSTINGS_BUDGET } from '../../src/search/query.ts';
import { createRetriever } from '../../src/search/retriever.ts';
import { fixtureCorpus } from './fixture-corpus.ts';

const retriever = createRetriever(fixtureCorpus());

function plan(question: string) {
  return retriever
    .plan(question)
    .terms.map((t) => ({ term: t.term, name: t.name, found: t.found, searched: t.searched }));
}

describe('planQuery', () => {
  it('drops "according to", which frames reported speech and names no topic', () => {
    expect(retriever.plan('What did the crews want, according to the union?').terms.map((t) => t.term)).toEqual([
      'crew',
      'want',
      'union',
    ]);
  });

  it('keeps a word whose stem a request word shares: "pleased" (please) and "accord" (according)', () => {
    const terms = (q: string): string[] => retriever.plan(q).terms.map((t) => t.term);
    expect(terms('Please, how pleased were the crews?')).toEqual(['pleas', 'crew']);
    expect(terms('What did the crews sign, according to the accord?')).toEqual(['crew', 'sign', 'accord']);
  });

  for (const [form, question] of [
    ['whats', 'whats the crews pay'],
    ['whos', 'whos leading the crews'],
    ['hows', 'hows the crews pay set'],
    ['wheres', 'wheres the crews union'],
    ['whens', 'whens the crews strike'],
    ['whys', 'whys the crews strike'],
    ['actually', 'what did the crews actually want'],
    ['exactly', 'what exactly did the crews want'],
    ['really', 'what did the crews really want'],
    ['basically', 'what did the crews basically want'],
  ] as const) {
    it(`drops "${form}", typed in a chat question, which names no topic`, () => {
      const terms = retriever.plan(question).terms.map((t) => t.form);
      expect(terms).not.toContain(form);
      expect(terms).toContain('crews');
    });
  }

  it('drops the measure word of "how long", "how far", "how often" and "how soon", which answers do not repeat', () => {
    const terms = (q: string): string[] => retriever.plan(q).terms.map((t) => t.term);
    expect(terms('How long did the crews strike?')).toEqual(['crew', 'strike']);
    expect(terms('How far away is the harbour, and how often do the crews sail?')).toEqual([
      'awai',
      'harbor',
      'crew',
      'sail',
    ]);
    expect(terms('How soon will the long dredging end?')).toEqual(['long', 'dredg', 'end']);
  });

  it('drops "money" after "how much", and keeps it elsewhere', () => {
    const terms = (q: string): string[] => retriever.plan(q).terms.map((t) => t.term);
    expect(terms('How much money did the crews raise?')).toEqual(['crew', 'rais']);
    expect(terms('How much did the crews raise for the money fund?')).toEqual(['crew', 'rais', 'monei', 'fund']);
  });

  it('drops "percentage", "percent" and "proportion" after "what" (answers write "71%"), and keeps them elsewhere', () => {
    const terms = (q: string): string[] => retriever.plan(q).terms.map((t) => t.term);
    expect(terms('What percentage of the crews voted?')).toEqual(['crew', 'vote']);
    expect(terms('What percent of the crews voted?')).toEqual(['crew', 'vote']);
    expect(terms('What proportion of the crews voted?')).toEqual(['crew', 'vote']);
    expect(terms('Did the crews get a percentage of the proportion?')).toEqual(['crew', 'percentag', 'proport']);
  });

  it('drops "date" after "what" and "which" (answers write "March 7"), and keeps it elsewhere', () => {
    const terms = (q: string): string[] => retriever.plan(q).terms.map((t) => t.term);
    expect(terms('On what date did the crews vote?')).toEqual(['crew', 'vote']);
    expect(terms('Which date did the crews vote on?')).toEqual(['crew', 'vote']);
    expect(terms('Did the crews set a date for the vote?')).toEqual(['crew', 'set', 'date', 'vote']);
  });

  it('keeps "old" and "fast" after "how": answers say them ("a 23-year-old", "the fastest pace")', () => {
    expect(retriever.plan('How old is the harbour, and how fast are the crews?').terms.map((t) => t.term)).toEqual([
      'old',
      'harbor',
      'fast',
      'crew',
    ]);
  });

  it('keeps only topic words: no stop words, question words, request words or light verbs', () => {
    expect(
      retriever.plan('Can you tell me what happened when the crews made a deal?').terms.map((t) => t.term),
    ).toEqual(['crew', 'deal']);
  });

  it('takes capitalised words after the first for names, unless the question capitalises most words', () => {
    expect(plan('Who is the Lisbon mayor?').map((t) => [t.term, t.name])).toEqual([
      ['lisbon', true],
      ['mayor', false],
    ]);
    expect(plan('What Did The Council Approve?').map((t) => t.name)).toEqual([false, false]);
  });

  it('takes a name opening with a capitalised "The" for a name when other words are lower-case', () => {
    expect(plan('Where was The Lisbon Crews filmed?').map((t) => [t.term, t.name])).toEqual([
      ['lisbon', true],
      ['crew', true],
      ['film', false],
    ]);
  });

  it('takes an initialism in the plural ("MPs") for a common noun, not a name', () => {
    expect(plan('How many MPs backed the Lisbon plan?').map((t) => [t.term, t.name])).toEqual([
      ['mp', false],
      ['back', false],
      ['lisbon', true],
      ['plan', false],
    ]);
    expect(plan('Did the NATO envoy speak?').map((t) => [t.term, t.name])).toEqual([
      ['nato', true],
      ['envoi', false],
      ['speak', false],
    ]);
  });

  it('takes a question made mostly of a full name for names when its function words are lower case', () => {
    expect(plan('When was Ann Marie Lisbon born?').map((t) => [t.term, t.name])).toEqual([
      ['ann', true],
      ['mari', true],
      ['lisbon', true],
      ['born', false],
    ]);
  });

  it('weighs a lower-case word the corpus lacks at half, unless the question has no capitals at all', () => {
    const cased = retriever.plan('Who is the Lisbon mayor?').terms;
    const lower = retriever.plan('who is the lisbon mayor?').terms;
    expect(cased[1]?.weight).toBeCloseTo((cased[0]?.weight ?? 0) / 2, 10);
    expect(lower[1]?.weight).toBe(lower[0]?.weight);
  });

  it('matches a country and its people through the irregular and the regular forms', () => {
    const text =
      'Talks between Poland and the rest of Europe resumed in Warsaw on Monday after a pause of several months.';
    const result = ingestArticle(text, {
      file: 'e_talks.txt',
      title: 'Talks resume',
      outlet: 'Wire',
      url: 'https://wire.example/t',
      published: null,
    });
    if (!result.ok) throw new Error(result.problem.message);
    const talks = createRetriever({ articles: [result.article], passages: result.passages });
    const [polish, european] = talks.plan('Polish and European talks').terms;
    expect(polish && [...polish.matches]).toEqual([
      ['polish', 1],
      ['poland', 0.7],
    ]);
    expect(european && [...european.matches]).toEqual([
      ['european', 1],
      ['europ', 0.7],
    ]);
    expect(polish?.found).toBe(true);
  });

  it('does not send a term found in most passages to the engine while rarer terms are sent', () => {
    expect(plan('town council harbour')).toEqual([
      { term: 'town', name: false, found: true, searched: false },
      { term: 'council', name: false, found: true, searched: true },
      { term: 'harbor', name: false, found: true, searched: false },
    ]);
    expect(plan('the town')).toEqual([{ term: 'town', name: false, found: true, searched: true }]);
  });

  it('leaves out a term whose postings would overrun the budget once rarer terms are sent', () => {
    const mid = Math.floor(POSTINGS_BUDGET * 0.4);
    const common = Math.floor(POSTINGS_BUDGET * 0.7);
    const count = common * 4 + 1;
    const article: Article = {
      id: 'a',
      file: 'a.txt',
      title: 'Bulletin',
      outlet: 'Wire',
      url: 'https://wire.example/a',
      published: null,
      text: '',
      paragraphs: [],
      sentences: [],
    };
    const passages: Passage[] = Array.from({ length: count }, (_, i) => {
      const words = ['filler', i < 10 ? 'zebra' : '', i < mid ? 'harbor' : '', i < common ? 'council' : ''].join(' ');
      return { id: `a#${i}`, articleId: 'a', paragraph: 0, start: 0, end: words.length, text: words, sentences: [] };
    });
    const big = createRetriever({ articles: [article], passages });
    expect(big.plan('zebra harbor council').terms.map((t) => [t.term, t.documentFrequency, t.searched])).toEqual([
      ['zebra', 10, true],
      ['harbor', mid, true],
      ['council', common, false],
    ]);
  });
});
