import type { TidyRow } from '../data/tidy-schema.js';
import type { SimBenchmarkResult, SimRunResult } from './sim-run-types.js';

/**
 * Turns simulated benchmarks into tidy rows (the project's measurement schema), one per
 * benchmark with at least one successful request (a row needs a latency; benchmarks with none
 * are left out). source = `sim:<system>:seed=<S>` with the run's base seed (`seed=rng` when an
 * rng was passed). Without speculation drafter is '' and alpha null; with per-position
 * acceptance rates alpha is null and `acceptance_rates` holds them.
 *
 * Extra columns: benchmark_index, incomplete, duration_s (GuideLLM max_seconds), warmup_s (the
 * start of the measurement window: warm-up fraction x duration_s, 0 without warm-up), preemptions, mean_batch_size (time-
 * weighted sequences per verifier pass), acceptance_length (vLLM mean acceptance length, null
 * without drafts), mean_output_tokens_per_iteration (client-visible), mean_in_flight
 * (server-side time-weighted requests in flight), engine_steps, acceptance_rates, acceptance_rates_kind.
 *
 * @param run a run (sweep or rates) or a single benchmark
 * @returns the rows in benchmark order
 * @throws {Error} `buildSimTidyRows requires a simulation result`
 * @example
 * buildSimTidyRows(simulateSweep(system, workload, { seed: 1 })).map((r) => r.mean_latency_s);
 */
export function buildSimTidyRows(run: SimRunResult | SimBenchmarkResult): TidyRow[] {
  if (run === null || typeof run !== 'object') throw new Error('buildSimTidyRows requires a simulation result');
  const benchmarks = 'benchmarks' in run ? run.benchmarks : [run];
  const baseSeed = 'benchmarks' in run ? run.seed : run.seed;
  const rows: TidyRow[] = [];
  benchmarks.forEach((b, i) => {
    if (b.stats.successful === 0) return;
    const sd = b.workload.k > 0;
    const s = b.stats;
    rows.push({
      verifier: b.system.verifier,
      drafter: sd ? b.system.drafter : '',
      hardware: b.system.hardware,
      prefill_tokens: b.workload.prefillTokens,
      decode_tokens: b.workload.decodeTokens,
      k: b.workload.k,
      alpha: sd && b.workload.alpha !== undefined && b.workload.alpha !== null ? b.workload.alpha : null,
      strategy: b.strategy.type,
      rate_rps: b.strategy.type === 'constant' || b.strategy.type === 'poisson' ? (b.strategy.rate as number) : null,
      concurrency: b.strategy.type === 'concurrent' ? (b.strategy.streams as number) : null,
      measured_rps: s.measuredRps,
      mean_latency_s: s.meanLatencyS,
      p50_latency_s: s.p50LatencyS,
      p95_latency_s: s.p95LatencyS,
      p99_latency_s: s.p99LatencyS,
      mean_ttft_ms: s.meanTtftMs,
      mean_itl_ms: s.meanItlMs,
      mean_tpot_ms: s.meanTpotMs,
      mean_concurrency: s.meanConcurrency,
      completed: s.successful,
      errored: s.errored,
      source: `sim:${b.system.name}:seed=${baseSeed === null ? 'rng' : baseSeed}`,
      benchmark_index: i,
      incomplete: s.incomplete,
      duration_s: b.durationS,
      warmup_s: b.warmupFrac * b.durationS,
      preemptions: b.engine.preemptions,
      mean_batch_size: b.engine.meanBatchSize,
      acceptance_length: b.engine.acceptanceLength,
      mean_output_tokens_per_iteration: s.meanOutputTokensPerIteration,
      mean_in_flight: b.engine.meanInFlight,
      engine_steps: b.engine.steps,
      acceptance_rates: b.workload.acceptanceRates ? b.workload.acceptanceRates.join(';') : null,
      acceptance_rates_kind: b.workload.acceptanceRates ? (b.workload.acceptanceRatesKind ?? 'cumulative') : null,
    });
  });
  return rows;
}
