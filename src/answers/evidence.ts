// Sentence evidence in context: how much of a question a sentence covers on its own, and with the sentences
// around it in its paragraph and its article's title, lead and section heading (a subject named one sentence earlier counts).
import type { Article } from '../corpus/types.ts';
import { analyze, type Token } from '../search/fold.ts';
import type { QueryPlan } from '../search/query.ts';
import { earlyPronoun, PRONOUN_CHAIN, quoteAfterSpeech } from './pronouns.ts';
import { compoundWeights } from './termWeights.ts';

export { compoundWeights } from './termWeights.ts';

/**
 * Where a sentence's context comes from, and how much a question term found there counts, relative to the term
 * found in the sentence itself. Data, not code: each source is tested in test/answers/evidence.test.ts.
 */
export const CONTEXT_SOURCES = {
  /** The sentence before, in the same paragraph: "The minister met the envoy. The two-hour session…". */
  previousInParagraph: 0.7,
  /** The sentence before, ending the previous paragraph ("…, he said:" then the quote's paragraph). */
  previousParagraph: 0.5,
  /** The sentence after, in the same paragraph. */
  next: 0.4,
  /** The article's title: what every sentence of the article is about. */
  title: 0.5,
  /** The article's first body sentence (the lead), which names who and what the article is about. */
  lead: 0.5,
  /**
   * The heading that opens the sentence's section ("HARBOUR HAWKS (beat …)" over a coach's words in a roundup, "The
   * budget" over its paragraphs): what the section's sentences are about, as the title is for the whole article.
   */
  heading: 0.5,
  /**
   * A name of the question found in another retrieved sentence of the same article: one story, so the name supports
   * each of its sentences a little ("40 homes" in the lead, "Tarrow Bay" three paragraphs on). Names only: other
   * words spread this way cost the tune half a hit@1.
   */
  article: 0.3,
  /**
   * A pronoun early in the sentence ("She noted…", "On current trends it will vanish…") standing for a question name
   * the sentence before matched: the name counts as the sentence's own at this factor, since the sentence is about it.
   */
  pronoun: 0.7,
} as const;

export interface SentenceMatch {
  /** Article.text offsets of the sentence. */
  start: number;
  end: number;
  tokens: readonly Token[];
  /** Query term index → best match factor in this sentence. */
  matched: Map<number, number>;
  /** Positions among the non-stop tokens of matched words, for proximity. */
  positions: number[];
}

export interface Evidence {
  /** Share of the question's term weight the sentence covers by itself, in [0, 1]. */
  own: number;
  /** Share covered by the sentence with its context, each context term at its source's factor, in [0, 1]. */
  inContext: number;
  /** Share of the question's name weight covered in context (of all its weight when it names nothing). */
  names: number;
  /**
   * Share of the weight of the question's other words covered in context (1 when it has none): what it asks about
   * the names ("salary", "seats", "injured"), which a sentence on the same story but not the asked fact lacks.
   * Of all its weight when it has nothing but names.
   */
  content: number;
  /** How tightly the sentence's matched words sit together, in [0, 1]. */
  proximity: number;
  /** Share of the weight that the sentence before adds: the answer leans on it, so the excerpt shows it. */
  fromPrevious: number;
  /**
   * Article.text offset of an early pronoun that stands for a question name of the sentence before (counted in `own`
   * at the pronoun factor), or null: a wanted entity near it is near the question's subject.
   */
  pronounAt: number | null;
  /**
   * Share of the question's weight of its heaviest word that is not matched even in context: "salary" in "what is
   * the CEO's salary?" against a sentence about the CEO. A question whose key word is nowhere near is likely one the
   * articles do not answer.
   */
  missing: number;
}

/** Analyses sentences for one question, each once, and weighs their evidence. */
export class EvidenceScorer {
  private readonly lookup = new Map<string, [number, number][]>();
  private readonly totalWeight: number;
  private readonly nameWeight: number;
  /** Each plan term's weight in the shares, a hyphenated word's parts and whole sharing one word's (compoundWeights). */
  private readonly weights: number[];
  private readonly sentences = new Map<string, SentenceMatch>();
  private readonly titles = new Map<string, Map<number, number>>();
  private readonly headings = new Map<string, Map<number, number>>();
  private readonly referred = new Map<string, { at: number; names: Map<number, number> } | null>();

  /**
   * @param tokensOf a sentence's analysed tokens, offsets into Article.text; question-independent, so a caller may
   * share them across questions (rank.ts keeps a bounded cache per corpus).
   */
  constructor(
    readonly plan: QueryPlan,
    private readonly tokensOf: (article: Article, index: number) => readonly Token[] | null = analyzeSentence,
  ) {
    plan.terms.forEach((term, i) => {
      for (const [match, factor] of term.matches) {
        const list = this.lookup.get(match) ?? [];
        list.push([i, factor]);
        this.lookup.set(match, list);
      }
    });
    this.weights = compoundWeights(plan);
    this.totalWeight = this.weights.reduce((sum, w) => sum + w, 0);
    this.nameWeight = plan.terms.reduce((sum, t, i) => sum + (t.name ? (this.weights[i] ?? 0) : 0), 0);
  }

