/**
 * The right end of a request-rate axis that stays near the measurements: the highest measured
 * rate times a margin, so that model curves are not drawn far beyond the data they were fitted on.
 *
 * @param points objects with a request rate `rps` (requests/s), e.g. measured speedups
 * @param margin factor on the highest rate (default 1.25), >= 1
 * @returns the axis end (requests/s)
 * @throws {Error} `rpsAxisMax requires ...` for no point with a positive finite rate or a margin below 1
 * @example
 * rpsAxisMax([{ rps: 2 }, { rps: 4 }]); // 5
 */
export function rpsAxisMax(points: readonly { rps: number }[], margin = 1.25): number {
  if (!Array.isArray(points)) throw new Error('rpsAxisMax requires an array of points with rps');
  if (!(margin >= 1) || !Number.isFinite(margin)) throw new Error(`rpsAxisMax requires a margin >= 1, got ${margin}`);
  const rates = points.map((p) => p?.rps).filter((r): r is number => typeof r === 'number' && Number.isFinite(r) && r > 0);
  if (rates.length === 0) throw new Error('rpsAxisMax requires at least one point with a positive finite rps');
  return margin * Math.max(...rates);
}
