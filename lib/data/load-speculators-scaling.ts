import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { LoadOptions } from './load-measurements.js';
import { loadMeasurements } from './load-measurements.js';
import type { TidyRow } from './tidy-schema.js';

/** Where `npm run data:fetch` puts the speculators-scaling data set (repo-relative). */
export const SPECULATORS_SCALING_DIR = path.resolve(__dirname, '..', '..', 'data', 'speculators-scaling');

/**
 * Loads the real speculators-scaling data set (240 reduced GuideLLM sweeps of Qwen3 0.6B-32B
 * with EAGLE drafters, alpha 0.5-1.0, k 1-10, prefill 512 / decode 128; see parseReducedSweep
 * for how each file becomes rows). Fetch it first with `npm run data:fetch`.
 *
 * @param dir the folder holding the files (default: the repo's data/speculators-scaling,
 *   found from this file's location, so it works from notebooks/ too)
 * @param options as loadMeasurements (e.g. skipInvalid with warnings)
 * @returns the rows (2400 for the full data set: 240 files x 10 benchmarks)
 * @throws {Error} `loadSpeculatorsScaling requires the data set in <dir> (run npm run data:fetch)`
 * @example
 * const rows = await loadSpeculatorsScaling();
 * rows.filter((r) => r.verifier === 'Qwen3-8B' && r.k === 3 && r.alpha === 0.7);
 */
export async function loadSpeculatorsScaling(dir: string = SPECULATORS_SCALING_DIR, options?: LoadOptions): Promise<TidyRow[]> {
  if (typeof dir !== 'string' || !existsSync(dir)) {
    throw new Error(`loadSpeculatorsScaling requires the data set in ${String(dir)} (run npm run data:fetch)`);
  }
  return loadMeasurements(dir, options);
}
