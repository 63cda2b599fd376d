// An article's sentences (frames.ts) kept between the quote book's two passes over it, packed: the book reads every
// article twice (its people, then, once the corpus's people are known, its speakers), and making the sentences again
// for the second pass was a fifth of the build. Kept as objects for a whole corpus they take gigabytes (an object per
// token), so each token and run is kept as numbers (its text is the article's), and the sentences are made again from
// them, the same as articleSentences makes them, without scanning the text or classifying the runs a second time.
import type { Article } from '../corpus/types.ts';
import type { ExtractedQuote } from './extract.ts';
import type { Sentence } from './frames.ts';
import type { CapitalRun } from './names.ts';
import type { Token } from './tokens.ts';

const WORD = 0;
const PUNCT = 1;
const QUOTE = 2;
const KIND_MASK = 3;
const POSSESSIVE = 4;
const CAPITAL = 8;
const KINDS: readonly Token['kind'][] = ['word', 'punct', 'quote'];
const RUN_KINDS: readonly CapitalRun['kind'][] = ['name', 'role', 'other'];
const SENTENCE_KINDS: readonly Sentence['kind'][] = ['title', 'heading', 'body'];

/** Numbers kept per sentence (paragraph, kind, first token, first run), token (start, end, flags, where its text
 * ends or the quote's index) and run (from, to, nameFrom, end of its name, kind). */
const SENTENCE_FIELDS = 4;
const TOKEN_FIELDS = 4;
const RUN_FIELDS = 5;
/** Numbers per shared array: 4 MB, some hundred articles. */
const CHUNK_NUMBERS = 1 << 20;

/**
 * One article's sentences as numbers in one array: the sentences (one entry more, for the ends), then the tokens,
 * then the runs; and the run fields that are strings.
 */
interface PackedArticle {
  sentences: number;
  /** Where the sentences, tokens and runs start in `data`, which other articles share. */
  base: number;
  tokenBase: number;
  runBase: number;
  data: Int32Array;
  runTitle: string[];
  runHeadTitle: (string | null)[];
  /** Runs whose name is not the text of the tokens it spans, by run number. */
  oddNames: Map<number, string[]> | null;
  /** Tokens whose text is not the article's from their start (or the quote's), by token number. */
  oddTexts: Map<number, string> | null;
}

/** Where a run's name ends among its sentence's tokens, when it is their texts from nameFrom on; else -1. */
function nameEnd(tokens: readonly Token[], run: CapitalRun): number {
  const end = run.nameFrom + run.name.length;
  if (end > run.to) return -1;
  for (let k = 0; k < run.name.length; k++) if (tokens[run.nameFrom + k]?.text !== run.name[k]) return -1;
  return end;
}

/**
 * The sentences of the articles the book is reading, kept from the first pass for the second. Each article's are
 * handed out once (take), and forgotten then.
 */
export class SentenceStore {
  private readonly articles = new Map<string, PackedArticle>();

  /** The array articles are being packed into, and how much of it is used: one typed array per article made its
   * allocation most of the packing's time. A full one is left to the articles in it, and freed with the last. */
  private chunk = new Int32Array(0);
  private used = 0;

  private room(size: number): Int32Array {
    if (this.used + size > this.chunk.length) {
      this.chunk = new Int32Array(Math.max(CHUNK_NUMBERS, size));
      this.used = 0;
    }
    return this.chunk;
  }

