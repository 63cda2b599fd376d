// End to end with the real entry point: `npm start` with a token and nothing deployed registers the commands
// itself; started again, it finds them up to date and does not overwrite them.
import { COMMANDS } from '../../commands/index.ts';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../support/discord/emulator.ts';
import { TEST_TOKEN } from '../support/bot.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PUT = 'PUT /applications/:applicationId/guilds/:guildId/commands';
const GET = 'GET /applications/:applicationId/guilds/:guildId/commands';

describe('npm start registers its commands', () => {
  let emulator: DiscordEmulator;
  beforeAll(async () => {
    emulator = await DiscordEmulator.start({ token: TEST_TOKEN });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  async function startAndStop(): Promise<string> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_APPLICATION_ID: emulator.scene.application.id,
        DISCORD_GUILD_ID: emulator.scene.guild.id,
        DISCORD_API_URL: emulator.apiBase,
        CORPUS_DIR: 'data',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    const deadline = Date.now() + 40_000;
    while (
      !/commands in guild \d+ (are up to date)?/u.test(log) &&
      !log.includes(`registered ${COMMANDS.length} commands`) &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGTERM');
    await once(child, 'exit');
    return log;
  }

  it('puts them once, on the first start only', async () => {
    const first = await startAndStop();
    expect(first).toContain(` INFO registered ${COMMANDS.length} commands in guild ${emulator.scene.guild.id}\n`);
    expect(emulator.guildCommands()).toHaveLength(COMMANDS.length);
    const second = await startAndStop();
    expect(second).toContain(
      ` INFO the ${COMMANDS.length} commands in guild ${emulator.scene.guild.id} are up to date\n`,
    );
    expect(emulator.requests.filter((r) => r.route === PUT || r.route === GET).map((r) => r.route)).toEqual([
      GET,
      PUT,
      GET,
    ]);
  }, 90_000);
});
