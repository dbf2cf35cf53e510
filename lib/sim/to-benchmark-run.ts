import type { BenchmarkRun } from '../data/benchmark-run.js';
import type { SimBenchmarkResult, SimRunResult } from './sim-run-types.js';

/**
 * Describes a simulation as a format-neutral benchmark run (what writers of measurement
 * formats read): the simulated system as the server (`sim://<system>`, the verifier as the
 * model), the simulator as the load generator (ids prefixed 'sim'), every benchmark's strategy,
 * window and request log. A single benchmark becomes a run with a 'single' profile. Errored
 * requests are the simulator's one kind of error: prompt + output longer than max_model_len.
 *
 * @param run a run (sweep or rates) or a single benchmark
 * @returns the run description (the request logs are shared, not copied)
 * @throws {Error} `toBenchmarkRun requires ...` for a missing result or a run without benchmarks
 * @example
 * buildGuidellmReport(toBenchmarkRun(simulateSweep(system, workload, { seed: 1 })));
 */
export function toBenchmarkRun(run: SimRunResult | SimBenchmarkResult): BenchmarkRun {
  if (run === null || typeof run !== 'object') throw new Error('toBenchmarkRun requires a simulation result');
  const isRun = 'benchmarks' in run;
  const benchmarks = isRun ? run.benchmarks : [run];
  if (benchmarks.length === 0) throw new Error('toBenchmarkRun requires at least one benchmark');
  const first = benchmarks[0];
  return {
    server: { target: `sim://${first.system.name}`, model: first.system.verifier },
    generator: { platform: 'speclat simulator', module: 'speclat.sim', idPrefix: 'sim' },
    promptTokens: first.workload.prefillTokens,
    outputTokens: first.workload.decodeTokens,
    errorMessage: 'prompt_tokens + max_tokens exceed the max model length',
    profile: isRun ? run.profile : { type: 'single' },
    seed: run.seed,
    benchmarks: benchmarks.map((b) => ({
      strategy: b.strategy,
      durationS: b.durationS,
      maxConcurrency: b.maxConcurrency,
      warmupFrac: b.warmupFrac,
      cooldownFrac: b.cooldownFrac,
      windowStartS: b.stats.windowStartS,
      windowEndS: b.stats.windowEndS,
      requests: b.requests,
    })),
  };
}
