// The worker thread of the index build (indexThread.ts starts it): it indexes the passages it is sent and answers
// with the terms and postings arrays (the arrays moved, not copied), then has nothing left to do.
import { parentPort } from 'node:worker_threads';
import { indexTerms } from '../search/indexCodec.ts';
import type { FieldPostings } from '../search/postings.ts';
import { type FromIndexWorker, type PackedIndexSource, unpackIndexSource } from './indexProtocol.ts';

const port = parentPort;
if (port === null) throw new Error('indexWorker.ts runs as a worker thread only');

port.once('message', (packed: PackedIndexSource) => {
  const started = performance.now();
  let reply: FromIndexWorker;
  try {
    const { terms, fields } = indexTerms(unpackIndexSource(packed));
    reply = { type: 'built', terms: [...terms], fields, ms: performance.now() - started };
  } catch (error) {
    reply = { type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply, reply.type === 'built' ? buffersOf(Object.values(reply.fields)) : []);
  port.close();
});

/** The postings arrays' buffers, each once (a buffer listed twice cannot be moved). */
function buffersOf(fields: readonly FieldPostings[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const postings of fields)
    for (const array of [postings.offsets, postings.docs, postings.freqs, postings.lengths])
      if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  return [...buffers];
}
