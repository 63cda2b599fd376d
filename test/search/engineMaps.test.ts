import { describe, expect, it } from 'vitest';
import { countOf, FieldPostingsView, PassageNumberMap, TermPostings } from '../../src/search/engineMaps.ts';
import { FieldPostingsBuilder } from '../../src/search/postings.ts';

/** Three passages: term 0 in passages 0 (twice) and 2; term 1 in passage 1; term 2 in no passage's text. */
function textPostings() {
  const text = new FieldPostingsBuilder();
  text.add([0, 0]);
  text.add([1]);
  text.add([0]);
  return text.finish(3);
}

describe('PassageNumberMap', () => {
  it('answers for passage numbers 0 … n - 1 only, and refuses changes', () => {
    const ids = new PassageNumberMap(3, (doc) => `a#${doc}`);
    expect([ids.size, ids.get(2), ids.get(3), ids.get(-1), ids.get(1.5), ids.has(0), ids.has(3)]).toEqual([
      3,
      'a#2',
      undefined,
      undefined,
      undefined,
      true,
      false,
    ]);
    expect([...ids]).toEqual([
      [0, 'a#0'],
      [1, 'a#1'],
      [2, 'a#2'],
    ]);
    expect(Object.fromEntries(ids)).toEqual({ 0: 'a#0', 1: 'a#1', 2: 'a#2' });
    expect(() => ids.set()).toThrow('a loaded index is read-only');
    expect(() => ids.delete()).toThrow('a loaded index is read-only');
  });
});

describe('FieldPostingsView', () => {
  it('reads one term’s passages and occurrences from the arrays, as a Map of them would', () => {
    const postings = textPostings();
    const view = new FieldPostingsView(postings, postings.offsets[0] as number, postings.offsets[1] as number);
    const map = new Map([
      [0, 2],
      [2, 1],
    ]);
    expect([view.size, [...view.keys()], [...view.values()], [...view], view.get(2), view.get(1), view.has(0)]).toEqual(
      [map.size, [...map.keys()], [...map.values()], [...map], map.get(2), map.get(1), map.has(0)],
    );
  });
});

describe('TermPostings', () => {
  it('gives a view per field that has postings, and counts without one', () => {
    const text = textPostings();
    const title = new FieldPostingsBuilder();
    for (let doc = 0; doc < 3; doc++) title.add(doc === 1 ? [2] : []);
    const fields = [text, title.finish(3)];
    const fieldIds = [0, 1];
    const term0 = new TermPostings(fieldIds, fields, 0);
    const term2 = new TermPostings(fieldIds, fields, 2);
    expect([term0.size, [...term0.keys()], [...(term0.get(0) ?? [])], term0.get(1), term0.has(1)]).toEqual([
      1,
      [0],
      [
        [0, 2],
        [2, 1],
      ],
      undefined,
      false,
    ]);
    expect([term2.size, [...term2.keys()], [...(term2.get(1) ?? [])]]).toEqual([1, [1], [[1, 1]]]);
    expect([
      countOf(term0, 0),
      countOf(term0, 1),
      countOf(term2, 1),
      countOf(new Map([[0, new Map([[4, 1]])]]), 0),
    ]).toEqual([2, 0, 1, 1]);
    expect(term0.slices(0)).toEqual({ docs: Uint32Array.from([0, 2]), freqs: Uint32Array.from([2, 1]) });
  });
});
