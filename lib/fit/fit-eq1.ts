import type { TidyRow } from '../data/tidy-schema.js';
import { CONFIG_KEYS } from '../data/tidy-schema.js';
import { eq1LatencyCore } from '../model/eq1-latency.js';
import { saturationRps } from '../model/saturation-rps.js';
import type { ExclusionOptions } from './exclude-saturated.js';
import type { ExcludedPoint, FitPoint } from './fit-point.js';
import { fitPointOf } from './fit-point.js';
import type { FitLoss } from './fit-loss.js';
import { checkFitLoss, lossWeights } from './fit-loss.js';
import { fitQuality } from './fit-quality.js';
import { leastSquares } from './least-squares.js';
import { linearLeastSquaresCore } from './linear-least-squares.js';
import type { IndexedLoadPoint } from './load-point.js';
import { preparePoints } from './prepare-points.js';

/** A plain measured point: open loop (`rps`) or closed loop (`concurrency`). */
export type Eq1PlainPoint =
  | { rps: number; latencyS: number; source?: string }
  | { concurrency: number; latencyS: number; source?: string };

/** Options of {@link fitEq1}. */
export interface FitEq1Options {
  /** Saturation rules for tidy rows (see excludeSaturated), or false to use every valid row. Ignored for plain points. */
  exclusion?: ExclusionOptions | false;
  /** Throw when the optimality test fails (default true); false returns the fit with converged: false. */
  requireConvergence?: boolean;
  /** Scaled-gradient tolerance of the convergence test (default 1e-6, see leastSquares). */
  gradientTolerance?: number;
  /**
   * The error model: 'relative' (default: residuals (predicted - observed) / observed, for the
   * multiplicative noise of latency measurements) or 'absolute' (seconds, as SciPy's curve_fit).
   * See FitLoss.
   */
  loss?: FitLoss;
}

/** An Eq. 1 fit. */
export interface Eq1Fit {
  /** Load-independent demand C1 (s). */
  c1: number;
  /** Load-dependent demand C2 (s per concurrent request). */
  c2: number;
  /** R^2 of the fitted latencies over the used points. */
  r2: number;
  /** Mean absolute percentage error (fraction). */
  mape: number;
  /** Root mean squared error (s). */
  rmseS: number;
  /** observed - predicted latency (s), aligned with `points`. */
  residuals: number[];
  /** The used points with their predictions. */
  points: FitPoint[];
  /** Number of points used. */
  nPoints: number;
  /** Points left out, with reasons. */
  excluded: ExcludedPoint[];
  /** 1 / C2 (requests/s); Infinity when C2 = 0. */
  saturationRps: number;
  /** The loss that was minimised. */
  loss: FitLoss;
  /** True when the least-squares optimality test passed. */
  converged: boolean;
  iterations: number;
  /** Remarks, e.g. a coefficient held at its bound. */
  warnings: string[];
}

/**
 * Fits Eq. 1, L = C1 / (1 - RPS * C2), to measured mean latencies by non-linear least squares,
 * on relative residuals (pred - obs) / obs by default (latency noise is multiplicative), or on
 * absolute residuals in seconds with `loss: 'absolute'` (unweighted, as SciPy's curve_fit in the
 * paper). Closed-loop points (synchronous, concurrent) enter as L = C1 + C2 * concurrency with the
 * same C1, C2 (a joint fit).
 *
 * - Tidy rows first go through excludeSaturated (throughput rows, points at the concurrency cap,
 *   growing backlog, ...); plain points are used as given.
 * - Start: the best (lowest loss) of three: the linearisation 1/L = 1/C1 - (C2/C1) * RPS (ordinary
 *   least squares on the open-loop points), Little's L = C1 + C2 * B with B = RPS * L (all points,
 *   weighted like the loss), and C1 = the smallest latency with C2 = 0.
 * - Parameters stay physical: C1 = s * exp(p0) > 0 and C2 = p1 / RPSmax with 0 <= p1 <= 1 - 1e-6,
 *   so the curve never saturates at or below the largest measured rate (closed-loop only: C2 >= 0).
 * - Solved by leastSquares with the analytic Jacobian (projected Levenberg-Marquardt that verifies
 *   a first-order minimum).
 * At least 3 points are required for the 2 coefficients, so that one degree of freedom is left
 * to judge the fit (R^2 of 2 points is always 1), and at least 2 distinct load levels (which
 * makes both coefficients identifiable).
 *
 * @param points tidy rows of one configuration, or plain points {rps | concurrency, latencyS}
 * @param options exclusion thresholds, loss, convergence handling
 * @returns coefficients, the loss, fit quality (R^2 and MAPE whatever the loss), used and
 *   excluded points, saturation rate
 * @throws {Error} `fitEq1 requires at least 3 points ...`, `fitEq1 requires at least one usable
 *   point: all N points were excluded ...`, `fitEq1 requires at least 2 distinct load levels`,
 *   `fitEq1 requires loss 'relative' or 'absolute' ...`, `fitEq1 did not converge ...` (unless
 *   requireConvergence is false), or a bad-input message
 * @example
 * const pts = [0, 2, 4, 6, 8].map((rps) => ({ rps, latencyS: 1 / (1 - rps * 0.1) }));
 * fitEq1(pts); // { c1: 1, c2: 0.1, r2: 1, loss: 'relative', saturationRps: 10, ... }
 */
