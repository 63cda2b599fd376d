// End to end: the bot as `npm start` runs it (src/main.ts, its own process) against the emulator answers from an
// article added with `add` a few seconds earlier, without a restart, and keeps answering while it rebuilds.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { DiscordEmulator } from '../support/discord/emulator.ts';
import { stringOption } from '../support/discord/payloads.ts';
import { TEST_TOKEN } from '../support/bot.ts';
import { oneArticleCorpus, startMainBot } from '../support/mainBot.ts';
import { by, citationsOf, embedOf, expectWellBehaved, newUser, responseMessage, unescapeMarkdown } from './helpers.ts';

const PAGE = fileURLToPath(new URL('../fixtures/pages/ferry-timetable.html', import.meta.url));
const PAGE_URL = 'https://courier.example/ferry-winter-timetable';

const quietIo = { out: () => {}, err: () => {}, lines: async function* () {} };

describe('a live corpus in the running bot', () => {
  let emulator: DiscordEmulator;
  let bot: ChildProcess | undefined;
  let dir: string;
  const stderr: string[] = [];

  beforeAll(async () => {
    dir = await oneArticleCorpus('archivist-e2e-live-');
    emulator = await DiscordEmulator.start({ token: TEST_TOKEN });
    bot = startMainBot(emulator, dir, stderr);
  });
  afterAll(async () => {
    if (bot !== undefined && bot.exitCode === null) {
      bot.kill('SIGKILL');
      await once(bot, 'exit');
    }
    await emulator?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function ask(question: string) {
    const sent = await emulator.sendInteraction(
      by(newUser('reader'), emulator.build.chatInput('ask', [stringOption('question', question)])),
    );
    await emulator.waitForCallback(sent.id);
    return citationsOf(embedOf(responseMessage(emulator, sent.id)).description ?? '');
  }

  async function waitForLog(text: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!stderr.join('').includes(text)) {
      if (Date.now() > deadline) throw new Error(`no "${text}" in the log within ${timeoutMs} ms:\n${stderr.join('')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('answers from a page added with `add` a few seconds earlier, without a restart', async () => {
    await emulator.waitForReady(30_000);
    const before = await ask('Why did the ferry switch to the winter timetable early?');
    expect(before.every((c) => c.link === null || !c.link.startsWith(PAGE_URL))).toBe(true);

    const addedAt = Date.now();
    expect(
      await runCli(['add', PAGE, '--outlet', 'The Coastal Courier', '--url', PAGE_URL, '--data', dir], quietIo),
    ).toBe(0);
    await waitForLog('reloaded: 2 articles (was 1)', 20_000);
    const after = await ask('Why did the ferry switch to the winter timetable early?');
    const answeredMs = Date.now() - addedAt;

    const top = after[0];
    expect(top?.link?.startsWith(`${PAGE_URL}#:~:text=`)).toBe(true);
    expect(unescapeMarkdown(top?.excerpt ?? '')).toContain('inspectors found a fault in one of its two engines');
    // "A few seconds": the debounce (0.5 s), a rebuild of two articles, and one /ask.
    expect(answeredMs).toBeLessThan(15_000);
    expect(bot?.exitCode).toBeNull();
    expectWellBehaved(emulator);
  }, 60_000);

  it('keeps answering from the previous corpus when sources.json is broken, and logs why', async () => {
    await writeFile(join(dir, 'sources.json'), '{"articles": [');
    await waitForLog(
      'changed but was not reloaded, still answering from the previous corpus: sources.json: is not valid JSON',
      20_000,
    );
    const still = await ask('Why did the ferry switch to the winter timetable early?');
    expect(still[0]?.link?.startsWith(`${PAGE_URL}#:~:text=`)).toBe(true);
  }, 60_000);
});
