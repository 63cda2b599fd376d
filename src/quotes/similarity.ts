// When two quotations are the same words: content terms (stemmed, spelling variants forgiven) of the shorter
// mostly found in the longer. Used to collapse outlets reporting one quote and to flag conflicting speakers.
import { stemmer } from 'stemmer';
import { isStopWord } from '../corpus/stopwords.ts';
import { editDistance } from './match.ts';

/** Share of the shorter quote's terms that must appear in the longer one. */
export const SAME_WORDS_CONTAINMENT = 0.8;
/** Fewer distinct terms than this and a match could be chance ("very positive"). */
export const MIN_TERMS = 4;

/** Distinct content terms of a quotation: lower-case, accent-free, hyphens dropped ("co-operation"), stemmed. */
export function quoteTerms(text: string): string[] {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/gu, "'")
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .match(/[\p{L}\p{N}']+/gu) ?? [];
  const terms = new Set<string>();
  for (const word of words) {
    const bare = word.replace(/'s$/u, '').replace(/'/gu, '');
    if (bare.length === 0 || isStopWord(word) || isStopWord(bare)) continue;
    terms.add(stemmer(bare));
  }
  return [...terms].sort();
}

/** Same stem, or a one-letter spelling variant of a longer term (defence/defense). */
export function termMatches(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 5 && b.length >= 5 && editDistance(a, b, 1) <= 1;
}

/** How much of the shorter term list is found in the longer one, 0..1; 0 when the shorter is too short to tell. */
export function containment(a: readonly string[], b: readonly string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_TERMS) return 0;
  const longSet = new Set(long);
  let found = 0;
  for (const term of short) {
    if (longSet.has(term) || long.some((l) => termMatches(term, l))) found++;
  }
  return found / short.length;
}

export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return containment(a, b) >= SAME_WORDS_CONTAINMENT;
}

/**
 * Groups of items whose term lists are the same words, as a group number per item (union of matching pairs).
 * Only pairs sharing a few terms are compared, so large corpora stay fast.
 */
export function groupSameWords(terms: readonly (readonly string[])[]): number[] {
  const parent = terms.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    while (parent[i] !== root) {
      const next = parent[i] ?? root;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const index = new Map<string, number[]>();
  terms.forEach((list, i) => {
    for (const t of list) {
      const postings = index.get(t);
      if (postings) postings.push(i);
      else index.set(t, [i]);
    }
  });
  for (let i = 0; i < terms.length; i++) {
    const mine = terms[i] ?? [];
    if (mine.length < MIN_TERMS) continue;
    const shared = new Map<number, number>();
    for (const t of mine) for (const j of index.get(t) ?? []) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, count] of shared) {
      // Exact shared terms bound the match from below; spelling variants are checked only when close.
      const other = terms[j] ?? [];
      if (count < Math.min(mine.length, other.length) * SAME_WORDS_CONTAINMENT - 2) continue;
      if (sameWords(mine, other)) {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  return terms.map((_, i) => find(i));
}
