// Configuration: one zod schema over the environment, checked once at start-up with every problem named.
// Pure: the entry point passes process.env (after dotenv); the token never appears in any message.
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/u, 'must be a Discord id (17 to 20 digits)');
const blankToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** The largest corpus file read, in bytes: articles are tens of kilobytes; 5 MiB leaves room and cleans in seconds. */
export const DEFAULT_CORPUS_MAX_FILE_BYTES = 5 * 1024 * 1024;

const corpusMaxFileBytes = z.preprocess(
  (v) => {
    const given = blankToUndefined(v);
    return typeof given === 'string' && /^\s*\d+\s*$/u.test(given) ? Number(given) : given;
  },
  z
    .number({ error: 'must be a whole number of bytes, e.g. 5242880 for 5 MiB' })
    .int('must be a whole number of bytes, e.g. 5242880 for 5 MiB')
    .min(1024, 'must be at least 1024 bytes')
    .max(1024 * 1024 * 1024, 'must be at most 1073741824 bytes (1 GiB)')
    .default(DEFAULT_CORPUS_MAX_FILE_BYTES),
);

const httpPort = z.preprocess((v) => {
  const given = blankToUndefined(v);
  return typeof given === 'string' && /^\s*\d+\s*$/u.test(given) ? Number(given) : given;
}, z
  .number({ error: 'must be a port number from 1 to 65535' })
  .int('must be a port number from 1 to 65535')
  .min(1, 'must be a port number from 1 to 65535')
  .max(65535, 'must be a port number from 1 to 65535')
  .optional());

export const GATEWAY_MODES = ['on', 'off'] as const;

const SHARD_COUNT_ERROR = "must be 'auto' or a whole number of shards from 1 to 10000";

/** 'auto' or a whole number from 1 to `max` (any case, spaces around), `fallback` when unset or blank. */
function autoOrCount(max: number, error: string, fallback: 'auto' | number) {
  return z.preprocess(
    (v) => {
      const given = blankToUndefined(v);
      if (typeof given !== 'string') return given;
      const trimmed = given.trim().toLowerCase();
      return /^\d+$/u.test(trimmed) ? Number(trimmed) : trimmed;
    },
    z.union([z.literal('auto'), z.number().int(error).min(1, error).max(max, error)], { error }).default(fallback),
  );
}

/** 'auto': Discord's recommendation (GET /gateway/bot), as discord.js `shards: 'auto'`; else a fixed count. */
const shardCount = autoOrCount(10_000, SHARD_COUNT_ERROR, 'auto');

const BUILD_WORKERS_ERROR = "must be 'auto' or a whole number of threads from 1 to 64";

/**
 * Threads that build the quote book on a start without a cache: 'auto' is one per available core but one, at least
 * one (resolved where threads are started, src/threads/bookWorkers.ts). 1 by default: on the 2-core machines
 * measured, worker threads took about twice the CPU time of one thread (README, "The quote book on branch book6");
 * 'auto' is for operators who measure a gain on their own machine.
 */
const buildWorkers = autoOrCount(64, BUILD_WORKERS_ERROR, 1);

export const configSchema = z
  .object({
    DISCORD_TOKEN: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_.-]{20,}$/u, 'does not look like a bot token (expected 20+ letters, digits, "." "_" "-")')
        .optional(),
    ),
    DISCORD_APPLICATION_ID: z.preprocess(blankToUndefined, snowflake.optional()),
    DISCORD_GUILD_ID: z.preprocess(blankToUndefined, snowflake.optional()),
    DISCORD_API_URL: z.preprocess(
      blankToUndefined,
      z.url({ protocol: /^https?$/u, error: 'must be an http(s) URL' }).optional(),
    ),
    CORPUS_DIR: z.preprocess(blankToUndefined, z.string().default('data')),
    CORPUS_MAX_FILE_BYTES: corpusMaxFileBytes,
    HTTP_PORT: httpPort,
    DISCORD_PUBLIC_KEY: z.preprocess(
      (v) => (typeof blankToUndefined(v) === 'string' ? String(v).trim().toLowerCase() : undefined),
      z
        .string()
        .regex(
          /^[0-9a-f]{64}$/u,
          "must be the 64 hex characters of the application's public key (General Information → Public Key)",
        )
        .optional(),
    ),
    GATEWAY: z.preprocess(
      (v) => (typeof blankToUndefined(v) === 'string' ? String(v).trim().toLowerCase() : undefined),
      z.enum(GATEWAY_MODES, { error: `must be one of ${GATEWAY_MODES.join(', ')}` }).default('on'),
    ),
    SHARD_COUNT: shardCount,
    BUILD_WORKERS: buildWorkers,
    LOG_LEVEL: z.preprocess(
      (v) => (typeof blankToUndefined(v) === 'string' ? String(v).toLowerCase() : undefined),
      z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    ),
  })
  .superRefine((config, ctx) => {
    if (config.DISCORD_TOKEN !== undefined && config.DISCORD_APPLICATION_ID === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_APPLICATION_ID'],
        message: 'is required when DISCORD_TOKEN is set',
      });
    }
    for (const problem of crossFieldProblems(config))
      ctx.addIssue({ code: 'custom', path: [problem.name], message: problem.message });
  });

