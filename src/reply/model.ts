// The reply model: what a command answers, as plain data. Adapters render it for Discord or a terminal;
// commands never see either. Text here is plain (not markdown): renderers escape and format it.

/** A range inside an excerpt to emphasise (a query term), as offsets into the excerpt. */
export interface Mark {
  start: number;
  end: number;
}

export interface SourceRef {
  outlet: string;
  /** YYYY-MM-DD, or null for "undated". */
  published: string | null;
  title: string | null;
  /** Deep link that opens the source at the excerpt. */
  link: string;
}

export interface CitationCard {
  /** Display number, 1-based, continuous across pages. */
  n: number;
  /** Verbatim excerpt from the article. */
  excerpt: string;
  marks: Mark[];
  source: SourceRef;
  /** Who said it, for quotes. */
  speaker?: string;
  /** Other outlets reporting the same words. */
  alsoReportedBy: SourceRef[];
  /** Other outlets attributing the same words to someone else. */
  conflicts: { speaker: string; source: SourceRef }[];
}

export interface Pager {
  command: string;
  /** 0-based page shown. */
  page: number;
  pages: number;
  /** The command's inputs, to rebuild any page from the button's custom id alone. */
  state: string[];
}

export interface LinkButton {
  label: string;
  url: string;
}

/** A linked item of a plain list, such as an article in /sources. */
export interface Entry {
  label: string;
  detail: string;
  link: string;
}

export interface Reply {
  kind: 'answer' | 'info' | 'error';
  ephemeral: boolean;
  /** Heading line, e.g. the question being answered (user text: renderers escape it). */
  heading?: string;
  /** Plain paragraphs shown before the citations. */
  lines: string[];
  citations: CitationCard[];
  entries?: Entry[];
  /** Footer note (e.g. "page 2 of 5" is added by renderers from the pager). */
  footer?: string;
  pager?: Pager;
  links: LinkButton[];
}

export function errorReply(message: string): Reply {
  return { kind: 'error', ephemeral: true, lines: [message], citations: [], links: [] };
}

export function infoReply(lines: string[], options: { ephemeral?: boolean; heading?: string } = {}): Reply {
  const reply: Reply = { kind: 'info', ephemeral: options.ephemeral ?? false, lines, citations: [], links: [] };
  if (options.heading !== undefined) reply.heading = options.heading;
  return reply;
}
