// HTML pages as articles: Mozilla's Readability finds the article in a DOM built by linkedom (both pure libraries:
// no file system, no process), then its blocks are walked into title, headings and body, and chrome left inside
// the article (ads, newsletter boxes, "read more" links, the byline line) is dropped by the rules in PAGE_CHROME.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Block } from './clean.ts';
import { CHROME_WORDS, isAdLabel } from './blockFeatures.ts';
import { postSignatureAuthor } from './posts.ts';

/** What a page gives an article: its blocks and the metadata the page states (each null when it states none). */
export interface Page {
  blocks: Block[];
  title: string | null;
  byline: string | null;
  /** YYYY-MM-DD, the date as the page writes it (not moved to another time zone). */
  published: string | null;
  /** The page's own address: its canonical link, else og:url (what `import` uses when no manifest gives one). */
  url: string | null;
  /** The site's name (og:site_name, JSON-LD publisher): the outlet when no manifest gives one. */
  siteName: string | null;
}

export type PageReading = { ok: true; page: Page } | { ok: false; reason: string };

/** Reads one page; the loader passes this to the corpus builder only when the corpus has pages. */
export type PageReader = (html: string) => PageReading;

/** The part of a DOM node this module reads (linkedom's nodes have it; lib.dom is not part of this build). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements that start a new block; anything else is inline and joins the text around it. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BR',
]);
/** Elements whose text is never article prose: captions, media, forms, code run by the page. */
const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'FIGCAPTION',
  'FIGURE',
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'SVG',
  'NAV',
  'TEMPLATE',
]);
const HEADING = /^H[1-6]$/u;

export interface RawBlock {
  text: string;
  heading: boolean;
  /** Characters of the block's text inside links. */
  linkChars: number;
}

function normalize(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function linkCharsOf(node: DomNode): number {
  if (node.nodeType !== ELEMENT) return 0;
  if (node.nodeName === 'A') return normalize(node.textContent ?? '').length;
  let sum = 0;
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child) sum += linkCharsOf(child);
  }
  return sum;
}

/** Text of inline content, skipping what is never prose. */
function inlineText(node: DomNode): string {
  if (node.nodeType === TEXT) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT || SKIPPED_TAGS.has(node.nodeName)) return '';
  let text = '';
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child) text += inlineText(child);
  }
  return text;
}

/** Walks the article's DOM: each run of inline content between block elements becomes one block. */
function collectBlocks(node: DomNode, into: RawBlock[]): void {
  let run = '';
  let runLinks = 0;
  const flush = (heading: boolean) => {
    const text = normalize(run);
    if (text.length > 0) into.push({ text, heading, linkChars: Math.min(runLinks, text.length) });
    run = '';
    runLinks = 0;
  };
  const heading = HEADING.test(node.nodeName);
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (!child) continue;
    if (child.nodeType === ELEMENT && SKIPPED_TAGS.has(child.nodeName)) continue;
    if (child.nodeType === ELEMENT && BLOCK_TAGS.has(child.nodeName)) {
      flush(heading);
      collectBlocks(child, into);
      continue;
    }
    run += inlineText(child);
    runLinks += linkCharsOf(child);
  }
  flush(heading);
}

/** Longest block (in characters) the chrome rules may drop: past this a block is prose whatever its words. */
const CHROME_MAX_CHARS = 120;

/**
 * Chrome that survives Readability inside the article, each rule with why. A block is dropped when one applies.
 * `byline` is the page's author line, when it states one.
 */
export const PAGE_CHROME: ReadonlyArray<{
  name: string;
  why: string;
  test: (block: RawBlock, byline: string | null) => boolean;
}> = [
  {
    name: 'mostly links',
    why: '"Read more", "Related" and tag lists are links; prose has few of them',
    test: (b) => b.linkChars * 2 > b.text.length,
  },
  {
    name: 'furniture words',
    why: 'a short block naming page furniture (advertisement, newsletter, subscribe, cookies) is not reporting',
    test: (b) =>
      b.text.length <= CHROME_MAX_CHARS &&
      (CHROME_WORDS.test(b.text) || isAdLabel(b.text) || /^(?:sponsored|promoted|ad|advert)\b/iu.test(b.text)),
  },
  {
    name: 'byline line',
    why: 'the author line ("By Jane Doe · 2 March") repeats metadata; a sentence naming the author is longer',
    test: (b, byline) => byline !== null && b.text.length <= byline.length + 40 && b.text.includes(byline),
  },
];

/** Whether a block is chrome, and which rule says so (null when it is article text). */
export function chromeRule(block: RawBlock, byline: string | null): string | null {
  return PAGE_CHROME.find((rule) => rule.test(block, byline))?.name ?? null;
}

/** The page's date as YYYY-MM-DD: the date part as written when it is ISO 8601, else the parsed date in UTC. */
export function pageDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/u.exec(value);
  if (iso?.[1] !== undefined) return iso[1];
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

function nonEmpty(value: string | null | undefined): string | null {
  const text = normalize(value ?? '');
  return text.length > 0 ? text : null;
}

export function readPage(html: string): PageReading {
  // linkedom builds no document element for a fragment or plain text; a page saved without <html> is still a page.
  let { document } = parseHTML(html);
  if (document.documentElement?.nodeName !== 'HTML')
    ({ document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`));
  // Read before Readability, which changes the document as it works.
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  let parsed;
  try {
    parsed = new Readability(document, { serializer: (node) => node }).parse();
  } catch (error) {
    // Readability throws on documents it cannot walk; for the corpus that is a reason, not a crash.
    return {
      ok: false,
      reason: `could not be read as an HTML page: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const content = parsed?.content as DomNode | null | undefined;
  if (parsed === null || content === null || content === undefined) {
    return {
      ok: false,
      reason: 'has no article that Readability could find (the page may be an index, a login wall or empty)',
    };
  }
  const title = nonEmpty(parsed.title);
  const byline = nonEmpty(parsed.byline);
  const raw: RawBlock[] = [];
  collectBlocks(content, raw);
  const chrome = raw.map((b) => chromeRule(b, byline) !== null);
  const blocks: Block[] = [];
  if (title !== null) blocks.push({ text: title, kind: 'title' });
  raw.forEach((b, i) => {
    if (chrome[i]) return;
    // A heading introduces the body text right after it: one followed by chrome headed a box (a newsletter sign-up).
    if (b.heading) {
      const next = raw[i + 1];
      if (next !== undefined && !next.heading && !chrome[i + 1] && b.text !== title)
        blocks.push({ text: b.text, kind: 'heading' });
      return;
    }
    // An embedded post's signature line ("— Ann Hale (@annhale) May 3, 2024") names the author of the body block
    // over it, the post's words, and is no prose itself.
    const author = postSignatureAuthor(b.text);
    const post = blocks[blocks.length - 1];
    if (author !== null && post?.kind === 'body' && post.postBy === undefined) {
      post.postBy = author;
      return;
    }
    blocks.push({ text: b.text, kind: 'body' });
  });
  const url = nonEmpty(canonical);
  return {
    ok: true,
    page: {
      blocks,
      title,
      byline,
      published: pageDate(parsed.publishedTime),
      url: url !== null && /^https?:\/\//iu.test(url) ? url : null,
      siteName: nonEmpty(parsed.siteName),
    },
  };
}
