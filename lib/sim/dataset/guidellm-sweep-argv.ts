import type { DatasetGuidellmPlan, SimDatasetPlan } from './sim-dataset-plan.js';

/**
 * The `speclat simulate` arguments that write one planned GuideLLM sweep of the data set
 * (GuideLLM 0.5-shaped benchmarks.json plus .meta.json sidecar) into the plan's GuideLLM folder.
 * Every setting is explicit (sweep size, duration, max concurrency, max_model_len, seed), so
 * `npx speclat simulate <argv>` run from the repository root rewrites the same bytes.
 *
 * @param sweep the planned sweep
 * @param plan the data-set plan (folder, duration, sweep size, max concurrency, max_model_len)
 * @param maxModelLen the system's max_model_len as the data set uses it (datasetSystemSpec)
 * @returns the arguments after `simulate`
 * @throws {Error} `guidellmSweepArgv requires alpha in [0, 1] when k > 0`
 * @example
 * guidellmSweepArgv(plan.guidellm[0], plan, 2048).join(' ');
 * // '--system qwen3-8b@a100-80gb --prefill 512 --decode 128 --k 3 --alpha 0.8 --sweep 10 --duration 90 ...'
 */
export function guidellmSweepArgv(sweep: DatasetGuidellmPlan, plan: SimDatasetPlan, maxModelLen: number): string[] {
  const argv = ['--system', sweep.system, '--prefill', String(sweep.prefillTokens), '--decode', String(sweep.decodeTokens), '--k', String(sweep.k)];
  if (sweep.k > 0) {
    if (typeof sweep.alpha !== 'number' || !(sweep.alpha >= 0 && sweep.alpha <= 1)) {
      throw new Error(`guidellmSweepArgv requires alpha in [0, 1] when k > 0, got ${String(sweep.alpha)}`);
    }
    argv.push('--alpha', String(sweep.alpha));
  }
  argv.push(
    '--sweep', String(plan.sweepSize),
    '--duration', String(plan.durationS),
    '--max-concurrency', String(plan.maxConcurrency),
    '--max-model-len', String(maxModelLen),
    '--seed', String(sweep.seed),
    '--format', 'guidellm',
    '--out', plan.guidellmDir,
  );
  return argv;
}
