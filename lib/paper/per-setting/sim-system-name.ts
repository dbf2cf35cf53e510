import { getSystemSpec } from '../../sim/system-registry.js';
import { simDatasetPlan } from '../../sim/dataset/sim-dataset-plan.js';
import { systemLabel } from '../shared/system-label.js';

/**
 * The simulated reference data's system (registry name) that mirrors a real system: same
 * verifier, drafter and hardware label (GPU, with 'x<count>' for several GPUs), e.g.
 * Qwen3-8B + EAGLE(Qwen3-8B), A100-80GB -> 'qwen3-8b@a100-80gb'.
 *
 * @param key the real system's key (verifier, drafter, hardware)
 * @returns the registry name of the simulated system
 * @throws {Error} `per-setting: the simulated data have no system for <system> (systems: ...)`
 * @example
 * simSystemName({ verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)', hardware: 'A100-80GB' }); // 'qwen3-8b@a100-80gb'
 */
export function simSystemName(key: Record<string, unknown>): string {
  const plan = simDatasetPlan().files.map((f) => f.system);
  for (const name of plan) {
    const spec = getSystemSpec(name);
    const hardware = spec.gpuCount > 1 ? `${spec.hardware.name}x${spec.gpuCount}` : spec.hardware.name;
    if (spec.verifier.name === key.verifier && (spec.drafter?.name ?? '') === key.drafter && hardware === key.hardware) return name;
  }
  const label = systemLabel({ verifier: key.verifier, drafter: key.drafter, hardware: key.hardware });
  throw new Error(`per-setting: the simulated data have no system for ${label} (systems: ${plan.join(', ')})`);
}
