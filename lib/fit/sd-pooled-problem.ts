import type { TidyRow } from '../data/tidy-schema.js';
import type { ExcludedPoint } from './fit-point.js';
import type { IndexedLoadPoint } from './load-point.js';
import { loadPointOf } from './load-point.js';
import { sourceOf } from './prepare-points.js';
import type { RowSdSetting } from './sd-setting-of-row.js';
import { sdSettingOfRow } from './sd-setting-of-row.js';

/**
 * The points of a pooled Eq. 3 fit as typed arrays (no per-point objects in the solver's loops).
 * Point i: C1_eff = a0 + a1 f1[i] + a2 f2[i], C2_eff = b0 + b1 f1[i] + b2 f2[i] with the features
 * f1 = g/E (verification cycles per request) and f2 = g k/E (drafter steps per request); latency
 * C1_eff / (1 - x C2_eff) for open loop (x = requests/s) or C1_eff + C2_eff x for closed loop
 * (x = concurrency).
 */
export interface SdPooledArrays {
  n: number;
  /** 1 for an open-loop point, 0 for closed loop. */
  open: Uint8Array;
  /** Requests/s (open loop) or concurrency (closed loop). */
  x: Float64Array;
  f1: Float64Array;
  f2: Float64Array;
  /** Observed mean latency (s). */
  y: Float64Array;
  /** Index of the point's row in the fit's input. */
  index: Int32Array;
  /** The point's Eq. 3 setting (k, E, g and where E came from); shared objects, not per point. */
  setting: RowSdSetting[];
}

/** A point of a pooled SD fit as an object (for per-setting diagnostics): load point, row, setting. */
export type SdPoint = IndexedLoadPoint & { row: TidyRow; setting: RowSdSetting };

/**
 * Open-loop slack 1 - x C2_eff below which the prediction continues linearly (the tangent of
 * C1 / slack at this slack): predictions stay finite for every parameter vector, and a warning
 * names points at or past the fitted saturation.
 */
export const SD_BARRIER_SLACK = 1e-3;

/**
 * The typed arrays of the candidate rows of a pooled fit: each row becomes a point when it is a
 * valid load point (loadPointOf) with an Eq. 3 setting (sdSettingOfRow); the others are returned
 * as excluded, with the reason.
 *
 * @param rows tidy rows
 * @param candidates indices of the rows to use (e.g. those passing the saturation rules)
 * @param column extra column holding a measured E (see sdSettingOfRow)
 * @returns the arrays and the rows left out
 * @example
 * sdPooledArrays(rows, [0, 1, 2], 'acceptance_length').arrays.f1; // g / E per point
 */
export function sdPooledArrays(rows: readonly TidyRow[], candidates: readonly number[], column: string): { arrays: SdPooledArrays; excluded: ExcludedPoint[] } {
  const m = candidates.length;
  const a: SdPooledArrays = {
    n: 0,
    open: new Uint8Array(m),
    x: new Float64Array(m),
    f1: new Float64Array(m),
    f2: new Float64Array(m),
    y: new Float64Array(m),
    index: new Int32Array(m),
    setting: [],
  };
  const excluded: ExcludedPoint[] = [];
  // Settings repeat across the many points of a sweep: one object per distinct setting.
  const shared = new Map<string, RowSdSetting>();
  // The previous row's setting when it came from (k, alpha, g) alone: rows of a sweep follow each other.
  let lastSetting: RowSdSetting | undefined;
  let lastK: unknown;
  let lastAlpha: unknown;
  let lastG: unknown;
  let n = 0;
  for (const i of candidates) {
    const row = rows[i];
    const p = loadPointOf(row);
    if (typeof p === 'string') {
      excluded.push({ index: i, source: sourceOf(row), reason: p });
      continue;
    }
    // Rows of one sweep share k, alpha and g: look the setting up before computing it again.
    const byAlpha = typeof row.alpha === 'number' || row.k === 0;
    let setting: RowSdSetting | undefined = byAlpha && lastK === row.k && lastAlpha === row.alpha && lastG === row.decode_tokens ? lastSetting : undefined;
    const quick = byAlpha && setting === undefined ? `${row.k}|${row.alpha}|${row.decode_tokens}` : null;
    if (quick !== null) setting = shared.get(quick);
    if (setting === undefined) {
      const s = sdSettingOfRow(row, column);
      if (typeof s === 'string') {
        excluded.push({ index: i, source: sourceOf(row), reason: s });
        continue;
      }
      const id = `${s.k}|${s.expectedTokens}|${s.decodeTokens}|${s.from}`;
      setting = shared.get(id) ?? s;
      shared.set(id, setting);
      if (quick !== null) shared.set(quick, setting);
    }
    if (byAlpha) {
      lastSetting = setting;
      lastK = row.k;
      lastAlpha = row.alpha;
      lastG = row.decode_tokens;
    }
    const s = setting;
    const cycles = s.decodeTokens / s.expectedTokens;
    a.open[n] = p.kind === 'open' ? 1 : 0;
    a.x[n] = p.kind === 'open' ? p.rps : p.concurrency;
    a.f1[n] = cycles;
    a.f2[n] = cycles * s.k;
    a.y[n] = p.latencyS;
    a.index[n] = i;
    a.setting.push(s);
    n++;
  }
  const arrays: SdPooledArrays = {
    n,
    open: a.open.subarray(0, n),
    x: a.x.subarray(0, n),
    f1: a.f1.subarray(0, n),
    f2: a.f2.subarray(0, n),
    y: a.y.subarray(0, n),
    index: a.index.subarray(0, n),
    setting: a.setting,
  };
  return { arrays, excluded };
}