export function fitEq1(points: readonly Eq1PlainPoint[] | readonly TidyRow[], options: FitEq1Options = {}): Eq1Fit {
  if (!Array.isArray(points)) throw new Error('fitEq1 requires an array of points or tidy rows');
  checkFitLoss('fitEq1', options.loss);
  const tidy = isTidy(points);
  const prepared = tidy ? preparePoints(points as readonly TidyRow[], options.exclusion) : preparePlain(points as readonly Eq1PlainPoint[]);
  const fit = fitEq1Core(prepared.points, prepared.excluded, points.length, options);
  if (tidy) {
    const configs = new Set((points as readonly TidyRow[]).map((r) => JSON.stringify(CONFIG_KEYS.map((k) => r[k]))));
    if (configs.size > 1) fit.warnings.push(`rows span ${configs.size} configurations (CONFIG_KEYS): one C1, C2 was fitted to all (use fitGroups for one fit each)`);
  }
  return fit;
}

function isTidy(points: readonly unknown[]): boolean {
  return points.length > 0 && points.every((p) => typeof p === 'object' && p !== null && 'mean_latency_s' in p && 'strategy' in p);
}

function preparePlain(points: readonly Eq1PlainPoint[]): { points: IndexedLoadPoint[]; excluded: ExcludedPoint[] } {
  const out: IndexedLoadPoint[] = [];
  const excluded: ExcludedPoint[] = [];
  points.forEach((p, index) => {
    const source = typeof p?.source === 'string' ? p.source : '';
    if (typeof p !== 'object' || p === null) throw new Error(`fitEq1 requires points as objects, points[${index}] is ${String(p)}`);
    const latencyS = p.latencyS;
    if (typeof latencyS !== 'number' || !(latencyS > 0) || !Number.isFinite(latencyS)) {
      excluded.push({ index, source, reason: `invalid latencyS ${String(latencyS)}` });
      return;
    }
    if ('rps' in p && typeof p.rps === 'number') {
      if (!(p.rps >= 0) || !Number.isFinite(p.rps)) excluded.push({ index, source, reason: `invalid rps ${p.rps}` });
      else out.push({ kind: 'open', rps: p.rps, latencyS, index, source });
    } else if ('concurrency' in p && typeof p.concurrency === 'number') {
      if (!(p.concurrency >= 0) || !Number.isFinite(p.concurrency)) excluded.push({ index, source, reason: `invalid concurrency ${p.concurrency}` });
      else out.push({ kind: 'closed', concurrency: p.concurrency, latencyS, index, source });
    } else {
      throw new Error(`fitEq1 requires each point to have rps or concurrency, points[${index}] has neither`);
    }
  });
  return { points: out, excluded };
}

/**
 * {@link fitEq1} on prepared points (used by fitSd for its per-setting starts).
 *
 * @param points usable load points
 * @param excluded points already left out
 * @param total number of input points (for messages)
 * @param options loss and convergence handling
 * @returns the fit
 * @throws {Error} as fitEq1
 * @example
 * fitEq1Core([{ kind: 'open', rps: 1, latencyS: 1.1, index: 0, source: '' }, ...], [], 3, {});
 */
