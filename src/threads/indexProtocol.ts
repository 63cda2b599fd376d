// The messages between the index build (indexThread.ts) and its worker thread (indexWorker.ts). The passages go packed
// (their texts in one string, their ids in another, lengths and article numbers in typed arrays): structured clone
// copies one long string far faster than 100k small objects.
import type { IndexSource } from '../search/indexCodec.ts';
import type { FieldPostings } from '../search/postings.ts';
import type { IndexedField } from '../search/options.ts';

/** To the worker: what indexing reads of a corpus, packed. */
export interface PackedIndexSource {
  titles: (string | null)[];
  /** Each passage's article, as its number in `titles`; -1 when no article has its article id. */
  articleOf: Int32Array;
  ids: string;
  idLengths: Uint32Array;
  texts: string;
  textLengths: Uint32Array;
}

export type FromIndexWorker =
  | {
      type: 'built';
      terms: string[];
      fields: Record<IndexedField, FieldPostings>;
      /** Wall time of the build in the worker, from the message's arrival to its answer. */
      ms: number;
    }
  | { type: 'failed'; message: string };

/** An article id made of the article's number: never "-1", the id of no article. */
const NO_ARTICLE = '-1';

function concatenated(parts: readonly string[]): { text: string; lengths: Uint32Array } {
  const lengths = new Uint32Array(parts.length);
  for (let i = 0; i < parts.length; i++) lengths[i] = (parts[i] as string).length;
  return { text: parts.join(''), lengths };
}

function split(text: string, lengths: Uint32Array): string[] {
  const out = new Array<string>(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const end = at + (lengths[i] as number);
    out[i] = text.slice(at, end);
    at = end;
  }
  return out;
}

/**
 * The corpus as the worker receives it. A passage's article is found as indexing finds its title (by id, a later
 * article of the same id winning), so unpacking gives the same titles to the same passages.
 */
export function packIndexSource(corpus: IndexSource): PackedIndexSource {
  const numberOf = new Map<string, number>();
  corpus.articles.forEach((article, n) => {
    numberOf.set(article.id, n);
  });
  const ids = concatenated(corpus.passages.map((p) => p.id));
  const texts = concatenated(corpus.passages.map((p) => p.text));
  return {
    titles: corpus.articles.map((a) => a.title),
    articleOf: Int32Array.from(corpus.passages, (p) => numberOf.get(p.articleId) ?? -1),
    ids: ids.text,
    idLengths: ids.lengths,
    texts: texts.text,
    textLengths: texts.lengths,
  };
}

/** The corpus again, articles named by their numbers: what indexTerms reads of it is what it read of the original. */
export function unpackIndexSource(packed: PackedIndexSource): IndexSource {
  const ids = split(packed.ids, packed.idLengths);
  const texts = split(packed.texts, packed.textLengths);
  return {
    articles: packed.titles.map((title, n) => ({ id: String(n), title })),
    passages: ids.map((id, n) => {
      const article = packed.articleOf[n] as number;
      return { id, articleId: article < 0 ? NO_ARTICLE : String(article), text: texts[n] as string };
    }),
  };
}