interface FieldProblem {
  name: string;
  message: string;
}

/** Rules between the serving variables: HTTP mode needs its port and key, and GATEWAY=off needs HTTP mode. */
function crossFieldProblems(given: {
  HTTP_PORT?: unknown;
  DISCORD_PUBLIC_KEY?: unknown;
  DISCORD_APPLICATION_ID?: unknown;
  GATEWAY?: unknown;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (given.DISCORD_PUBLIC_KEY !== undefined && given.HTTP_PORT === undefined) {
    problems.push({
      name: 'HTTP_PORT',
      message: 'is required when DISCORD_PUBLIC_KEY is set (the port POST /interactions is served on)',
    });
  }
  if (given.GATEWAY === 'off') {
    if (given.HTTP_PORT === undefined)
      problems.push({ name: 'HTTP_PORT', message: 'is required when GATEWAY=off (interactions then come over HTTP)' });
    if (given.DISCORD_PUBLIC_KEY === undefined)
      problems.push({
        name: 'DISCORD_PUBLIC_KEY',
        message: 'is required when GATEWAY=off (to verify the interactions Discord sends)',
      });
    if (given.DISCORD_APPLICATION_ID === undefined)
      problems.push({
        name: 'DISCORD_APPLICATION_ID',
        message: 'is required when GATEWAY=off (follow-ups go to its webhook routes)',
      });
  }
  return problems;
}

export type Config = z.infer<typeof configSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/**
 * Only the corpus file size cap, for the CLI (which needs no token): the same rule as in loadConfig, so `check`
 * and the bot agree on which files are too large.
 */
export function corpusMaxFileBytesFrom(
  env: Record<string, string | undefined>,
): { ok: true; maxFileBytes: number } | { ok: false; message: string } {
  const parsed = corpusMaxFileBytes.safeParse(env.CORPUS_MAX_FILE_BYTES);
  if (parsed.success) return { ok: true, maxFileBytes: parsed.data };
  return {
    ok: false,
    message: `Configuration error: CORPUS_MAX_FILE_BYTES ${parsed.error.issues[0]?.message ?? 'is invalid'}`,
  };
}

/** Only BUILD_WORKERS, for the CLI (which needs no token): the same rule as in loadConfig. */
export function buildWorkersFrom(
  env: Record<string, string | undefined>,
): { ok: true; buildWorkers: number | 'auto' } | { ok: false; message: string } {
  const parsed = buildWorkers.safeParse(env.BUILD_WORKERS);
  if (parsed.success) return { ok: true, buildWorkers: parsed.data };
  return {
    ok: false,
    message: `Configuration error: BUILD_WORKERS ${parsed.error.issues[0]?.message ?? 'is invalid'}`,
  };
}

/** Validates the environment; on failure one message names each bad variable (never its value). */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return { ok: true, config: parsed.data };
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || 'environment'} ${issue.message}`);
  // The cross-field rule only runs when every field parsed, so it is added here to name all problems at once.
  const tokenGiven = blankToUndefined(env.DISCORD_TOKEN) !== undefined;
  const appIdGiven = blankToUndefined(env.DISCORD_APPLICATION_ID) !== undefined;
  if (tokenGiven && !appIdGiven && !lines.some((l) => l.startsWith('  DISCORD_APPLICATION_ID'))) {
    lines.push('  DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set');
  }
  const raw = (name: string) => blankToUndefined(env[name]);
  const mode = raw('GATEWAY');
  for (const problem of crossFieldProblems({
    HTTP_PORT: raw('HTTP_PORT'),
    DISCORD_PUBLIC_KEY: raw('DISCORD_PUBLIC_KEY'),
    DISCORD_APPLICATION_ID: raw('DISCORD_APPLICATION_ID'),
    GATEWAY: typeof mode === 'string' ? mode.trim().toLowerCase() : mode,
  })) {
    if (!lines.some((l) => l.startsWith(`  ${problem.name} `))) lines.push(`  ${problem.name} ${problem.message}`);
  }
  return { ok: false, message: ['Configuration error (check .env):', ...lines].join('\n') };
}
