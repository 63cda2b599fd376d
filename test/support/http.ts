// Helpers for the HTTP-mode tests: an Ed25519 key pair as Discord's developer portal would hold it, a free port,
// and a PING payload.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer } from 'node:net';
import type { HttpPing } from './discord/emulator.ts';
import { snowflake } from './discord/snowflake.ts';

export interface AppKeys {
  privateKey: KeyObject;
  /** The public key as the portal shows it: 64 hex characters (DISCORD_PUBLIC_KEY). */
  publicHex: string;
}

export function appKeys(): AppKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return { privateKey, publicHex: Buffer.from(jwk.x ?? '', 'base64url').toString('hex') };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export function ping(applicationId: string): HttpPing {
  return { id: snowflake(), application_id: applicationId, type: 1, token: 'ping-token', version: 1 };
}
