import { describe, expect, it } from 'vitest';
import { buildWorkersFrom, corpusMaxFileBytesFrom, loadConfig } from '../../src/config/config.ts';

const TOKEN = 'MTAxMjM0NTY3ODkwMTIzNDU2Nzg5.GhIjKl.abcdefghijklmnopqrstuvwxyz012345';

describe('loadConfig', () => {
  it('runs offline with defaults when the environment is empty or the token is blank', () => {
    expect(loadConfig({})).toEqual({
      ok: true,
      config: {
        CORPUS_DIR: 'data',
        CORPUS_MAX_FILE_BYTES: 5242880,
        GATEWAY: 'on',
        SHARD_COUNT: 'auto',
        BUILD_WORKERS: 1,
        LOG_LEVEL: 'info',
      },
    });
    expect(loadConfig({ DISCORD_TOKEN: '  ', DISCORD_APPLICATION_ID: '' })).toEqual({
      ok: true,
      config: {
        CORPUS_DIR: 'data',
        CORPUS_MAX_FILE_BYTES: 5242880,
        GATEWAY: 'on',
        SHARD_COUNT: 'auto',
        BUILD_WORKERS: 1,
        LOG_LEVEL: 'info',
      },
    });
  });

  it('names every bad variable in one message and never prints the token', () => {
    const result = loadConfig({
      DISCORD_TOKEN: `${TOKEN} !`,
      DISCORD_GUILD_ID: '12',
      DISCORD_API_URL: 'ftp://proxy',
      LOG_LEVEL: 'loud',
    });
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

  it('reads the serving variables: port, public key (any case), gateway mode and shard count', () => {
    const key = 'AB'.repeat(32);
    const result = loadConfig({
      HTTP_PORT: ' 8080 ',
      DISCORD_PUBLIC_KEY: key,
      GATEWAY: 'OFF',
      SHARD_COUNT: '4',
      DISCORD_APPLICATION_ID: '123456789012345678',
    });
    expect(
      result.ok && [
        result.config.HTTP_PORT,
        result.config.DISCORD_PUBLIC_KEY,
        result.config.GATEWAY,
        result.config.SHARD_COUNT,
      ],
    ).toEqual([8080, 'ab'.repeat(32), 'off', 4]);
    expect(loadConfig({ SHARD_COUNT: 'Auto' }).ok && loadConfig({ SHARD_COUNT: 'Auto' })).toMatchObject({
      config: { SHARD_COUNT: 'auto' },
    });
  });

  it('names each bad serving variable and the rules between them', () => {
    expect(loadConfig({ HTTP_PORT: '70000', DISCORD_PUBLIC_KEY: 'xyz', GATEWAY: 'maybe', SHARD_COUNT: '0' })).toEqual({
      ok: false,
      message: [
        'Configuration error (check .env):',
        '  HTTP_PORT must be a port number from 1 to 65535',
        "  DISCORD_PUBLIC_KEY must be the 64 hex characters of the application's public key (General Information → Public Key)",
        '  GATEWAY must be one of on, off',
        "  SHARD_COUNT must be 'auto' or a whole number of shards from 1 to 10000",
      ].join('\n'),
    });
    expect(loadConfig({ GATEWAY: 'off' })).toEqual({
      ok: false,
      message: [
        'Configuration error (check .env):',
        '  HTTP_PORT is required when GATEWAY=off (interactions then come over HTTP)',
        '  DISCORD_PUBLIC_KEY is required when GATEWAY=off (to verify the interactions Discord sends)',
        '  DISCORD_APPLICATION_ID is required when GATEWAY=off (follow-ups go to its webhook routes)',
      ].join('\n'),
    });
    expect(loadConfig({ DISCORD_PUBLIC_KEY: '0'.repeat(64) })).toEqual({
      ok: false,
      message:
        'Configuration error (check .env):\n  HTTP_PORT is required when DISCORD_PUBLIC_KEY is set (the port POST /interactions is served on)',
    });
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

  it('reads CORPUS_MAX_FILE_BYTES as a whole number of bytes and names a bad value', () => {
    expect(loadConfig({ CORPUS_MAX_FILE_BYTES: ' 65536 ' })).toEqual({
      ok: true,
      config: {
        CORPUS_DIR: 'data',
        CORPUS_MAX_FILE_BYTES: 65536,
        GATEWAY: 'on',
        SHARD_COUNT: 'auto',
        BUILD_WORKERS: 1,
        LOG_LEVEL: 'info',
      },
    });
    expect(loadConfig({ CORPUS_MAX_FILE_BYTES: '4MB' })).toEqual({
      ok: false,
      message:
        'Configuration error (check .env):\n  CORPUS_MAX_FILE_BYTES must be a whole number of bytes, e.g. 5242880 for 5 MiB',
    });
    expect(loadConfig({ CORPUS_MAX_FILE_BYTES: '100' })).toEqual({
      ok: false,
      message: 'Configuration error (check .env):\n  CORPUS_MAX_FILE_BYTES must be at least 1024 bytes',
    });
  });
});

describe('corpusMaxFileBytesFrom', () => {
  it('gives the default without the variable and the same message as loadConfig for a bad one', () => {
    expect(corpusMaxFileBytesFrom({})).toEqual({ ok: true, maxFileBytes: 5242880 });
    expect(corpusMaxFileBytesFrom({ CORPUS_MAX_FILE_BYTES: '2.5' })).toEqual({
      ok: false,
      message: 'Configuration error: CORPUS_MAX_FILE_BYTES must be a whole number of bytes, e.g. 5242880 for 5 MiB',
    });
  });
});

describe('BUILD_WORKERS', () => {
  it('reads 1 (the default), auto in any case, or a whole number of threads', () => {
    expect(loadConfig({})).toMatchObject({ ok: true, config: { BUILD_WORKERS: 1 } });
    expect(loadConfig({ BUILD_WORKERS: ' AUTO ' })).toMatchObject({ ok: true, config: { BUILD_WORKERS: 'auto' } });
    expect(loadConfig({ BUILD_WORKERS: ' 3 ' })).toMatchObject({ ok: true, config: { BUILD_WORKERS: 3 } });
    expect(loadConfig({ BUILD_WORKERS: '1' })).toMatchObject({ ok: true, config: { BUILD_WORKERS: 1 } });
  });

  it('names a bad value: zero, a fraction, a word, more than 64', () => {
    for (const value of ['0', '1.5', 'many', '65', '-2'])
      expect(loadConfig({ BUILD_WORKERS: value })).toEqual({
        ok: false,
        message:
          "Configuration error (check .env):\n  BUILD_WORKERS must be 'auto' or a whole number of threads from 1 to 64",
      });
  });

  it('gives the CLI the same value and message (buildWorkersFrom)', () => {
    expect(buildWorkersFrom({})).toEqual({ ok: true, buildWorkers: 1 });
    expect(buildWorkersFrom({ BUILD_WORKERS: '2' })).toEqual({ ok: true, buildWorkers: 2 });
    expect(buildWorkersFrom({ BUILD_WORKERS: 'two' })).toEqual({
      ok: false,
      message: "Configuration error: BUILD_WORKERS must be 'auto' or a whole number of threads from 1 to 64",
    });
  });
});
