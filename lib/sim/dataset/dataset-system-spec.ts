import type { SystemSpec } from '../specs/spec-types.js';
import { getSystemSpec } from '../system-registry.js';

/**
 * A registry system's spec as the data set simulates it: the registry spec (with the committed
 * calibration) whose engine max_model_len is raised to at least `minMaxModelLen` tokens, as
 * `speclat simulate` raises it to fit the longest workload (`--max-model-len` sets it there).
 * The same spec for every job of a system keeps KV capacity (which depends on max_model_len
 * for sliding-window models) the same across a file.
 *
 * @param system a registry name (see listSystems)
 * @param minMaxModelLen the smallest max_model_len (tokens, integer >= 1)
 * @returns a fresh spec (plain JSON)
 * @throws {Error} `datasetSystemSpec requires ...` for a bad minMaxModelLen; getSystemSpec's error for an unknown name
 * @example
 * datasetSystemSpec('qwen3-8b@a100-80gb', 2048).engine.maxModelLen; // 2048 (the registry has 768)
 */
export function datasetSystemSpec(system: string, minMaxModelLen: number): SystemSpec {
  if (!Number.isInteger(minMaxModelLen) || minMaxModelLen < 1) {
    throw new Error(`datasetSystemSpec requires minMaxModelLen to be an integer >= 1, got ${minMaxModelLen}`);
  }
  const spec = getSystemSpec(system);
  return { ...spec, engine: { ...spec.engine, maxModelLen: Math.max(spec.engine.maxModelLen, minMaxModelLen) } };
}
