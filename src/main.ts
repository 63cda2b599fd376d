// Entry point (`npm start`): loads .env, validates the configuration, starts the HTTP server (HTTP_PORT), loads the
// corpus, then connects to Discord (unless GATEWAY=off: HTTP interactions only), or, without DISCORD_TOKEN, opens the
// local console.
import { REST } from 'discord.js';
import { configFromEnvironment } from './config/environment.ts';
import { COMMANDS, MENTION_ROUTE } from '../commands/index.ts';
import type { CommandDefinition } from '../commands/types.ts';
import type { Config } from './config/config.ts';
import { describeScope, syncCommands, type CommandScope } from './discord/commandSync.ts';
import { runConsole } from './console/console.ts';
import { shardStates, startDiscordBot, type DiscordBot } from './discord/client.ts';
import { EXIT_GATEWAY_CLOSED, GatewayClosedError } from './discord/closeCodes.ts';
import { formatProblem } from './cli/problems.ts';
import { loadDeps } from './load/deps.ts';
import { fetchAttachment } from './discord/attachments.ts';
import { createArchiveService } from './load/archiveService.ts';
import { startLiveCorpus } from './load/liveCorpus.ts';
import { logProgress } from './load/progress.ts';
import { createLogger, type Logger } from './log/logger.ts';
import { createRateLimiter, DEFAULT_RATE_LIMIT } from './router/rateLimit.ts';
import { createRouter } from './router/router.ts';
import { observeRouter } from './router/observe.ts';
import type { Metrics } from './http/metrics.ts';
import { startHttpServer, type HttpServer } from './http/server.ts';
import { healthSources, httpPort, NO_METRICS, serviceRoutes, type ServingState } from './http/service.ts';
import { publicKeyFromHex } from './http/verify.ts';

async function main(): Promise<number> {
  const config = configFromEnvironment();
  if (config === null) return 1;
  const secrets = config.DISCORD_TOKEN === undefined ? [] : [config.DISCORD_TOKEN];
  // No gateway to wait for in HTTP-only mode, nor in the console (no token).
  const gatewayless = config.GATEWAY === 'off' || config.DISCORD_TOKEN === undefined;
  const state: ServingState = { router: null, corpus: null, shards: gatewayless ? null : () => [] };
  // prom-client is imported only when there is an HTTP server to serve its text.
  const metrics =
    config.HTTP_PORT === undefined
      ? NO_METRICS
      : (await import('./http/metrics.ts')).createMetrics(healthSources(state));
  const logger = metrics.countingLogger(
    createLogger(config.LOG_LEVEL, (line) => process.stderr.write(`${line}\n`), secrets),
  );
  const http = await startHttp(config, state, metrics, logger);
  try {
    return await serve(config, state, metrics, logger);
  } finally {
    await http?.close();
  }
}

/** The HTTP server, when HTTP_PORT is set, up before the corpus loads so /healthz can say 503 meanwhile. */
async function startHttp(
  config: Config,
  state: ServingState,
  metrics: Metrics,
  logger: Logger,
): Promise<HttpServer | null> {
  if (config.HTTP_PORT === undefined) return null;
  const routes = serviceRoutes({
    state,
    metrics,
    logger,
    ...(config.DISCORD_PUBLIC_KEY === undefined
      ? {}
      : { interactions: { publicKey: publicKeyFromHex(config.DISCORD_PUBLIC_KEY), rest: restClient(config) } }),
  });
  const server = await startHttpServer({ port: httpPort(config.HTTP_PORT, process.env.SHARDS), routes, logger });
  logger.info(`serving ${Object.keys(routes).join(', ')} on port ${server.port}`);
  return server;
}

function restClient(config: Config): REST {
  const rest = new REST(config.DISCORD_API_URL === undefined ? {} : { api: config.DISCORD_API_URL });
  return config.DISCORD_TOKEN === undefined ? rest : rest.setToken(config.DISCORD_TOKEN);
}

