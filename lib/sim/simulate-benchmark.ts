import { createRng } from '../random/create-rng.js';
import { checkSimSystem } from './check-sim-system.js';
import { checkSimWorkload } from './check-sim-workload.js';
import type { EngineStepInfo } from './engine/run-engine.js';
import { runEngine } from './engine/run-engine.js';
import { REQ_DONE, REQ_ERRORED } from './engine/request-table.js';
import { checkStrategy } from './load/check-strategy.js';
import { benchmarkStats } from './metrics/benchmark-stats.js';
import type { SimBenchmarkOptions, SimBenchmarkResult, SimRequestLog, SimStrategy, SimWorkload } from './sim-run-types.js';
import type { SimSystem } from './sim-types.js';

/** Internal extras of simulateBenchmark (tests observe the scheduler through onStep). */
export interface SimulateBenchmarkHooks {
  onStep?: (step: EngineStepInfo) => void;
}

/**
 * Simulates one GuideLLM benchmark (one load level) against a vLLM-V1-like server: the load
 * generator sends requests for `durationS` seconds, the engine serves them step by step (see
 * runEngine), and the result holds every request's record, the engine counters and the
 * GuideLLM-style statistics (see benchmarkStats). Deterministic: the same inputs and seed give
 * the same result.
 *
 * Request status at the end: successful (all output tokens delivered before durationS),
 * errored (prompt + output tokens > maxModelLen: the server rejects it after errorLatencyS),
 * incomplete (still in flight at durationS; GuideLLM cancels them).
 *
 * @param system the server (engine settings and step-cost model)
 * @param workload request lengths, draft length k and acceptance (alpha or per-position rates)
 * @param strategy the load: { type: 'synchronous' | 'concurrent' (streams) | 'throughput' | 'constant' (rate) | 'poisson' (rate) }
 * @param opts durationS (s), maxConcurrency (default 128), seed (default 0) or rng, warmupFrac/cooldownFrac (default 0),
 *   errorLatencyS (default 0.001), recordChunks (default false)
 * @param hooks optional observers (tests)
 * @returns the benchmark result
 * @throws {Error} `simulateBenchmark requires ...` for an invalid system, workload, strategy or option
 * @example
 * const r = simulateBenchmark(system, { prefillTokens: 512, decodeTokens: 128, k: 3, alpha: 0.8 },
 *   { type: 'constant', rate: 4 }, { durationS: 90, seed: 1 });
 * r.stats.meanLatencyS; // seconds
 */
export function simulateBenchmark(
  system: SimSystem,
  workload: SimWorkload,
  strategy: SimStrategy,
  opts: SimBenchmarkOptions,
  hooks: SimulateBenchmarkHooks = {},
): SimBenchmarkResult {
  const FN = 'simulateBenchmark';
  checkSimSystem(FN, system);
  const conditional = checkSimWorkload(FN, system, workload);
  const s = checkStrategy(FN, strategy);
  if (opts === null || typeof opts !== 'object') throw new Error(`${FN} requires an options object`);
  const durationS = opts.durationS;
  if (!Number.isFinite(durationS) || durationS <= 0) throw new Error(`${FN} requires a finite durationS > 0, got ${durationS}`);
  const maxConcurrency = opts.maxConcurrency ?? 128;
  if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1) throw new Error(`${FN} requires an integer maxConcurrency >= 1, got ${maxConcurrency}`);
  const warmupFrac = opts.warmupFrac ?? 0;
  const cooldownFrac = opts.cooldownFrac ?? 0;
  if (!(warmupFrac >= 0) || !(cooldownFrac >= 0) || !(warmupFrac + cooldownFrac < 1)) {
    throw new Error(`${FN} requires warmupFrac, cooldownFrac >= 0 with a sum below 1, got ${warmupFrac} and ${cooldownFrac}`);
  }
  const errorLatencyS = opts.errorLatencyS ?? 0.001;
  if (!Number.isFinite(errorLatencyS) || errorLatencyS <= 0) throw new Error(`${FN} requires a finite errorLatencyS > 0, got ${errorLatencyS}`);
  if (opts.rng !== undefined && opts.seed !== undefined) throw new Error(`${FN} requires a seed or an rng, not both`);
  const seed = opts.rng !== undefined ? null : (opts.seed ?? 0);
  if (seed !== null && !Number.isFinite(seed)) throw new Error(`${FN} requires a finite seed, got ${seed}`);
  const rng = opts.rng ?? createRng(seed as number);

  const out = runEngine({
    system,
    prefillTokens: workload.prefillTokens,
    decodeTokens: workload.decodeTokens,
    k: workload.k,
    conditional,
    strategy: s,
    durationS,
    maxConcurrency,
    errorLatencyS,
    recordChunks: opts.recordChunks === true,
    rng,
    onStep: hooks.onStep,
  });

  const t = out.table;
  const n = t.count;
  const windowStartS = warmupFrac * durationS;
  const windowEndS = (1 - cooldownFrac) * durationS;
  const status = new Uint8Array(n);
  const measured = new Uint8Array(n);
  const endS = t.endS.slice(0, n);
  for (let i = 0; i < n; i++) {
    const st = t.state[i] === REQ_DONE ? 0 : t.state[i] === REQ_ERRORED ? 2 : 1;
    status[i] = st;
    if (st === 1) endS[i] = NaN;
    const end = st === 1 ? durationS : endS[i];
    measured[i] = end > windowStartS && t.startS[i] < windowEndS ? 1 : 0;
  }
  const requests: SimRequestLog = {
    count: n,
    targetStartS: t.targetStartS.slice(0, n),
    startS: t.startS.slice(0, n),
    firstTokenS: t.firstTokenS.slice(0, n),
    lastTokenS: t.lastTokenS.slice(0, n),
    endS,
    promptTokens: t.promptTokens.slice(0, n),
    outputTokens: t.generated.slice(0, n),
    iterations: t.iterations.slice(0, n),
    preemptions: t.preemptions.slice(0, n),
    status,
    measured,
    chunks: out.chunks,
  };
  const wl: SimWorkload = { prefillTokens: workload.prefillTokens, decodeTokens: workload.decodeTokens, k: workload.k };
  if (workload.k > 0) {
    if (workload.alpha !== undefined && workload.alpha !== null) wl.alpha = workload.alpha;
    if (workload.acceptanceRates !== undefined && workload.acceptanceRates !== null) {
      wl.acceptanceRates = [...workload.acceptanceRates];
      wl.acceptanceRatesKind = workload.acceptanceRatesKind ?? 'cumulative';
    }
  }
  return {
    system: { name: system.name, verifier: system.verifier, drafter: system.drafter, hardware: system.hardware },
    workload: wl,
    strategy: s,
    durationS,
    maxConcurrency,
    warmupFrac,
    cooldownFrac,
    seed,
    requests,
    engine: out.stats,
    stats: benchmarkStats(requests, durationS, windowStartS, windowEndS),
  };
}
