// Deep links that open a source page scrolled to, and highlighting, a cited excerpt,
// using URL Text Fragments (https://wicg.github.io/scroll-to-text-fragment/).

/** Discord refuses link-button URLs longer than this; links stay within it so they are usable everywhere. */
export const MAX_LINK_LENGTH = 512;

/** Words taken from each end of a long excerpt for the `start,end` form. */
const EDGE_WORDS = 5;

/**
 * Percent-encodes a text directive term. Besides what encodeURIComponent escapes, the spec reserves
 * `-` (prefix/suffix marker), `,` (term separator) and `&` (directive separator).
 */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w.length > 0);
}

function withDirective(url: string, directive: string): string {
  // An existing fragment stays; the directive follows it after the `:~:` delimiter.
  const hash = url.indexOf('#');
  if (hash === -1) return `${url}#:~:${directive}`;
  const base = url.slice(0, hash);
  const fragment = url.slice(hash + 1).split(':~:')[0] ?? '';
  return `${base}#${fragment}:~:${directive}`;
}

/**
 * The article URL with a text fragment that selects `excerpt`. Short one-paragraph excerpts are quoted whole;
 * longer ones, and any spanning paragraphs, as `text=start,end` with a few words from each end (each end taken
 * within its own paragraph: a browser matches a term only inside one block). Falls back to fewer words, then to
 * the bare URL, to stay within MAX_LINK_LENGTH.
 */
export function textFragmentLink(url: string, excerpt: string): string {
  const paragraphs = excerpt
    .split(/\n\s*\n|\n/u)
    .map(words)
    .filter((w) => w.length > 0);
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (!first || !last) return url;
  const candidates: string[] = [];
  if (paragraphs.length === 1 && first.length <= EDGE_WORDS * 2)
    candidates.push(`text=${encodeFragmentTerm(first.join(' '))}`);
  // In one paragraph the two ends must not overlap; across paragraphs each end has its own paragraph's words.
  const startMax = paragraphs.length === 1 ? Math.floor(first.length / 2) : first.length;
  const endMax = paragraphs.length === 1 ? Math.floor(first.length / 2) : last.length;
  for (let n = Math.min(EDGE_WORDS, Math.max(startMax, endMax)); n >= 1; n--) {
    const start = first.slice(0, Math.min(n, startMax)).join(' ');
    const end = last.slice(last.length - Math.min(n, endMax)).join(' ');
    if (start.length === 0 || end.length === 0) continue;
    candidates.push(`text=${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`);
  }
  for (const directive of candidates) {
    const link = withDirective(url, directive);
    if (link.length <= MAX_LINK_LENGTH) return link;
  }
  return url;
}
