import type { SimCalibration } from '../specs/default-calibration.js';

/** One global parameter calibration may fit, with its bounds. */
export interface CalibrationParameter {
  /** Name, e.g. 'computeEff' (the field of efficiency, engine or client). */
  name: string;
  /** Which part of the calibration holds it. */
  group: 'efficiency' | 'engine' | 'client';
  /** Lower bound (inclusive). */
  lo: number;
  /** Upper bound (inclusive). */
  hi: number;
}

/**
 * The global parameters calibration may fit: the roofline's efficiencies and CPU-side times,
 * the engine's per-step speculative overhead and the per-request latency outside the engine.
 * Never per point, never per verifier. The engine's plain per-step overhead (stepOverheadS) is
 * NOT fitted: without a run lacking speculation only its sum with specOverheadS is identifiable,
 * so it stays at the public specdecode-bench value (1.207 ms per step, vLLM 0.10.1).
 *
 * @example
 * CALIBRATION_PARAMETERS.map((p) => p.name);
 */
export const CALIBRATION_PARAMETERS: readonly CalibrationParameter[] = [
  { name: 'computeEff', group: 'efficiency', lo: 0.2, hi: 1 },
  { name: 'gemmPadTokens', group: 'efficiency', lo: 0, hi: 512 },
  { name: 'memoryEff', group: 'efficiency', lo: 0.3, hi: 1 },
  { name: 'attentionEff', group: 'efficiency', lo: 0.05, hi: 1 },
  { name: 'layerOverheadS', group: 'efficiency', lo: 0, hi: 1e-4 },
  { name: 'passCpuFloorS', group: 'efficiency', lo: 0, hi: 5e-3 },
  { name: 'seqCpuS', group: 'efficiency', lo: 0, hi: 1e-3 },
  { name: 'sampledTokenCpuS', group: 'efficiency', lo: 0, hi: 5e-4 },
  { name: 'specOverheadS', group: 'engine', lo: 0, hi: 0.02 },
  { name: 'requestOverheadS', group: 'client', lo: 0, hi: 0.1 },
];

/**
 * Reads a parameter's value from a calibration.
 *
 * @param cal the calibration
 * @param name a CALIBRATION_PARAMETERS name
 * @returns the value
 * @throws {Error} `calibrationParameter requires a known parameter name, got <name>`
 * @example
 * calibrationParameter(defaultCalibration(), 'memoryEff'); // e.g. 0.85
 */
export function calibrationParameter(cal: SimCalibration, name: string): number {
  const p = findParameter(name);
  return (cal[p.group] as unknown as Record<string, number>)[name];
}

/**
 * A copy of a calibration with some parameters replaced (values clipped to their bounds).
 *
 * @param cal the calibration
 * @param values parameter values by name
 * @returns the new calibration (deep copy)
 * @throws {Error} for an unknown name or a non-finite value
 * @example
 * withCalibrationParameters(defaultCalibration(), { computeEff: 0.6 }).efficiency.computeEff; // 0.6
 */
export function withCalibrationParameters(cal: SimCalibration, values: Record<string, number>): SimCalibration {
  const out = JSON.parse(JSON.stringify(cal)) as SimCalibration;
  for (const [name, v] of Object.entries(values)) {
    const p = findParameter(name);
    if (!Number.isFinite(v)) throw new Error(`withCalibrationParameters requires a finite ${name}, got ${v}`);
    (out[p.group] as unknown as Record<string, number>)[name] = Math.min(p.hi, Math.max(p.lo, v));
  }
  return out;
}

function findParameter(name: string): CalibrationParameter {
  const p = CALIBRATION_PARAMETERS.find((q) => q.name === name);
  if (p === undefined) throw new Error(`calibrationParameter requires a known parameter name, got ${name}`);
  return p;
}
