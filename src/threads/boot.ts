// Starting a worker thread on a TypeScript module of this project.
import { Worker } from 'node:worker_threads';

/**
 * A worker that registers tsx's loader in its own thread (a loader given to the parent process in execArgv does not
 * reach a worker on Node 20), then loads `moduleUrl`. When that fails, the worker posts `{ type: 'failed', message }`,
 * the failure message of every worker protocol here.
 */
export function startTypeScriptWorker(moduleUrl: string): Worker {
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); })
  .catch((error) => { require('node:worker_threads').parentPort.postMessage({ type: 'failed', message: String(error && error.stack || error) }); });`;
  return new Worker(boot, { eval: true });
}
