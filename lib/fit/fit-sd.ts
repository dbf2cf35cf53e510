import type { TidyRow } from '../data/tidy-schema.js';
import type { SdCoefficients } from '../model/sd-coefficients.js';
import { SD_COEFFICIENT_NAMES } from '../model/sd-coefficients.js';
import type { ExclusionOptions } from './exclude-saturated.js';
import type { FitLoss } from './fit-loss.js';
import { checkFitLoss, lossWeights } from './fit-loss.js';
import type { ExcludedPoint, FitPoint } from './fit-point.js';
import { fitQuality } from './fit-quality.js';
import { groupRows } from '../data/verbs/group-rows.js';
import type { UnidentifiedCoefficients } from './identifiability.js';
import { identifiability } from './identifiability.js';
import { leastSquares } from './least-squares.js';
import { qrReduce } from './linear-least-squares.js';
import { nnls } from './nnls.js';
import { saturationCandidates, sourceOf } from './prepare-points.js';
import type { SdRegression } from './regress-sd-coefficients.js';
import type { SdPoint, SdPooledArrays } from './sd-pooled-problem.js';
import { SD_BARRIER_SLACK, jacobianSdPooled, predictSdPooled, sdPointAt, sdPooledArrays } from './sd-pooled-problem.js';
import type { SdSettingFit, SettingGroup } from './sd-setting-diagnostics.js';
import { sdSettingFits, sdSettingRegression, sdSettingRows } from './sd-setting-diagnostics.js';

export type { SdSettingFit } from './sd-setting-diagnostics.js';

/** Options of {@link fitSd}. */
export interface FitSdOptions {
  /** Saturation rules (applied per (k, alpha) sweep), or false to use every valid row. */
  exclusion?: ExclusionOptions | false;
  /** Extra column with a measured E, used when alpha is null (default 'acceptance_length'). */
  expectedTokensColumn?: string;
  /**
   * Starting values: 'little' (default: non-negative least squares of the linear Little form
   * L = C1_eff + C2_eff * B over all points, B = RPS * L, weighted like the loss), 'settings' (NNLS
   * of per-setting Eq. 1 fits on Eq. 3's features), or 'best' (the one of the two with the lower
   * loss). 'settings' and 'best' fit every setting alone first (the diagnostics' work).
   */
  start?: 'best' | 'settings' | 'little';
  /** Throw when the optimality test fails (default true). */
  requireConvergence?: boolean;
  /** Scaled-gradient tolerance (default 1e-6, see leastSquares). */
  gradientTolerance?: number;
  /** The error model: 'relative' (default) or 'absolute' (see FitLoss). */
  loss?: FitLoss;
}

/** A point of the pooled fit, with its setting. */
export interface SdFitPoint extends FitPoint {
  k: number;
  expectedTokens: number;
  decodeTokens: number;
}

/** The six coefficients of a fit; null for a coefficient the data cannot identify (see `unidentified`). */
export type SdFitCoefficients = { [K in keyof SdCoefficients]: number | null };

/** A pooled Eq. 3 fit: the six coefficients and diagnostics. */
export interface SdFit extends SdFitCoefficients {
  /** The loss that was minimised. */
  loss: FitLoss;
  /** Coefficients the data cannot tell apart (reported as null above), with the reason; empty when all are identified. */
  unidentified: UnidentifiedCoefficients[];
  r2: number;
  mape: number;
  rmseS: number;
  residuals: number[];
  /** The points used, each with its fit (built when first read). */
  points: SdFitPoint[];
  nPoints: number;
  excluded: ExcludedPoint[];
  /** Number of distinct (k, alpha, g) settings among the points. */
  nSettings: number;
  /**
   * Per-setting view: own Eq. 1 fit (with the same loss) against the pooled effective
   * coefficients. Computed on first read (it fits every setting alone; the pooled fit does not
   * need it), then kept.
   */
  settings: SdSettingFit[];
  /**
   * NNLS regression of the per-setting coefficients on Eq. 3 (null with fewer than 3 fitted
   * settings). Computed on first read, like `settings`.
   */
  regression: SdRegression | null;
  /** Which start the solver used. */
  start: 'settings' | 'little';
  converged: boolean;
  iterations: number;
  warnings: string[];
}

