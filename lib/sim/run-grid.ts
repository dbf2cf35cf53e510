import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GridJob, GridJobResult, GridSimOptions, SystemFactoryRef } from './grid-job.js';
import { loadSystemFactory } from './load-system-factory.js';
import { runGridJob } from './run-grid-job.js';

/** Options of runGrid. */
export interface RunGridOptions extends GridSimOptions {
  /** The module function that turns each job's `system` into a SimSystem (loaded in every worker). */
  systemFactory: SystemFactoryRef;
  /** Worker threads (default os.cpus().length); 0 runs every job in the calling thread. */
  workers?: number;
  /** Return each job's full SimRunResult too (request logs; large). Default false: tidy rows only. */
  keepRuns?: boolean;
  /** Called after each finished job with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Runs a list of simulation jobs over worker threads (node:worker_threads, the worker entry
 * loaded through tsx) and returns their results in job order. Job i is seeded with
 * deriveSeed(seed, i), so the results are identical whatever the number of workers and the
 * order in which jobs finish. Workers take the next job when they finish one (load balancing).
 *
 * @param jobs the jobs (JSON-serialisable)
 * @param opts systemFactory, seed, durationS (90), maxConcurrency (128), warmup/cooldown
 *   fractions, workers (CPU count; 0 = in this thread), keepRuns, onProgress
 * @returns one result per job, in job order
 * @throws {Error} `runGrid requires ...` for bad options; `runGrid: job <i>: <message>` when a job fails
 * @example
 * const results = await runGrid(jobs, {
 *   systemFactory: { modulePath: require.resolve('./resolve-system.ts'), exportName: 'resolveSystem' },
 *   seed: 1, durationS: 30, onProgress: (d, n) => bar.update(d),
 * });
 */
export async function runGrid(jobs: readonly GridJob[], opts: RunGridOptions): Promise<GridJobResult[]> {
  if (!Array.isArray(jobs)) throw new Error('runGrid requires an array of jobs');
  if (!opts || !opts.systemFactory || typeof opts.systemFactory.modulePath !== 'string' || typeof opts.systemFactory.exportName !== 'string') {
    throw new Error('runGrid requires systemFactory { modulePath, exportName }');
  }
  if (!path.isAbsolute(opts.systemFactory.modulePath)) throw new Error(`runGrid requires an absolute systemFactory.modulePath, got ${opts.systemFactory.modulePath}`);
  if (!Number.isFinite(opts.seed)) throw new Error(`runGrid requires a finite seed, got ${opts.seed}`);
  const workers = opts.workers ?? os.cpus().length;
  if (!Number.isInteger(workers) || workers < 0) throw new Error(`runGrid requires an integer workers >= 0, got ${workers}`);
  const sim: GridSimOptions = {
    seed: opts.seed,
    durationS: opts.durationS,
    maxConcurrency: opts.maxConcurrency,
    warmupFrac: opts.warmupFrac,
    cooldownFrac: opts.cooldownFrac,
  };
  const keepRuns = opts.keepRuns === true;
  const total = jobs.length;
  const results: GridJobResult[] = new Array(total);
  if (total === 0) return results;

  if (workers === 0) {
    const getSystem = await loadSystemFactory(opts.systemFactory);
    for (let i = 0; i < total; i++) {
      try {
        results[i] = runGridJob(getSystem(jobs[i].system), jobs[i], i, sim, keepRuns);
      } catch (err) {
        throw new Error(`runGrid: job ${i}: ${(err as Error).message}`);
      }
      opts.onProgress?.(i + 1, total);
    }
    return results;
  }

  const entry = path.join(__dirname, 'grid-worker.ts');
  const tsxCjs = require.resolve('tsx/cjs');
  const pool: Worker[] = [];
  let next = 0;
  let done = 0;
  return new Promise<GridJobResult[]>((resolve, reject) => {
    let failed = false;
    const finish = (err: Error | null): void => {
      if (failed) return;
      if (err) failed = true;
      for (const w of pool) void w.terminate();
      if (err) reject(err);
      else resolve(results);
    };
    const feed = (w: Worker): void => {
      if (next < total) {
        const index = next++;
        w.postMessage({ index, job: jobs[index] });
      }
    };
    const n = Math.min(workers, total);
    for (let k = 0; k < n; k++) {
      const w = new Worker(entry, {
        execArgv: ['--require', tsxCjs],
        workerData: { factory: opts.systemFactory, sim, keepRuns },
      });
      pool.push(w);
      w.on('message', (msg: { index: number; result?: GridJobResult; error?: string }) => {
        if (failed) return;
        if (msg.error !== undefined) {
          finish(new Error(`runGrid: job ${msg.index}: ${msg.error}`));
          return;
        }
        results[msg.index] = msg.result as GridJobResult;
        done++;
        opts.onProgress?.(done, total);
        if (done === total) finish(null);
        else feed(w);
      });
      w.on('error', (err) => finish(new Error(`runGrid: worker failed: ${err.message}`)));
      w.on('exit', (code) => {
        if (!failed && done < total && code !== 0) finish(new Error(`runGrid: a worker exited with code ${code}`));
      });
      feed(w);
    }
  });
}
