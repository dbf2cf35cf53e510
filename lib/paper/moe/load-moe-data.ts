import { loadMeasurements } from '../../data/load-measurements.js';
import { loadSpeculatorsScaling } from '../../data/load-speculators-scaling.js';
import { simDatasetFiles } from '../shared/sim-dataset-files.js';
import { checkMoeParams } from './check-moe-params.js';
import type { MoeData, Params } from './moe-params.js';

/**
 * Notebook 07's load cell: the simulated rows of P.systems (P.simDir) and the real rows
 * (P.realDir, for the claim on real data), with every parameter checked against the simulated
 * rows (checkMoeParams).
 *
 * @param P the parameter cell
 * @returns the simulated and the real rows
 * @throws {Error} `simDatasetFiles requires systems of the plan (...)` for an unknown system; the
 *   loaders' errors for missing files; checkMoeParams' errors for values the data lack
 * @example
 * const data = await loadMoeData(P);
 */
export async function loadMoeData(P: Params): Promise<MoeData> {
  if (!Array.isArray(P?.systems) || P.systems.length === 0) throw new Error('moe: P.systems must list at least one simulated system');
  const rows = await loadMeasurements(simDatasetFiles({ dir: P.simDir, systems: P.systems }));
  checkMoeParams(P, rows);
  const realRows = await loadSpeculatorsScaling(P.realDir);
  return { rows, realRows };
}