/**
 * Pooled fit of Eq. 3 across the (alpha, k) settings of one system: each point's latency is
 * L = C1_eff / (1 - RPS * C2_eff) (open loop) or C1_eff + C2_eff * c (closed loop), with
 * C1_eff = c1_p + (g/E)(c1_v + k c1_d), C2_eff = c2_p + (g/E)(c2_v + k c2_d), from the row's k,
 * E (alpha via Eq. 3, or the measured acceptance-length column when alpha is null) and g.
 * Rows with k = 0 are the baseline (E = 1, no drafter term) in the same fit.
 * - Relative residuals (pred - obs) / obs by default, absolute ones with `loss: 'absolute'`.
 * - Non-negative coefficients by bounds in a scaled space; a smooth barrier (the tangent of
 *   1 / slack below slack 1e-3) keeps predictions finite, and at the solution every open-loop
 *   point is below its setting's saturation (a warning names any that is not).
 * - Start from the linear Little form (default) or per-setting Eq. 1 fits, see {@link FitSdOptions.start}.
 * - Solved by leastSquares with the analytic Jacobian on typed arrays (verified first-order minimum).
 * - Identifiability: a coefficient the design cannot separate from others (e.g. c1_v and c1_d when
 *   every SD setting has the same k) is reported as null, with the reason in `unidentified`
 *   (variance inflation of the column-normalised Jacobian, see identifiability).
 * The point records (`points`) and the per-setting diagnostics (`settings`, `regression`) are
 * built when first read: a fit whose caller only wants the coefficients makes no object per point.
 *
 * @param rows tidy rows of one system (verifier, drafter, hardware, prefill), any settings
 * @param options exclusion, E column, start, loss, convergence handling
 * @returns the six coefficients (null when unidentified), the loss, quality, diagnostics
 * @throws {Error} `fitSd requires at least 7 points ...`, `fitSd requires settings that separate
 *   ...` (every point has the same (k, E, g): nothing of Eq. 3 is identifiable, use fitEq1),
 *   `fitSd requires loss ...`, `fitSd did not converge ...`, or a bad-input message
 * @example
 * const fit = fitSd(rows); // rows of Qwen3-8B over alpha x k
 * fit.c2_v; // verification load-dependent demand (s per concurrent request per cycle)
 */
export function fitSd(rows: readonly TidyRow[], options: FitSdOptions = {}): SdFit {
  if (!Array.isArray(rows)) throw new Error('fitSd requires an array of tidy rows');
  checkFitLoss('fitSd', options.loss);
  const column = options.expectedTokensColumn ?? 'acceptance_length';
  const exclusion = options.exclusion === false ? false : { ...(options.exclusion ?? {}) };
  const { candidates, excluded } = saturationCandidates(rows, exclusion);
  const { arrays, excluded: unusable } = sdPooledArrays(rows, candidates, column);
  excluded.push(...unusable);
  excluded.sort((a, b) => a.index - b.index);
  if (arrays.n < 7) {
    throw new Error(`fitSd requires at least 7 points for 6 coefficients, got ${arrays.n} usable of ${rows.length} (${excluded.length} excluded)`);
  }
  return fitSdCore(rows, arrays, excluded, options);
}

