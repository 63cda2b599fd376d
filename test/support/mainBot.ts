// The bot as `npm start` runs it (src/main.ts, its own process) against the loopback Discord server, on a corpus
// folder of one short article: for end-to-end tests of what only a whole process does (live corpus, /archive).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_TOKEN } from './bot.ts';
import type { DiscordEmulator } from './discord/emulator.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The one article of the corpus, with its manifest entry. */
export const SEA_WALL = {
  file: 'wall.txt',
  title: 'Sea wall',
  outlet: 'Herald',
  url: 'https://herald.example/wall',
  published: '2026-01-05',
  text: 'The council of Dunmoor voted on Tuesday to repair the sea wall before the winter storms, at a cost of nine hundred thousand.\n',
};

/** A new temporary corpus folder (its name starting with `prefix`) holding SEA_WALL and its sources.json. */
export async function oneArticleCorpus(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const { text, ...entry } = SEA_WALL;
  await writeFile(join(dir, entry.file), text);
  await writeFile(join(dir, 'sources.json'), JSON.stringify({ articles: [entry] }));
  return dir;
}

/**
 * Starts src/main.ts on `dir` (a corpus folder, or "data" for the seed corpus) against the emulator, its stderr
 * collected into `stderr`.
 */
export function startMainBot(emulator: DiscordEmulator, dir: string, stderr: string[]): ChildProcess {
  const bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_APPLICATION_ID: emulator.scene.application.id,
      DISCORD_API_URL: emulator.apiBase,
      CORPUS_DIR: dir,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  bot.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
  return bot;
}
