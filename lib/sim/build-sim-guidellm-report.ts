import type { GuidellmReport, GuidellmReportOptions } from '../data/formats/guidellm/build-guidellm-report.js';
import { buildGuidellmReport } from '../data/formats/guidellm/build-guidellm-report.js';
import type { SimBenchmarkResult, SimRunResult } from './sim-run-types.js';
import { toBenchmarkRun } from './to-benchmark-run.js';

/** Options of buildSimGuidellmReport: buildGuidellmReport's, less the extra blocks (the simulator writes its own). */
export type SimGuidellmReportOptions = Omit<GuidellmReportOptions, 'extra'>;

/**
 * A simulation as a GuideLLM 0.5-shaped report (buildGuidellmReport of toBenchmarkRun), with a
 * `speclat_simulation` block after the benchmarks recording the system, workload and seeds
 * (GuideLLM itself does not know the drafter, k or alpha) and each benchmark's engine counters.
 *
 * @param run a run (sweep or rates) or a single benchmark
 * @param opts sampleRequests (10 per status; null = all), startEpochS (0)
 * @returns the report object (serialise with JSON.stringify; writing files is lib/io's job)
 * @throws {Error} `toBenchmarkRun requires ...` for a missing result; `buildGuidellmReport requires ...` for a bad option
 * @example
 * const report = buildSimGuidellmReport(simulateSweep(system, workload, { seed: 1 }));
 * report.benchmarks[0].config.strategy.type_; // 'synchronous'
 */
export function buildSimGuidellmReport(run: SimRunResult | SimBenchmarkResult, opts: SimGuidellmReportOptions = {}): GuidellmReport {
  const described = toBenchmarkRun(run);
  const benchmarks = 'benchmarks' in run ? run.benchmarks : [run];
  const first = benchmarks[0];
  const w = first.workload;
  const speclatSimulation = {
    system: first.system.name,
    verifier: first.system.verifier,
    drafter: w.k > 0 ? first.system.drafter : '',
    hardware: first.system.hardware,
    prefill_tokens: w.prefillTokens,
    decode_tokens: w.decodeTokens,
    k: w.k,
    alpha: w.k > 0 ? (w.alpha ?? null) : null,
    acceptance_rates: w.acceptanceRates ? [...w.acceptanceRates] : null,
    acceptance_rates_kind: w.acceptanceRates ? (w.acceptanceRatesKind ?? 'cumulative') : null,
    seed: run.seed,
    benchmark_seeds: benchmarks.map((b) => b.seed),
    engine: benchmarks.map((b) => ({ ...b.engine })),
  };
  return buildGuidellmReport(described, { ...opts, extra: { speclat_simulation: speclatSimulation } });
}