function fitSdCore(rows: readonly TidyRow[], a: SdPooledArrays, excluded: ExcludedPoint[], options: FitSdOptions): SdFit {
  const loss = checkFitLoss('fitSd', options.loss);
  const n = a.n;
  const warnings: string[] = [];
  const systems = new Set<string>();
  const first = rows[a.index[0]];
  for (let i = 0; i < n; i++) {
    const row = rows[a.index[i]];
    if (systems.size === 0 && row.verifier === first.verifier && row.hardware === first.hardware && row.prefill_tokens === first.prefill_tokens) continue;
    systems.add(`${row.verifier}\u0000${row.hardware}\u0000${row.prefill_tokens}`);
  }
  if (systems.size > 0) systems.add(`${first.verifier}\u0000${first.hardware}\u0000${first.prefill_tokens}`);
  if (systems.size > 1) warnings.push(`rows span ${systems.size} (verifier, hardware, prefill) systems: Eq. 3 has no term for them`);
  // Point objects only for the per-setting fits (a 'settings' start, or the diagnostics when read).
  let pointObjects: SdPoint[] | null = null;
  const points = (): SdPoint[] => (pointObjects ??= Array.from({ length: n }, (_, i) => sdPointAt(a, rows, i)));
  const nSettings = countSettings(a, rows);
  if (distinctFeatures(a) < 2) {
    throw new Error(
      'fitSd requires settings that separate prefill, verification and drafting: every point has the same [1, g/E, g k/E] (one setting), so only its C1 and C2 are determined (use fitEq1)',
    );
  }
  const w = lossWeights(a.y, loss);
  const lossBuffer = new Float64Array(n);
  const lossOf = (c: readonly number[]): number => {
    predictSdPooled(c, a, lossBuffer);
    let s = 0;
    for (let i = 0; i < n; i++) s += (w[i] * (lossBuffer[i] - a.y[i])) ** 2;
    return s;
  };

  // Starts.
  const startMode = options.start ?? 'little';
  let groups: SettingGroup[] | null = null;
  let regression: SdRegression | null | undefined;
  const starts: { name: 'settings' | 'little'; c: number[] }[] = [];
  if (startMode !== 'little') {
    groups = sdSettingFits(points(), loss);
    regression = sdSettingRegression(groups);
    if (regression) starts.push({ name: 'settings', c: SD_COEFFICIENT_NAMES.map((k) => regression!.coefficients[k]) });
    else warnings.push('fewer than 3 settings could be fitted alone: started from the Little form instead');
  }
  if (startMode !== 'settings' || starts.length === 0) starts.push({ name: 'little', c: littleStart(a, w) });
  let best = starts[0];
  if (starts.length > 1) for (const s of starts) if (lossOf(s.c) < lossOf(best.c)) best = s;

  // Scaled parameters: coefficient_j = scale_j * p_j, p_j >= 0.
  const scale = parameterScales(a, best.c);
  const toCoefficients = (p: readonly number[]): number[] => p.map((v, j) => v * scale[j]);
  const solution = leastSquares({
    observed: a.y,
    weights: w,
    predict: (p, out) => predictSdPooled(toCoefficients(p), a, out),
    jacobian: (p, out) => jacobianSdPooled(toCoefficients(p), scale, a, out),
    initial: best.c.map((v, j) => v / scale[j]),
    lower: new Array<number>(6).fill(0),
    upper: new Array<number>(6).fill(Infinity),
    gradientTolerance: options.gradientTolerance,
  });
  const c = toCoefficients(solution.params);
  if (!solution.converged && (options.requireConvergence ?? true)) {
    throw new Error(`fitSd did not converge: scaled gradient ${solution.gradientCosine.toExponential(2)} after ${solution.iterations} iterations`);
  }
  const unidentified = identifiability(solution.jtj, SD_COEFFICIENT_NAMES).map((u) => withDesignHint(u, a));
  const hidden = new Set(unidentified.flatMap((u) => u.names));
  const coefficient = (j: number): number | null => (hidden.has(SD_COEFFICIENT_NAMES[j]) ? null : c[j]);
  if (c[0] + c[1] <= 0) warnings.push('c1_p and c1_v are both 0: the baseline has no load-independent cost');
  const predicted = new Float64Array(n);
  predictSdPooled(c, a, predicted);
  let beyond = 0;
  let firstBeyond = -1;
  for (let i = 0; i < n; i++) {
    if (a.open[i] === 1 && 1 - a.x[i] * (c[3] + c[4] * a.f1[i] + c[5] * a.f2[i]) < SD_BARRIER_SLACK) {
      beyond++;
      if (firstBeyond < 0) firstBeyond = i;
    }
  }
  if (beyond > 0) {
    const index = a.index[firstBeyond];
    warnings.push(`${beyond} point(s) at or past the fitted saturation (first: ${sourceOf(rows[index]) || `index ${index}`})`);
  }
  const q = fitQuality(a.y, predicted);
  const fit = {
    c1_p: coefficient(0),
    c1_v: coefficient(1),
    c1_d: coefficient(2),
    c2_p: coefficient(3),
    c2_v: coefficient(4),
    c2_d: coefficient(5),
    loss,
    unidentified,
    r2: q.r2,
    mape: q.mape,
    rmseS: q.rmseS,
    residuals: q.residuals,
    points: undefined as unknown as SdFitPoint[], // defined below, built when first read
    nPoints: n,
    excluded,
    nSettings,
    start: best.name,
    converged: solution.converged,
    iterations: solution.iterations,
    warnings,
  };
  const settingGroups = (): SettingGroup[] => (groups ??= sdSettingFits(points(), loss));
  defineLazy(fit, 'points', () => fitPoints(a, rows, predicted));
  defineLazy(fit, 'settings', () => sdSettingRows(settingGroups(), c, a.y, predicted));
  defineLazy(fit, 'regression', () => (regression !== undefined ? regression : sdSettingRegression(settingGroups())));
  return fit as typeof fit & Pick<SdFit, 'settings' | 'regression'>;
}

