import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';

const TOKEN = 'MTAxMjM0NTY3ODkwMTIzNDU2Nzg5.GhIjKl.abcdefghijklmnopqrstuvwxyz012345';

describe('loadConfig', () => {
  it('runs offline with defaults when the environment is empty or the token is blank', () => {
    expect(loadConfig({})).toEqual({ ok: true, config: { CORPUS_DIR: 'data', LOG_LEVEL: 'info' } });
    expect(loadConfig({ DISCORD_TOKEN: '  ', DISCORD_APPLICATION_ID: '' })).toEqual({ ok: true, config: { CORPUS_DIR: 'data', LOG_LEVEL: 'info' } });
  });

  it('names every bad variable in one message and never prints the token', () => {
    const result = loadConfig({ DISCORD_TOKEN: `${TOKEN} !`, DISCORD_GUILD_ID: '12', DISCORD_API_URL: 'ftp://proxy', LOG_LEVEL: 'loud' });
    expect(result).toEqual({
      ok: false,
      message: [
        'Configuration error (check .env):',
        '  DISCORD_TOKEN does not look like a bot token (expected 20+ letters, digits, "." "_" "-")',
        '  DISCORD_GUILD_ID must be a Discord id (17 to 20 digits)',
        '  DISCORD_API_URL must be an http(s) URL',
        '  LOG_LEVEL must be one of debug, info, warn, error',
        '  DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set',
      ].join('\n'),
    });
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it('accepts a full configuration and normalises the log level', () => {
    const result = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:4000/api',
      CORPUS_DIR: 'corpus',
      LOG_LEVEL: 'DEBUG',
    });
    expect(result.ok && result.config.LOG_LEVEL).toBe('debug');
    expect(result.ok && result.config.DISCORD_API_URL).toBe('http://127.0.0.1:4000/api');
  });
});
