import type { GridJob, GridPlan } from '../grid-job.js';
import type { SweepWindow } from '../load/sweep-window.js';
import type { SimWorkload } from '../sim-run-types.js';
import type { DatasetFilePlan, DatasetGrid } from './sim-dataset-plan.js';

/**
 * The simulation jobs of one data-set file, in the file's (and the seeds') order: each grid in
 * turn, and within a grid each length pair, then its baseline (k = 0), then every alpha x k
 * (the order of paperGridJobs, so a file that starts with the paper grid starts with exactly
 * paperGridJobs' jobs). A setting (prefill, decode, k, alpha) that an earlier grid already
 * listed is skipped, so every setting appears once. Job i of the file is seeded with
 * deriveSeed(file.seed, i) by runGrid: re-running job i alone with that index reproduces it.
 * A sweep job of a grid with scaledWindow carries `window` in its plan (its benchmarks' length
 * then follows a pilot request's latency); the others run the grid's fixed duration.
 *
 * @param file the file's plan (grids)
 * @param system the factory argument every job carries (a registry name or a SystemSpec)
 * @param hasDrafter whether the system can speculate: without a drafter only baselines are listed
 * @param plan what each job runs (default a 10-benchmark sweep)
 * @param window the latency-scaled window of the grids with scaledWindow (sweep plans only; null: every job runs `plan` as given)
 * @returns the jobs
 * @throws {Error} `datasetFileJobs requires ...` for a grid with bad lengths, alphas or ks, or a window with a plan that is not a sweep
 * @example
 * datasetFileJobs({ system: 's', file: 'data/sim/s.csv', seed: 1, grids: [PAPER_GRID] }, 's', true).length; // 1776
 */
export function datasetFileJobs(
  file: DatasetFilePlan,
  system: unknown,
  hasDrafter: boolean,
  plan: GridPlan = { type: 'sweep', sweepSize: 10 },
  window: SweepWindow | null = null,
): GridJob[] {
  if (file === null || typeof file !== 'object' || !Array.isArray(file.grids)) {
    throw new Error('datasetFileJobs requires a file plan with grids');
  }
  for (const g of file.grids) checkGrid(g);
  if (window !== null && plan.type !== 'sweep') throw new Error(`datasetFileJobs requires a sweep plan with a window, got ${plan.type}`);
  const seen = new Set<string>();
  const jobs: GridJob[] = [];
  let jobPlan: GridPlan = plan;
  const add = (workload: SimWorkload): void => {
    const key = `${workload.prefillTokens}/${workload.decodeTokens}/${workload.k}/${workload.k === 0 ? '' : workload.alpha}`;
    if (seen.has(key)) return;
    seen.add(key);
    jobs.push({ system, workload, plan: jobPlan });
  };
  for (const g of file.grids) {
    jobPlan = window !== null && g.scaledWindow && plan.type === 'sweep' ? { ...plan, window: { ...window } } : plan;
    for (const { prefillTokens, decodeTokens } of g.lengths) {
      if (g.baseline) add({ prefillTokens, decodeTokens, k: 0 });
      if (!hasDrafter) continue;
      for (const alpha of g.alphas) {
        for (const k of g.ks) add({ prefillTokens, decodeTokens, k, alpha });
      }
    }
  }
  return jobs;
}

function checkGrid(g: DatasetGrid): void {
  const where = `grid ${JSON.stringify(g?.name)}`;
  if (g === null || typeof g !== 'object' || !Array.isArray(g.lengths) || !Array.isArray(g.alphas) || !Array.isArray(g.ks)) {
    throw new Error(`datasetFileJobs requires grids with lengths, alphas and ks arrays (${where})`);
  }
  if (typeof g.scaledWindow !== 'boolean') throw new Error(`datasetFileJobs requires scaledWindow true or false (${where})`);
  for (const l of g.lengths) {
    if (!Number.isInteger(l?.prefillTokens) || l.prefillTokens < 1 || !Number.isInteger(l?.decodeTokens) || l.decodeTokens < 1) {
      throw new Error(`datasetFileJobs requires positive integer prefill/decode lengths (${where}: ${JSON.stringify(l)})`);
    }
  }
  for (const a of g.alphas) {
    if (typeof a !== 'number' || !(a >= 0 && a <= 1)) throw new Error(`datasetFileJobs requires alphas in [0, 1] (${where}: ${a})`);
  }
  for (const k of g.ks) {
    if (!Number.isInteger(k) || k < 1) throw new Error(`datasetFileJobs requires ks that are integers >= 1 (${where}: ${k})`);
  }
}
