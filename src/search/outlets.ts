// The outlets a question names as its source ("according to the Courier", "what toll does Meridian Wire give?"):
// found by the words of each article's outlet, which the article's own text seldom prints once the page is cleaned.
import { analyze, type Token } from './fold.ts';

/** Each outlet's articles, and the outlets whose name holds each (analysed) word, for naming them in a question. */
export interface OutletDirectory {
  readonly names: readonly string[];
  readonly articlesOf: readonly (readonly string[])[];
  readonly outletsOfTerm: ReadonlyMap<string, readonly number[]>;
}

/** The outlets of `articles`, each once by its exact name, with the articles it published in corpus order. */
export function buildOutletDirectory(articles: readonly { id: string; outlet: string }[]): OutletDirectory {
  const byName = new Map<string, number>();
  const names: string[] = [];
  const articlesOf: string[][] = [];
  const outletsOfTerm = new Map<string, number[]>();
  for (const article of articles) {
    let outlet = byName.get(article.outlet);
    if (outlet === undefined) {
      outlet = names.length;
      byName.set(article.outlet, outlet);
      names.push(article.outlet);
      articlesOf.push([]);
      for (const token of analyze(article.outlet)) {
        if (token.stop) continue;
        const outlets = outletsOfTerm.get(token.term) ?? [];
        if (outlets[outlets.length - 1] !== outlet) outlets.push(outlet);
        outletsOfTerm.set(token.term, outlets);
      }
    }
    articlesOf[outlet]?.push(article.id);
  }
  return { names, articlesOf, outletsOfTerm };
}

/** A run of question words that names outlets: its tokens and the outlets whose name holds every one of them. */
export interface OutletMention {
  tokens: readonly Token[];
  outlets: readonly number[];
}

/**
 * The runs of adjacent question words (only spaces between) that `nameable` accepts and that all belong to one
 * outlet's name at least, with at least one word `unseen` in the passages: an outlet's name the text also prints
 * ("Reuters" in a credit line) is searched as any other name, and a topic word that happens to be in an outlet's
 * name ("Apple" and "Apple Newsroom") is seen in the text and left alone.
 */
export function outletMentions(
  question: string,
  tokens: readonly Token[],
  directory: OutletDirectory,
  nameable: (token: Token) => boolean,
  unseen: (token: Token) => boolean,
): OutletMention[] {
  const mentions: OutletMention[] = [];
  let run: Token[] = [];
  const close = (): void => {
    if (run.length > 0 && run.some(unseen)) {
      let outlets: readonly number[] | undefined;
      for (const token of run) {
        const of = directory.outletsOfTerm.get(token.term) ?? [];
        outlets = outlets === undefined ? of : outlets.filter((o) => of.includes(o));
      }
      if (outlets !== undefined && outlets.length > 0) mentions.push({ tokens: run, outlets });
    }
    run = [];
  };
  for (const token of tokens) {
    const previous = run[run.length - 1];
    if (previous !== undefined && !/^\s+$/u.test(question.slice(previous.end, token.start))) close();
    if (!token.stop && nameable(token) && directory.outletsOfTerm.has(token.term)) run.push(token);
    else close();
  }
  close();
  return mentions;
}
