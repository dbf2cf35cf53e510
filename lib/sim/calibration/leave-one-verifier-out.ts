import type { SimCalibration } from '../specs/default-calibration.js';
import type { CalibrationErrorRow } from './calibration-report.js';
import { calibrationErrors } from './calibration-report.js';
import type { CalibrationSweep } from './calibration-sweeps.js';
import { compareCalibration, fitCalibration } from './fit-calibration.js';

/** Options of {@link leaveOneVerifierOut}. */
export interface LeaveOneVerifierOutOptions {
  /** Parameters fitted in each fold (default: every CALIBRATION_PARAMETERS entry). */
  parameters?: string[];
  /** Benchmark length while fitting (s), as the full calibration's fitDurationS (default 30). */
  fitDurationS?: number;
  /** Benchmark length of the held-out replay (s), the real runs' 90 by default. */
  evalDurationS?: number;
  /** Objective evaluations per fold (default 40 x number of parameters). */
  maxEvaluations?: number;
  /** Held-out verifiers (default every verifier of evalSweeps). */
  verifiers?: string[];
  /** Called after each Nelder-Mead iteration of each fold. */
  onProgress?: (p: { verifier: string; evaluations: number; objective: number }) => void;
}

/** One fold: the held-out verifier's real sweeps replayed with a calibration fitted without it. */
export interface LeaveOneVerifierOutRow extends CalibrationErrorRow {
  /** Verifiers the fold's calibration was fitted on. */
  fitted_on: string;
  /** Sweeps of the fit (the other verifiers' fit subset). */
  fit_sweeps: number;
  /** Objective evaluations of the fold's fit. */
  evaluations: number;
  /** Final objective of the fold's fit (mean squared log error, see calibrationObjective). */
  objective: number;
  /** Wall-clock seconds of the fold (fit and replay). */
  seconds: number;
  /** The fold's fitted parameter values, as JSON. */
  values: string;
}

/**
 * Leave-one-verifier-out check of the simulator calibration: for each verifier V, the global
 * parameters are fitted (fitCalibration, from `start`) to the fit sweeps of every OTHER
 * verifier, and then V's real sweeps are replayed at their measured rates with that calibration
 * (compareCalibration). The error on V is what the simulator makes on a verifier it was not
 * calibrated on. Deterministic (fixed seeds); costs one calibration fit per verifier.
 *
 * @param fitSweeps sweeps the folds fit on (e.g. the full calibration's subset of every verifier)
 * @param evalSweeps sweeps replayed for the held-out verifier (e.g. every steady-state sweep)
 * @param start the starting calibration of every fold (its non-fitted parameters are kept)
 * @param options parameters, fitDurationS, evalDurationS, maxEvaluations, verifiers, onProgress
 * @returns one row per held-out verifier: MAPE etc. of the held-out replay, and the fold's fit
 * @throws {Error} `leaveOneVerifierOut requires ...` for fewer than two verifiers or a held-out verifier without sweeps
 * @example
 * leaveOneVerifierOut(subset, sweeps, defaultCalibration(), { maxEvaluations: 150 }).map((r) => [r.verifier, r.mape_pct]);
 */
export function leaveOneVerifierOut(
  fitSweeps: readonly CalibrationSweep[],
  evalSweeps: readonly CalibrationSweep[],
  start: SimCalibration,
  options: LeaveOneVerifierOutOptions = {},
): LeaveOneVerifierOutRow[] {
  const fn = 'leaveOneVerifierOut';
  const all = [...new Set(fitSweeps.map((s) => s.verifier))];
  if (all.length < 2) throw new Error(`${fn} requires fit sweeps of at least two verifiers, got ${all.length}`);
  const held = options.verifiers ?? [...new Set(evalSweeps.map((s) => s.verifier))];
  const rows: LeaveOneVerifierOutRow[] = [];
  for (const verifier of held) {
    const t0 = Date.now();
    const train = fitSweeps.filter((s) => s.verifier !== verifier);
    const test = evalSweeps.filter((s) => s.verifier === verifier);
    if (test.length === 0) throw new Error(`${fn} requires sweeps of the held-out verifier ${verifier}`);
    if (train.length === 0) throw new Error(`${fn} requires fit sweeps of verifiers other than ${verifier}`);
    const fit = fitCalibration(train, start, {
      parameters: options.parameters,
      durationS: options.fitDurationS ?? 30,
      maxEvaluations: options.maxEvaluations,
      onProgress: options.onProgress ? (p) => options.onProgress!({ verifier, evaluations: p.evaluations, objective: p.objective }) : undefined,
    });
    const errors = calibrationErrors(compareCalibration(test, fit.calibration, { durationS: options.evalDurationS ?? 90 }));
    const own = errors.find((r) => r.verifier === verifier) as CalibrationErrorRow;
    rows.push({
      ...own,
      fitted_on: [...new Set(train.map((s) => s.verifier))].join(', '),
      fit_sweeps: train.length,
      evaluations: fit.evaluations,
      objective: fit.objective,
      seconds: Math.round((Date.now() - t0) / 1000),
      values: JSON.stringify(Object.fromEntries(Object.entries(fit.values).map(([k, v]) => [k, Number(v.toPrecision(4))]))),
    });
  }
  return rows;
}
