// Posts embedded from social networks (src/corpus/posts.ts) as quotations: the post's words, printed without
// quotation marks, are its author's, named by the signature line under them ("— Ann Hale (@annhale) May 3, 2024").
import type { Article } from '../corpus/types.ts';
import { isAcronym, isTitleWord } from './names.ts';
import type { ExtractedQuote } from './extract.ts';
import { HEAD_TITLES, POST_NOMINALS } from './lexicon.ts';
import { HONORIFICS } from './rolePhrases.ts';
import { lookupName, type NameEvidence } from './people.ts';
import { isOrganisationName } from './organisations.ts';
import type { Attribution, AttributionContext, QuotePlace } from './ruleTypes.ts';
import { trimmed } from './transcriptQuotes.ts';

/**
 * The name words of a signature's author, its titles and letters after the name left off ("Rep. Ann Hale" → Ann
 * Hale, "Ann Hale MP" → Ann Hale); null when fewer than two words are left, as a name alone is nobody's for sure.
 */
export function postAuthorName(author: string): string[] | null {
  const words = author.split(/\s+/u).filter((w) => w.length > 0);
  let from = 0;
  while (from < words.length - 2 && isTitleWord((words[from] ?? '').replace(/\.$/u, ''))) from++;
  let to = words.length;
  const last = words[to - 1] ?? '';
  if (to - from > 2 && isAcronym(last) && POST_NOMINALS.has(last.toLowerCase())) to--;
  const name = words.slice(from, to);
  return name.length >= 2 ? name : null;
}

/**
 * Whether a signature's author name (postAuthorName's words) is an office's account, a title of office among its
 * words past any it opens with ("District Collector Harbour", "Office of the Mayor"; not an honorific, "Mr Ode", nor a
 * title's modifier, "High Commission"): whose words the post is the writer's lead-in tells, not the signature.
 */
export function isOfficeName(name: readonly string[]): boolean {
  return name.some((w) => {
    const word = w.replace(/\.$/u, '').toLowerCase();
    return HEAD_TITLES.has(word) && !HONORIFICS.has(word);
  });
}

/**
 * The article's posts as quotations: a post printed in quotation marks marks the quotation that is the whole of it
 * (`marked`, changed in place); one printed without marks becomes a quotation of its own, unless a quotation in
 * marks runs into or out of its paragraph.
 */
export function postQuotes(article: Article, marked: readonly ExtractedQuote[]): ExtractedQuote[] {
  const quotes: ExtractedQuote[] = [];
  for (const post of article.posts ?? []) {
    const span = trimmed(article, post.paragraph, 0);
    if (span === null) continue;
    const { start, end } = span;
    const here = marked.filter((m) => m.end > start && m.start < end);
    const whole = here.find((m) => m.start === start && m.end === end);
    if (whole !== undefined) {
      whole.postBy = post.author;
      continue;
    }
    if (here.some((m) => m.start < start || m.end > end)) continue;
    quotes.push({
      start,
      end,
      segments: [{ start, end }],
      paragraphs: [post.paragraph],
      text: article.text.slice(start, end).replace(/\s+/gu, ' '),
      partial: false,
      scare: false,
      headline: false,
      postBy: post.author,
    });
  }
  return quotes;
}

/** A person's initials, each with its stop ("N.", "K.V."), in a post author's name. */
const INITIALS_WITH_STOPS = /^(?:\p{Lu}\.)+$/u;

/** Words opening a post author's name that make it a body's, never a person's ("The Tidewater Saints"). */
export const BODY_NAME_OPENERS: ReadonlySet<string> = new Set(['the']);

/**
 * Evidence for each post's author of two words or more: a person, or an organisation by its cue words, by a word
 * in capitals ("Surf Rescue NSW"; a person's letters after the name are left off before) or by "The" opening it.
 */
export function postAuthorEvidence(article: Article, quotes: readonly ExtractedQuote[]): NameEvidence[] {
  const found = new Map<string, NameEvidence>();
  for (const quote of quotes) {
    const name = quote.postBy === undefined ? null : postAuthorName(quote.postBy);
    if (name === null || isOfficeName(name) || found.has(name.join(' '))) continue;
    const evidence: NameEvidence = { articleId: article.id, name, role: null, gender: null };
    // ("— The Tidewater Saints (@tidewatersaints)": a name opening with "The" is a band's, a club's, a firm's; no person's.)
    // ("— Ann N. Hale (@annhale)": initials with their stops are the person's, no body's letters.)
    const body =
      isOrganisationName(name) ||
      name.some((w) => isAcronym(w) && !INITIALS_WITH_STOPS.test(w)) ||
      BODY_NAME_OPENERS.has(name[0]?.toLowerCase() ?? '');
    found.set(name.join(' '), body ? { ...evidence, kind: 'organisation' } : evidence);
  }
  return [...found.values()];
}

/** "Deeply concerned by … ¶ — Ann Hale (@annhale) May 3, 2024": a post's words are the one author its signature names. */
export function embeddedPost(context: AttributionContext, { quote }: QuotePlace): Attribution | null {
  const author = context.posts?.get(quote);
  if (author === undefined) return null;
  const name = postAuthorName(author);
  if (name !== null && isOfficeName(name)) return null;
  const registry = context.people;
  if (name === null || registry === undefined) return { speaker: null, cue: null, method: 'credit' };
  // (The registry counts people present in an article; an organisation has one entry per name, found by it.)
  const present = registry.present.get(context.article.id);
  const here = (id: string): boolean => present?.has(id) === true || registry.people.get(id)?.kind === 'organisation';
  const ids = lookupName(registry, name).ids.filter(here);
  const speaker = ids.length === 1 ? (ids[0] ?? null) : null;
  return { speaker, cue: speaker === null ? null : `— ${author} (post)`, method: 'credit' };
}