/** Non-negative least squares of L = C1_eff + C2_eff B (B = RPS L open loop, c closed loop), rows weighted by w. */
function littleStart(a: SdPooledArrays, w: Float64Array): number[] {
  const { n, open, x, f1, f2, y } = a;
  const cols = Array.from({ length: 6 }, () => new Float64Array(n));
  const rhs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = open[i] ? x[i] * y[i] : x[i];
    const wi = w[i];
    cols[0][i] = wi;
    cols[1][i] = wi * f1[i];
    cols[2][i] = wi * f2[i];
    cols[3][i] = wi * b;
    cols[4][i] = wi * b * f1[i];
    cols[5][i] = wi * b * f2[i];
    rhs[i] = wi * y[i];
  }
  // The 6 x 6 triangular factor carries the whole least-squares problem (see qrReduce).
  const { r, qty } = qrReduce(cols, rhs);
  return nnls(r, qty);
}

/** Scales of the six parameters: the start's value, floored at 1e-3 of a typical size. */
function parameterScales(a: SdPooledArrays, start: readonly number[]): number[] {
  const { n, open, x, f1, f2, y } = a;
  let logSum = 0;
  for (let i = 0; i < n; i++) logSum += Math.log(y[i]);
  const typicalC1 = Math.exp(logSum / n); // geometric mean latency: a typical size, robust to the long ones
  let rpsMax = 0;
  let cMax = 1;
  let hasOpen = false;
  const mean = [1, 0, 0];
  for (let i = 0; i < n; i++) {
    if (open[i]) {
      hasOpen = true;
      rpsMax = Math.max(rpsMax, x[i]);
    } else cMax = Math.max(cMax, x[i]);
    mean[1] += f1[i] / n;
    mean[2] += f2[i] / n;
  }
  const typicalC2 = hasOpen ? 0.5 / rpsMax : typicalC1 / cMax;
  return start.map((v, j) => Math.max(v, (1e-3 * (j < 3 ? typicalC1 : typicalC2)) / Math.max(mean[j % 3], 1e-300)));
}

/** Number of distinct feature rows [1, f1, f2]. */
function distinctFeatures(a: SdPooledArrays): number {
  const seen = new Map<number, Set<number>>();
  let count = 0;
  for (let i = 0; i < a.n; i++) {
    let inner = seen.get(a.f1[i]);
    if (!inner) seen.set(a.f1[i], (inner = new Set()));
    if (!inner.has(a.f2[i])) {
      inner.add(a.f2[i]);
      count++;
    }
  }
  return count;
}

/** The fit's points: fitPointOf's record (built directly, without intermediate objects) plus the setting. */
function fitPoints(a: SdPooledArrays, rows: readonly TidyRow[], predicted: Float64Array): SdFitPoint[] {
  const out: SdFitPoint[] = new Array(a.n);
  for (let i = 0; i < a.n; i++) {
    const s = a.setting[i];
    out[i] = {
      index: a.index[i],
      source: sourceOf(rows[a.index[i]]),
      kind: a.open[i] === 1 ? 'open' : 'closed',
      x: a.x[i],
      latencyS: a.y[i],
      predictedS: predicted[i],
      k: s.k,
      expectedTokens: s.expectedTokens,
      decodeTokens: s.decodeTokens,
    };
  }
  return out;
}

/** Number of distinct (k, alpha, g) settings (alpha null when E was measured), as the diagnostics group them. */
function countSettings(a: SdPooledArrays, rows: readonly TidyRow[]): number {
  const seen = new Set<object>();
  const keys = new Set<string>();
  for (let i = 0; i < a.n; i++) {
    const s = a.setting[i];
    if (seen.has(s)) continue; // points share setting objects (sdPooledArrays)
    seen.add(s);
    keys.add(`${s.k}|${s.from === 'alpha' ? rows[a.index[i]].alpha : null}|${s.decodeTokens}`);
  }
  return keys.size;
}

/** Adds what in the design causes a drafting/verification confusion, when it is one draft length. */
function withDesignHint(u: UnidentifiedCoefficients, a: SdPooledArrays): UnidentifiedCoefficients {
  if (!u.names.some((n) => n.endsWith('_d'))) return u;
  const ks = new Set(a.setting.filter((s) => s.k > 0).map((s) => s.k));
  if (ks.size === 0) return { ...u, reason: `${u.reason}; the data have no speculative-decoding rows (k > 0)` };
  if (ks.size === 1) return { ...u, reason: `${u.reason}; every SD row has the same draft length k = ${[...ks][0]}` };
  return u;
}

/** Defines obj[key] as computed on first read (then a plain, writable value). */
function defineLazy(obj: object, key: string, compute: () => unknown): void {
  const settle = (target: object, value: unknown): void => {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  };
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get(this: object) {
      const value = compute();
      settle(this, value);
      return value;
    },
    set(this: object, value: unknown) {
      settle(this, value);
    },
  });
}
