import { defaultCalibration } from './specs/default-calibration.js';
import { DRAFTER_SPECS } from './specs/drafter-specs.js';
import { HARDWARE_SPECS } from './specs/hardware-specs.js';
import { MODEL_SPECS } from './specs/model-specs.js';
import type { SystemSpec } from './specs/spec-types.js';
import { SYSTEM_ENTRIES } from './specs/system-entries.js';
import { vllmEngineDefaults } from './specs/vllm-engine-defaults.js';

/**
 * Names of the systems in the registry, sorted (`<verifier>[+<draft model>]@<gpu>[x<count>]`).
 *
 * @returns the names
 * @example
 * listSystems().includes('qwen3-8b@a100-80gb'); // true
 */
export function listSystems(): string[] {
  return Object.keys(SYSTEM_ENTRIES).sort();
}

/**
 * The complete, self-contained spec of a registry system: architecture, drafter, hardware,
 * vLLM engine settings (defaults of the era plus the system's own) and the committed
 * calibration's efficiency parameters. The result is a fresh plain-JSON object: write it to a
 * file, edit it, and pass it back to resolveSystem (`--system FILE.json`).
 *
 * @param name a registry name (case-insensitive)
 * @returns the spec
 * @throws {Error} `getSystemSpec requires a known system name, got "<name>"; close names: ...` for an unknown name
 * @example
 * getSystemSpec('qwen3-8b@a100-80gb').verifier.hiddenSize; // 4096
 * JSON.stringify(getSystemSpec('gpt-oss-20b@a100-80gb')); // round-trips
 */
export function getSystemSpec(name: string): SystemSpec {
  if (typeof name !== 'string') throw new Error(`getSystemSpec requires a system name string, got ${String(name)}`);
  const key = name.trim().toLowerCase();
  const entry = SYSTEM_ENTRIES[key];
  if (entry === undefined) {
    const close = closeNames(key, listSystems());
    throw new Error(
      `getSystemSpec requires a known system name, got "${name}"; close names: ${close.join(', ')} (listSystems() gives all ${listSystems().length})`,
    );
  }
  const hardware = HARDWARE_SPECS[entry.hardware];
  const cal = defaultCalibration();
  const spec: SystemSpec = {
    name: key,
    verifier: MODEL_SPECS[entry.verifier],
    drafter: entry.drafter !== null ? DRAFTER_SPECS[entry.drafter] : null,
    hardware,
    gpuCount: entry.gpuCount,
    engine: {
      ...vllmEngineDefaults(hardware),
      stepOverheadS: cal.engine.stepOverheadS,
      specOverheadS: cal.engine.specOverheadS,
      noiseRel: cal.engine.noiseRel,
      requestOverheadS: cal.client.requestOverheadS,
      ...(entry.engine ?? {}),
    },
    efficiency: { ...cal.efficiency },
    routingZipfS: 0,
    ...(entry.notes !== undefined ? { notes: entry.notes } : {}),
  };
  return JSON.parse(JSON.stringify(spec)) as SystemSpec;
}

/** Registry names closest to `key`: shared-prefix/substring matches first, then by edit distance. */
function closeNames(key: string, names: string[]): string[] {
  const scored = names.map((n) => {
    let d = editDistance(key, n);
    if (n.includes(key) || key.includes(n.split('@')[0])) d -= 100;
    return { n, d };
  });
  scored.sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1));
  return scored.slice(0, 3).map((s) => s.n);
}

function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) prev[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
