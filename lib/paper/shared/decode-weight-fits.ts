import { naturalCompare } from '../../util/natural-compare.js';
import { linearLeastSquaresCore } from '../../fit/linear-least-squares.js';
import { rSquared } from '../../fit/r-squared.js';
import { studentTQuantile } from '../../util/student-t-quantile.js';

/** A load-dependent coefficient whose length dependence Fig. 6 describes. */
export type DecodeWeightCoefficient = 'c2_p' | 'c2_v';

/** One model's coefficient at one (prefill, decode) pair (Fig. 6's points, lengthScalingPoints' shape). */
export interface DecodeWeightPoint {
  /** Model label; one model's points share it. */
  model: string;
  coefficient: DecodeWeightCoefficient;
  prefillTokens: number;
  decodeTokens: number;
  /** The coefficient (s per concurrent request). */
  valueS: number;
}

/** The best-fitting decode weight of one model's coefficient, see {@link decodeWeightFits}. */
export interface DecodeWeightFit {
  model: string;
  coefficient: DecodeWeightCoefficient;
  /** Systems (lengths) fitted. */
  n: number;
  /** w* = c / b of value = a + b·p + c·g: the decode weight of the best-fitting effective length p + w·g. */
  weight: number;
  /** b: change of the coefficient per prefill token (s per concurrent request per token). */
  prefillSlope: number;
  /** c: change of the coefficient per decode token (s per concurrent request per token). */
  decodeSlope: number;
  /** Fieller 95% confidence interval of w* (null bounds: the interval is unbounded, b is not clearly non-zero). */
  ciLow: number | null;
  ciHigh: number | null;
  /** R² of the line in p + w*·g (= R² of the two-feature fit). */
  r2Best: number;
  /** R² of the line in p + w·g at the reference weight. */
  r2Reference: number;
  /** The reference weight compared (the paper: 0.5 for c2_v, 0 for c2_p). */
  referenceWeight: number;
  /** True when the reference weight lies in the 95% confidence set (the interval, or beyond it when unbounded). */
  referenceInside: boolean;
}

/** Options of {@link decodeWeightFits}. */
export interface DecodeWeightFitsOptions {
  /** Reference decode weight per coefficient (default { c2_p: 0, c2_v: 0.5 }, the paper's Fig. 6 lengths). */
  referenceWeights?: Partial<Record<DecodeWeightCoefficient, number>>;
  /** Confidence level of the interval (default 0.95). */
  level?: number;
}

/**
 * Which effective length p + w·g a coefficient is linear in: least squares
 * value = a + b·p + c·g over one model's (prefill, decode) systems gives the best-fitting decode
 * weight w* = c / b (a line in p + w·g is the same model with c = w·b, so w* maximises that line's
 * R²). The interval is Fieller's for a ratio of regression coefficients (t quantile with n − 3
 * degrees of freedom), exact under i.i.d. normal errors; it is compared with the paper's weights
 * (0.5 for c2_v: the time-averaged KV cache; 0 for c2_p: prefill only).
 *
 * @param points lengthScalingPoints output (several prefill and decode lengths per model)
 * @param options referenceWeights, level
 * @returns one entry per (model, coefficient) with at least 4 points and full-rank lengths
 * @throws {Error} `decodeWeightFits requires ...` for a non-array, non-finite values or a level outside (0, 1)
 * @example
 * decodeWeightFits(points).find((f) => f.coefficient === 'c2_v'); // { weight: 0.47, ciLow: 0.41, ciHigh: 0.53, referenceInside: true, ... }
 */
export function decodeWeightFits(points: readonly DecodeWeightPoint[], options: DecodeWeightFitsOptions = {}): DecodeWeightFit[] {
  const fn = 'decodeWeightFits';
  if (!Array.isArray(points)) throw new Error(`${fn} requires an array of length-scaling points`);
  points.forEach((p, i) => {
    for (const c of ['prefillTokens', 'decodeTokens', 'valueS'] as const) {
      if (!Number.isFinite(p?.[c])) throw new Error(`${fn} requires finite points[${i}].${c}`);
    }
  });
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new Error(`${fn} requires options.level in (0, 1), got ${level}`);
  const refs: Record<DecodeWeightCoefficient, number> = { c2_p: 0, c2_v: 0.5, ...(options.referenceWeights ?? {}) };
  const models = [...new Set(points.map((p) => p.model))].sort(naturalCompare);
  const out: DecodeWeightFit[] = [];
  for (const model of models) {
    for (const coefficient of ['c2_p', 'c2_v'] as const) {
      const mine = points.filter((p) => p.model === model && p.coefficient === coefficient);
      const n = mine.length;
      if (n < 4) continue;
      const design = mine.map((p) => [1, p.prefillTokens, p.decodeTokens]);
      const y = mine.map((p) => p.valueS);
      const beta = linearLeastSquaresCore(design, y);
      if (beta === null) continue;
      const inv = inverse3(gram(design));
      if (inv === null) continue;
      const [, b, c] = beta;
      const fitted = design.map((d) => d[0] * beta[0] + d[1] * b + d[2] * c);
      const sse = y.reduce((s, v, i) => s + (v - fitted[i]) ** 2, 0);
      const sigma2 = sse / (n - 3);
      const t = studentTQuantile(0.5 + level / 2, n - 3);
      const t2 = t * t;
      const vbb = sigma2 * inv[1][1];
      const vcc = sigma2 * inv[2][2];
      const vbc = sigma2 * inv[1][2];
      // (c - w b)^2 <= t^2 Var(c - w b): A w^2 + B w + C <= 0.
      const qa = b * b - t2 * vbb;
      const qb = -2 * (b * c - t2 * vbc);
      const qc = c * c - t2 * vcc;
      const disc = qb * qb - 4 * qa * qc;
      let ciLow: number | null = null;
      let ciHigh: number | null = null;
      if (qa > 0 && disc >= 0) {
        const s = Math.sqrt(disc);
        ciLow = (-qb - s) / (2 * qa);
        ciHigh = (-qb + s) / (2 * qa);
      }
      const weight = c / b;
      const reference = refs[coefficient];
      const lineR2 = (w: number): number => {
        const x = mine.map((p) => p.prefillTokens + w * p.decodeTokens);
        const line = new Set(x).size >= 2 ? linearLeastSquaresCore(x.map((v) => [1, v]), y) : null;
        return line === null ? Number.NaN : rSquared(y, x.map((v) => line[0] + line[1] * v));
      };
      out.push({
        model,
        coefficient,
        n,
        weight,
        prefillSlope: b,
        decodeSlope: c,
        ciLow,
        ciHigh,
        r2Best: rSquared(y, fitted),
        r2Reference: lineR2(reference),
        referenceWeight: reference,
        referenceInside: qa * reference * reference + qb * reference + qc <= 0,
      });
    }
  }
  return out;
}

function gram(x: number[][]): number[][] {
  const p = x[0].length;
  const g = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (const row of x) for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) g[i][j] += row[i] * row[j];
  return g;
}

function inverse3(m: number[][]): number[][] | null {
  const [[a, b, c], [d, e, f], [g, h, i]] = m;
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  if (!(Math.abs(det) > 0) || !Number.isFinite(det)) return null;
  const adj = [
    [A, -(b * i - c * h), b * f - c * e],
    [B, a * i - c * g, -(a * f - c * d)],
    [C, -(a * h - b * g), a * e - b * d],
  ];
  return adj.map((row) => row.map((v) => v / det));
}
