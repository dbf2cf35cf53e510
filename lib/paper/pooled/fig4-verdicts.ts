import { SYSTEM_KEYS } from '../../data/tidy-schema.js';
import type { ClaimVerdict } from '../../io/claim-check.js';
import { formatNumber } from '../../util/format-number.js';
import { collapseDeviationStats } from '../shared/collapse-deviation-stats.js';
import { settingCoefficients } from '../shared/setting-coefficients.js';
import { shareVerdict } from '../shared/share-verdict.js';
import { systemLabel } from '../shared/system-label.js';
import { effectiveCollapsePoints } from './effective-collapse-points.js';
import type { Params } from './params.js';
import type { PooledData } from './pooled-data.js';
import { pooledTrackingRows } from './pooled-tracking-rows.js';
import { settingSmoothness } from './setting-smoothness.js';
import { trackingGaps } from './tracking-gaps.js';

/** A verdict with its evidence sentence. */
export interface Verdict {
  verdict: ClaimVerdict;
  evidence: string;
}

const pct = (v: number): string => `${formatNumber(v, 3)}%`;
const range = (v: number[], unit = '%'): string => `${formatNumber(Math.min(...v), 3)}${unit}–${formatNumber(Math.max(...v), 3)}${unit}`;
/** R² to 3 decimals; values within rounding of 0 (a fit no better than the mean) print as 0. */
const r2Text = (v: number): string => (Math.abs(v) < 5e-4 ? '0' : v.toFixed(3));
const fitted = (data: PooledData) => data.sdFits.filter((g) => g.fit !== null);

/**
 * Fig. 4a, "one (C1, C2) pair for all (α, k) settings fits badly": per system, the single Eq. 1
 * pair's MAPE against the pooled fit's; a system agrees when the pair misses by at least
 * P.claims.singlePairMapeRatio times the pooled MAPE (shareVerdict over the systems).
 *
 * @param data loadReal or loadSim output
 * @param P the notebook's parameters (claims)
 * @returns the verdict and its evidence
 * @throws {Error} `singlePairVerdict requires ...` when no system has both fits
 * @example
 * singlePairVerdict(real, P).verdict; // 'holds'
 */
export function singlePairVerdict(data: PooledData, P: Params): Verdict {
  const id = (key: Record<string, unknown>): string => JSON.stringify(SYSTEM_KEYS.map((k) => key[k]));
  const pairs = fitted(data).flatMap((g) => {
    const single = data.singleFits.find((s) => s.fit !== null && id(s.key) === id(g.key));
    return single ? [{ r2: single.fit!.r2, mapePct: single.fit!.mape * 100, pooledPct: g.fit!.mape * 100 }] : [];
  });
  if (pairs.length === 0) throw new Error('singlePairVerdict requires systems with a pooled fit and a single-pair fit');
  const ratio = P.claims.singlePairMapeRatio;
  const nOk = pairs.filter((p) => p.mapePct >= ratio * p.pooledPct).length;
  return {
    verdict: shareVerdict(nOk, pairs.length, P.claims.partlyShare),
    evidence:
      `One Eq. 1 pair for all (α, k) settings of each of ${pairs.length} system(s): R² ${r2Text(Math.min(...pairs.map((p) => p.r2)))}–${r2Text(Math.max(...pairs.map((p) => p.r2)))}, MAPE ${range(pairs.map((p) => p.mapePct))}, ` +
      `against ${range(pairs.map((p) => p.pooledPct))} for the pooled Eq. 3 fits; the single pair's MAPE is at least ${formatNumber(ratio, 3)}× ` +
      `(P.claims.singlePairMapeRatio) the pooled one for ${nOk} of ${pairs.length}.`,
  };
}

/**
 * Fig. 4b, "per-setting C1 and C2 vary smoothly with α and k": over every system, the share of
 * steps in α (at fixed k) in which C1 and C2 fall, and the share of α values at which each has a
 * single minimum along k (settingSmoothness). 'holds' when all four shares reach
 * P.claims.smoothShare, 'partly' when all the cases together reach P.claims.partlyShare.
 *
 * @param data loadReal or loadSim output
 * @param P the notebook's parameters (claims)
 * @returns the verdict and its evidence
 * @throws {Error} as settingSmoothness for systems without a grid of settings
 * @example
 * smoothVerdict(real, P).verdict; // 'partly'
 */
