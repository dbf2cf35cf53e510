import type { TidyRow } from '../data/tidy-schema.js';
import type { SdCoefficients } from '../model/sd-coefficients.js';
import { SD_COEFFICIENT_NAMES } from '../model/sd-coefficients.js';
import type { ExclusionOptions } from './exclude-saturated.js';
import { fitEq1Core } from './fit-eq1.js';
import type { ExcludedPoint, FitPoint } from './fit-point.js';
import { fitPointOf } from './fit-point.js';
import { fitQuality } from './fit-quality.js';
import { groupRows } from '../data/verbs/group-rows.js';
import { leastSquares } from './least-squares.js';
import { linearLeastSquaresCore } from './linear-least-squares.js';
import { nnls } from './nnls.js';
import type { PreparedPoint } from './prepare-points.js';
import { preparePoints } from './prepare-points.js';
import { rSquared } from './r-squared.js';
import type { SdRegression } from './regress-sd-coefficients.js';
import { regressSdCoefficients } from './regress-sd-coefficients.js';
import type { RowSdSetting } from './sd-setting-of-row.js';
import { sdSettingOfRow } from './sd-setting-of-row.js';

/** Options of {@link fitSd}. */
export interface FitSdOptions {
  /** Saturation rules (applied per (k, alpha) sweep), or false to use every valid row. */
  exclusion?: ExclusionOptions | false;
  /** Extra column with a measured E, used when alpha is null (default 'acceptance_length'). */
  expectedTokensColumn?: string;
  /**
   * Starting values: 'settings' (NNLS of per-setting Eq. 1 fits on Eq. 3's features), 'little'
   * (NNLS of L = C1_eff + C2_eff * B over all points, B = RPS * L), or 'best' (default: the one of
   * the two with the lower SSE).
   */
  start?: 'best' | 'settings' | 'little';
  /** Throw when the optimality test fails (default true). */
  requireConvergence?: boolean;
  /** Scaled-gradient tolerance (default 1e-6, see leastSquares). */
  gradientTolerance?: number;
}

/** A point of the pooled fit, with its setting. */
export interface SdFitPoint extends FitPoint {
  k: number;
  expectedTokens: number;
  decodeTokens: number;
}

/** One (k, alpha, g) setting inside a pooled fit. */
export interface SdSettingFit {
  k: number;
  /** alpha of the rows (null when E came from a measured column). */
  alpha: number | null;
  /** Mean E of the setting's points. */
  expectedTokens: number;
  decodeTokens: number;
  nPoints: number;
  /** The setting's own Eq. 1 fit (null when it failed, see error). */
  c1: number | null;
  c2: number | null;
  r2: number | null;
  error: string | null;
  /** C1_eff, C2_eff of Eq. 3 from the pooled coefficients (at the setting's mean E). */
  c1Eff: number;
  c2Eff: number;
  /** R^2 of the pooled model on this setting's points (NaN for fewer than 2 points). */
  pooledR2: number;
}

/** A pooled Eq. 3 fit: the six coefficients and diagnostics. */
export interface SdFit extends SdCoefficients {
  r2: number;
  mape: number;
  rmseS: number;
  residuals: number[];
  points: SdFitPoint[];
  nPoints: number;
  excluded: ExcludedPoint[];
  /** Per-setting view: own Eq. 1 fit against the pooled effective coefficients. */
  settings: SdSettingFit[];
  /** NNLS regression of the per-setting coefficients on Eq. 3 (null with fewer than 3 fitted settings). */
  regression: SdRegression | null;
  /** Which start the solver used. */
  start: 'settings' | 'little';
  converged: boolean;
  iterations: number;
  warnings: string[];
}

const BARRIER_SLACK = 1e-3;

/**
 * Pooled fit of Eq. 3 across the (alpha, k) settings of one system: each point's latency is
 * L = C1_eff / (1 - RPS * C2_eff) (open loop) or C1_eff + C2_eff * c (closed loop), with
 * C1_eff = c1_p + (g/E)(c1_v + k c1_d), C2_eff = c2_p + (g/E)(c2_v + k c2_d), from the row's k,
 * E (alpha via Eq. 3, or the measured acceptance-length column when alpha is null) and g.
 * Rows with k = 0 are the baseline (E = 1, no drafter term) in the same fit.
 * - Non-negative coefficients by bounds in a scaled space; a smooth barrier (the tangent of
 *   1 / slack below slack 1e-3) keeps predictions finite, and at the solution every open-loop
 *   point is below its setting's saturation (a warning names any that is not).
 * - Start from per-setting Eq. 1 fits regressed on [1, g/E, g k/E] (NNLS), or from the linear
 *   Little form L = C1_eff + C2_eff * RPS * L; see {@link FitSdOptions.start}.
 * - Unweighted least squares on L, solved by leastSquares (verified first-order minimum).
 *
 * @param rows tidy rows of one system (verifier, drafter, hardware, prefill), any settings
 * @param options exclusion, E column, start, convergence handling
 * @returns the six coefficients, quality, per-setting diagnostics
 * @throws {Error} `fitSd requires at least 7 points ...`, `fitSd requires settings that separate
 *   ...` (the rows' [1, g/E, g k/E] must have rank 3), `fitSd did not converge ...`, or a bad-input message
 * @example
 * const fit = fitSd(rows); // rows of Qwen3-8B over alpha x k
 * fit.c2_v; // verification load-dependent demand (s per concurrent request per cycle)
 */
