// End to end with the real entry points as separate processes: `deploy-commands` (src/discord/deploy.ts) and
// `npm start` (src/main.ts), configured only through the environment and pointed at the emulator.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../support/discord/emulator.ts';
import { stringOption } from '../support/discord/payloads.ts';
import { TEST_TOKEN } from '../support/bot.ts';
import {
  by,
  citationsOf,
  embedOf,
  EPHEMERAL,
  expectWellBehaved,
  newUser,
  responseMessage,
  unescapeMarkdown,
} from './helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
}

function run(script: string, env: Record<string, string>): Run {
  // As `npm start` / `npm run deploy-commands` run them (tsx), minus npm itself.
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const result: Run = { child, stdout: [], stderr: [] };
  child.stdout?.on('data', (chunk: Buffer) => result.stdout.push(chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => result.stderr.push(chunk.toString('utf8')));
  return result;
}

async function exitCode(process: ChildProcess): Promise<number | null> {
  if (process.exitCode !== null) return process.exitCode;
  const [code] = (await once(process, 'exit')) as [number | null];
  return code;
}

describe('npm run deploy-commands and npm start against the emulator', () => {
  let emulator: DiscordEmulator;
  let deploy: Run | undefined;
  let bot: Run | undefined;

  beforeAll(async () => {
    emulator = await DiscordEmulator.start({ token: TEST_TOKEN });
    const env = {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_APPLICATION_ID: emulator.scene.application.id,
      DISCORD_GUILD_ID: emulator.scene.guild.id,
      DISCORD_API_URL: emulator.apiBase,
      CORPUS_DIR: 'data',
      LOG_LEVEL: 'info',
    };
    // Both start at once, as an operator might run them; neither needs the other to connect.
    deploy = run('src/discord/deploy.ts', env);
    bot = run('src/main.ts', env);
  });
  afterAll(async () => {
    for (const started of [deploy, bot]) {
      if (started !== undefined && started.child.exitCode === null) {
        started.child.kill('SIGKILL');
        await exitCode(started.child);
      }
    }
    await emulator?.close();
  });

  it('registers the six commands in the guild and says so', async () => {
    if (deploy === undefined) throw new Error('deploy-commands did not start');
    expect(await exitCode(deploy.child)).toBe(0);
    expect(deploy.stdout.join('')).toBe(`registered 6 commands in guild ${emulator.scene.guild.id}\n`);
    expect(emulator.guildCommands()).toHaveLength(6);
  });

  it('connects, answers /ask within 3 s, limits a flooding user, and disconnects cleanly on SIGTERM', async () => {
    if (bot === undefined) throw new Error('the bot did not start');
    await emulator.waitForReady(20_000);

    const sent = await emulator.sendInteraction(
      by(
        newUser('reader'),
        emulator.build.chatInput('ask', [stringOption('question', 'What did Rasmussen say about Russia?')]),
      ),
    );
    await emulator.waitForCallback(sent.id);
    expect(emulator.responseLatency(sent.id)).toBeLessThan(3000);
    expect(citationsOf(embedOf(responseMessage(emulator, sent.id)).description ?? '').length).toBeGreaterThan(0);

    // main.ts installs the per-user limit (5 requests in 20 s) when connected to Discord.
    const flooder = newUser('flooder');
    let last = '';
    for (let i = 0; i < 6; i++) {
      const help = await emulator.sendInteraction(by(flooder, emulator.build.chatInput('help')));
      await emulator.waitForCallback(help.id);
      last = responseMessage(emulator, help.id).content;
      if (i === 5) expect((responseMessage(emulator, help.id).flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    }
    expect(unescapeMarkdown(last)).toMatch(/^Slow down: too many requests\. Try again in \d+ s\.$/u);

    bot.child.kill('SIGTERM');
    expect(await exitCode(bot.child)).toBe(0);
    const log = bot.stderr.join('');
    expect(log).toContain('connected to Discord as archivist');
    expect(log).toContain('SIGTERM: disconnecting');
    expect(log).not.toContain(TEST_TOKEN);
    expect(log).not.toMatch(/ ERROR /u);
    expectWellBehaved(emulator);
  });
});