  isMatch(token: Token): boolean {
    return !token.stop && this.lookup.has(token.term);
  }

  /** Whether a token matches plan term `term` and no other term of the question. */
  matchesOnly(token: Token, term: number): boolean {
    const hits = token.stop ? undefined : this.lookup.get(token.term);
    return hits?.every(([t]) => t === term) ?? false;
  }

  private matchTokens(tokens: readonly Token[]): { matched: Map<number, number>; positions: number[] } {
    const matched = new Map<number, number>();
    const positions: number[] = [];
    let position = 0;
    for (const token of tokens) {
      if (token.stop) continue;
      const hits = this.lookup.get(token.term);
      if (hits) {
        positions.push(position);
        for (const [term, factor] of hits) matched.set(term, Math.max(matched.get(term) ?? 0, factor));
      }
      position++;
    }
    return { matched, positions };
  }

  /** A sentence's own matches (memoised for the question). */
  sentence(article: Article, index: number): SentenceMatch | null {
    const key = `${article.id}\u0000${index}`;
    const cached = this.sentences.get(key);
    if (cached) return cached;
    const sentence = article.sentences[index];
    const tokens = this.tokensOf(article, index);
    if (!sentence || !tokens) return null;
    const match = { start: sentence.start, end: sentence.end, tokens, ...this.matchTokens(tokens) };
    this.sentences.set(key, match);
    return match;
  }

  private title(article: Article): Map<number, number> {
    const cached = this.titles.get(article.id);
    if (cached) return cached;
    const matched =
      article.title === null ? new Map<number, number>() : this.matchTokens(analyze(article.title)).matched;
    this.titles.set(article.id, matched);
    return matched;
  }

  /** The matches of the heading the section of `paragraph` opens with: the nearest heading before it, after the title. */
  private sectionHeading(article: Article, paragraph: number): Map<number, number> | undefined {
    for (let p = paragraph - 1; p >= 0; p--) {
      const block = article.paragraphs[p];
      if (block === undefined || block.kind === 'title') return undefined;
      if (block.kind !== 'heading') continue;
      const key = `${article.id}\u0000${p}`;
      let matched = this.headings.get(key);
      if (matched === undefined) {
        matched = this.matchTokens(analyze(article.text.slice(block.start, block.end))).matched;
        this.headings.set(key, matched);
      }
      return matched;
    }
    return undefined;
  }

  private heaviestMissing(matched: ReadonlyMap<number, number>): number {
    if (this.totalWeight === 0) return 0;
    let heaviest = 0;
    this.plan.terms.forEach((t, i) => {
      const missing = (this.weights[i] ?? t.weight) * (1 - (matched.get(i) ?? 0));
      if (missing > heaviest) heaviest = missing;
    });
    return heaviest / this.totalWeight;
  }

  private share(matched: ReadonlyMap<number, number>, only: 'all' | 'names' | 'content' = 'all'): number {
    const total =
      only === 'names' ? this.nameWeight : only === 'content' ? this.totalWeight - this.nameWeight : this.totalWeight;
    // A question without names (or with nothing else) is judged on all its words: a lower-case question names
    // nothing the planner can see, and a free 1 would make it look covered.
    if (total <= 0) return only === 'all' ? 0 : this.share(matched);
    let weight = 0;
    for (const [term, factor] of matched) {
      const t = this.plan.terms[term];
      if (t && (only === 'all' || t.name === (only === 'names'))) weight += (this.weights[term] ?? 0) * factor;
    }
    return weight / total;
  }

  /** Share of the question's weight (or of its names', or of its other words') that these matches cover (term index → match factor), in [0, 1]. */
  shareOf(matched: ReadonlyMap<number, number>, only: 'all' | 'names' | 'content' = 'all'): number {
    return this.share(matched, only);
  }

  /** Share of the question's weight that sentence `other` matches beyond what sentence `index` matches itself. */
  added(article: Article, index: number, other: number): number {
    const own = this.sentence(article, index);
    const extra = this.sentence(article, other);
    if (!own || !extra) return 0;
    const gain = new Map<number, number>();
    for (const [term, factor] of extra.matched) {
      const more = factor - (own.matched.get(term) ?? 0);
      if (more > 0) gain.set(term, more);
    }
    return this.share(gain);
  }

  /** The question names a sentence matches itself, with those its early pronoun stands for (at the pronoun factor). */
  private namesOf(article: Article, index: number, chain: number): Map<number, number> {
    const names = new Map<number, number>();
    for (const [term, factor] of this.sentence(article, index)?.matched ?? [])
      if (this.plan.terms[term]?.name) names.set(term, factor);
    const referred = chain > 0 ? this.pronounOf(article, index, chain) : null;
    for (const [term, factor] of referred?.names ?? []) names.set(term, Math.max(names.get(term) ?? 0, factor));
    return names;
  }

