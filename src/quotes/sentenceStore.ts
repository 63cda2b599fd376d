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

/** One article's sentences as numbers (token and run fields by position), with the run fields that are strings. */
interface PackedArticle {
  /** Per sentence: its paragraph and kind, its first token and its first run (one entry more than the sentences for ends). */
  sentenceParagraph: Int32Array;
  sentenceKind: Uint8Array;
  sentenceToken: Int32Array;
  sentenceRun: Int32Array;
  /** Per token: offsets, flags (kind, possessive, capital), and where its text ends (the quote's index for a quote). */
  tokenStart: Int32Array;
  tokenEnd: Int32Array;
  tokenFlags: Uint8Array;
  tokenTextEnd: Int32Array;
  /** Per run: token indices in its sentence (from, to, nameFrom, the end of its name) and kind. */
  runFrom: Int32Array;
  runTo: Int32Array;
  runNameFrom: Int32Array;
  runNameTo: Int32Array;
  runKind: Uint8Array;
  runTitle: string[];
  runHeadTitle: (string | null)[];
  /** Runs whose name is not the text of the tokens it spans, by run number. */
  oddNames: Map<number, string[]>;
  /** Tokens whose text is not the article's from their start, by token number. */
  oddTexts: Map<number, string>;
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

  /** Keeps an article's sentences, as articleSentences made them, for `take`. */
  keep(article: Pick<Article, 'id' | 'text'>, quotes: readonly ExtractedQuote[], sentences: readonly Sentence[]): void {
    let tokenCount = 0;
    let runCount = 0;
    for (const s of sentences) {
      tokenCount += s.tokens.length;
      runCount += s.runs.length;
    }
    const n = sentences.length;
    const packed: PackedArticle = {
      sentenceParagraph: new Int32Array(n),
      sentenceKind: new Uint8Array(n),
      sentenceToken: new Int32Array(n + 1),
      sentenceRun: new Int32Array(n + 1),
      tokenStart: new Int32Array(tokenCount),
      tokenEnd: new Int32Array(tokenCount),
      tokenFlags: new Uint8Array(tokenCount),
      tokenTextEnd: new Int32Array(tokenCount),
      runFrom: new Int32Array(runCount),
      runTo: new Int32Array(runCount),
      runNameFrom: new Int32Array(runCount),
      runNameTo: new Int32Array(runCount),
      runKind: new Uint8Array(runCount),
      runTitle: [],
      runHeadTitle: [],
      oddNames: new Map(),
      oddTexts: new Map(),
    };
    let t = 0;
    let r = 0;
    sentences.forEach((sentence, i) => {
      packed.sentenceParagraph[i] = sentence.paragraph;
      packed.sentenceKind[i] = SENTENCE_KINDS.indexOf(sentence.kind);
      packed.sentenceToken[i] = t;
      packed.sentenceRun[i] = r;
      for (const token of sentence.tokens) {
        packed.tokenStart[t] = token.start;
        packed.tokenEnd[t] = token.end;
        const kind = token.kind === 'word' ? WORD : token.kind === 'punct' ? PUNCT : QUOTE;
        packed.tokenFlags[t] = kind | (token.possessive === true ? POSSESSIVE : 0) | (token.capital ? CAPITAL : 0);
        if (kind === QUOTE) {
          packed.tokenTextEnd[t] = token.quote ?? -1;
          if (quotes[token.quote ?? -1]?.text !== token.text) packed.oddTexts.set(t, token.text);
        } else {
          // A word's text is the article's from its start, less a possessive ending.
          packed.tokenTextEnd[t] = token.start + token.text.length;
          if (!article.text.startsWith(token.text, token.start)) packed.oddTexts.set(t, token.text);
        }
        t++;
      }
      for (const run of sentence.runs) {
        packed.runFrom[r] = run.from;
        packed.runTo[r] = run.to;
        packed.runNameFrom[r] = run.nameFrom;
        const end = nameEnd(sentence.tokens, run);
        packed.runNameTo[r] = end;
        if (end < 0) packed.oddNames.set(r, [...run.name]);
        packed.runKind[r] = RUN_KINDS.indexOf(run.kind);
        packed.runTitle.push(run.title);
        packed.runHeadTitle.push(run.headTitle);
        r++;
      }
    });
    packed.sentenceToken[n] = t;
    packed.sentenceRun[n] = r;
    this.articles.set(article.id, packed);
  }

  /** The sentences kept for an article, made again (and forgotten here); undefined when none were kept. */
  take(article: Pick<Article, 'id' | 'text'>, quotes: readonly ExtractedQuote[]): Sentence[] | undefined {
    const packed = this.articles.get(article.id);
    if (packed === undefined) return undefined;
    this.articles.delete(article.id);
    const sentences: Sentence[] = [];
    const n = packed.sentenceParagraph.length;
    for (let i = 0; i < n; i++) {
      const paragraph = packed.sentenceParagraph[i] ?? 0;
      const tokens = tokensOf(
        packed,
        article.text,
        quotes,
        packed.sentenceToken[i] ?? 0,
        packed.sentenceToken[i + 1] ?? 0,
      );
      const runs: CapitalRun[] = [];
      for (let r = packed.sentenceRun[i] ?? 0; r < (packed.sentenceRun[i + 1] ?? 0); r++) {
        const nameFrom = packed.runNameFrom[r] ?? 0;
        const nameTo = packed.runNameTo[r] ?? -1;
        const name: string[] = [];
        if (nameTo < 0) for (const w of packed.oddNames.get(r) ?? []) name.push(w);
        else for (let k = nameFrom; k < nameTo; k++) name.push(tokens[k]?.text ?? '');
        runs.push({
          from: packed.runFrom[r] ?? 0,
          to: packed.runTo[r] ?? 0,
          nameFrom,
          kind: RUN_KINDS[packed.runKind[r] ?? 2] ?? 'other',
          name,
          title: packed.runTitle[r] ?? '',
          headTitle: packed.runHeadTitle[r] ?? null,
        });
      }
      sentences.push({
        index: i,
        paragraph,
        kind: SENTENCE_KINDS[packed.sentenceKind[i] ?? 2] ?? 'body',
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
  const tokens: Token[] = [];
  const odd = packed.oddTexts.size > 0 ? packed.oddTexts : null;
  for (let t = from; t < to; t++) {
    const flags = packed.tokenFlags[t] ?? 0;
    const kind = flags & KIND_MASK;
    const start = packed.tokenStart[t] ?? 0;
    const end = packed.tokenEnd[t] ?? 0;
    const textEnd = packed.tokenTextEnd[t] ?? 0;
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
