import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpServer } from '../../src/http/server.ts';
import { recordingLogger } from '../support/bot.ts';

describe('startHttpServer', () => {
  let server: HttpServer;
  const logger = recordingLogger();
  beforeAll(async () => {
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      logger,
      maxBodyBytes: 1024,
      routes: {
        'POST /echo': (request) => ({ status: 200, body: `${request.body.length}` }),
        'GET /boom': () => {
          throw new Error('kaput');
        },
      },
    });
  });
  afterAll(async () => server?.close());
  const url = (path: string) => `http://127.0.0.1:${server.port}${path}`;

  it('passes the raw body to the route and answers 404 and 405 for unknown paths and methods', async () => {
    const echoed = await fetch(url('/echo'), { method: 'POST', body: 'x'.repeat(1024) });
    expect([echoed.status, await echoed.text()]).toEqual([200, '1024']);
    expect((await fetch(url('/nowhere'))).status).toBe(404);
    expect((await fetch(url('/echo'))).status).toBe(405);
  });

  it('answers 413 to a body over the cap, declared or streamed', async () => {
    const declared = await fetch(url('/echo'), { method: 'POST', body: 'x'.repeat(1025) });
    expect([declared.status, await declared.text()]).toEqual([413, 'request body over 1024 bytes\n']);
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 8; i++) controller.enqueue(new TextEncoder().encode('y'.repeat(512)));
        controller.close();
      },
    });
    const streamed = await fetch(url('/echo'), { method: 'POST', body: chunks, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('answers 500 and logs the cause when a route throws', async () => {
    const failed = await fetch(url('/boom'));
    expect(failed.status).toBe(500);
    expect(logger.errors().at(-1)).toMatch(/^GET \/boom failed: Error: kaput/u);
  });
});
