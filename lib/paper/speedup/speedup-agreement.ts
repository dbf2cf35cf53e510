import type { SpeedupCurve, SpeedupPoint } from '../shared/speedup-figure.js';
import { formatNumber } from '../../util/format-number.js';
import type { Eq1Coefficients } from '../../model/latency-prediction.js';
import { speedup } from '../../model/speedup.js';

/** How well Eq. 2 curves predict measured speedups. */
export interface SpeedupAgreement {
  /** Measured points compared (those with a curve of their series, below both saturations). */
  n: number;
  /** Mean absolute percentage error of the predicted speedup (%). */
  mapePct: number;
  /** Largest absolute difference predicted − measured (dimensionless). */
  maxAbsError: number;
  /** Fraction of points where prediction and measurement agree on whether SD is faster (S > 1). */
  sameSide: number;
  text: string;
}

/**
 * Compares measured speedups (measuredSpeedupPoints) with the Eq. 2 speedup of the same series'
 * curve at the same request rate: MAPE, the largest error, and how often both say the same
 * about S > 1 (the decision a user takes). Points at or past a curve's saturation are skipped.
 *
 * @param points measured speedups
 * @param data the baseline and curves given to speedupFigure
 * @param label what is compared, for the sentence
 * @returns the agreement and one markdown sentence
 * @throws {Error} `speedupAgreement requires ...` when no point has a curve below saturation
 * @example
 * speedupAgreement(points, speedupCurveData(fit, { alpha: 0.8, ks: [1, 3, 6] }), 'Qwen3-8B 512/128').mapePct; // 3.1
 */
export function speedupAgreement(
  points: readonly SpeedupPoint[],
  data: { baseline: Eq1Coefficients; curves: readonly SpeedupCurve[] },
  label: string,
): SpeedupAgreement {
  const fn = 'speedupAgreement';
  if (!Array.isArray(points)) throw new Error(`${fn} requires an array of speedup points`);
  if (!data || !Array.isArray(data.curves)) throw new Error(`${fn} requires { baseline, curves }`);
  const pairs: Array<{ measured: number; predicted: number }> = [];
  for (const p of points) {
    const curve = data.curves.find((c) => c.series === p.series);
    if (!curve) continue;
    const s = speedup(p.rps, data.baseline, curve);
    if (s === null || !Number.isFinite(s) || s === 0) continue;
    pairs.push({ measured: p.speedup, predicted: s });
  }
  if (pairs.length === 0) throw new Error(`${fn} requires at least one measured point with a curve of its series below saturation`);
  const mapePct = (100 * pairs.reduce((s, q) => s + Math.abs(q.predicted - q.measured) / q.measured, 0)) / pairs.length;
  const maxAbsError = Math.max(...pairs.map((q) => Math.abs(q.predicted - q.measured)));
  const sameSide = pairs.filter((q) => q.predicted > 1 === q.measured > 1).length / pairs.length;
  return {
    n: pairs.length,
    mapePct,
    maxAbsError,
    sameSide,
    text:
      `${label}: Eq. 2 predicts the ${pairs.length} measured speedups with a MAPE of ${formatNumber(mapePct)}% ` +
      `(largest error ${formatNumber(maxAbsError)}×), and agrees with the measurement on whether SD is faster at ${formatNumber(100 * sameSide)}% of them.`,
  };
}