export function fitSd(rows: readonly TidyRow[], options: FitSdOptions = {}): SdFit {
  if (!Array.isArray(rows)) throw new Error('fitSd requires an array of tidy rows');
  const column = options.expectedTokensColumn ?? 'acceptance_length';
  const exclusion = options.exclusion === false ? false : { ...(options.exclusion ?? {}) };
  const prepared = preparePoints(rows, exclusion);
  const excluded = [...prepared.excluded];
  const points: (PreparedPoint & { setting: RowSdSetting })[] = [];
  for (const p of prepared.points) {
    const s = sdSettingOfRow(p.row, column);
    if (typeof s === 'string') excluded.push({ index: p.index, source: p.source, reason: s });
    else points.push({ ...p, setting: s });
  }
  excluded.sort((a, b) => a.index - b.index);
  if (points.length < 7) {
    throw new Error(`fitSd requires at least 7 points for 6 coefficients, got ${points.length} usable of ${rows.length} (${excluded.length} excluded)`);
  }
  return fitSdCore(points, excluded, options);
}

type SdPoint = PreparedPoint & { setting: RowSdSetting };

function fitSdCore(points: SdPoint[], excluded: ExcludedPoint[], options: FitSdOptions): SdFit {
  const n = points.length;
  const warnings: string[] = [];
  const systems = new Set(points.map((p) => JSON.stringify([p.row.verifier, p.row.hardware, p.row.prefill_tokens])));
  if (systems.size > 1) warnings.push(`rows span ${systems.size} (verifier, hardware, prefill) systems: Eq. 3 has no term for them`);

  // Features f = [1, g/E, g k/E] per point; the model is C1 = f . a, C2 = f . b.
  const f = points.map((p) => {
    const cycles = p.setting.decodeTokens / p.setting.expectedTokens;
    return [1, cycles, cycles * p.setting.k];
  });
  const distinct = [...new Map(f.map((row) => [row.map((v) => v.toPrecision(12)).join(','), row])).values()];
  if (distinct.length < 3 || linearLeastSquaresCore(distinct, distinct.map(() => 1)) === null) {
    throw new Error(
      `fitSd requires settings that separate prefill, verification and drafting: the rows' [1, g/E, g k/E] must have rank 3 (${distinct.length} distinct settings)`,
    );
  }
  const observed = points.map((p) => p.latencyS);
  const predictInto = (c: readonly number[], out: Float64Array | number[]): void => {
    for (let i = 0; i < n; i++) {
      const fi = f[i];
      const c1 = c[0] * fi[0] + c[1] * fi[1] + c[2] * fi[2];
      const c2 = c[3] * fi[0] + c[4] * fi[1] + c[5] * fi[2];
      const p = points[i];
      if (p.kind === 'closed') {
        out[i] = c1 + c2 * p.concurrency;
      } else {
        const slack = 1 - p.rps * c2;
        out[i] = slack >= BARRIER_SLACK ? c1 / slack : (c1 * (2 * BARRIER_SLACK - slack)) / (BARRIER_SLACK * BARRIER_SLACK);
      }
    }
  };
  const sseOf = (c: readonly number[]): number => {
    const out = new Float64Array(n);
    predictInto(c, out);
    let s = 0;
    for (let i = 0; i < n; i++) s += (out[i] - observed[i]) ** 2;
    return s;
  };

  // Per-setting Eq. 1 fits (diagnostics, and the 'settings' start).
  const settingGroups = groupRows(
    points.map((p, i) => ({ i, k: p.setting.k, alpha: p.setting.from === 'alpha' ? p.row.alpha : null, g: p.setting.decodeTokens })),
    ['k', 'alpha', 'g'],
  );
  const settingFits = settingGroups.map((group) => {
    const members = group.rows.map((r) => points[r.i]);
    const e = members.reduce((s, p) => s + p.setting.expectedTokens, 0) / members.length;
    try {
      const fit = fitEq1Core(members, [], members.length, { requireConvergence: false });
      return { group, members, e, fit, error: null as string | null };
    } catch (err) {
      return { group, members, e, fit: null, error: (err as Error).message };
    }
  });
  const usable = settingFits.filter((s) => s.fit !== null && s.fit.converged);
  let regression: SdRegression | null = null;
  if (usable.length >= 3) {
    try {
      regression = regressSdCoefficients(
        usable.map((s) => ({ k: s.members[0].setting.k, expectedTokens: s.e, decodeTokens: s.members[0].setting.decodeTokens, c1: s.fit!.c1, c2: s.fit!.c2 })),
      );
    } catch {
      regression = null;
    }
  }

  // Starts.
  const startMode = options.start ?? 'best';
  const starts: { name: 'settings' | 'little'; c: number[] }[] = [];
  if (regression && startMode !== 'little') {
    const r = regression.coefficients;
    starts.push({ name: 'settings', c: SD_COEFFICIENT_NAMES.map((k) => r[k]) });
  }
  if (startMode !== 'settings' || !regression) {
    const b = points.map((p) => (p.kind === 'open' ? p.rps * p.latencyS : p.concurrency));
    const c = nnls(points.map((_, i) => [...f[i], ...f[i].map((v) => v * b[i])]), observed);
    starts.push({ name: 'little', c });
  }
  if (startMode === 'settings' && !regression) warnings.push('fewer than 3 settings could be fitted alone: started from the Little form instead');
  let best = starts[0];
  for (const s of starts) if (sseOf(s.c) < sseOf(best.c)) best = s;

  // Scaled parameters: coefficient_j = scale_j * p_j, p_j >= 0.
  const sortedL = [...observed].sort((a, b) => a - b);
  const typicalC1 = sortedL[Math.floor(n / 2)];
  const openRps = points.flatMap((p) => (p.kind === 'open' ? [p.rps] : []));
  const typicalC2 = openRps.length > 0 ? 0.5 / Math.max(...openRps) : typicalC1 / Math.max(1, ...points.map((p) => (p.kind === 'closed' ? p.concurrency : 1)));
  const meanFeature = [0, 1, 2].map((j) => f.reduce((s, row) => s + row[j], 0) / n);
  const scale = best.c.map((v, j) => {
    const typical = (j < 3 ? typicalC1 : typicalC2) / Math.max(meanFeature[j % 3], 1e-300);
    return Math.max(v, 1e-3 * typical);
  });
  const toCoefficients = (p: readonly number[]): number[] => p.map((v, j) => v * scale[j]);
  const solution = leastSquares({
    observed,
    predict: (p, out) => predictInto(toCoefficients(p), out),
    initial: best.c.map((v, j) => v / scale[j]),
    lower: new Array<number>(6).fill(0),
    upper: new Array<number>(6).fill(Infinity),
    gradientTolerance: options.gradientTolerance,
  });
  const c = toCoefficients(solution.params);
  const coefficients: SdCoefficients = { c1_p: c[0], c1_v: c[1], c1_d: c[2], c2_p: c[3], c2_v: c[4], c2_d: c[5] };
  if (!solution.converged && (options.requireConvergence ?? true)) {
    throw new Error(`fitSd did not converge: scaled gradient ${solution.gradientCosine.toExponential(2)} after ${solution.iterations} iterations`);
  }
  if (c[0] + c[1] <= 0) warnings.push('c1_p and c1_v are both 0: the baseline has no load-independent cost');
  const predicted = new Array<number>(n);
  predictInto(c, predicted);
  const beyond = points.filter((p, i) => p.kind === 'open' && 1 - p.rps * (c[3] * f[i][0] + c[4] * f[i][1] + c[5] * f[i][2]) < BARRIER_SLACK);
  if (beyond.length > 0) warnings.push(`${beyond.length} point(s) at or past the fitted saturation (first: ${beyond[0].source || `index ${beyond[0].index}`})`);
  const q = fitQuality(observed, predicted);
  const settings: SdSettingFit[] = settingFits.map((s) => {
    const cycles = s.members[0].setting.decodeTokens / s.e;
    const fi = [1, cycles, cycles * s.members[0].setting.k];
    const ids = s.group.rows.map((r) => r.i);
    return {
      k: s.members[0].setting.k,
      alpha: s.group.key.alpha as number | null,
      expectedTokens: s.e,
      decodeTokens: s.members[0].setting.decodeTokens,
      nPoints: s.members.length,
      c1: s.fit ? s.fit.c1 : null,
      c2: s.fit ? s.fit.c2 : null,
      r2: s.fit ? s.fit.r2 : null,
      error: s.error ?? (s.fit && !s.fit.converged ? 'did not converge' : null),
      c1Eff: c[0] + c[1] * fi[1] + c[2] * fi[2],
      c2Eff: c[3] + c[4] * fi[1] + c[5] * fi[2],
      pooledR2: ids.length >= 2 ? rSquared(ids.map((i) => observed[i]), ids.map((i) => predicted[i])) : Number.NaN,
    };
  });
  return {
    ...coefficients,
    r2: q.r2,
    mape: q.mape,
    rmseS: q.rmseS,
    residuals: q.residuals,
    points: points.map((p, i) => ({
      ...fitPointOf(p, predicted[i]),
      k: p.setting.k,
      expectedTokens: p.setting.expectedTokens,
      decodeTokens: p.setting.decodeTokens,
    })),
    nPoints: n,
    excluded,
    settings,
    regression,
    start: best.name,
    converged: solution.converged,
    iterations: solution.iterations,
    warnings,
  };
}
