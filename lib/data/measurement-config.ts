import { isPlainObject } from '../util/is-plain-object.js';

/**
 * The configuration fields a measurement file may lack, supplied by the user (options),
 * by a sidecar file (`<file>.meta.json` or `speclat.meta.json`), or read from the file.
 * Keys are the tidy column names. Precedence: options > sidecar > file content.
 */
export interface MeasurementConfig {
  verifier?: string;
  drafter?: string;
  hardware?: string;
  /** Prompt (prefill) tokens per request. */
  prefill_tokens?: number;
  /** Output (decode) tokens per request. */
  decode_tokens?: number;
  /** Draft length; 0 without speculative decoding. */
  k?: number;
  /** Per-token acceptance probability in [0, 1], or null for unknown. */
  alpha?: number | null;
}

/** The keys of {@link MeasurementConfig}, in tidy column order. */
export const MEASUREMENT_CONFIG_KEYS = [
  'verifier',
  'drafter',
  'hardware',
  'prefill_tokens',
  'decode_tokens',
  'k',
  'alpha',
] as const;

/**
 * Checks a user- or sidecar-supplied configuration object and returns only its known keys.
 * Unknown keys are an error (a typo such as `verfier` must not be ignored silently).
 *
 * @param value the parsed object (options or a sidecar's JSON)
 * @param fn the calling function's name, for messages
 * @param file where the object came from (sidecar path, or 'options')
 * @returns the validated configuration (only keys that were set)
 * @throws {Error} `<fn>: <file>: <key>: <problem>` for unknown keys or wrong types/ranges
 * @example
 * checkMeasurementConfig({ k: 3, alpha: 0.8 }, 'loadMeasurements', 'speclat.meta.json'); // { k: 3, alpha: 0.8 }
 */
export function checkMeasurementConfig(value: unknown, fn: string, file: string): MeasurementConfig {
  if (!isPlainObject(value)) throw new Error(`${fn}: ${file}: (document): not a JSON object`);
  const out: MeasurementConfig = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const bad = (problem: string) => new Error(`${fn}: ${file}: ${key}: ${problem}`);
    switch (key) {
      case 'verifier':
      case 'drafter':
      case 'hardware':
        if (typeof v !== 'string') throw bad(`not a string (got ${JSON.stringify(v)})`);
        if (key === 'verifier' && v === '') throw bad('empty');
        out[key] = v;
        break;
      case 'prefill_tokens':
      case 'decode_tokens':
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
          throw bad(`not a positive integer (got ${JSON.stringify(v)})`);
        }
        out[key] = v;
        break;
      case 'k':
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
          throw bad(`not a non-negative integer (got ${JSON.stringify(v)})`);
        }
        out.k = v;
        break;
      case 'alpha':
        if (v !== null && (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1)) {
          throw bad(`not a number in [0, 1] or null (got ${JSON.stringify(v)})`);
        }
        // TypeScript 5.0 (tslab) does not narrow v through the compound test above.
        out.alpha = v as number | null;
        break;
      default:
        throw bad(`unknown key (allowed: ${MEASUREMENT_CONFIG_KEYS.join(', ')})`);
    }
  }
  return out;
}

/**
 * Overlays configurations: for each key, the first layer that sets it wins.
 * Call as `mergeMeasurementConfig(options, sidecar, fromFile)`.
 *
 * @param layers configurations, highest precedence first
 * @returns the merged configuration
 * @example
 * mergeMeasurementConfig({ k: 2 }, { k: 5, hardware: 'H100' }); // { k: 2, hardware: 'H100' }
 */
export function mergeMeasurementConfig(...layers: Array<MeasurementConfig | undefined>): MeasurementConfig {
  const out: MeasurementConfig = {};
  for (const key of MEASUREMENT_CONFIG_KEYS) {
    for (const layer of layers) {
      if (layer && layer[key] !== undefined) {
        (out as Record<string, unknown>)[key] = layer[key];
        break;
      }
    }
  }
  return out;
}
