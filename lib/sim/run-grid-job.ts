import { buildSimTidyRows } from './build-sim-tidy-rows.js';
import { deriveSeed } from './derive-seed.js';
import type { GridJob, GridJobResult, GridSimOptions } from './grid-job.js';
import type { SimRunResult } from './sim-run-types.js';
import type { SimSystem } from './sim-types.js';
import { simulateBenchmark } from './simulate-benchmark.js';
import { simulateRates } from './simulate-rates.js';
import { simulateSweep } from './simulate-sweep.js';

/**
 * Runs one grid job (in the calling thread): a sweep (with the grid's duration, or its own
 * latency-scaled window when the plan has one), a list of constant rates or one
 * benchmark, seeded with deriveSeed(opts.seed, index) so that the result depends only on the
 * job and its index, never on which worker runs it or when.
 *
 * @param system the job's resolved system
 * @param job the job
 * @param index the job's index in the grid
 * @param opts the grid's simulation settings
 * @param keepRun also return the full SimRunResult (request logs included)
 * @returns the tidy rows (and the run when keepRun)
 * @throws {Error} `runGridJob requires ...` for an unknown plan; the simulation's errors
 * @example
 * runGridJob(system, { system: 'x', workload, plan: { type: 'sweep' } }, 0, { seed: 1, durationS: 30 }, false).rows;
 */
export function runGridJob(system: SimSystem, job: GridJob, index: number, opts: GridSimOptions, keepRun: boolean): GridJobResult {
  const seed = deriveSeed(opts.seed, index);
  const common = {
    durationS: opts.durationS ?? 90,
    maxConcurrency: opts.maxConcurrency ?? 128,
    warmupFrac: opts.warmupFrac,
    cooldownFrac: opts.cooldownFrac,
    seed,
  };
  let run: SimRunResult;
  const plan = job.plan;
  if (plan.type === 'sweep') {
    // A latency-scaled window replaces the grid's duration and warm-up/cool-down for this sweep.
    const sweepOpts =
      plan.window !== undefined && plan.window !== null
        ? { maxConcurrency: common.maxConcurrency, seed, window: plan.window }
        : common;
    run = simulateSweep(system, job.workload, { ...sweepOpts, sweepSize: plan.sweepSize ?? 10 });
  } else if (plan.type === 'rates') {
    run = simulateRates(system, job.workload, plan.rates, common);
  } else if (plan.type === 'benchmark') {
    const b = simulateBenchmark(system, job.workload, plan.strategy, common);
    run = { profile: { type: 'single' }, seed, benchmarks: [b] };
  } else {
    throw new Error(`runGridJob requires a plan of type sweep, rates or benchmark, got ${String((plan as { type?: unknown }).type)}`);
  }
  return { rows: buildSimTidyRows(run), run: keepRun ? run : null };
}
