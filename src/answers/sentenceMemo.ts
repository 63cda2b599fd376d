// What /ask learns of a sentence whatever the question (its tokens, its entities), remembered per corpus so that a
// sentence asked about again is neither re-analysed nor re-tagged; kept compact, since it grows while serving.
import type { Article } from '../corpus/types.ts';
import type { Token } from '../search/fold.ts';
import type { Retriever } from '../search/retriever.ts';
import { entitiesOf, type EntitySpan } from './entities.ts';
import { analyzeSentence } from './evidence.ts';

/** Sentences remembered before the memo is emptied (about 20 MB of tokens at most). */
const MEMO_LIMIT = 100_000;
/** 32-bit slots per block of the token store (256 kB): a sentence's tokens sit in one block. */
const BLOCK_SLOTS = 1 << 16;

/**
 * A sentence's tokens, without an object or a string per token: each distinct word (term, form, stop word or not,
 * length) gets a number, and a sentence is stored as its token count, then each token's word number and start, in
 * blocks of one typed array. About 8 bytes a token; as arrays of strings and numbers a sentence took about 900 bytes
 * (a thousand questions at 100k passages remember some 40k sentences).
 */
class TokenStore {
  /** Term, form and (length · 2 + 1 for a stop word) of each word number. */
  readonly #terms: string[] = [];
  readonly #forms: string[] = [];
  readonly #shapes: number[] = [];
  readonly #words = new Map<string, number>();
  readonly #blocks: Uint32Array[] = [];
  /** Next free slot of the last block. */
  #used = BLOCK_SLOTS;
  /** Where each article's sentences are stored: block · BLOCK_SLOTS + slot, plus 1 (0: not stored). */
  readonly #places = new Map<string, Float64Array>();
  #size = 0;

  /** Sentences stored. */
  get size(): number {
    return this.#size;
  }

  #wordNumber(token: Token): number {
    const shape = (token.end - token.start) * 2 + (token.stop ? 1 : 0);
    const key = `${shape}\u0000${token.term}\u0000${token.form}`;
    let n = this.#words.get(key);
    if (n === undefined) {
      n = this.#terms.length;
      this.#terms.push(token.term);
      this.#forms.push(token.form);
      this.#shapes.push(shape);
      this.#words.set(key, n);
    }
    return n;
  }

  /** The sentence's tokens when stored (fresh objects each time), else undefined. */
  get(article: Article, index: number): Token[] | undefined {
    const place = this.#places.get(article.id)?.[index];
    if (place === undefined || place === 0) return undefined;
    const block = this.#blocks[Math.floor((place - 1) / BLOCK_SLOTS)] as Uint32Array;
    let at = (place - 1) % BLOCK_SLOTS;
    const count = block[at++] as number;
    const tokens = new Array<Token>(count);
    for (let i = 0; i < count; i++, at += 2) {
      const word = block[at] as number;
      const start = block[at + 1] as number;
      const shape = this.#shapes[word] as number;
      tokens[i] = {
        term: this.#terms[word] as string,
        form: this.#forms[word] as string,
        start,
        end: start + Math.floor(shape / 2),
        stop: shape % 2 === 1,
      };
    }
    return tokens;
  }

  /** Stores the sentence's tokens (not when they could not fit a block: they are then analysed each time). */
  set(article: Article, index: number, tokens: readonly Token[]): void {
    const slots = 1 + tokens.length * 2;
    if (slots > BLOCK_SLOTS) return;
    if (this.#size >= MEMO_LIMIT) this.clear();
    if (this.#used + slots > BLOCK_SLOTS) {
      this.#blocks.push(new Uint32Array(BLOCK_SLOTS));
      this.#used = 0;
    }
    const n = this.#blocks.length - 1;
    const block = this.#blocks[n] as Uint32Array;
    const place = n * BLOCK_SLOTS + this.#used + 1;
    let at = this.#used;
    block[at++] = tokens.length;
    for (const token of tokens) {
      block[at++] = this.#wordNumber(token);
      block[at++] = token.start;
    }
    this.#used = at;
    let places = this.#places.get(article.id);
    if (places === undefined || places.length <= index) {
      const grown = new Float64Array(Math.max(article.sentences.length, index + 1));
      if (places !== undefined) grown.set(places);
      places = grown;
      this.#places.set(article.id, places);
    }
    places[index] = place;
    this.#size++;
  }

  clear(): void {
    this.#terms.length = 0;
    this.#forms.length = 0;
    this.#shapes.length = 0;
    this.#words.clear();
    this.#blocks.length = 0;
    this.#used = BLOCK_SLOTS;
    this.#places.clear();
    this.#size = 0;
  }
}

/**
 * What is learnt of a sentence whatever the question (its tokens, its entities), memoised per corpus (a retriever),
 * so a sentence asked about again is neither re-analysed nor re-tagged. Bounded: emptied when full.
 */
export interface SentenceMemo {
  tokens: TokenStore;
  entities: Map<string, EntitySpan[]>;
}

const memos = new WeakMap<Retriever, SentenceMemo>();

export function memoOf(retriever: Retriever): SentenceMemo {
  let memo = memos.get(retriever);
  if (!memo) {
    memo = { tokens: new TokenStore(), entities: new Map() };
    memos.set(retriever, memo);
  }
  return memo;
}

/**
 * A sentence's analysed tokens (a fresh array of fresh tokens each time), from the memo when it is there; null for a
 * sentence the article does not have.
 */
export function sentenceTokens(memo: SentenceMemo, article: Article, index: number): Token[] | null {
  const known = memo.tokens.get(article, index);
  if (known !== undefined) return known;
  const tokens = analyzeSentence(article, index);
  if (tokens !== null) memo.tokens.set(article, index, tokens);
  return tokens;
}

export function sentenceEntities(retriever: Retriever, article: Article, index: number): EntitySpan[] {
  const cache = memoOf(retriever).entities;
  const key = `${article.id}\u0000${index}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const sentence = article.sentences[index];
  const value = sentence ? entitiesOf(article.text.slice(sentence.start, sentence.end)) : [];
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}
