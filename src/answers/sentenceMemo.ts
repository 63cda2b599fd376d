// What /ask learns of a sentence whatever the question (its tokens, its entities), remembered per corpus so that a
// sentence asked about again is neither re-analysed nor re-tagged; kept compact, since it grows while serving.
import type { Article } from '../corpus/types.ts';
import type { Token } from '../search/fold.ts';
import type { Retriever } from '../search/retriever.ts';
import { entitiesOf, type EntitySpan } from './entities.ts';
import { analyzeSentence } from './evidence.ts';

/**
 * What is learnt of a sentence whatever the question (its tokens, its entities), memoised per corpus (a retriever),
 * so a sentence asked about again is neither re-analysed nor re-tagged. Bounded: emptied when full. Tokens are kept
 * packed (PackedTokens), not as a token object each: memoised for thousands of sentences, the objects were most of
 * what serving added to the process's memory.
 */
export interface SentenceMemo {
  tokens: Map<string, PackedTokens | null>;
  entities: Map<string, EntitySpan[]>;
}

/**
 * A sentence's tokens without an object per token: `words` holds each token's term and form (strings the analyser
 * shares between tokens), `spans` each token's start and its end doubled plus 1 for a stop word.
 */
interface PackedTokens {
  words: string[];
  spans: number[];
}

/**
 * Made at their final length, not pushed: an array grown by push keeps up to half again its length as spare room,
 * which a memo of tens of thousands of sentences would hold for good (about 17 MB over a thousand questions at 100k
 * passages).
 */
function pack(tokens: readonly Token[]): PackedTokens {
  const words = new Array<string>(tokens.length * 2);
  const spans = new Array<number>(tokens.length * 2);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    words[2 * i] = t.term;
    words[2 * i + 1] = t.form;
    spans[2 * i] = t.start;
    spans[2 * i + 1] = t.end * 2 + (t.stop ? 1 : 0);
  }
  return { words, spans };
}

function unpack({ words, spans }: PackedTokens): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < spans.length; i += 2) {
    const end = spans[i + 1] as number;
    tokens.push({
      term: words[i] as string,
      form: words[i + 1] as string,
      start: spans[i] as number,
      end: Math.floor(end / 2),
      stop: end % 2 === 1,
    });
  }
  return tokens;
}

const memos = new WeakMap<Retriever, SentenceMemo>();
const MEMO_LIMIT = 100_000;

export function memoOf(retriever: Retriever): SentenceMemo {
  let memo = memos.get(retriever);
  if (!memo) {
    memo = { tokens: new Map(), entities: new Map() };
    memos.set(retriever, memo);
  }
  return memo;
}

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const value = make();
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** A sentence's analysed tokens (a fresh array of fresh tokens each time), from the memo when it is there. */
export function sentenceTokens(memo: SentenceMemo, article: Article, index: number): Token[] | null {
  const packed = remember(memo.tokens, `${article.id}\u0000${index}`, () => {
    const tokens = analyzeSentence(article, index);
    return tokens === null ? null : pack(tokens);
  });
  return packed === null ? null : unpack(packed);
}

export function sentenceEntities(retriever: Retriever, article: Article, index: number): EntitySpan[] {
  return remember(memoOf(retriever).entities, `${article.id}\u0000${index}`, () => {
    const sentence = article.sentences[index];
    return sentence ? entitiesOf(article.text.slice(sentence.start, sentence.end)) : [];
  });
}
