// Downloading a Discord attachment for /archive add: at most a size cap (checked against the header and while
// reading, since a header can lie), only text or HTML, within a time limit. Failures are reasons, not exceptions.
import type { AttachmentRef, Fetched } from '../../commands/archiveService.ts';
import { ARTICLE_CONTENT_TYPES } from '../../commands/archive.ts';

export const ATTACHMENT_TIMEOUT_MS = 15_000;

export async function fetchAttachment(
  file: AttachmentRef,
  maxBytes: number,
  fetchImpl: typeof fetch = fetch,
): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetchImpl(file.url, { signal: AbortSignal.timeout(ATTACHMENT_TIMEOUT_MS) });
  } catch (error) {
    return { ok: false, reason: `could not be downloaded (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!response.ok) return { ok: false, reason: `could not be downloaded (HTTP ${response.status})` };
  const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? null;
  if (type !== null && !ARTICLE_CONTENT_TYPES.includes(type)) {
    await response.body?.cancel();
    return { ok: false, reason: `is served as ${type}, not text or HTML` };
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const tooLarge = { ok: false, reason: `is larger than ${maxBytes} bytes` } as const;
  if (declared > maxBytes) {
    await response.body?.cancel();
    return tooLarge;
  }
  if (response.body === null) return { ok: true, bytes: new Uint8Array() };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
