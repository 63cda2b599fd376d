// The vocabulary of a synthetic news corpus: deterministic pseudo-words ranked for a Zipf draw, people, places and
// outlets. Pseudo-words keep the term statistics of news (many rare words, few frequent ones) without any word list.
import { STOP_WORDS } from '../../src/corpus/stopwords.ts';
import { createRng, type Rng } from '../prng.ts';

export interface Person {
  first: string;
  last: string;
  /** "President", "Minister", … or '' */
  role: string;
}

export interface Lexicon {
  /** Content words, most frequent first (rank 0 is drawn most often). */
  words: string[];
  people: Person[];
  places: string[];
  outlets: { name: string; host: string }[];
}

export const VOCABULARY_SIZE = 60_000;
const PEOPLE = 3_000;
const PLACES = 800;
const OUTLETS = 60;

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'z',
  'br',
  'cr',
  'dr',
  'gr',
  'pr',
  'st',
  'tr',
  'ch',
  'sh',
  'th',
  'pl',
  'cl',
  'fl',
  'sl',
  'sp',
  'qu',
  '',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ea', 'ou', 'io', 'ie', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'rt', 'ck', 'x', 'ng'];
const ROLES = [
  'President',
  'Minister',
  'Senator',
  'General',
  'Governor',
  'Mayor',
  'Chancellor',
  'Ambassador',
  '',
  '',
  '',
  '',
];

function syllable(rng: Rng): string {
  return rng.pick(ONSETS) + rng.pick(VOWELS) + rng.pick(CODAS);
}

/** Frequent words are short, as in real text: the syllable count grows with the rank. */
function syllablesFor(rank: number, rng: Rng): number {
  if (rank < 300) return rng.int(1, 2);
  if (rank < 5_000) return rng.int(2, 3);
  return rng.chance(0.15) ? 4 : rng.int(2, 3);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function uniqueWords(count: number, rng: Rng, taken: Set<string>, syllables: (i: number) => number): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const n = syllables(out.length);
    let word = '';
    for (let i = 0; i < n; i++) word += syllable(rng);
    if (word.length < 3 || taken.has(word)) continue;
    taken.add(word);
    out.push(word);
  }
  return out;
}

export function createLexicon(seed: number): Lexicon {
  const rng = createRng(seed ^ 0x5eed);
  const taken = new Set<string>(STOP_WORDS);
  const words = uniqueWords(VOCABULARY_SIZE, rng, taken, (i) => syllablesFor(i, rng));
  const firsts = uniqueWords(600, rng, taken, () => rng.int(2, 3)).map(capitalise);
  const lasts = uniqueWords(PEOPLE, rng, taken, () => rng.int(2, 3)).map(capitalise);
  const people = lasts.map((last) => ({ first: rng.pick(firsts), last, role: rng.pick(ROLES) }));
  const places = uniqueWords(PLACES, rng, taken, () => rng.int(2, 3)).map(capitalise);
  const outlets = uniqueWords(OUTLETS, rng, taken, () => rng.int(2, 3)).map((w) => ({
    name: `${capitalise(w)} ${rng.pick(['Times', 'Post', 'News', 'Herald', 'Daily', 'Tribune', 'Wire', 'Journal'])}`,
    host: `www.${w}${rng.pick(['news', 'times', 'post', 'daily'])}.com`,
  }));
  return { words, people, places, outlets };
}
