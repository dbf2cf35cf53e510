import * as path from 'node:path';
import { simDatasetPlan } from '../../sim/dataset/sim-dataset-plan.js';
import { getSystemSpec } from '../../sim/system-registry.js';

/** Options of {@link simDatasetFiles}. */
export interface SimDatasetFilesOptions {
  /** Folder holding the CSVs (default the plan's 'data/sim'); the files' names are kept. */
  dir?: string;
  /** Registry systems to keep, e.g. ['qwen3-8b@a100-80gb'] (default all). */
  systems?: readonly string[];
  /** true: only systems whose verifier is dense; false: only mixture-of-experts ones (default both). */
  dense?: boolean;
}

/**
 * The tidy CSVs of the simulated reference data set (one per system, as simDatasetPlan lists
 * them), for loadMeasurements. Only the CSVs: the folder also holds a few of the same sweeps as
 * GuideLLM reports and a manifest, which loading the whole folder would add twice or fail on.
 * Pure: it does not check that the files exist.
 *
 * @param options dir, systems, dense
 * @returns file paths (dir joined with each file name), in the plan's order
 * @throws {Error} `simDatasetFiles requires ...` for a system the plan does not have
 * @example
 * const rows = await loadMeasurements(simDatasetFiles({ dense: true }));
 */
export function simDatasetFiles(options: SimDatasetFilesOptions = {}): string[] {
  const plan = simDatasetPlan();
  const known = plan.files.map((f) => f.system);
  for (const s of options.systems ?? []) {
    if (!known.includes(s)) throw new Error(`simDatasetFiles requires systems of the plan (${known.join(', ')}), got ${s}`);
  }
  return plan.files
    .filter((f) => options.systems === undefined || options.systems.includes(f.system))
    .filter((f) => options.dense === undefined || (getSystemSpec(f.system).verifier.moe === null) === options.dense)
    .map((f) => (options.dir === undefined ? f.file : path.join(options.dir, path.basename(f.file))));
}
