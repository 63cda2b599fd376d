// Configuration: one zod schema over the environment, checked once at start-up with every problem named.
// Pure: the entry point passes process.env (after dotenv); the token never appears in any message.
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/u, 'must be a Discord id (17 to 20 digits)');
const blankToUndefined = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

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
