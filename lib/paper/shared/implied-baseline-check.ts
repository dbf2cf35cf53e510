import type { SdFit } from '../../fit/fit-sd.js';
import { formatNumber } from '../../util/format-number.js';
import type { Eq1Coefficients } from '../../model/latency-prediction.js';
import { speedupCurveData } from './speedup-curve-data.js';

/** The measured baseline against the one a pooled fit implies at k = 0. */
export interface ImpliedBaselineCheck {
  /** The k = 0 sweep's own Eq. 1 fit. */
  measured: Eq1Coefficients;
  /** Eq. 3 of the pooled fit at k = 0: C1 = c1_p + g·c1_v, C2 = c2_p + g·c2_v. */
  implied: Eq1Coefficients;
  /** implied / measured − 1 for C1 and C2. */
  c1Error: number;
  c2Error: number;
  text: string;
}

/**
 * How far the baseline a pooled Eq. 3 fit implies at k = 0 lies from the measured one, for
 * systems that have both: the check behind using an implied baseline where none was measured.
 * Pass a fit made WITHOUT the baseline rows to test the extrapolation the real data needs; with
 * them, the check shows how well Eq. 3's k = 0 term fits its own baseline.
 *
 * @param fit a pooled fit that carries a fitted k = 0 sweep among its settings (for 'measured')
 * @param pooled the pooled coefficients to extrapolate (default: fit's own)
 * @param label what is compared, for the sentence
 * @returns both baselines, the relative errors and one markdown sentence
 * @throws {Error} as speedupCurveData for a fit without a k = 0 sweep or with several decode lengths
 * @example
 * impliedBaselineCheck(fitWithBaseline, fitWithoutBaseline, 'simulated Qwen3-8B 512/128').c2Error; // 0.08
 */
export function impliedBaselineCheck(
  fit: Pick<SdFit, 'c1_p' | 'c1_v' | 'c1_d' | 'c2_p' | 'c2_v' | 'c2_d' | 'settings'>,
  pooled: Pick<SdFit, 'c1_p' | 'c1_v' | 'c1_d' | 'c2_p' | 'c2_v' | 'c2_d' | 'settings'> | null,
  label: string,
): ImpliedBaselineCheck {
  const measured = speedupCurveData(fit, { alpha: 1, ks: [1], baseline: 'measured' }).baseline;
  const implied = speedupCurveData(pooled ?? fit, { alpha: 1, ks: [1], baseline: 'pooled' }).baseline;
  const c1Error = implied.c1 / measured.c1 - 1;
  const c2Error = implied.c2 / measured.c2 - 1;
  const pct = (x: number): string => `${x >= 0 ? '+' : '−'}${formatNumber(Math.abs(100 * x))}%`;
  return {
    measured,
    implied,
    c1Error,
    c2Error,
    text:
      `${label}: the implied baseline (pooled Eq. 3 at k = 0) has C1_D = ${formatNumber(implied.c1)} s and C2_D = ${formatNumber(implied.c2)} s/request, ` +
      `the measured baseline sweep's own Eq. 1 fit ${formatNumber(measured.c1)} s and ${formatNumber(measured.c2)} s/request (${pct(c1Error)} and ${pct(c2Error)}).`,
  };
}
