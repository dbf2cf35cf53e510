import { createRng } from '../random/create-rng.js';
import type { Rng } from '../random/create-rng.js';
import { deriveSeed } from './derive-seed.js';
import { sweepRates } from './load/sweep-rates.js';
import type { SweepWindow } from './load/sweep-window.js';
import { checkSweepWindow, sweepWindowDuration } from './load/sweep-window.js';
import { pilotLatency } from './pilot-latency.js';
import type { SimBenchmarkResult, SimRunResult, SimWorkload } from './sim-run-types.js';
import type { SimSystem } from './sim-types.js';
import { simulateBenchmark } from './simulate-benchmark.js';

/** Options of a simulated GuideLLM sweep. */
export interface SimSweepOptions {
  /** Benchmarks in the sweep: synchronous + throughput + (sweepSize - 2) constant rates. Default 10 as in the real data. */
  sweepSize?: number;
  /** Seconds per benchmark (default 90 as in the real data). Not with `window`. */
  durationS?: number;
  /**
   * Scale the benchmarks' length with the requests' latency instead of a fixed durationS: a
   * pilot request on the idle server (pilotLatency, seeded with deriveSeed(seed, sweepSize,
   * attempt)) gives the latency, sweepWindowDuration the max_seconds and warm-up of every
   * benchmark of the sweep. Not with durationS, warmupFrac or cooldownFrac.
   */
  window?: SweepWindow;
  /** GuideLLM max concurrency (default 128). */
  maxConcurrency?: number;
  /** Base seed: benchmark i uses deriveSeed(seed, i) (default 0). */
  seed?: number;
  /** A generator instead of a seed: forked once per benchmark. */
  rng?: Rng;
  warmupFrac?: number;
  cooldownFrac?: number;
  recordChunks?: boolean;
}

/**
 * Simulates a GuideLLM `sweep` profile: a synchronous benchmark, a throughput benchmark, then
 * sweepSize - 2 constant-rate benchmarks evenly spaced from above the measured synchronous rate
 * up to the measured throughput rate (see sweepRates). Each benchmark starts from an idle server.
 *
 * @param system the server
 * @param workload request lengths, k and acceptance
 * @param opts sweepSize (10), durationS (90) or a latency-scaled window, maxConcurrency (128), seed (0) or rng, warm-up/cool-down fractions
 * @returns the benchmarks in run order with the sweep profile (synchronous and throughput rates)
 * When the synchronous or throughput benchmark completes no request at all (requests longer
 * than the benchmark), its rate for the spacing is the output-token throughput in requests:
 * output tokens delivered / decodeTokens / duration (GuideLLM itself would have no rate then).
 *
 * @throws {Error} `simulateSweep requires ...` for a bad sweepSize, a window given with durationS or warm-up/cool-down, or when the synchronous or
 *   throughput benchmark delivers no token at all (no rate to sweep); errors of simulateBenchmark
 * @example
 * const sweep = simulateSweep(system, { prefillTokens: 512, decodeTokens: 128, k: 3, alpha: 0.8 }, { seed: 7 });
 * sweep.benchmarks.length; // 10
 */
export function simulateSweep(system: SimSystem, workload: SimWorkload, opts: SimSweepOptions = {}): SimRunResult {
  const sweepSize = opts.sweepSize ?? 10;
  if (!Number.isInteger(sweepSize) || sweepSize < 3) throw new Error(`simulateSweep requires an integer sweepSize >= 3, got ${sweepSize}`);
  if (opts.rng !== undefined && opts.seed !== undefined) throw new Error('simulateSweep requires a seed or an rng, not both');
  const seed = opts.rng !== undefined ? null : (opts.seed ?? 0);
  const rngFor = (i: number): Rng => (opts.rng !== undefined ? opts.rng.fork() : createRng(deriveSeed(seed as number, i)));
  let windowInfo: { pilotLatencyS: number; durationS: number; warmupFrac: number } | null = null;
  if (opts.window !== undefined) {
    checkSweepWindow('simulateSweep', opts.window);
    if (opts.durationS !== undefined || opts.warmupFrac !== undefined || opts.cooldownFrac !== undefined) {
      throw new Error('simulateSweep requires either a window or durationS / warmupFrac / cooldownFrac, not both');
    }
    const pilotRng = (attempt: number): Rng => (opts.rng !== undefined ? opts.rng.fork() : createRng(deriveSeed(seed as number, sweepSize, attempt)));
    const pilotLatencyS = pilotLatency(system, workload, pilotRng);
    windowInfo = { pilotLatencyS, ...sweepWindowDuration(opts.window, pilotLatencyS) };
  }
  const base = {
    durationS: windowInfo?.durationS ?? opts.durationS ?? 90,
    maxConcurrency: opts.maxConcurrency ?? 128,
    warmupFrac: windowInfo?.warmupFrac ?? opts.warmupFrac,
    cooldownFrac: opts.cooldownFrac,
    recordChunks: opts.recordChunks,
  };
  const benchmarks: SimBenchmarkResult[] = [];
  const run = (i: number, strategy: Parameters<typeof simulateBenchmark>[2]): SimBenchmarkResult => {
    const r = simulateBenchmark(system, workload, strategy, { ...base, rng: rngFor(i) });
    r.seed = seed === null ? null : deriveSeed(seed, i);
    benchmarks.push(r);
    return r;
  };
  const sync = run(0, { type: 'synchronous' });
  const thr = run(1, { type: 'throughput' });
  const syncRps = sweepRate(sync);
  const thrRps = sweepRate(thr);
  if (!(syncRps > 0) || !(thrRps > 0)) {
    throw new Error(`simulateSweep requires the synchronous and throughput benchmarks to deliver tokens (got ${syncRps} and ${thrRps} req/s)`);
  }
  const rates = sweepRates(syncRps, thrRps, sweepSize);
  rates.forEach((rate, j) => run(j + 2, { type: 'constant', rate }));
  return {
    profile: {
      type: 'sweep',
      sweepSize,
      synchronousRate: syncRps,
      throughputRate: thrRps,
      asyncRates: rates,
      ...(windowInfo !== null ? { pilotLatencyS: windowInfo.pilotLatencyS } : {}),
    },
    seed,
    benchmarks,
  };
}

/** Measured rps, or the token throughput in requests when no request completed. */
function sweepRate(b: SimBenchmarkResult): number {
  if (b.stats.measuredRps > 0) return b.stats.measuredRps;
  let tokens = 0;
  for (let i = 0; i < b.requests.count; i++) if (b.requests.measured[i] === 1) tokens += b.requests.outputTokens[i];
  return tokens / b.workload.decodeTokens / (b.stats.windowEndS - b.stats.windowStartS);
}
