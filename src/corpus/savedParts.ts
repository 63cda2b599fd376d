// The articles and passages of a corpus decoded from its cache columns (codec.ts): their text, paragraphs and
// sentences are made from the columns when read, and only the most recently read articles keep them made.
import type { Article, BlockKind, Paragraph, Passage, Sentence } from './types.ts';

export const BLOCK_KINDS: readonly BlockKind[] = ['title', 'heading', 'body'];

/**
 * How many articles keep their made text, paragraphs and sentences; an article read after them makes them again from
 * the columns (a few microseconds). Kept for every article read, they grew by about 40 MB over a thousand questions at
 * 100k passages (a text decoded per article a question looks at, 5,212 articles over the bench's 1,020 questions).
 * One question makes the parts of fewer than ten articles in that workload, so the articles it is reading stay made
 * while it runs. A passage's text is not kept either: a slice of its article's text would keep all of that text.
 */
export const MADE_ARTICLES = 2048;

/**
 * The columns an article's text, paragraphs and sentences and a passage's text and sentence list are made from when
 * read. Only the columns' memory is kept until then: a cold start makes no strings and no per-sentence objects,
 * and serving makes them only for the articles it reads.
 */
export interface SavedColumns {
  texts: Uint8Array;
  textFirst: Float64Array;
  textLength: Uint32Array;
  kind: Uint8Array;
  paragraphStart: Uint32Array;
  paragraphEnd: Uint32Array;
  paragraphFirst: Float64Array;
  sentenceParagraph: Uint32Array;
  sentenceStart: Uint32Array;
  sentenceEnd: Uint32Array;
  sentenceFirst: Float64Array;
  passageSentences: Uint32Array;
  /** The articles whose parts are made, oldest first from `nextOut` (a ring of MADE_ARTICLES). */
  made: (ArticleState | undefined)[];
  nextOut: number;
}

/** The columns of a corpus, with no article's parts made yet; `madeArticles` is MADE_ARTICLES but in tests. */
export function savedColumns(
  columns: Omit<SavedColumns, 'made' | 'nextOut'>,
  madeArticles: number = MADE_ARTICLES,
): SavedColumns {
  return { ...columns, made: new Array<ArticleState | undefined>(madeArticles).fill(undefined), nextOut: 0 };
}

/**
 * Where an article or a passage is in the columns, and its parts once made; a property no listing sees. The parts
 * stay behind accessors for good (made when read, replaced when written): turning them into data properties would
 * give each object its own shape and slow every property read of the code that serves answers.
 */
const SAVED = Symbol('saved');
interface ArticleState {
  columns: SavedColumns;
  n: number;
  text: string | undefined;
  paragraphs: Paragraph[] | undefined;
  sentences: Sentence[] | undefined;
  /** In the ring of made articles. */
  held: boolean;
  /** A part was written: the article keeps its parts for good (what was written cannot be made again). */
  written: boolean;
}
interface PassageState {
  owner: Article;
  first: number;
  count: number;
  /** Only a written text: a read one is sliced from the article's text each time (a slice shares its memory). */
  text: string | undefined;
  sentences: number[] | undefined;
}
type SavedArticle = Article & { [SAVED]: ArticleState };
type SavedPassage = Passage & { [SAVED]: PassageState };

const decoder = new TextDecoder();

/** Puts the article in the ring of made articles, dropping the made parts of the one read longest ago. */
function hold(state: ArticleState): void {
  if (state.held || state.written) return;
  const { columns } = state;
  const out = columns.made[columns.nextOut];
  if (out !== undefined) {
    out.held = false;
    if (!out.written) {
      out.text = undefined;
      out.paragraphs = undefined;
      out.sentences = undefined;
    }
  }
  columns.made[columns.nextOut] = state;
  columns.nextOut = (columns.nextOut + 1) % columns.made.length;
  state.held = true;
}

function articleText(article: SavedArticle): string {
  const { columns, n } = article[SAVED];
  const from = columns.textFirst[n] as number;
  const text = decoder.decode(columns.texts.subarray(from, columns.textFirst[n + 1]));
  // The bytes passed the cache file's checksum, and their length was written from this text: a difference is a bug.
  if (text.length !== columns.textLength[n])
    throw new Error(
      `corpus columns: the text of ${article.id} decodes to ${text.length} characters, not ${columns.textLength[n]}`,
    );
  return text;
}

