// The passage engine made from index parts, for the search tests: a refusal (a string) fails the test at once.
import { PassageEngine, type IndexParts } from '../../src/search/engine.ts';

export function engineOf(parts: IndexParts): PassageEngine {
  const engine = PassageEngine.fromParts(parts);
  if (typeof engine === 'string') throw new Error(engine);
  return engine;
}
