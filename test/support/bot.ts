// Test harness for end-to-end runs: the Discord emulator on 127.0.0.1, the commands deployed to its guild, and the
// real bot wired exactly as src/main.ts wires it (loadDeps → createRouter → startDiscordBot). Used by test/e2e and bench.
import { fileURLToPath } from 'node:url';
import { COMMANDS, MENTION_ROUTE } from '../../commands/index.ts';
import type { RegisteredCommand, Deps } from '../../commands/types.ts';
import { startDiscordBot, type DiscordBot } from '../../src/discord/client.ts';
import { deployCommands } from '../../src/discord/deploy.ts';
import { loadDeps } from '../../src/load/deps.ts';
import type { Logger } from '../../src/log/logger.ts';
import { createRateLimiter, DEFAULT_RATE_LIMIT } from '../../src/router/rateLimit.ts';
import { createRouter, type Router } from '../../src/router/router.ts';
import { DiscordEmulator, type EmulatorOptions } from './discord/emulator.ts';

/** The per-user limit src/main.ts applies when connected to Discord (5 requests in 20 seconds). */
export const MAIN_RATE_LIMIT = DEFAULT_RATE_LIMIT;

/** A token shaped like a real one; the emulator accepts only this one, so every request must carry it. */
export const TEST_TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GaBcDe.e2e-test-token-0123456789abcdef';

export const SEED_CORPUS_DIR = fileURLToPath(new URL('../../data', import.meta.url));

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
}

/** A logger that keeps every line, so tests can assert that nothing went wrong on the bot's side. */
export interface RecordingLogger extends Logger {
  readonly lines: LogLine[];
  errors(): string[];
}

export function recordingLogger(): RecordingLogger {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (message: string) => void lines.push({ level, message });
  return {
    lines,
    errors: () => lines.filter((l) => l.level === 'error' || l.level === 'warn').map((l) => l.message),
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
  };
}

export interface BotHarnessOptions {
  /** Corpus directory (default: the seed corpus in data/). */
  corpusDir?: string;
  /** false: no per-user rate limit (benchmarks send many requests as one user). Default: main.ts's limit. */
  rateLimit?: false;
  /** Default: a recording logger, returned as `logs`. */
  logger?: Logger;
  /** Router deferral threshold; default: the router's own. */
  deferAfterMs?: number;
  /** Already-loaded deps for corpusDir (skips loading it again). */
  deps?: Deps;
  /** Command list (default: the bot's COMMANDS). */
  commands?: readonly RegisteredCommand[];
  emulator?: EmulatorOptions;
  /** false: skip `deploy-commands` before starting, so the bot must register the commands itself. */
  deploy?: false;
  /** Where the bot registers its commands on ready (default: the emulator's guild, as main.ts with DISCORD_GUILD_ID). */
  registerIn?: 'guild' | 'global';
  /** Internal shards, as SHARD_COUNT in main.ts (default: discord.js's default, one shard). */
  shards?: 'auto' | number;
}

export interface BotHarness {
  emulator: DiscordEmulator;
  bot: DiscordBot;
  router: Router;
  deps: Deps;
  /** The logger passed in, or the recording logger the harness made. */
  logs: RecordingLogger | null;
  /** Stops the current bot and connects a brand-new client and router to the same emulator (a process restart). */
  restart(): Promise<DiscordBot>;
  /** Destroys the bot's client, then closes the emulator. */
  stop(): Promise<void>;
}

interface Wiring {
  deps: Deps;
  logger: Logger;
  options: BotHarnessOptions;
}

function wireRouter({ deps, logger, options }: Wiring): Router {
  return createRouter({
    commands: options.commands ?? COMMANDS,
    deps,
    logger,
    mention: MENTION_ROUTE,
    ...(options.rateLimit === false
      ? {}
      : { rateLimiter: createRateLimiter(MAIN_RATE_LIMIT.requests, MAIN_RATE_LIMIT.windowMs) }),
    ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
  });
}

/** Registers the commands in the emulator's guild through src/discord/deploy.ts, as `npm run deploy-commands` would. */
export function deployToEmulator(emulator: DiscordEmulator): Promise<number> {
  return deployCommands({
    token: TEST_TOKEN,
    applicationId: emulator.scene.application.id,
    guildId: emulator.scene.guild.id,
    apiUrl: emulator.apiBase,
  });
}

export async function startBotHarness(options: BotHarnessOptions = {}): Promise<BotHarness> {
  const logs = options.logger === undefined ? recordingLogger() : null;
  const logger = options.logger ?? (logs as RecordingLogger);
  const deps = options.deps ?? (await loadDeps(options.corpusDir ?? SEED_CORPUS_DIR)).deps;
  const emulator = await DiscordEmulator.start({ token: TEST_TOKEN, ...options.emulator });
  const connect = async (): Promise<{ bot: DiscordBot; router: Router }> => {
    const router = wireRouter({ deps, logger, options });
    const scope = {
      applicationId: emulator.scene.application.id,
      ...(options.registerIn === 'global' ? {} : { guildId: emulator.scene.guild.id }),
    };
    const definitions = (options.commands ?? COMMANDS).map((c) => c.definition);
    const bot = await startDiscordBot({
      token: TEST_TOKEN,
      apiUrl: emulator.apiBase,
      router,
      logger,
      commands: { scope, definitions },
      ...(options.shards === undefined ? {} : { shards: options.shards }),
    });
    await bot.registered;
    return { router, bot };
  };
  try {
    if (options.deploy !== false) await deployToEmulator(emulator);
    let current = await connect();
    const harness: BotHarness = {
      emulator,
      bot: current.bot,
      router: current.router,
      deps,
      logs,
      async restart() {
        await current.bot.stop();
        current = await connect();
        harness.bot = current.bot;
        harness.router = current.router;
        return current.bot;
      },
      async stop() {
        await current.bot.stop();
        await emulator.close();
      },
    };
    return harness;
  } catch (error) {
    await emulator.close();
    throw error;
  }
}