  /** Keeps an article's sentences, as articleSentences made them, for `take`. */
  keep(article: Pick<Article, 'id' | 'text'>, quotes: readonly ExtractedQuote[], sentences: readonly Sentence[]): void {
    let tokenCount = 0;
    let runCount = 0;
    for (const s of sentences) {
      tokenCount += s.tokens.length;
      runCount += s.runs.length;
    }
    const n = sentences.length;
    const size = (n + 1) * SENTENCE_FIELDS + tokenCount * TOKEN_FIELDS + runCount * RUN_FIELDS;
    const data = this.room(size);
    const base = this.used;
    this.used += size;
    const tokenBase = base + (n + 1) * SENTENCE_FIELDS;
    const runBase = tokenBase + tokenCount * TOKEN_FIELDS;
    const packed: PackedArticle = {
      sentences: n,
      base,
      tokenBase,
      runBase,
      data,
      runTitle: [],
      runHeadTitle: [],
      oddNames: null,
      oddTexts: null,
    };
    let t = 0;
    let r = 0;
    for (let i = 0; i < n; i++) {
      const sentence = sentences[i] as Sentence;
      const at = base + i * SENTENCE_FIELDS;
      data[at] = sentence.paragraph;
      data[at + 1] = SENTENCE_KINDS.indexOf(sentence.kind);
      data[at + 2] = t;
      data[at + 3] = r;
      for (const token of sentence.tokens) {
        const at = tokenBase + t * TOKEN_FIELDS;
        data[at] = token.start;
        data[at + 1] = token.end;
        const kind = token.kind === 'word' ? WORD : token.kind === 'punct' ? PUNCT : QUOTE;
        data[at + 2] = kind | (token.possessive === true ? POSSESSIVE : 0) | (token.capital ? CAPITAL : 0);
        let same: boolean;
        if (kind === QUOTE) {
          data[at + 3] = token.quote ?? -1;
          same = quotes[token.quote ?? -1]?.text === token.text;
        } else {
          // A word's text is the article's from its start, less a possessive ending.
          data[at + 3] = token.start + token.text.length;
          same = article.text.startsWith(token.text, token.start);
        }
        if (!same) {
          packed.oddTexts ??= new Map();
          packed.oddTexts.set(t, token.text);
        }
        t++;
      }
      for (const run of sentence.runs) {
        const at = runBase + r * RUN_FIELDS;
        data[at] = run.from;
        data[at + 1] = run.to;
        data[at + 2] = run.nameFrom;
        const end = nameEnd(sentence.tokens, run);
        data[at + 3] = end;
        if (end < 0) {
          packed.oddNames ??= new Map();
          packed.oddNames.set(r, [...run.name]);
        }
        data[at + 4] = RUN_KINDS.indexOf(run.kind);
        packed.runTitle.push(run.title);
        packed.runHeadTitle.push(run.headTitle);
        r++;
      }
    }
    data[base + n * SENTENCE_FIELDS + 2] = t;
    data[base + n * SENTENCE_FIELDS + 3] = r;
    this.articles.set(article.id, packed);
  }

  /** The sentences kept for an article, made again (and forgotten here); undefined when none were kept. */
  take(article: Pick<Article, 'id' | 'text'>, quotes: readonly ExtractedQuote[]): Sentence[] | undefined {
    const packed = this.articles.get(article.id);
    if (packed === undefined) return undefined;
    this.articles.delete(article.id);
    const { data, runBase } = packed;
    const sentences: Sentence[] = [];
    for (let i = 0; i < packed.sentences; i++) {
      const at = packed.base + i * SENTENCE_FIELDS;
      const tokens = tokensOf(packed, article.text, quotes, data[at + 2] ?? 0, data[at + SENTENCE_FIELDS + 2] ?? 0);
      const runs: CapitalRun[] = [];
      for (let r = data[at + 3] ?? 0; r < (data[at + SENTENCE_FIELDS + 3] ?? 0); r++) {
        const field = runBase + r * RUN_FIELDS;
        const nameFrom = data[field + 2] ?? 0;
        const nameTo = data[field + 3] ?? -1;
        const name: string[] = [];
        if (nameTo < 0) for (const w of packed.oddNames?.get(r) ?? []) name.push(w);
        else for (let k = nameFrom; k < nameTo; k++) name.push(tokens[k]?.text ?? '');
        runs.push({
          from: data[field] ?? 0,
          to: data[field + 1] ?? 0,
          nameFrom,
          kind: RUN_KINDS[data[field + 4] ?? 2] ?? 'other',
          name,
          title: packed.runTitle[r] ?? '',
          headTitle: packed.runHeadTitle[r] ?? null,
        });
      }
      sentences.push({
        index: i,
        paragraph: data[at] ?? 0,
        kind: SENTENCE_KINDS[data[at + 1] ?? 2] ?? 'body',
        tokens,
        runs,
      });
    }
    return sentences;
  }

  /** Articles kept and not taken yet. */
  get size(): number {
    return this.articles.size;
  }
}

/** Tokens [from, to) of a packed article, as paragraphTokens made them. */
function tokensOf(
  packed: PackedArticle,
  text: string,
  quotes: readonly ExtractedQuote[],
  from: number,
  to: number,
): Token[] {
  const { data, tokenBase } = packed;
  const odd = packed.oddTexts;
  const tokens: Token[] = [];
  for (let t = from; t < to; t++) {
    const at = tokenBase + t * TOKEN_FIELDS;
    const start = data[at] ?? 0;
    const end = data[at + 1] ?? 0;
    const flags = data[at + 2] ?? 0;
    const kind = flags & KIND_MASK;
    const textEnd = data[at + 3] ?? 0;
    if (kind === QUOTE) {
      tokens.push({
        kind: 'quote',
        text: odd?.get(t) ?? quotes[textEnd]?.text ?? '',
        start,
        end,
        quote: textEnd,
        lower: '',
        capital: false,
      });
      continue;
    }
    const word = odd?.get(t) ?? text.slice(start, textEnd);
    const token: Token = {
      kind: KINDS[kind] ?? 'punct',
      text: word,
      start,
      end,
      lower: kind === WORD ? word.toLowerCase() : '',
      capital: (flags & CAPITAL) !== 0,
    };
    if ((flags & POSSESSIVE) !== 0) token.possessive = true;
    tokens.push(token);
  }
  return tokens;
}
