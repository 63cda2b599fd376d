import { describe, expect, it } from 'vitest';
import { fetchAttachment } from '../../src/discord/attachments.ts';

const ref = { url: 'https://cdn.example/a.txt', name: 'a.txt', size: 5, contentType: 'text/plain' };
const serve =
  (body: string | Uint8Array, headers: Record<string, string>, status = 200): typeof fetch =>
  async () =>
    new Response(body, { status, headers });

describe('fetchAttachment', () => {
  it('returns the bytes of a text attachment within the cap', async () => {
    const fetched = await fetchAttachment(ref, 10, serve('hello', { 'content-type': 'text/plain; charset=utf-8' }));
    expect(fetched.ok && Buffer.from(fetched.bytes).toString('utf8')).toBe('hello');
  });
  it('refuses a body longer than the cap even when no length is declared', async () => {
    expect(await fetchAttachment(ref, 4, serve('hello', { 'content-type': 'text/plain' }))).toEqual({
      ok: false,
      reason: 'is larger than 4 bytes',
    });
  });
  it('refuses what is served as another type', async () => {
    expect(await fetchAttachment(ref, 10, serve('x', { 'content-type': 'application/zip' }))).toEqual({
      ok: false,
      reason: 'is served as application/zip, not text or HTML',
    });
  });
  it('says which HTTP status stopped the download', async () => {
    expect(await fetchAttachment(ref, 10, serve('', {}, 404))).toEqual({
      ok: false,
      reason: 'could not be downloaded (HTTP 404)',
    });
  });
});