export function fitEq1Core(points: readonly IndexedLoadPoint[], excluded: ExcludedPoint[], total: number, options: FitEq1Options): Eq1Fit {
  if (points.length === 0) {
    const first = excluded.length > 0 ? ` (first reason: ${excluded[0].reason})` : '';
    throw new Error(`fitEq1 requires at least one usable point: all ${total} points were excluded${first}`);
  }
  if (points.length < 3) {
    throw new Error(`fitEq1 requires at least 3 points, got ${points.length} usable of ${total} (${excluded.length} excluded)`);
  }
  const levels = new Set(points.map((p) => (p.kind === 'open' ? `o${p.rps}` : `c${p.concurrency}`)));
  if (levels.size < 2) throw new Error('fitEq1 requires at least 2 distinct load levels');

  const n = points.length;
  const loss = checkFitLoss('fitEq1', options.loss);
  const observed = Float64Array.from(points, (p) => p.latencyS);
  const w = lossWeights(observed, loss);
  // Load per point: the rate (open loop) or the concurrency (closed loop).
  const x = Float64Array.from(points, (p) => (p.kind === 'open' ? p.rps : p.concurrency));
  const open = Uint8Array.from(points, (p) => (p.kind === 'open' ? 1 : 0));
  let rpsMax = 0;
  let cMax = 0;
  let minL = Infinity;
  let maxL = 0;
  for (let i = 0; i < n; i++) {
    if (open[i]) rpsMax = Math.max(rpsMax, x[i]);
    else cMax = Math.max(cMax, x[i]);
    minL = Math.min(minL, observed[i]);
    maxL = Math.max(maxL, observed[i]);
  }

  const predictAll = (c1: number, c2: number, out: Float64Array): void => {
    for (let i = 0; i < n; i++) out[i] = open[i] ? eq1LatencyCore(x[i], c1, c2) : c1 + c2 * x[i];
  };
  const scratch = new Float64Array(n);
  const lossOf = (c1: number, c2: number): number => {
    predictAll(c1, c2, scratch);
    let s = 0;
    for (let i = 0; i < n; i++) s += (w[i] * (scratch[i] - observed[i])) ** 2;
    return s;
  };
  const uMax = 1 - 1e-6;
  const sanitize = (c1: number, c2: number): [number, number] => {
    let a = Number.isFinite(c1) && c1 > 0 ? c1 : minL;
    let b = Number.isFinite(c2) && c2 > 0 ? c2 : 0;
    if (rpsMax > 0 && b * rpsMax > 0.99) b = 0.99 / rpsMax;
    if (a > 10 * maxL) a = minL;
    return [a, b];
  };
  const starts: [number, number][] = [];
  const openIdx = points.flatMap((p, i) => (p.kind === 'open' ? [i] : []));
  if (new Set(openIdx.map((i) => x[i])).size >= 2) {
    const ab = linearLeastSquaresCore(openIdx.map((i) => [1, x[i]]), openIdx.map((i) => 1 / observed[i]));
    if (ab && ab[0] > 0) starts.push(sanitize(1 / ab[0], -ab[1] / ab[0]));
  }
  // Little's linear form L = C1 + C2 B, rows weighted like the loss.
  const little = linearLeastSquaresCore(
    points.map((_, i) => [w[i], w[i] * (open[i] ? x[i] * observed[i] : x[i])]),
    points.map((_, i) => w[i] * observed[i]),
  );
  if (little) starts.push(sanitize(little[0], little[1]));
  starts.push(sanitize(minL, 0));
  let [c1Start, c2Start] = starts[0];
  for (const s of starts) if (lossOf(s[0], s[1]) < lossOf(c1Start, c2Start)) [c1Start, c2Start] = s;

  const c1Scale = c1Start;
  const c2Scale = rpsMax > 0 ? 1 / rpsMax : c1Start / Math.max(cMax, 1);
  const toCoefficients = (p: readonly number[]): [number, number] => [c1Scale * Math.exp(p[0]), p[1] * c2Scale];
  const solution = leastSquares({
    observed,
    weights: w,
    predict: (p, out) => {
      const [c1, c2] = toCoefficients(p);
      predictAll(c1, c2, out);
    },
    // d L / d p0 = C1 * dL/dC1 (C1 = s e^p0); d L / d p1 = c2Scale * dL/dC2.
    jacobian: (p, out) => {
      const [c1, c2] = toCoefficients(p);
      for (let i = 0; i < n; i++) {
        if (open[i]) {
          const slack = 1 - x[i] * c2;
          out[i] = c1 / slack;
          out[n + i] = (c2Scale * c1 * x[i]) / (slack * slack);
        } else {
          out[i] = c1;
          out[n + i] = c2Scale * x[i];
        }
      }
    },
    initial: [0, c2Start / c2Scale],
    lower: [-40, 0],
    upper: [40, rpsMax > 0 ? uMax : Infinity],
    gradientTolerance: options.gradientTolerance,
  });
  const [c1, c2] = toCoefficients(solution.params);
  const requireConvergence = options.requireConvergence ?? true;
  if (!solution.converged && requireConvergence) {
    throw new Error(
      `fitEq1 did not converge: scaled gradient ${solution.gradientCosine.toExponential(2)} after ${solution.iterations} iterations (c1 ${c1}, c2 ${c2})`,
    );
  }
  const predicted = new Float64Array(n);
  predictAll(c1, c2, predicted);
  const q = fitQuality(observed, predicted);
  const warnings: string[] = [];
  if (solution.atBound[1] && solution.params[1] <= 0) warnings.push('c2 held at 0 (no load dependence found)');
  if (solution.atBound[1] && solution.params[1] > 0) {
    warnings.push(`c2 held at its bound: the fitted curve saturates at the largest measured rate ${rpsMax} rps`);
  }
  if (solution.atBound[0]) warnings.push('c1 held at its bound');
  return {
    c1,
    c2,
    r2: q.r2,
    mape: q.mape,
    rmseS: q.rmseS,
    residuals: q.residuals,
    points: points.map((p, i) => fitPointOf(p, predicted[i])),
    nPoints: n,
    excluded,
    saturationRps: saturationRps(c2),
    loss,
    converged: solution.converged,
    iterations: solution.iterations,
    warnings,
  };
}
