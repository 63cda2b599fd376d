import { sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_SIGNATURE_AGE_S, publicKeyFromHex, verifySignedRequest } from '../../src/http/verify.ts';
import { appKeys } from '../support/http.ts';

const keys = appKeys();
const key = publicKeyFromHex(keys.publicHex);
const body = Buffer.from('{"type":1}');
const NOW = 1_800_000_000_000;
const stamp = String(NOW / 1000);
const signed = (timestamp: string, raw: Buffer) =>
  sign(null, Buffer.concat([Buffer.from(timestamp), raw]), keys.privateKey).toString('hex');

describe('verifySignedRequest', () => {
  it('accepts Discord’s signature over timestamp + body', () => {
    expect(verifySignedRequest(key, signed(stamp, body), stamp, body, NOW)).toEqual({ ok: true });
  });

  it('refuses a missing header, a malformed or wrong signature, and another body', () => {
    expect(verifySignedRequest(key, undefined, stamp, body, NOW)).toEqual({
      ok: false,
      reason: 'missing signature headers',
    });
    expect(verifySignedRequest(key, signed(stamp, body), undefined, body, NOW)).toEqual({
      ok: false,
      reason: 'missing signature headers',
    });
    expect(verifySignedRequest(key, 'zz', stamp, body, NOW)).toEqual({ ok: false, reason: 'malformed signature' });
    expect(verifySignedRequest(key, '0'.repeat(128), stamp, body, NOW)).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifySignedRequest(key, signed(stamp, body), stamp, Buffer.from('{"type":2}'), NOW)).toEqual({
      ok: false,
      reason: 'bad signature',
    });
    const other = publicKeyFromHex(appKeys().publicHex);
    expect(verifySignedRequest(other, signed(stamp, body), stamp, body, NOW)).toEqual({
      ok: false,
      reason: 'bad signature',
    });
  });

  it('refuses a timestamp more than five minutes away, even when correctly signed', () => {
    const old = String(NOW / 1000 - MAX_SIGNATURE_AGE_S - 1);
    expect(verifySignedRequest(key, signed(old, body), old, body, NOW)).toEqual({
      ok: false,
      reason: 'stale timestamp',
    });
    const edge = String(NOW / 1000 - MAX_SIGNATURE_AGE_S);
    expect(verifySignedRequest(key, signed(edge, body), edge, body, NOW)).toEqual({ ok: true });
    expect(verifySignedRequest(key, signed('abc', body), 'abc', body, NOW)).toEqual({
      ok: false,
      reason: 'malformed timestamp',
    });
  });
});
