import type { TidyRow } from '../../data/tidy-schema.js';
import type { SpeedupPoint } from '../shared/speedup-figure.js';
import type { ExclusionOptions } from '../../fit/exclude-saturated.js';
import { excludeSaturated } from '../../fit/exclude-saturated.js';
import { groupRows } from '../../data/verbs/group-rows.js';

/** Options of {@link measuredSpeedupPoints}. */
export interface MeasuredSpeedupPointsOptions {
  /** Series label of an SD sweep (default 'k = 3' when every sweep has one alpha, else 'α = 0.7, k = 3'). */
  series?: (setting: { k: number; alpha: number | null }) => string;
  /** Saturation rules applied before interpolating (default excludeSaturated's), or false for none. */
  exclusion?: ExclusionOptions | false;
}

/** Strategies whose (rate, latency) points lie on the open-loop curve L(RPS). */
const ON_CURVE = new Set(['synchronous', 'constant', 'poisson']);

/**
 * Measured speedups L_D / L_SD of speculative decoding over the non-SD baseline at the same
 * request rate, for the markers of speedupFigure. GuideLLM sweeps put the two systems' rates at
 * different places, so both measured curves (mean latency against measured requests/s, sorted by
 * rate) are interpolated linearly in RPS at every measured rate of either curve inside the rate
 * range both cover; the speedup there is the ratio of the two latencies. Rows past saturation are
 * left out first (excludeSaturated), and only synchronous, constant and poisson rows are used
 * (throughput and concurrent runs are not points of the open-loop curve). Linear interpolation
 * between points of a convex curve overstates the latency in between, by little where the
 * measured rates are dense.
 *
 * @param rows tidy rows of one system: its baseline sweep (k = 0) and any number of SD sweeps
 * @param options series, exclusion
 * @returns one point per (SD sweep, rate), sweeps in (alpha, k) order then by rate
 * @throws {Error} `measuredSpeedupPoints requires ...` for rows of several systems, no baseline
 *   sweep with 2 usable points, or no SD sweep
 * @example
 * measuredSpeedupPoints(rows.filter((r) => r.k === 0 || (r.alpha === 0.8 && [1, 3, 6].includes(r.k))));
 * // [{ series: 'k = 1', rps: 0.93, speedup: 1.35 }, ...]
 */
export function measuredSpeedupPoints(rows: readonly TidyRow[], options: MeasuredSpeedupPointsOptions = {}): SpeedupPoint[] {
  const fn = 'measuredSpeedupPoints';
  if (!Array.isArray(rows)) throw new Error(`${fn} requires an array of tidy rows`);
  const systems = new Set(rows.map((r) => JSON.stringify([r.verifier, r.hardware, r.prefill_tokens, r.decode_tokens])));
  if (systems.size > 1) throw new Error(`${fn} requires rows of one system (verifier, hardware, prefill, decode), got ${systems.size}`);
  const kept = options.exclusion === false ? [...rows] : excludeSaturated(rows, options.exclusion ?? {}).kept;
  const usable = kept.filter((r) => ON_CURVE.has(r.strategy) && r.measured_rps > 0 && r.mean_latency_s > 0);
  const baseline = curveOf(usable.filter((r) => r.k === 0));
  if (baseline.length < 2) throw new Error(`${fn} requires a baseline sweep (k = 0) with at least 2 usable points, got ${baseline.length}`);
  const sweeps = groupRows(
    usable.filter((r) => r.k > 0),
    ['alpha', 'k'],
  ).sort((a, b) => ((a.key.alpha as number) ?? -1) - ((b.key.alpha as number) ?? -1) || (a.key.k as number) - (b.key.k as number));
  if (sweeps.length === 0) throw new Error(`${fn} requires at least one SD sweep (k >= 1) with usable points`);
  const oneAlpha = new Set(sweeps.map((s) => s.key.alpha)).size === 1;
  const series =
    options.series ??
    ((s: { k: number; alpha: number | null }) => (oneAlpha ? `k = ${s.k}` : `α = ${s.alpha === null ? '?' : s.alpha}, k = ${s.k}`));
  const out: SpeedupPoint[] = [];
  for (const sweep of sweeps) {
    const sd = curveOf(sweep.rows);
    if (sd.length < 2) continue;
    const lo = Math.max(baseline[0].rps, sd[0].rps);
    const hi = Math.min(baseline[baseline.length - 1].rps, sd[sd.length - 1].rps);
    const rates = [...new Set([...baseline, ...sd].map((p) => p.rps).filter((x) => x >= lo && x <= hi))].sort((a, b) => a - b);
    const name = series({ k: sweep.key.k as number, alpha: sweep.key.alpha as number | null });
    for (const rps of rates) out.push({ series: name, rps, speedup: interpolate(baseline, rps) / interpolate(sd, rps) });
  }
  return out;
}

interface CurvePoint {
  rps: number;
  latencyS: number;
}

/** Points sorted by rate; rows at the same rate are averaged. */
function curveOf(rows: readonly TidyRow[]): CurvePoint[] {
  const byRate = new Map<number, number[]>();
  for (const r of rows) byRate.set(r.measured_rps, [...(byRate.get(r.measured_rps) ?? []), r.mean_latency_s]);
  return [...byRate.entries()].map(([rps, ls]) => ({ rps, latencyS: ls.reduce((s, v) => s + v, 0) / ls.length })).sort((a, b) => a.rps - b.rps);
}

/** Linear interpolation inside the curve's rate range. */
function interpolate(curve: readonly CurvePoint[], rps: number): number {
  let i = 1;
  while (i < curve.length - 1 && curve[i].rps < rps) i++;
  const a = curve[i - 1];
  const b = curve[i];
  const t = (rps - a.rps) / (b.rps - a.rps);
  return a.latencyS + t * (b.latencyS - a.latencyS);
}
