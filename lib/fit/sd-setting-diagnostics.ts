import type { Eq1Fit } from './fit-eq1.js';
import { fitEq1Core } from './fit-eq1.js';
import type { FitLoss } from './fit-loss.js';
import { groupRows } from '../data/verbs/group-rows.js';
import { rSquared } from './r-squared.js';
import type { SdRegression } from './regress-sd-coefficients.js';
import { regressSdCoefficients } from './regress-sd-coefficients.js';
import type { SdPoint } from './sd-pooled-problem.js';

/** One (k, alpha, g) setting inside a pooled fit. */
export interface SdSettingFit {
  k: number;
  /** alpha of the rows (null when E came from a measured column). */
  alpha: number | null;
  /** Mean E of the setting's points. */
  expectedTokens: number;
  decodeTokens: number;
  nPoints: number;
  /** The setting's own Eq. 1 fit, with the pooled fit's loss (null when it failed, see error). */
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

/** A setting's points and its own Eq. 1 fit. */
export interface SettingGroup {
  k: number;
  alpha: number | null;
  /** Mean E of the points. */
  e: number;
  g: number;
  /** Indices of the setting's points in the pooled fit. */
  ids: number[];
  fit: Eq1Fit | null;
  error: string | null;
}

/**
 * Groups a pooled fit's points by (k, alpha, g) and fits Eq. 1 to each setting alone (with the
 * pooled fit's loss, convergence not required). A setting that cannot be fitted keeps its error.
 *
 * @param points the pooled fit's points
 * @param loss the pooled fit's loss
 * @returns one group per setting, first-seen order
 * @example
 * sdSettingFits(points, 'relative')[0].fit?.c1;
 */
export function sdSettingFits(points: readonly SdPoint[], loss: FitLoss): SettingGroup[] {
  const groups = groupRows(
    points.map((p, i) => ({ i, k: p.setting.k, alpha: p.setting.from === 'alpha' ? p.row.alpha : null, g: p.setting.decodeTokens })),
    ['k', 'alpha', 'g'],
  );
  return groups.map((group) => {
    const ids = group.rows.map((r) => r.i);
    const members = ids.map((i) => points[i]);
    const e = members.reduce((s, p) => s + p.setting.expectedTokens, 0) / members.length;
    const base = { k: members[0].setting.k, alpha: group.key.alpha as number | null, e, g: members[0].setting.decodeTokens, ids };
    try {
      return { ...base, fit: fitEq1Core(members, [], members.length, { requireConvergence: false, loss }), error: null };
    } catch (err) {
      return { ...base, fit: null, error: (err as Error).message };
    }
  });
}

/**
 * The NNLS regression of the converged per-setting coefficients on Eq. 3 (regressSdCoefficients).
 *
 * @param groups sdSettingFits output
 * @returns the regression, or null with fewer than 3 converged settings (or when it fails)
 * @example
 * sdSettingRegression(sdSettingFits(points, 'relative'))?.r2C1;
 */
export function sdSettingRegression(groups: readonly SettingGroup[]): SdRegression | null {
  const usable = groups.filter((s) => s.fit !== null && s.fit.converged);
  if (usable.length < 3) return null;
  try {
    return regressSdCoefficients(usable.map((s) => ({ k: s.k, expectedTokens: s.e, decodeTokens: s.g, c1: s.fit!.c1, c2: s.fit!.c2 })));
  } catch {
    return null;
  }
}

/**
 * The per-setting view of a pooled fit: each setting's own Eq. 1 fit beside the pooled Eq. 3
 * effective coefficients and the pooled model's R^2 on the setting's points.
 *
 * @param groups sdSettingFits output
 * @param c the pooled coefficients [c1_p, c1_v, c1_d, c2_p, c2_v, c2_d]
 * @param observed observed latencies of the pooled fit's points (s)
 * @param predicted pooled predictions of those points (s)
 * @returns one entry per setting
 * @example
 * sdSettingRows(groups, c, observed, predicted)[0].c1Eff;
 */
export function sdSettingRows(groups: readonly SettingGroup[], c: readonly number[], observed: ArrayLike<number>, predicted: ArrayLike<number>): SdSettingFit[] {
  return groups.map((s) => {
    const cycles = s.g / s.e;
    return {
      k: s.k,
      alpha: s.alpha,
      expectedTokens: s.e,
      decodeTokens: s.g,
      nPoints: s.ids.length,
      c1: s.fit ? s.fit.c1 : null,
      c2: s.fit ? s.fit.c2 : null,
      r2: s.fit ? s.fit.r2 : null,
      error: s.error ?? (s.fit && !s.fit.converged ? 'did not converge' : null),
      c1Eff: c[0] + c[1] * cycles + c[2] * cycles * s.k,
      c2Eff: c[3] + c[4] * cycles + c[5] * cycles * s.k,
      pooledR2: s.ids.length >= 2 ? rSquared(s.ids.map((i) => observed[i]), s.ids.map((i) => predicted[i])) : Number.NaN,
    };
  });
}
