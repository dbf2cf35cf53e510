// Test helper (not a test file): fitGroups-shaped entries with given coefficients.
import type { GroupFit } from '../../lib/fit/fit-groups.js';
import type { SdCoefficients } from '../../lib/model/sd-coefficients.js';

/** A group fit with the six coefficients c (null for a failed fit). */
export function groupFit(key: Record<string, unknown>, c: SdCoefficients | null): GroupFit<SdCoefficients> {
  return {
    key,
    label: Object.entries(key).map(([k, v]) => `${k}=${String(v)}`).join(' '),
    nRows: 10,
    fit: c,
    error: c === null ? 'failed' : null,
  };
}

/** Six coefficients from an array in Eq. 3 order. */
export function six(v: number[]): SdCoefficients {
  return { c1_p: v[0], c1_v: v[1], c1_d: v[2], c2_p: v[3], c2_v: v[4], c2_d: v[5] };
}
