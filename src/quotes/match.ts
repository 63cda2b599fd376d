// Name matching that forgives what people type: case, accents, curly apostrophes, hyphens, titles, and a typo.

/** Lower-case, accent-free, straight-apostrophe, hyphen-free form of a name or phrase, single-spaced. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/gu, "'")
    .replace(/'s\b/gu, '')
    .replace(/[-‐‑–—_.,;:!?"“”()[\]{}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How many typos a name of this length may carry and still be recognised. */
export function typoAllowance(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** Two aliases are the same when they differ only in case, accents, punctuation or a leading "the". */
export function aliasKey(text: string): string {
  return normalizeName(text).replace(/^the /u, '');
}
