// When two quotations are the same words: content terms (stemmed, spelling variants forgiven) of the shorter
// mostly found in the longer. Used to collapse outlets reporting one quote and to flag conflicting speakers.
import { stemmer } from 'stemmer';
import { isStopWord } from '../corpus/stopwords.ts';
import { withinOneEdit } from './match.ts';

/** Share of the shorter quote's terms that must appear in the longer one. */
export const SAME_WORDS_CONTAINMENT = 0.8;
/** Fewer distinct terms than this and a match could be chance ("very positive"). */
export const MIN_TERMS = 4;

/** Terms already worked out, by word as written: pass one to quoteTerms for work over many texts. */
export type TermMemo = Map<string, string | null>;

/**
 * Distinct content terms of a quotation: lower-case, accent-free, hyphens dropped ("co-operation"), stemmed.
 * With a memo, each distinct word is stemmed once (it grows with the vocabulary, so it lives as long as the work).
 */
export function quoteTerms(text: string, memo?: TermMemo): string[] {
  // Plain ASCII needs no accent folding and its letters are a-z: the same steps with cheaper expressions.
  const words = ASCII.test(text)
    ? (text
        .toLowerCase()
        .replace(/([a-z])-([a-z])/gu, '$1$2')
        .match(/[a-z0-9']+/gu) ?? [])
    : unicodeWords(text);
  const terms = new Set<string>();
  for (const word of words) {
    const term = memo ? remembered(memo, word) : termOf(word);
    if (term !== null) terms.add(term);
  }
  return [...terms].sort();
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: every ASCII character, control characters included, takes the fast path.
const ASCII = /^[\x00-\x7f]*$/u;

function unicodeWords(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\u2018\u2019]/gu, "'")
      .replace(/(\p{L})-(\p{L})/gu, '$1$2')
      .match(/[\p{L}\p{N}']+/gu) ?? []
  );
}

/** The term of one word, or null for a stop word. */
function termOf(word: string): string | null {
  const bare = word.replace(/'s$/u, '').replace(/'/gu, '');
  return bare.length === 0 || isStopWord(word) || isStopWord(bare) ? null : stemmer(bare);
}

function remembered(memo: TermMemo, word: string): string | null {
  let term = memo.get(word);
  if (term === undefined) {
    term = termOf(word);
    memo.set(word, term);
  }
  return term;
}

/** Same stem, or a one-letter spelling variant of a longer term (defence/defense). */
export function termMatches(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 5 && b.length >= 5 && withinOneEdit(a, b);
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
 * Groups of items whose term lists are the same words, as a group number per item: the lowest index of the items
 * linked to it by matching pairs. A pair is compared only when it shares enough exact terms (spelling variants are
 * checked only when close), and such pairs are found without comparing all pairs, by prefix filtering: when the
 * shorter list must share t terms with the longer, the rarest term they share is among the (length − t + 1) rarest
 * of each, so each list looks up only its rarest terms in an index of the lists at least as long as itself.
 */
export function groupSameWords(terms: readonly (readonly string[])[]): number[] {
  const n = terms.length;
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
  // Terms as ids; only lists of MIN_TERMS distinct terms or more can match anything.
  const idOf = new Map<string, number>();
  const frequency: number[] = [];
  const lists: number[][] = [];
  const eligible: number[] = [];
  // Lists with exactly the same terms join the first of them and take no further part: thousands of outlets
  // repeating one quote would otherwise each be compared with all the others.
  const firstWithTerms = new Map<string, number>();
  /** 1 for a list with no term twice. */
  const exact = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const distinct = new Set(terms[i]);
    if (distinct.size < MIN_TERMS) continue;
    const key = [...distinct].sort().join('\u0000');
    const first = firstWithTerms.get(key);
    if (first !== undefined) {
      parent[i] = first;
      continue;
    }
    firstWithTerms.set(key, i);
    if (distinct.size === terms[i]?.length) exact[i] = 1;
    const ids: number[] = [];
    for (const t of distinct) {
      let id = idOf.get(t);
      if (id === undefined) {
        id = frequency.length;
        idOf.set(t, id);
        frequency.push(0);
      }
      frequency[id] = (frequency[id] ?? 0) + 1;
      ids.push(id);
    }
    lists[i] = ids;
    eligible.push(i);
  }
  // Renumber by rarity, so that a list's ids in ascending order start with its rarest terms.
  const rarity = Int32Array.from(frequency.keys()).sort((a, b) => (frequency[a] ?? 0) - (frequency[b] ?? 0) || a - b);
  const rank = new Int32Array(frequency.length);
  for (const [r, id] of rarity.entries()) rank[id] = r;
  // All lists in one flat array (item i at start[i], length[i]): this loop runs millions of times on a big corpus.
  const start = new Int32Array(n);
  const length = new Int32Array(n);
  let total = 0;
  for (const i of eligible) total += lists[i]?.length ?? 0;
  const flat = new Int32Array(total);
  let offset = 0;
  for (const i of eligible) {
    const ranked = Int32Array.from(lists[i] ?? [], (id) => rank[id] ?? 0).sort();
    flat.set(ranked, offset);
    start[i] = offset;
    length[i] = ranked.length;
    offset += ranked.length;
  }
  // Postings of each term (by rank): the items holding it and its position in their lists, sized up front.
  const postingStart = new Int32Array(rarity.length + 1);
  for (let r = 0; r < rarity.length; r++)
    postingStart[r + 1] = (postingStart[r] ?? 0) + (frequency[rarity[r] ?? 0] ?? 0);
  const postingEnd = postingStart.slice(0, rarity.length);
  const postingItem = new Int32Array(total);
  const postingPosition = new Int32Array(total);
  const seen = new Int32Array(n).fill(-1);
  // For containment: each term by rank, and the longer list's terms marked.
  const termOfRank: string[] = new Array(rarity.length);
  for (const [term, id] of idOf) termOfRank[rank[id] ?? 0] = term;
  const mark = new Int32Array(rarity.length);
  let stamp = 0;
  const order = [...eligible].sort((a, b) => (length[b] ?? 0) - (length[a] ?? 0) || a - b);
  for (const i of order) {
    const from = start[i] ?? 0;
    const size = length[i] ?? 0;
    const needed = Math.max(1, Math.ceil(size * SAME_WORDS_CONTAINMENT - 2));
    for (let p = 0; p < size - needed + 1; p++) {
      const term = flat[from + p] ?? 0;
      for (let k = postingStart[term] ?? 0; k < (postingEnd[term] ?? 0); k++) {
        const j = postingItem[k] ?? 0;
        if (seen[j] === i) continue;
        // First met through the rarest term both share: every other shared term comes after it in both lists.
        seen[j] = i;
        if (find(i) === find(j)) continue;
        const q = postingPosition[k] ?? 0;
        const other = length[j] ?? 0;
        if (1 + Math.min(size - p - 1, other - q - 1) < needed) continue;
        // Both lists ascend by rank from the shared term (p in i, q in j): walked together, counting stops once too
        // few terms are left on either side to share enough.
        let shared = 0;
        let a = p;
        let b = q;
        const base = start[j] ?? 0;
        while (a < size && b < other && shared + Math.min(size - a, other - b) >= needed) {
          const x = flat[from + a] ?? 0;
          const y = flat[base + b] ?? 0;
          if (x === y) {
            shared++;
            a++;
            b++;
          } else if (x < y) a++;
          else b++;
        }
        if (shared < needed) continue;
        const lo = Math.min(i, j);
        const hi = Math.max(i, j);
        // Once enough are shared the walk runs to the end, so `shared` is every term the lists share exactly: when
        // that is the containment already (i is the shorter), spelling variants cannot change the answer; else
        // containment decides. Only for lists of distinct terms, which containment counts as given.
        let same: boolean;
        if (exact[i] !== 1 || exact[j] !== 1) same = sameWords(terms[lo] ?? [], terms[hi] ?? []);
        else if (shared / size >= SAME_WORDS_CONTAINMENT) same = true;
        else {
          // containment over the ids: the shorter list's terms (the first of two as long) found in the longer as
          // they are or as a spelling variant (termMatches).
          const short = (length[lo] ?? 0) <= (length[hi] ?? 0) ? lo : hi;
          const long = short === lo ? hi : lo;
          stamp++;
          const longFrom = start[long] ?? 0;
          for (let m = 0; m < (length[long] ?? 0); m++) mark[flat[longFrom + m] ?? 0] = stamp;
          const shortFrom = start[short] ?? 0;
          const shortSize = length[short] ?? 0;
          let found = 0;
          for (let m = 0; m < shortSize; m++) {
            const term = flat[shortFrom + m] ?? 0;
            if (mark[term] === stamp) found++;
            else {
              const word = termOfRank[term] ?? '';
              if (word.length < 5) continue;
              for (let v = 0; v < (length[long] ?? 0); v++) {
                const other = termOfRank[flat[longFrom + v] ?? 0] ?? '';
                if (other.length >= 5 && withinOneEdit(word, other)) {
                  found++;
                  break;
                }
              }
            }
          }
          same = found / shortSize >= SAME_WORDS_CONTAINMENT;
        }
        if (same) {
          const a = find(lo);
          const b = find(hi);
          if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
    for (let q = 0; q < size; q++) {
      const term = flat[from + q] ?? 0;
      const at = postingEnd[term] ?? 0;
      postingItem[at] = i;
      postingPosition[at] = q;
      postingEnd[term] = at + 1;
    }
  }
  return terms.map((_, i) => find(i));
}

/** Text folded for comparing words as written: case, quote marks, dashes and runs of spaces; no outer punctuation. */
function foldWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/gu, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb"]/gu, '')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

/**
 * Whether the words of `part` stand in `whole` as written (case, quote marks, dashes and spacing aside), each piece
 * between ellipses in order: "the hardest … of my career" is part of "It was the hardest decision of my career".
 */
export function holdsWords(whole: string, part: string): boolean {
  const folded = foldWords(whole);
  const pieces = part
    .split(/\u2026|\.\.\./u)
    .map(foldWords)
    .filter((piece) => piece.length > 0);
  let from = 0;
  for (const piece of pieces) {
    const at = folded.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return pieces.length > 0;
}