  /**
   * The early pronoun of sentence `index` (or the opening of a quotation right after reported speech, which stands
   * for the speaker as a pronoun would) and the question names of the sentence before that it stands for, or null
   * when the sentence opens with neither or the sentence before (same or previous paragraph) names none.
   */
  private pronounOf(
    article: Article,
    index: number,
    chain = PRONOUN_CHAIN,
  ): { at: number; names: Map<number, number> } | null {
    const key = `${article.id}\u0000${index}\u0000${chain}`;
    const known = this.referred.get(key);
    if (known !== undefined) return known;
    let found: { at: number; names: Map<number, number> } | null = null;
    const match = index > 0 ? this.sentence(article, index) : null;
    const pronoun = match
      ? (earlyPronoun(article.text, match.start, match.tokens) ?? quoteAfterSpeech(article, index, match.tokens))
      : null;
    if (pronoun && this.nameWeight > 0) {
      const names = new Map<number, number>();
      for (const [term, factor] of this.namesOf(article, index - 1, chain - 1))
        names.set(term, factor * CONTEXT_SOURCES.pronoun);
      if (names.size > 0) found = { at: pronoun.start, names };
    }
    this.referred.set(key, found);
    return found;
  }

  /** The evidence for sentence `index` of `article`, or null when it matches nothing even in context. */
  /**
   * @param answered question terms the sentence answers without saying them (term index → factor): the "old" of
   * "how old" in a sentence holding an age. They count as the sentence's own words.
   */
  evidence(
    article: Article,
    index: number,
    inArticle?: ReadonlyMap<number, number>,
    answered?: ReadonlyMap<number, number>,
  ): Evidence | null {
    const found = this.sentence(article, index);
    if (!found) return null;
    const own = answered === undefined ? found : { ...found, matched: new Map([...found.matched, ...answered]) };
    const paragraph = article.sentences[index]?.paragraph;
    const inContext = new Map(own.matched);
    const add = (matched: ReadonlyMap<number, number> | undefined, factor: number): void => {
      for (const [term, f] of matched ?? []) inContext.set(term, Math.max(inContext.get(term) ?? 0, f * factor));
    };
    const previous = index > 0 ? this.sentence(article, index - 1) : null;
    const previousFactor =
      article.sentences[index - 1]?.paragraph === paragraph
        ? CONTEXT_SOURCES.previousInParagraph
        : CONTEXT_SOURCES.previousParagraph;
    add(previous?.matched, previousFactor);
    const strictShare = this.share(own.matched);
    const withPrevious = this.share(inContext);
    const pronoun = this.pronounOf(article, index);
    const ownMatched = new Map(own.matched);
    for (const [term, factor] of pronoun?.names ?? []) {
      ownMatched.set(term, Math.max(ownMatched.get(term) ?? 0, factor));
      inContext.set(term, Math.max(inContext.get(term) ?? 0, factor));
    }
    if (article.sentences[index + 1]?.paragraph === paragraph)
      add(this.sentence(article, index + 1)?.matched, CONTEXT_SOURCES.next);
    add(this.title(article), CONTEXT_SOURCES.title);
    if (paragraph !== undefined) add(this.sectionHeading(article, paragraph), CONTEXT_SOURCES.heading);
    if (index > 0) add(this.sentence(article, 0)?.matched, CONTEXT_SOURCES.lead);
    add(inArticle, CONTEXT_SOURCES.article);
    if (inContext.size === 0) return null;
    return {
      own: this.share(ownMatched),
      inContext: this.share(inContext),
      names: this.share(inContext, 'names'),
      content: this.share(inContext, 'content'),
      missing: this.heaviestMissing(inContext),
      proximity: proximity(own.positions),
      // Against the sentence's words alone: a sentence whose pronoun stands for the subject still leans on the
      // sentence naming it, which the excerpt then shows.
      fromPrevious: withPrevious - strictShare,
      pronounAt: pronoun?.at ?? null,
    };
  }
}

/** Matched words per non-stop token span: 1 when side by side, smaller as they spread out. */
function proximity(positions: readonly number[]): number {
  const n = positions.length;
  if (n < 2) return 0;
  return (n - 1) / ((positions[n - 1] ?? 0) - (positions[0] ?? 0));
}

/** A sentence's analysed tokens with offsets into Article.text, or null when there is no such sentence. */
export function analyzeSentence(article: Article, index: number): Token[] | null {
  const sentence = article.sentences[index];
  if (!sentence) return null;
  const tokens = analyze(article.text.slice(sentence.start, sentence.end));
  for (const t of tokens) {
    t.start += sentence.start;
    t.end += sentence.start;
  }
  return tokens;
}
