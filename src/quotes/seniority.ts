// "The elder Marsh said", "the younger Quill wants …": words before a surname that people of one family share, picking
// one of them by the ages the article states for them.
/** Words of age before a shared surname, each with the end of the ages it picks. */
export const SENIORITY_WORDS: ReadonlyMap<string, 'older' | 'younger'> = new Map([
  ['elder', 'older'],
  ['older', 'older'],
  ['eldest', 'older'],
  ['oldest', 'older'],
  ['younger', 'younger'],
  ['youngest', 'younger'],
]);

/**
 * Of `ids`, the one a word of SENIORITY_WORDS picks by the ages stated for them (`statedAges`: each age as written,
 * with the ids given it): the oldest or the youngest, when the article states one age for each of them and no two
 * share the age picked; null otherwise (a relative brought in without an age may be the eldest).
 */
export function bySeniority(
  ids: readonly string[],
  word: string,
  statedAges: ReadonlyMap<string, ReadonlySet<string>>,
): string | null {
  const side = SENIORITY_WORDS.get(word);
  if (side === undefined) return null;
  const ages = new Map<string, number>();
  for (const [age, holders] of statedAges)
    for (const id of holders) {
      if (!ids.includes(id)) continue;
      // (Two ages for one person: no telling which is meant.)
      ages.set(id, ages.has(id) ? Number.NaN : Number(age));
    }
  const known = [...ages].filter(([, age]) => !Number.isNaN(age));
  if (known.length !== ids.length) return null;
  const pick = side === 'older' ? Math.max(...known.map(([, a]) => a)) : Math.min(...known.map(([, a]) => a));
  const picked = known.filter(([, a]) => a === pick);
  return picked.length === 1 ? (picked[0]?.[0] ?? null) : null;
}
