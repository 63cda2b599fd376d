import { afterEach, describe, expect, it, vi } from 'vitest';
import { configFromEnvironment } from '../../src/config/environment.ts';

const saved = process.env.LOG_LEVEL;

afterEach(() => {
  if (saved === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = saved;
  vi.restoreAllMocks();
});

describe('configFromEnvironment', () => {
  it('returns the validated configuration when the environment is valid', () => {
    process.env.LOG_LEVEL = 'warn';
    expect(configFromEnvironment()?.LOG_LEVEL).toBe('warn');
  });

  it('returns null and writes the problem to stderr when a variable is invalid', () => {
    process.env.LOG_LEVEL = 'loud';
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    expect(configFromEnvironment()).toBeNull();
    expect(written.join('')).toContain('LOG_LEVEL');
  });
});
