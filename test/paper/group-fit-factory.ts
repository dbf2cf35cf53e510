// Test helpers (not a test file): fitGroups-shaped entries and fit points built by hand.
import type { FitPoint, ExcludedPoint } from '../../lib/fit/fit-point.js';
import type { GroupFit } from '../../lib/fit/fit-groups.js';

/** A GroupFit around any fit object. */
export function entry<F>(key: Record<string, unknown>, fit: F): GroupFit<F> {
  return { key, label: labelOf(key), nRows: 10, fit, error: null };
}

/** A group whose fit failed (assignable to GroupFit of any fit type). */
export function failedEntry(key: Record<string, unknown>, error = 'failed'): GroupFit<never> {
  return { key, label: labelOf(key), nRows: 10, fit: null, error };
}

function labelOf(key: Record<string, unknown>): string {
  return Object.entries(key).map(([k, v]) => `${k}=${String(v)}`).join(' ');
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

/** One setting of a pooled fit's diagnostics (fitSd's SdSettingFit) with defaults. */
export function setting(k: number, alpha: number | null, c1: number | null, c2: number | null, extra: Record<string, unknown> = {}) {
  return {
    k,
    alpha,
    expectedTokens: 1,
    decodeTokens: 128,
    nPoints: 8,
    c1,
    c2,
    r2: c1 === null ? null : 0.99,
    error: c1 === null ? 'failed' : null,
    c1Eff: c1 ?? 0,
    c2Eff: c2 ?? 0,
    pooledR2: 0.98,
    ...extra,
  };
}
