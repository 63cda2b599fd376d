// /quote speaker: [about:] — what a person was quoted as saying, verbatim, newest first or by relevance to a topic,
// five to a page, with speaker autocomplete.
import { z } from 'zod';
import { textFragmentLink } from '../src/answers/fragment.ts';
import { findQuotes } from '../src/quotes/query.ts';
import type { QuoteItem } from '../src/quotes/result.ts';
import { suggestSpeakers } from '../src/quotes/speakers.ts';
import { errorReply, type CitationCard, type Reply } from '../src/reply/model.ts';
import { CHAT_INPUT, defineCommand, STRING_OPTION, type Choice } from './types.ts';

export const QUOTES_PER_PAGE = 5;
/** Enough for any one speaker in a newsroom corpus while keeping every page quick to build. */
const MAX_QUOTES = 200;
const MAX_NAME = 100;
/** Topic length that still fits, with a long name, in a paging button's 100-character custom id. */
const MAX_TOPIC = 40;

const quoteSchema = z.object({
  speaker: z
    .string({ error: 'Please name a speaker, for example: /quote speaker: Rasmussen' })
    .trim()
    .min(1, 'Please name a speaker, for example: /quote speaker: Rasmussen')
    .max(MAX_NAME, `A speaker's name can be at most ${MAX_NAME} characters.`),
  about: z
    .string()
    .trim()
    .max(MAX_TOPIC, `The topic can be at most ${MAX_TOPIC} characters.`)
    .optional()
    .transform((about) => (about === undefined || about.length === 0 ? undefined : about)),
});

export type QuoteInput = z.infer<typeof quoteSchema>;

function card(item: QuoteItem, n: number, published: (articleId: string) => string | null): CitationCard {
  return {
    n,
    excerpt: item.text,
    marks: [],
    speaker: item.speaker,
    source: { outlet: item.outlet, published: item.published, title: item.title, link: item.link },
    alsoReportedBy: item.alsoReportedBy.map((r) => ({
      outlet: r.outlet,
      published: published(r.articleId),
      title: null,
      link: r.link,
    })),
    conflicts: item.conflicts.map((c) => ({
      speaker: c.speaker,
      source: {
        outlet: c.outlet,
        published: published(c.articleId),
        title: null,
        link: textFragmentLink(c.url, c.text),
      },
    })),
  };
}

function quoteCount(count: number): string {
  return `${count} quote${count === 1 ? '' : 's'}`;
}

/** "Roy Cooper — governor (11 quotes)": the role tells apart people who share a name. */
function choiceName(name: string, count: number, role: string | null): string {
  const withRole = role === null ? '' : ` — ${role}`;
  const full = `${name}${withRole} (${quoteCount(count)})`;
  if (full.length <= MAX_NAME) return full;
  const short = `${name} (${quoteCount(count)})`;
  return short.length <= MAX_NAME ? short : name.slice(0, MAX_NAME);
}

export const quote = defineCommand({
  type: CHAT_INPUT,
  name: 'quote',
  description: 'What a person was quoted as saying in the articles',
  schema: quoteSchema,
  options: {
    speaker: {
      type: STRING_OPTION,
      description: 'Who said it',
      required: true,
      autocomplete: true,
      max_length: MAX_NAME,
    },
    about: {
      type: STRING_OPTION,
      description: 'Only quotes about this topic, most relevant first',
      max_length: MAX_TOPIC,
    },
  },
  fromState: ([speaker, about]) => ({ speaker, about }),
  autocomplete(option, typed, deps): Choice[] {
    if (option !== 'speaker') return [];
    return suggestSpeakers(deps.quotes, typed, 25).map((s) => ({
      name: choiceName(s.name, s.quotes, s.role),
      value: s.name.slice(0, MAX_NAME),
    }));
  },
  run(input, deps, context): Reply {
    const result = findQuotes(deps.quotes, {
      speaker: input.speaker,
      ...(input.about === undefined ? {} : { about: input.about }),
      limit: MAX_QUOTES,
    });
    if (result.speaker === null) {
      const closest = result.suggestions.length > 0 ? ` Closest known speakers: ${result.suggestions.join(', ')}.` : '';
      return errorReply(`No quotes from ${input.speaker}.${closest}`);
    }
    // "Cooper" for two people: ask which one rather than guess.
    if (result.alsoNamed.length >= 2) {
      return {
        kind: 'info',
        ephemeral: true,
        heading: `Which ${input.speaker}?`,
        lines: [
          `Several people quoted in these articles are called ${input.speaker}:`,
          ...result.alsoNamed.map(
            (p) =>
              `• ${p.name}${p.role === null ? '' : ` — ${p.role}`}${p.kind === 'organisation' ? ' (organisation)' : ''}, ${quoteCount(p.quotes)}`,
          ),
          `Ask again with the full name, for example: /quote speaker: ${result.alsoNamed[0]?.name ?? input.speaker}`,
        ],
        citations: [],
        links: [],
      };
    }
    const about = input.about === undefined ? '' : ` about “${input.about}”`;
    if (result.quotes.length === 0) {
      const hint = input.about === undefined ? ' in these articles.' : `${about}. Try without a topic, or other words.`;
      return errorReply(`No quotes from ${result.speaker.name}${hint}`);
    }
    const dates = new Map(deps.corpus.articles.map((a) => [a.id, a.published]));
    const published = (articleId: string) => dates.get(articleId) ?? null;
    const pages = Math.ceil(result.quotes.length / QUOTES_PER_PAGE);
    const page = Math.min(Math.max(0, context.page), pages - 1);
    const cards = result.quotes
      .slice(page * QUOTES_PER_PAGE, (page + 1) * QUOTES_PER_PAGE)
      .map((item, i) => card(item, page * QUOTES_PER_PAGE + i + 1, published));
    const order = input.about === undefined ? 'newest first' : 'most relevant first';
    const reply: Reply = {
      kind: 'answer',
      ephemeral: false,
      heading: `${result.speaker.name}${about}`,
      lines: [],
      citations: cards,
      links: cards.map((c) => ({ label: `${c.n} · ${c.source.outlet}`, url: c.source.link })),
      footer: `${result.quotes.length} quote${result.quotes.length === 1 ? '' : 's'}, ${order}`,
    };
    if (pages > 1) reply.pager = { command: 'quote', page, pages, state: [result.speaker.name, input.about ?? ''] };
    return reply;
  },
});
