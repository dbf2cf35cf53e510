import type { SimSystem } from '../sim-types.js';
import { resolveSystem } from '../resolve-system.js';
import { simulateBenchmark } from '../simulate-benchmark.js';
import { simulateRates } from '../simulate-rates.js';
import type { SimCalibration } from '../specs/default-calibration.js';
import { getSystemSpec } from '../system-registry.js';
import type { CalibrationSweep } from './calibration-sweeps.js';

/** A real steady-state point next to its simulation. */
export interface CalibrationComparison {
  verifier: string;
  alpha: number;
  k: number;
  strategy: 'synchronous' | 'constant';
  /** Measured request rate (requests/s), replayed by the simulation. */
  rps: number;
  real_latency_s: number;
  /** Simulated mean latency + the calibration's requestOverheadS (s). */
  sim_latency_s: number;
  /** sim / real - 1. */
  rel_error: number;
}

/** Options of {@link simulateCalibrationSweep}. */
export interface SimulateCalibrationOptions {
  /** Benchmark length (s), default 90 as in the real runs. */
  durationS?: number;
  /** Base seed (default 1). */
  seed?: number;
  /** GuideLLM max concurrency (default 128). */
  maxConcurrency?: number;
}

/**
 * Registry name of the system a real sweep ran on: `<verifier>@<hardware>` in lower case
 * (the registry's default drafter for that verifier, e.g. its EAGLE head).
 *
 * @param sweep the sweep
 * @returns e.g. 'qwen3-8b@a100-80gb'
 * @example
 * calibrationSystemName({ verifier: 'Qwen3-8B', hardware: 'A100-80GB' } as CalibrationSweep); // 'qwen3-8b@a100-80gb'
 */
export function calibrationSystemName(sweep: Pick<CalibrationSweep, 'verifier' | 'hardware'>): string {
  return `${sweep.verifier}@${sweep.hardware}`.toLowerCase();
}

/**
 * Resolves a registry system with a given calibration (efficiencies and engine overheads)
 * instead of the committed one.
 *
 * @param name registry name
 * @param cal the calibration to apply
 * @returns the resolved system
 * @throws errors of getSystemSpec / resolveSystem
 * @example
 * calibratedSystem('qwen3-8b@a100-80gb', defaultCalibration()).engine.specOverheadS;
 */
export function calibratedSystem(name: string, cal: SimCalibration): SimSystem {
  const spec = getSystemSpec(name);
  spec.efficiency = { ...cal.efficiency };
  spec.engine.stepOverheadS = cal.engine.stepOverheadS;
  spec.engine.specOverheadS = cal.engine.specOverheadS;
  spec.engine.noiseRel = cal.engine.noiseRel;
  // The replay adds the calibration's request overhead to each mean latency itself (it is a
  // fitted parameter), so the engine must not delay requests as well.
  spec.engine.requestOverheadS = 0;
  return resolveSystem(spec);
}

/**
 * Re-simulates a real sweep's steady-state points: the synchronous benchmark as a synchronous
 * benchmark, every constant-rate benchmark at its MEASURED rate (GuideLLM did not store the
 * target), same lengths, k, alpha, duration and client max concurrency as the run. The
 * calibration's requestOverheadS is added to each simulated mean latency.
 *
 * @param system the resolved system (see calibratedSystem)
 * @param sweep the real sweep
 * @param requestOverheadS latency outside the engine added to each request (s)
 * @param options duration, seed, max concurrency
 * @returns one comparison per steady-state point, in the sweep's order
 * @throws errors of simulateBenchmark / simulateRates
 * @example
 * simulateCalibrationSweep(calibratedSystem('qwen3-8b@a100-80gb', cal), sweep, 0.02)[0].rel_error;
 */
export function simulateCalibrationSweep(
  system: SimSystem,
  sweep: CalibrationSweep,
  requestOverheadS: number,
  options: SimulateCalibrationOptions = {},
): CalibrationComparison[] {
  const durationS = options.durationS ?? 90;
  const seed = options.seed ?? 1;
  const maxConcurrency = options.maxConcurrency ?? 128;
  const workload = { prefillTokens: sweep.prefillTokens, decodeTokens: sweep.decodeTokens, k: sweep.k, alpha: sweep.alpha };
  const out: CalibrationComparison[] = [];
  const base = { verifier: sweep.verifier, alpha: sweep.alpha, k: sweep.k };
  const push = (strategy: 'synchronous' | 'constant', rps: number, real: number, simS: number): void => {
    const sim = simS + requestOverheadS;
    out.push({ ...base, strategy, rps, real_latency_s: real, sim_latency_s: sim, rel_error: sim / real - 1 });
  };
  const sync = sweep.points.filter((p) => p.strategy === 'synchronous');
  for (const p of sync) {
    const r = simulateBenchmark(system, workload, { type: 'synchronous' }, { durationS, seed, maxConcurrency });
    push('synchronous', p.rps, p.realLatencyS, r.stats.meanLatencyS);
  }
  const constant = sweep.points.filter((p) => p.strategy === 'constant');
  if (constant.length > 0) {
    const run = simulateRates(system, workload, constant.map((p) => p.rps), { durationS, seed: seed + 1, maxConcurrency });
    constant.forEach((p, i) => push('constant', p.rps, p.realLatencyS, run.benchmarks[i].stats.meanLatencyS));
  }
  return out;
}
