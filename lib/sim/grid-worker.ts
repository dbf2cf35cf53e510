/**
 * Worker-thread entry of runGrid (loaded through tsx): receives jobs one at a time, runs them
 * with runGridJob and posts the results back. Not a library module: it starts listening when loaded.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { GridJob, GridSimOptions, SystemFactoryRef } from './grid-job.js';
import { loadSystemFactory } from './load-system-factory.js';
import { runGridJob } from './run-grid-job.js';

interface WorkerSetup {
  factory: SystemFactoryRef;
  sim: GridSimOptions;
  keepRuns: boolean;
}

const port = parentPort;
if (port !== null) {
  const setup = workerData as WorkerSetup;
  // the worker runs with tsx's CommonJS hook: the default loader's require handles .ts modules
  const ready = loadSystemFactory(setup.factory);
  port.on('message', (msg: { index: number; job: GridJob }) => {
    ready.then(
      (getSystem) => {
        const result = runGridJob(getSystem(msg.job.system), msg.job, msg.index, setup.sim, setup.keepRuns);
        port.postMessage({ index: msg.index, result });
      },
    ).catch((err: unknown) => {
      port.postMessage({ index: msg.index, error: err instanceof Error ? err.message : String(err) });
    });
  });
}
