// Finding blocks that repeat another block (captions, pull quotes) without comparing every pair: an inverted index
// of distinct word sets, probed only where a pair could change a verdict. Part of clean.ts's classification.

export type Verdict = 'good' | 'near' | 'short' | 'bad';

/** What repetition needs to know of a block. */
export interface RepeatBlock {
  text: string;
  chars: number;
  terminal: boolean;
  /** Lower-cased content words and numbers (read only of blocks that could repeat another: may be a getter). */
  readonly words: ReadonlySet<string>;
}

/** Blocks sharing at least this share of their words with another block repeat it. */
const REPEAT_SHARE = 0.8;
/** Blocks with fewer distinct content words are too short to call a repeat. */
const REPEAT_MIN_WORDS = 6;

/** A credit closing a photo caption: "[Xinhua]", "(AFP Photo)", "(Reuters)". */
const CAPTION_CREDIT = /[[(](?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}|photo|file photo)[\])]\s*$/u;
/** A block that is one quotation from end to end with nothing outside the marks: a pull quote when it repeats. */
const WHOLLY_QUOTED = /^["“][^"“”]+["”]$/u;

/** The share of `a`'s words found in `b`. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / a.size;
}

/** Blocks with one word set, split by how they behave in a pair; each list drops marked blocks as it meets them. */
interface Group {
  words: ReadonlySet<string>;
  /** Captions (a credit, or no sentence end), ascending. */
  captions: number[];
  /** Wholly quoted prose, by length then position: a caption only beside a longer block. */
  quoted: number[];
  quotedFrom: number;
  /** Other prose, ascending. */
  plain: number[];
}

/** The fewest shared words for `size` words to repeat: computed with the same division the test uses. */
function minShared(size: number): number {
  let k = 0;
  while (k < size && k / size < REPEAT_SHARE) k++;
  return k;
}

/**
 * A block that mostly repeats another block is a caption or a pull quote: of the pair, the one that does not read
 * as body prose (no sentence end, a caption credit) or, failing that, the later one is chrome.
 *
 * Same result as visiting every ordered pair (i, j), j contained in i, in order, but in time near linear in the
 * text: a pair can only mark a block that does not read as prose, so prose blocks (nearly all of an article) look
 * only among captions and shorter quotes; blocks with the same word set are one group; and an index keyed by each
 * set's rarest words (prefix filtering: a set sharing 80% of its words with another shares one of its rarest 20%+1)
 * finds the sets a block could contain without meeting the rest.
 */
export function markRepeats(blocks: readonly RepeatBlock[], verdicts: Verdict[]): void {
  const eligible = (i: number): boolean => verdicts[i] !== 'bad' && (blocks[i]?.words.size ?? 0) >= REPEAT_MIN_WORDS;
  // Verdicts only ever turn 'bad', so a block bad now is never eligible: its text is not tried.
  const isCaption = blocks.map((b, i) => verdicts[i] !== 'bad' && (CAPTION_CREDIT.test(b.text) || !b.terminal));
  const isQuoted = blocks.map((b, i) => verdicts[i] !== 'bad' && WHOLLY_QUOTED.test(b.text));
  // Every pair that marks a block holds a caption or a quote: without an eligible one (most articles) nothing is
  // marked. Word sets are read last, so that a caller who makes them on demand makes only the ones needed.
  if (!blocks.some((_, i) => (isCaption[i] || isQuoted[i]) && eligible(i))) return;
  const chars = (i: number): number => blocks[i]?.chars ?? 0;

  const groups: Group[] = [];
  const groupOfKey = new Map<string, Group>();
  const frequency = new Map<string, number>();
  blocks.forEach((block, i) => {
    if (!eligible(i)) return;
    const key = [...block.words].sort().join('\u0000');
    let group = groupOfKey.get(key);
    if (group === undefined) {
      group = { words: block.words, captions: [], quoted: [], quotedFrom: 0, plain: [] };
      groupOfKey.set(key, group);
      groups.push(group);
      for (const w of block.words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    }
    if (isCaption[i]) group.captions.push(i);
    else if (isQuoted[i]) group.quoted.push(i);
    else group.plain.push(i);
  });
  // Each word's frequency is looked up once, not twice per comparison: the sort was a tenth of cleaning.
  const rarestFirst = (words: ReadonlySet<string>): string[] =>
    Array.from(words, (w) => ({ w, n: frequency.get(w) ?? 0 }))
      .sort((a, b) => a.n - b.n || (a.w < b.w ? -1 : a.w > b.w ? 1 : 0))
      .map(({ w }) => w);
  // Two indexes by prefix word: every group (for captions, which any repeat can mark), and the groups that hold
  // captions or quotes (for prose, which can only mark those).
  const everyGroup = new Map<string, Group[]>();
  const markableGroups = new Map<string, Group[]>();
  for (const group of groups) {
    group.quoted.sort((a, b) => chars(a) - chars(b) || a - b);
    const prefix = rarestFirst(group.words).slice(0, group.words.size - minShared(group.words.size) + 1);
    for (const w of prefix) {
      addTo(everyGroup, w, group);
      if (group.captions.length > 0 || group.quoted.length > 0) addTo(markableGroups, w, group);
    }
  }

  const seen = new Set<Group>();
  /** The groups of `index` whose words block i contains, among those `worth` keeps (checked first: it is cheaper). */
  const containedIn = (i: number, index: Map<string, Group[]>, worth: (group: Group) => boolean): Group[] => {
    seen.clear();
    const found: Group[] = [];
    const words = blocks[i]?.words ?? new Set<string>();
    for (const w of words) {
      for (const group of index.get(w) ?? []) {
        if (seen.has(group)) continue;
        seen.add(group);
        if (worth(group) && overlap(group.words, words) >= REPEAT_SHARE) found.push(group);
      }
    }
    return found;
  };
  const mark = (j: number): void => {
    verdicts[j] = 'bad';
  };

  for (let i = 0; i < blocks.length; i++) {
    if (!eligible(i)) continue;
    if (!isCaption[i]) {
      // Prose i marks every caption it contains, and every quote it contains that is shorter than i.
      const markable = (group: Group): boolean =>
        group.captions.length > 0 ||
        (group.quotedFrom < group.quoted.length && chars(group.quoted[group.quotedFrom] as number) < chars(i));
      for (const group of containedIn(i, markableGroups, markable)) {
        for (const j of group.captions) mark(j);
        group.captions = [];
        while (group.quotedFrom < group.quoted.length && chars(group.quoted[group.quotedFrom] as number) < chars(i)) {
          mark(group.quoted[group.quotedFrom] as number);
          group.quotedFrom++;
        }
      }
      continue;
    }
    // Caption i: a contained prose block marks i; a contained caption (or shorter quote) marks the later of the two.
    let iMarked = false;
    const populated = (group: Group): boolean =>
      group.captions.length + group.quoted.length - group.quotedFrom + group.plain.length > 0;
    for (const group of containedIn(i, everyGroup, populated)) {
      group.captions = group.captions.filter((j) => {
        if (j === i || verdicts[j] === 'bad') return j === i;
        if (j < i) iMarked = true;
        else mark(j);
        return j < i;
      });
      const quoted = group.quoted.slice(group.quotedFrom).filter((j) => {
        if (verdicts[j] === 'bad') return false;
        if (chars(j) < chars(i) && j > i) {
          mark(j);
          return false;
        }
        iMarked = true;
        return true;
      });
      group.quoted = quoted;
      group.quotedFrom = 0;
      if (!iMarked) {
        group.plain = group.plain.filter((j) => verdicts[j] !== 'bad');
        if (group.plain.length > 0) iMarked = true;
      }
    }
    if (iMarked) mark(i);
  }
}

function addTo(index: Map<string, Group[]>, word: string, group: Group): void {
  const list = index.get(word);
  if (list === undefined) index.set(word, [group]);
  else list.push(group);
}
