import { describe, expect, it } from 'vitest';
import { PassageEngine, type IndexParts } from '../../src/search/engine.ts';
import { FieldPostingsBuilder } from '../../src/search/postings.ts';
import { engineOf, smallParts } from '../support/engine.ts';

/** The parts as term → field → [passage, occurrences] pairs, with lengths: what they hold, whatever the term order. */
function contents(parts: IndexParts): unknown {
  const byTerm = Object.fromEntries(
    parts.terms.map((term, t) => [
      term,
      Object.fromEntries(
        (['text', 'title'] as const).map((field) => {
          const { offsets, docs, freqs } = parts.fields[field];
          const pairs: [number, number][] = [];
          for (let p = offsets[t] as number; p < (offsets[t + 1] as number); p++)
            pairs.push([docs[p] as number, freqs[p] as number]);
          return [field, pairs];
        }),
      ),
    ]),
  );
  const lengths = { text: [...parts.fields.text.lengths], title: [...parts.fields.title.lengths] };
  const averages = { text: parts.fields.text.averageLength, title: parts.fields.title.averageLength };
  return { passageIds: parts.passageIds, byTerm, lengths, averages };
}

describe('PassageEngine', () => {
  it('gives back the postings it was filled from', () => {
    const parts = smallParts();
    expect(contents(engineOf(parts).toParts())).toEqual(contents(parts));
    expect(contents(parts)).toEqual({
      passageIds: ['x#0', 'x#1'],
      byTerm: {
        a: { text: [[0, 1]], title: [] },
        b: {
          text: [
            [0, 2],
            [1, 1],
          ],
          title: [],
        },
        c: { text: [], title: [[1, 1]] },
      },
      lengths: { text: [2, 1], title: [0, 1] },
      averages: { text: 1.5, title: 0.5 },
    });
  });

  it('counts text document frequencies and postings per term', () => {
    const engine = engineOf(smallParts());
    expect([
      engine.documentFrequency('a'),
      engine.documentFrequency('b'),
      engine.documentFrequency('c'),
      engine.documentFrequency('zz'),
    ]).toEqual([1, 2, 0, undefined]);
    expect([engine.postingsOf('b'), engine.postingsOf('c'), engine.postingsOf('zz')]).toEqual([2, 1, 0]);
    expect(engine.documentCount).toBe(2);
  });

  it('finds index terms within an edit distance, with their text document frequency', () => {
    expect(
      engineOf(smallParts())
        .similarTerms('d', 1)
        .sort((p, q) => (p.term < q.term ? -1 : 1)),
    ).toEqual([
      { term: 'a', documentFrequency: 1, distance: 1 },
      { term: 'b', documentFrequency: 2, distance: 1 },
      { term: 'c', documentFrequency: 0, distance: 1 },
    ]);
  });

  it('tells whether a longer index term starts with a prefix', () => {
    const text = new FieldPostingsBuilder();
    text.add([0, 1]);
    const title = new FieldPostingsBuilder();
    title.add([]);
    const engine = engineOf({
      terms: ['democrat', 'lib'],
      passageIds: ['x#0'],
      fields: { text: text.finish(2), title: title.finish(2) },
    });
    expect([
      engine.extendsPrefix('dem'),
      engine.extendsPrefix('democrat'),
      engine.extendsPrefix('lib'),
      engine.extendsPrefix('x'),
    ]).toEqual([true, false, false, false]);
  });

  it('ranks the passages matching the terms, best first', () => {
    expect(
      engineOf(smallParts())
        .rank(new Map([['a', 1]]))
        .map((h) => h.id),
    ).toEqual(['x#0']);
    expect(
      engineOf(smallParts())
        .rank(new Map([['c', 1]]))
        .map((h) => h.id),
    ).toEqual(['x#1']);
  });

  it('refuses postings naming a passage twice', () => {
    expect(PassageEngine.fromParts(smallParts(['x#0', 'x#0']))).toBe('search index has a passage id twice');
  });

  it('refuses parts listing a term twice', () => {
    expect(PassageEngine.fromParts({ ...smallParts(), terms: ['a', 'b', 'a'] })).toBe('search index has a term twice');
  });
});
