import type { TidyRow } from '../data/tidy-schema.js';
import type { MoeCoefficients, MoeRouting } from '../model/moe-coefficients.js';
import { MOE_COEFFICIENT_NAMES } from '../model/moe-coefficients.js';
import { checkRouting } from '../model/moe-coverage.js';
import type { ExclusionOptions } from './exclude-saturated.js';
import { fitEq1Core } from './fit-eq1.js';
import type { FitLoss } from './fit-loss.js';
import { checkFitLoss, lossWeights } from './fit-loss.js';
import type { ExcludedPoint, FitPoint } from './fit-point.js';
import type { LoadPoint } from './load-point.js';
import { fitPointOf } from './fit-point.js';
import { fitQuality } from './fit-quality.js';
import type { UnidentifiedCoefficients } from './identifiability.js';
import { identifiability } from './identifiability.js';
import { leastSquares } from './least-squares.js';
import type { LeastSquaresResult } from './least-squares.js';
import { moePointsDerivatives, moePointsLatency } from './moe-point-latency.js';
import { preparePoints } from './prepare-points.js';

/** How many routed tokens one in-flight request adds to a step. */
export type TokensPerRequest = 'k+1' | 'k' | number;

/** Options of {@link fitMoe}. */
export interface FitMoeOptions {
  /** Experts per MoE layer (M), e.g. 32 for gpt-oss-20b, 128 for Qwen3-30B-A3B. */
  experts: number;
  /** Experts per token (m), e.g. 4 for gpt-oss-20b, 8 for Qwen3-30B-A3B. */
  active: number;
  /**
   * Routed tokens per in-flight request and step: 'k+1' (default: the verifier processes k + 1
   * tokens per cycle), 'k', or a fixed number. Rows with k = 0 always use 1.
   */
  tokensPerRequest?: TokensPerRequest;
  /** Saturation rules, or false to use every valid row. */
  exclusion?: ExclusionOptions | false;
  requireConvergence?: boolean;
  gradientTolerance?: number;
  /** The error model: 'relative' (default) or 'absolute' (see FitLoss); the plain Eq. 1 fit uses it too. */
  loss?: FitLoss;
}

/** The four coefficients of a fit; null for a coefficient the data cannot identify (see `unidentified`). */
export type MoeFitCoefficients = { [K in keyof MoeCoefficients]: number | null };

/** An Eq. 4 fit, with the plain Eq. 1 fit of the same points for comparison. */
export interface MoeFit extends MoeFitCoefficients {
  /** The loss that was minimised. */
  loss: FitLoss;
  /** Coefficients the data cannot tell apart (reported as null above), with the reason. */
  unidentified: UnidentifiedCoefficients[];
  r2: number;
  mape: number;
  rmseS: number;
  residuals: number[];
  points: FitPoint[];
  nPoints: number;
  excluded: ExcludedPoint[];
  /** Routed tokens per in-flight request used for the points. */
  tokensPerRequest: number;
  /** Plain Eq. 1 on the same points (the paper's "before" column). */
  plainEq1: { c1: number; c2: number; r2: number; mape: number };
  converged: boolean;
  iterations: number;
  warnings: string[];
}

/**
 * Fits the MoE coverage model (Eq. 4) to one configuration (one k, alpha):
 * L = (C1_u + phi C1_s) / (1 - RPS (C2_u + phi C2_s)), phi = 1 - (1 - m/M)^T, T = RPS * L *
 * tokensPerRequest (implicit, solved by lib/model moeLatency); closed-loop points use
 * T = concurrency * tokensPerRequest and L = C1(phi) + c * C2(phi).
 * Parametrisation: c1_u > 0 (log), c1_s >= 0, and C2 at full coverage c2_u + c2_s = u / RPSmax with
 * u < 1, split by a share w in [0, 1]: the fully-covered model never saturates within the measured
 * rates (a mild restriction: at the highest rates phi is near 1). Nine starts (shares of C1 and
 * C2 from the plain Eq. 1 fit) guard against the weakly identified u/s split; the lowest SSE wins.
 *
 * @param rows tidy rows of one configuration (one k and alpha)
 * @param options routing (experts, active), tokens per request, exclusion, convergence handling
 * @returns the four coefficients, quality, and the plain Eq. 1 fit of the same points
 * @throws {Error} `fitMoe requires ...` for bad routing, mixed configurations, fewer than 5 points,
 *   or non-convergence (unless requireConvergence is false)
 * @example
 * fitMoe(rows, { experts: 32, active: 4 }); // { c1_u, c1_s, c2_u, c2_s, r2, plainEq1: { r2 }, ... }
 */
