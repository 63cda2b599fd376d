// Entry point (`npm start`): loads .env, validates the configuration, loads the corpus, then connects to Discord,
// or, without DISCORD_TOKEN, opens the local console. The only module that loads dotenv.
import { config as loadDotenv } from 'dotenv';
import { COMMANDS, MENTION_ROUTE } from '../commands/index.ts';
import { loadConfig } from './config/config.ts';
import { runConsole } from './console/console.ts';
import { startDiscordBot } from './discord/client.ts';
import { formatProblem } from './cli/problems.ts';
import { loadDeps } from './load/deps.ts';
import { createLogger } from './log/logger.ts';
import { createRateLimiter, DEFAULT_RATE_LIMIT } from './router/rateLimit.ts';
import { createRouter } from './router/router.ts';

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    return 1;
  }
  const config = loaded.config;
  const secrets = config.DISCORD_TOKEN === undefined ? [] : [config.DISCORD_TOKEN];
  const logger = createLogger(config.LOG_LEVEL, (line) => process.stderr.write(`${line}\n`), secrets);

  const { deps, problems } = await loadDeps(config.CORPUS_DIR);
  for (const problem of problems) logger.warn(`corpus: ${formatProblem(problem)}`);
  logger.info(`corpus ${config.CORPUS_DIR}: ${deps.corpus.articles.length} articles, ${deps.corpus.passages.length} passages`);

  const router = createRouter({
    commands: COMMANDS,
    deps,
    logger,
    mention: MENTION_ROUTE,
    ...(config.DISCORD_TOKEN === undefined ? {} : { rateLimiter: createRateLimiter(DEFAULT_RATE_LIMIT.requests, DEFAULT_RATE_LIMIT.windowMs) }),
  });

  if (config.DISCORD_TOKEN === undefined) {
    process.stdout.write(
      `archivist is offline (no DISCORD_TOKEN): answering here from ${deps.corpus.articles.length} articles. ` +
        'Type a question, /ask question: …, /quote speaker: …, /sources or /help.\n',
    );
    await runConsole({
      router,
      commands: COMMANDS,
      input: process.stdin,
      write: (text) => process.stdout.write(text),
      interactive: process.stdin.isTTY === true,
      color: process.stdout.isTTY === true,
    });
    return 0;
  }

  const bot = await startDiscordBot({
    token: config.DISCORD_TOKEN,
    router,
    logger,
    ...(config.DISCORD_API_URL === undefined ? {} : { apiUrl: config.DISCORD_API_URL }),
  });
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info(`${signal}: disconnecting`);
      bot.stop().then(resolve, resolve);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`archivist failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
