import type { ClosedLoopFit, ClosedLoopPoint } from './closed-loop-figure.js';
import { fitEq1 } from '../../fit/fit-eq1.js';
import type { FitLoss } from '../../fit/fit-loss.js';
import { checkFitLoss } from '../../fit/fit-loss.js';
import { studentTQuantile } from '../../util/student-t-quantile.js';

/** One MagicDec batch-latency row as loadExternalCsv returns it (magicdec-batch-latency.csv). */
export type MagicdecLatencyRow = Record<string, string | number | null>;

/** The line L = C1 + C2·B fitted to one series (AR or SD), in ms per token. */
export interface MagicdecSeriesFit extends ClosedLoopFit {
  /** 'AR' (plain autoregressive decoding) or 'SD' (speculative decoding). */
  series: string;
  /** C1: per-token latency extrapolated to an empty batch (ms per token). */
  intercept: number;
  /** C2: what each request in the batch adds (ms per token per request). */
  slope: number;
  /** Confidence interval of C1 and of C2 (least squares with the fit's loss as weights, Student t with n − 2 df). */
  interceptLow: number;
  interceptHigh: number;
  slopeLow: number;
  slopeHigh: number;
  r2: number;
  /** Mean absolute percentage error (%). */
  mapePct: number;
  /** Points fitted. */
  n: number;
}

/** Little's Law check of one source row: batch = throughput × per-token latency. */
export interface MagicdecLittleCheck {
  series: string;
  /** The stated batch size (requests). */
  batchSize: number;
  /** Throughput (tokens/s) × latency (s per token) (requests). */
  impliedBatch: number;
  /** impliedBatch / batchSize − 1. */
  relDiff: number;
}

/** Measured and fitted speedup of SD over AR at one batch size. */
export interface MagicdecSpeedup {
  batchSize: number;
  /** AR latency / SD latency as measured. */
  measured: number;
  /** The same ratio of the two fitted lines. */
  fitted: number;
}

/** Result of {@link magicdecClosedLoop}. */
export interface MagicdecClosedLoop {
  /** closedLoopFigure points: series 'AR' and 'SD', concurrency = batch size, value in ms per token. */
  points: ClosedLoopPoint[];
  /** One fit per series, AR first. */
  fits: MagicdecSeriesFit[];
  /** C1R = C1_SD / C1_AR and C2R = C2_SD / C2_AR (Eq. 2's ratios in closed loop). */
  c1r: number;
  c2r: number;
  /**
   * The batch size where the two lines cross (SD as fast as AR), when it is positive; null when
   * one line lies below the other at every batch size.
   */
  breakEvenBatch: number | null;
  /** True when SD wins above breakEvenBatch (C2R < 1), false when it wins below it. */
  sdWinsAbove: boolean;
  speedups: MagicdecSpeedup[];
  /** One Little's Law check per source row and series (the source inferred the batch sizes this way). */
  littleCheck: MagicdecLittleCheck[];
  /** Confidence level of the intervals. */
  level: number;
  /** The loss both lines minimised. */
  loss: FitLoss;
}

const SERIES = [
  { series: 'AR', latency: 'ar_latency_ms_per_token', throughput: 'ar_throughput_tok_s' },
  { series: 'SD', latency: 'sd_latency_ms_per_token', throughput: 'sd_throughput_tok_s' },
] as const;

/**
 * The paper's closed-loop model fitted to MagicDec's batch-latency chart (arXiv 2408.11049:
 * LLaMA-2-7B-32K, TinyLlama-1.1B drafter, prefill 8000, 8x A100). With a fixed batch B in flight,
 * Little's Law gives B = concurrency, and per-token latency = C1 + C2·B (Eq. 1's closed-loop
 * form, per output token). Each series is fitted with fitEq1 on closed-loop points (the least-
 * squares line with C1 > 0, C2 >= 0) with options.loss: 'absolute' (the default) is ordinary
 * least squares; 'relative' is weighted least squares with weights 1 / L², for latency noise
 * proportional to the latency. The intervals are those of the same (weighted) least squares,
 * s² (XᵀWX)⁻¹ with s² = Σ W·r² / (n − 2) (Student t, n − 2 degrees of freedom). From the two lines: C1R, C2R, the crossing batch size and
 * the speedup AR / SD at each measured batch. The throughput columns are used only to check the
 * batch sizes by Little's Law (batch = throughput × latency).
 *
 * @param rows magicdec-batch-latency.csv rows: batch_size, ar_latency_ms_per_token, ar_throughput_tok_s,
 *   sd_latency_ms_per_token, sd_throughput_tok_s (at least 3 rows)
 * @param options level of the intervals (default 0.95), loss of both lines (default 'absolute': OLS)
 * @returns points, fits, ratios, crossing, speedups, Little's Law check
 * @throws {Error} `magicdecClosedLoop requires ...` for fewer than 3 rows, a missing or non-positive
 *   number, a level outside (0, 1), or an unknown loss
 * @example
 * const r = magicdecClosedLoop(await loadExternalCsv('data/external/magicdec-batch-latency.csv'));
 * r.fits[0]; // { series: 'AR', intercept: 4.6, slope: 0.36, r2: 0.98, ... } (ms per token)
 */
