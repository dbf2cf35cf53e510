// Test helpers (not a test file): fitGroups-shaped entries and fit points built by hand.
import type { FitPoint, ExcludedPoint } from '../../lib/fit/fit-point.js';
import type { GroupFit } from '../../lib/fit/fit-groups.js';

/** A GroupFit around any fit object (null: a failed group with an error). */
export function entry<F>(key: Record<string, unknown>, fit: F | null, error = 'failed'): GroupFit<F> {
  return {
    key,
    label: Object.entries(key).map(([k, v]) => `${k}=${String(v)}`).join(' '),
    nRows: 10,
    fit,
    error: fit === null ? error : null,
  };
}

/** An open-loop fit point referring to rows[index]. */
export function openPoint(index: number, rps: number, latencyS: number, predictedS = latencyS): FitPoint {
  return { index, source: `row${index}`, kind: 'open', x: rps, latencyS, predictedS };
}

/** An excluded point referring to rows[index]. */
export function excludedPoint(index: number, reason: string): ExcludedPoint {
  return { index, source: `row${index}`, reason };
}

/** A full configuration key (CONFIG_KEYS) with overrides. */
export function configKey(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { verifier: 'V', drafter: 'D', hardware: 'H', prefill_tokens: 512, decode_tokens: 128, k: 1, alpha: 0.5, ...overrides };
}
