import { filterRows } from '../../data/verbs/filter-rows.js';
import type { Eq1Coefficients } from '../../model/latency-prediction.js';
import { checkParamValues } from '../shared/check-param-values.js';
import type { SpeedupCurve, SpeedupPoint } from '../shared/speedup-figure.js';
import { speedupCurveData } from '../shared/speedup-curve-data.js';
import type { SpeedupSystem } from './load-speedup-data.js';
import { measuredSpeedupPoints } from './measured-speedup-points.js';
import { speedupAgreement, type SpeedupAgreement } from './speedup-agreement.js';

/** Eq. 2 against the measured speedups of one system at one alpha, see {@link measuredSpeedups}. */
export interface MeasuredSpeedups {
  alpha: number;
  /** The draft lengths asked for, and those whose sweep at alpha has its own Eq. 1 fit (the lines). */
  ks: number[];
  fittedKs: number[];
  /** Draft lengths without a line: their sweep at alpha could not be fitted alone, with the fitter's reason. */
  unfitted: Array<{ k: number; reason: string }>;
  /** Measured L_D / L_SD (measuredSpeedupPoints; sweeps with fewer than 2 usable points give none). */
  points: SpeedupPoint[];
  /** Eq. 2 from each sweep's own Eq. 1 fit over the baseline sweep's (the figure's lines). */
  own: { baseline: Eq1Coefficients; curves: SpeedupCurve[] };
  /** Eq. 2 from the pooled Eq. 3 fit (C1_eff, C2_eff, and the fit's own k = 0 prediction). */
  pooled: { baseline: Eq1Coefficients; curves: SpeedupCurve[] };
  ownAgreement: SpeedupAgreement;
  pooledAgreement: SpeedupAgreement;
  /**
   * Per line with measured points: C2R of the own fits (C2_SD / C2_D) and the measured speedup at
   * the lowest and the highest common rate (Eq. 2: it falls with load when C2R > 1).
   */
  trends: Array<{ k: number; c2r: number; first: number; last: number }>;
}

/**
 * Eq. 2 against measured speedups for a system with a baseline sweep: the measured L_D / L_SD of
 * every sweep at alpha and each k (both curves interpolated in RPS), Eq. 2 from the sweeps' own
 * Eq. 1 fits (a test of Eq. 2 alone) and from the pooled Eq. 3 fit, and how well each predicts the
 * measurements. A k whose sweep at alpha the data hold but whose own Eq. 1 fit failed (e.g. a
 * sweep with one point left after the saturation rules) gets no line and is listed in `unfitted`
 * with the fitter's reason; the pooled curves keep it.
 *
 * @param system a loadSpeedupData system with a baseline sweep
 * @param options alpha (held by the rows), ks (held by the rows at alpha)
 * @returns points, curves, agreements, the unfitted ks and the measured trends
 * @throws {Error} `speedup: P.alpha ... is not in the ...` or `speedup: P.simKs ... is not in the ...` listing the
 *   values the rows hold; `speedup: no sweep at α = ... could be fitted alone` when no k has a line
 * @example
 * measuredSpeedups(data.sim[0], { alpha: 0.8, ks: [1, 3, 6] }).ownAgreement.mapePct; // 1.6
 */
export function measuredSpeedups(system: SpeedupSystem, options: { alpha: number; ks: readonly number[]; ksName?: string }): MeasuredSpeedups {
  const { alpha } = options;
  const where = `${system.data} data of ${system.name}`;
  const sd = system.rows.filter((r) => r.k > 0);
  checkParamValues(alpha, sd.map((r) => r.alpha), { step: 'speedup', name: 'alpha', data: where, plural: 'alphas' });
  const atAlpha = filterRows(sd, { alpha });
  checkParamValues(options.ks, atAlpha.map((r) => r.k), { step: 'speedup', name: options.ksName ?? 'simKs', data: `${where} at α = ${alpha}`, plural: 'draft lengths' });
  const ks = [...options.ks];
  const setting = (k: number) => system.fit.settings.find((s) => s.k === k && s.alpha !== null && Math.abs(s.alpha - alpha) < 1e-9);
  const fittedKs = ks.filter((k) => typeof setting(k)?.c1 === 'number' && typeof setting(k)?.c2 === 'number');
  const unfitted = ks.filter((k) => !fittedKs.includes(k)).map((k) => ({ k, reason: setting(k)?.error ?? 'no sweep in the fit' }));
  if (fittedKs.length === 0) throw new Error(`speedup: no sweep at α = ${alpha} of the ${where} could be fitted alone (${unfitted.map((u) => `k = ${u.k}: ${u.reason}`).join('; ')})`);
  const points = measuredSpeedupPoints(filterRows(system.rows, { alpha: [null, alpha], k: [0, ...ks] }), { exclusion: system.exclusion });
  const own = speedupCurveData(system.fit, { alpha, ks: fittedKs, baseline: 'measured', numerator: 'settings' });
  const pooled = speedupCurveData(system.fit, { alpha, ks });
  const trends = own.curves.flatMap((c) => {
    const mine = points.filter((p) => p.series === c.series).sort((a, b) => a.rps - b.rps);
    if (mine.length < 2) return [];
    return [{ k: Number(c.series.replace('k = ', '')), c2r: c.c2 / own.baseline.c2, first: mine[0].speedup, last: mine[mine.length - 1].speedup }];
  });
  return {
    alpha,
    ks,
    fittedKs,
    unfitted,
    points,
    own,
    pooled,
    ownAgreement: speedupAgreement(points, own, "Eq. 2 from the sweeps' own Eq. 1 fits (the lines)"),
    pooledAgreement: speedupAgreement(points, pooled, 'Eq. 2 from the pooled Eq. 3 fit (used for the best k and the advice below)'),
    trends,
  };
}
