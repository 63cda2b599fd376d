// Configuration: one zod schema over the environment, checked once at start-up with every problem named.
// Pure: the entry point passes process.env (after dotenv); the token never appears in any message.
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/u, 'must be a Discord id (17 to 20 digits)');
const blankToUndefined = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);

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
    LOG_LEVEL: z.preprocess(
      (v) => (typeof blankToUndefined(v) === 'string' ? String(v).toLowerCase() : undefined),
      z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    ),
  })
  .superRefine((config, ctx) => {
    if (config.DISCORD_TOKEN !== undefined && config.DISCORD_APPLICATION_ID === undefined) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'is required when DISCORD_TOKEN is set' });
    }
  });

export type Config = z.infer<typeof configSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/**
 * Only the corpus file size cap, for the CLI (which needs no token): the same rule as in loadConfig, so `check`
 * and the bot agree on which files are too large.
 */
export function corpusMaxFileBytesFrom(env: Record<string, string | undefined>): { ok: true; maxFileBytes: number } | { ok: false; message: string } {
  const parsed = corpusMaxFileBytes.safeParse(env['CORPUS_MAX_FILE_BYTES']);
  if (parsed.success) return { ok: true, maxFileBytes: parsed.data };
  return { ok: false, message: `Configuration error: CORPUS_MAX_FILE_BYTES ${parsed.error.issues[0]?.message ?? 'is invalid'}` };
}

/** Validates the environment; on failure one message names each bad variable (never its value). */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return { ok: true, config: parsed.data };
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || 'environment'} ${issue.message}`);
  // The cross-field rule only runs when every field parsed, so it is added here to name all problems at once.
  const tokenGiven = blankToUndefined(env['DISCORD_TOKEN']) !== undefined;
  const appIdGiven = blankToUndefined(env['DISCORD_APPLICATION_ID']) !== undefined;
  if (tokenGiven && !appIdGiven && !lines.some((l) => l.startsWith('  DISCORD_APPLICATION_ID'))) {
    lines.push('  DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set');
  }
  return { ok: false, message: ['Configuration error (check .env):', ...lines].join('\n') };
}
