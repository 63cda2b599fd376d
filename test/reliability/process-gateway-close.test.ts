// Issue 13 row 8: when Discord closes the gateway for good (4004, 4010–4014), the bot process logs the code and its
// meaning and exits non-zero, so a supervisor sees the failure. The real entry point runs as its own process
// against the loopback Discord, which closes the gateway with each code: after READY, and in answer to IDENTIFY.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_GATEWAY_CLOSED, PERMANENT_CLOSE_CODES } from '../../src/discord/closeCodes.ts';
import { DiscordEmulator } from '../support/discord/emulator.ts';
import { TEST_TOKEN } from '../support/bot.ts';
import { startMainBot } from '../support/mainBot.ts';

interface Bot {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

const started: Bot[] = [];
const emulators: DiscordEmulator[] = [];

function startBot(emulator: DiscordEmulator): Bot {
  const chunks: string[] = [];
  const child = startMainBot(emulator, 'data', chunks);
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const bot = { child, stderr: () => chunks.join(''), exited };
  started.push(bot);
  return bot;
}

/** The exit status, or 'still running' when the process has not ended within `ms`. */
async function exitWithin(bot: Bot, ms: number): Promise<number | null | 'still running'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'still running'>((resolve) => (timer = setTimeout(() => resolve('still running'), ms)));
  return Promise.race([bot.exited, late]).finally(() => clearTimeout(timer));
}

async function emulator(): Promise<DiscordEmulator> {
  const server = await DiscordEmulator.start({ token: TEST_TOKEN });
  emulators.push(server);
  return server;
}

function closeLine(code: number): string {
  return ` ERROR Discord closed the gateway for good with code ${code} (${PERMANENT_CLOSE_CODES[code]}); not reconnecting\n`;
}

afterEach(async () => {
  for (const bot of started.splice(0)) {
    if (bot.child.exitCode === null && bot.child.signalCode === null) {
      bot.child.kill('SIGKILL');
      await bot.exited;
    }
  }
  for (const server of emulators.splice(0)) await server.close();
});

const CODES = [4004, 4010, 4011, 4012, 4013, 4014];

describe('a permanent gateway close', () => {
  it('is logged with its code and meaning and ends the process with status 78, for each of 4004 and 4010–4014 after READY', async () => {
    // Two bots at a time: six starting at once on a 2-core CI machine can take longer than any fair bound.
    const runs: { code: number; status: number | null | string; log: string }[] = [];
    for (let i = 0; i < CODES.length; i += 2) {
      runs.push(
        ...(await Promise.all(
          CODES.slice(i, i + 2).map(async (code) => {
            const server = await emulator();
            const bot = startBot(server);
            await server.waitForReady(60_000);
            server.dropGateway(code);
            return { code, status: await exitWithin(bot, 10_000), log: bot.stderr() };
          }),
        )),
      );
    }
    for (const run of runs) {
      expect({ code: run.code, status: run.status }).toEqual({ code: run.code, status: EXIT_GATEWAY_CLOSED });
      expect(run.log).toContain(' INFO connected to Discord as archivist\n');
      expect(run.log).toContain(closeLine(run.code));
      expect(run.log).not.toContain(TEST_TOKEN);
    }
  }, 360_000);

  it('refused at IDENTIFY (4014, disallowed intents) stops start-up with the same line and status 78', async () => {
    const server = await emulator();
    server.refuseIdentify(4014);
    const bot = startBot(server);
    // Generous: on a loaded 2-core machine the bot's own start (transpiling, loading the corpus) can take 20 s.
    expect(await exitWithin(bot, 60_000)).toBe(EXIT_GATEWAY_CLOSED);
    expect(bot.stderr()).toContain(closeLine(4014));
    expect(bot.stderr()).not.toContain('connected to Discord');
    expect(bot.stderr()).not.toContain('failed to start');
    expect(server.identifies.length).toBeGreaterThan(0);
  }, 90_000);
});
