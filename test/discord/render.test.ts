import { describe, expect, it } from 'vitest';
import { renderForDiscord } from '../../src/discord/render.ts';
import { escapeMarkdown, inert } from '../../src/discord/escape.ts';
import { LIMITS } from '../../src/discord/limits.ts';
import type { CitationCard, Reply } from '../../src/reply/model.ts';
import { decodePage } from '../../src/reply/pager.ts';

const source = {
  outlet: 'Harbour Times',
  published: '2021-03-14',
  title: 'Dock workers walk out',
  link: 'https://harbour.example/strike#:~:text=More%20than',
};

function card(n: number, excerpt: string, marks: CitationCard['marks'] = []): CitationCard {
  return { n, excerpt, marks, source, alsoReportedBy: [], conflicts: [] };
}

function answer(citations: CitationCard[], extra: Partial<Reply> = {}): Reply {
  return {
    kind: 'answer',
    ephemeral: false,
    heading: 'Why did the dock workers strike?',
    lines: [],
    citations,
    links: [],
    ...extra,
  };
}

describe('renderForDiscord', () => {
  it('bolds the marked terms, cites outlet, date, title and the deep link, and allows no mentions', () => {
    const excerpt = 'Workers walked out over night-shift pay.';
    const at = excerpt.indexOf('shift');
    const message = renderForDiscord(answer([card(1, excerpt, [{ start: at, end: at + 5 }])]));
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(message.embeds[0]?.title).toBe('Why did the dock workers strike?');
    expect(message.embeds[0]?.description).toBe(
      '**1.** Workers walked out over night\\-**shift** pay.\n— [Harbour Times, 14 Mar 2021](https://harbour.example/strike#:~:text=More%20than) · *Dock workers walk out*',
    );
    expect(message.flags).toBeUndefined();
  });

  it('makes an echoed @everyone and markdown inert in the heading and text', () => {
    const message = renderForDiscord({
      ...answer([]),
      kind: 'info',
      heading: '@everyone what **is** this?',
      lines: ['@here <@&123> _hi_'],
    });
    expect(message.embeds[0]?.title).toBe('@\u200beveryone what **is** this?');
    expect(message.embeds[0]?.description).toBe('@\u200bhere \\<@&\u200b123\\> \\_hi\\_');
    expect(message.allowed_mentions.parse).toEqual([]);
  });

  it('sends errors as short ephemeral content without embeds', () => {
    const message = renderForDiscord({
      kind: 'error',
      ephemeral: true,
      lines: ['Slow down.'],
      citations: [],
      links: [],
    });
    expect(message).toMatchObject({ content: 'Slow down.', embeds: [], flags: 64 });
  });

  it('keeps every part within Discord limits and cuts long excerpts at a word boundary, never mid-link', () => {
    const long = Array.from(
      { length: 400 },
      (_, i) => `Sentence number ${i} talks about the port and its workers.`,
    ).join(' ');
    const citations = Array.from({ length: 8 }, (_, i) => card(i + 1, long, [{ start: 0, end: 8 }]));
    const links = Array.from({ length: 8 }, (_, i) => ({
      label: `${i + 1} · ${'Very long outlet name '.repeat(6)}`,
      url: source.link,
    }));
    const message = renderForDiscord(answer(citations, { links, heading: 'Q'.repeat(300), footer: 'f'.repeat(3000) }));
    const embed = message.embeds[0];
    const description = embed?.description ?? '';
    expect(description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect((embed?.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
    const total = (embed?.title ?? '').length + description.length + (embed?.footer?.text.length ?? 0);
    expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const row of message.components) {
      expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
      for (const button of row.components)
        expect(('label' in button ? button.label : '')?.length ?? 0).toBeLessThanOrEqual(LIMITS.buttonLabel);
    }
    // Every markdown link that was opened is closed.
    expect(description.split('](').length).toBe(
      description.split(')').length - (description.match(/\\\)/gu)?.length ?? 0),
    );
    expect(description).toMatch(/more not shown: open the sources below\.\*$/u);
  });

  it('adds paging buttons whose custom ids rebuild the neighbouring pages', () => {
    const message = renderForDiscord(
      answer([card(6, 'Six.')], { pager: { command: 'quote', page: 1, pages: 3, state: ['Keith Marlow', 'pay'] } }),
    );
    const buttons = message.components[0]?.components ?? [];
    const ids = buttons.map((b) => ('custom_id' in b ? b.custom_id : undefined));
    expect(ids).toEqual(['quote:0:Keith Marlow|pay', 'noop:page', 'quote:2:Keith Marlow|pay']);
    expect(decodePage(ids[2] ?? '')).toEqual({ command: 'quote', page: 2, state: ['Keith Marlow', 'pay'] });
    expect(message.embeds[0]?.footer?.text).toBe('Page 2 of 3');
  });
});

describe('escapeMarkdown', () => {
  it('escapes every markdown character so text shows literally', () => {
    expect(escapeMarkdown('*bold* _it_ `code` ~~s~~ |sp| > q # h [l](u)')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\|sp\\| \\> q \\# h \\[l\\]\\(u\\)',
    );
    expect(inert('@everyone')).toBe('@\u200beveryone');
  });
});
