import { median } from '../../util/median.js';
import { naturalCompare } from '../../util/natural-compare.js';

/** One normalised load point: x = RPS·C2, y = L / C1 (both dimensionless). */
export interface CollapsePoint {
  /** Utilisation RPS × C2 (dimensionless). */
  x: number;
  /** Normalised latency L / C1 (dimensionless). */
  y: number;
  /** Colour group, e.g. the verifier or 'k = 3'. */
  group: string;
  /** Optional hover label, e.g. the configuration. */
  label?: string;
}

/** How far one group's collapse points lie from y = 1/(1 − x). */
export interface CollapseGroupDeviation {
  group: string;
  /** Points with x < 1. */
  n: number;
  /** Median |y·(1 − x) − 1| (%). */
  medianPct: number;
}

/** The result of {@link collapseDeviationStats}. */
export interface CollapseDeviationStats {
  /** Points with x < 1 (the curve is undefined at and past x = 1). */
  n: number;
  /** Median over all those points of |y·(1 − x) − 1| = |L / L_Eq.1 − 1| (%); NaN when none. */
  medianPct: number;
  /** Per group, in natural order of the labels. */
  groups: CollapseGroupDeviation[];
  /** Points at or past x = 1. */
  beyondSaturation: number;
}

/**
 * The distance of collapse points (Fig. 1, Fig. 4c) from the curve y = 1/(1 − x), as the
 * relative deviation |y·(1 − x) − 1| = |L_measured / L_model − 1| (%): its median over all
 * points and per group. Points at or past x = 1 are counted apart.
 *
 * @param points collapse points (x = RPS·C2, y = L/C1, group)
 * @returns overall and per-group medians (%), and the count past saturation
 * @throws {Error} `collapseDeviationStats requires an array of collapse points`
 * @example
 * collapseDeviationStats([{ x: 0.5, y: 2.2, group: 'a' }]).medianPct; // 10
 */
export function collapseDeviationStats(points: readonly CollapsePoint[]): CollapseDeviationStats {
  if (!Array.isArray(points as unknown)) throw new Error('collapseDeviationStats requires an array of collapse points');
  const inside = points.filter((p) => p.x < 1);
  const deviation = (p: CollapsePoint): number => Math.abs(p.y * (1 - p.x) - 1) * 100;
  const byGroup = new Map<string, number[]>();
  for (const p of inside) byGroup.set(p.group, [...(byGroup.get(p.group) ?? []), deviation(p)]);
  const groups = [...byGroup.entries()]
    .sort((a, b) => naturalCompare(a[0], b[0]))
    .map(([group, d]) => ({ group, n: d.length, medianPct: median(d) }));
  return { n: inside.length, medianPct: median(inside.map(deviation)), groups, beyondSaturation: points.length - inside.length };
}