async function serve(config: Config, state: ServingState, metrics: Metrics, logger: Logger): Promise<number> {
  const { deps, problems } = await loadDeps(config.CORPUS_DIR, {
    maxFileBytes: config.CORPUS_MAX_FILE_BYTES,
    buildWorkers: config.BUILD_WORKERS,
    logger,
    onProgress: logProgress(logger, 'corpus: '),
  });
  for (const problem of problems) logger.warn(`corpus: ${formatProblem(problem)}`);
  logger.info(
    `corpus ${config.CORPUS_DIR}: ${deps.corpus.articles.length} articles, ${deps.corpus.passages.length} passages`,
  );
  // Changes to sources.json (add, import, /archive) are rebuilt in the background and swapped in.
  const live = startLiveCorpus({
    dir: config.CORPUS_DIR,
    initial: deps,
    load: () =>
      loadDeps(config.CORPUS_DIR, {
        maxFileBytes: config.CORPUS_MAX_FILE_BYTES,
        buildWorkers: config.BUILD_WORKERS,
        logger,
        onProgress: logProgress(logger, 'corpus reload: '),
      }),
    logger,
  });
  const archive = createArchiveService({
    dir: config.CORPUS_DIR,
    maxFileBytes: config.CORPUS_MAX_FILE_BYTES,
    live,
    fetchAttachment,
  });

  // The live corpus's counts, read at each request: after a swap /healthz and /metrics report the new corpus.
  state.corpus = () => {
    const { articles, passages } = live.current().corpus;
    return { articles: articles.length, passages: passages.length };
  };
  const onDiscord = config.DISCORD_TOKEN !== undefined || config.GATEWAY === 'off';
  const router = observeRouter(
    createRouter({
      commands: COMMANDS,
      deps: () => ({ ...live.current(), archive }),
      logger,
      mention: MENTION_ROUTE,
      ...(onDiscord
        ? { rateLimiter: createRateLimiter(DEFAULT_RATE_LIMIT.requests, DEFAULT_RATE_LIMIT.windowMs) }
        : {}),
    }),
    {
      commands: COMMANDS.map((c) => c.definition.name),
      mentionCommand: MENTION_ROUTE.command,
      observe: (handled) => metrics.observe(handled),
    },
  );
  state.router = router;

  if (config.GATEWAY === 'off') {
    // Stateless HTTP replica: no gateway connection; commands registered over REST when the token is given.
    const registration = commandRegistration(config).commands;
    if (config.DISCORD_TOKEN !== undefined && registration !== undefined) {
      const { scope, definitions } = registration;
      await syncCommands(restClient(config), scope, definitions).then(
        (outcome) =>
          logger.info(
            outcome.changed
              ? `registered ${outcome.count} commands ${describeScope(scope)}`
              : `the ${outcome.count} commands ${describeScope(scope)} are up to date`,
          ),
        (error: unknown) => logger.warn(`could not register the commands ${describeScope(scope)}: ${String(error)}`),
      );
    }
    logger.info('GATEWAY=off: answering HTTP interactions only');
    logger.info(`${await stopRequest()}: stopping`);
    return 0;
  }

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

  let bot: DiscordBot;
  try {
    bot = await startDiscordBot({
      token: config.DISCORD_TOKEN,
      router,
      logger,
      ...commandRegistration(config),
      // Under `npm run start:sharded` the ShardingManager assigns this process its shards (SHARDS in the environment).
      ...(process.env.SHARDS === undefined ? { shards: config.SHARD_COUNT } : {}),
      ...(config.DISCORD_API_URL === undefined ? {} : { apiUrl: config.DISCORD_API_URL }),
    });
  } catch (error) {
    // Already logged with its code and meaning by the adapter.
    if (error instanceof GatewayClosedError) return EXIT_GATEWAY_CLOSED;
    throw error;
  }
  state.shards = () => shardStates(bot.client);
  const ended = await Promise.race([stopRequest(), bot.closed]);
  const code = typeof ended === 'string' ? 0 : EXIT_GATEWAY_CLOSED;
  if (typeof ended === 'string') logger.info(`${ended}: disconnecting`);
  exitIfStuck(logger, code);
  await bot.stop().catch((error: unknown) => logger.warn(`disconnecting failed: ${String(error)}`));
  return code;
}

/** Where the bot registers its commands on ready: DISCORD_GUILD_ID when set, else globally. */
function commandRegistration(config: Config): { commands?: { scope: CommandScope; definitions: CommandDefinition[] } } {
  if (config.DISCORD_APPLICATION_ID === undefined) return {};
  const scope: CommandScope = {
    applicationId: config.DISCORD_APPLICATION_ID,
    ...(config.DISCORD_GUILD_ID === undefined ? {} : { guildId: config.DISCORD_GUILD_ID }),
  };
  return { commands: { scope, definitions: COMMANDS.map((c) => c.definition) } };
}

/** How often the bot checks that the process that started it is still there. */
const PARENT_CHECK_MS = 500;

/**
 * Why the bot should stop: the first SIGINT or SIGTERM, or its parent gone (a supervisor killed `npm start` with
 * SIGKILL: the bot is re-parented and nobody could stop it any more; a restart would run a second bot).
 * Later signals are ignored while the bot disconnects: Ctrl-C under `npm start` delivers SIGINT twice (from the
 * terminal, and forwarded by npm), and the second must not cut the clean stop short.
 */
function stopRequest(): Promise<string> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => resolve(signal);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const parent = process.ppid;
    const watch = setInterval(() => {
      if (process.ppid === parent) return;
      clearInterval(watch);
      resolve(`the process that started the bot (pid ${parent}) is gone`);
    }, PARENT_CHECK_MS);
    watch.unref();
  });
}

/** How long a stop may take before the process exits anyway (e.g. a REST request that never returns). */
const STOP_GRACE_MS = 5000;

/** Ends the process after STOP_GRACE_MS if something still holds the event loop; unref'd, so a clean stop is not delayed. */
function exitIfStuck(logger: Logger, code: number): void {
  setTimeout(() => {
    logger.warn(`still stopping after ${STOP_GRACE_MS / 1000} s: exiting now`);
    process.exit(code);
  }, STOP_GRACE_MS).unref();
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
