// HTTP plumbing for the emulator's REST API: reading JSON or multipart bodies (payload_json + files) and
// matching request paths against Discord route templates such as `/channels/:channelId/messages`.
import type { IncomingMessage } from 'node:http';

export interface UploadedFile {
  readonly field: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly data: Buffer;
}

export interface ParsedBody {
  /** The JSON body, or the parsed `payload_json` part of a multipart body; undefined when there is none. */
  readonly json: unknown;
  readonly files: readonly UploadedFile[];
  /** Set when the body could not be parsed (Discord answers 400 / 50109). */
  readonly malformed: boolean;
}

export async function readBody(request: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { json: undefined, files: [], malformed: false };
  const type = request.headers['content-type'] ?? '';
  try {
    if (type.startsWith('multipart/form-data')) return await readMultipart(raw, type);
    return { json: JSON.parse(raw.toString('utf8')), files: [], malformed: false };
  } catch {
    return { json: undefined, files: [], malformed: true };
  }
}

async function readMultipart(raw: Buffer, contentType: string): Promise<ParsedBody> {
  // The platform's fetch Response parses multipart/form-data, which spares a hand-written parser.
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  let json: unknown;
  const files: UploadedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') json = JSON.parse(value);
      continue;
    }
    const data = Buffer.from(await value.arrayBuffer());
    files.push({ field, name: value.name, contentType: value.type, size: data.length, data });
  }
  return { json, files, malformed: false };
}

export interface RouteMatch {
  readonly template: string;
  readonly params: Readonly<Record<string, string>>;
}

/** Matches `path` against a template; `:name` segments capture one path segment. */
export function matchTemplate(template: string, path: string): RouteMatch | null {
  const want = template.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const actual = got[index];
    if (actual === undefined) return null;
    if (segment.startsWith(':')) {
      if (actual.length === 0) return null;
      params[segment.slice(1)] = decodeURIComponent(actual);
    } else if (segment !== actual) {
      return null;
    }
  }
  return { template, params };
}

export function lowerCaseHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}
