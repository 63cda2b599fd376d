// The bot's HTTP server (adapter): POST /interactions for Discord's HTTP mode, GET /healthz and GET /metrics for
// operators. Plain node:http; each route is a handler given the raw body, so the server knows nothing of Discord.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log/logger.ts';

/** The largest request body read: interactions are a few kilobytes; a message command's resolved message is the largest. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface HttpAnswer {
  status: number;
  contentType?: string;
  body: string;
}

export interface HttpRequest {
  headers: Record<string, string | undefined>;
  body: Buffer;
}

export type HttpHandler = (request: HttpRequest) => Promise<HttpAnswer> | HttpAnswer;

/** Routes by "METHOD /path". */
export type HttpRoutes = Record<string, HttpHandler>;

export interface HttpServer {
  port: number;
  close(): Promise<void>;
}

export function json(status: number, value: unknown): HttpAnswer {
  return { status, contentType: 'application/json', body: JSON.stringify(value) };
}

function text(status: number, body: string): HttpAnswer {
  return { status, contentType: 'text/plain; charset=utf-8', body };
}

class BodyTooLarge extends Error {}

/** The body, or BodyTooLarge as soon as it passes `max` (the rest is drained unread, so the 413 can still be sent). */
function readCapped(request: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? '0');
    if (declared > max) {
      request.resume();
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        request.off('data', onData);
        request.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', reject);
  });
}

function headerMap(request: IncomingMessage): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]),
  );
}

function write(response: ServerResponse, answer: HttpAnswer): void {
  response.writeHead(answer.status, {
    'content-type': answer.contentType ?? 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(answer.body),
    // A refused upload is not read to its end: the connection is not reused for another request.
    ...(answer.status === 413 ? { connection: 'close' } : {}),
  });
  response.end(answer.body);
}

async function route(
  routes: HttpRoutes,
  request: IncomingMessage,
  maxBodyBytes: number,
  logger: Logger,
): Promise<HttpAnswer> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const method = (request.method ?? 'GET').toUpperCase();
  const handler = routes[`${method} ${path}`];
  if (handler === undefined) {
    const known = Object.keys(routes).some((key) => key.endsWith(` ${path}`));
    return known ? text(405, 'method not allowed\n') : text(404, 'not found\n');
  }
  let body: Buffer;
  try {
    body = await readCapped(request, maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLarge) return text(413, `request body over ${maxBodyBytes} bytes\n`);
    throw error;
  }
  try {
    return await handler({ headers: headerMap(request), body });
  } catch (error) {
    logger.error(
      `${method} ${path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return text(500, 'internal error\n');
  }
}

export async function startHttpServer(options: {
  port: number;
  host?: string;
  routes: HttpRoutes;
  logger: Logger;
  maxBodyBytes?: number;
}): Promise<HttpServer> {
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const server: Server = createServer((request, response) => {
    route(options.routes, request, maxBodyBytes, options.logger).then(
      (answer) => write(response, answer),
      (error: unknown) => {
        options.logger.error(`http: ${String(error)}`);
        if (!response.headersSent) write(response, text(500, 'internal error\n'));
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
