// A bounded memo for the pure name functions the quote book calls for every capitalised run, many times over.
// Bounded because names recur through a corpus but the corpus has no end; a cleared memo only costs time.

/** `compute`, remembering up to `limit` answers by their argument, and starting afresh when full. */
export function boundedMemo<V>(compute: (key: string) => V, limit = 50_000): (key: string) => V {
  const answers = new Map<string, V>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined) return known;
    const answer = compute(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
