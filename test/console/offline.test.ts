// `npm start` without DISCORD_TOKEN: the local console, reading standard input to its end, as scripts use it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function start(
  input: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin.end(input);
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

describe('npm start without a token', () => {
  it('says it is offline, answers each piped line like the bot, and exits at the end of input', async () => {
    const { code, stdout } = await start(
      '/quote speaker:Rogozin\n/ask question: What was the climate change warning?\n/sources\n',
      {},
    );
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^archivist is offline \(no DISCORD_TOKEN\)/u);
    expect(stdout).toContain('Dmitry Rogozin: “Co-operation with Russia is not a matter of choice but of necessity”');
    expect(stdout).toContain('battles over scarce resources');
    expect(stdout).toMatch(/#:~:text=/u);
    expect(stdout).toContain('BBC News, 18 Sep 2009');
  }, 60_000);

  it('stops with one message naming each bad setting, and never prints the token', async () => {
    const token = 'MTAxMjM0NTY3ODkwMTIzNDU2Nzg5.GhIjKl.abcdefghijklmnopqrstuvwxyz012345';
    const { code, stdout, stderr } = await start('', {
      DISCORD_TOKEN: token,
      DISCORD_APPLICATION_ID: 'abc',
      LOG_LEVEL: 'chatty',
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'Configuration error (check .env):',
        '  DISCORD_APPLICATION_ID must be a Discord id (17 to 20 digits)',
        '  LOG_LEVEL must be one of debug, info, warn, error',
        '',
      ].join('\n'),
    );
    expect(stderr).not.toContain(token);
  }, 60_000);
});
