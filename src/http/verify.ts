// Discord's request signing for HTTP interactions: Ed25519 over timestamp + raw body, checked with node:crypto
// against the application's public key, with a freshness window so a captured request cannot be replayed later.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** How old (or how far in the future) a signed timestamp may be: Discord delivers within seconds. */
export const MAX_SIGNATURE_AGE_S = 5 * 60;

export type Verdict = { ok: true } | { ok: false; reason: string };

/** The public key from its 64 hex characters (the developer portal's "Public Key"). */
export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') },
    format: 'jwk',
  });
}

/**
 * Whether a request really comes from Discord, and recently: both headers present, the signature 64 bytes of hex that
 * verify over timestamp + body, and the timestamp within MAX_SIGNATURE_AGE_S of `nowMs`.
 */
export function verifySignedRequest(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowMs: number,
): Verdict {
  if (signature === undefined || timestamp === undefined) return { ok: false, reason: 'missing signature headers' };
  if (!/^[0-9a-fA-F]{128}$/u.test(signature)) return { ok: false, reason: 'malformed signature' };
  if (!/^\d{1,12}$/u.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SIGNATURE_AGE_S) return { ok: false, reason: 'stale timestamp' };
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  return verify(null, signed, key, Buffer.from(signature, 'hex'))
    ? { ok: true }
    : { ok: false, reason: 'bad signature' };
}
