// Issue 13 row 9: a supervisor signals the one PID it started — here `npm start` — and every process under it must
// be gone within seconds. Before, npm → tsx → node left tsx and the bot running (and connected) after SIGTERM to
// npm, so a restart ran two bots. Runs `npm start` for real, against the loopback Discord and as the console.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../support/discord/emulator.ts';
import { TEST_TOKEN } from '../support/bot.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GONE_WITHIN_MS = 5000;

interface ProcessInfo {
  pid: number;
  ppid: number;
  state: string;
}

/** Every process on the machine, from /proc (Linux): pid, parent pid and state (Z: exited, not yet reaped). */
function processTable(): ProcessInfo[] {
  return readdirSync('/proc').flatMap((name): ProcessInfo[] => {
    if (!/^\d+$/u.test(name)) return [];
    try {
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after its last ")".
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state = '', ppid = ''] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return [{ pid: Number(name), ppid: Number(ppid), state }];
    } catch {
      return [];
    }
  });
}

function descendants(root: number): number[] {
  const table = processTable();
  const found: number[] = [];
  let frontier = [root];
  while (frontier.length > 0) {
    const children = table.filter((p) => frontier.includes(p.ppid)).map((p) => p.pid);
    found.push(...children);
    frontier = children;
  }
  return found;
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

function running(pids: readonly number[]): number[] {
  const live = new Set(
    processTable()
      .filter((p) => p.state !== 'Z')
      .map((p) => p.pid),
  );
  return pids.filter((pid) => live.has(pid));
}

/** The pids of `pids` still running after `ms` (polled, so it returns as soon as they are all gone). */
async function stillRunningAfter(pids: readonly number[], ms: number): Promise<number[]> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (running(pids).length === 0) return [];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return running(pids);
}

const leftovers: number[] = [];
const emulators: DiscordEmulator[] = [];

afterEach(async () => {
  for (const pid of running(leftovers.splice(0))) process.kill(pid, 'SIGKILL');
  for (const server of emulators.splice(0)) await server.close();
});

interface NpmStart {
  npm: ChildProcess;
  output: () => string;
}

function npmStart(env: Record<string, string>): NpmStart {
  const npm = spawn('npm', ['start'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  npm.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  npm.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return { npm, output: () => output };
}

async function until(condition: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Signals npm's pid alone, as a supervisor does, and returns the descendants still running after the grace time. */
async function signalNpm(started: NpmStart, signal: NodeJS.Signals): Promise<{ tree: string[]; left: string[] }> {
  const pid = started.npm.pid ?? -1;
  const tree = descendants(pid);
  leftovers.push(...tree);
  const lines = tree.map(commandLine);
  started.npm.kill(signal);
  const left = await stillRunningAfter(tree, GONE_WITHIN_MS);
  return { tree: lines, left: left.map((p) => `${p} ${commandLine(p)}`) };
}

describe('signalling the pid of `npm start`', () => {
  it('SIGTERM stops the connected bot and every process under npm within 5 s; the bot disconnects cleanly', async () => {
    const server = await DiscordEmulator.start({ token: TEST_TOKEN });
    emulators.push(server);
    const started = npmStart({
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_APPLICATION_ID: server.scene.application.id,
      DISCORD_API_URL: server.apiBase,
      CORPUS_DIR: 'data',
      LOG_LEVEL: 'info',
    });
    await server.waitForReady(30_000);
    await until(() => started.output().includes('connected to Discord as archivist'), 5000, 'the connected line');
    const { tree, left } = await signalNpm(started, 'SIGTERM');
    expect(tree.some((line) => line.includes('src/main.ts'))).toBe(true);
    expect(left).toEqual([]);
    expect(started.output()).toContain('SIGTERM: disconnecting');
    // npm waits for the bot and exits with its status: 0, a clean stop.
    const running = started.npm.exitCode === null && started.npm.signalCode === null;
    const [code, signal] = running ? await once(started.npm, 'exit') : [started.npm.exitCode, started.npm.signalCode];
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  }, 60_000);

  it('SIGKILL to npm (a supervisor out of patience) still stops the connected bot within 5 s', async () => {
    const server = await DiscordEmulator.start({ token: TEST_TOKEN });
    emulators.push(server);
    const started = npmStart({
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_APPLICATION_ID: server.scene.application.id,
      DISCORD_API_URL: server.apiBase,
      CORPUS_DIR: 'data',
      LOG_LEVEL: 'info',
    });
    await server.waitForReady(30_000);
    await until(() => started.output().includes('connected to Discord as archivist'), 5000, 'the connected line');
    const { tree, left } = await signalNpm(started, 'SIGKILL');
    expect(tree.some((line) => line.includes('src/main.ts'))).toBe(true);
    expect(left).toEqual([]);
  }, 60_000);

  it('SIGINT stops the console and every process under npm within 5 s', async () => {
    const started = npmStart({ DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '', CORPUS_DIR: 'data', LOG_LEVEL: 'warn' });
    // Standard input stays open: the console waits for questions, as it does in a terminal.
    await until(() => started.output().includes('archivist is offline'), 30_000, 'the console to start');
    const { tree, left } = await signalNpm(started, 'SIGINT');
    expect(tree.some((line) => line.includes('src/main.ts'))).toBe(true);
    expect(left).toEqual([]);
  }, 60_000);
});
