// Question-like queries for scaled corpora: natural questions full of stop words, mixing frequent and rare terms
// and names — the slow case for an inverted index, since frequent terms have long posting lists.
import { createRng, type Rng } from '../prng.ts';
import type { Lexicon } from './lexicon.ts';

type Band = 'frequent' | 'mid' | 'rare';

function wordOf(lexicon: Lexicon, band: Band, rng: Rng): string {
  const n = lexicon.words.length;
  const [lo, hi] = band === 'frequent' ? [0, 200] : band === 'mid' ? [200, 5_000] : [5_000, n - 1];
  return lexicon.words[rng.int(lo, Math.min(hi, n - 1))] ?? 'word';
}

const TEMPLATES: ((w: (b: Band) => string, person: () => string, place: () => string) => string)[] = [
  (w, person) => `What did ${person()} say about ${w('mid')}?`,
  (w, person) => `What did ${person()} say about the ${w('frequent')} ${w('rare')}?`,
  (w, _p, place) => `Why did the ${w('frequent')} ${w('mid')} in ${place()}?`,
  (w) => `Why did the ${w('mid')} ${w('frequent')}ed the ${w('rare')}?`,
  (w, person) => `When did ${person()} meet the ${w('frequent')} of ${w('mid')}?`,
  (w, _p, place) => `How many ${w('frequent')}s were ${w('mid')}ed in ${place()} after the ${w('rare')}?`,
  (w) => `Who is responsible for the ${w('mid')} ${w('frequent')}?`,
  (w, person, place) => `Did ${person()} and ${w('frequent')} officials from ${place()} agree on the ${w('mid')}?`,
  (w) => `What was the ${w('frequent')} ${w('frequent')} warning about ${w('rare')}?`,
  (w, person) => `What happened to the ${w('mid')} ${w('rare')} that ${person()} ${w('frequent')}ed?`,
];

/** `count` questions, the same for a given seed; built from the lexicon, so they hit the generated corpus. */
export function generateQuestions(lexicon: Lexicon, seed: number, count: number): string[] {
  const rng = createRng(seed ^ 0x9e37);
  const w = (band: Band): string => wordOf(lexicon, band, rng);
  const person = (): string => {
    // Prominent people (low ranks) are asked about more, as in real use.
    const p = lexicon.people[Math.floor(rng.next() ** 2 * lexicon.people.length)];
    if (!p) return 'the president';
    return rng.chance(0.5) ? p.last : `${p.first} ${p.last}`;
  };
  const place = (): string => lexicon.places[Math.floor(rng.next() ** 2 * lexicon.places.length)] ?? 'Europe';
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(rng.pick(TEMPLATES)(w, person, place));
  return out;
}

/** Speakers to ask /quote about: surnames of people the corpus quotes, prominent ones more often. */
export function generateSpeakers(lexicon: Lexicon, seed: number, count: number): string[] {
  const rng = createRng(seed ^ 0x51ea);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = lexicon.people[Math.floor(rng.next() ** 3 * lexicon.people.length)];
    out.push(p ? p.last : 'Nobody');
  }
  return out;
}
