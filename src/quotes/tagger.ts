// Parts of speech for the writer's sentences next to quotations, from wink-nlp's English model: whether a
// capitalised word is a proper noun ("Mehra said") or a clause opener ("Speaking to reporters") or a verb.
import winkNLP, { type ItemToken, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './tokens.ts';

let tagger: WinkMethods | null = null;

function nlp(): WinkMethods {
  // POS only: entities are never read here, and the quotation reader splits its own sentences.
  tagger ??= winkNLP(model, ['pos']);
  return tagger;
}

/** The sentence as the tagger reads it: quotations stand as `" ... "`, possessives keep their ending. */
function sentenceText(tokens: readonly Token[]): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let text = '';
  for (const t of tokens) {
    if (text.length > 0) text += ' ';
    offsets.push(text.length);
    if (t.kind === 'quote') text += '" ... "';
    else text += t.possessive === true ? `${t.text}'s` : t.text;
  }
  return { text, offsets };
}

/** The universal POS tag of each token of a sentence ('' for a token the tagger split differently). */
export function tagSentence(tokens: readonly Token[]): string[] {
  const { text, offsets } = sentenceText(tokens);
  const tagger = nlp();
  const its = tagger.its;
  const doc = tagger.readDoc(text);
  const byOffset = new Map<number, string>();
  let cursor = 0;
  doc.tokens().each((token: ItemToken) => {
    const value = token.out();
    const at = text.indexOf(value, cursor);
    if (at < 0) return;
    byOffset.set(at, String(token.out(its.pos)));
    cursor = at + value.length;
  });
  return offsets.map((o) => byOffset.get(o) ?? '');
}

/**
 * Tags sentences on demand and remembers them by their words, so the two passes over an article (and repeated
 * sentences across outlets) tag each sentence once. Only sentences that hold a speaker candidate are asked for.
 */
export class SentenceTagger {
  private readonly memo = new Map<string, string[]>();

  tags(tokens: readonly Token[]): string[] {
    const key = tokens.map((t) => (t.kind === 'quote' ? '"' : t.text)).join(' ');
    let tags = this.memo.get(key);
    if (tags === undefined) {
      tags = tagSentence(tokens);
      this.memo.set(key, tags);
    }
    return tags;
  }

  get size(): number {
    return this.memo.size;
  }
}
