// Issue 13 row 13: echoed user text kept raw `<@id>`, `<#id>`, `<@&id>`, masked links, NUL and lone surrogates in
// embed titles and error messages, and the console wrote escape sequences from questions and from article text
// straight to the terminal. Discord side: the real discord.js client against the loopback Discord. Console side:
// `src/main.ts` as a process on a corpus written here, and the console adapter with colour on.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, MENTION_ROUTE } from '../../commands/index.ts';
import { runConsole } from '../../src/console/console.ts';
import { loadDeps } from '../../src/load/deps.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { createRouter } from '../../src/router/router.ts';
import { startBotHarness, type BotHarness } from '../support/bot.ts';
import { stringOption } from '../support/discord/payloads.ts';
import { by, embedOf, expectWellBehaved, newUser, responseMessage } from '../e2e/helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const HOSTILE =
  'for <@123456789012345678> in <#234567890123456789> and <@&345678901234567890> see [free nitro](https://evil.example/x) or </ask:456789012345678901> \u0000 \uD800 end';

/** Everything row 13 names, as patterns that must not occur in what the bot shows. */
const RAW = {
  mention: /<(@[!&]?|#)\d+>/u,
  commandMention: /<\/[^<>]+:\d+>/u,
  /** `[text](url)` with neither bracket escaped: markdown that renders as a link. */
  maskedLink: /(?<!\\)\]\s*(?<!\\)\(/u,
  nul: /\u0000/u,
  loneSurrogate: /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
};

function rawFound(text: string): string[] {
  return Object.entries(RAW)
    .filter(([, pattern]) => pattern.test(text))
    .map(([name]) => name);
}

describe('echoed text in Discord', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('defuses mentions, masked links, NUL and lone surrogates in the embed title that echoes a question', async () => {
    const sent = await h.emulator.sendInteraction(
      by(
        newUser('a'),
        h.emulator.build.chatInput('ask', [stringOption('question', `What did Rasmussen say ${HOSTILE}`)]),
      ),
    );
    await h.emulator.waitForCallback(sent.id);
    const title = embedOf(responseMessage(h.emulator, sent.id)).title ?? '';
    expect(title.startsWith('What did Rasmussen say for <@')).toBe(true);
    expect(rawFound(title)).toEqual([]);
    expect(title).toContain('[free nitro]\u200b(https://evil.example/x)');
    expectWellBehaved(h.emulator);
  });

  it('defuses the same in an error message that echoes the input', async () => {
    // A speaker name is at most 100 characters.
    const speaker =
      '<@123456789012345678> <#234567890123456789> [x](https://evil.example) </ask:4567890123> \u0000\uD800';
    const sent = await h.emulator.sendInteraction(
      by(newUser('b'), h.emulator.build.chatInput('quote', [stringOption('speaker', speaker)])),
    );
    await h.emulator.waitForCallback(sent.id);
    const content = responseMessage(h.emulator, sent.id).content;
    expect(content.startsWith('No quotes from \\<@')).toBe(true);
    expect(rawFound(content)).toEqual([]);
    expectWellBehaved(h.emulator);
  });
});

describe('echoed text in the console', () => {
  let corpus: string;
  beforeAll(() => {
    corpus = mkdtempSync(join(tmpdir(), 'archivist-ansi-'));
    // An article whose title, outlet and text carry terminal escapes: clear screen, set the window title, blink.
    writeFileSync(
      join(corpus, 'lamp.txt'),
      [
        'Harbour lamp back in service',
        '',
        'The lamp of the old harbour lighthouse was repaired on Tuesday \u001b[2J\u001b]0;pwned\u0007after a storm broke its lens, the keeper said.',
        '',
        'Engineers replaced the lens and tested the beam through the night, and ships again steer by it.',
        '',
        'The keeper said the repair cost less than the town had feared.',
      ].join('\n'),
    );
    writeFileSync(
      join(corpus, 'sources.json'),
      JSON.stringify({
        articles: [
          {
            file: 'lamp.txt',
            title: 'Harbour lamp \u001b[31mback\u001b[0m in service',
            outlet: 'Coast \u001b[5mGazette',
            url: 'https://coast.example/lamp',
            published: '2024-05-02',
          },
        ],
      }),
    );
  });
  afterAll(() => {
    rmSync(corpus, { recursive: true, force: true });
  });

  const QUESTION = '/ask question: When was the lighthouse lamp repaired? \u001b[2J\u001b[1;1H\u001b]0;owned\u0007';

  it('writes no escape sequence from a question or an article to standard output', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '', CORPUS_DIR: corpus, LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stdin.end(`${QUESTION}\n/quote speaker: \u001b[31mred\n/nosuch\u001b[2J\n`);
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(stdout).toContain('When was the lighthouse lamp repaired?');
    expect(stdout).toContain('was repaired on Tuesday after a storm broke its lens');
    expect(stdout).toContain('Coast Gazette, 2 May 2024 · Harbour lamp back in service');
    expect(stdout).toContain('! Unknown command /nosuch.');
    expect(stdout.match(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu) ?? []).toEqual([]);
  }, 60_000);

  it('with colour on, writes only its own bold on and off', async () => {
    const { deps } = await loadDeps(corpus);
    const router = createRouter({ commands: COMMANDS, deps, logger: silentLogger, mention: MENTION_ROUTE });
    const input = new PassThrough();
    let written = '';
    const done = runConsole({
      router,
      commands: COMMANDS,
      input,
      write: (text) => (written += text),
      interactive: false,
      color: true,
    });
    input.end(`${QUESTION}\n`);
    await done;
    expect(written.replace(/\u001b\[(1|22)m/gu, '')).toContain('was repaired on Tuesday after a storm broke its lens');
    const escapes = new Set(written.match(/\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007]*\u0007?|\u001b/gu) ?? []);
    expect([...escapes].sort()).toEqual(['\u001b[1m', '\u001b[22m']);
  });
});
