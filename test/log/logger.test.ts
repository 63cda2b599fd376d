import { describe, expect, it } from 'vitest';
import { createLogger, redact } from '../../src/log/logger.ts';

describe('logger', () => {
  it('masks anything shaped like a bot token and the configured secrets', () => {
    expect(redact('login with MTAxMjM0NTY3ODkwMTIzNDU2Nzg5.GhIjKl.abcdefghijklmnopqrstuvwxyz012345 failed')).toBe(
      'login with [redacted] failed',
    );
    expect(redact('Authorization: Bot s3cret-value', ['s3cret-value'])).toBe('Authorization: Bot [redacted]');
  });

  it('writes only lines at or above its level', () => {
    const lines: string[] = [];
    const log = createLogger('warn', (l) => lines.push(l));
    log.info('hidden');
    log.error('shown');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ ERROR shown$/u);
  });
});
