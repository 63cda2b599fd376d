// Recognising the same sentence or fact reported by several sources: excerpts whose normalised terms mostly
// coincide (wire copy, a quote carried by several outlets) are shown once.

/** Share of the smaller excerpt's distinct terms that must also be in the other. */
export const DUPLICATE_OVERLAP = 0.7;
/** Fewer shared terms than this is not evidence of the same report (two short sentences about one topic). */
export const DUPLICATE_MIN_SHARED = 4;

/** Whether two excerpts, given as their non-stop search terms, report the same thing. */
export function isNearDuplicate(a: readonly string[], b: readonly string[]): boolean {
  const setA = new Set(a);
  const setB = new Set(b);
  const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
  if (small.size === 0) return false;
  let shared = 0;
  for (const term of small) if (large.has(term)) shared++;
  if (shared === small.size && small.size === large.size) return true;
  return shared >= DUPLICATE_MIN_SHARED && shared / small.size >= DUPLICATE_OVERLAP;
}
