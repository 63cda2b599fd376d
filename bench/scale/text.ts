// Synthetic news prose: sentences with English stop words at news rates, Zipf-drawn content words (some inflected),
// names, numbers and attributed quotes, plus real sentences mixed in so real questions keep their answers.
import { createRng, zipfSampler, type Rng } from '../prng.ts';
import type { Lexicon, Person } from './lexicon.ts';

/** Function words with rough per-mille frequencies in news text; together about 40% of tokens. */
const STOP_WEIGHTS: [string, number][] = [
  ['the', 60],
  ['of', 28],
  ['to', 26],
  ['a', 23],
  ['and', 23],
  ['in', 21],
  ['that', 10],
  ['for', 9],
  ['is', 9],
  ['on', 8],
  ['with', 7],
  ['was', 7],
  ['he', 6],
  ['it', 6],
  ['as', 6],
  ['at', 5],
  ['by', 5],
  ['from', 4],
  ['his', 4],
  ['have', 4],
  ['has', 4],
  ['be', 4],
  ['are', 4],
  ['but', 3],
  ['were', 3],
  ['not', 3],
  ['an', 3],
  ['they', 3],
  ['which', 3],
  ['this', 3],
  ['had', 3],
  ['their', 2],
  ['will', 2],
  ['would', 2],
  ['been', 2],
  ['who', 2],
  ['about', 2],
  ['its', 2],
  ['or', 2],
  ['more', 2],
  ['after', 1.5],
  ['we', 1.5],
  ['also', 1.5],
  ['she', 1],
  ['there', 1],
  ['when', 1],
  ['her', 1],
  ['what', 1],
  ['i', 1],
  ['up', 1],
  ['than', 1],
  ['into', 1],
  ['all', 1],
  ['can', 1],
  ['could', 1],
  ['out', 1],
  ['other', 1],
  ['over', 1],
  ['if', 1],
  ['no', 0.8],
  ['some', 0.8],
  ['only', 0.7],
  ['because', 0.5],
  ['against', 0.5],
  ['between', 0.5],
  ['during', 0.5],
  ['before', 0.5],
  ['under', 0.4],
  ['why', 0.3],
  ['how', 0.4],
];
const STOP_RATE = 0.42;
const NAME_RATE = 0.035;
const NUMBER_RATE = 0.02;
const QUOTE_RATE = 0.14;
const REAL_RATE = 0.005;
const SUFFIXES = ['s', 'ed', 'ing', 's', 'er'];
const SAY = ['said', 'says', 'added', 'warned', 'insisted', 'said'];

export interface ProseWriter {
  sentence(): string;
  /** Person named in full on first mention, by surname after. */
  personName(p: Person, full: boolean): string;
  person(): Person;
  place(): string;
  word(): string;
  rng: Rng;
}

function weightedPicker(items: [string, number][], rng: Rng): () => string {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  return () => {
    let target = rng.next() * total;
    for (const [item, weight] of items) {
      target -= weight;
      if (target <= 0) return item;
    }
    return items[0]?.[0] ?? 'the';
  };
}

export function createProseWriter(
  lexicon: Lexicon,
  realSentences: readonly string[],
  seed: number,
  curly: () => boolean,
): ProseWriter {
  const rng = createRng(seed);
  // Offset 15: the most frequent content word is then about 0.8% of content tokens, like "said" in news.
  const wordRank = zipfSampler(lexicon.words.length, 1.0, rng, 15);
  const personRank = zipfSampler(lexicon.people.length, 0.9, rng);
  const placeRank = zipfSampler(lexicon.places.length, 1.0, rng);
  const stop = weightedPicker(STOP_WEIGHTS, rng);

  const word = (): string => {
    const w = lexicon.words[wordRank()] ?? 'word';
    return rng.chance(0.2) ? w + rng.pick(SUFFIXES) : w;
  };
  const person = (): Person => lexicon.people[personRank()] ?? { first: 'Ana', last: 'Nobody', role: '' };
  const place = (): string => lexicon.places[placeRank()] ?? 'Nowhere';
  const personName = (p: Person, full: boolean): string =>
    full ? `${p.role ? `${p.role} ` : ''}${p.first} ${p.last}` : p.last;

  const clause = (min: number, max: number): string => {
    const n = rng.int(min, max);
    const tokens: string[] = [];
    for (let i = 0; i < n; i++) {
      const roll = rng.next();
      let token: string;
      if (roll < STOP_RATE) token = stop();
      else if (roll < STOP_RATE + NAME_RATE) token = rng.chance(0.6) ? person().last : place();
      else if (roll < STOP_RATE + NAME_RATE + NUMBER_RATE) token = String(rng.int(2, 2000));
      else token = word();
      if (i < n - 1 && rng.chance(0.05)) token += ',';
      tokens.push(token);
    }
    const first = tokens[0] ?? 'the';
    tokens[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return tokens.join(' ');
  };

  const sentence = (): string => {
    if (realSentences.length > 0 && rng.chance(REAL_RATE)) return rng.pick(realSentences);
    if (rng.chance(QUOTE_RATE)) {
      const [open, close] = curly() ? ['\u201c', '\u201d'] : ['"', '"'];
      const speaker = personName(person(), rng.chance(0.3));
      const said = rng.pick(SAY);
      if (rng.chance(0.5)) return `${open}${clause(8, 28)},${close} ${said} ${speaker}.`;
      return `${speaker} ${said}: ${open}${clause(8, 28)}.${close}`;
    }
    return `${clause(10, 32)}.`;
  };

  return { sentence, personName, person, place, word, rng };
}