export function magicdecClosedLoop(rows: readonly MagicdecLatencyRow[], options: { level?: number; loss?: FitLoss } = {}): MagicdecClosedLoop {
  const fn = 'magicdecClosedLoop';
  if (!Array.isArray(rows) || rows.length < 3) throw new Error(`${fn} requires at least 3 rows (two coefficients per line and one degree of freedom)`);
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new Error(`${fn} requires options.level in (0, 1), got ${String(level)}`);
  const loss = options.loss === undefined ? 'absolute' : checkFitLoss(fn, options.loss);
  const num = (row: MagicdecLatencyRow, i: number, key: string): number => {
    const v = row?.[key];
    if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) throw new Error(`${fn} requires rows[${i}].${key} to be a positive number, got ${String(v)}`);
    return v;
  };
  const batches = rows.map((r, i) => num(r, i, 'batch_size'));
  const points: ClosedLoopPoint[] = [];
  const littleCheck: MagicdecLittleCheck[] = [];
  const fits: MagicdecSeriesFit[] = [];
  for (const s of SERIES) {
    const values = rows.map((r, i) => num(r, i, s.latency));
    rows.forEach((r, i) => {
      points.push({ series: s.series, concurrency: batches[i], value: values[i] });
      const implied = (num(r, i, s.throughput) * values[i]) / 1000;
      littleCheck.push({ series: s.series, batchSize: batches[i], impliedBatch: implied, relDiff: implied / batches[i] - 1 });
    });
    fits.push(lineFit(s.series, batches, values, level, loss));
  }
  const [ar, sd] = fits;
  const c1r = sd.intercept / ar.intercept;
  const c2r = ar.slope > 0 ? sd.slope / ar.slope : Infinity;
  const slopeGap = ar.slope - sd.slope;
  const crossing = slopeGap !== 0 ? (sd.intercept - ar.intercept) / slopeGap : NaN;
  const speedups = batches.map((b, i) => ({
    batchSize: b,
    measured: points[i].value / points[rows.length + i].value,
    fitted: (ar.intercept + ar.slope * b) / (sd.intercept + sd.slope * b),
  }));
  return {
    points,
    fits,
    c1r,
    c2r,
    breakEvenBatch: crossing > 0 && Number.isFinite(crossing) ? crossing : null,
    sdWinsAbove: sd.slope < ar.slope,
    speedups,
    littleCheck,
    level,
    loss,
  };
}

function lineFit(series: string, x: readonly number[], yMs: readonly number[], level: number, loss: FitLoss): MagicdecSeriesFit {
  const fit = fitEq1(
    x.map((c, i) => ({ concurrency: c, latencyS: yMs[i] / 1000 })),
    { requireConvergence: false, loss },
  );
  const n = x.length;
  // Weighted least squares: W = 1 (absolute, OLS) or 1 / L² in 1/ms² (relative). With W = 1 every
  // sum below is the OLS one: mean of x, Σ (x − mean)², Σ r², 1/n.
  const W = yMs.map((y) => (loss === 'relative' ? 1 / (y * y) : 1));
  const sumW = W.reduce((a, w) => a + w, 0);
  const mean = x.reduce((a, b, i) => a + W[i] * b, 0) / sumW;
  const sxx = x.reduce((a, b, i) => a + W[i] * (b - mean) ** 2, 0);
  const sse = fit.residuals.reduce((a, r, i) => a + W[i] * r * r, 0) * 1e6; // Σ W·r² (r in ms)
  const s2 = sse / (n - 2);
  const t = studentTQuantile(0.5 + level / 2, n - 2);
  const seSlope = Math.sqrt(s2 / sxx);
  const seIntercept = Math.sqrt(s2 * (1 / sumW + (mean * mean) / sxx));
  const intercept = fit.c1 * 1000;
  const slope = fit.c2 * 1000;
  return {
    series,
    intercept,
    slope,
    interceptLow: intercept - t * seIntercept,
    interceptHigh: intercept + t * seIntercept,
    slopeLow: slope - t * seSlope,
    slopeHigh: slope + t * seSlope,
    r2: fit.r2,
    mapePct: fit.mape * 100,
    n,
  };
}
