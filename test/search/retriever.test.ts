import { describe, expect, it } from 'vitest';
import type { Article, Passage } from '../../src/corpus/types.ts';
import { createRetriever } from '../../src/search/retriever.ts';

function passage(id: string, articleId: string, text: string): Passage {
  return { id, articleId, paragraph: 0, start: 0, end: text.length, text, sentences: [0] };
}

function retrieverOver(passages: Passage[]): ReturnType<typeof createRetriever> {
  const articles: Article[] = [...new Set(passages.map((p) => p.articleId))].map((id) => ({
    id,
    file: `${id}.txt`,
    title: null,
    outlet: 'Test Outlet',
    url: `https://example.test/${id}`,
    published: null,
    text: 'words',
    paragraphs: [],
    sentences: [],
  }));
  return createRetriever({ articles, passages });
}

describe('createRetriever passage lookup', () => {
  const named = [
    passage('a#0', 'a', 'harbour dredging approved'),
    passage('a#1', 'a', 'fleet catch fell'),
    passage('b#x#0', 'b#x', 'ferry timetable changed'),
    passage('b#x#1', 'b#x', 'ferry fares rose'),
  ];

  it('finds every passage named by its article and number', () => {
    const retriever = retrieverOver(named);
    for (const p of named) expect(retriever.passage(p.id)).toBe(p);
  });

  it('finds nothing for an id past an article, of an unknown article, or not in the chunker’s form', () => {
    const retriever = retrieverOver(named);
    for (const id of ['a#2', 'c#0', 'a#01', 'a#', 'a', 'b#x#-1', 'b#x#1.0'])
      expect(retriever.passage(id)).toBeUndefined();
  });

  it('finds passages whose ids are not where their names say', () => {
    const odd = [
      passage('a#1', 'a', 'fleet catch fell'),
      passage('a#0', 'a', 'harbour dredging approved'),
      passage('b#0', 'b', 'ferry timetable changed'),
      passage('a#2', 'a', 'council vote'),
      passage('lead', 'b', 'ferry fares rose'),
    ];
    const retriever = retrieverOver(odd);
    for (const p of odd) expect(retriever.passage(p.id)).toBe(p);
    expect(retriever.passage('b#1')).toBeUndefined();
  });
});

describe('createRetriever on questions naming an outlet', () => {
  const passages = [
    passage('a#0', 'a', 'Twelve ferries sailed from the harbour on Monday.'),
    passage('b#0', 'b', 'Fourteen ferries sailed from the harbour on Monday.'),
  ];
  const articles: Article[] = [
    { id: 'a', outlet: 'Harbour Courier' },
    { id: 'b', outlet: 'Valley Wire' },
  ].map(({ id, outlet }) => ({
    id,
    file: `${id}.txt`,
    title: null,
    outlet,
    url: `https://example.test/${id}`,
    published: null,
    text: passages.find((p) => p.articleId === id)?.text ?? '',
    paragraphs: [],
    sentences: [],
  }));
  const retriever = createRetriever({ articles, passages });

  it('searches only the named outlet’s articles and drops its words from the topic when the passages lack them', () => {
    const plan = retriever.plan('How many ferries sailed, according to Valley Wire?');
    expect(plan.fromOutlets?.names).toEqual(['Valley Wire']);
    expect([...(plan.fromOutlets?.articles ?? [])]).toEqual(['b']);
    expect(plan.terms.map((t) => t.term)).toEqual(['ferri', 'sail']);
    expect(retriever.search(plan, 5).map((h) => h.passageId)).toEqual(['b#0']);
  });

  it('searches every article when the named outlet’s articles share no word with the rest of the question', () => {
    const other = [
      passage('a#0', 'a', 'Twelve ferries sailed from the harbour on Monday.'),
      passage('b#0', 'b', 'The council met on Tuesday.'),
    ];
    const only = createRetriever({
      articles: articles.map((a) => ({ ...a, text: other.find((p) => p.articleId === a.id)?.text ?? '' })),
      passages: other,
    });
    const plan = only.plan('How many ferries sailed for the Valley Wire Rovers?');
    expect(plan.fromOutlets).toBeUndefined();
    expect(plan.terms.map((t) => [t.term, t.found])).toEqual([
      ['ferri', true],
      ['sail', true],
      ['vallei', false],
      ['wire', false],
      ['rover', false],
    ]);
    expect(only.search(plan, 5).map((h) => h.passageId)).toEqual(['a#0']);
  });

  it('searches every article when the outlet’s words are in the passages too', () => {
    const plan = retriever.plan('How many ferries sailed from the Harbour?');
    expect(plan.fromOutlets).toBeUndefined();
    expect(
      retriever
        .search(plan, 5)
        .map((h) => h.passageId)
        .sort(),
    ).toEqual(['a#0', 'b#0']);
  });
});
