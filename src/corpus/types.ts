// Plain data shapes of an ingested corpus, shared by every core folder.
// Offsets are UTF-16 code-unit indices into Article.text, the cleaned article text.

/** What a block of the cleaned text is: the title, a heading (sub-heading, byline box), or body prose. */
export type BlockKind = 'title' | 'heading' | 'body';

export interface Paragraph {
  /** Index of this paragraph within Article.paragraphs. */
  index: number;
  kind: BlockKind;
  start: number;
  end: number;
}

/**
 * A post embedded from a social network: the body paragraph holding its words, and the author its signature line
 * names, as written ("Rep. Ann Hale"). The signature line itself is page furniture and is not kept.
 */
export interface EmbeddedPost {
  /** Index into Article.paragraphs. */
  paragraph: number;
  author: string;
}

export interface Sentence {
  /** Index of this sentence within Article.sentences. */
  index: number;
  /** Index into Article.paragraphs. */
  paragraph: number;
  start: number;
  end: number;
}

export interface Article {
  /** The article file's name without extension; stable while the file keeps its name. */
  id: string;
  file: string;
  /** From sources.json, or the title found in the text when sources.json gives null. */
  title: string | null;
  outlet: string;
  url: string;
  /** YYYY-MM-DD or null when the page gives no date (from sources.json, else from the page itself). */
  published: string | null;
  /** The author line an HTML page states (absent for plain text). */
  byline?: string;
  /** Posts embedded from social networks (src/corpus/posts.ts), when the page holds any. */
  posts?: EmbeddedPost[];
  /** Cleaned text: the kept blocks (title, headings, body) joined by blank lines. */
  text: string;
  paragraphs: Paragraph[];
  /** Sentences of body paragraphs only; titles and headings are never cited. */
  sentences: Sentence[];
}

export interface Passage {
  /** `${articleId}#${n}`, n counting passages within the article from 0. */
  id: string;
  articleId: string;
  /** Index of the first paragraph the passage covers. */
  paragraph: number;
  start: number;
  end: number;
  /** Article.text.slice(start, end). */
  text: string;
  /** Indices into Article.sentences, in order. */
  sentences: number[];
}

/** A problem found while loading or checking a corpus; file and field say where. */
export interface Problem {
  file: string;
  field?: string;
  message: string;
}

export interface Corpus {
  articles: Article[];
  passages: Passage[];
  /** Articles that could not be loaded, each with its reason; the good ones are still in `articles`. */
  problems: Problem[];
}
