// The passage engine made from index parts, for the search tests: a refusal (a string) fails the test at once; and
// the two-passage index the engine and BM25 tests share.
import { PassageEngine, type IndexParts } from '../../src/search/engine.ts';
import { FieldPostingsBuilder } from '../../src/search/postings.ts';

export function engineOf(parts: IndexParts): PassageEngine {
  const engine = PassageEngine.fromParts(parts);
  if (typeof engine === 'string') throw new Error(engine);
  return engine;
}

/** Two passages: x#0 has text terms a, b, b and no title; x#1 has text b and title c (term numbers a 0, b 1, c 2). */
export function smallParts(passageIds: readonly string[] = ['x#0', 'x#1']): IndexParts {
  const text = new FieldPostingsBuilder();
  text.add([0, 1, 1]);
  text.add([1]);
  const title = new FieldPostingsBuilder();
  title.add([]);
  title.add([2]);
  return { terms: ['a', 'b', 'c'], passageIds, fields: { text: text.finish(3), title: title.finish(3) } };
}
