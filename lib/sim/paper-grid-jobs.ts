import type { GridJob, GridPlan } from './grid-job.js';

/** The paper's experiment grid (arXiv 2605.15051, section 4). */
export const PAPER_PREFILL_TOKENS: readonly number[] = [256, 512, 768, 1024];
export const PAPER_DECODE_TOKENS: readonly number[] = [256, 512, 768, 1024];
/** alpha in {0.50, 0.55, ..., 1.00}. */
export const PAPER_ALPHAS: readonly number[] = Array.from({ length: 11 }, (_, i) => Math.round((0.5 + 0.05 * i) * 100) / 100);
export const PAPER_KS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * The jobs of the paper's grid for one system: for each prefill/decode combination (16), one
 * baseline without speculation (k = 0) and, when the system has a drafter, every (alpha, k) of
 * 11 x 10; each job a GuideLLM sweep (default 10 benchmarks). 1776 jobs (17,760 benchmarks) with a
 * drafter, 16 without. Order: prefill, decode, then baseline, then alpha, then k.
 *
 * @param system the factory argument naming the system (see GridJob.system)
 * @param hasDrafter whether the system can speculate
 * @param plan what each job runs (default a 10-benchmark sweep)
 * @returns the jobs
 * @example
 * paperGridJobs('qwen3-8b@a100-80gb', true).length; // 1776
 */
export function paperGridJobs(system: unknown, hasDrafter: boolean, plan: GridPlan = { type: 'sweep', sweepSize: 10 }): GridJob[] {
  const jobs: GridJob[] = [];
  for (const prefillTokens of PAPER_PREFILL_TOKENS) {
    for (const decodeTokens of PAPER_DECODE_TOKENS) {
      jobs.push({ system, workload: { prefillTokens, decodeTokens, k: 0 }, plan });
      if (!hasDrafter) continue;
      for (const alpha of PAPER_ALPHAS) {
        for (const k of PAPER_KS) jobs.push({ system, workload: { prefillTokens, decodeTokens, k, alpha }, plan });
      }
    }
  }
  return jobs;
}