export function fitMoe(rows: readonly TidyRow[], options: FitMoeOptions): MoeFit {
  if (!Array.isArray(rows)) throw new Error('fitMoe requires an array of tidy rows');
  if (options == null) throw new Error('fitMoe requires options with experts and active');
  checkRouting('fitMoe', options.experts, options.active);
  const spec = options.tokensPerRequest ?? 'k+1';
  if (!(spec === 'k+1' || spec === 'k' || (typeof spec === 'number' && spec > 0 && Number.isFinite(spec)))) {
    throw new Error(`fitMoe requires tokensPerRequest 'k+1', 'k' or a positive number, got ${String(spec)}`);
  }
  const settings = new Set(rows.map((r) => JSON.stringify([r.k, r.alpha])));
  if (settings.size > 1) {
    throw new Error(`fitMoe requires rows of one (k, alpha) configuration, got ${settings.size}: fit each configuration separately`);
  }
  const prepared = preparePoints(rows, options.exclusion);
  const points = prepared.points;
  if (points.length < 5) {
    throw new Error(`fitMoe requires at least 5 points for 4 coefficients, got ${points.length} usable of ${rows.length} (${prepared.excluded.length} excluded)`);
  }
  const k = rows[0].k;
  const tpr = k === 0 ? 1 : spec === 'k+1' ? k + 1 : spec === 'k' ? k : spec;
  const routing = { experts: options.experts, active: options.active, tokensPerRequest: tpr };

  const n = points.length;
  const loss = checkFitLoss('fitMoe', options.loss);
  const observed = Float64Array.from(points, (p) => p.latencyS);
  const w = lossWeights(observed, loss);
  const plain = fitEq1Core(points, [], n, { requireConvergence: false, loss });
  const plainPred = plain.points.map((p) => p.predictedS);
  const plainQ = fitQuality(observed, plainPred);

  const rpsMax = Math.max(0, ...points.map((p) => (p.kind === 'open' ? p.rps : 0)));
  const cMax = Math.max(1, ...points.map((p) => (p.kind === 'closed' ? p.concurrency : 0)));
  const s1 = plain.c1;
  const c2Scale = rpsMax > 0 ? 1 / rpsMax : plain.c1 / cMax;
  const uMax = rpsMax > 0 ? 1 - 1e-6 : Infinity;
  const toCoefficients = (q: readonly number[]): MoeCoefficients => {
    const c2Total = q[2] * c2Scale;
    return { c1_u: s1 * Math.exp(q[0]), c1_s: s1 * q[1], c2_u: (1 - q[3]) * c2Total, c2_s: q[3] * c2Total };
  };
  // The Jacobian needs the latencies at its parameters: the solver always asks for it right after
  // predicting there, so the last prediction is kept (and recomputed if the parameters differ).
  let lastQ: number[] = [];
  const lastL = new Float64Array(n);
  const predict = (q: readonly number[], out: Float64Array): void => {
    moePointsLatency(points, toCoefficients(q), routing, out);
    lastQ = q.slice();
    lastL.set(out);
  };
  const dLdc = new Float64Array(4 * n);
  const jacobian = (q: readonly number[], out: Float64Array): void => {
    const c = toCoefficients(q);
    if (lastQ.length !== 4 || q.some((v, j) => v !== lastQ[j])) predict(q, new Float64Array(n));
    moePointsDerivatives(points, c, routing, lastL, dLdc);
    // Chain rule from (c1_u, c1_s, c2_u, c2_s) to q = (log(c1_u / s1), c1_s / s1, C2 total / scale, c2_s share).
    for (let i = 0; i < n; i++) {
      const [d0, d1, d2, d3] = [dLdc[i], dLdc[n + i], dLdc[2 * n + i], dLdc[3 * n + i]];
      out[i] = d0 * c.c1_u;
      out[n + i] = d1 * s1;
      out[2 * n + i] = (d2 * (1 - q[3]) + d3 * q[3]) * c2Scale;
      out[3 * n + i] = (d3 - d2) * q[2] * c2Scale;
    }
  };

  const u0 = Math.min(0.99, plain.c2 / c2Scale);
  let best: LeastSquaresResult | null = null;
  for (const share1 of [0.25, 0.5, 0.75]) {
    for (const share2 of [0.25, 0.5, 0.75]) {
      // At the plain fit's typical coverage (~1/2), C1 = c1_u + c1_s / 2 matches plain.c1.
      const initial = [Math.log(1 - share1), 2 * share1, Math.min(uMax * 0.99, u0 * (1 + share2)), share2];
      let r: LeastSquaresResult;
      try {
        r = leastSquares({
          observed,
          weights: w,
          predict,
          jacobian,
          initial,
          lower: [-40, 0, 0, 0],
          upper: [40, Infinity, uMax, 1],
          gradientTolerance: options.gradientTolerance,
        });
      } catch {
        continue;
      }
      if (best === null || r.sse < best.sse) best = r;
    }
  }
  if (best === null) throw new Error('fitMoe requires a start with finite predictions: every start failed');
  const c = toCoefficients(best.params);
  if (!best.converged && (options.requireConvergence ?? true)) {
    throw new Error(`fitMoe did not converge: scaled gradient ${best.gradientCosine.toExponential(2)} after ${best.iterations} iterations`);
  }
  const predicted = new Float64Array(n);
  moePointsLatency(points, c, routing, predicted);
  const unidentified = identifiability(weightedGram(points, c, routing, predicted, w), MOE_COEFFICIENT_NAMES);
  const hidden = new Set(unidentified.flatMap((u) => u.names));
  const coefficient = (name: keyof MoeCoefficients): number | null => (hidden.has(name) ? null : c[name]);
  const warnings: string[] = [];
  if (best.atBound[2] && best.params[2] > 0) warnings.push('c2_u + c2_s held at its bound: the fully covered model saturates at the largest measured rate');
  if (best.atBound[3]) warnings.push(best.params[3] <= 0 ? 'c2_s held at 0' : 'c2_u held at 0');
  if (best.atBound[1]) warnings.push('c1_s held at 0');
  const q = fitQuality(observed, predicted);
  return {
    c1_u: coefficient('c1_u'),
    c1_s: coefficient('c1_s'),
    c2_u: coefficient('c2_u'),
    c2_s: coefficient('c2_s'),
    loss,
    unidentified,
    r2: q.r2,
    mape: q.mape,
    rmseS: q.rmseS,
    residuals: q.residuals,
    points: points.map((p, i) => fitPointOf(p, predicted[i])),
    nPoints: n,
    excluded: prepared.excluded,
    tokensPerRequest: tpr,
    plainEq1: { c1: plain.c1, c2: plain.c2, r2: plainQ.r2, mape: plainQ.mape },
    converged: best.converged,
    iterations: best.iterations,
    warnings,
  };
}

/** J^T W^2 J of the latencies in the four coefficients (for the identifiability test). */
function weightedGram(points: readonly LoadPoint[], c: MoeCoefficients, routing: MoeRouting, latency: Float64Array, w: Float64Array): Float64Array {
  const n = points.length;
  const d = new Float64Array(4 * n);
  moePointsDerivatives(points, c, routing, latency, d);
  const jtj = new Float64Array(16);
  for (let a = 0; a < 4; a++) {
    for (let b = 0; b < 4; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += w[i] * w[i] * d[a * n + i] * d[b * n + i];
      jtj[a * 4 + b] = s;
    }
  }
  return jtj;
}
