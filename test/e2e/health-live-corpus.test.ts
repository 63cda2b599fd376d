// End to end: `npm start`'s entry point (offline console, HTTP_PORT set) reports in /healthz and /metrics the corpus it
// answers from, so after a live swap (an article added to sources.json while it runs) they give the new counts.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/http.ts';
import { SEA_WALL } from '../support/mainBot.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const ARTICLES = [
  SEA_WALL,
  {
    file: 'ferry.txt',
    title: 'Ferry timetable',
    outlet: 'Courier',
    url: 'https://courier.example/ferry',
    published: '2026-01-06',
    text: 'The island ferry moved to its winter timetable a week early after inspectors found a fault in one of its two engines.\n',
  },
];

async function writeCorpus(dir: string, count: number): Promise<void> {
  const listed = ARTICLES.slice(0, count);
  for (const { file, text } of listed) await writeFile(join(dir, file), text);
  await writeFile(
    join(dir, 'sources.json'),
    JSON.stringify({ articles: listed.map(({ text: _text, ...entry }) => entry) }),
  );
}

describe('health and metrics after a live swap', () => {
  let bot: ChildProcess | undefined;
  let dir = '';
  let base = '';
  const stderr: string[] = [];

  async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms:\n${stderr.join('')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'archivist-e2e-health-'));
    await writeCorpus(dir, 1);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env, HTTP_PORT: String(port), CORPUS_DIR: dir, LOG_LEVEL: 'info' };
    delete env.DISCORD_TOKEN;
    // Without a token the bot answers on its console; stdin stays open so it keeps running.
    bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    bot.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
    await waitFor(
      () =>
        fetch(`${base}/healthz`).then(
          (r) => r.status === 200,
          () => false,
        ),
      'no healthy /healthz',
      30_000,
    );
  }, 40_000);
  afterAll(async () => {
    if (bot !== undefined && bot.exitCode === null) {
      bot.kill('SIGKILL');
      await once(bot, 'exit');
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('reports the counts of the corpus swapped in, not those it started with', async () => {
    const before = (await (await fetch(`${base}/healthz`)).json()) as { corpus: unknown };
    expect(before.corpus).toEqual({ articles: 1, passages: 1 });

    await writeCorpus(dir, 2);
    await waitFor(() => stderr.join('').includes('reloaded: 2 articles (was 1)'), 'no reload', 20_000);

    const after = (await (await fetch(`${base}/healthz`)).json()) as { corpus: unknown };
    expect(after.corpus).toEqual({ articles: 2, passages: 2 });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^archivist_corpus_articles 2$/mu);
    expect(metrics).toMatch(/^archivist_corpus_passages 2$/mu);
  }, 40_000);
});
