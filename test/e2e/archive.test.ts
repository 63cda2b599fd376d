// End to end: /archive add and /archive remove through the real bot process (src/main.ts) and the emulator, with
// the attachment served over HTTP as Discord's CDN would: a moderator's page is answerable seconds later; a member
// without Manage Server, a too-large attachment and one that is not text are refused with the reason.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIAttachment, APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../support/discord/emulator.ts';
import { chatInputInteraction } from '../support/discord/payloads.ts';
import { snowflake } from '../support/discord/snowflake.ts';
import { TEST_TOKEN } from '../support/bot.ts';
import { oneArticleCorpus, startMainBot } from '../support/mainBot.ts';
import {
  by,
  citationsOf,
  EDIT_ORIGINAL,
  embedOf,
  EPHEMERAL,
  newUser,
  responseMessage,
  unescapeMarkdown,
} from './helpers.ts';
import { stringOption } from '../support/discord/payloads.ts';

const PAGE = fileURLToPath(new URL('../fixtures/pages/ferry-timetable.html', import.meta.url));
const PAGE_URL = 'https://courier.example/ferry-winter-timetable';
const MANAGE_SERVER = '32';

/** Files the test's "CDN" serves: name → content type and bytes. */
const served = new Map<string, { type: string; bytes: Buffer }>();

function shown(message: APIMessage): string {
  return unescapeMarkdown(
    [message.content, ...message.embeds.flatMap((e) => [e.title ?? '', e.description ?? ''])]
      .filter(Boolean)
      .join('\n'),
  );
}

