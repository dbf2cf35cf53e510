import type { Advice } from './advise.js';
import type { AdviceConfiguration } from './advice-configurations.js';
import { configLatency } from './config-latency.js';

/** The comparison at one measured load. */
export interface HitRateRow {
  load: number;
  /** Configurations measured around this load (their measured range covers it). */
  compared: string[];
  /** The configuration with the lowest measured latency (linear interpolation between a configuration's own measured loads). */
  measuredBest: string;
  measuredBestLatencyS: number;
  /** The configuration the model names fastest among the compared ones. */
  named: string;
  /** Measured latency of the named configuration (s). */
  namedLatencyS: number;
  hit: boolean;
  /** Relative noise of the two configurations: the root-sum-square of their fits' relative RMS residuals. */
  noise: number;
  /** The named one's measured latency is within `noise` of the measured best's. */
  withinNoise: boolean;
}

/** The hit rate of an advice against the measurements it came from. */
export interface HitRate {
  rows: HitRateRow[];
  /** Loads compared (at least two configurations measured). */
  n: number;
  hits: number;
  withinNoise: number;
  /** How "within noise" is defined, for the reader. */
  noiseDefinition: string;
}

/**
 * Does the configuration the model names fastest match the measured fastest? At every load
 * where some configuration was measured and at least two configurations' measured ranges cover
 * it, the measured latencies are compared (a configuration's latency between two of its own
 * measured loads is interpolated linearly; no extrapolation), and the model's pick among the same
 * configurations is checked: a hit when it is the measured fastest, within noise when its measured
 * latency exceeds the fastest one's by no more than the root-sum-square of the two fits' relative
 * RMS residuals (the scatter of single measurements around a smooth curve).
 * Configurations nobody measured (pooled k, an implied baseline) cannot be checked and are left out.
 *
 * @param advice an advice
 * @returns one row per compared load and the counts
 * @throws nothing
 * @example
 * const h = measuredHitRate(advise(rows)); `${h.hits}/${h.n}`;
 */
export function measuredHitRate(advice: Advice): HitRate {
  const measured = advice.configurations.filter((c) => c.source === 'measured' && c.measuredPoints.length >= 2);
  const loads = [...new Set(measured.flatMap((c) => c.measuredPoints.map((p) => p.load)))].sort((a, b) => a - b);
  const noiseOf = new Map(measured.map((c) => [c, relativeRms(c)]));
  const rows: HitRateRow[] = [];
  for (const x of loads) {
    const here = measured.flatMap((c) => {
      const l = interpolate(c.measuredPoints, x);
      return l === null ? [] : [{ c, l, predicted: configLatency(advice.loadKind, x, c) }];
    });
    if (here.length < 2) continue;
    const best = here.reduce((a, b) => (b.l < a.l ? b : a));
    const named = here.reduce((a, b) => (b.predicted < a.predicted ? b : a));
    const noise = Math.hypot(noiseOf.get(best.c)!, noiseOf.get(named.c)!);
    rows.push({
      load: x,
      compared: here.map((h) => h.c.label),
      measuredBest: best.c.label,
      measuredBestLatencyS: best.l,
      named: named.c.label,
      namedLatencyS: named.l,
      hit: named.c === best.c,
      noise,
      withinNoise: named.l <= best.l * (1 + noise),
    });
  }
  return {
    rows,
    n: rows.length,
    hits: rows.filter((r) => r.hit).length,
    withinNoise: rows.filter((r) => r.withinNoise).length,
    noiseDefinition:
      'within noise: the named configuration’s measured latency exceeds the measured fastest by at most the root-sum-square of the two Eq. 1 fits’ relative RMS residuals',
  };
}

function interpolate(points: ReadonlyArray<{ load: number; latencyS: number }>, x: number): number | null {
  if (points.length === 0 || x < points[0].load - 1e-12 || x > points[points.length - 1].load + 1e-12) return null;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (Math.abs(p.load - x) <= 1e-12) return p.latencyS;
    const q = points[i + 1];
    if (q && p.load <= x && x <= q.load) return q.load === p.load ? (p.latencyS + q.latencyS) / 2 : p.latencyS + ((x - p.load) / (q.load - p.load)) * (q.latencyS - p.latencyS);
  }
  return null;
}

function relativeRms(c: AdviceConfiguration): number {
  const pts = c.fit?.points ?? [];
  if (pts.length === 0) return 0;
  return Math.sqrt(pts.reduce((s, p) => s + ((p.latencyS - p.predictedS) / p.latencyS) ** 2, 0) / pts.length);
}
