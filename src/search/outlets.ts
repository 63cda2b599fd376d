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
 * name ("Apple" and "Apple Newsroom") is seen in the text and left alone. A run that is only part of its outlets'
 * names and sits right next to another nameable word is part of a longer name, not the outlet's: "Northgate
 * Raiders" is a team even in a corpus with "The Northgate Standard".
 */
export function outletMentions(
  question: string,
  tokens: readonly Token[],
  directory: OutletDirectory,
  nameable: (token: Token) => boolean,
  unseen: (token: Token) => boolean,
): OutletMention[] {
  const adjacent = (a: Token | undefined, b: Token | undefined): boolean =>
    a !== undefined && b !== undefined && /^\s+$/u.test(question.slice(a.end, b.start));
  const outletWord = (t: Token): boolean => !t.stop && nameable(t) && directory.outletsOfTerm.has(t.term);
  const otherNameWord = (t: Token | undefined): boolean => t !== undefined && !t.stop && nameable(t) && !outletWord(t);
  const mentions: OutletMention[] = [];
  let from = 0;
  while (from < tokens.length) {
    const first = tokens[from];
    if (first === undefined || !outletWord(first)) {
      from++;
      continue;
    }
    let to = from + 1;
    while (to < tokens.length && outletWord(tokens[to] as Token) && adjacent(tokens[to - 1], tokens[to])) to++;
    const run = tokens.slice(from, to);
    const before = tokens[from - 1];
    const after = tokens[to];
    const inLongerName =
      (adjacent(before, first) && otherNameWord(before)) || (adjacent(tokens[to - 1], after) && otherNameWord(after));
    const outlets = run.some(unseen) ? outletsOfRun(run, directory) : [];
    const mention = inLongerName ? outlets.filter((o) => namesWhole(run, directory.names[o] ?? '')) : outlets;
    if (mention.length > 0) mentions.push({ tokens: run, outlets: mention });
    from = to;
  }
  return mentions;
}

/** The outlets whose name holds every word of the run. */
function outletsOfRun(run: readonly Token[], directory: OutletDirectory): readonly number[] {
  let outlets: readonly number[] | undefined;
  for (const token of run) {
    const of = directory.outletsOfTerm.get(token.term) ?? [];
    outlets = outlets === undefined ? of : outlets.filter((o) => of.includes(o));
  }
  return outlets ?? [];
}

/** Whether the run holds every word of the outlet's name (its stop words aside). */
function namesWhole(run: readonly Token[], name: string): boolean {
  const held = new Set(run.map((t) => t.term));
  return analyze(name).every((t) => t.stop || held.has(t.term));
}
