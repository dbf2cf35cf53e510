import { createRng } from '../random/create-rng.js';
import { deriveSeed } from './derive-seed.js';
import type { SimBenchmarkResult, SimRunResult, SimWorkload } from './sim-run-types.js';
import type { SimSystem } from './sim-types.js';
import type { SimSweepOptions } from './simulate-sweep.js';
import { simulateBenchmark } from './simulate-benchmark.js';

/**
 * Simulates constant-rate benchmarks at the given rates (for point-for-point comparison with a
 * real sweep's measured rates). Benchmark i uses deriveSeed(seed, i); each starts idle.
 *
 * @param system the server
 * @param workload request lengths, k and acceptance
 * @param rates request rates (requests/s), each finite and > 0
 * @param opts durationS (90), maxConcurrency (128), seed (0) or rng, warm-up/cool-down fractions (sweepSize is ignored)
 * @returns the benchmarks in the order of `rates`, profile { type: 'constant', rates }
 * @throws {Error} `simulateRates requires ...` for an empty rate list or a bad rate; errors of simulateBenchmark
 * @example
 * simulateRates(system, workload, [1, 2, 4], { seed: 3 }).benchmarks.map((b) => b.stats.meanLatencyS);
 */
export function simulateRates(
  system: SimSystem,
  workload: SimWorkload,
  rates: readonly number[],
  opts: SimSweepOptions = {},
): SimRunResult {
  if (!Array.isArray(rates) || rates.length === 0) throw new Error('simulateRates requires a non-empty list of rates');
  for (const r of rates) {
    if (!Number.isFinite(r) || r <= 0) throw new Error(`simulateRates requires finite rates > 0 (requests/s), got ${r}`);
  }
  if (opts.rng !== undefined && opts.seed !== undefined) throw new Error('simulateRates requires a seed or an rng, not both');
  const seed = opts.rng !== undefined ? null : (opts.seed ?? 0);
  const benchmarks: SimBenchmarkResult[] = rates.map((rate, i) => {
    const rng = opts.rng !== undefined ? opts.rng.fork() : createRng(deriveSeed(seed as number, i));
    const r = simulateBenchmark(system, workload, { type: 'constant', rate }, {
      durationS: opts.durationS ?? 90,
      maxConcurrency: opts.maxConcurrency ?? 128,
      warmupFrac: opts.warmupFrac,
      cooldownFrac: opts.cooldownFrac,
      recordChunks: opts.recordChunks,
      rng,
    });
    r.seed = seed === null ? null : deriveSeed(seed, i);
    return r;
  });
  return { profile: { type: 'constant', rates: [...rates] }, seed, benchmarks };
}
