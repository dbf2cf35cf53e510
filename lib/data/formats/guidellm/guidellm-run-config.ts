/**
 * The run-level settings of a GuideLLM 0.5 report: each benchmark's `config.strategy`, the
 * shared `config.profile`, and `args.rate`. Helpers of buildGuidellmReport.
 */
import type { BenchmarkRun, LoadStrategy, RunProfile } from '../../benchmark-run.js';
import type { RequestMetricArrays } from './request-metric-arrays.js';

type Obj = Record<string, unknown>;

/**
 * GuideLLM's `args.rate`: the sweep size, the constant rates, or the single benchmark's rate or
 * streams (null for synchronous and throughput).
 *
 * @param profile the run's profile
 * @param s the first benchmark's strategy
 * @returns the rate argument
 */
export function guidellmArgsRate(profile: RunProfile, s: LoadStrategy): number[] | null {
  if (profile.type === 'sweep') return [profile.sweepSize];
  if (profile.type === 'constant') return [...profile.rates];
  if (s.type === 'constant' || s.type === 'poisson') return [s.rate as number];
  if (s.type === 'concurrent') return [s.streams as number];
  return null;
}

/**
 * One benchmark's `config.strategy` (`type_`, worker count, max concurrency, rate or streams).
 *
 * @param s the strategy
 * @param maxConcurrency the benchmark's max concurrency
 * @param seed the run's seed (recorded by poisson)
 * @returns the strategy object
 * @throws {Error} `buildGuidellmReport requires a known strategy`
 */
export function guidellmStrategy(s: LoadStrategy, maxConcurrency: number, seed: number | null): Obj {
  switch (s.type) {
    case 'synchronous':
      return { type_: 'synchronous', worker_count: 1, max_concurrency: 1 };
    case 'concurrent':
      return { type_: 'concurrent', worker_count: s.streams as number, max_concurrency: s.streams as number, streams: s.streams as number, rampup_duration: 0.0 };
    case 'throughput':
      return { type_: 'throughput', worker_count: maxConcurrency, max_concurrency: maxConcurrency, rampup_duration: 0.0 };
    case 'constant':
      return { type_: 'constant', worker_count: maxConcurrency, max_concurrency: maxConcurrency, rate: s.rate as number, rampup_duration: 0.0 };
    case 'poisson':
      return { type_: 'poisson', worker_count: maxConcurrency, max_concurrency: maxConcurrency, rate: s.rate as number, random_seed: seed, rampup_duration: 0.0 };
    default:
      throw new Error(`buildGuidellmReport requires a known strategy, got ${String(s.type)}`);
  }
}

/**
 * The run's `config.profile`, shared by every benchmark: the completed strategies, and for a
 * sweep its rates with the measured rate of every benchmark (successful requests that completed
 * inside the measurement window / its length).
 *
 * @param run the run
 * @param strategies guidellmStrategy of every benchmark
 * @param successful each benchmark's successful-request metric arrays
 * @returns the profile object
 */
export function guidellmProfile(run: BenchmarkRun, strategies: Obj[], successful: readonly RequestMetricArrays[]): Obj & { type_: string } {
  const p = run.profile;
  const { benchmarks, seed } = run;
  const first = benchmarks[0];
  const common = {
    completed_strategies: strategies,
    constraints: { max_seconds: first.durationS },
    rampup_duration: 0.0,
    strategy_types: benchmarks.map((b) => b.strategy.type),
  };
  if (p.type === 'sweep') {
    return {
      type_: 'sweep',
      ...common,
      sweep_size: p.sweepSize,
      strategy_type: 'constant',
      max_concurrency: first.maxConcurrency,
      random_seed: seed,
      synchronous_rate: p.synchronousRate,
      throughput_rate: p.throughputRate,
      async_rates: [...p.asyncRates],
      measured_rates: benchmarks.map((b, i) => completedRate(successful[i], b.windowStartS, b.windowEndS)),
    };
  }
  if (p.type === 'constant') {
    return { type_: 'constant', ...common, strategy_type: 'constant', rate: [...p.rates], max_concurrency: first.maxConcurrency, random_seed: seed };
  }
  const s = first.strategy;
  const extra: Obj = {};
  if (s.type === 'concurrent') extra.streams = [s.streams as number];
  if (s.type === 'constant' || s.type === 'poisson') {
    extra.rate = [s.rate as number];
    extra.strategy_type = s.type;
  }
  return { type_: s.type, ...common, ...extra };
}

/** Requests that completed inside [windowStartS, windowEndS) / the window's length (requests/s). */
function completedRate(ok: RequestMetricArrays, windowStartS: number, windowEndS: number): number {
  let n = 0;
  for (let i = 0; i < ok.endS.length; i++) if (ok.endS[i] >= windowStartS && ok.endS[i] < windowEndS) n++;
  return n / (windowEndS - windowStartS);
}
