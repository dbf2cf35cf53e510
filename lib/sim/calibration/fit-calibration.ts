import type { SimSystem } from '../sim-types.js';
import type { SimCalibration } from '../specs/default-calibration.js';
import { CALIBRATION_PARAMETERS, calibrationParameter, withCalibrationParameters } from './calibration-parameters.js';
import type { CalibrationSweep } from './calibration-sweeps.js';
import { nelderMead } from './nelder-mead.js';
import {
  calibratedSystem,
  calibrationSystemName,
  simulateCalibrationSweep,
  type CalibrationComparison,
} from './simulate-calibration-sweep.js';

/** Options of {@link fitCalibration}. */
export interface FitCalibrationOptions {
  /** Names of the parameters to fit (default: every CALIBRATION_PARAMETERS entry). */
  parameters?: string[];
  /** Benchmark length used while fitting (s), default 45. */
  durationS?: number;
  /** Seed of every simulation (common random numbers keep the objective deterministic). Default 1. */
  seed?: number;
  /** Objective evaluations allowed (default 40 x number of parameters). */
  maxEvaluations?: number;
  /** Progress callback after each Nelder-Mead iteration. */
  onProgress?: (p: { evaluations: number; objective: number; values: Record<string, number> }) => void;
}

/** Result of {@link fitCalibration}. */
export interface FitCalibrationResult {
  calibration: SimCalibration;
  /** Final objective: mean over verifiers of the mean squared log error of mean latency. */
  objective: number;
  evaluations: number;
  /** Fitted values by name. */
  values: Record<string, number>;
}

/**
 * The calibration objective: for each verifier, the mean of ln(simulated / real latency)^2
 * over its points; then the mean over verifiers (each verifier weighs the same).
 *
 * @param comparisons simulated-vs-real points
 * @returns the objective (0 = perfect)
 * @example
 * calibrationObjective([{ verifier: 'a', sim_latency_s: 1, real_latency_s: 1 } as CalibrationComparison]); // 0
 */
export function calibrationObjective(comparisons: readonly CalibrationComparison[]): number {
  const byVerifier = new Map<string, { sum: number; n: number }>();
  for (const c of comparisons) {
    const e = Math.log(c.sim_latency_s / c.real_latency_s);
    const v = byVerifier.get(c.verifier) ?? { sum: 0, n: 0 };
    v.sum += Number.isFinite(e) ? e * e : 100;
    v.n += 1;
    byVerifier.set(c.verifier, v);
  }
  let total = 0;
  for (const v of byVerifier.values()) total += v.sum / v.n;
  return byVerifier.size > 0 ? total / byVerifier.size : 0;
}

/**
 * Simulates every steady-state point of the given sweeps with one calibration.
 *
 * @param sweeps real sweeps (see selectCalibrationSweeps)
 * @param cal the calibration
 * @param options durationS (default 90), seed (default 1)
 * @returns the comparisons, sweep by sweep
 * @example
 * compareCalibration(sweeps, defaultCalibration(), { durationS: 90 });
 */
export function compareCalibration(
  sweeps: readonly CalibrationSweep[],
  cal: SimCalibration,
  options: { durationS?: number; seed?: number } = {},
): CalibrationComparison[] {
  const systems = new Map<string, SimSystem>();
  const out: CalibrationComparison[] = [];
  for (const sweep of sweeps) {
    const name = calibrationSystemName(sweep);
    let sys = systems.get(name);
    if (sys === undefined) {
      sys = calibratedSystem(name, cal);
      systems.set(name, sys);
    }
    out.push(...simulateCalibrationSweep(sys, sweep, cal.client.requestOverheadS, options));
  }
  return out;
}

/**
 * Fits global calibration parameters to real sweeps by Nelder-Mead on
 * calibrationObjective, each parameter searched in logit space inside its bounds. Every
 * evaluation re-simulates all steady-state points of `sweeps` with fixed seeds.
 *
 * @param sweeps the real sweeps to fit (a subset keeps it fast)
 * @param start the starting calibration (also supplies the parameters not fitted)
 * @param options parameters, durationS, seed, maxEvaluations, onProgress
 * @returns the fitted calibration (status 'fitted') and the objective
 * @throws {Error} `fitCalibration requires ...` without sweeps or with an unknown parameter
 * @example
 * const fit = fitCalibration(subset, defaultCalibration(), { parameters: ['computeEff', 'memoryEff'] });
 */
export function fitCalibration(
  sweeps: readonly CalibrationSweep[],
  start: SimCalibration,
  options: FitCalibrationOptions = {},
): FitCalibrationResult {
  if (sweeps.length === 0) throw new Error('fitCalibration requires at least one sweep');
  const names = options.parameters ?? CALIBRATION_PARAMETERS.map((p) => p.name);
  const params = names.map((n) => {
    const p = CALIBRATION_PARAMETERS.find((q) => q.name === n);
    if (p === undefined) throw new Error(`fitCalibration requires known parameter names, got ${n}`);
    return p;
  });
  const toValues = (x: number[]): Record<string, number> => {
    const v: Record<string, number> = {};
    params.forEach((p, i) => {
      v[p.name] = p.lo + (p.hi - p.lo) / (1 + Math.exp(-x[i]));
    });
    return v;
  };
  const x0 = params.map((p) => {
    const v = calibrationParameter(start, p.name);
    const u = Math.min(0.999, Math.max(0.001, (v - p.lo) / (p.hi - p.lo)));
    return Math.log(u / (1 - u));
  });
  const sim = { durationS: options.durationS ?? 45, seed: options.seed ?? 1 };
  const objective = (x: number[]): number =>
    calibrationObjective(compareCalibration(sweeps, withCalibrationParameters(start, toValues(x)), sim));
  const res = nelderMead(objective, x0, {
    step: params.map(() => 0.5),
    maxEvaluations: options.maxEvaluations ?? 40 * params.length,
    fTolerance: 1e-4,
    onIteration: options.onProgress
      ? (b) => options.onProgress!({ evaluations: b.evaluations, objective: b.fx, values: toValues(b.x) })
      : undefined,
  });
  const values = toValues(res.x);
  const calibration = withCalibrationParameters(start, values);
  calibration.status = 'fitted';
  return { calibration, objective: res.fx, evaluations: res.evaluations, values };
}