/**
 * Point i of the arrays as an object (for the per-setting diagnostics, which fit each setting alone).
 *
 * @param a the arrays
 * @param rows the rows they were made from
 * @param i the point
 * @returns the point
 * @example
 * sdPointAt(arrays, rows, 0); // { kind: 'open', rps: 2.1, latencyS: 1.3, index: 0, source: '...', row, setting }
 */
export function sdPointAt(a: SdPooledArrays, rows: readonly TidyRow[], i: number): SdPoint {
  const row = rows[a.index[i]];
  const base = { latencyS: a.y[i], index: a.index[i], source: sourceOf(row), row, setting: a.setting[i] };
  return a.open[i] === 1 ? { kind: 'open', rps: a.x[i], ...base } : { kind: 'closed', concurrency: a.x[i], ...base };
}

/**
 * Eq. 3 latencies of every point for the coefficients c = [c1_p, c1_v, c1_d, c2_p, c2_v, c2_d].
 *
 * @param c the six coefficients (s, s per concurrent request)
 * @param a the points
 * @param out receives the n latencies (s)
 * @example
 * predictSdPooled([0.07, 0.0135, 0.0011, 0.035, 0.0002, 0.0001], arrays, out);
 */
export function predictSdPooled(c: ArrayLike<number>, a: SdPooledArrays, out: Float64Array): void {
  const { n, open, x, f1, f2 } = a;
  const [a0, a1, a2, b0, b1, b2] = [c[0], c[1], c[2], c[3], c[4], c[5]];
  const beta = SD_BARRIER_SLACK;
  for (let i = 0; i < n; i++) {
    const c1 = a0 + a1 * f1[i] + a2 * f2[i];
    const c2 = b0 + b1 * f1[i] + b2 * f2[i];
    if (open[i] === 0) {
      out[i] = c1 + c2 * x[i];
    } else {
      const slack = 1 - x[i] * c2;
      out[i] = slack >= beta ? c1 / slack : (c1 * (2 * beta - slack)) / (beta * beta);
    }
  }
}

/**
 * The analytic Jacobian of {@link predictSdPooled} with respect to scaled parameters
 * p_j = c_j / scale_j: out[j * n + i] = scale_j * d L_i / d c_j (column-major).
 * Open loop: dL/da_j = f_j / s, dL/db_j = C1 x f_j / s^2 (s = 1 - x C2; below the barrier slack
 * the tangent's derivatives); closed loop: dL/da_j = f_j, dL/db_j = x f_j; f = [1, f1, f2].
 *
 * @param c the six coefficients
 * @param scale the six parameter scales
 * @param a the points
 * @param out receives 6 n values
 * @example
 * jacobianSdPooled(c, [1, 1, 1, 1, 1, 1], arrays, new Float64Array(6 * arrays.n));
 */
export function jacobianSdPooled(c: ArrayLike<number>, scale: ArrayLike<number>, a: SdPooledArrays, out: Float64Array): void {
  const { n, open, x, f1, f2 } = a;
  const [a0, a1, a2, b0, b1, b2] = [c[0], c[1], c[2], c[3], c[4], c[5]];
  const [s0, s1, s2, s3, s4, s5] = [scale[0], scale[1], scale[2], scale[3], scale[4], scale[5]];
  const beta = SD_BARRIER_SLACK;
  for (let i = 0; i < n; i++) {
    const c1 = a0 + a1 * f1[i] + a2 * f2[i];
    let u: number; // d L / d C1
    let v: number; // d L / d C2
    if (open[i] === 0) {
      u = 1;
      v = x[i];
    } else {
      const slack = 1 - x[i] * (b0 + b1 * f1[i] + b2 * f2[i]);
      if (slack >= beta) {
        u = 1 / slack;
        v = c1 * x[i] * u * u;
      } else {
        u = (2 * beta - slack) / (beta * beta);
        v = (c1 * x[i]) / (beta * beta);
      }
    }
    out[i] = s0 * u;
    out[n + i] = s1 * u * f1[i];
    out[2 * n + i] = s2 * u * f2[i];
    out[3 * n + i] = s3 * v;
    out[4 * n + i] = s4 * v * f1[i];
    out[5 * n + i] = s5 * v * f2[i];
  }
}