export function smoothVerdict(data: PooledData, P: Params): Verdict {
  const all = fitted(data).map((g) => settingSmoothness(settingCoefficients(g.fit!)));
  const sum = (f: (s: (typeof all)[number]) => number): number => all.reduce((t, s) => t + f(s), 0);
  const steps = sum((s) => s.nAlphaSteps);
  const alphas = sum((s) => s.nAlphas);
  const ok = [sum((s) => s.c1FallsWithAlpha), sum((s) => s.c2FallsWithAlpha), sum((s) => s.c1OneMinimum), sum((s) => s.c2OneMinimum)];
  const of = [steps, steps, alphas, alphas];
  const share = P.claims.smoothShare;
  const allSmooth = ok.every((v, i) => of[i] > 0 && v / of[i] >= share);
  const total = ok.reduce((a, b) => a + b, 0) / of.reduce((a, b) => a + b, 0);
  const verdict: ClaimVerdict = allSmooth ? 'holds' : total >= P.claims.partlyShare ? 'partly' : 'fails';
  return {
    verdict,
    evidence:
      `Per-setting Eq. 1 fits of ${all.length} system(s): from one α to the next at fixed k, C1 falls in ${ok[0]} of ${steps} steps and C2 in ${ok[1]} of ${steps}; ` +
      `along k, C1 has a single minimum at ${ok[2]} of ${alphas} α values and C2 at ${ok[3]} of ${alphas}; ` +
      `a smooth course is required in at least ${pct(100 * share)} of each (P.claims.smoothShare).`,
  };
}

/**
 * Fig. 4c, "with C1_eff, C2_eff of Eq. 3, every (α, k) setting collapses onto one curve": the
 * median distance |L / L_Eq.3 − 1| of each system's load points from y = 1/(1 − x). 'holds' when
 * every system is within P.claims.maxCollapseDeviationPct, 'partly' when all points together are.
 *
 * @param data loadReal or loadSim output
 * @param P the notebook's parameters (claims)
 * @returns the verdict and its evidence
 * @throws {Error} `effectiveCollapseVerdict requires ...` without fitted systems
 * @example
 * effectiveCollapseVerdict(real, P).verdict; // 'holds'
 */
export function effectiveCollapseVerdict(data: PooledData, P: Params): Verdict {
  const systems = fitted(data);
  if (systems.length === 0) throw new Error('effectiveCollapseVerdict requires at least one fitted system');
  const per = systems.map((g) => ({ label: systemLabel(g.key), stats: collapseDeviationStats(effectiveCollapsePoints(data.rows, [g])) }));
  const overall = collapseDeviationStats(systems.flatMap((g) => effectiveCollapsePoints(data.rows, [g])));
  const tol = P.claims.maxCollapseDeviationPct;
  const beyond = per.filter((s) => s.stats.medianPct > tol);
  const own = per.find((s) => s.label === systemLabel(data.system.key))!;
  const verdict: ClaimVerdict = beyond.length === 0 ? 'holds' : overall.medianPct <= tol ? 'partly' : 'fails';
  return {
    verdict,
    evidence:
      `Normalised by each system's pooled C1_eff and C2_eff, ${overall.n} load points of ${systems.length} system(s) lie a median ${pct(overall.medianPct)} from y = 1/(1 − x) ` +
      `(per system ${range(per.map((s) => s.stats.medianPct))}; ${own.label}: ${pct(own.stats.medianPct)}); tolerance ${pct(tol)} (P.claims.maxCollapseDeviationPct)` +
      (beyond.length > 0 ? `; beyond it: ${beyond.map((s) => `${s.label} (${pct(s.stats.medianPct)})`).join(', ')}.` : '.'),
  };
}

/**
 * Fig. 4d, "the pooled six-coefficient fit tracks the per-setting fits": per system the median
 * relative gap between the pooled C1_eff, C2_eff and each setting's own C1, C2 (trackingGaps); a
 * system agrees when both are within P.claims.maxTrackingGapPct (shareVerdict over the systems).
 *
 * @param data loadReal or loadSim output
 * @param P the notebook's parameters (claims)
 * @returns the verdict and its evidence
 * @throws {Error} `trackingVerdict requires ...` without fitted systems
 * @example
 * trackingVerdict(real, P).verdict; // 'holds'
 */
export function trackingVerdict(data: PooledData, P: Params): Verdict {
  const systems = fitted(data);
  if (systems.length === 0) throw new Error('trackingVerdict requires at least one fitted system');
  const per = systems.map((g) => ({ label: systemLabel(g.key), gaps: trackingGaps(pooledTrackingRows([g])) }));
  const tol = P.claims.maxTrackingGapPct;
  const nOk = per.filter((s) => s.gaps.c1Pct <= tol && s.gaps.c2Pct <= tol).length;
  const own = per.find((s) => s.label === systemLabel(data.system.key))!;
  return {
    verdict: shareVerdict(nOk, per.length, P.claims.partlyShare),
    evidence:
      `Pooled C1_eff and C2_eff against each (α, k) setting's own Eq. 1 fit, ${per.length} system(s): median relative gap per system C1 ${range(per.map((s) => s.gaps.c1Pct))}, ` +
      `C2 ${range(per.map((s) => s.gaps.c2Pct))} (${own.label}: C1 ${pct(own.gaps.c1Pct)}, C2 ${pct(own.gaps.c2Pct)}); both within ${pct(tol)} (P.claims.maxTrackingGapPct) in ${nOk} of ${per.length}.`,
  };
}
