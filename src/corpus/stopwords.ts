// English function words: they tell prose from site chrome (prose is dense with them) and, in search,
// they carry no topic and must not drive the ranking.

/**
 * Contractions typed without their apostrophe, as chat questions often are ("whats the revenue forecast"): the
 * function words they stand for. Only spellings that are no other English word ("wont", "cant", "hell", "well",
 * "shed" and "were" are left out).
 */
export const TYPED_CONTRACTIONS: readonly string[] = [
  'whats',
  'whos',
  'hows',
  'wheres',
  'whens',
  'whys',
  'thats',
  'theres',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'dont',
  'doesnt',
  'didnt',
  'hasnt',
  'havent',
  'hadnt',
  'couldnt',
  'wouldnt',
  'shouldnt',
  'theyre',
  'youre',
];

export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...`a about above after again against all also am an and any are aren't as at be because been before being below
  between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for
  from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself
  his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just let's may me might more most must
  mustn't my myself no nor not now of off on once only or other ought our ours ourselves out over own same shall
  shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then
  there there's these they they'd they'll they're they've this those though through to too under until up upon us very
  was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom
  whose why why's will with won't would wouldn't yet you you'd you'll you're you've your yours yourself yourselves`
    .split(/\s+/u)
    .filter((w) => w.length > 0),
  ...TYPED_CONTRACTIONS,
]);

/** The longest stop word, in characters: a longer ASCII word is never one. */
const LONGEST = Math.max(...[...STOP_WORDS].map((w) => w.length));

const seen = new Map<string, boolean>();
/** Enough for a newsroom's vocabulary; past it, words are looked up afresh rather than remembered. */
const SEEN_LIMIT = 200_000;

/** How a word must be looked up: 0 = as it is (ASCII, no capital), 1 = lower-cased (ASCII), 2 = folded (not ASCII). */
function asciiCase(word: string): number {
  let upper = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code > 127) return 2;
    if (code >= 65 && code <= 90) upper = 1;
  }
  return upper;
}

/** Lower-cases and straightens apostrophes so "don’t" and "don't" look up alike. Called for every word of every
 * article: an ASCII word (most words) is answered without the table of words seen; others are remembered. */
export function isStopWord(word: string): boolean {
  if (STOP_WORDS.has(word)) return true;
  const kind = asciiCase(word);
  // An ASCII word keeps its length when lower-cased, and one without capitals is already what the set holds.
  if (kind === 0 || (kind === 1 && word.length > LONGEST)) return false;
  if (kind === 1) return STOP_WORDS.has(word.toLowerCase());
  const known = seen.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase().replace(/[\u2018\u2019\u02bc]/gu, "'");
  const result = STOP_WORDS.has(lower);
  if (seen.size < SEEN_LIMIT) seen.set(word, result);
  return result;
}