function articleParagraphs(article: SavedArticle): Paragraph[] {
  const { columns, n } = article[SAVED];
  const first = columns.paragraphFirst[n] as number;
  const count = (columns.paragraphFirst[n + 1] as number) - first;
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < count; i++)
    paragraphs.push({
      index: i,
      kind: BLOCK_KINDS[columns.kind[first + i] as number] as BlockKind,
      start: columns.paragraphStart[first + i] as number,
      end: columns.paragraphEnd[first + i] as number,
    });
  return paragraphs;
}

function articleSentences(article: SavedArticle): Sentence[] {
  const { columns, n } = article[SAVED];
  const first = columns.sentenceFirst[n] as number;
  const count = (columns.sentenceFirst[n + 1] as number) - first;
  const sentences: Sentence[] = [];
  for (let i = 0; i < count; i++)
    sentences.push({
      index: i,
      paragraph: columns.sentenceParagraph[first + i] as number,
      start: columns.sentenceStart[first + i] as number,
      end: columns.sentenceEnd[first + i] as number,
    });
  return sentences;
}

/** One accessor pair per part, shared by every object (so all articles, and all passages, keep one shape). */
const ARTICLE_PARTS: PropertyDescriptorMap = {
  text: {
    get(this: SavedArticle) {
      const state = this[SAVED];
      if (state.text === undefined) {
        state.text = articleText(this);
        hold(state);
      }
      return state.text;
    },
    set(this: SavedArticle, value: string) {
      const state = this[SAVED];
      state.text = value;
      state.written = true;
    },
    enumerable: true,
    configurable: true,
  },
  paragraphs: {
    get(this: SavedArticle) {
      const state = this[SAVED];
      if (state.paragraphs === undefined) {
        state.paragraphs = articleParagraphs(this);
        hold(state);
      }
      return state.paragraphs;
    },
    set(this: SavedArticle, value: Paragraph[]) {
      const state = this[SAVED];
      state.paragraphs = value;
      state.written = true;
    },
    enumerable: true,
    configurable: true,
  },
  sentences: {
    get(this: SavedArticle) {
      const state = this[SAVED];
      if (state.sentences === undefined) {
        state.sentences = articleSentences(this);
        hold(state);
      }
      return state.sentences;
    },
    set(this: SavedArticle, value: Sentence[]) {
      const state = this[SAVED];
      state.sentences = value;
      state.written = true;
    },
    enumerable: true,
    configurable: true,
  },
};

const PASSAGE_PARTS: PropertyDescriptorMap = {
  text: {
    get(this: SavedPassage) {
      const state = this[SAVED];
      return state.text ?? state.owner.text.slice(this.start, this.end);
    },
    set(this: SavedPassage, value: string) {
      this[SAVED].text = value;
    },
    enumerable: true,
    configurable: true,
  },
  sentences: {
    get(this: SavedPassage) {
      const state = this[SAVED];
      state.sentences ??= Array.from(
        (state.owner as SavedArticle)[SAVED].columns.passageSentences.subarray(state.first, state.first + state.count),
      );
      return state.sentences;
    },
    set(this: SavedPassage, value: number[]) {
      this[SAVED].sentences = value;
    },
    enumerable: true,
    configurable: true,
  },
};

/** The article `n` of the columns: `fields` (its metadata) with its parts read from the columns. */
export function savedArticle(
  fields: Omit<Article, 'text' | 'paragraphs' | 'sentences'>,
  columns: SavedColumns,
  n: number,
): Article {
  const state: ArticleState = {
    columns,
    n,
    text: undefined,
    paragraphs: undefined,
    sentences: undefined,
    held: false,
    written: false,
  };
  Object.defineProperties(fields, ARTICLE_PARTS);
  Object.defineProperty(fields, SAVED, { value: state });
  return fields as Article;
}

/** A passage of `owner`: `fields` with its text sliced from the owner's and its sentences listed from `first` on. */
export function savedPassage(
  fields: Omit<Passage, 'text' | 'sentences'>,
  owner: Article,
  first: number,
  count: number,
): Passage {
  const state: PassageState = { owner, first, count, text: undefined, sentences: undefined };
  Object.defineProperties(fields, PASSAGE_PARTS);
  Object.defineProperty(fields, SAVED, { value: state });
  return fields as Passage;
}