describe('/archive through the running bot', () => {
  let emulator: DiscordEmulator;
  let cdn: Server;
  let cdnBase: string;
  let bot: ChildProcess | undefined;
  let dir: string;
  const stderr: string[] = [];

  beforeAll(async () => {
    dir = await oneArticleCorpus('archivist-e2e-archive-');
    served.set('ferry-timetable.html', { type: 'text/html; charset=utf-8', bytes: await readFile(PAGE) });
    served.set('sneaky.html', { type: 'text/html', bytes: Buffer.alloc(3 * 1024 * 1024, 'a') });
    cdn = createServer((request, response) => {
      const file = served.get(decodeURIComponent((request.url ?? '').slice(1)));
      if (file === undefined) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': file.type }).end(file.bytes);
    });
    cdn.listen(0, '127.0.0.1');
    await once(cdn, 'listening');
    cdnBase = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}`;
    emulator = await DiscordEmulator.start({ token: TEST_TOKEN });
    bot = startMainBot(emulator, dir, stderr);
    await emulator.waitForReady(30_000);
  }, 60_000);
  afterAll(async () => {
    if (bot !== undefined && bot.exitCode === null) {
      bot.kill('SIGKILL');
      await once(bot, 'exit');
    }
    await emulator?.close();
    cdn?.close();
    await rm(dir, { recursive: true, force: true });
  });

  function attachment(name: string, size: number, contentType: string): APIAttachment {
    return {
      id: snowflake(),
      filename: name,
      size,
      url: `${cdnBase}/${name}`,
      proxy_url: `${cdnBase}/${name}`,
      content_type: contentType,
    };
  }

  async function archive(
    sub: 'add' | 'remove',
    options: { file?: APIAttachment; strings: Record<string, string> },
    permissions: string,
  ) {
    const strings = Object.entries(options.strings).map(([name, value]) => ({ type: 3 as const, name, value }));
    const file = options.file;
    const payload = chatInputInteraction(emulator.scene, {
      name: 'archive',
      options: [
        {
          type: 1,
          name: sub,
          options: [...(file === undefined ? [] : [{ type: 11 as const, name: 'file', value: file.id }]), ...strings],
        },
      ],
      ...(file === undefined ? {} : { resolved: { attachments: { [file.id]: file } } }),
    });
    const user = newUser('moderator');
    const sent = await emulator.sendInteraction({
      ...by(user, payload),
      member: { ...payload.member, user, permissions },
    });
    const callback = await emulator.waitForCallback(sent.id);
    // A slow change is deferred (type 5), then the reply arrives as an edit of the original response.
    if ((callback.body as { type?: number } | null)?.type === 5) {
      await emulator.waitFor((r) => r.interactionId === sent.id && r.route === EDIT_ORIGINAL, 30_000);
    }
    const message = responseMessage(emulator, sent.id);
    expect((message.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    return shown(message);
  }

  async function ask(question: string) {
    const sent = await emulator.sendInteraction(
      by(newUser('reader'), emulator.build.chatInput('ask', [stringOption('question', question)])),
    );
    await emulator.waitForCallback(sent.id);
    return citationsOf(embedOf(responseMessage(emulator, sent.id)).description ?? '');
  }

  const QUESTION = 'Why did the ferry switch to the winter timetable early?';

  it('adds a page for a moderator, says what was added, and answers from it at once', async () => {
    const page = served.get('ferry-timetable.html');
    const reply = await archive(
      'add',
      {
        file: attachment('ferry-timetable.html', page?.bytes.length ?? 0, 'text/html; charset=utf-8'),
        strings: { url: PAGE_URL, outlet: 'The Coastal Courier' },
      },
      MANAGE_SERVER,
    );
    expect(reply).toMatch(
      /Added ferry-timetable\.html: "Island ferry moves to winter timetable early after engine fault", 5 passage\(s\), speakers: [^.]*Greta Halvorsen[^.]*\./u,
    );
    const citations = await ask(QUESTION);
    expect(citations[0]?.link?.startsWith(`${PAGE_URL}#:~:text=`)).toBe(true);
    expect(citations[0]?.excerpt).toContain('inspectors found a fault in one of its two engines');
  }, 60_000);

  it('refuses a member without Manage Server, changing nothing', async () => {
    const before = await readFile(join(dir, 'sources.json'), 'utf8');
    const reply = await archive('remove', { strings: { url: PAGE_URL } }, '3072');
    expect(reply).toContain('Only members with the Manage Server permission can change the archive.');
    expect(await readFile(join(dir, 'sources.json'), 'utf8')).toBe(before);
  }, 30_000);

  it('refuses an attachment over 2 MB, and one whose download turns out larger than it said', async () => {
    expect(
      await archive(
        'add',
        {
          file: attachment('big.html', 3 * 1024 * 1024, 'text/html'),
          strings: { url: 'https://x.example/big', outlet: 'X' },
        },
        MANAGE_SERVER,
      ),
    ).toContain('Not added: big.html is 3145728 bytes; at most 2097152 (2 MB) can be added.');
    expect(
      await archive(
        'add',
        {
          file: attachment('sneaky.html', 1000, 'text/html'),
          strings: { url: 'https://x.example/sneaky', outlet: 'X' },
        },
        MANAGE_SERVER,
      ),
    ).toContain('Not added: sneaky.html is larger than 2097152 bytes');
  }, 30_000);

  it('refuses an attachment that is not text', async () => {
    expect(
      await archive(
        'add',
        { file: attachment('photo.png', 5000, 'image/png'), strings: { url: 'https://x.example/p', outlet: 'X' } },
        MANAGE_SERVER,
      ),
    ).toContain('Not added: photo.png is not a .txt or .html file.');
    expect(
      await archive(
        'add',
        {
          file: attachment('report.txt', 5000, 'application/pdf'),
          strings: { url: 'https://x.example/r', outlet: 'X' },
        },
        MANAGE_SERVER,
      ),
    ).toContain('Not added: report.txt is application/pdf, not text or HTML.');
  }, 30_000);

  it('removes an article by url for a moderator, and stops answering from it', async () => {
    expect(await archive('remove', { strings: { url: PAGE_URL } }, MANAGE_SERVER)).toContain(
      'Removed ferry-timetable.html.',
    );
    const citations = await ask(QUESTION);
    expect(citations.every((c) => c.link === null || !c.link.startsWith(PAGE_URL))).toBe(true);
    expect(stderr.join('')).not.toMatch(/ ERROR /u);
  }, 60_000);
});
