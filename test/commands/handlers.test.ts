import { beforeAll, describe, expect, it } from 'vitest';
import { ask, NOTHING_FOUND } from '../../commands/ask.ts';
import { findSources } from '../../commands/findSources.ts';
import { help } from '../../commands/help.ts';
import { COMMANDS } from '../../commands/index.ts';
import { MAX_QUESTION_LENGTH } from '../../commands/question.ts';
import { quote, QUOTES_PER_PAGE } from '../../commands/quote.ts';
import { sources } from '../../commands/sources.ts';
import type { Deps } from '../../commands/types.ts';
import { loadDeps } from '../../src/load/deps.ts';
import type { Reply } from '../../src/reply/model.ts';

let deps: Deps;

beforeAll(async () => {
  deps = (await loadDeps('data')).deps;
});

async function run<I>(
  command: {
    parse(o: Record<string, unknown>): { ok: true; value: I } | { ok: false; error: string };
    run(i: I, d: Deps, c: { page: number }): Reply | Promise<Reply>;
  },
  options: Record<string, unknown>,
  page = 0,
): Promise<Reply> {
  const parsed = command.parse(options);
  if (!parsed.ok) throw new Error(parsed.error);
  return command.run(parsed.value, deps, { page });
}

describe('command definitions', () => {
  it('lists each command once with Discord-valid names and descriptions', () => {
    const names = COMMANDS.map((c) => c.definition.name);
    expect(names).toEqual(['ask', 'quote', 'sources', 'help', 'Find sources', 'archive']);
    for (const { definition } of COMMANDS) {
      if (definition.type === 1) {
        expect(definition.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(definition.description?.length ?? 0).toBeGreaterThan(0);
        expect(definition.description?.length ?? 0).toBeLessThanOrEqual(100);
      } else expect(definition.description).toBeUndefined();
    }
  });
});

describe('/ask', () => {
  it('answers with verbatim excerpts of the corpus, each with source, date and a deep link', async () => {
    const reply = await run(ask, { question: 'What did Rasmussen say about climate change?' });
    expect(reply.kind).toBe('answer');
    expect(reply.citations.length).toBeGreaterThanOrEqual(1);
    for (const card of reply.citations) {
      expect(deps.corpus.articles.some((a) => a.text.includes(card.excerpt))).toBe(true);
      expect(card.source.link).toContain('#:~:text=');
    }
    expect(reply.citations[0]?.excerpt).toContain('battles over scarce resources');
    expect(reply.links.length).toBe(reply.citations.length);
  });

  it('says plainly, and privately, that nothing answers a question the corpus does not cover', async () => {
    const reply = await run(ask, { question: 'How tall is the Eiffel Tower?' });
    expect(reply).toMatchObject({
      kind: 'info',
      ephemeral: true,
      citations: [],
      lines: [NOTHING_FOUND, expect.stringContaining('/quote')],
    });
  });

  it('refuses an empty or over-long question with a specific message', () => {
    expect(ask.parse({ question: '   ' })).toEqual({
      ok: false,
      error: 'Please type a question, for example: /ask question: what did Rasmussen propose?',
    });
    expect(ask.parse({ question: 'x'.repeat(MAX_QUESTION_LENGTH + 12) })).toEqual({
      ok: false,
      error: `Your question is ${MAX_QUESTION_LENGTH + 12} characters long; please keep it to ${MAX_QUESTION_LENGTH} or fewer.`,
    });
  });

  it('makes the answer private when asked to', async () => {
    expect((await run(ask, { question: 'NATO Russia Council', private: true })).ephemeral).toBe(true);
    expect(ask.isPrivate?.({ question: 'q', private: true })).toBe(true);
  });
});

describe('Find sources', () => {
  it('answers the message text as a question and refuses an empty message', async () => {
    const reply = await run(findSources, {
      message: 'Rasmussen wants NATO and Russia to link their missile defence systems',
    });
    expect(reply.kind).toBe('answer');
    expect(reply.citations.some((c) => /missile defen[cs]e systems/u.test(c.excerpt))).toBe(true);
    expect(findSources.parse({ message: '' })).toEqual({ ok: false, error: 'That message has no text to look up.' });
  });
});

describe('/quote', () => {
  it('lists a speaker by any alias, five to a page, with a pager that rebuilds every page', async () => {
    const first = await run(quote, { speaker: 'Mr Rasmussen' });
    expect(first.heading).toBe('Anders Fogh Rasmussen');
    expect(first.citations).toHaveLength(QUOTES_PER_PAGE);
    expect(first.citations.every((c) => c.speaker === 'Anders Fogh Rasmussen')).toBe(true);
    const pager = first.pager;
    expect(pager?.page).toBe(0);
    const second = await run(quote, quote.fromState?.(pager?.state ?? []) ?? {}, 1);
    expect(second.citations[0]?.n).toBe(QUOTES_PER_PAGE + 1);
    expect(second.citations.map((c) => c.excerpt)).not.toEqual(first.citations.map((c) => c.excerpt));
  });

  it('flags words that another outlet gives to someone else', async () => {
    const reply = await run(quote, { speaker: 'Rogozin' });
    const disputed = reply.citations.find((c) => c.conflicts.length > 0);
    expect(disputed?.excerpt).toBe('Co-operation with Russia is not a matter of choice but of necessity');
    expect(disputed?.conflicts.map((c) => [c.speaker, c.source.outlet])).toEqual([
      ['Anders Fogh Rasmussen', 'Xinhua (china.org.cn)'],
    ]);
  });

  it('answers an unknown speaker privately with the closest known speakers', async () => {
    const reply = await run(quote, { speaker: 'Rogosin' });
    expect(reply.kind).toBe('answer');
    const unknown = await run(quote, { speaker: 'Angela Merkel' });
    expect(unknown.kind).toBe('error');
    expect(unknown.ephemeral).toBe(true);
    expect(unknown.lines[0]).toMatch(/^No quotes from Angela Merkel\. Closest known speakers: .+\.$/u);
  });

  it('suggests at most 25 speakers for autocomplete, matching what was typed', () => {
    const choices = quote.autocomplete?.('speaker', 'ras', deps) ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]?.value).toBe('Anders Fogh Rasmussen');
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});

describe('/sources and /help', () => {
  it('lists every article newest first with outlet, date and link', async () => {
    const reply = await run(sources, {});
    expect(reply.entries?.length).toBe(deps.corpus.articles.length);
    expect(reply.entries?.[0]?.detail).toBe('RT, 17 Dec 2009');
    expect(reply.entries?.at(-1)?.detail).toBe('defenceWeb, undated');
  });

  it('explains the commands privately', async () => {
    const reply = await run(help, {});
    expect(reply.ephemeral).toBe(true);
    expect(reply.lines.join('\n')).toContain('/quote speaker:');
  });
});
