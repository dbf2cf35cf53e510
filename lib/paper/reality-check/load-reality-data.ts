import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadMeasurements } from '../../data/load-measurements.js';
import { loadSpeculatorsScaling } from '../../data/load-speculators-scaling.js';
import { loadCalibrationReport } from '../../sim/calibration/load-calibration-report.js';
import { loadLovoValues } from './load-lovo-values.js';
import { loadExternalCsv } from '../../sim/calibration/load-external-csv.js';
import { getSystemSpec } from '../../sim/system-registry.js';
import { checkLossParam } from '../shared/fit-loss-param.js';
import { requireInData } from '../shared/require-in-data.js';
import { simDatasetFiles } from '../shared/sim-dataset-files.js';
import type { Params, RealityData } from './reality-params.js';

const STEP = 'reality-check';

/**
 * Checks notebook 09's parameters that need no data: fractions in (0, 1), contexts positive
 * integers, simulator systems known to the registry, the two losses.
 *
 * @param P the parameter cell
 * @returns nothing
 * @throws {Error} `reality-check: P.<name> ...` for a bad value; getSystemSpec's error (with close names) for an unknown system
 * @example
 * checkRealityParams(P);
 */
export function checkRealityParams(P: Params): void {
  if (P === null || typeof P !== 'object') throw new Error(`${STEP}: P must be the parameter object`);
  for (const key of ['simPrefillTolerance', 'simBand', 'tolerance', 'closedLoopLevel', 'littleTolerance'] as const) {
    if (!(P[key] > 0 && P[key] < 1)) throw new Error(`${STEP}: P.${key} must be a fraction in (0, 1), got ${String(P[key])}`);
  }
  for (const key of ['realVerifiers', 'simSystems', 'stepContexts'] as const) {
    if (!Array.isArray(P[key]) || P[key].length === 0) throw new Error(`${STEP}: P.${key} must list at least one value`);
  }
  for (const c of [...P.stepContexts, P.pr5691Context]) {
    if (!(Number.isInteger(c) && c > 0)) throw new Error(`${STEP}: P.stepContexts and P.pr5691Context must be positive integers (tokens), got ${String(c)}`);
  }
  getSystemSpec(P.pr5691System);
  getSystemSpec(P.specdecodeSystem);
  checkLossParam(STEP, 'P.loss.sweeps', P.loss?.sweeps);
  checkLossParam(STEP, 'P.loss.closedLoop', P.loss?.closedLoop);
  if (!(P.claim?.minR2 <= 1)) throw new Error(`${STEP}: P.claim.minR2 must be at most 1`);
}

/**
 * Notebook 09's load cell: the real sweeps of P.realVerifiers, the simulated systems, the
 * calibration reports (the leave-one-verifier-out one when it exists) and the public CSVs of
 * P.externalDir, every parameter checked first (checkRealityParams) or against the data.
 *
 * @param P the parameter cell
 * @returns the inputs of every section
 * @throws {Error} `reality-check: P.realVerifiers "<v>" is not in the data (verifiers: ...)`; the
 *   loaders' errors naming a missing or malformed file; simDatasetFiles' error for an unknown system
 * @example
 * const data = await loadRealityData(P);
 */
export async function loadRealityData(P: Params): Promise<RealityData> {
  checkRealityParams(P);
  const all = await loadSpeculatorsScaling(P.realDir);
  for (const v of P.realVerifiers) requireInData(STEP, 'P.realVerifiers', v, all.map((r) => r.verifier), 'verifiers');
  const simRows = await loadMeasurements(simDatasetFiles({ dir: P.simDir, systems: P.simSystems }));
  const external = (name: string) => loadExternalCsv(path.join(P.externalDir, name));
  return {
    realRows: all.filter((r) => P.realVerifiers.includes(r.verifier)),
    simRows,
    calibration: await loadCalibrationReport(P.calibrationReport),
    lovo: P.lovoReport !== null && fs.existsSync(P.lovoReport) ? { ...(await loadCalibrationReport(P.lovoReport)), values: await loadLovoValues(P.lovoReport) } : null,
    verifyStep: await external('vllm-verify-step-a100.csv'),
    stepModel: await external('specdecode-bench-step-model.csv'),
    magicdecLatency: await external('magicdec-batch-latency.csv'),
    magicdecSpeedup: await external('magicdec-speedup.csv'),
  };
}
